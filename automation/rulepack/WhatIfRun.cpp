#include "automation/rulepack/WhatIfRun.h"

#include "automation/pipeline/ParallelProposals.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <deque>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("WhatIfRun", text);
}

// Progress is reported every percent of the run, but at least every 250 cases: often
// enough for a smooth bar (and a cancel between two reports of a small run), rarely
// enough to cost nothing next to the evaluations.
int progressInterval(int total)
{
    return std::clamp(total / 100, 1, 250);
}

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

    // First the decisions in scope, in order — small rows the planner finds through
    // (case_type, application_date) and sorts cheaply; then each case's payload by its
    // decision id. Selecting the payloads in the sorted query itself would sort them
    // too, after reading every case of the type: several seconds for 100 000 cases.
    QSqlQuery scoped(m_db);
    scoped.setForwardOnly(true);
    scoped.prepare(scopeQuery(QStringLiteral("d.id"), scope, pack));
    bindScope(scoped, scope, pack);
    if (!scoped.exec())
        return Problem{
            tr("cannot read the decided cases: %1").arg(scoped.lastError().text()), {}, 0, {}};
    QList<qint64> decisionIds;
    while (scoped.next())
        decisionIds.append(scoped.value(0).toLongLong());
    if (scoped.lastError().isValid())
        return Problem{
            tr("cannot read the decided cases: %1").arg(scoped.lastError().text()), {}, 0, {}};
    scoped.finish();
    report.total = int(decisionIds.size());
    if (progress)
        progress(0, report.total);

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    // The payload as a BLOB: the UTF-8 bytes the pipeline parses, not a QString.
    q.prepare(QStringLiteral("SELECT c.case_id, c.application_date, CAST(c.payload AS BLOB),"
                             " d.decided_at, d.outcome, d.amount_kronor, d.proposed_outcome,"
                             " d.proposed_amount_kronor"
                             " FROM decisions d JOIN cases c ON c.id = d.case_ref WHERE d.id = ?"));

    // The baseline of each case handed out, oldest first: outcomes come back in order.
    struct Baseline
    {
        WhatIfChange change;
        QString applicationDate; // parsed only for a case that is reported
        QString decidedAt;
    };
    std::deque<Baseline> handedOut;
    qsizetype nextDecision = 0;
    QString readError;
    const auto next = [&]() -> std::optional<ParallelProposals::Application> {
        while (nextDecision < decisionIds.size()) {
            q.bindValue(0, decisionIds.at(nextDecision++));
            if (!q.exec()) {
                readError = q.lastError().text();
                return std::nullopt;
            }
            // Nothing deletes decisions or cases; a row gone since would simply be skipped.
            if (!q.next())
                continue;
            Baseline baseline;
            WhatIfChange &change = baseline.change;
            change.caseId = q.value(0).toString();
            change.decidedOutcome = q.value(4).toString();
            change.decidedAmountKronor = amountFrom(q.value(5));
            // A decision taken without a proposal (there was none to confirm) is its own
            // baseline.
            const bool hadProposal = !q.value(6).isNull();
            change.oldOutcome = hadProposal ? q.value(6).toString() : change.decidedOutcome;
            change.oldAmountKronor =
                hadProposal ? amountFrom(q.value(7)) : change.decidedAmountKronor;
            baseline.applicationDate = q.value(1).toString();
            baseline.decidedAt = q.value(3).toString();
            ParallelProposals::Application application{change.caseId, q.value(2).toByteArray()};
            handedOut.push_back(std::move(baseline));
            return application;
        }
        return std::nullopt;
    };

    const int progressEvery = progressInterval(report.total);
    int done = 0;
    const auto deliver = [&](const ParallelProposals::Application &,
                             ParallelProposals::Outcome &&proposal) {
        Baseline baseline = std::move(handedOut.front());
        handedOut.pop_front();
        WhatIfChange &change = baseline.change;
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
            change.applicationDate = QDate::fromString(baseline.applicationDate, Qt::ISODate);
            change.decidedAt = QDateTime::fromString(baseline.decidedAt, Qt::ISODateWithMs);
            report.changes.append(std::move(change));
        }
        if (++done % progressEvery == 0 && progress)
            progress(done, report.total);
    };

    report.cancelled =
        !ParallelProposals(m_pack, {.trace = false}, m_workers).run(next, deliver, cancel);
    if (!readError.isEmpty())
        return Problem{tr("cannot read the decided cases: %1").arg(readError), {}, 0, {}};
    if (progress)
        progress(done, report.total);
    return report;
}

} // namespace casebench
