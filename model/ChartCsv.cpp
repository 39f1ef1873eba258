#include "model/ChartCsv.h"

#include <QCoreApplication>
#include <QStringList>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ChartCsv", text);
}

QString field(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString number(std::optional<double> value, int decimals = 2)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
}

class Csv
{
public:
    explicit Csv(const QStringList &header) { line(header); }
    void line(const QStringList &fields)
    {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(field(f));
        m_text += quoted.join(u',') + QStringLiteral("\r\n");
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

QStringList periodColumns()
{
    return {tr("period_start"), tr("period")};
}

QStringList period(QDate start, ChartPeriod p)
{
    return {start.toString(Qt::ISODate), periodLabel(start, p)};
}

} // namespace

QByteArray throughputCsv(const QList<ThroughputPoint> &points, ChartPeriod p)
{
    Csv csv(periodColumns() + QStringList{tr("received"), tr("decided"), tr("open_at_end")});
    for (const ThroughputPoint &point : points) {
        csv.line(period(point.period, p) + QStringList{QString::number(point.received),
                                                       QString::number(point.decided),
                                                       QString::number(point.openAtEnd)});
    }
    return csv.bytes();
}

QByteArray automationShareCsv(const QList<AutomationSharePoint> &points, ChartPeriod p)
{
    Csv csv(periodColumns() + QStringList{tr("confirmed_unchanged"), tr("overridden"),
                                          tr("returned"), tr("manual_handling"), tr("total")});
    for (const AutomationSharePoint &point : points) {
        csv.line(period(point.period, p) +
                 QStringList{QString::number(point.confirmed), QString::number(point.overridden),
                             QString::number(point.returned), QString::number(point.manual),
                             QString::number(point.total())});
    }
    return csv.bytes();
}

QByteArray errorRatesCsv(const QList<ErrorRatePoint> &points, ChartPeriod p)
{
    Csv csv(periodColumns() + QStringList{tr("confirmed"), tr("overridden"), tr("override_rate"),
                                          tr("spot_checked"), tr("spot_check_failures"),
                                          tr("automation_errors")});
    for (const ErrorRatePoint &point : points) {
        csv.line(period(point.period, p) +
                 QStringList{QString::number(point.confirmed), QString::number(point.overridden),
                             number(point.overrideRate(), 4), QString::number(point.spotChecked),
                             QString::number(point.spotCheckFailures),
                             QString::number(point.automationErrors)});
    }
    return csv.bytes();
}

QByteArray ruleOverridesCsv(const QList<RuleOverrideRow> &rows)
{
    Csv csv({tr("decision"), tr("rule"), tr("matched"), tr("overridden"), tr("override_rate")});
    for (const RuleOverrideRow &row : rows) {
        csv.line({row.decision, row.ruleId, QString::number(row.matched),
                  QString::number(row.overridden), QString::number(row.overrideRate(), 'f', 4)});
    }
    return csv.bytes();
}

QByteArray leadTimesCsv(const LeadTimes &lead, ChartPeriod p)
{
    Csv csv(periodColumns() + QStringList{tr("decided"), tr("median_days"), tr("p90_days"),
                                          tr("decided_past_deadline")});
    for (const LeadTimePoint &point : lead.points) {
        csv.line(period(point.period, p) +
                 QStringList{QString::number(point.decided), number(point.medianDays),
                             number(point.p90Days), QString::number(point.pastDeadline)});
    }
    return csv.bytes();
}

QByteArray pastDeadlineCsv(const QList<PastDeadlineCase> &cases)
{
    Csv csv({tr("case_id"), tr("case_type"), tr("received"), tr("due_on"), tr("decided"),
             tr("days_late")});
    for (const PastDeadlineCase &c : cases) {
        csv.line({c.caseId, c.caseType, c.received.toString(Qt::ISODate),
                  c.dueOn.toString(Qt::ISODate),
                  c.decided.isValid() ? c.decided.toString(Qt::ISODate) : QString(),
                  QString::number(c.daysLate)});
    }
    return csv.bytes();
}

} // namespace casebench
