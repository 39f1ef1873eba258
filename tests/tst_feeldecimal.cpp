#include "automation/feel/Decimal.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using casebench::feel::Decimal;
using casebench::feel::RoundingMode;

namespace {

Decimal dec(const char *text)
{
    const auto d = Decimal::fromString(QString::fromLatin1(text));
    if (!d)
        qFatal("bad test literal %s", text);
    return *d;
}

QString str(const std::optional<Decimal> &d)
{
    return d ? d->toString() : u"null"_s;
}

} // namespace

class TestFeelDecimal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseAndPrint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("int") << u"1"_s << u"1"_s;
        QTest::newRow("fraction") << u"1.5"_s << u"1.5"_s;
        QTest::newRow("negative") << u"-0.25"_s << u"-0.25"_s;
        QTest::newRow("leading point") << u".5"_s << u"0.5"_s;
        QTest::newRow("plus") << u"+3"_s << u"3"_s;
        QTest::newRow("exponent") << u"1e3"_s << u"1000"_s;
        QTest::newRow("negative exponent") << u"1.2E-4"_s << u"0.00012"_s;
        QTest::newRow("trailing zeros") << u"12.3400"_s << u"12.34"_s;
        QTest::newRow("leading zeros") << u"007"_s << u"7"_s;
        QTest::newRow("negative zero") << u"-0.0"_s << u"0"_s;
        QTest::newRow("35 digits rounds half even")
            << u"1.0000000000000000000000000000000005"_s << u"1"_s;
        QTest::newRow("35 digits rounds up") << u"1.0000000000000000000000000000000015"_s
                                             << u"1.000000000000000000000000000000002"_s;
        QTest::newRow("huge") << u"1e50"_s << u"1E+50"_s;
        QTest::newRow("tiny") << u"1.5e-50"_s << u"1.5E-50"_s;
    }
    void parseAndPrint()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto d = Decimal::fromString(text);
        QVERIFY(d.has_value());
        QCOMPARE(d->toString(), canonical);
    }

    void parseErrors_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "-", ".", "1.", "1e", "1e+", "abc", "1 ", " 1", "1.2.3", "--1",
                                "1,5", "INF", "NaN", "0x10", "1e99999999999"})
            QTest::newRow(bad) << QString::fromLatin1(bad);
    }
    void parseErrors()
    {
        QFETCH(QString, text);
        QVERIFY(!Decimal::fromString(text).has_value());
    }

    void arithmetic()
    {
        QCOMPARE((dec("0.1") + dec("0.2")).toString(), u"0.3"_s);
        QCOMPARE((dec("0.1") + dec("0.2")), dec("0.3"));
        QCOMPARE((dec("1") - dec("3.5")).toString(), u"-2.5"_s);
        QCOMPARE((dec("1.5") * dec("-2")).toString(), u"-3"_s);
        QCOMPARE((dec("123456789012345678901234567890") * dec("1000000000")).toString(),
                 u"123456789012345678901234567890000000000"_s);
        // 34 digits kept: the 35th is rounded half even.
        QCOMPARE((dec("1e34") + dec("1")).toString(), u"10000000000000000000000000000000000"_s);
        QCOMPARE((dec("1e33") + dec("0.5")).toString(), u"1000000000000000000000000000000000"_s);
        QCOMPARE((dec("1e33") + dec("1.5")).toString(), u"1000000000000000000000000000000002"_s);
        // A tiny addend far below the last digit leaves the sum unchanged.
        QCOMPARE((dec("1") + dec("1e-100")).toString(), u"1"_s);
        // 1 - 1e-100 is 0.999… with 100 nines, which rounds back to 1 at 34 digits.
        QCOMPARE((dec("1") - dec("1e-100")).toString(), u"1"_s);
        QCOMPARE((dec("1") - dec("1e-34")).toString(), u"0.9999999999999999999999999999999999"_s);
        QCOMPARE((-dec("0")).toString(), u"0"_s);
        QCOMPARE(dec("1e1000").toScientificString(), u"1E+1000"_s);
        QCOMPARE((dec("1e1000") * dec("1e-1000")).toString(), u"1"_s);
    }

    void division()
    {
        QCOMPARE(str(dec("1").divide(dec("3"))), u"0.3333333333333333333333333333333333"_s);
        QCOMPARE(str(dec("2").divide(dec("3"))), u"0.6666666666666666666666666666666667"_s);
        QCOMPARE(str(dec("10").divide(dec("4"))), u"2.5"_s);
        QCOMPARE(str(dec("-1").divide(dec("8"))), u"-0.125"_s);
        QCOMPARE(str(dec("1").divide(dec("0"))), u"null"_s);
        QCOMPARE(str(dec("0").divide(dec("5"))), u"0"_s);
        QCOMPARE(str(dec("1e-30").divide(dec("7"))),
                 u"0.0000000000000000000000000000001428571428571428571428571428571429"_s);
    }

    void compare()
    {
        QVERIFY(dec("1.10") == dec("1.1"));
        QVERIFY(dec("-2") < dec("1"));
        QVERIFY(dec("0.001") > dec("0.0009"));
        QVERIFY(dec("-0.001") > dec("-0.01"));
        QVERIFY(dec("100") > dec("99.999999"));
        QCOMPARE(dec("5").compare(dec("5.0")), 0);
        QCOMPARE(dec("1.5").hash(), dec("1.50").hash());
    }

    // Same magnitude, different exponents: "30" is kept as 3E1, "35" as 35E0. Up to 19
    // digits these compare in 64 bits, longer ones the general way; both must agree.
    void compareAlignsExponents_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("35 vs 30") << u"35"_s << u"30"_s << 1;
        QTest::newRow("30 vs 35") << u"30"_s << u"35"_s << -1;
        QTest::newRow("-35 vs -30") << u"-35"_s << u"-30"_s << -1;
        QTest::newRow("2.5 vs 2") << u"2.5"_s << u"2"_s << 1;
        QTest::newRow("0.25 vs 0.3") << u"0.25"_s << u"0.3"_s << -1;
        QTest::newRow("19 digits") << u"1234567890123456789"_s << u"1234567890123456780"_s << 1;
        QTest::newRow("19 digits, trailing zeros")
            << u"9000000000000000000"_s << u"9000000000000000001"_s << -1;
        QTest::newRow("20 digits") << u"12345678901234567891"_s << u"12345678901234567890"_s << 1;
        QTest::newRow("34 digits") << u"1234567890123456789012345678901234"_s
                                   << u"1234567890123456789012345678901230"_s << 1;
        QTest::newRow("34 vs 1 digit") << u"1000000000000000000000000000000001"_s << u"1e33"_s << 1;
    }

    void compareAlignsExponents()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        const Decimal x = dec(a.toLatin1().constData());
        const Decimal y = dec(b.toLatin1().constData());
        QCOMPARE(x.compare(y), expected);
        QCOMPARE(y.compare(x), -expected);
        QCOMPARE((x - y).isNegative(), expected < 0);
    }

    void integers()
    {
        QVERIFY(dec("12").isInteger());
        QVERIFY(dec("1.2e1").isInteger());
        QVERIFY(!dec("1.2").isInteger());
        QCOMPARE(dec("-42").toInt64(), std::optional<qint64>(-42));
        QCOMPARE(dec("9223372036854775807").toInt64(),
                 std::optional<qint64>(9223372036854775807LL));
        QCOMPARE(dec("-9223372036854775808").toInt64(),
                 std::optional<qint64>(std::numeric_limits<qint64>::min()));
        QVERIFY(!dec("9223372036854775808").toInt64());
        QVERIFY(!dec("1.5").toInt64());
        QCOMPARE(Decimal::fromInt64(std::numeric_limits<qint64>::min()).toString(),
                 u"-9223372036854775808"_s);
    }

    void rounding_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("expected");
        const auto add = [](const char *n, int scale, RoundingMode m, const char *e) {
            QTest::addRow("%s@%d/%d", n, scale, int(m))
                << QString::fromLatin1(n) << scale << int(m) << QString::fromLatin1(e);
        };
        add("5.5", 0, RoundingMode::HalfEven, "6");
        add("6.5", 0, RoundingMode::HalfEven, "6");
        add("-6.5", 0, RoundingMode::HalfEven, "-6");
        add("2.345", 2, RoundingMode::HalfEven, "2.34");
        add("2.3451", 2, RoundingMode::HalfEven, "2.35");
        add("5.5", 0, RoundingMode::HalfUp, "6");
        add("-5.5", 0, RoundingMode::HalfUp, "-6");
        add("1.121", 2, RoundingMode::HalfUp, "1.12");
        add("-1.126", 2, RoundingMode::HalfUp, "-1.13");
        add("5.5", 0, RoundingMode::HalfDown, "5");
        add("-5.5", 0, RoundingMode::HalfDown, "-5");
        add("1.126", 2, RoundingMode::HalfDown, "1.13");
        add("5.5", 0, RoundingMode::Up, "6");
        add("-5.5", 0, RoundingMode::Up, "-6");
        add("1.121", 2, RoundingMode::Up, "1.13");
        add("5.5", 0, RoundingMode::Down, "5");
        add("-5.5", 0, RoundingMode::Down, "-5");
        add("-1.126", 2, RoundingMode::Down, "-1.12");
        add("1.5", 0, RoundingMode::Floor, "1");
        add("-1.5", 0, RoundingMode::Floor, "-2");
        add("-1.56", 1, RoundingMode::Floor, "-1.6");
        add("1.5", 0, RoundingMode::Ceiling, "2");
        add("-1.5", 0, RoundingMode::Ceiling, "-1");
        add("-1.56", 1, RoundingMode::Ceiling, "-1.5");
        add("0.0001", 0, RoundingMode::Ceiling, "1");
        add("0.0001", 0, RoundingMode::Floor, "0");
        add("1234.5", -2, RoundingMode::HalfEven, "1200");
        add("1250", -2, RoundingMode::HalfEven, "1200");
        add("1350", -2, RoundingMode::HalfEven, "1400");
        add("99.5", 0, RoundingMode::HalfUp, "100");
        add("1.5", 3, RoundingMode::HalfUp, "1.5");
    }
    void rounding()
    {
        QFETCH(QString, number);
        QFETCH(int, scale);
        QFETCH(int, mode);
        QFETCH(QString, expected);
        const Decimal d = *Decimal::fromString(number);
        QCOMPARE(d.round(scale, static_cast<RoundingMode>(mode)).toString(), expected);
    }

    void modulo()
    {
        QCOMPARE(str(dec("12").modulo(dec("5"))), u"2"_s);
        QCOMPARE(str(dec("-12").modulo(dec("5"))), u"3"_s);
        QCOMPARE(str(dec("12").modulo(dec("-5"))), u"-3"_s);
        QCOMPARE(str(dec("-12").modulo(dec("-5"))), u"-2"_s);
        QCOMPARE(str(dec("10.1").modulo(dec("4.5"))), u"1.1"_s);
        QCOMPARE(str(dec("-10.1").modulo(dec("4.5"))), u"3.4"_s);
        QCOMPARE(str(dec("10.1").modulo(dec("-4.5"))), u"-3.4"_s);
        QCOMPARE(str(dec("10").modulo(dec("5"))), u"0"_s);
        QCOMPARE(str(dec("1").modulo(dec("0"))), u"null"_s);
    }

    void divisionAgainstConstructedQuotients()
    {
        // a = x * b + r with 0 <= r < b: modulo must give r and the truncated quotient x. The
        // operands span one to four 1e9 limbs, exercising the long division's estimates.
        QRandomGenerator rng(20261123);
        for (int i = 0; i < 2000; ++i) {
            const qint64 b =
                1 + qint64(rng.bounded(Q_INT64_C(999'999'999'999'999)) >> rng.bounded(50));
            const qint64 x = qint64(rng.bounded(Q_INT64_C(999'999'999'999'999)));
            const qint64 r = qint64(rng.bounded(quint64(b)));
            const Decimal db = Decimal::fromInt64(b);
            const Decimal a = Decimal::fromInt64(x) * db + Decimal::fromInt64(r);
            QCOMPARE(a.modulo(db)->toString(), QString::number(r));
            QCOMPARE(a.divide(db)->round(0, RoundingMode::Down).toString(), QString::number(x));
            QCOMPARE((-a).modulo(db)->toString(), QString::number(r == 0 ? 0 : b - r));
        }
    }

    void powers()
    {
        QCOMPARE(str(dec("2").pow(qint64(10))), u"1024"_s);
        QCOMPARE(str(dec("2").pow(qint64(100))), u"1267650600228229401496703205376"_s);
        QCOMPARE(str(dec("2").pow(qint64(-2))), u"0.25"_s);
        QCOMPARE(str(dec("1.1").pow(qint64(2))), u"1.21"_s);
        QCOMPARE(str(dec("0").pow(qint64(-1))), u"null"_s);
        QCOMPARE(str(dec("5").pow(qint64(0))), u"1"_s);
        QCOMPARE(str(dec("10").pow(qint64(100000))), u"null"_s); // beyond decimal128
        QCOMPARE(str(dec("4").pow(dec("0.5"))), u"2"_s);
        QCOMPARE(str(dec("2").pow(dec("3"))), u"8"_s);
        QCOMPARE(str(dec("-8").pow(dec("0.5"))), u"null"_s);
        QCOMPARE(str(dec("2").pow(dec("0.5"))), u"1.414213562373095048801688724209698"_s);
    }

    void roots()
    {
        QCOMPARE(str(dec("16").sqrt()), u"4"_s);
        QCOMPARE(str(dec("2").sqrt()), u"1.414213562373095048801688724209698"_s);
        QCOMPARE(str(dec("0.0001").sqrt()), u"0.01"_s);
        QCOMPARE(str(dec("1e-3").sqrt()), u"0.03162277660168379331998893544432719"_s);
        QCOMPARE(str(dec("-1").sqrt()), u"null"_s);
        QCOMPARE(str(dec("0").sqrt()), u"0"_s);
    }

    void expAndLn()
    {
        QCOMPARE(str(dec("0").exp()), u"1"_s);
        QCOMPARE(str(dec("1").exp()), u"2.718281828459045235360287471352662"_s);
        QCOMPARE(str(dec("5").exp()), u"148.4131591025766034211155800405523"_s);
        QCOMPARE(str(dec("-1").exp()), u"0.3678794411714423215955237701614609"_s);
        QCOMPARE(str(dec("1").ln()), u"0"_s);
        QCOMPARE(str(dec("10").ln()), u"2.302585092994045684017991454684364"_s);
        QCOMPARE(str(dec("2").ln()), u"0.6931471805599453094172321214581766"_s);
        QCOMPARE(str(dec("0.5").ln()), u"-0.6931471805599453094172321214581766"_s);
        QCOMPARE(str(dec("0").ln()), u"null"_s);
        QCOMPARE(str(dec("-1").ln()), u"null"_s);
        QCOMPARE(str(dec("100000").exp()), u"null"_s);
        QCOMPARE(str(dec("-100000").exp()), u"0"_s);
    }
};

QTEST_GUILESS_MAIN(TestFeelDecimal)
#include "tst_feeldecimal.moc"
