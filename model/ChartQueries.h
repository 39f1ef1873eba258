#pragma once
// ChartQueries: the figures of the team lead's charts — throughput and queue, automation
// share, override and error rates (per period and per rule), lead times against the
// deadline — one SQL query per chart over the day tallies of migration 6, with every
// period of the range present (zero when nothing happened). The view and bench_charts run
// exactly these.
//
// Definitions (what a team lead reads off the charts):
//  - A case's decision is its current one (not reopened); its period is the UTC day it was
//    taken. "Manual" decisions are those on cases the automation did not propose
//    (proposal manuell_bedomning, or no proposal because evaluation failed).
//  - Decided = confirmed + overridden + manual decisions, not returns for completion.
//    Handled = decided + returned; the open queue at the end of a period is every case
//    received by then minus every case handled by then.
//  - Override rate = overridden / (confirmed + overridden): of the proposals a caseworker
//    decided on, the share changed. Spot-check failure = a spot-checked proposal overridden.
//  - Lead time = whole days from the day received to the day decided; past deadline =
//    decided after cases.due_on, or still open with due_on before today.
//  - Filters: case type applies to everything; rule pack and caseworker narrow the figures
//    about decisions. Received counts, the open queue and automation errors have no
//    caseworker or decision pack, so those two filters leave them as they are.

#include "model/ChartPeriod.h"
#include "model/Result.h"
#include "model/SqlDialect.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>

namespace casebench {

struct ChartFilter
{
    QDate from; // first day, inclusive
    QDate to;   // last day, inclusive
    ChartPeriod period = ChartPeriod::Week;
    QString caseType; // empty: all
    QString packId;   // with packVersion; empty: all
    QString packVersion;
    std::optional<qint64> decidedBy; // users.id of the caseworker; none: all
};

struct ThroughputPoint
{
    QDate period; // first day of the period
    qint64 received = 0;
    qint64 decided = 0;
    qint64 openAtEnd = 0; // open queue when the period ends
};

struct AutomationSharePoint
{
    QDate period;
    qint64 confirmed = 0; // proposal confirmed unchanged
    qint64 overridden = 0;
    qint64 returned = 0;
    qint64 manual = 0; // routed to manual handling
    qint64 total() const { return confirmed + overridden + returned + manual; }
};

struct ErrorRatePoint
{
    QDate period;
    qint64 confirmed = 0;
    qint64 overridden = 0;
    qint64 spotChecked = 0;
    qint64 spotCheckFailures = 0;
    qint64 automationErrors = 0;
    // overridden / (confirmed + overridden), none without such decisions.
    std::optional<double> overrideRate() const;
};

struct RuleOverrideRow
{
    QString decision; // the DMN decision the rule belongs to
    QString ruleId;
    qint64 matched = 0;    // decided proposals the rule matched in
    qint64 overridden = 0; // of those, overridden
    double overrideRate() const { return matched ? double(overridden) / double(matched) : 0.0; }
};

struct LeadTimePoint
{
    QDate period;
    qint64 decided = 0;
    std::optional<double> medianDays;
    std::optional<double> p90Days;
    qint64 pastDeadline = 0; // decided in the period after the deadline
};

struct LeadTimes
{
    QList<LeadTimePoint> points;
    std::optional<double> medianDays; // over the whole range
    std::optional<double> p90Days;
    qint64 decidedPastDeadline = 0; // in the range
    qint64 openPastDeadline = 0;    // now, whatever the range
};

struct ChartSummary
{
    qint64 decided = 0;
    std::optional<double> shareWithoutChange; // confirmed unchanged / handled
    std::optional<double> medianLeadDays;
    std::optional<double> overrideRate;
    qint64 pastDeadline = 0; // decided late in the range + open past deadline now
};

// Everything the charts view shows for one filter.
struct ChartData
{
    ChartFilter filter;
    QList<ThroughputPoint> throughput;
    QList<AutomationSharePoint> automationShare;
    QList<ErrorRatePoint> errorRates;
    QList<RuleOverrideRow> ruleOverrides;
    LeadTimes leadTimes;
    ChartSummary summary;
};

struct PastDeadlineCase
{
    QString caseId;
    QString caseType;
    QDate received;
    QDate dueOn;
    QDate decided; // null while open
    int daysLate = 0;
};

struct ChartChoice
{
    QString label; // what the filter box shows
    QString code;  // case type code, "packId version", or the user's id as text
};

class ChartQueries
{
public:
    ChartQueries(QSqlDatabase db, const SqlDialect &dialect);

    // today decides which open cases are past their deadline.
    void setToday(QDate today) { m_today = today; }

    Result<QList<ThroughputPoint>> throughput(const ChartFilter &filter) const;
    Result<QList<AutomationSharePoint>> automationShare(const ChartFilter &filter) const;
    Result<QList<ErrorRatePoint>> errorRates(const ChartFilter &filter) const;
    // Rules that matched in decided proposals, most overridden first.
    Result<QList<RuleOverrideRow>> ruleOverrides(const ChartFilter &filter) const;
    Result<LeadTimes> leadTimes(const ChartFilter &filter) const;
    // All of the above and the summary: what the view runs on every refresh.
    Result<ChartData> all(const ChartFilter &filter) const;
    static ChartSummary summarize(const ChartData &data);

    // The cases behind a row of the per-rule list (overridden ones only, or every decided
    // proposal the rule matched in), newest decision first.
    Result<QStringList> casesForRule(const QString &decision, const QString &ruleId,
                                     const ChartFilter &filter, bool overriddenOnly,
                                     int limit = 1000) const;
    // Cases decided late in the range and open cases past their deadline, most overdue first.
    Result<QList<PastDeadlineCase>> casesPastDeadline(const ChartFilter &filter,
                                                      int limit = 1000) const;

    // Choices for the filter boxes: case types, rule pack versions that decided something,
    // caseworkers who decided something.
    QList<ChartChoice> caseTypeChoices() const;
    QList<ChartChoice> packChoices() const;
    QList<ChartChoice> caseworkerChoices() const;
    // The case type's days from receipt to the decision deadline; none for an unknown or
    // empty code (the lead-time chart draws it as a line).
    std::optional<int> deadlineDays(const QString &caseType) const;

private:
    QSqlDatabase m_db;
    const SqlDialect &m_dialect;
    QDate m_today = QDate::currentDate();
};

} // namespace casebench
