#include "automation/feel/Temporal.h"

#include <QDateTime>
#include <QTimeZone>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace casebench::feel {

namespace {

constexpr qint64 MaxYear = 999'999'999;
constexpr qint64 SecondsPerDay = 86'400;
constexpr qint64 NanosPerSecond = 1'000'000'000;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 floorMod(qint64 a, qint64 b)
{
    return a - floorDiv(a, b) * b;
}

bool isLeap(qint64 y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(qint64 year, int month)
{
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeap(year) ? 29 : days[month - 1];
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(qint64 y, int m, int d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = floorDiv(y, 400);
    const qint64 yoe = y - era * 400;
    const qint64 mp = (m + 9) % 12;
    const qint64 doy = (153 * mp + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(qint64 z, qint64 &y, int &m, int &d)
{
    z += 719468;
    const qint64 era = floorDiv(z, 146097);
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

// A tiny cursor over the text being parsed.
struct Cursor
{
    QStringView text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    QChar peek() const { return atEnd() ? QChar() : text[pos]; }
    bool accept(QChar c)
    {
        if (peek() != c)
            return false;
        ++pos;
        return true;
    }
    static bool isAsciiDigit(QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; }
    // Reads exactly `count` digits.
    std::optional<qint64> digits(int count)
    {
        qint64 v = 0;
        for (int i = 0; i < count; ++i) {
            if (!isAsciiDigit(peek()))
                return std::nullopt;
            v = v * 10 + (peek().unicode() - '0');
            ++pos;
        }
        return v;
    }
    // Reads one or more digits (at most `max`), returning the value and count.
    std::optional<qint64> someDigits(int max, int *count = nullptr)
    {
        qint64 v = 0;
        int n = 0;
        while (isAsciiDigit(peek()) && n < max) {
            v = v * 10 + (peek().unicode() - '0');
            ++pos;
            ++n;
        }
        if (isAsciiDigit(peek()) || n == 0)
            return std::nullopt;
        if (count)
            *count = n;
        return v;
    }
};

std::optional<Date> parseDate(Cursor &c)
{
    const bool negative = c.accept(u'-');
    int yearDigits = 0;
    const qsizetype yearStart = c.pos;
    const auto year = c.someDigits(9, &yearDigits);
    if (!year || yearDigits < 4)
        return std::nullopt;
    if (yearDigits > 4 && c.text[yearStart] == u'0')
        return std::nullopt; // XSD: more than four digits means no leading zero
    if (!c.accept(u'-'))
        return std::nullopt;
    const auto month = c.digits(2);
    if (!month || !c.accept(u'-'))
        return std::nullopt;
    const auto day = c.digits(2);
    if (!day)
        return std::nullopt;
    return Date::fromYmd(negative ? -*year : *year, static_cast<int>(*month),
                         static_cast<int>(*day));
}

// endOfDay is set for "24:00:00", which XSD allows as the midnight that ends the day.
std::optional<Time> parseTime(Cursor &c, bool *endOfDay = nullptr)
{
    const auto h = c.digits(2);
    if (!h || !c.accept(u':'))
        return std::nullopt;
    const auto m = c.digits(2);
    if (!m || !c.accept(u':'))
        return std::nullopt;
    const auto s = c.digits(2);
    if (!s)
        return std::nullopt;
    qint64 nanos = 0;
    if (c.accept(u'.')) {
        int n = 0;
        while (Cursor::isAsciiDigit(c.peek())) {
            if (n < 9)
                nanos = nanos * 10 + (c.peek().unicode() - '0');
            ++n;
            ++c.pos;
        }
        if (n == 0)
            return std::nullopt;
        for (int i = n; i < 9; ++i)
            nanos *= 10;
    }
    std::optional<int> offset;
    QString zone;
    if (c.accept(u'Z') || c.accept(u'z')) {
        offset = 0;
    } else if (c.peek() == u'+' || c.peek() == u'-') {
        const bool negative = c.peek() == u'-';
        ++c.pos;
        const auto oh = c.digits(2);
        if (!oh || !c.accept(u':'))
            return std::nullopt;
        const auto om = c.digits(2);
        if (!om)
            return std::nullopt;
        qint64 os = 0;
        if (c.accept(u':')) {
            const auto sec = c.digits(2);
            if (!sec)
                return std::nullopt;
            os = *sec;
        }
        if (*oh > 18 || *om > 59 || os > 59)
            return std::nullopt;
        const qint64 total = *oh * 3600 + *om * 60 + os;
        offset = static_cast<int>(negative ? -total : total);
    } else if (c.accept(u'@')) {
        zone = c.text.mid(c.pos).toString();
        c.pos = c.text.size();
        if (zone.isEmpty() || !QTimeZone(zone.toUtf8()).isValid())
            return std::nullopt;
    }
    int hour = static_cast<int>(*h);
    // XSD allows 24:00:00 for the end of the day; FEEL takes it as midnight.
    if (hour == 24 && *m == 0 && *s == 0 && nanos == 0) {
        hour = 0;
        if (endOfDay)
            *endOfDay = true;
    }
    return Time::fromParts(hour, static_cast<int>(*m), static_cast<int>(*s),
                           static_cast<int>(nanos), offset, zone);
}

QString twoDigits(qint64 v)
{
    return QString::number(v).rightJustified(2, u'0');
}

QString offsetString(int offset)
{
    if (offset == 0)
        return u"Z"_s;
    const int a = std::abs(offset);
    QString s =
        (offset < 0 ? u"-"_s : u"+"_s) + twoDigits(a / 3600) + u':' + twoDigits((a / 60) % 60);
    if (a % 60 != 0)
        s += u':' + twoDigits(a % 60);
    return s;
}

QString fractionString(int nanos)
{
    if (nanos == 0)
        return {};
    QString f = QString::number(nanos).rightJustified(9, u'0');
    while (f.endsWith(u'0'))
        f.chop(1);
    return u'.' + f;
}

std::optional<int> zoneOffsetAt(const QString &zoneId, const Date &date, const Time &time)
{
    const QTimeZone tz(zoneId.toUtf8());
    if (!tz.isValid())
        return std::nullopt;
    // QDate covers far more years than any rule set; clamp to keep QDate's int in range.
    const qint64 y = std::clamp<qint64>(date.year(), -100'000, 100'000);
    const QDateTime dt(QDate(static_cast<int>(y), date.month(), date.day()),
                       QTime(time.hour(), time.minute(), time.second()), tz);
    return dt.offsetFromUtc();
}

// Parses the number before a duration designator: digits, or digits.fraction for seconds.
struct DurationParts
{
    bool negative = false;
    qint64 years = 0, months = 0, days = 0, hours = 0, minutes = 0, seconds = 0;
    qint64 nanos = 0;
    bool hasYearMonth = false;
    bool hasDayTime = false;
};

std::optional<DurationParts> parseDuration(QStringView text)
{
    Cursor c{text};
    DurationParts p;
    p.negative = c.accept(u'-');
    if (!c.accept(u'P'))
        return std::nullopt;
    bool inTime = false;
    bool any = false;
    int order = 0; // designators must come in order Y M D T H M S
    while (!c.atEnd()) {
        if (c.accept(u'T')) {
            if (inTime)
                return std::nullopt;
            inTime = true;
            order = 3;
            if (c.atEnd())
                return std::nullopt;
            continue;
        }
        int count = 0;
        const auto value = c.someDigits(18, &count);
        if (!value)
            return std::nullopt;
        qint64 fraction = 0;
        bool hasFraction = false;
        if (c.accept(u'.')) {
            int n = 0;
            while (Cursor::isAsciiDigit(c.peek())) {
                if (n < 9)
                    fraction = fraction * 10 + (c.peek().unicode() - '0');
                ++n;
                ++c.pos;
            }
            // "PT0.S" (no fraction digits) occurs in the TCK and means whole seconds.
            for (int i = n; i < 9; ++i)
                fraction *= 10;
            hasFraction = true;
        }
        const QChar d = c.peek();
        ++c.pos;
        int rank = 0;
        if (!inTime && d == u'Y')
            rank = 1, p.years = *value, p.hasYearMonth = true;
        else if (!inTime && d == u'M')
            rank = 2, p.months = *value, p.hasYearMonth = true;
        else if (!inTime && d == u'D')
            rank = 3, p.days = *value, p.hasDayTime = true;
        else if (inTime && d == u'H')
            rank = 4, p.hours = *value, p.hasDayTime = true;
        else if (inTime && d == u'M')
            rank = 5, p.minutes = *value, p.hasDayTime = true;
        else if (inTime && d == u'S')
            rank = 6, p.seconds = *value, p.nanos = fraction, p.hasDayTime = true;
        else
            return std::nullopt;
        if (rank <= order || (hasFraction && rank != 6))
            return std::nullopt;
        order = rank;
        any = true;
    }
    if (!any)
        return std::nullopt;
    return p;
}

} // namespace

// ---- Date ---------------------------------------------------------------------------------

std::optional<Date> Date::fromYmd(qint64 year, int month, int day)
{
    if (year < -MaxYear || year > MaxYear || month < 1 || month > 12 || day < 1 ||
        day > daysInMonth(year, month))
        return std::nullopt;
    Date d;
    d.m_year = year;
    d.m_month = month;
    d.m_day = day;
    return d;
}

std::optional<Date> Date::fromString(QStringView text)
{
    Cursor c{text};
    auto d = parseDate(c);
    if (!d || !c.atEnd())
        return std::nullopt;
    return d;
}

Date Date::fromEpochDays(qint64 days)
{
    Date d;
    civilFromDays(days, d.m_year, d.m_month, d.m_day);
    return d;
}

qint64 Date::epochDays() const
{
    return daysFromCivil(m_year, m_month, m_day);
}

int Date::weekday() const
{
    return static_cast<int>(floorMod(epochDays() + 3, 7)) + 1;
}

int Date::dayOfYear() const
{
    return static_cast<int>(epochDays() - daysFromCivil(m_year, 1, 1)) + 1;
}

int Date::weekOfYear() const
{
    // ISO 8601: the week belongs to the year of its Thursday.
    const Date thursday = addDays(4 - weekday());
    return (thursday.dayOfYear() - 1) / 7 + 1;
}

bool Date::isLeapYear() const
{
    return isLeap(m_year);
}

std::optional<Date> Date::addMonths(qint64 months) const
{
    const qint64 total = m_year * 12 + (m_month - 1) + months;
    const qint64 year = floorDiv(total, 12);
    const int month = static_cast<int>(floorMod(total, 12)) + 1;
    if (year < -MaxYear || year > MaxYear)
        return std::nullopt;
    return fromYmd(year, month, std::min(m_day, daysInMonth(year, month)));
}

QString Date::toString() const
{
    QString y = QString::number(m_year < 0 ? -m_year : m_year).rightJustified(4, u'0');
    if (m_year < 0)
        y.prepend(u'-');
    return y + u'-' + twoDigits(m_month) + u'-' + twoDigits(m_day);
}

// ---- Time ---------------------------------------------------------------------------------

std::optional<Time> Time::fromParts(int hour, int minute, int second, int nanosecond,
                                    std::optional<int> offsetSeconds, const QString &zoneId)
{
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 ||
        nanosecond < 0 || nanosecond >= NanosPerSecond)
        return std::nullopt;
    if (offsetSeconds && std::abs(*offsetSeconds) > 18 * 3600)
        return std::nullopt;
    Time t;
    t.m_hour = hour;
    t.m_minute = minute;
    t.m_second = second;
    t.m_nanosecond = nanosecond;
    t.m_offset = offsetSeconds;
    t.m_zoneId = zoneId;
    return t;
}

std::optional<Time> Time::fromString(QStringView text)
{
    Cursor c{text};
    auto t = parseTime(c);
    if (!t || !c.atEnd())
        return std::nullopt;
    return t;
}

qint64 Time::nanosOfDay() const
{
    return ((m_hour * 60LL + m_minute) * 60 + m_second) * NanosPerSecond + m_nanosecond;
}

std::optional<int> Time::effectiveOffsetSeconds() const
{
    if (m_offset)
        return m_offset;
    if (!m_zoneId.isEmpty())
        return zoneOffsetAt(m_zoneId, Date(), *this);
    return std::nullopt;
}

Time Time::addNanos(qint64 seconds, qint64 nanos) const
{
    const qint64 dayNanos = SecondsPerDay * NanosPerSecond;
    const qint64 shift = floorMod(seconds, SecondsPerDay) * NanosPerSecond + nanos % dayNanos;
    const qint64 n = floorMod(nanosOfDay() + shift, dayNanos);
    Time t = *this;
    const qint64 secs = n / NanosPerSecond;
    t.m_nanosecond = static_cast<int>(n % NanosPerSecond);
    t.m_second = static_cast<int>(secs % 60);
    t.m_minute = static_cast<int>((secs / 60) % 60);
    t.m_hour = static_cast<int>(secs / 3600);
    return t;
}

QString Time::toString() const
{
    QString s = twoDigits(m_hour) + u':' + twoDigits(m_minute) + u':' + twoDigits(m_second) +
                fractionString(m_nanosecond);
    if (!m_zoneId.isEmpty())
        s += u'@' + m_zoneId;
    else if (m_offset)
        s += offsetString(*m_offset);
    return s;
}

// ---- DateTime -----------------------------------------------------------------------------

std::optional<DateTime> DateTime::fromString(QStringView text)
{
    Cursor c{text};
    const auto d = parseDate(c);
    if (!d)
        return std::nullopt;
    if (c.atEnd())
        return DateTime(*d, Time());
    if (!c.accept(u'T'))
        return std::nullopt;
    bool endOfDay = false;
    const auto t = parseTime(c, &endOfDay);
    if (!t || !c.atEnd())
        return std::nullopt;
    return DateTime(endOfDay ? d->addDays(1) : *d, *t);
}

std::optional<int> DateTime::offsetSeconds() const
{
    if (m_time.offsetSeconds())
        return m_time.offsetSeconds();
    if (!m_time.zoneId().isEmpty())
        return zoneOffsetAt(m_time.zoneId(), m_date, m_time);
    return std::nullopt;
}

qint64 DateTime::localEpochSeconds() const
{
    return m_date.epochDays() * SecondsPerDay + m_time.nanosOfDay() / NanosPerSecond;
}

qint64 DateTime::utcEpochSeconds() const
{
    return localEpochSeconds() - offsetSeconds().value_or(0);
}

DateTime DateTime::withLocalEpoch(qint64 localSeconds, int nanosecond) const
{
    const qint64 days = floorDiv(localSeconds, SecondsPerDay);
    const qint64 secs = floorMod(localSeconds, SecondsPerDay);
    Time t = m_time;
    t = *Time::fromParts(static_cast<int>(secs / 3600), static_cast<int>((secs / 60) % 60),
                         static_cast<int>(secs % 60), nanosecond, m_time.offsetSeconds(),
                         m_time.zoneId());
    return DateTime(Date::fromEpochDays(days), t);
}

DateTime DateTime::plus(const DaysTimeDuration &d) const
{
    qint64 nanos = m_time.nanosecond() + qint64(d.nanos());
    qint64 secs = localEpochSeconds() + d.seconds() + floorDiv(nanos, NanosPerSecond);
    nanos = floorMod(nanos, NanosPerSecond);
    return withLocalEpoch(secs, static_cast<int>(nanos));
}

std::optional<DateTime> DateTime::plus(const YearsMonthsDuration &d) const
{
    const auto date = m_date.addMonths(d.totalMonths());
    if (!date)
        return std::nullopt;
    return DateTime(*date, m_time);
}

QString DateTime::toString() const
{
    return m_date.toString() + u'T' + m_time.toString();
}

DaysTimeDuration difference(const DateTime &a, const DateTime &b)
{
    return DaysTimeDuration::fromSecondsAndNanos(a.utcEpochSeconds() - b.utcEpochSeconds(),
                                                 qint64(a.time().nanosecond()) -
                                                     b.time().nanosecond());
}

YearsMonthsDuration monthsBetween(const Date &from, const Date &to)
{
    qint64 months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    // Only whole months count: step back when the last month is not complete.
    if (months > 0 && to.day() < from.day())
        --months;
    else if (months < 0 && to.day() > from.day())
        ++months;
    return YearsMonthsDuration(months);
}

// ---- DaysTimeDuration ---------------------------------------------------------------------

DaysTimeDuration DaysTimeDuration::fromSecondsAndNanos(qint64 seconds, qint64 nanos)
{
    seconds += nanos / NanosPerSecond;
    nanos %= NanosPerSecond;
    if (seconds > 0 && nanos < 0) {
        --seconds;
        nanos += NanosPerSecond;
    } else if (seconds < 0 && nanos > 0) {
        ++seconds;
        nanos -= NanosPerSecond;
    }
    DaysTimeDuration d;
    d.m_seconds = seconds;
    d.m_nanos = static_cast<int>(nanos);
    return d;
}

std::optional<DaysTimeDuration> DaysTimeDuration::fromString(QStringView text)
{
    const auto p = parseDuration(text);
    if (!p || p->hasYearMonth)
        return std::nullopt;
    // Guard the multiplication against absurd inputs.
    if (p->days > 100'000'000'000LL || p->hours > 2'400'000'000'000LL ||
        p->minutes > 144'000'000'000'000LL)
        return std::nullopt;
    const qint64 secs = p->days * SecondsPerDay + p->hours * 3600 + p->minutes * 60 + p->seconds;
    return p->negative ? fromSecondsAndNanos(-secs, -p->nanos)
                       : fromSecondsAndNanos(secs, p->nanos);
}

std::optional<DaysTimeDuration> DaysTimeDuration::fromSeconds(const Decimal &seconds)
{
    const Decimal whole = seconds.round(0, RoundingMode::Down);
    const auto s = whole.toInt64();
    if (!s)
        return std::nullopt;
    const Decimal fraction = (seconds - whole) * Decimal::fromInt64(NanosPerSecond);
    const auto n = fraction.round(0, RoundingMode::HalfEven).toInt64();
    if (!n)
        return std::nullopt;
    return fromSecondsAndNanos(*s, *n);
}

Decimal DaysTimeDuration::totalSeconds() const
{
    const Decimal nanos = *Decimal::fromInt64(m_nanos).divide(Decimal::fromInt64(NanosPerSecond));
    return Decimal::fromInt64(m_seconds) + nanos;
}

QString DaysTimeDuration::toString() const
{
    const bool negative = isNegative();
    const qint64 secs = negative ? -m_seconds : m_seconds;
    const int nanos = negative ? -m_nanos : m_nanos;
    const qint64 days = secs / SecondsPerDay;
    const qint64 hours = (secs / 3600) % 24;
    const qint64 minutes = (secs / 60) % 60;
    const qint64 seconds = secs % 60;
    QString s = negative ? u"-P"_s : u"P"_s;
    if (days != 0)
        s += QString::number(days) + u'D';
    if (hours != 0 || minutes != 0 || seconds != 0 || nanos != 0) {
        s += u'T';
        if (hours != 0)
            s += QString::number(hours) + u'H';
        if (minutes != 0)
            s += QString::number(minutes) + u'M';
        if (seconds != 0 || nanos != 0)
            s += QString::number(seconds) + fractionString(nanos) + u'S';
    } else if (days == 0) {
        s += u"T0S"_s;
    }
    return s;
}

// ---- YearsMonthsDuration ------------------------------------------------------------------

std::optional<YearsMonthsDuration> YearsMonthsDuration::fromString(QStringView text)
{
    const auto p = parseDuration(text);
    if (!p || p->hasDayTime || p->years > 10'000'000'000LL)
        return std::nullopt;
    const qint64 months = p->years * 12 + p->months;
    return YearsMonthsDuration(p->negative ? -months : months);
}

QString YearsMonthsDuration::toString() const
{
    const qint64 m = m_months < 0 ? -m_months : m_months;
    QString s = m_months < 0 ? u"-P"_s : u"P"_s;
    if (m / 12 != 0)
        s += QString::number(m / 12) + u'Y';
    if (m % 12 != 0 || m == 0)
        s += QString::number(m % 12) + u'M';
    return s;
}

} // namespace casebench::feel
