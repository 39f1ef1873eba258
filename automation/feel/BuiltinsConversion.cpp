// FEEL conversion built-ins: date, date and time, time, duration, years and months duration,
// number, string; plus the boolean not() and is().

#include "automation/feel/BuiltinsRegistry.h"

using namespace Qt::StringLiterals;

namespace casebench::feel::builtinlib {

namespace {

Value dateFrom(const Args &a, CallContext &ctx)
{
    const Value &from = a[0];
    switch (from.kind()) {
    case ValueKind::Null:
        return Value();
    case ValueKind::String:
        if (const auto d = Date::fromString(from.string()))
            return Value(*d);
        return fail(ctx, u"date"_s, tr("'%1' is not a date").arg(from.string()));
    case ValueKind::Date:
        return from;
    case ValueKind::DateTime:
        return Value(from.dateTime().date());
    default:
        return fail(ctx, u"date"_s, tr("from must be a string, date or date and time"));
    }
}

Value dateFromParts(const Args &a, CallContext &ctx)
{
    if (a[0].isNull() || a[1].isNull() || a[2].isNull())
        return Value();
    const auto y = integerOf(a[0]);
    const auto m = integerOf(a[1]);
    const auto d = integerOf(a[2]);
    if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1 || *d > 31)
        return fail(ctx, u"date"_s, tr("year, month and day must be integers of a real date"));
    if (const auto date = Date::fromYmd(*y, static_cast<int>(*m), static_cast<int>(*d)))
        return Value(*date);
    return fail(ctx, u"date"_s, tr("year, month and day must be integers of a real date"));
}

Value dateTimeFrom(const Args &a, CallContext &ctx)
{
    const Value &from = a[0];
    switch (from.kind()) {
    case ValueKind::Null:
        return Value();
    case ValueKind::String:
        if (const auto dt = DateTime::fromString(from.string()))
            return Value(*dt);
        return fail(ctx, u"date and time"_s, tr("'%1' is not a date and time").arg(from.string()));
    case ValueKind::Date:
        return Value(DateTime(from.date(), Time()));
    case ValueKind::DateTime:
        return from;
    default:
        return fail(ctx, u"date and time"_s, tr("from must be a string"));
    }
}

Value dateTimeFromParts(const Args &a, CallContext &ctx)
{
    if (a[0].isNull() || a[1].isNull())
        return Value();
    Date date;
    if (a[0].is(ValueKind::Date))
        date = a[0].date();
    else if (a[0].is(ValueKind::DateTime))
        date = a[0].dateTime().date();
    else
        return fail(ctx, u"date and time"_s, tr("date must be a date or date and time"));
    if (!a[1].is(ValueKind::Time))
        return fail(ctx, u"date and time"_s, tr("time must be a time"));
    return Value(DateTime(date, a[1].time()));
}

Value timeFrom(const Args &a, CallContext &ctx)
{
    const Value &from = a[0];
    switch (from.kind()) {
    case ValueKind::Null:
        return Value();
    case ValueKind::String:
        if (const auto t = Time::fromString(from.string()))
            return Value(*t);
        return fail(ctx, u"time"_s, tr("'%1' is not a time").arg(from.string()));
    case ValueKind::Time:
        return from;
    case ValueKind::DateTime:
        return Value(from.dateTime().time());
    case ValueKind::Date:
        // A date carries no time of day: the spec takes midnight UTC.
        return Value(*Time::fromParts(0, 0, 0, 0, 0));
    default:
        return fail(ctx, u"time"_s, tr("from must be a string, date or date and time"));
    }
}

Value timeFromParts(const Args &a, CallContext &ctx)
{
    if (a[0].isNull() || a[1].isNull() || a[2].isNull())
        return Value();
    const auto h = integerOf(a[0]);
    const auto m = integerOf(a[1]);
    if (!h || !m || !a[2].is(ValueKind::Number))
        return fail(ctx, u"time"_s, tr("hour, minute and second must be numbers"));
    const Decimal &second = a[2].number();
    const auto whole = second.round(0, RoundingMode::Floor).toInt64();
    const auto nanos =
        ((second - second.round(0, RoundingMode::Floor)) * Decimal::fromInt64(1'000'000'000))
            .round(0, RoundingMode::HalfEven)
            .toInt64();
    std::optional<int> offset;
    if (a.size() > 3 && !a[3].isNull()) {
        if (!a[3].is(ValueKind::DaysTimeDuration) || a[3].daysTimeDuration().nanos() != 0)
            return fail(ctx, u"time"_s, tr("offset must be a days and time duration"));
        offset = static_cast<int>(a[3].daysTimeDuration().seconds());
    }
    if (!whole || !nanos || *h < 0 || *h > 23 || *m < 0 || *m > 59 || *whole < 0 || *whole > 59)
        return fail(ctx, u"time"_s, tr("hour, minute or second out of range"));
    const auto t = Time::fromParts(static_cast<int>(*h), static_cast<int>(*m),
                                   static_cast<int>(*whole), static_cast<int>(*nanos), offset);
    if (!t)
        return fail(ctx, u"time"_s, tr("offset out of range"));
    return Value(*t);
}

Value durationFrom(const Args &a, CallContext &ctx)
{
    const Value &from = a[0];
    if (from.isNull())
        return Value();
    if (from.is(ValueKind::DaysTimeDuration) || from.is(ValueKind::YearsMonthsDuration))
        return from;
    if (!from.is(ValueKind::String))
        return fail(ctx, u"duration"_s, tr("from must be a string"));
    if (const auto ym = YearsMonthsDuration::fromString(from.string()))
        return Value(*ym);
    if (const auto dt = DaysTimeDuration::fromString(from.string()))
        return Value(*dt);
    return fail(ctx, u"duration"_s, tr("'%1' is not a duration").arg(from.string()));
}

std::optional<Date> dateOf(const Value &v)
{
    if (v.is(ValueKind::Date))
        return v.date();
    if (v.is(ValueKind::DateTime))
        return v.dateTime().date();
    return std::nullopt;
}

Value yearsAndMonths(const Args &a, CallContext &ctx)
{
    if (a[0].isNull() || a[1].isNull())
        return Value();
    const auto from = dateOf(a[0]);
    const auto to = dateOf(a[1]);
    if (!from || !to)
        return fail(ctx, u"years and months duration"_s,
                    tr("from and to must be dates or date and times"));
    qint64 months = monthsBetween(*from, *to).totalMonths();
    // On the same day of the month the time of day decides whether the last month is whole.
    if (a[0].is(ValueKind::DateTime) && a[1].is(ValueKind::DateTime) && from->day() == to->day()) {
        const qint64 fromTime = a[0].dateTime().time().nanosOfDay();
        const qint64 toTime = a[1].dateTime().time().nanosOfDay();
        if (months > 0 && toTime < fromTime)
            --months;
        else if (months < 0 && toTime > fromTime)
            ++months;
    }
    return Value(YearsMonthsDuration(months));
}

Value numberFrom(const Args &a, CallContext &ctx)
{
    if (a[0].isNull())
        return Value();
    if (!a[0].is(ValueKind::String))
        return fail(ctx, u"number"_s, tr("from must be a string"));
    QString grouping;
    QString decimalSeparator = u"."_s;
    if (a.size() > 1 && !a[1].isNull()) {
        if (!a[1].is(ValueKind::String) ||
            !QStringList{u" "_s, u","_s, u"."_s}.contains(a[1].string()))
            return fail(ctx, u"number"_s, tr("grouping separator must be ' ', ',' or '.'"));
        grouping = a[1].string();
    }
    if (a.size() > 2 && !a[2].isNull()) {
        if (!a[2].is(ValueKind::String) || !QStringList{u","_s, u"."_s}.contains(a[2].string()))
            return fail(ctx, u"number"_s, tr("decimal separator must be ',' or '.'"));
        decimalSeparator = a[2].string();
    }
    if (grouping == decimalSeparator)
        return fail(ctx, u"number"_s, tr("grouping and decimal separator must differ"));
    QString text = a[0].string();
    if (!grouping.isEmpty())
        text.remove(grouping);
    if (decimalSeparator != u"."_s) {
        if (text.contains(u'.'))
            return fail(ctx, u"number"_s, tr("'%1' is not a number").arg(a[0].string()));
        text.replace(decimalSeparator, u"."_s);
    }
    if (const auto d = Decimal::fromString(text))
        return Value(*d);
    return fail(ctx, u"number"_s, tr("'%1' is not a number").arg(a[0].string()));
}

// is(): same kind and the same representation, so 10:00+01:00 is not 10:00@Europe/Paris.
Value sameValue(const Args &a, CallContext &)
{
    const Value x = a.value(0);
    const Value y = a.value(1);
    if (x.kind() != y.kind())
        return Value(false);
    switch (x.kind()) {
    case ValueKind::Time:
        return Value(x.time() == y.time());
    case ValueKind::DateTime:
        return Value(x.dateTime() == y.dateTime());
    default:
        return Value(isFeelEqual(x, y));
    }
}

} // namespace

void registerConversion(Registry &r)
{
    add(r, u"date"_s,
        {{{u"from"_s}, 1, false, dateFrom},
         {{u"year"_s, u"month"_s, u"day"_s}, 3, false, dateFromParts}});
    add(r, u"date and time"_s,
        {{{u"from"_s}, 1, false, dateTimeFrom},
         {{u"date"_s, u"time"_s}, 2, false, dateTimeFromParts}});
    add(r, u"time"_s,
        {{{u"from"_s}, 1, false, timeFrom},
         {{u"hour"_s, u"minute"_s, u"second"_s, u"offset"_s}, 3, false, timeFromParts}});
    add(r, u"duration"_s, {{{u"from"_s}, 1, false, durationFrom}});
    add(r, u"years and months duration"_s, {{{u"from"_s, u"to"_s}, 2, false, yearsAndMonths}});
    add(r, u"number"_s,
        {{{u"from"_s, u"grouping separator"_s, u"decimal separator"_s}, 1, false, numberFrom}});
    add(r, u"string"_s, {{{u"from"_s}, 1, false, [](const Args &a, CallContext &) {
                              return a[0].isNull() ? Value() : Value(stringOf(a[0]));
                          }}});
    add(r, u"not"_s, {{{u"negand"_s}, 1, false, [](const Args &a, CallContext &) {
                           return a[0].is(ValueKind::Boolean) ? Value(!a[0].boolean()) : Value();
                       }}});
    // A missing argument is null, which is never the same as a value (TCK 0103).
    add(r, u"is"_s, {{{u"value1"_s, u"value2"_s}, 0, false, sameValue}});
}

} // namespace casebench::feel::builtinlib
