#include "automation/rulepack/WhatIfRun.h"

#include "automation/pipeline/ProposalPipeline.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WhatIfRun", text);
}

// Progress is reported this often: often enough for a smooth bar, rarely enough to cost
// nothing next to the evaluations.
constexpr int progressEvery = 250;

std::optional<qint64> amountFrom(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<qint64>(value.toLongLong());
}

// The decided cases in scope: each case's current decision (not reopened) that was
// confirmed or overridden — a returned case was never decided on its merits — for the
// pack's case type and an application date the pack answers for, most recent first.
QString scopeQuery(const QString &columns, const WhatIfScope &scope, const RulePack &pack)
{
    QString sql =
        QStringLiteral("SELECT %1 FROM decisions d JOIN cases c ON c.id = d.case_ref"
                       " WHERE d.reopened_at IS NULL"
                       " AND d.kind IN ('confirmed', 'overridden')"
                       " AND c.case_type = :case_type AND c.application_date >= :valid_from")
            .arg(columns);
    if (pack.manifest().validTo.isValid())
        sql += QStringLiteral(" AND c.application_date <= :valid_to");
    // decided_at is an ISO timestamp (UTC): a date compares as its first instant.
    if (scope.decidedFrom.isValid())
        sql += QStringLiteral(" AND d.decided_at >= :decided_from");
    if (scope.decidedTo.isValid())
        sql += QStringLiteral(" AND d.decided_at < :decided_until");
    sql += QStringLiteral(" ORDER BY d.decided_at DESC, d.id DESC LIMIT :limit");
    return sql;
}

void bindScope(QSqlQuery &q, const WhatIfScope &scope, const RulePack &pack)
{
    q.bindValue(QStringLiteral(":case_type"), pack.caseType());
    q.bindValue(QStringLiteral(":valid_from"), pack.manifest().validFrom.toString(Qt::ISODate));
    if (pack.manifest().validTo.isValid())
        q.bindValue(QStringLiteral(":valid_to"), pack.manifest().validTo.toString(Qt::ISODate));
    if (scope.decidedFrom.isValid())
        q.bindValue(QStringLiteral(":decided_from"), scope.decidedFrom.toString(Qt::ISODate));
    if (scope.decidedTo.isValid())
        q.bindValue(QStringLiteral(":decided_until"),
                    scope.decidedTo.addDays(1).toString(Qt::ISODate));
    // SQLite reads a negative LIMIT as none.
    q.bindValue(QStringLiteral(":limit"), scope.lastCases > 0 ? scope.lastCases : -1);
}

} // namespace

WhatIfRun::WhatIfRun(QSqlDatabase db, std::shared_ptr<const RulePack> pack)
    : m_db(std::move(db)), m_pack(std::move(pack))
{
}

Result<WhatIfReport> WhatIfRun::run(const WhatIfScope &scope, const Progress &progress,
                                    const std::atomic_bool *cancel) const
{
    WhatIfReport report;
    const RulePack &pack = *m_pack;

    QSqlQuery count(m_db);
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM (%1)")
                      .arg(scopeQuery(QStringLiteral("d.id"), scope, pack)));
    bindScope(count, scope, pack);
    if (!count.exec() || !count.next())
        return Problem{
            tr("cannot read the decided cases: %1").arg(count.lastError().text()), {}, 0, {}};
    report.total = count.value(0).toInt();
    count.finish();
    if (progress)
        progress(0, report.total);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(scopeQuery(QStringLiteral("c.case_id, c.application_date, c.payload, d.decided_at,"
                                        " d.outcome, d.amount_kronor, d.proposed_outcome,"
                                        " d.proposed_amount_kronor"),
                         scope, pack));
    bindScope(q, scope, pack);
    if (!q.exec())
        return Problem{
            tr("cannot read the decided cases: %1").arg(q.lastError().text()), {}, 0, {}};

    int done = 0;
    while (q.next()) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            report.cancelled = true;
            break;
        }
        WhatIfChange change;
        change.caseId = q.value(0).toString();
        change.decidedOutcome = q.value(4).toString();
        change.decidedAmountKronor = amountFrom(q.value(5));
        // A decision taken without a proposal (there was none to confirm) is its own baseline.
        const bool hadProposal = !q.value(6).isNull();
        change.oldOutcome = hadProposal ? q.value(6).toString() : change.decidedOutcome;
        change.oldAmountKronor = hadProposal ? amountFrom(q.value(7)) : change.decidedAmountKronor;

        auto proposal =
            ProposalPipeline::run(pack, q.value(2).toByteArray(), change.caseId, {.trace = false});
        bool record = false;
        if (!proposal) {
            QStringList messages;
            for (const Problem &problem : proposal.error())
                messages << problem.toString();
            change.error = messages.join(QLatin1String("; "));
            ++report.failed;
            record = true;
        } else {
            ++report.evaluated;
            change.newOutcome = outcomeCode(proposal->outcome);
            change.newAmountKronor = proposal->amountKronor;
            report.amountDifferenceKronor +=
                change.newAmountKronor.value_or(0) - change.oldAmountKronor.value_or(0);
            if (change.outcomeChanged())
                ++report.changedOutcome;
            if (change.amountChanged())
                ++report.changedAmount;
            record = change.outcomeChanged() || change.amountChanged();
        }
        if (record) {
            change.applicationDate = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            change.decidedAt = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
            report.changes.append(std::move(change));
        }
        if (++done % progressEvery == 0 && progress)
            progress(done, report.total);
    }
    if (!report.cancelled && q.lastError().isValid())
        return Problem{
            tr("cannot read the decided cases: %1").arg(q.lastError().text()), {}, 0, {}};
    if (progress)
        progress(done, report.total);
    return report;
}

} // namespace casebench
