// Personnummer: every accepted shape, century rules, samordningsnummer, and each way a
// number can be wrong with the message that says which.

#include "model/Personnummer.h"

#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(PersonnummerError::Kind)

namespace {
// A fixed "today" so the century of ten-digit numbers does not depend on when tests run.
const QDate Reference(2026, 11, 23);
} // namespace

class TestPersonnummer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts_data();
    void accepts();
    void rejects_data();
    void rejects();
    void checkDigit();
    void composeMakesValidNumbers();
    void tenDigitForm();
    void referenceDecidesCentury();
    void messagesMaskPossibleNumbers();
};

void TestPersonnummer::accepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<bool>("coordination");

    QTest::newRow("12 digits with dash")
        << u"19811218-9876"_s << u"19811218-9876"_s << QDate(1981, 12, 18) << false;
    QTest::newRow("12 digits plain")
        << u"198112189876"_s << u"19811218-9876"_s << QDate(1981, 12, 18) << false;
    QTest::newRow("10 digits with dash")
        << u"811218-9876"_s << u"19811218-9876"_s << QDate(1981, 12, 18) << false;
    QTest::newRow("10 digits plain")
        << u"8112189876"_s << u"19811218-9876"_s << QDate(1981, 12, 18) << false;
    QTest::newRow("10 digits, this century")
        << u"121212-1212"_s << u"20121212-1212"_s << QDate(2012, 12, 12) << false;
    QTest::newRow("plus: 100 or older")
        << u"121212+1212"_s << u"19121212-1212"_s << QDate(1912, 12, 12) << false;
    QTest::newRow("born on the reference day")
        << u"261123-0018"_s << u"20261123-0018"_s << QDate(2026, 11, 23) << false;
    QTest::newRow("birthday tomorrow: last century")
        << u"261124-0017"_s << u"19261124-0017"_s << QDate(1926, 11, 24) << false;
    QTest::newRow("plus with birthday tomorrow")
        << u"261124+0017"_s << u"18261124-0017"_s << QDate(1826, 11, 24) << false;
    QTest::newRow("leap day 2000")
        << u"000229-1235"_s << u"20000229-1235"_s << QDate(2000, 2, 29) << false;
    QTest::newRow("leap day 2012, 12 digits")
        << u"20120229-1231"_s << u"20120229-1231"_s << QDate(2012, 2, 29) << false;
    QTest::newRow("samordningsnummer")
        << u"850769-1239"_s << u"19850769-1239"_s << QDate(1985, 7, 9) << true;
    QTest::newRow("samordningsnummer, 12 digits")
        << u"198507691239"_s << u"19850769-1239"_s << QDate(1985, 7, 9) << true;
    QTest::newRow("samordningsnummer, day 31")
        << Personnummer::compose(QDate(1990, 1, 31), 456, true) << "19900191-4564"
        << QDate(1990, 1, 31) << true;
}

void TestPersonnummer::accepts()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QDate, birthDate);
    QFETCH(bool, coordination);

    const auto parsed = Personnummer::parse(input, Reference);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->normalized(), normalized);
    QCOMPARE(parsed->birthDate(), birthDate);
    QCOMPARE(parsed->isCoordinationNumber(), coordination);
}

void TestPersonnummer::rejects_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<PersonnummerError::Kind>("kind");
    QTest::addColumn<QString>("fragment");

    using K = PersonnummerError::Kind;
    QTest::newRow("empty") << u""_s << K::BadFormat << u"not a personnummer"_s;
    QTest::newRow("letter") << u"81121898x6"_s << K::BadFormat << u"not a personnummer"_s;
    QTest::newRow("space as separator")
        << u"811218 9876"_s << K::BadFormat << u"not a personnummer"_s;
    QTest::newRow("slash as separator")
        << u"811218/9876"_s << K::BadFormat << u"not a personnummer"_s;
    QTest::newRow("dash in the wrong place")
        << u"81121-89876"_s << K::BadFormat << u"not a personnummer"_s;
    QTest::newRow("too short") << u"811218-987"_s << K::BadFormat << u"not a personnummer"_s;
    QTest::newRow("too long") << u"19811218-98765"_s << K::BadFormat << u"not a personnummer"_s;
    QTest::newRow("plus in 12-digit form")
        << u"19121212+1212"_s << K::BadFormat << u"'+' belongs to the ten-digit form"_s;
    QTest::newRow("full-width digits")
        << u"８１１２１８-９８７６"_s << K::BadFormat << u"not a personnummer"_s;
    QTest::newRow("wrong check digit")
        << u"811218-9875"_s << K::WrongCheckDigit << u"wrong check digit"_s;
    QTest::newRow("wrong check digit, 12 digits")
        << u"198112189877"_s << K::WrongCheckDigit << u"wrong check digit"_s;
    QTest::newRow("wrong check digit, samordningsnummer")
        << u"850769-1230"_s << K::WrongCheckDigit << u"wrong check digit"_s;
    QTest::newRow("month 13") << u"811318-9876"_s << K::ImpossibleDate
                              << u"impossible birth date"_s;
    QTest::newRow("month 14") << u"811418-9876"_s << K::ImpossibleDate
                              << u"impossible birth date"_s;
    QTest::newRow("month 0") << u"810018-9876"_s << K::ImpossibleDate << u"impossible birth date"_s;
    QTest::newRow("day 0") << u"811200-9876"_s << K::ImpossibleDate << u"impossible birth date"_s;
    QTest::newRow("31 April") << u"810431-9876"_s << K::ImpossibleDate
                              << u"impossible birth date"_s;
    QTest::newRow("29 Feb in a common year")
        << u"260229-0013"_s << K::ImpossibleDate << u"impossible birth date"_s;
    QTest::newRow("29 Feb 1900 (plus)")
        << u"000229+1235"_s << K::ImpossibleDate << u"impossible birth date"_s;
    QTest::newRow("29 Feb 1900 (12 digits)")
        << u"19000229-1235"_s << K::ImpossibleDate << u"impossible birth date"_s;
    QTest::newRow("samordningsnummer day 92")
        << u"850792-1239"_s << K::ImpossibleDate << u"samordningsnummer"_s;
    QTest::newRow("samordningsnummer 31 Feb")
        << u"850291-1239"_s << K::ImpossibleDate << u"samordningsnummer"_s;
    QTest::newRow("day 32 (neither kind)")
        << u"850732-1239"_s << K::ImpossibleDate << u"impossible birth date"_s;
    QTest::newRow("born after the reference day")
        << u"20261124-0017"_s << K::ImpossibleDate << u"future"_s;
}

void TestPersonnummer::rejects()
{
    QFETCH(QString, input);
    QFETCH(PersonnummerError::Kind, kind);
    QFETCH(QString, fragment);

    const auto parsed = Personnummer::parse(input, Reference);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, kind);
    QVERIFY2(parsed.error().message.contains(fragment), qPrintable(parsed.error().message));
    // The message is safe to log: it never repeats the number.
    QVERIFY(input.isEmpty() || !parsed.error().message.contains(input));
}

void TestPersonnummer::checkDigit()
{
    QCOMPARE(Personnummer::luhnCheckDigit(u"811218987"), 6);
    QCOMPARE(Personnummer::luhnCheckDigit(u"121212121"), 2);
    QCOMPARE(Personnummer::luhnCheckDigit(u"000000000"), 0);
    QCOMPARE(Personnummer::luhnCheckDigit(u"202100543"), 0); // organisationsnummer 202100-5430
    QCOMPARE(Personnummer::luhnCheckDigit(u""), -1);
    QCOMPARE(Personnummer::luhnCheckDigit(u"81121898a"), -1);
    QCOMPARE(Personnummer::luhnCheckDigit(u"81121-987"), -1);
}

void TestPersonnummer::composeMakesValidNumbers()
{
    QCOMPARE(Personnummer::compose(QDate(1981, 12, 18), 987), QStringLiteral("19811218-9876"));
    QCOMPARE(Personnummer::compose(QDate(1985, 7, 9), 123, true), QStringLiteral("19850769-1239"));
    QCOMPARE(Personnummer::compose(QDate(2020, 1, 1), 0), QStringLiteral("20200101-0004"));
    QVERIFY(Personnummer::compose(QDate(), 1).isEmpty());
    QVERIFY(Personnummer::compose(QDate(1990, 1, 1), 1000).isEmpty());
    QVERIFY(Personnummer::compose(QDate(1990, 1, 1), -1).isEmpty());

    // Every serial on a handful of dates round-trips through parse().
    for (const QDate date :
         {QDate(1924, 2, 29), QDate(1999, 12, 31), QDate(2024, 2, 29), QDate(2026, 11, 23)}) {
        for (int serial = 0; serial <= 999; serial += 37) {
            for (bool coordination : {false, true}) {
                const QString composed = Personnummer::compose(date, serial, coordination);
                const auto parsed = Personnummer::parse(composed, Reference);
                QVERIFY2(parsed.ok(), qPrintable(composed));
                QCOMPARE(parsed->normalized(), composed);
                QCOMPARE(parsed->birthDate(), date);
                QCOMPARE(parsed->isCoordinationNumber(), coordination);
                // …and so does its ten-digit form.
                const auto again = Personnummer::parse(parsed->tenDigitForm(Reference), Reference);
                QVERIFY(again.ok());
                QCOMPARE(again->normalized(), composed);
            }
        }
    }
}

void TestPersonnummer::tenDigitForm()
{
    const auto old = Personnummer::parse(u"19121212-1212", Reference);
    QVERIFY(old.ok());
    QCOMPARE(old->tenDigitForm(Reference), QStringLiteral("121212+1212"));
    QCOMPARE(old->tenDigitForm(QDate(2012, 12, 11)), QStringLiteral("121212-1212")); // 99 that day
    QCOMPARE(old->tenDigitForm(QDate(2012, 12, 12)),
             QStringLiteral("121212+1212")); // 100th birthday

    const auto young = Personnummer::parse(u"198112189876", Reference);
    QVERIFY(young.ok());
    QCOMPARE(young->tenDigitForm(Reference), QStringLiteral("811218-9876"));
}

void TestPersonnummer::referenceDecidesCentury()
{
    // The same ten digits read against two reference dates.
    const auto before = Personnummer::parse(u"101010-1010", QDate(2010, 10, 9));
    const auto after = Personnummer::parse(u"101010-1010", QDate(2010, 10, 10));
    QVERIFY(before.ok());
    QVERIFY(after.ok());
    QCOMPARE(before->birthDate(), QDate(1910, 10, 10));
    QCOMPARE(after->birthDate(), QDate(2010, 10, 10));
}

void TestPersonnummer::messagesMaskPossibleNumbers()
{
    QCOMPARE(Personnummer::maskedForMessage(u"19870314-2482"), u"########-####"_s);
    QCOMPARE(Personnummer::maskedForMessage(u"8703142482"), u"##########"_s);
    QCOMPARE(Personnummer::maskedForMessage(u"born 870314-2482!"), u"born ######-####!"_s);
    // Short numbers and words are shown as they are: they help a person find the mistake.
    QCOMPARE(Personnummer::maskedForMessage(u"2026-02-30"), u"2026-02-30"_s);
    QCOMPARE(Personnummer::maskedForMessage(u"12500,50"), u"12500,50"_s);
    QCOMPARE(Personnummer::maskedForMessage(u"lotteri"), u"lotteri"_s);
    QCOMPARE(Personnummer::maskedForMessage(u"abcdefghij", 4), u"abcd\u2026"_s);
    // Digits beyond the cut still count: a long value cannot slip a number through.
    QCOMPARE(Personnummer::maskedForMessage(u"x 1987031", 5), u"x 198\u2026"_s);
    QCOMPARE(Personnummer::maskedForMessage(u"12345 1987031424", 7), u"##### #\u2026"_s);
}

QTEST_GUILESS_MAIN(TestPersonnummer)
#include "tst_personnummer.moc"
