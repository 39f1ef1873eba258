#pragma once
// ChartPeriod: the calendar buckets the team lead's charts count in — days, ISO weeks
// (Monday to Sunday) or months — and the list of periods a date range covers, so that a
// period without events is shown as zero instead of being left out.

#include <QDate>
#include <QList>
#include <QString>

namespace casebench {

enum class ChartPeriod { Day, Week, Month };

// The first day of the period holding day: the day itself, the Monday of its ISO week,
// the first of its month.
QDate periodStart(QDate day, ChartPeriod period);
// The first day of the next period.
QDate nextPeriodStart(QDate start, ChartPeriod period);
// The starts of every period from the one holding from to the one holding to, in order.
QList<QDate> periodStarts(QDate from, QDate to, ChartPeriod period);
// How people name a period: "2026-03-14", "v. 11 2026" (ISO week and its year), "2026-03".
QString periodLabel(QDate start, ChartPeriod period);
// Stable code for settings and CSV: "day", "week", "month".
QString periodCode(ChartPeriod period);

} // namespace casebench
