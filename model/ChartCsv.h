#pragma once
// ChartCsv: the data behind each chart of the charts view as CSV (RFC 4180: comma
// separated, a header line, decimal point, UTF-8), written from the query results, not
// read back off the drawn chart — the numbers a team lead pastes into a report.

#include "model/ChartQueries.h"

#include <QByteArray>
#include <QList>

namespace casebench {

QByteArray throughputCsv(const QList<ThroughputPoint> &points, ChartPeriod period);
QByteArray automationShareCsv(const QList<AutomationSharePoint> &points, ChartPeriod period);
QByteArray errorRatesCsv(const QList<ErrorRatePoint> &points, ChartPeriod period);
QByteArray ruleOverridesCsv(const QList<RuleOverrideRow> &rows);
QByteArray leadTimesCsv(const LeadTimes &lead, ChartPeriod period);
QByteArray pastDeadlineCsv(const QList<PastDeadlineCase> &cases);

} // namespace casebench
