// Money: what application amounts may look like, exact arithmetic, and how amounts are
// written for files and for people.

#include "model/Money.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {
// A JSON value as the reader sees it, straight from JSON text.
QJsonValue json(const char *text)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("{\"v\":") + text + "}");
    return doc.object().value(QLatin1String("v"));
}
} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromJsonAccepts_data();
    void fromJsonAccepts();
    void fromJsonRejects_data();
    void fromJsonRejects();
    void plainString_data();
    void plainString();
    void displayString_data();
    void displayString();
    void arithmetic();
    void exactWhereDoublesAreNot();
};

void TestMoney::fromJsonAccepts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("ore");

    QTest::newRow("integer kronor") << QByteArray("12500") << qint64(1250000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("integral double") << QByteArray("12500.0") << qint64(1250000);
    QTest::newRow("negative integer") << QByteArray("-40") << qint64(-4000);
    QTest::newRow("largest integer") << QByteArray("1000000000000") << qint64(100000000000000);
    QTest::newRow("string, no decimals") << QByteArray("\"12500\"") << qint64(1250000);
    QTest::newRow("string, two decimals") << QByteArray("\"12500.50\"") << qint64(1250050);
    QTest::newRow("string, one decimal") << QByteArray("\"12500.5\"") << qint64(1250050);
    QTest::newRow("string, öre only") << QByteArray("\"0.07\"") << qint64(7);
    QTest::newRow("string, negative") << QByteArray("\"-3.5\"") << qint64(-350);
    QTest::newRow("string, leading zeros") << QByteArray("\"007.10\"") << qint64(710);
    QTest::newRow("string, largest")
        << QByteArray("\"1000000000000.00\"") << qint64(100000000000000);
}

void TestMoney::fromJsonAccepts()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, ore);
    const Result<Money> m = Money::fromJson(json(text.constData()));
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().message));
    QCOMPARE(m->ore(), ore);
}

void TestMoney::fromJsonRejects_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("fraction as JSON number")
        << QByteArray("12500.5") << u"whole kronor or a decimal string"_s;
    QTest::newRow("tiny fraction") << QByteArray("0.01") << u"whole kronor or a decimal string"_s;
    QTest::newRow("too large integer") << QByteArray("1000000000001") << u"too large"_s;
    QTest::newRow("huge exponent") << QByteArray("1e300") << u"too large"_s;
    QTest::newRow("too large string") << QByteArray("\"1000000000000.01\"") << u"too large"_s;
    QTest::newRow("very long string")
        << QByteArray("\"99999999999999999999999\"") << u"too large"_s;
    QTest::newRow("decimal comma") << QByteArray("\"12500,50\"") << u"decimal comma"_s;
    QTest::newRow("three decimals") << QByteArray("\"1.005\"") << u"more than two decimals"_s;
    QTest::newRow("empty string") << QByteArray("\"\"") << u"empty"_s;
    QTest::newRow("trailing point") << QByteArray("\"12.\"") << u"not a decimal"_s;
    QTest::newRow("leading point") << QByteArray("\".5\"") << u"not a decimal"_s;
    QTest::newRow("plus sign") << QByteArray("\"+5\"") << u"not a decimal"_s;
    QTest::newRow("spaces") << QByteArray("\"12 500\"") << u"not a decimal"_s;
    QTest::newRow("leading space") << QByteArray("\" 12\"") << u"not a decimal"_s;
    QTest::newRow("exponent string") << QByteArray("\"1e3\"") << u"not a decimal"_s;
    QTest::newRow("currency") << QByteArray("\"12 kr\"") << u"not a decimal"_s;
    QTest::newRow("Arabic-Indic digits")
        << QByteArray("\"\xd9\xa1\xd9\xa2\"") << u"not a decimal"_s;
    QTest::newRow("boolean") << QByteArray("true") << u"JSON integer or a decimal string"_s;
    QTest::newRow("null") << QByteArray("null") << u"JSON integer or a decimal string"_s;
    QTest::newRow("object") << QByteArray("{}") << u"JSON integer or a decimal string"_s;
    QTest::newRow("array") << QByteArray("[1]") << u"JSON integer or a decimal string"_s;
}

void TestMoney::fromJsonRejects()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, fragment);
    const Result<Money> m = Money::fromJson(json(text.constData()));
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message.contains(fragment), qPrintable(m.error().message));
}

void TestMoney::plainString_data()
{
    QTest::addColumn<qint64>("ore");
    QTest::addColumn<QString>("text");
    QTest::newRow("whole") << qint64(1250000) << u"12500.00"_s;
    QTest::newRow("with öre") << qint64(1250050) << u"12500.50"_s;
    QTest::newRow("single öre") << qint64(7) << u"0.07"_s;
    QTest::newRow("zero") << qint64(0) << u"0.00"_s;
    QTest::newRow("negative") << qint64(-350) << u"-3.50"_s;
    QTest::newRow("negative öre") << qint64(-5) << u"-0.05"_s;
}

void TestMoney::plainString()
{
    QFETCH(qint64, ore);
    QFETCH(QString, text);
    QCOMPARE(Money::fromOre(ore).toString(), text);
    // The plain form reads back to the same amount.
    const Result<Money> back = Money::parse(text);
    QVERIFY(back.ok());
    QCOMPARE(back->ore(), ore);
}

void TestMoney::displayString_data()
{
    QTest::addColumn<qint64>("ore");
    QTest::addColumn<QString>("text");
    QTest::newRow("grouped, whole") << qint64(1250000) << u"12\u00a0500\u00a0kr"_s;
    QTest::newRow("grouped, with öre") << qint64(1250050) << u"12\u00a0500,50\u00a0kr"_s;
    QTest::newRow("small") << qint64(99900) << u"999\u00a0kr"_s;
    QTest::newRow("thousand") << qint64(100000) << u"1\u00a0000\u00a0kr"_s;
    QTest::newRow("million") << qint64(123456789) << u"1\u00a0234\u00a0567,89\u00a0kr"_s;
    QTest::newRow("zero") << qint64(0) << u"0\u00a0kr"_s;
    QTest::newRow("öre only") << qint64(5) << u"0,05\u00a0kr"_s;
    QTest::newRow("negative") << qint64(-350) << u"\u22123,50\u00a0kr"_s;
}

void TestMoney::displayString()
{
    QFETCH(qint64, ore);
    QFETCH(QString, text);
    QCOMPARE(Money::fromOre(ore).toDisplayString(), text);
}

void TestMoney::arithmetic()
{
    const Money rent = Money::fromKronor(6330);
    const Money electricity = Money::fromOre(45050);
    QCOMPARE((rent + electricity).ore(), qint64(678050));
    QCOMPARE((rent - electricity).ore(), qint64(587950));
    QCOMPARE((-rent).ore(), qint64(-633000));
    QCOMPARE((electricity * 3).ore(), qint64(135150));
    Money sum;
    sum += rent;
    sum += electricity;
    sum -= Money::fromKronor(1);
    QCOMPARE(sum.ore(), qint64(677950));
    QVERIFY(electricity < rent);
    QVERIFY(rent > electricity);
    QVERIFY(rent >= Money::fromOre(633000));
    QVERIFY(rent == Money::fromOre(633000));
    QVERIFY(rent != electricity);
    QVERIFY(Money().isZero());
    QVERIFY((electricity - rent).isNegative());
    QCOMPARE(Money::fromOre(-199).kronor(), qint64(-1));
    QCOMPARE(Money::fromOre(199).kronor(), qint64(1));
}

void TestMoney::exactWhereDoublesAreNot()
{
    // 0.10 + 0.20 != 0.30 in binary floating point; in öre it is exact.
    const Money a = *Money::parse(u"0.10");
    const Money b = *Money::parse(u"0.20");
    QCOMPARE(a + b, *Money::parse(u"0.30"));
    // A million additions of 0.01 kr make exactly 10 000 kr.
    Money total;
    for (int i = 0; i < 1000000; ++i)
        total += Money::fromOre(1);
    QCOMPARE(total, Money::fromKronor(10000));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
