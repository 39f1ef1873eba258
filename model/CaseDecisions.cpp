#include "model/CaseDecisions.h"

#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/CaseRepository.h"
#include "model/CaseStatus.h"
#include "model/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseDecisions", text);
}

Problem problem(const QString &message, const QString &field = {})
{
    return Problem{message, {}, 0, field};
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant amountOrNull(std::optional<qint64> amount)
{
    return amount ? QVariant(*amount) : QVariant();
}

QJsonValue amountJson(std::optional<qint64> amount)
{
    return amount ? QJsonValue(*amount) : QJsonValue(QJsonValue::Null);
}

// "5 400" with a no-break space between thousands, "−500" with a real minus sign.
QString kronor(qint64 amount)
{
    const QString digits = QString::number(amount < 0 ? -amount : amount);
    QString grouped;
    for (qsizetype k = 0; k < digits.size(); ++k) {
        if (k > 0 && (digits.size() - k) % 3 == 0)
            grouped += QChar(0x00A0);
        grouped += digits[k];
    }
    return amount < 0 ? QChar(0x2212) + grouped : grouped;
}

// The proposal's period as an ISO 8601 interval ("2026-03-01/2026-03-31"), from its JSON.
QString periodOf(const StoredProposal &proposal)
{
    const QJsonObject period =
        QJsonDocument::fromJson(proposal.json).object().value(QStringLiteral("period")).toObject();
    const QString from = period.value(QStringLiteral("from")).toString();
    const QString to = period.value(QStringLiteral("to")).toString();
    if (from.isEmpty() && to.isEmpty())
        return {};
    return from + QLatin1Char('/') + to;
}

struct CaseState
{
    qint64 ref = 0;
    CaseStatus status = CaseStatus::Received;
    bool hasReviewer = false;
};

Result<CaseState> caseState(QSqlDatabase db, const QString &caseId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id, status, reviewer FROM cases WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return problem(tr("Could not read case %1: %2").arg(caseId, q.lastError().text()));
    if (!q.next())
        return problem(tr("There is no case %1").arg(caseId), QStringLiteral("case_id"));
    CaseState state;
    state.ref = q.value(0).toLongLong();
    state.status = statusFromCode(q.value(1).toString()).value_or(CaseStatus::Received);
    state.hasReviewer = !q.isNull(2);
    return state;
}

bool isClosed(CaseStatus status)
{
    return status == CaseStatus::Decided || status == CaseStatus::ReturnedForCompletion;
}

Problem readOnly(const QString &caseId)
{
    return problem(
        tr("Case %1 is decided; decided cases are read-only — reopen it first").arg(caseId),
        QStringLiteral("status"));
}

} // namespace

QString decisionKindCode(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Confirmed:
        return QStringLiteral("confirmed");
    case DecisionKind::Overridden:
        return QStringLiteral("overridden");
    case DecisionKind::Returned:
        return QStringLiteral("returned");
    }
    return {};
}

std::optional<DecisionKind> decisionKindFromCode(const QString &code)
{
    for (DecisionKind kind :
         {DecisionKind::Confirmed, DecisionKind::Overridden, DecisionKind::Returned}) {
        if (decisionKindCode(kind) == code)
            return kind;
    }
    return std::nullopt;
}

QString OverrideDiff::summary() const
{
    QStringList parts;
    if (outcomeChanged)
        parts << tr("Outcome %1 → %2")
                     .arg(proposedOutcome.isEmpty() ? tr("(none)") : proposedOutcome, newOutcome);
    if (amountChanged) {
        const QString from = proposedAmount ? kronor(*proposedAmount) : tr("none");
        const QString to = newAmount ? kronor(*newAmount) + QStringLiteral("\u00a0kr") : tr("none");
        QString part = parts.isEmpty() ? tr("Amount %1 → %2").arg(from, to)
                                       : tr("amount %1 → %2").arg(from, to);
        if (amountDifference) {
            const QString sign = *amountDifference > 0 ? QStringLiteral("+") : QString();
            part += QStringLiteral(" (%1%2\u00a0kr)").arg(sign, kronor(*amountDifference));
        }
        parts << part;
    }
    if (parts.isEmpty())
        return tr("Same as the proposal");
    return parts.join(QStringLiteral("; "));
}

CaseDecisions::CaseDecisions(QSqlDatabase db, User actingUser)
    : m_db(std::move(db)), m_user(std::move(actingUser))
{
}

QStringList CaseDecisions::decisionOutcomes()
{
    return {QStringLiteral("bifall"), QStringLiteral("delvis_bifall"), QStringLiteral("avslag")};
}

OverrideDiff CaseDecisions::diff(const StoredProposal &proposal, const QString &outcome,
                                 std::optional<qint64> amount)
{
    OverrideDiff d;
    d.proposedOutcome = proposal.outcome;
    d.newOutcome = outcome;
    d.proposedAmount = proposal.amountKronor;
    d.newAmount = amount;
    d.outcomeChanged = proposal.outcome != outcome;
    d.amountChanged = proposal.amountKronor != amount;
    if (proposal.amountKronor && amount)
        d.amountDifference = *amount - *proposal.amountKronor;
    return d;
}

Result<DecisionRecord> CaseDecisions::confirm(const QString &caseId)
{
    DecisionRecord record;
    record.caseId = caseId;
    record.kind = DecisionKind::Confirmed;
    return write(
        record,
        [&](const std::optional<StoredProposal> &proposal,
            DecisionRecord &decided) -> Result<void> {
            if (!proposal)
                return problem(tr("Case %1 has no proposal to confirm; decide it with an override")
                                   .arg(caseId),
                               QStringLiteral("proposal"));
            if (!decisionOutcomes().contains(proposal->outcome))
                return problem(
                    tr("The proposal of case %1 is \"%2\", not a decision; return the case for "
                       "completion or decide it with an override")
                        .arg(caseId, proposal->outcome),
                    QStringLiteral("outcome"));
            decided.outcome = proposal->outcome;
            decided.amountKronor = proposal->amountKronor;
            return {};
        });
}

Result<DecisionRecord> CaseDecisions::override(const QString &caseId, const QString &outcome,
                                               std::optional<qint64> amountKronor,
                                               const QString &justification)
{
    DecisionRecord record;
    record.caseId = caseId;
    record.kind = DecisionKind::Overridden;
    record.outcome = outcome;
    record.amountKronor = amountKronor;
    record.justification = justification.trimmed();
    return write(
        record,
        [&](const std::optional<StoredProposal> &proposal,
            DecisionRecord &decided) -> Result<void> {
            if (!decisionOutcomes().contains(outcome))
                return problem(tr("The outcome must be one of %1, not \"%2\"")
                                   .arg(decisionOutcomes().join(QStringLiteral(", ")), outcome),
                               QStringLiteral("outcome"));
            if (amountKronor && *amountKronor < 0)
                return problem(tr("The amount must not be negative"), QStringLiteral("amount"));
            if (outcome == QLatin1String("avslag") && amountKronor && *amountKronor != 0)
                return problem(tr("A refusal (avslag) pays no amount"), QStringLiteral("amount"));
            if (record.justification.size() < minimumJustificationLength)
                return problem(tr("The justification must be at least %1 characters (it has %2)")
                                   .arg(minimumJustificationLength)
                                   .arg(record.justification.size()),
                               QStringLiteral("justification"));
            if (proposal && !diff(*proposal, outcome, amountKronor).changesAnything())
                return problem(tr("The override is the same as the proposal; confirm the proposal "
                                  "instead"),
                               QStringLiteral("outcome"));
            return {};
        });
}

Result<DecisionRecord> CaseDecisions::returnForCompletion(const QString &caseId,
                                                          const QStringList &missing,
                                                          const QString &note)
{
    DecisionRecord record;
    record.caseId = caseId;
    record.kind = DecisionKind::Returned;
    record.outcome = QStringLiteral("komplettering");
    record.justification = note.trimmed();
    for (const QString &item : missing) {
        if (!item.trimmed().isEmpty())
            record.missing << item.trimmed();
    }
    return write(record,
                 [&](const std::optional<StoredProposal> &, DecisionRecord &) -> Result<void> {
                     if (record.missing.isEmpty())
                         return problem(tr("Name at least one thing the applicant must send in"),
                                        QStringLiteral("missing"));
                     return {};
                 });
}

Result<DecisionRecord> CaseDecisions::write(
    DecisionRecord record,
    const std::function<Result<void>(const std::optional<StoredProposal> &, DecisionRecord &)>
        &check)
{
    if (m_user.id <= 0 || !m_user.active)
        return problem(tr("Only an active user of this cache can decide cases"),
                       QStringLiteral("user"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return problem(tr("Could not start a transaction: %1").arg(m_db.lastError().text()));
    auto state = caseState(m_db, record.caseId);
    if (!state)
        return state.error();
    if (isClosed(state->status))
        return readOnly(record.caseId);
    if (state->status == CaseStatus::Received)
        return problem(
            tr("Case %1 has not been through the automation yet; run it first").arg(record.caseId),
            QStringLiteral("status"));
    const std::optional<StoredProposal> proposal = ProposalRepository(m_db).find(record.caseId);
    if (auto checked = check(proposal, record); !checked)
        return checked.error();

    if (proposal) {
        record.proposedOutcome = proposal->outcome;
        record.proposedAmountKronor = proposal->amountKronor;
        record.spotCheck = proposal->spotCheck;
        record.packId = proposal->packId;
        record.packVersion = proposal->packVersion;
        record.packHash = proposal->packHash;
        if (record.kind != DecisionKind::Returned)
            record.period = periodOf(*proposal);
    }
    record.decidedBy = m_user.login;
    record.decidedAt = QDateTime::currentDateTimeUtc();

    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral(
        "INSERT INTO decisions (case_ref, kind, outcome, amount_kronor, period, proposed_outcome,"
        " proposed_amount_kronor, spot_check, justification, decided_by, decided_at, pack_id,"
        " pack_version, pack_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(state->ref);
    insert.addBindValue(decisionKindCode(record.kind));
    insert.addBindValue(record.outcome);
    insert.addBindValue(amountOrNull(record.amountKronor));
    insert.addBindValue(textOrNull(record.period));
    insert.addBindValue(textOrNull(record.proposedOutcome));
    insert.addBindValue(amountOrNull(record.proposedAmountKronor));
    insert.addBindValue(record.spotCheck ? 1 : 0);
    insert.addBindValue(textOrNull(record.justification));
    insert.addBindValue(m_user.id);
    insert.addBindValue(record.decidedAt.toString(Qt::ISODateWithMs));
    insert.addBindValue(textOrNull(record.packId));
    insert.addBindValue(textOrNull(record.packVersion));
    insert.addBindValue(textOrNull(record.packHash));
    if (!insert.exec())
        return problem(tr("Could not record the decision on case %1: %2")
                           .arg(record.caseId, insert.lastError().text()));
    record.id = insert.lastInsertId().toLongLong();

    const CaseStatus next = record.kind == DecisionKind::Returned
                                ? CaseStatus::ReturnedForCompletion
                                : CaseStatus::Decided;
    if (auto status = CaseRepository(m_db).setStatus(record.caseId, next); !status)
        return status.error();

    QJsonObject details{{QStringLiteral("decision_id"), record.id},
                        {QStringLiteral("outcome"), record.outcome},
                        {QStringLiteral("amount_kronor"), amountJson(record.amountKronor)}};
    if (proposal) {
        details.insert(QStringLiteral("proposed_outcome"), record.proposedOutcome);
        details.insert(QStringLiteral("proposed_amount_kronor"),
                       amountJson(record.proposedAmountKronor));
    }
    if (!record.justification.isEmpty())
        details.insert(record.kind == DecisionKind::Returned ? QStringLiteral("note")
                                                             : QStringLiteral("justification"),
                       record.justification);
    if (record.kind == DecisionKind::Returned)
        details.insert(QStringLiteral("missing"), QJsonArray::fromStringList(record.missing));
    const QString event =
        record.kind == DecisionKind::Confirmed    ? QString(AuditEventCode::Confirmed)
        : record.kind == DecisionKind::Overridden ? QString(AuditEventCode::Overridden)
                                                  : QString(AuditEventCode::Returned);
    if (auto audited = AuditTrail(m_db).append(m_user.login, event, record.caseId, record.packId,
                                               record.packVersion, details);
        !audited)
        return audited.error();
    if (m_followUp) {
        if (auto followed = m_followUp(record); !followed)
            return followed.error();
    }
    if (!tx.commit())
        return problem(tr("Could not record the decision on case %1: %2")
                           .arg(record.caseId, m_db.lastError().text()));
    return record;
}

Result<void> CaseDecisions::reopen(const QString &caseId, const QString &reason)
{
    if (m_user.id <= 0 || !m_user.active)
        return problem(tr("Only an active user of this cache can reopen cases"),
                       QStringLiteral("user"));
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return problem(tr("Say why the case is reopened"), QStringLiteral("reason"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return problem(tr("Could not start a transaction: %1").arg(m_db.lastError().text()));
    auto state = caseState(m_db, caseId);
    if (!state)
        return state.error();
    if (!isClosed(state->status))
        return problem(
            tr("Case %1 is not decided or returned; there is nothing to reopen").arg(caseId),
            QStringLiteral("status"));
    const std::optional<DecisionRecord> standing = current(caseId);
    QSqlQuery stamp(m_db);
    stamp.prepare(QStringLiteral("UPDATE decisions SET reopened_at = ?, reopened_by = ?,"
                                 " reopen_reason = ? WHERE case_ref = ? AND reopened_at IS NULL"));
    stamp.addBindValue(now());
    stamp.addBindValue(m_user.id);
    stamp.addBindValue(why);
    stamp.addBindValue(state->ref);
    if (!stamp.exec())
        return problem(tr("Could not reopen case %1: %2").arg(caseId, stamp.lastError().text()));
    // Back to where a person decides: the proposal if there is one, else manual handling.
    const bool hasProposal = ProposalRepository(m_db).find(caseId).has_value();
    if (auto status = CaseRepository(m_db).setStatus(
            caseId, hasProposal ? CaseStatus::Proposed : CaseStatus::NeedsManualHandling);
        !status)
        return status.error();
    QJsonObject details{{QStringLiteral("reason"), why},
                        {QStringLiteral("previous_status"), statusCode(state->status)}};
    if (standing)
        details.insert(QStringLiteral("decision_id"), standing->id);
    if (auto audited = AuditTrail(m_db).append(
            m_user.login, AuditEventCode::Reopened, caseId, standing ? standing->packId : QString(),
            standing ? standing->packVersion : QString(), details);
        !audited)
        return audited.error();
    if (!tx.commit())
        return problem(tr("Could not reopen case %1: %2").arg(caseId, m_db.lastError().text()));
    return {};
}

Result<void> CaseDecisions::markViewed(const QString &caseId)
{
    if (m_user.id <= 0)
        return problem(tr("Only a user of this cache can open cases"), QStringLiteral("user"));
    Transaction tx(m_db);
    if (!tx.isActive())
        return problem(tr("Could not start a transaction: %1").arg(m_db.lastError().text()));
    auto state = caseState(m_db, caseId);
    if (!state)
        return state.error();
    AuditTrail audit(m_db);
    if (auto viewed = audit.append(m_user.login, AuditEventCode::Viewed, caseId); !viewed)
        return viewed.error();
    // The first person to open an undecided case starts its review.
    if (!state->hasReviewer && !isClosed(state->status)) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE cases SET reviewer = ?, review_started_at = ?"
                                 " WHERE id = ? AND reviewer IS NULL"));
        q.addBindValue(m_user.id);
        q.addBindValue(now());
        q.addBindValue(state->ref);
        if (!q.exec())
            return problem(
                tr("Could not record the review of case %1: %2").arg(caseId, q.lastError().text()));
        if (auto started = audit.append(m_user.login, AuditEventCode::ReviewStarted, caseId);
            !started)
            return started.error();
    }
    if (!tx.commit())
        return problem(tr("Could not record that case %1 was viewed: %2")
                           .arg(caseId, m_db.lastError().text()));
    return {};
}

std::optional<DecisionRecord> CaseDecisions::current(const QString &caseId) const
{
    const QList<DecisionRecord> records = read(caseId, true);
    if (records.isEmpty())
        return std::nullopt;
    return records.last();
}

QList<DecisionRecord> CaseDecisions::history(const QString &caseId) const
{
    return read(caseId, false);
}

QList<DecisionRecord> CaseDecisions::read(const QString &caseId, bool standingOnly) const
{
    QList<DecisionRecord> records;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT d.id, d.kind, d.outcome, d.amount_kronor, d.period, d.proposed_outcome,"
                  " d.proposed_amount_kronor, d.spot_check, d.justification, u.login,"
                  " d.decided_at, d.pack_id, d.pack_version, d.pack_hash, d.reopened_at,"
                  " r.login, d.reopen_reason FROM decisions d"
                  " JOIN cases c ON c.id = d.case_ref JOIN users u ON u.id = d.decided_by"
                  " LEFT JOIN users r ON r.id = d.reopened_by WHERE c.case_id = ?") +
              (standingOnly ? QStringLiteral(" AND d.reopened_at IS NULL") : QString()) +
              QStringLiteral(" ORDER BY d.id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return records;
    while (q.next()) {
        DecisionRecord r;
        r.id = q.value(0).toLongLong();
        r.caseId = caseId;
        r.kind = decisionKindFromCode(q.value(1).toString()).value_or(DecisionKind::Confirmed);
        r.outcome = q.value(2).toString();
        if (!q.isNull(3))
            r.amountKronor = q.value(3).toLongLong();
        r.period = q.value(4).toString();
        r.proposedOutcome = q.value(5).toString();
        if (!q.isNull(6))
            r.proposedAmountKronor = q.value(6).toLongLong();
        r.spotCheck = q.value(7).toInt() != 0;
        r.justification = q.value(8).toString();
        r.decidedBy = q.value(9).toString();
        r.decidedAt = QDateTime::fromString(q.value(10).toString(), Qt::ISODateWithMs);
        r.packId = q.value(11).toString();
        r.packVersion = q.value(12).toString();
        r.packHash = q.value(13).toString();
        if (!q.isNull(14))
            r.reopenedAt = QDateTime::fromString(q.value(14).toString(), Qt::ISODateWithMs);
        r.reopenedBy = q.value(15).toString();
        r.reopenReason = q.value(16).toString();
        records.append(r);
    }
    // A return's missing list lives in its audit event (there is no column for it).
    bool anyReturned = false;
    for (const DecisionRecord &r : records)
        anyReturned = anyReturned || r.kind == DecisionKind::Returned;
    if (anyReturned) {
        for (const AuditEvent &e : AuditTrail(m_db).forCase(caseId)) {
            if (e.event != AuditEventCode::Returned)
                continue;
            const qint64 id = e.details.value(QStringLiteral("decision_id")).toInteger();
            for (DecisionRecord &r : records) {
                if (r.id == id) {
                    for (const QJsonValue &item :
                         e.details.value(QStringLiteral("missing")).toArray())
                        r.missing << item.toString();
                }
            }
        }
    }
    return records;
}

} // namespace casebench
