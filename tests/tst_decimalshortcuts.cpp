// Decimal's shortcuts for coefficients that fit in 128 bits against the general arithmetic
// (DecimalReference): the same representation — coefficient, exponent, digit count, sign —
// for a large deterministic sample of random and edge operands.

#include "automation/feel/Decimal.h"

#include <QRandomGenerator>
#include <QTest>
#include <vector>

using namespace Qt::StringLiterals;
using casebench::feel::Decimal;
using casebench::feel::DecimalReference;
using casebench::feel::RoundingMode;

namespace {

constexpr RoundingMode AllModes[] = {
    RoundingMode::Down,     RoundingMode::Up,    RoundingMode::HalfUp, RoundingMode::HalfDown,
    RoundingMode::HalfEven, RoundingMode::Floor, RoundingMode::Ceiling};

Decimal ref(const QString &text)
{
    const auto d = DecimalReference::fromString(text);
    if (!d)
        qFatal("bad test literal %s", qPrintable(text));
    return *d;
}

// How a failure names a number: its digits and exponent, whatever its size.
QString show(const Decimal &d)
{
    return DecimalReference::toScientificString(d) +
           u" (exponent %1, %2 digits)"_s.arg(d.exponent()).arg(d.digitCount());
}

QString show(const std::optional<Decimal> &d)
{
    return d ? show(*d) : u"null"_s;
}

bool identical(const std::optional<Decimal> &a, const std::optional<Decimal> &b)
{
    if (!a || !b)
        return !a && !b;
    return DecimalReference::identical(*a, *b);
}

// Coefficients whose digits sit at the places where the shortcuts change their way: limb
// boundaries, 2^63 and 2^64, 10^18 and 10^19, and 34, 35 and 38 digits.
QStringList edgeCoefficients()
{
    QStringList c = {u"1"_s,
                     u"5"_s,
                     u"9"_s,
                     u"999999999"_s,
                     u"1000000000"_s,
                     u"1000000001"_s,
                     u"999999999999999999"_s,
                     u"1000000000000000000"_s,
                     u"1000000000000000001"_s,
                     u"9999999999999999999"_s,
                     u"10000000000000000000"_s,
                     u"9223372036854775807"_s,
                     u"9223372036854775808"_s,
                     u"9223372036854775809"_s,
                     u"18446744073709551615"_s,
                     u"18446744073709551616"_s,
                     u"18446744073709551617"_s,
                     u"4999999999999999999999999999999999"_s,
                     u"5000000000000000000000000000000000"_s,
                     u"5000000000000000000000000000000001"_s,
                     u"9999999999999999999999999999999999"_s,
                     u"1000000000000000000000000000000001"_s,
                     u"1234567890123456789012345678901234"_s,
                     u"340282366920938463463374607431768"_s};
    for (int k = 1; k <= 34; ++k) {
        c << QString(k, u'9') << u"1"_s + QString(k, u'0') << u"5"_s + QString(k - 1, u'0')
          << u"1"_s + QString(k - 1, u'0') + u"1"_s << u"5"_s + QString(k - 1, u'0') + u"1"_s;
    }
    return c;
}

class Sample
{
public:
    explicit Sample(quint32 seed) : m_rng(seed), m_edges(edgeCoefficients()) {}

    QString digits(int count)
    {
        QString s;
        s.reserve(count);
        s += QChar(u'1' + m_rng.bounded(9));
        for (int i = 1; i < count; ++i)
            s += QChar(u'0' + m_rng.bounded(10));
        return s;
    }

    QString coefficient()
    {
        switch (m_rng.bounded(6)) {
        case 0:
            return m_edges.at(m_rng.bounded(int(m_edges.size())));
        case 1:
            return QString::number(1 + m_rng.bounded(1000));
        case 2:
            return digits(1 + m_rng.bounded(34));
        case 3:
            return digits(15 + m_rng.bounded(20)); // long ones, near the limits
        default:
            return digits(1 + m_rng.bounded(12)); // kronor, öre, counts
        }
    }

    int exponent()
    {
        switch (m_rng.bounded(8)) {
        case 0:
            return m_rng.bounded(-45, 46);
        case 1:
            return m_rng.bounded(-6100, 6100);
        default:
            return m_rng.bounded(-6, 7);
        }
    }

    Decimal number()
    {
        if (m_rng.bounded(40) == 0)
            return Decimal();
        const QString sign = m_rng.bounded(2) ? u"-"_s : QString();
        return ref(sign + coefficient() + u"e"_s + QString::number(exponent()));
    }

    // A second operand: often with an exponent close to the first's, so that the sum's
    // alignment and carries are exercised rather than one term vanishing.
    Decimal near(const Decimal &a)
    {
        if (m_rng.bounded(3) != 0 || a.isZero())
            return number();
        const QString sign = m_rng.bounded(2) ? u"-"_s : QString();
        const int e = a.exponent() + m_rng.bounded(-40, 41);
        const auto b =
            DecimalReference::fromString(sign + coefficient() + u"e"_s + QString::number(e));
        return b ? *b : number(); // beyond decimal128's range
    }

    qint64 int64()
    {
        switch (m_rng.bounded(4)) {
        case 0: {
            static const qint64 edges[] = {0,
                                           1,
                                           -1,
                                           999999999,
                                           1000000000,
                                           -1000000000,
                                           999999999999999999,
                                           1000000000000000000,
                                           -1000000000000000000,
                                           std::numeric_limits<qint64>::max(),
                                           std::numeric_limits<qint64>::min(),
                                           std::numeric_limits<qint64>::max() - 1,
                                           std::numeric_limits<qint64>::min() + 1};
            return edges[m_rng.bounded(int(std::size(edges)))];
        }
        case 1:
            return qint64(m_rng.generate64());
        default:
            return qint64(m_rng.generate64() >> m_rng.bounded(64)) * (m_rng.bounded(2) ? 1 : -1);
        }
    }

    int bounded(int low, int high) { return m_rng.bounded(low, high); }

private:
    QRandomGenerator m_rng;
    QStringList m_edges;
};

} // namespace

class TestDecimalShortcuts : public QObject
{
    Q_OBJECT

private:
    static void checkSame(const char *what, const std::optional<Decimal> &fast,
                          const std::optional<Decimal> &general, const Decimal &a, const Decimal &b)
    {
        if (!identical(fast, general))
            QFAIL(qPrintable(u"%1 of %2 and %3: %4, general %5"_s.arg(
                QLatin1String(what), show(a), show(b), show(fast), show(general))));
    }

    static void checkOne(const Decimal &d)
    {
        const QString text = DecimalReference::toString(d);
        QCOMPARE(d.toString(), text);
        char buffer[Decimal::MaxTextLength];
        const int length = d.writePlain(buffer);
        QVERIFY(length <= Decimal::MaxTextLength);
        QCOMPARE(QString::fromLatin1(buffer, length), text);
        QCOMPARE(d.toScientificString(), DecimalReference::toScientificString(d));
        QCOMPARE(d.toInt64(), DecimalReference::toInt64(d));
        // The text reads back to the same representation (beyond decimal128's range as
        // nullopt or zero), both ways.
        const auto back = Decimal::fromString(text);
        checkSame("fromString", back, DecimalReference::fromString(text), d, d);
        const qint64 adjusted = qint64(d.exponent()) + d.digitCount() - 1;
        if (d.isZero() || (adjusted <= 6144 && adjusted >= -6176))
            QVERIFY2(back && DecimalReference::identical(*back, d), qPrintable(text));
        const QString scientific = d.toScientificString();
        checkSame("fromString(scientific)", Decimal::fromString(scientific),
                  DecimalReference::fromString(scientific), d, d);
    }

private Q_SLOTS:
    void arithmeticMatchesGeneralPath()
    {
        Sample sample(20261206);
        for (int i = 0; i < 200000; ++i) {
            const Decimal a = sample.number();
            const Decimal b = sample.near(a);
            checkSame("sum", a + b, DecimalReference::add(a, b), a, b);
            checkSame("difference", a - b, DecimalReference::subtract(a, b), a, b);
            checkSame("product", a * b, DecimalReference::multiply(a, b), a, b);
            checkSame("quotient", a.divide(b), DecimalReference::divide(a, b), a, b);
            const int c = a.compare(b);
            const int expected = DecimalReference::compare(a, b);
            if (c != expected)
                QFAIL(qPrintable(u"compare %1 with %2: %3, general %4"_s.arg(show(a), show(b))
                                     .arg(c)
                                     .arg(expected)));
            if ((a == b) != (c == 0) || (c == 0 && a.hash() != b.hash()))
                QFAIL(qPrintable(u"== or hash of %1 and %2"_s.arg(show(a), show(b))));
        }
    }

    // The cases the shortcuts turn on: carries into a new limb or a 35th digit, alignments
    // just inside and outside 38 digits, results that are zero.
    void arithmeticEdges()
    {
        const QStringList edges = edgeCoefficients();
        std::vector<Decimal> numbers;
        for (const QString &c : edges) {
            for (int e : {-36, -35, -34, -19, -18, -9, -1, 0, 1, 4, 9, 18, 34}) {
                numbers.push_back(ref(c + u"e"_s + QString::number(e)));
                numbers.push_back(ref(u"-"_s + c + u"e"_s + QString::number(e)));
            }
        }
        numbers.push_back(Decimal());
        numbers.push_back(ref(u"-0"_s));
        QRandomGenerator rng(7);
        for (int i = 0; i < 150000; ++i) {
            const Decimal &a = numbers[rng.bounded(quint32(numbers.size()))];
            const Decimal &b = numbers[rng.bounded(quint32(numbers.size()))];
            checkSame("sum", a + b, DecimalReference::add(a, b), a, b);
            checkSame("difference", a - b, DecimalReference::subtract(a, b), a, b);
            checkSame("product", a * b, DecimalReference::multiply(a, b), a, b);
            checkSame("quotient", a.divide(b), DecimalReference::divide(a, b), a, b);
            QCOMPARE(a.compare(b), DecimalReference::compare(a, b));
        }
        for (const Decimal &a : numbers) {
            checkSame("a - a", a - a, DecimalReference::subtract(a, a), a, a);
            QVERIFY(!(a - a).isNegative());
            QVERIFY(!(a * Decimal()).isNegative());
        }
    }

    // Exponents so large that the result's saturates at the internal limit.
    void saturatedExponents()
    {
        Decimal big = ref(u"5e6000"_s);
        Decimal tiny = ref(u"-3e-6000"_s);
        for (int i = 0; i < 16; ++i) {
            big = DecimalReference::multiply(big, big);
            tiny = DecimalReference::multiply(tiny, tiny);
        }
        const Decimal ten = ref(u"10"_s);
        const Decimal two = ref(u"2"_s);
        for (const Decimal &a : {big, tiny, -big, -tiny}) {
            for (const Decimal &b : {a, ten, two, -two, ref(u"0.5"_s), big, tiny}) {
                checkSame("sum", a + b, DecimalReference::add(a, b), a, b);
                checkSame("product", a * b, DecimalReference::multiply(a, b), a, b);
                checkSame("quotient", a.divide(b), DecimalReference::divide(a, b), a, b);
                QCOMPARE(a.compare(b), DecimalReference::compare(a, b));
            }
            checkOne(a);
        }
    }

    void conversionsMatchGeneralPath()
    {
        Sample sample(4711);
        for (int i = 0; i < 40000; ++i) {
            const qint64 n = sample.int64();
            checkSame("fromInt64", Decimal::fromInt64(n), DecimalReference::fromInt64(n), Decimal(),
                      Decimal());
            QCOMPARE(Decimal::fromInt64(n).toInt64(), std::optional<qint64>(n));
            checkOne(sample.number());
        }
        const Decimal oneMore = ref(u"9223372036854775808"_s);
        for (const Decimal &d : {oneMore, -oneMore, ref(u"-9223372036854775809"_s), ref(u"1e18"_s),
                                 ref(u"1e19"_s), ref(u"9.9e18"_s)})
            checkOne(d);
    }

    void roundingMatchesGeneralPath()
    {
        Sample sample(1618);
        for (int i = 0; i < 30000; ++i) {
            const Decimal d = sample.number();
            // Scales around the number's own digits, so that 0, 1, all or one more than all
            // of them are dropped.
            const int scale = -d.exponent() - sample.bounded(-2, d.digitCount() + 3);
            for (RoundingMode mode : AllModes) {
                for (int s : {scale, sample.bounded(-5, 41)}) {
                    const Decimal fast = d.round(s, mode);
                    const Decimal general = DecimalReference::round(d, s, mode);
                    if (!DecimalReference::identical(fast, general))
                        QFAIL(qPrintable(u"round %1 to %2 (mode %3): %4, general %5"_s.arg(show(d))
                                             .arg(s)
                                             .arg(int(mode))
                                             .arg(show(fast), show(general))));
                }
            }
        }
    }

    void parsingMatchesGeneralPath()
    {
        QStringList texts = {
            u"0"_s,       u"-0"_s,       u"+0"_s,          u"0.000"_s,       u"-0.0e5"_s,
            u"007"_s,     u"00.0100"_s,  u".5"_s,          u"1e6144"_s,      u"1e6145"_s,
            u"10e6144"_s, u"0.1e6145"_s, u"1e-6176"_s,     u"1e-6177"_s,     u"12.3400"_s,
            u"1."_s,      u""_s,         u"-"_s,           u"1e"_s,          u"1e+"_s,
            u"1 "_s,      u"٣"_s,        u"1e268435456"_s, u"1e268435457"_s, u"0e999999999"_s};
        // 34 to 40 significant digits, to be rounded half even, with and without leading and
        // trailing zeros.
        for (const QString &c : edgeCoefficients()) {
            texts << c << u"0.00"_s + c << c + u"000"_s << c + u"5"_s << c + u"50"_s << c + u"51"_s
                  << c + u"49999"_s << c + u"5000001"_s << u"-"_s + c + u"5e-40"_s
                  << c.left(1) + u"."_s + c.mid(1) + u"5"_s;
        }
        Sample sample(99);
        for (int i = 0; i < 20000; ++i) {
            QString t = sample.digits(sample.bounded(1, 42));
            if (sample.bounded(0, 2))
                t.insert(sample.bounded(0, int(t.size()) + 1), u'.');
            if (t.endsWith(u'.'))
                t += u'0';
            if (sample.bounded(0, 3) == 0)
                t += u"E"_s + QString::number(sample.bounded(-60, 61));
            if (sample.bounded(0, 3) == 0)
                t.prepend(QString(sample.bounded(1, 4), u'0'));
            texts << (sample.bounded(0, 2) ? u"-"_s + t : t);
        }
        for (const QString &t : std::as_const(texts)) {
            const auto fast = Decimal::fromString(t);
            const auto general = DecimalReference::fromString(t);
            QVERIFY2(identical(fast, general), qPrintable(t));
        }
    }

    void writePlainExamples_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << u"-0.00"_s << u"0"_s;
        QTest::newRow("integer") << u"1234"_s << u"1234"_s;
        QTest::newRow("trailing zeros") << u"12e3"_s << u"12000"_s;
        QTest::newRow("fraction") << u"-12.345"_s << u"-12.345"_s;
        QTest::newRow("below one") << u"0.0005"_s << u"0.0005"_s;
        QTest::newRow("40 zeros") << u"1e40"_s << u"10000000000000000000000000000000000000000"_s;
        QTest::newRow("scientific") << u"1.5e42"_s << u"1.5E+42"_s;
        QTest::newRow("tiny") << u"-1.25e-50"_s << u"-1.25E-50"_s;
        QTest::newRow("longest plain")
            << u"-1.234567890123456789012345678901234e-41"_s
            << u"-0.00000000000000000000000000000000000000001234567890123456789012345678901234"_s;
    }
    void writePlainExamples()
    {
        QFETCH(QString, number);
        QFETCH(QString, text);
        const Decimal d = *Decimal::fromString(number);
        char buffer[Decimal::MaxTextLength];
        const int length = d.writePlain(buffer);
        QCOMPARE(QString::fromLatin1(buffer, length), text);
        QCOMPARE(d.toString(), text);
    }
};

QTEST_GUILESS_MAIN(TestDecimalShortcuts)
#include "tst_decimalshortcuts.moc"
