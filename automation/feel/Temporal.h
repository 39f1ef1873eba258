#pragma once

#include "automation/feel/Decimal.h"

#include <QString>
#include <QStringView>
#include <optional>

// The FEEL temporal value types: date, time, date and time, days and time duration,
// years and months duration. Small value types kept together because their arithmetic is
// defined in terms of each other.
namespace casebench::feel {

// A FEEL date: proleptic Gregorian calendar, years -999 999 999 … 999 999 999.
class Date
{
public:
    Date() = default; // 1970-01-01

    // The date if year/month/day name a real calendar day inside the FEEL year range.
    static std::optional<Date> fromYmd(qint64 year, int month, int day);
    // Parses "2017-02-28", "-0044-03-15", "999999999-12-31" (at least 4 year digits).
    static std::optional<Date> fromString(QStringView text);
    // The date `days` days after 1970-01-01 (negative = before).
    static Date fromEpochDays(qint64 days);

    qint64 year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }
    // Days since 1970-01-01.
    qint64 epochDays() const;
    // ISO weekday, 1 = Monday … 7 = Sunday.
    int weekday() const;
    // 1 … 366.
    int dayOfYear() const;
    // ISO 8601 week number, 1 … 53.
    int weekOfYear() const;
    // Whether the year is a leap year.
    bool isLeapYear() const;

    // Adds whole months, clamping the day to the end of the resulting month (Jan 31 + 1M =
    // Feb 28/29); nullopt outside the year range.
    std::optional<Date> addMonths(qint64 months) const;
    // Adds whole days.
    Date addDays(qint64 days) const { return fromEpochDays(epochDays() + days); }

    // "2017-02-28"; years beyond 4 digits as is, negative years with "-".
    QString toString() const;

    friend bool operator==(const Date &, const Date &) = default;
    friend auto operator<=>(const Date &, const Date &) = default;

private:
    qint64 m_year = 1970;
    int m_month = 1;
    int m_day = 1;
};

// A FEEL time of day with optional zone: none (local), a fixed UTC offset, or an IANA zone
// id ("Europe/Paris", whose offset depends on a date and is resolved when one is known).
class Time
{
public:
    Time() = default; // 00:00:00

    // The time if the fields are in range (an offset may be at most ±18:00).
    static std::optional<Time> fromParts(int hour, int minute, int second, int nanosecond,
                                         std::optional<int> offsetSeconds = std::nullopt,
                                         const QString &zoneId = QString());
    // Parses "10:30:00", "10:30:00.125", "10:30:00Z", "10:30:00+02:00", "10:30:00@Europe/Paris".
    static std::optional<Time> fromString(QStringView text);

    int hour() const { return m_hour; }
    int minute() const { return m_minute; }
    int second() const { return m_second; }
    int nanosecond() const { return m_nanosecond; }
    // Fixed UTC offset in seconds, if the time has one.
    std::optional<int> offsetSeconds() const { return m_offset; }
    // IANA zone id ("Europe/Paris"); empty for a local time or a fixed offset.
    const QString &zoneId() const { return m_zoneId; }
    bool hasZone() const { return m_offset.has_value() || !m_zoneId.isEmpty(); }
    // Nanoseconds since midnight, ignoring the zone.
    qint64 nanosOfDay() const;
    // Offset to use for comparison: the fixed offset, or the zone's offset on 1970-01-01;
    // nullopt for a local time or an unknown zone.
    std::optional<int> effectiveOffsetSeconds() const;

    // Adds a (possibly negative) number of seconds + nanos, wrapping around midnight.
    Time addNanos(qint64 seconds, qint64 nanos) const;

    // "10:30:00", "10:30:00.125", "10:30:00Z", "10:30:00+02:00", "10:30:00@Europe/Paris".
    QString toString() const;

    friend bool operator==(const Time &, const Time &) = default;

private:
    int m_hour = 0;
    int m_minute = 0;
    int m_second = 0;
    int m_nanosecond = 0;
    std::optional<int> m_offset;
    QString m_zoneId;
};

class DaysTimeDuration;
class YearsMonthsDuration;

// A FEEL date and time: a date, a time of day and the time's zone.
class DateTime
{
public:
    DateTime() = default;
    DateTime(const Date &date, const Time &time) : m_date(date), m_time(time) {}

    // Parses "2017-02-28T10:30:00", "…Z", "…+02:00", "…@Europe/Paris", and a plain date
    // "2017-02-28" (midnight, no zone).
    static std::optional<DateTime> fromString(QStringView text);

    const Date &date() const { return m_date; }
    const Time &time() const { return m_time; }
    bool hasZone() const { return m_time.hasZone(); }
    // Offset in seconds (fixed, or the zone id's offset at this local date and time).
    std::optional<int> offsetSeconds() const;
    // Seconds since 1970-01-01T00:00:00 of the local date and time (ignoring the zone).
    qint64 localEpochSeconds() const;
    // Seconds since the UTC epoch; a time without zone is taken as UTC.
    qint64 utcEpochSeconds() const;

    // The date and time `d` later (same zone).
    DateTime plus(const DaysTimeDuration &d) const;
    // The date and time `d` later; nullopt outside the year range. Day clamped to month end.
    std::optional<DateTime> plus(const YearsMonthsDuration &d) const;
    // The date and time at `localSeconds` since 1970-01-01T00:00:00 local time, keeping this
    // value's zone.
    DateTime withLocalEpoch(qint64 localSeconds, int nanosecond) const;

    // "2017-02-28T10:30:00", "…+02:00", "…Z", "…@Europe/Paris".
    QString toString() const;

    friend bool operator==(const DateTime &, const DateTime &) = default;

private:
    Date m_date;
    Time m_time;
};

// A FEEL days and time duration: exact seconds + nanoseconds, both with the same sign.
class DaysTimeDuration
{
public:
    DaysTimeDuration() = default;
    // Normalises seconds/nanos so that both carry the same sign and |nanos| < 1e9.
    static DaysTimeDuration fromSecondsAndNanos(qint64 seconds, qint64 nanos);
    // Parses "P1DT2H3M4.5S", "-PT1H", "P2D", "PT0.001S"; nullopt for years/months forms.
    static std::optional<DaysTimeDuration> fromString(QStringView text);
    // Seconds as a decimal number, nullopt if not representable.
    static std::optional<DaysTimeDuration> fromSeconds(const Decimal &seconds);

    qint64 seconds() const { return m_seconds; }
    int nanos() const { return m_nanos; }
    bool isNegative() const { return m_seconds < 0 || m_nanos < 0; }
    // FEEL properties: days, hours (0-23), minutes (0-59), seconds (0-59, whole part);
    // negative for negative durations.
    qint64 days() const { return m_seconds / 86400; }
    int hours() const { return static_cast<int>((m_seconds / 3600) % 24); }
    int minutes() const { return static_cast<int>((m_seconds / 60) % 60); }
    int secondsPart() const { return static_cast<int>(m_seconds % 60); }
    // Total length in seconds as an exact decimal.
    Decimal totalSeconds() const;

    DaysTimeDuration operator-() const { return fromSecondsAndNanos(-m_seconds, -m_nanos); }
    friend DaysTimeDuration operator+(const DaysTimeDuration &a, const DaysTimeDuration &b)
    {
        return fromSecondsAndNanos(a.m_seconds + b.m_seconds, qint64(a.m_nanos) + b.m_nanos);
    }
    friend DaysTimeDuration operator-(const DaysTimeDuration &a, const DaysTimeDuration &b)
    {
        return a + -b;
    }

    // "P1DT2H3M4.5S", "-PT1H", "PT0S" (canonical, days not folded into months).
    QString toString() const;

    friend bool operator==(const DaysTimeDuration &, const DaysTimeDuration &) = default;
    friend auto operator<=>(const DaysTimeDuration &, const DaysTimeDuration &) = default;

private:
    qint64 m_seconds = 0;
    int m_nanos = 0;
};

// A FEEL years and months duration: a whole number of months.
class YearsMonthsDuration
{
public:
    YearsMonthsDuration() = default;
    explicit YearsMonthsDuration(qint64 months) : m_months(months) {}
    // Parses "P1Y2M", "-P3M", "P5Y"; nullopt for forms with days or time.
    static std::optional<YearsMonthsDuration> fromString(QStringView text);

    qint64 totalMonths() const { return m_months; }
    // FEEL properties: whole years, and months 0-11 (negative for negative durations).
    qint64 years() const { return m_months / 12; }
    int months() const { return static_cast<int>(m_months % 12); }

    YearsMonthsDuration operator-() const { return YearsMonthsDuration(-m_months); }
    friend YearsMonthsDuration operator+(YearsMonthsDuration a, YearsMonthsDuration b)
    {
        return YearsMonthsDuration(a.m_months + b.m_months);
    }
    friend YearsMonthsDuration operator-(YearsMonthsDuration a, YearsMonthsDuration b)
    {
        return YearsMonthsDuration(a.m_months - b.m_months);
    }

    // "P1Y2M", "-P3M", "P0M".
    QString toString() const;

    friend bool operator==(const YearsMonthsDuration &, const YearsMonthsDuration &) = default;
    friend auto operator<=>(const YearsMonthsDuration &, const YearsMonthsDuration &) = default;

private:
    qint64 m_months = 0;
};

// Difference a - b between two date and times as an exact duration. Values where only one
// side has a zone are compared as if both were UTC (spec 10.3.2.3.6 leaves it open; the TCK
// expects a result).
DaysTimeDuration difference(const DateTime &a, const DateTime &b);
// Whole months between two dates (FEEL "years and months duration(from, to)").
YearsMonthsDuration monthsBetween(const Date &from, const Date &to);

} // namespace casebench::feel
