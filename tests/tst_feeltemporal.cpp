#include "automation/feel/Temporal.h"
#include "automation/feel/Value.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench::feel;

class TestFeelTemporal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical"); // empty = must not parse
        QTest::newRow("plain") << u"2017-02-28"_s << u"2017-02-28"_s;
        QTest::newRow("leap day") << u"2016-02-29"_s << u"2016-02-29"_s;
        QTest::newRow("no leap day") << u"2017-02-29"_s << QString();
        QTest::newRow("1900 no leap") << u"1900-02-29"_s << QString();
        QTest::newRow("2000 leap") << u"2000-02-29"_s << u"2000-02-29"_s;
        QTest::newRow("negative year") << u"-0044-03-15"_s << u"-0044-03-15"_s;
        QTest::newRow("large year") << u"999999999-12-31"_s << u"999999999-12-31"_s;
        QTest::newRow("too large") << u"1000000000-01-01"_s << QString();
        QTest::newRow("5 digits leading 0") << u"01234-01-01"_s << QString();
        QTest::newRow("3 digit year") << u"999-01-01"_s << QString();
        QTest::newRow("month 13") << u"2017-13-01"_s << QString();
        QTest::newRow("day 0") << u"2017-01-00"_s << QString();
        QTest::newRow("short month") << u"2017-1-01"_s << QString();
        QTest::newRow("trailing") << u"2017-01-01Z"_s << QString();
    }
    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto d = Date::fromString(text);
        QCOMPARE(d.has_value(), !canonical.isEmpty());
        if (d)
            QCOMPARE(d->toString(), canonical);
    }

    void dateArithmetic()
    {
        const Date d = *Date::fromString(u"2019-09-17");
        QCOMPARE(d.weekday(), 2);
        QCOMPARE(d.dayOfYear(), 260);
        QCOMPARE(d.weekOfYear(), 38);
        QCOMPARE(Date::fromEpochDays(0).toString(), u"1970-01-01"_s);
        QCOMPARE(Date::fromEpochDays(-1).toString(), u"1969-12-31"_s);
        QCOMPARE(Date::fromString(u"-0001-12-31")->addDays(1).toString(), u"0000-01-01"_s);
        QCOMPARE(Date::fromEpochDays(d.epochDays()), d);
        QCOMPARE(Date::fromString(u"2020-01-31")->addMonths(1)->toString(), u"2020-02-29"_s);
        QCOMPARE(Date::fromString(u"2021-03-31")->addMonths(-1)->toString(), u"2021-02-28"_s);
        QCOMPARE(Date::fromString(u"2021-03-15")->addMonths(-15)->toString(), u"2019-12-15"_s);
        QVERIFY(!Date::fromString(u"999999999-12-01")->addMonths(1));
        QVERIFY(*Date::fromString(u"2017-01-01") < *Date::fromString(u"2017-01-02"));
        QVERIFY(*Date::fromString(u"-2017-01-01") < *Date::fromString(u"0001-01-01"));
        QCOMPARE(monthsBetween(*Date::fromString(u"2011-12-22"), *Date::fromString(u"2013-08-24"))
                     .totalMonths(),
                 20);
        QCOMPARE(monthsBetween(*Date::fromString(u"2011-12-22"), *Date::fromString(u"2012-01-21"))
                     .totalMonths(),
                 0);
    }

    void times_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("local") << u"10:30:00"_s << u"10:30:00"_s;
        QTest::newRow("fraction") << u"10:30:00.1250"_s << u"10:30:00.125"_s;
        QTest::newRow("nanos") << u"10:30:00.000000001"_s << u"10:30:00.000000001"_s;
        QTest::newRow("utc") << u"10:30:00Z"_s << u"10:30:00Z"_s;
        QTest::newRow("+00:00 is Z") << u"10:30:00+00:00"_s << u"10:30:00Z"_s;
        QTest::newRow("offset") << u"10:30:00+02:00"_s << u"10:30:00+02:00"_s;
        QTest::newRow("negative offset") << u"10:30:00-05:30"_s << u"10:30:00-05:30"_s;
        QTest::newRow("zone id") << u"10:30:00@Europe/Paris"_s << u"10:30:00@Europe/Paris"_s;
        QTest::newRow("24:00") << u"24:00:00"_s << u"00:00:00"_s;
        QTest::newRow("unknown zone") << u"10:30:00@Mars/Olympus"_s << QString();
        QTest::newRow("hour 25") << u"25:00:00"_s << QString();
        QTest::newRow("24:00:01") << u"24:00:01"_s << QString();
        QTest::newRow("no seconds") << u"10:30"_s << QString();
        QTest::newRow("offset 19h") << u"10:30:00+19:00"_s << QString();
        QTest::newRow("empty fraction") << u"10:30:00."_s << QString();
    }
    void times()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto t = Time::fromString(text);
        QCOMPARE(t.has_value(), !canonical.isEmpty());
        if (t)
            QCOMPARE(t->toString(), canonical);
    }

    void timeWrapsAroundMidnight()
    {
        const Time t = *Time::fromString(u"23:30:00");
        QCOMPARE(t.addNanos(3600, 0).toString(), u"00:30:00"_s);
        QCOMPARE(t.addNanos(-86400 * 3, 0).toString(), u"23:30:00"_s);
        QCOMPARE(t.addNanos(0, -1).toString(), u"23:29:59.999999999"_s);
    }

    void dateTimes()
    {
        const auto dt = DateTime::fromString(u"2017-02-28T10:30:00Z");
        QVERIFY(dt);
        QCOMPARE(dt->toString(), u"2017-02-28T10:30:00Z"_s);
        QCOMPARE(dt->offsetSeconds(), std::optional<int>(0));
        QCOMPARE(DateTime::fromString(u"2017-02-28")->toString(), u"2017-02-28T00:00:00"_s);
        QCOMPARE(DateTime::fromString(u"2021-01-01T24:00:00")->toString(),
                 u"2021-01-02T00:00:00"_s);
        QVERIFY(!DateTime::fromString(u"2017-02-28 10:30:00"));
        QVERIFY(!DateTime::fromString(u"2017-02-28T"));
        // A zone id's offset depends on the date: summer and winter time in Paris.
        QCOMPARE(DateTime::fromString(u"2018-07-01T12:00:00@Europe/Paris")->offsetSeconds(),
                 std::optional<int>(7200));
        QCOMPARE(DateTime::fromString(u"2018-01-01T12:00:00@Europe/Paris")->offsetSeconds(),
                 std::optional<int>(3600));
        QVERIFY(!DateTime::fromString(u"2018-01-01T12:00:00")->offsetSeconds());
    }

    void dateTimeArithmetic()
    {
        const DateTime a = *DateTime::fromString(u"2021-01-01T23:59:59+01:00");
        const auto oneSecond = *DaysTimeDuration::fromString(u"PT1S");
        QCOMPARE(a.plus(oneSecond).toString(), u"2021-01-02T00:00:00+01:00"_s);
        QCOMPARE(a.plus(-oneSecond).toString(), u"2021-01-01T23:59:58+01:00"_s);
        QCOMPARE(a.plus(YearsMonthsDuration(13))->toString(), u"2022-02-01T23:59:59+01:00"_s);
        const DateTime b = *DateTime::fromString(u"2021-01-01T20:59:59Z");
        // 23:59:59+01:00 is 22:59:59Z: two hours after b.
        QCOMPARE(difference(a, b).toString(), u"PT2H"_s);
        QCOMPARE(difference(b, a).toString(), u"-PT2H"_s);
        const DateTime c = *DateTime::fromString(u"2021-01-01T00:00:00.5");
        const DateTime d = *DateTime::fromString(u"2020-12-30T00:00:00.75");
        QCOMPARE(difference(c, d).toString(), u"P1DT23H59M59.75S"_s);
    }

    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("days and time") << u"P1DT2H3M4.5S"_s << u"P1DT2H3M4.5S"_s;
        QTest::newRow("negative") << u"-P2DT3H4M5.5S"_s << u"-P2DT3H4M5.5S"_s;
        QTest::newRow("hours fold into days") << u"PT49H"_s << u"P2DT1H"_s;
        QTest::newRow("seconds fold") << u"PT3600S"_s << u"PT1H"_s;
        QTest::newRow("zero") << u"PT0S"_s << u"PT0S"_s;
        QTest::newRow("zero days") << u"P0D"_s << u"PT0S"_s;
        QTest::newRow("milliseconds") << u"PT0.001S"_s << u"PT0.001S"_s;
        QTest::newRow("years") << u"P1Y2M"_s << QString();
        QTest::newRow("empty") << u"P"_s << QString();
        QTest::newRow("empty time") << u"PT"_s << QString();
        QTest::newRow("wrong order") << u"PT1S2M"_s << QString();
        QTest::newRow("fraction on hours") << u"PT1.5H"_s << QString();
        QTest::newRow("missing P") << u"1D"_s << QString();
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto d = DaysTimeDuration::fromString(text);
        QCOMPARE(d.has_value(), !canonical.isEmpty());
        if (d)
            QCOMPARE(d->toString(), canonical);
    }

    void durationParts()
    {
        const auto d = *DaysTimeDuration::fromString(u"-P2DT3H4M5.5S");
        QCOMPARE(d.days(), -2);
        QCOMPARE(d.hours(), -3);
        QCOMPARE(d.minutes(), -4);
        QCOMPARE(d.secondsPart(), -5);
        QCOMPARE(d.totalSeconds().toString(), u"-183845.5"_s);
        QCOMPARE(DaysTimeDuration::fromSeconds(*Decimal::fromString(u"-1.25"))->toString(),
                 u"-PT1.25S"_s);
        QVERIFY(*DaysTimeDuration::fromString(u"PT1H") < *DaysTimeDuration::fromString(u"PT61M"));
        QVERIFY(*DaysTimeDuration::fromString(u"-PT1S") < DaysTimeDuration());
    }

    void yearsMonths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("both") << u"P1Y2M"_s << u"P1Y2M"_s;
        QTest::newRow("months fold") << u"P14M"_s << u"P1Y2M"_s;
        QTest::newRow("years only") << u"P3Y"_s << u"P3Y"_s;
        QTest::newRow("negative") << u"-P3M"_s << u"-P3M"_s;
        QTest::newRow("zero") << u"P0Y"_s << u"P0M"_s;
        QTest::newRow("with days") << u"P1Y2D"_s << QString();
        QTest::newRow("time") << u"PT1H"_s << QString();
    }
    void yearsMonths()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto d = YearsMonthsDuration::fromString(text);
        QCOMPARE(d.has_value(), !canonical.isEmpty());
        if (d)
            QCOMPARE(d->toString(), canonical);
    }

    void comparisonsThroughValue()
    {
        const auto dt = [](const char16_t *s) {
            return Value(*DateTime::fromString(s));
        };
        const auto t = [](const char16_t *s) {
            return Value(*Time::fromString(s));
        };
        // Same instant written with different offsets.
        QVERIFY(isFeelEqual(dt(u"2023-03-06T16:23:00+01:00"), dt(u"2023-03-06T17:23:00+02:00")));
        QVERIFY(
            isFeelEqual(dt(u"2023-03-06T16:23:00+01:00"), dt(u"2023-03-06T16:23:00@Europe/Paris")));
        QCOMPARE(feelCompare(dt(u"2023-03-06T16:23:00+01:00"), dt(u"2023-03-06T16:00:00Z")),
                 std::optional<int>(-1));
        QVERIFY(isFeelEqual(t(u"10:00:00+01:00"), t(u"09:00:00Z")));
        QVERIFY(!isFeelEqual(t(u"10:00:00"), t(u"10:00:01")));
        QCOMPARE(feelCompare(t(u"10:00:00"), t(u"09:59:59")), std::optional<int>(1));
        // Dates against date and times are different kinds.
        QVERIFY(feelEquals(Value(*Date::fromString(u"2017-01-01")), dt(u"2017-01-01T00:00:00"))
                    .isNull());
        QVERIFY(!feelCompare(Value(YearsMonthsDuration(1)), Value(DaysTimeDuration())));
        QCOMPARE(Value(*DaysTimeDuration::fromString(u"P1D")).toString(), u"duration(\"P1D\")"_s);
        QCOMPARE(dt(u"2017-01-01T00:00:00Z").toString(),
                 u"date and time(\"2017-01-01T00:00:00Z\")"_s);
    }
};

QTEST_GUILESS_MAIN(TestFeelTemporal)
#include "tst_feeltemporal.moc"
