#include "model/ChartPeriod.h"

#include <QCoreApplication>

namespace casebench {

QDate periodStart(QDate day, ChartPeriod period)
{
    switch (period) {
    case ChartPeriod::Day:
        return day;
    case ChartPeriod::Week:
        return day.addDays(1 - day.dayOfWeek()); // Qt: Monday = 1
    case ChartPeriod::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return day;
}

QDate nextPeriodStart(QDate start, ChartPeriod period)
{
    switch (period) {
    case ChartPeriod::Day:
        return start.addDays(1);
    case ChartPeriod::Week:
        return start.addDays(7);
    case ChartPeriod::Month:
        return start.addMonths(1);
    }
    return start.addDays(1);
}

QList<QDate> periodStarts(QDate from, QDate to, ChartPeriod period)
{
    QList<QDate> starts;
    if (!from.isValid() || !to.isValid() || to < from)
        return starts;
    for (QDate d = periodStart(from, period); d <= to; d = nextPeriodStart(d, period))
        starts.append(d);
    return starts;
}

QString periodLabel(QDate start, ChartPeriod period)
{
    switch (period) {
    case ChartPeriod::Day:
        return start.toString(Qt::ISODate);
    case ChartPeriod::Week: {
        int year = 0;
        const int week = start.weekNumber(&year);
        //: ISO week label in charts: %1 week number, %2 the week's year
        return QCoreApplication::translate("ChartPeriod", "w. %1 %2").arg(week).arg(year);
    }
    case ChartPeriod::Month:
        return start.toString(QStringLiteral("yyyy-MM"));
    }
    return start.toString(Qt::ISODate);
}

QString periodCode(ChartPeriod period)
{
    switch (period) {
    case ChartPeriod::Day:
        return QStringLiteral("day");
    case ChartPeriod::Week:
        return QStringLiteral("week");
    case ChartPeriod::Month:
        return QStringLiteral("month");
    }
    return QStringLiteral("day");
}

} // namespace casebench
