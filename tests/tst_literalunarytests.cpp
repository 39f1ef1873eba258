// The decision-table fast path: unary tests made only of literals are evaluated once and
// then tested without the evaluator (feel::LiteralUnaryTests), and constant expressions are
// folded (Evaluator::constantValue). The fast path must give exactly what feel::test and
// feel::evaluate give, for every kind of input, and must refuse whatever needs the
// evaluator at run time (names, calls, "?", operands that report errors).

#include "automation/feel/Ast.h"
#include "automation/feel/Evaluator.h"
#include "automation/feel/Feel.h"
#include "automation/feel/UnaryTests.h"
#include "automation/feel/Value.h"

#include <QTest>

using namespace casebench::feel;
using namespace Qt::StringLiterals;

namespace {

Value num(const char *text)
{
    return Value(*Decimal::fromString(QString::fromLatin1(text)));
}

// Inputs of every kind a table sees, including the awkward ones: null, a number equal to a
// bound but written with other digits (30 vs 3E1), other kinds than the test's.
QList<Value> inputs()
{
    return {
        Value(),
        Value(true),
        Value(false),
        num("-5"),
        num("0"),
        num("7.5"),
        num("10"),
        num("18"),
        num("22"),
        num("25"),
        num("30"),
        num("35"),
        num("40"),
        num("150.000"),
        Value(u"youth"_s),
        Value(u"student"_s),
        Value(u""_s),
        Value(*Date::fromString(u"2024-02-29")),
        Value(QList<Value>{num("1"), num("2")}),
    };
}

QString describe(const Value &v)
{
    return v.isNull() ? u"null"_s : v.toString();
}

} // namespace

class TestLiteralUnaryTests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameAnswersAsFeelTest_data();
    void sameAnswersAsFeelTest();
    void needsTheEvaluator_data();
    void needsTheEvaluator();
    void constantValues();
};

void TestLiteralUnaryTests::sameAnswersAsFeelTest_data()
{
    QTest::addColumn<QString>("tests");
    for (const char *text : {"-",
                             "< 10",
                             "<= 10",
                             "> 10",
                             ">= 10",
                             "= 30",
                             "!= 30",
                             "10",
                             "30",
                             "\"youth\"",
                             "\"student\", \"youth\"",
                             "[18..25)",
                             "[30..40)",
                             "(18..25]",
                             "]18..25[",
                             "[80..150]",
                             "[1..10], [20..30]",
                             "not(< 10)",
                             "not(\"youth\", 30)",
                             "true",
                             "false",
                             "null",
                             "< -1",
                             "> 1 + 1",
                             "[1, 2]",
                             "[\"a\", 7.5]",
                             "@\"2024-01-01\"",
                             "> @\"2024-01-01\"",
                             "[@\"2024-01-01\"..@\"2024-12-31\"]",
                             "< \"m\"",
                             "\"\"",
                             "[5..null]",
                             "< null",
                             "= null",
                             "!= null"}) {
        QTest::newRow(text) << QString::fromUtf8(text);
    }
}

void TestLiteralUnaryTests::sameAnswersAsFeelTest()
{
    QFETCH(QString, tests);
    const UnaryTestsParseResult parsed = parseUnaryTests(tests);
    QVERIFY2(parsed.ok(), qPrintable(tests));
    const auto literal = LiteralUnaryTests::fromTests(*parsed.tests);
    QVERIFY2(literal, "made only of literals, so it must take the fast path");
    for (const Value &input : inputs()) {
        CallContext ctx;
        const Value expected = test(*parsed.tests, input, Value(), ctx);
        const auto fast = literal->matches(input);
        const Value actual = fast ? Value(*fast) : Value();
        QVERIFY2(isFeelEqual(actual, expected) || (actual.isNull() && expected.isNull()),
                 qPrintable(u"%1 with input %2: fast %3, evaluator %4"_s.arg(
                     tests, describe(input), describe(actual), describe(expected))));
    }
}

void TestLiteralUnaryTests::needsTheEvaluator_data()
{
    QTest::addColumn<QString>("tests");
    QTest::newRow("name") << u"< limit"_s;
    QTest::newRow("name in range") << u"[limit..100]"_s;
    QTest::newRow("question mark") << u"? > 5"_s;
    QTest::newRow("call") << u"date(\"2024-01-01\")"_s;
    QTest::newRow("today") << u"< today()"_s;
    QTest::newRow("division by zero") << u"< 1 / 0"_s;
    QTest::newRow("descending range") << u"[5..1]"_s;
    QTest::newRow("mixed range") << u"[1..\"z\"]"_s;
    QTest::newRow("one literal, one name") << u"1, limit"_s;
    QTest::newRow("bad temporal") << u"@\"2024-13-45\""_s;
}

void TestLiteralUnaryTests::needsTheEvaluator()
{
    QFETCH(QString, tests);
    const UnaryTestsParseResult parsed = parseUnaryTests(tests, {u"limit"_s});
    QVERIFY2(parsed.ok(), qPrintable(tests));
    QVERIFY(!LiteralUnaryTests::fromTests(*parsed.tests));
}

void TestLiteralUnaryTests::constantValues()
{
    const auto constant = [](const QString &text) -> std::optional<Value> {
        const ParseResult parsed = parseExpression(text, {u"income"_s});
        if (!parsed.ok())
            return std::nullopt;
        return Evaluator::constantValue(parsed.expr->rootPtr());
    };
    QCOMPARE(constant(u"\"low\""_s)->string(), u"low"_s);
    QCOMPARE(constant(u"1 + 2 * 3"_s)->toString(), u"7"_s);
    QCOMPARE(constant(u"-0.5"_s)->toString(), u"-0.5"_s);
    QCOMPARE(constant(u"[1, \"a\", null]"_s)->toString(), u"[1, \"a\", null]"_s);
    QVERIFY(constant(u"null"_s)->isNull()); // a constant null is still a constant
    QCOMPARE(constant(u"if 1 > 2 then \"a\" else \"b\""_s)->string(), u"b"_s);
    QVERIFY(!constant(u"income * 0.3"_s));
    QVERIFY(!constant(u"1 / 0"_s)); // its error belongs to each evaluation
    QVERIFY(!constant(u"today()"_s));
    QVERIFY(!constant(u"{a: 1}"_s));
    QVERIFY(!constant(u"for x in [1, 2] return x"_s));
}

QTEST_GUILESS_MAIN(TestLiteralUnaryTests)
#include "tst_literalunarytests.moc"
