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
#include "model/WalCheckpointer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QThreadPool>
#include <vector>

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

// While a WalCheckpointer copies the write-ahead log on its own connection, the run's
// connection does not checkpoint after each commit (wal_autocheckpoint 0); it gets its
// setting back at the end, after the last checkpoint — what the run reports stored is on
// disk then. SQLite starts the log over only at a transaction that begins after a checkpoint
// copied all of it, so when a few batches in a row began while a checkpoint was under way,
// the next one waits for it: the log stays a few batches long instead of growing with the run.
class CheckpointHandover
{
public:
    CheckpointHandover(QSqlDatabase db, WalCheckpointer *checkpointer)
        : m_db(std::move(db)), m_checkpointer(checkpointer)
    {
    }
    ~CheckpointHandover()
    {
        if (m_restore < 0)
            return;
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(m_restore));
        m_checkpointer->checkpoint();
        m_checkpointer->waitUntilIdle();
    }
    CheckpointHandover(const CheckpointHandover &) = delete;
    CheckpointHandover &operator=(const CheckpointHandover &) = delete;

    void beforeTransaction()
    {
        if (!m_checkpointer)
            return;
        if (m_restore < 0) {
            if (!m_checkpointer->isReady())
                return;
            QSqlQuery q(m_db);
            if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) || !q.next())
                return;
            const int setting = q.value(0).toInt();
            if (!q.exec(QStringLiteral("PRAGMA wal_autocheckpoint=0")))
                return;
            m_restore = setting;
        }
        if (!m_checkpointer->isBusy())
            m_begunWhileBusy = 0;
        else if (++m_begunWhileBusy > MaxBegunWhileBusy) {
            m_checkpointer->waitUntilIdle();
            m_begunWhileBusy = 0;
        }
    }
    void afterCommit()
    {
        if (m_restore >= 0)
            m_checkpointer->checkpoint();
    }

private:
    static constexpr int MaxBegunWhileBusy = 2;
    QSqlDatabase m_db;
    WalCheckpointer *m_checkpointer;
    int m_restore = -1; // the connection's wal_autocheckpoint, once taken over
    int m_begunWhileBusy = 0;
};

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

struct InboxAutomation::Evaluated
{
    QString failure;       // why the case needs manual handling; null when it has a proposal
    StoredProposal stored; // all but json (packed instead) and createdAt (when stored)
    QByteArray packedJson; // ProposalRepository::packJson of the proposal's JSON
    QJsonObject details;   // of the "proposed" audit event
};

// Each case's result lands at the case's index whichever thread evaluated it, so what is
// stored, and in which order (the audit chain's), does not depend on the threads.
struct InboxAutomation::Batch
{
    QStringList ids;
    std::vector<std::optional<CaseApplication>> applications; // read on the storing thread
    std::vector<Evaluated> results;
    std::atomic<qsizetype> next = 0;      // the next case a thread takes to evaluate
    std::atomic<qsizetype> evaluated = 0; // short of ids.size() only when cancelled meanwhile
};

InboxAutomation::InboxAutomation(QSqlDatabase db, const RulePackRegistry &registry)
    : m_db(std::move(db)), m_registry(registry),
      m_actingUser(UserRepository::operatingSystemLogin()),
      m_clock([] { return QDateTime::currentDateTimeUtc(); }),
      m_evaluationThreads(defaultEvaluationThreads())
{
}

int InboxAutomation::defaultEvaluationThreads()
{
    return std::max(1, QThread::idealThreadCount());
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

    // Declared before the pool: its threads are done with a batch before the batch goes.
    std::unique_ptr<Batch> current;
    std::unique_ptr<Batch> upcoming;
    std::atomic_bool stop = false; // the run ends (cancelled, failed): leave the rest
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, m_evaluationThreads));
    const auto joinPool = qScopeGuard([&] {
        stop = true;
        pool.waitForDone();
    });
    CheckpointHandover checkpoints(m_db, m_checkpointer);
    const auto startEvaluating = [&](Batch &batch) {
        for (int t = 0; t < m_evaluationThreads; ++t)
            pool.start([this, &batch, &stop, cancel] { evaluateRemaining(batch, stop, cancel); });
    };

    for (qsizetype start = 0; start < ids.size(); start += batchSize) {
        if (cancel && cancel->load()) {
            summary.cancelled = true;
            break;
        }
        if (!current) {
            current = readBatch(ids, start, store);
            startEvaluating(*current);
        }
        const qsizetype end = start + current->ids.size();
        // Read ahead while the pool evaluates, then lend a hand until the batch is done.
        if (end < ids.size())
            upcoming = readBatch(ids, end, store);
        evaluateRemaining(*current, stop, cancel);
        pool.waitForDone();
        if (current->evaluated.load() != current->ids.size()) { // a cancel came meanwhile
            summary.cancelled = true;
            break;
        }
        // The pool evaluates the next batch while this thread stores the current one.
        if (upcoming)
            startEvaluating(*upcoming);

        checkpoints.beforeTransaction();
        Transaction tx(m_db);
        if (!tx.isActive())
            return Problem{
                tr("Could not start a transaction: %1").arg(m_db.lastError().text()), {}, 0, {}};
        Summary batch;
        for (qsizetype i = 0; i < current->ids.size(); ++i) {
            const QString &caseId = current->ids.at(i);
            Evaluated &evaluated = current->results[std::size_t(i)];
            const QDateTime now = m_clock();
            QString failure = evaluated.failure;
            if (failure.isNull())
                failure = storeProposal(caseId, evaluated, now, store, batch);
            if (failure.isNull())
                continue;
            // Recording the failure is part of the batch; if even that fails the store is
            // in trouble and the run stops rather than skip cases silently.
            batch.failures << caseId + QLatin1String(": ") + failure;
            if (auto recorded = AutomationErrorRepository(m_db).record({caseId, failure, {}, now});
                !recorded)
                return recorded.error();
            if (auto status = store.cases.setStatus(caseId, CaseStatus::NeedsManualHandling, now);
                !status)
                return status.error();
            if (auto audited = store.audit.appendAt(
                    now, m_actingUser, AuditEventCode::AutomationFailed, caseId, {}, {},
                    QJsonObject{{QStringLiteral("message"), failure}});
                !audited)
                return audited.error();
        }
        if (!tx.commit())
            return Problem{
                tr("Could not store the proposals: %1").arg(m_db.lastError().text()), {}, 0, {}};
        checkpoints.afterCommit();
        summary.proposed += batch.proposed;
        for (auto it = batch.byOutcome.cbegin(); it != batch.byOutcome.cend(); ++it)
            summary.byOutcome[it.key()] += it.value();
        summary.failures << batch.failures;
        if (progress)
            progress(int(end), summary.total);
        current = std::move(upcoming);
    }
    return summary;
}

std::unique_ptr<InboxAutomation::Batch>
InboxAutomation::readBatch(const QStringList &ids, qsizetype start, Store &store) const
{
    auto batch = std::make_unique<Batch>();
    batch->ids = ids.mid(start, batchSize);
    batch->applications.reserve(std::size_t(batch->ids.size()));
    for (const QString &caseId : std::as_const(batch->ids))
        batch->applications.push_back(store.cases.application(caseId));
    batch->results.resize(std::size_t(batch->ids.size()));
    return batch;
}

void InboxAutomation::evaluateRemaining(Batch &batch, const std::atomic_bool &stop,
                                        const std::atomic_bool *cancel) const
{
    while (!stop.load(std::memory_order_relaxed) &&
           !(cancel && cancel->load(std::memory_order_relaxed))) {
        const qsizetype i = batch.next.fetch_add(1);
        if (i >= batch.ids.size())
            return;
        batch.results[std::size_t(i)] =
            evaluate(batch.ids.at(i), batch.applications[std::size_t(i)]);
        batch.evaluated.fetch_add(1);
    }
}

InboxAutomation::Evaluated
InboxAutomation::evaluate(const QString &caseId,
                          const std::optional<CaseApplication> &application) const
{
    Evaluated evaluated;
    if (!application) {
        evaluated.failure = tr("could not be read from the cache");
        return evaluated;
    }
    auto pack = m_registry.select(application->caseType, application->applicationDate);
    if (!pack) {
        evaluated.failure = pack.error().message;
        return evaluated;
    }
    auto proposal =
        ProposalPipeline::run(*pack.value(), application->payload, caseId, {.trace = true});
    if (!proposal) {
        QStringList messages;
        for (const Problem &problem : proposal.error())
            messages << problem.toString();
        evaluated.failure = messages.join(QLatin1String("; "));
        return evaluated;
    }
    const Proposal &p = proposal.value();
    StoredProposal &stored = evaluated.stored;
    stored.caseId = caseId;
    stored.outcome = outcomeCode(p.outcome);
    stored.amountKronor = p.amountKronor;
    stored.spotCheck = p.spotCheck;
    stored.packId = p.packId;
    stored.packVersion = p.packVersion;
    stored.packHash = p.packHash;
    // Compressing costs about a third of evaluating; here it is off the storing thread.
    evaluated.packedJson = ProposalRepository::packJson(ProposalJson::toLine(p, true));
    stored.matchedRules = matchedRules(p.trace);
    evaluated.details = QJsonObject{{QStringLiteral("outcome"), stored.outcome},
                                    {QStringLiteral("spot_check"), stored.spotCheck},
                                    {QStringLiteral("pack_hash"), stored.packHash}};
    if (stored.amountKronor)
        evaluated.details.insert(QStringLiteral("amount_kronor"), *stored.amountKronor);
    return evaluated;
}

QString InboxAutomation::storeProposal(const QString &caseId, Evaluated &evaluated,
                                       const QDateTime &now, Store &store, Summary &summary)
{
    StoredProposal &stored = evaluated.stored;
    stored.createdAt = now;
    if (auto saved = store.proposals.store(stored, evaluated.packedJson); !saved)
        return saved.error().message;
    if (auto status = store.cases.setStatus(caseId, CaseStatus::Proposed, now); !status)
        return status.error().message;
    if (auto audited = store.audit.appendAt(now, m_actingUser, AuditEventCode::Proposed, caseId,
                                            stored.packId, stored.packVersion, evaluated.details);
        !audited)
        return audited.error().message;
    ++summary.proposed;
    ++summary.byOutcome[stored.outcome];
    return {};
}

} // namespace casebench
