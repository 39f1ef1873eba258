// FEEL date and time built-ins: day of year, day of week, month of year, week of year, now,
// today.

#include "automation/feel/BuiltinsRegistry.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace casebench::feel::builtinlib {

namespace {

// Day/month names are FEEL values, not UI text: the spec fixes them in English.
const char *const WeekdayNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                    "Friday", "Saturday", "Sunday"};
const char *const MonthNames[] = {"January",   "February", "March",    "April",
                                  "May",       "June",     "July",     "August",
                                  "September", "October",  "November", "December"};

Impl ofDate(const QString &name, std::function<Value(const Date &)> f)
{
    return [name, f](const Args &a, CallContext &ctx) -> Value {
        if (a[0].isNull())
            return Value();
        if (a[0].is(ValueKind::Date))
            return f(a[0].date());
        if (a[0].is(ValueKind::DateTime))
            return f(a[0].dateTime().date());
        return fail(ctx, name, tr("date must be a date or date and time"));
    };
}

DateTime currentDateTime()
{
    const QDateTime now = QDateTime::currentDateTime();
    const QDate d = now.date();
    const QTime t = now.time();
    const Date date = *Date::fromYmd(d.year(), d.month(), d.day());
    const Time time = *Time::fromParts(t.hour(), t.minute(), t.second(), t.msec() * 1'000'000,
                                       now.offsetFromUtc());
    return DateTime(date, time);
}

} // namespace

void registerTemporal(Registry &r)
{
    add(r, u"day of year"_s, {{{u"date"_s}, 1, false, ofDate(u"day of year"_s, [](const Date &d) {
                                   return Value::number(d.dayOfYear());
                               })}});
    add(r, u"day of week"_s, {{{u"date"_s}, 1, false, ofDate(u"day of week"_s, [](const Date &d) {
                                   return Value(QString::fromLatin1(WeekdayNames[d.weekday() - 1]));
                               })}});
    add(r, u"month of year"_s,
        {{{u"date"_s}, 1, false, ofDate(u"month of year"_s, [](const Date &d) {
              return Value(QString::fromLatin1(MonthNames[d.month() - 1]));
          })}});
    add(r, u"week of year"_s, {{{u"date"_s}, 1, false, ofDate(u"week of year"_s, [](const Date &d) {
                                    return Value::number(d.weekOfYear());
                                })}});
    // Both tell the context they read the clock: a result that depends on them is not the
    // same on every call, so nothing may remember it (CallMemo).
    add(r, u"now"_s, {{{}, 0, false, [](const Args &, CallContext &ctx) {
                           ctx.noteClockRead();
                           return Value(currentDateTime());
                       }}});
    add(r, u"today"_s, {{{}, 0, false, [](const Args &, CallContext &ctx) {
                             ctx.noteClockRead();
                             return Value(currentDateTime().date());
                         }}});
}

} // namespace casebench::feel::builtinlib
