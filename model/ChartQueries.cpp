#include "model/ChartQueries.h"

#include "model/ChartPercentile.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantList>
#include <algorithm>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartQueries", text);
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

// "WHERE day BETWEEN ? AND ? AND …" for one tally table with its bind values. Decision
// dimensions (rule pack, caseworker) only where the table has them and the figure is about
// decisions.
struct Condition
{
    QString sql;
    QVariantList binds;
};

Condition tallyCondition(const ChartFilter &filter, bool decisionDimensions,
                         bool beforeRange = false)
{
    Condition c;
    if (beforeRange) {
        c.sql = QStringLiteral(" WHERE day < ?");
        c.binds << dayText(filter.from);
    } else {
        c.sql = QStringLiteral(" WHERE day BETWEEN ? AND ?");
        c.binds << dayText(filter.from) << dayText(filter.to);
    }
    if (!filter.caseType.isEmpty()) {
        c.sql += QStringLiteral(" AND case_type = ?");
        c.binds << filter.caseType;
    }
    if (decisionDimensions && !filter.packId.isEmpty()) {
        c.sql += QStringLiteral(" AND pack_id = ? AND pack_version = ?");
        c.binds << filter.packId << filter.packVersion;
    }
    if (decisionDimensions && filter.decidedBy) {
        c.sql += QStringLiteral(" AND decided_by = ?");
        c.binds << *filter.decidedBy;
    }
    return c;
}

// The same filter on the raw tables (decision d, case c), for the case lists.
Condition rawCondition(const ChartFilter &filter, const SqlDialect &dialect)
{
    Condition c;
    c.sql = QStringLiteral(" AND %1 BETWEEN ? AND ?")
                .arg(dialect.dayOf(QStringLiteral("d.decided_at")));
    c.binds << dayText(filter.from) << dayText(filter.to);
    if (!filter.caseType.isEmpty()) {
        c.sql += QStringLiteral(" AND c.case_type = ?");
        c.binds << filter.caseType;
    }
    if (!filter.packId.isEmpty()) {
        c.sql += QStringLiteral(" AND d.pack_id = ? AND d.pack_version = ?");
        c.binds << filter.packId << filter.packVersion;
    }
    if (filter.decidedBy) {
        c.sql += QStringLiteral(" AND d.decided_by = ?");
        c.binds << *filter.decidedBy;
    }
    return c;
}

Result<QSqlQuery> run(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return Problem{
            tr("Could not prepare a chart query: %1").arg(q.lastError().text()), {}, 0, {}};
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec())
        return Problem{tr("A chart query failed: %1").arg(q.lastError().text()), {}, 0, {}};
    return q;
}

bool validRange(const ChartFilter &filter)
{
    return filter.from.isValid() && filter.to.isValid() && filter.from <= filter.to;
}

Problem badRange()
{
    return Problem{tr("The date range is empty: the first day must not be after the last."),
                   {},
                   0,
                   QStringLiteral("from")};
}

// Index of each period start in the filled list.
QHash<QDate, qsizetype> indexOf(const QList<QDate> &starts)
{
    QHash<QDate, qsizetype> index;
    for (qsizetype i = 0; i < starts.size(); ++i)
        index.insert(starts.at(i), i);
    return index;
}

const QString openStatuses = QStringLiteral("('received', 'proposed', 'manual')");
const QString handledSum =
    QStringLiteral("SUM(confirmed + overridden + returned + manual_decided + manual_returned)");

} // namespace

std::optional<double> ErrorRatePoint::overrideRate() const
{
    const qint64 decided = confirmed + overridden;
    if (decided == 0)
        return std::nullopt;
    return double(overridden) / double(decided);
}

ChartQueries::ChartQueries(QSqlDatabase db, const SqlDialect &dialect)
    : m_db(db), m_dialect(dialect)
{
}

Result<QList<ThroughputPoint>> ChartQueries::throughput(const ChartFilter &filter) const
{
    if (!validRange(filter))
        return badRange();
    const QString p = m_dialect.periodStartOf(QStringLiteral("day"), filter.period);
    const Condition typeOnly = tallyCondition(filter, false);
    const Condition all = tallyCondition(filter, true);
    const Condition before = tallyCondition(filter, false, true);
    // Parts: received and decided per period; handled per period and everything before the
    // range, unnarrowed by caseworker and pack, for the open queue.
    const QString sql =
        QStringLiteral(
            "SELECT 'r', %1 AS p, SUM(received) FROM chart_received_days%2 GROUP BY p"
            " UNION ALL SELECT 'd', %1 AS p, SUM(confirmed + overridden + manual_decided)"
            " FROM chart_decision_days%3 GROUP BY p"
            " UNION ALL SELECT 'h', %1 AS p, %5 FROM chart_decision_days%2 GROUP BY p"
            " UNION ALL SELECT 'r0', NULL, SUM(received) FROM chart_received_days%4"
            " UNION ALL SELECT 'h0', NULL, %5 FROM chart_decision_days%4")
            .arg(p, typeOnly.sql, all.sql, before.sql, handledSum);
    auto q =
        run(m_db, sql, typeOnly.binds + all.binds + typeOnly.binds + before.binds + before.binds);
    if (!q)
        return q.error();

    const QList<QDate> starts = periodStarts(filter.from, filter.to, filter.period);
    const auto index = indexOf(starts);
    QList<ThroughputPoint> points(starts.size());
    QList<qint64> handled(starts.size(), 0);
    qint64 open = 0;
    while (q->next()) {
        const QString part = q->value(0).toString();
        const qint64 n = q->value(2).toLongLong();
        if (part == QLatin1String("r0")) {
            open += n;
            continue;
        }
        if (part == QLatin1String("h0")) {
            open -= n;
            continue;
        }
        const auto at = index.constFind(QDate::fromString(q->value(1).toString(), Qt::ISODate));
        if (at == index.cend())
            continue;
        if (part == QLatin1String("r"))
            points[*at].received = n;
        else if (part == QLatin1String("d"))
            points[*at].decided = n;
        else
            handled[*at] = n;
    }
    for (qsizetype i = 0; i < points.size(); ++i) {
        points[i].period = starts.at(i);
        open += points.at(i).received - handled.at(i);
        points[i].openAtEnd = open;
    }
    return points;
}

Result<QList<AutomationSharePoint>> ChartQueries::automationShare(const ChartFilter &filter) const
{
    if (!validRange(filter))
        return badRange();
    const Condition c = tallyCondition(filter, true);
    const QString sql =
        QStringLiteral("SELECT %1 AS p, SUM(confirmed), SUM(overridden), SUM(returned),"
                       " SUM(manual_decided + manual_returned)"
                       " FROM chart_decision_days%2 GROUP BY p")
            .arg(m_dialect.periodStartOf(QStringLiteral("day"), filter.period), c.sql);
    auto q = run(m_db, sql, c.binds);
    if (!q)
        return q.error();
    const QList<QDate> starts = periodStarts(filter.from, filter.to, filter.period);
    const auto index = indexOf(starts);
    QList<AutomationSharePoint> points(starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i)
        points[i].period = starts.at(i);
    while (q->next()) {
        const auto at = index.constFind(QDate::fromString(q->value(0).toString(), Qt::ISODate));
        if (at == index.cend())
            continue;
        AutomationSharePoint &point = points[*at];
        point.confirmed = q->value(1).toLongLong();
        point.overridden = q->value(2).toLongLong();
        point.returned = q->value(3).toLongLong();
        point.manual = q->value(4).toLongLong();
    }
    return points;
}

Result<QList<ErrorRatePoint>> ChartQueries::errorRates(const ChartFilter &filter) const
{
    if (!validRange(filter))
        return badRange();
    const QString p = m_dialect.periodStartOf(QStringLiteral("day"), filter.period);
    const Condition all = tallyCondition(filter, true);
    const Condition typeOnly = tallyCondition(filter, false);
    const QString sql =
        QStringLiteral("SELECT 'd', %1 AS p, SUM(confirmed), SUM(overridden), SUM(spot_checked),"
                       " SUM(spot_failed) FROM chart_decision_days%2 GROUP BY p"
                       " UNION ALL SELECT 'e', %1 AS p, SUM(errors), 0, 0, 0 FROM "
                       "chart_error_days%3 GROUP BY p")
            .arg(p, all.sql, typeOnly.sql);
    auto q = run(m_db, sql, all.binds + typeOnly.binds);
    if (!q)
        return q.error();
    const QList<QDate> starts = periodStarts(filter.from, filter.to, filter.period);
    const auto index = indexOf(starts);
    QList<ErrorRatePoint> points(starts.size());
    for (qsizetype i = 0; i < starts.size(); ++i)
        points[i].period = starts.at(i);
    while (q->next()) {
        const auto at = index.constFind(QDate::fromString(q->value(1).toString(), Qt::ISODate));
        if (at == index.cend())
            continue;
        ErrorRatePoint &point = points[*at];
        if (q->value(0).toString() == QLatin1String("e")) {
            point.automationErrors = q->value(2).toLongLong();
        } else {
            point.confirmed = q->value(2).toLongLong();
            point.overridden = q->value(3).toLongLong();
            point.spotChecked = q->value(4).toLongLong();
            point.spotCheckFailures = q->value(5).toLongLong();
        }
    }
    return points;
}

Result<QList<RuleOverrideRow>> ChartQueries::ruleOverrides(const ChartFilter &filter) const
{
    if (!validRange(filter))
        return badRange();
    const Condition c = tallyCondition(filter, true);
    const QString sql =
        QStringLiteral("SELECT decision, rule_id, SUM(matched), SUM(overridden)"
                       " FROM chart_rule_days%1 GROUP BY rule_id, decision"
                       " HAVING SUM(matched) > 0"
                       " ORDER BY SUM(overridden) DESC, SUM(matched) DESC, rule_id, decision")
            .arg(c.sql);
    auto q = run(m_db, sql, c.binds);
    if (!q)
        return q.error();
    QList<RuleOverrideRow> rows;
    while (q->next()) {
        rows.append(RuleOverrideRow{q->value(0).toString(), q->value(1).toString(),
                                    q->value(2).toLongLong(), q->value(3).toLongLong()});
    }
    return rows;
}

Result<LeadTimes> ChartQueries::leadTimes(const ChartFilter &filter) const
{
    if (!validRange(filter))
        return badRange();
    const QString p = m_dialect.periodStartOf(QStringLiteral("day"), filter.period);
    const Condition all = tallyCondition(filter, true);
    QString openCondition;
    QVariantList openBinds{dayText(m_today)};
    if (!filter.caseType.isEmpty()) {
        // Written as an expression so the planner keeps to the status index (the few open
        // cases) instead of the case type index (most of the cache).
        openCondition = QStringLiteral(" AND COALESCE(case_type, '') = ?");
        openBinds << filter.caseType;
    }
    // The histogram of lead days per period (sorted lead times, counted), late decisions per
    // period, and the open cases already past their deadline. The histogram is summed per
    // day first, in the tally's key order, so only those sums are regrouped by period.
    const QString sql =
        QStringLiteral("SELECT 'l', %1 AS p, lead_days, SUM(n) FROM"
                       " (SELECT day, lead_days, SUM(decided) AS n FROM chart_lead_days%2"
                       " GROUP BY day, lead_days) GROUP BY p, lead_days HAVING SUM(n) > 0"
                       " UNION ALL SELECT 'x', %1 AS p, 0, SUM(past_deadline) FROM "
                       "chart_decision_days%2 GROUP BY p"
                       " UNION ALL SELECT 'o', NULL, 0, COUNT(*) FROM cases"
                       " WHERE status IN %3 AND due_on < ?%4")
            .arg(p, all.sql, openStatuses, openCondition);
    auto q = run(m_db, sql, all.binds + all.binds + openBinds);
    if (!q)
        return q.error();
    const QList<QDate> starts = periodStarts(filter.from, filter.to, filter.period);
    const auto index = indexOf(starts);
    LeadTimes lead;
    lead.points.resize(starts.size());
    QList<QMap<int, qint64>> histograms(starts.size());
    QMap<int, qint64> total;
    while (q->next()) {
        const QString part = q->value(0).toString();
        const qint64 n = q->value(3).toLongLong();
        if (part == QLatin1String("o")) {
            lead.openPastDeadline = n;
            continue;
        }
        const auto at = index.constFind(QDate::fromString(q->value(1).toString(), Qt::ISODate));
        if (at == index.cend())
            continue;
        if (part == QLatin1String("x")) {
            lead.points[*at].pastDeadline = n;
            lead.decidedPastDeadline += n;
        } else {
            const int days = q->value(2).toInt();
            histograms[*at][days] += n;
            total[days] += n;
            lead.points[*at].decided += n;
        }
    }
    for (qsizetype i = 0; i < starts.size(); ++i) {
        LeadTimePoint &point = lead.points[i];
        point.period = starts.at(i);
        point.medianDays = percentileOfHistogram(histograms.at(i), 0.5);
        point.p90Days = percentileOfHistogram(histograms.at(i), 0.9);
    }
    lead.medianDays = percentileOfHistogram(total, 0.5);
    lead.p90Days = percentileOfHistogram(total, 0.9);
    return lead;
}

Result<ChartData> ChartQueries::all(const ChartFilter &filter) const
{
    ChartData data;
    data.filter = filter;
    auto throughputPoints = throughput(filter);
    if (!throughputPoints)
        return throughputPoints.error();
    data.throughput = std::move(throughputPoints).value();
    auto share = automationShare(filter);
    if (!share)
        return share.error();
    data.automationShare = std::move(share).value();
    auto errors = errorRates(filter);
    if (!errors)
        return errors.error();
    data.errorRates = std::move(errors).value();
    auto rules = ruleOverrides(filter);
    if (!rules)
        return rules.error();
    data.ruleOverrides = std::move(rules).value();
    auto lead = leadTimes(filter);
    if (!lead)
        return lead.error();
    data.leadTimes = std::move(lead).value();
    data.summary = summarize(data);
    return data;
}

ChartSummary ChartQueries::summarize(const ChartData &data)
{
    ChartSummary summary;
    for (const ThroughputPoint &p : data.throughput)
        summary.decided += p.decided;
    qint64 confirmed = 0, overridden = 0, handled = 0;
    for (const AutomationSharePoint &p : data.automationShare) {
        confirmed += p.confirmed;
        overridden += p.overridden;
        handled += p.total();
    }
    if (handled > 0)
        summary.shareWithoutChange = double(confirmed) / double(handled);
    if (confirmed + overridden > 0)
        summary.overrideRate = double(overridden) / double(confirmed + overridden);
    summary.medianLeadDays = data.leadTimes.medianDays;
    summary.pastDeadline = data.leadTimes.decidedPastDeadline + data.leadTimes.openPastDeadline;
    return summary;
}

Result<QStringList> ChartQueries::casesForRule(const QString &decision, const QString &ruleId,
                                               const ChartFilter &filter, bool overriddenOnly,
                                               int limit) const
{
    if (!validRange(filter))
        return badRange();
    const Condition c = rawCondition(filter, m_dialect);
    const QString sql =
        QStringLiteral(
            "SELECT c.case_id FROM proposal_rules pr"
            " JOIN decisions d ON d.case_ref = pr.case_ref AND d.reopened_at IS NULL"
            " JOIN cases c ON c.id = pr.case_ref"
            " WHERE pr.rule_id = ? AND pr.decision = ? AND d.kind %1"
            " AND d.proposed_outcome IS NOT NULL AND d.proposed_outcome <> 'manuell_bedomning'%2"
            " ORDER BY d.decided_at DESC, c.case_id LIMIT ?")
            .arg(overriddenOnly ? QStringLiteral("= 'overridden'")
                                : QStringLiteral("IN ('confirmed', 'overridden')"),
                 c.sql);
    auto q = run(m_db, sql, QVariantList{ruleId, decision} + c.binds + QVariantList{limit});
    if (!q)
        return q.error();
    QStringList ids;
    while (q->next())
        ids.append(q->value(0).toString());
    return ids;
}

Result<QList<PastDeadlineCase>> ChartQueries::casesPastDeadline(const ChartFilter &filter,
                                                                int limit) const
{
    if (!validRange(filter))
        return badRange();
    const Condition c = rawCondition(filter, m_dialect);
    const QString decidedDay = m_dialect.dayOf(QStringLiteral("d.decided_at"));
    const QString receivedDay = m_dialect.dayOf(QStringLiteral("c.received_at"));
    QString openCondition;
    QVariantList openBinds{dayText(m_today)};
    if (!filter.caseType.isEmpty()) {
        openCondition = QStringLiteral(" AND c.case_type = ?");
        openBinds << filter.caseType;
    }
    const QString sql =
        QStringLiteral(
            "SELECT c.case_id, c.case_type, %2, c.due_on, %1 FROM decisions d"
            " JOIN cases c ON c.id = d.case_ref"
            " WHERE d.reopened_at IS NULL AND d.kind <> 'returned' AND c.due_on IS NOT NULL"
            " AND %1 > c.due_on%3"
            " UNION ALL SELECT c.case_id, c.case_type, %2, c.due_on, NULL FROM cases c"
            " WHERE c.status IN %4 AND c.due_on < ?%5")
            .arg(decidedDay, receivedDay, c.sql, openStatuses, openCondition);
    auto q = run(m_db, sql, c.binds + openBinds);
    if (!q)
        return q.error();
    QList<PastDeadlineCase> rows;
    while (q->next()) {
        PastDeadlineCase row;
        row.caseId = q->value(0).toString();
        row.caseType = q->value(1).toString();
        row.received = QDate::fromString(q->value(2).toString(), Qt::ISODate);
        row.dueOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        row.decided =
            q->value(4).isNull() ? QDate() : QDate::fromString(q->value(4).toString(), Qt::ISODate);
        row.daysLate = int(row.dueOn.daysTo(row.decided.isValid() ? row.decided : m_today));
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(), [](const PastDeadlineCase &a, const PastDeadlineCase &b) {
        return a.daysLate != b.daysLate ? a.daysLate > b.daysLate : a.caseId < b.caseId;
    });
    if (rows.size() > limit)
        rows.resize(limit);
    return rows;
}

QList<ChartChoice> ChartQueries::caseTypeChoices() const
{
    QList<ChartChoice> choices;
    QSqlQuery q(m_db);
    const bool swedish = QLocale().language() == QLocale::Swedish;
    if (q.exec(QStringLiteral("SELECT code, name_sv, name_en FROM case_types ORDER BY code"))) {
        while (q.next())
            choices.append(ChartChoice{q.value(swedish ? 1 : 2).toString(), q.value(0).toString()});
    }
    return choices;
}

QList<ChartChoice> ChartQueries::packChoices() const
{
    QList<ChartChoice> choices;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT DISTINCT pack_id, pack_version FROM chart_decision_days"
                              " WHERE pack_id <> '' ORDER BY pack_id, pack_version"))) {
        while (q.next()) {
            const QString code = q.value(0).toString() + u' ' + q.value(1).toString();
            choices.append(ChartChoice{code, code});
        }
    }
    return choices;
}

QList<ChartChoice> ChartQueries::caseworkerChoices() const
{
    QList<ChartChoice> choices;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral(
            "SELECT id, login, display_name FROM users WHERE id IN"
            " (SELECT DISTINCT decided_by FROM chart_decision_days) ORDER BY login"))) {
        while (q.next()) {
            choices.append(ChartChoice{
                QStringLiteral("%1 (%2)").arg(q.value(2).toString(), q.value(1).toString()),
                q.value(0).toString()});
        }
    }
    return choices;
}

std::optional<int> ChartQueries::deadlineDays(const QString &caseType) const
{
    if (caseType.isEmpty())
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT default_deadline_days FROM case_types WHERE code = ?"));
    q.addBindValue(caseType);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

} // namespace casebench
