#include "automation/pipeline/InboxAutomation.h"

#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/AutomationErrorRepository.h"
#include "model/CaseRepository.h"
#include "model/ProposalRepository.h"
#include "model/Transaction.h"
#include "model/UserRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("InboxAutomation", text);
}

QList<ProposalRule> matchedRules(const dmn::Trace &trace)
{
    QList<ProposalRule> rules;
    for (const dmn::DecisionTrace &decision : trace.decisions) {
        for (const dmn::MatchedRule &rule : decision.matchedRules) {
            QStringList notes;
            for (const QString &note : rule.annotations) {
                if (!note.trimmed().isEmpty())
                    notes << note.trimmed();
            }
            rules.append({decision.name,
                          rule.ruleId.isEmpty() ? QString::number(rule.index + 1) : rule.ruleId,
                          notes.join(QLatin1String(" | "))});
        }
    }
    return rules;
}

} // namespace

// One run reads and writes tens of thousands of rows; the repositories live as long as the
// run so each statement is prepared once, not once per case.
struct InboxAutomation::Store
{
    explicit Store(const QSqlDatabase &db) : cases(db), proposals(db), audit(db) {}
    CaseRepository cases;
    ProposalRepository proposals;
    AuditTrail audit;
};

InboxAutomation::InboxAutomation(QSqlDatabase db, const RulePackRegistry &registry)
    : m_db(std::move(db)), m_registry(registry),
      m_actingUser(UserRepository::operatingSystemLogin())
{
}

Result<InboxAutomation::Summary> InboxAutomation::run(const Progress &progress,
                                                      const std::atomic_bool *cancel)
{
    Summary summary;
    const QStringList ids = CaseRepository(m_db).caseIdsWithStatus(CaseStatus::Received);
    summary.total = int(ids.size());
    if (progress)
        progress(0, summary.total);
    Store store(m_db);
    for (qsizetype start = 0; start < ids.size(); start += batchSize) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        Transaction tx(m_db);
        if (!tx.isActive())
            return Problem{
                tr("Could not start a transaction: %1").arg(m_db.lastError().text()), {}, 0, {}};
        const qsizetype end = std::min(ids.size(), start + batchSize);
        Summary batch;
        for (qsizetype i = start; i < end; ++i) {
            const QString failure = processCase(ids[i], store, batch);
            if (failure.isNull())
                continue;
            // Recording the failure is part of the batch; if even that fails the store is
            // in trouble and the run stops rather than skip cases silently.
            batch.failures << ids[i] + QLatin1String(": ") + failure;
            if (auto recorded = AutomationErrorRepository(m_db).record({ids[i], failure, {}, {}});
                !recorded)
                return recorded.error();
            if (auto status = store.cases.setStatus(ids[i], CaseStatus::NeedsManualHandling);
                !status)
                return status.error();
            if (auto audited =
                    store.audit.append(m_actingUser, AuditEventCode::AutomationFailed, ids[i], {},
                                       {}, QJsonObject{{QStringLiteral("message"), failure}});
                !audited)
                return audited.error();
        }
        if (!tx.commit())
            return Problem{
                tr("Could not store the proposals: %1").arg(m_db.lastError().text()), {}, 0, {}};
        summary.proposed += batch.proposed;
        for (auto it = batch.byOutcome.cbegin(); it != batch.byOutcome.cend(); ++it)
            summary.byOutcome[it.key()] += it.value();
        summary.failures << batch.failures;
        if (progress)
            progress(int(end), summary.total);
    }
    return summary;
}

QString InboxAutomation::processCase(const QString &caseId, Store &store, Summary &summary)
{
    const std::optional<CaseApplication> record = store.cases.application(caseId);
    if (!record)
        return tr("could not be read from the cache");
    auto pack = m_registry.select(record->caseType, record->applicationDate);
    if (!pack)
        return pack.error().message;
    auto proposal = ProposalPipeline::run(*pack.value(), record->payload, caseId, {.trace = true});
    if (!proposal) {
        QStringList messages;
        for (const Problem &problem : proposal.error())
            messages << problem.toString();
        return messages.join(QLatin1String("; "));
    }
    const Proposal &p = proposal.value();
    StoredProposal stored;
    stored.caseId = caseId;
    stored.outcome = outcomeCode(p.outcome);
    stored.amountKronor = p.amountKronor;
    stored.spotCheck = p.spotCheck;
    stored.packId = p.packId;
    stored.packVersion = p.packVersion;
    stored.packHash = p.packHash;
    stored.json = ProposalJson::toLine(p, true);
    stored.matchedRules = matchedRules(p.trace);
    if (auto saved = store.proposals.store(stored); !saved)
        return saved.error().message;
    if (auto status = store.cases.setStatus(caseId, CaseStatus::Proposed); !status)
        return status.error().message;
    QJsonObject details{{QStringLiteral("outcome"), stored.outcome},
                        {QStringLiteral("spot_check"), stored.spotCheck},
                        {QStringLiteral("pack_hash"), stored.packHash}};
    if (stored.amountKronor)
        details.insert(QStringLiteral("amount_kronor"), *stored.amountKronor);
    if (auto audited = store.audit.append(m_actingUser, AuditEventCode::Proposed, caseId,
                                          stored.packId, stored.packVersion, details);
        !audited)
        return audited.error().message;
    ++summary.proposed;
    ++summary.byOutcome[stored.outcome];
    return {};
}

} // namespace casebench
