// The built-in function library, exercised through the FEEL facade so that named
// invocation and overload selection are covered as rule authors use them. Expected results
// follow the DMN 1.5 spec tables and the TCK's built-in test folders.

#include "automation/feel/Builtins.h"
#include "automation/feel/Feel.h"
#include "automation/feel/Value.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace casebench::feel;

namespace {

struct Outcome
{
    Value value;
    QList<Diagnostic> diagnostics;
    bool parsed = false;
};

Outcome run(const QString &expression)
{
    Outcome out;
    const ParseResult parsed = parseExpression(expression);
    if (!parsed.ok())
        return out;
    out.parsed = true;
    CallContext ctx;
    out.value = evaluate(*parsed.expr, Value(), ctx);
    out.diagnostics = ctx.diagnostics();
    return out;
}

void row(const char *expression, const char *expected)
{
    QTest::newRow(expression) << QString::fromUtf8(expression) << QString::fromUtf8(expected);
}

} // namespace

class TestFeelBuiltins : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void registryHasSpecNames()
    {
        const auto &lib = builtins();
        for (const char *name : {"date",
                                 "date and time",
                                 "time",
                                 "duration",
                                 "years and months duration",
                                 "number",
                                 "string",
                                 "not",
                                 "substring",
                                 "string length",
                                 "upper case",
                                 "lower case",
                                 "substring before",
                                 "substring after",
                                 "replace",
                                 "contains",
                                 "starts with",
                                 "ends with",
                                 "matches",
                                 "split",
                                 "string join",
                                 "list contains",
                                 "count",
                                 "min",
                                 "max",
                                 "sum",
                                 "mean",
                                 "all",
                                 "any",
                                 "sublist",
                                 "append",
                                 "concatenate",
                                 "insert before",
                                 "remove",
                                 "reverse",
                                 "index of",
                                 "union",
                                 "distinct values",
                                 "flatten",
                                 "product",
                                 "median",
                                 "stddev",
                                 "mode",
                                 "and",
                                 "or",
                                 "sort",
                                 "list replace",
                                 "decimal",
                                 "floor",
                                 "ceiling",
                                 "round up",
                                 "round down",
                                 "round half up",
                                 "round half down",
                                 "abs",
                                 "modulo",
                                 "sqrt",
                                 "log",
                                 "exp",
                                 "odd",
                                 "even",
                                 "is",
                                 "day of year",
                                 "day of week",
                                 "month of year",
                                 "week of year",
                                 "now",
                                 "today",
                                 "before",
                                 "after",
                                 "meets",
                                 "met by",
                                 "overlaps",
                                 "overlaps before",
                                 "overlaps after",
                                 "finishes",
                                 "finished by",
                                 "includes",
                                 "during",
                                 "starts",
                                 "started by",
                                 "coincides",
                                 "range",
                                 "get value",
                                 "get entries",
                                 "context",
                                 "context put",
                                 "context merge"}) {
            QVERIFY2(lib.contains(QString::fromLatin1(name)), name);
        }
        QCOMPARE(lib.value(u"substring"_s)->parameterNames(),
                 (QStringList{u"string"_s, u"start position"_s, u"length"_s}));
    }

    void results_data();
    void results()
    {
        QFETCH(QString, expression);
        QFETCH(QString, expected);
        const Outcome out = run(expression);
        QVERIFY2(out.parsed, qPrintable(u"does not parse: "_s + expression));
        QCOMPARE(out.value.toString(), expected);
        // A null from a failed call comes with a reason; a value never with one.
        if (!out.value.isNull() && !out.diagnostics.isEmpty())
            QFAIL(qPrintable(out.diagnostics.first().message));
    }

    void wrongArgumentsAreReported()
    {
        const Outcome out = run(u"substring(\"abc\", 0)"_s);
        QVERIFY(out.value.isNull());
        QVERIFY(!out.diagnostics.isEmpty());
        QVERIFY(out.diagnostics.first().message.contains(u"substring"_s));
        const Outcome named = run(u"substring(text: \"abc\", start position: 1)"_s);
        QVERIFY(named.value.isNull());
        QVERIFY(!named.diagnostics.isEmpty());
    }

    void nowAndToday()
    {
        const Outcome now = run(u"now()"_s);
        QVERIFY(now.value.is(ValueKind::DateTime));
        QVERIFY(now.value.dateTime().hasZone());
        const Outcome today = run(u"today()"_s);
        QVERIFY(today.value.is(ValueKind::Date));
        QVERIFY(today.value.date().year() >= 2024);
    }

    void sortCallsBackThroughFunction()
    {
        // A comparator that is not a strict order still terminates and sorts stably.
        const Outcome out = run(u"sort([\"b\", \"a\", \"c\"], function(x, y) true)"_s);
        QVERIFY(out.value.is(ValueKind::List));
        QCOMPARE(out.value.list().size(), 3);
    }
};

// The rows hold raw string literals that moc cannot read, so they live after the class.
void TestFeelBuiltins::results_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("expected");
    // conversion
    row(R"(date("2017-02-28"))", R"(date("2017-02-28"))");
    row(R"(date(2012, 12, 25))", R"(date("2012-12-25"))");
    row(R"(date(2017, 2, 29))", "null");
    row(R"(date(date and time("2012-12-25T11:00:00Z")))", R"(date("2012-12-25"))");
    row(R"(date(from: "2012-12-25"))", R"(date("2012-12-25"))");
    row(R"(date("2017-13-01"))", "null");
    row(R"(date and time("2012-12-24T23:59:00"))", R"(date and time("2012-12-24T23:59:00"))");
    row(R"(date and time(date("2017-01-01"), time("23:59:01Z")))",
        R"(date and time("2017-01-01T23:59:01Z"))");
    row(R"(date and time(date("2017-08-10"), null))", "null");
    row(R"(date and time("2012-12-24"))", R"(date and time("2012-12-24T00:00:00"))");
    row(R"(time("10:30:00+02:00"))", R"(time("10:30:00+02:00"))");
    row(R"(time(23, 59, 0))", R"(time("23:59:00"))");
    row(R"(time(14, 30, 0, duration("PT1H")))", R"(time("14:30:00+01:00"))");
    row(R"(time(12, 0, 1.5))", R"(time("12:00:01.5"))");
    row(R"(time(date("2017-08-10")))", R"(time("00:00:00Z"))");
    row(R"(time(date and time("2017-08-10T10:20:00@Europe/Paris")))",
        R"(time("10:20:00@Europe/Paris"))");
    row(R"(duration("P1Y2M"))", R"(duration("P1Y2M"))");
    row(R"(duration("P2DT25H"))", R"(duration("P3DT1H"))");
    row(R"(duration("-PT90M"))", R"(duration("-PT1H30M"))");
    row(R"(duration("P1Y2D"))", "null");
    row(R"(years and months duration(date("2011-12-22"), date("2013-08-24")))",
        R"(duration("P1Y8M"))");
    row(R"(years and months duration(date("2013-08-24"), date("2011-12-22")))",
        R"(duration("-P1Y8M"))");
    row(R"(number("1 000,0", " ", ","))", "1000");
    row(R"(number("1,000.21", ",", "."))", "1000.21");
    row(R"(number("12"))", "12");
    row(R"(number("1.000,5", ".", "."))", "null");
    row(R"(number(from: "1.5", grouping separator: null, decimal separator: "."))", "1.5");
    row(R"(string(1.1))", R"("1.1")");
    row(R"(string(date("2017-01-02")))", R"("2017-01-02")");
    row(R"(string(null))", "null");
    row(R"(not(true))", "false");
    row(R"(not(1))", "null");
    // string
    row(R"(substring("foobar", 3))", R"("obar")");
    row(R"(substring("foobar", 3, 3))", R"("oba")");
    row(R"(substring("foobar", -2, 1))", R"("a")");
    row(R"(substring("foobar", 3, 3.8))", R"("oba")");
    row(R"(substring("\U01F40Eab", 2))", R"("ab")");
    row(R"(substring(string: "foobar", start position: 3))", R"("obar")");
    row(R"(substring("foobar", 7))", "null");
    row(R"(string length("\U01F40Eab"))", "3");
    row(R"(string length(string: "abc"))", "3");
    row(R"(upper case("aBc4"))", R"("ABC4")");
    row(R"(lower case("aBc4"))", R"("abc4")");
    row(R"(substring before("foobar", "bar"))", R"("foo")");
    row(R"(substring before("foobar", "xyz"))", R"("")");
    row(R"(substring after("foobar", "ob"))", R"("ar")");
    row(R"(substring after("", "a"))", R"("")");
    row(R"(contains("foobar", "of"))", "false");
    row(R"(starts with("foobar", "fo"))", "true");
    row(R"(ends with("foobar", "r"))", "true");
    row(R"(matches("foobar", "^fo*b"))", "true");
    row(R"(matches("FooBar", "foo", "i"))", "true");
    row(R"(matches("abc", "[", ""))", "null");
    row(R"~(replace("abcd", "(ab)|(a)", "[1=$1][2=$2]"))~", R"("[1=ab][2=]cd")");
    row(R"~(replace("0123456789", "([0-9]{3})([0-9]{3})([0-9]{4})", "($1) $2-$3"))~",
        R"("(012) 345-6789")");
    row(R"(replace("abracadabra", "a.*?a", "*"))", R"("*c*bra")");
    row(R"(replace("a b c d ", "[a-z]", "#", "x"))", R"("# # # # ")");
    row(R"(replace("abc", "[A-Z]", "#", "i"))", R"("###")");
    row(R"(replace("a.b", ".", "!", "q"))", R"("a!b")");
    row(R"(replace("abc", "b", "$"))", "null");
    row(R"(replace("abc", "x*", "-"))", "null");
    row(R"(replace("abc", "b", "x", "k"))", "null");
    row(R"(split("John  Doe", " +"))", R"(["John", "Doe"])");
    row(R"(split("a;b;;c", ";"))", R"(["a", "b", "", "c"])");
    row(R"(string join(["a", "b", "c"], "_and_"))", R"("a_and_b_and_c")");
    row(R"(string join(["a", null, "c"]))", R"("ac")");
    row(R"(string join([], "x"))", R"("")");
    row(R"(string join(["a", 1]))", "null");
    // list
    row(R"(list contains([1, 2, 3], 2))", "true");
    row(R"(list contains([1, null], null))", "true");
    row(R"(count([1, 2, 3]))", "3");
    row(R"(min([1, 2, 3]))", "1");
    row(R"(min(3, 1, 2))", "1");
    row(R"(max("a", "c", "b"))", R"("c")");
    row(R"(max([]))", "null");
    row(R"(min([1, "a"]))", "null");
    row(R"(sum([1, 2, 3]))", "6");
    row(R"(sum(1, 2.5))", "3.5");
    row(R"(sum([]))", "null");
    row(R"(mean([1, 2, 3]))", "2");
    row(R"(mean(1, 2))", "1.5");
    row(R"(all([true, false]))", "false");
    row(R"(all([]))", "true");
    row(R"(all([true, null]))", "null");
    row(R"(all(true))", "true");
    row(R"(any([false, true]))", "true");
    row(R"(any([]))", "false");
    row(R"(any([false, 1]))", "null");
    row(R"(sublist([4, 5, 6], 1, 2))", "[4, 5]");
    row(R"(sublist([4, 5, 6], -1))", "[6]");
    row(R"(sublist([4, 5, 6], 4))", "null");
    row(R"(append([1], 2, 3))", "[1, 2, 3]");
    row(R"(concatenate([1, 2], [3]))", "[1, 2, 3]");
    row(R"(insert before([1, 3], 1, 2))", "[2, 1, 3]");
    row(R"(insert before([1, 3], -1, 2))", "[1, 2, 3]");
    row(R"(remove([1, 2, 3], 2))", "[1, 3]");
    row(R"(reverse([1, 2, 3]))", "[3, 2, 1]");
    row(R"(index of([1, 2, 3, 2], 2))", "[2, 4]");
    row(R"(union([1, 2], [2, 3]))", "[1, 2, 3]");
    row(R"(distinct values([1, 2, 3, 2, 1]))", "[1, 2, 3]");
    row(R"(flatten([[1, 2], [[3]], 4]))", "[1, 2, 3, 4]");
    row(R"(product([2, 3, 4]))", "24");
    row(R"(product(2, 3))", "6");
    row(R"(median(8, 2, 5, 3, 4))", "4");
    row(R"(median([6, 1, 2, 3]))", "2.5");
    row(R"(median([]))", "null");
    row(R"(stddev(2, 4, 7, 5))", "2.081665999466132735282297706979931");
    row(R"(stddev([47]))", "null");
    row(R"(mode(6, 3, 9, 6, 6))", "[6]");
    row(R"(mode([6, 1, 9, 6, 1]))", "[1, 6]");
    row(R"(mode([]))", "[]");
    row(R"(sort([3, 1, 4, 2]))", "[1, 2, 3, 4]");
    row(R"(sort(list: [3, 1, 4, 2], precedes: function(x, y) x > y))", "[4, 3, 2, 1]");
    row(R"(sort([3, 1], function(x, y) "no"))", "null");
    row(R"(list replace([2, 4, 7, 8], 3, 6))", "[2, 4, 6, 8]");
    row(R"(list replace([2, 4, 7, 8], function(item, newItem) item < newItem, 5))", "[5, 5, 7, 8]");
    // numeric
    row(R"(decimal(1/3, 2))", "0.33");
    row(R"(decimal(1.5, 0))", "2");
    row(R"(decimal(2.5, 0))", "2");
    row(R"(floor(1.5))", "1");
    row(R"(floor(-1.56, 1))", "-1.6");
    row(R"(ceiling(-1.5))", "-1");
    row(R"(ceiling(1.56, 1))", "1.6");
    row(R"(round up(5.5, 0))", "6");
    row(R"(round up(-5.5, 0))", "-6");
    row(R"(round down(-5.5, 0))", "-5");
    row(R"(round half up(-5.5, 0))", "-6");
    row(R"(round half up(1.121, 2))", "1.12");
    row(R"(round half down(5.5, 0))", "5");
    row(R"(round half down(-1.126, 2))", "-1.13");
    row(R"(abs(-10))", "10");
    row(R"(abs(duration("-P5D")))", R"(duration("P5D"))");
    row(R"(abs("x"))", "null");
    row(R"(modulo(-12, 5))", "3");
    row(R"(modulo(10.1, 4.5))", "1.1");
    row(R"(modulo(4, 0))", "null");
    row(R"(sqrt(16))", "4");
    row(R"(sqrt(-1))", "null");
    row(R"(log(10))", "2.302585092994045684017991454684364");
    row(R"(exp(5))", "148.4131591025766034211155800405523");
    row(R"(odd(5))", "true");
    row(R"(odd(-2))", "false");
    row(R"(even(0))", "true");
    row(R"(even(number: 4))", "true");
    row(R"(even(n: 4))", "null");
    row(R"(even("4"))", "null");
    row(R"(even(4, 4))", "null");
    // temporal
    row(R"(day of year(date(2019, 9, 17)))", "260");
    row(R"(day of week(date(2019, 9, 17)))", R"("Tuesday")");
    row(R"(month of year(date(2019, 9, 17)))", R"("September")");
    row(R"(week of year(date(2019, 9, 17)))", "38");
    row(R"(week of year(date(2003, 12, 29)))", "1");
    row(R"(week of year(date(2005, 1, 1)))", "53");
    row(R"(is(date("2012-12-25"), date("2012-12-25")))", "true");
    row(R"(is(time("23:00:50Z"), time("23:00:50")))", "false");
    row(R"(is(time("10:00:00+01:00"), time("10:00:00@Europe/Paris")))", "false");
    // range
    row(R"(before(1, 10))", "true");
    row(R"(before(1, [2..5]))", "true");
    row(R"(before(1, (1..5]))", "true");
    row(R"(before([1..5], 10))", "true");
    row(R"(before([1..5], [5..10]))", "false");
    row(R"(before([1..5), [5..10]))", "true");
    row(R"(after(12, [2..5]))", "true");
    row(R"(after([6..10], [1..5]))", "true");
    row(R"(after((5..10], [1..5]))", "true");
    row(R"(meets([1..5], [5..10]))", "true");
    row(R"(meets([1..5), [5..10]))", "false");
    row(R"(met by([5..10], [1..5]))", "true");
    row(R"(overlaps([1..5], [3..8]))", "true");
    row(R"(overlaps([1..5], [6..8]))", "false");
    row(R"(overlaps([5..8], [1..5]))", "true");
    row(R"(overlaps before([1..5], [3..8]))", "true");
    row(R"(overlaps before([1..5], [1..5]))", "false");
    row(R"(overlaps after([3..8], [1..5]))", "true");
    row(R"(finishes(10, [1..10]))", "true");
    row(R"(finishes([3..5], [1..5]))", "true");
    row(R"(finished by([1..10], 10))", "true");
    row(R"(finished by([1..5], [3..5]))", "true");
    row(R"(includes([1..10], 5))", "true");
    row(R"(includes([1..10], [4..6]))", "true");
    row(R"(includes([1..10), 10))", "false");
    row(R"(during(5, [1..10]))", "true");
    row(R"(during([4..6], [1..10]))", "true");
    row(R"(during((1..5], [1..5]))", "true");
    row(R"(starts(1, [1..5]))", "true");
    row(R"(starts([1..5], [1..10]))", "true");
    row(R"(started by([1..10], 1))", "true");
    row(R"(started by([1..10], [1..5]))", "true");
    row(R"(coincides(5, 5))", "true");
    row(R"(coincides([1..5], [1..5]))", "true");
    row(R"(coincides([1..5], (1..5]))", "false");
    row(R"(before(point1: 1, point2: 10))", "true");
    row(R"(includes(range: [1..10], point: 5))", "true");
    row(R"(before(1, "a"))", "null");
    row(R"(meets(1, 2))", "null");
    row(R"~(range("[18..21)"))~", "[18..21)");
    row(R"(range("<= 10"))", "null");
    row(R"(range("[3..1]"))", "null");
    row(R"(range("[date(string(\"2020-01-01\"))..date(\"2021-01-01\")]"))", "null");
    row(R"~(range("(date(\"2020-01-01\")..date(\"2021-01-01\")]"))~",
        R"~((date("2020-01-01")..date("2021-01-01")])~");
    row(R"(range("[1..\"a\"]"))", "null");
    row(R"(is(value1: date("2021-02-13")))", "false");
    row(R"(decimal(1/3, 2.5))", "0.33");
    row(R"(list replace([1, 2, 3], 2.5, 4))", "[1, 4, 3]");
    row(R"(list replace([2, 4], function(item) item = 2, 5))", "null");
    row(R"(duration("PT0.S"))", R"(duration("PT0S"))");
    row(R"(date and time("2021-01-01T24:00:00"))", R"(date and time("2021-01-02T00:00:00"))");
    row(R"(context put(context: {y: {a: 0}}, key: ["y", "a"], value: 2))", "null");
    row(R"(context put(context: {y: {a: 0}}, keys: ["y", "a"], value: 2))", "{y: {a: 2}}");
    row(R"(years and months duration(date and time("2011-12-22T10:00:00"), date and time("2013-08-22T09:00:00")))",
        R"(duration("P1Y7M"))");
    row(R"(years and months duration(date and time("2011-12-22T10:00:00"), date and time("2013-08-22T10:00:00")))",
        R"(duration("P1Y8M"))");
    row(R"(matches("abc\n", "c$"))", "false");
    row(R"(matches("abc\nd", "c$", "m"))", "true");
    // context
    row(R"(get value({a: 1, b: 2}, "b"))", "2");
    row(R"(get value({a: 1}, "z"))", "null");
    row(R"(get entries({a: 1, b: 2}))", "[{key: \"a\", value: 1}, {key: \"b\", value: 2}]");
    row(R"(context([{key: "a", value: 1}, {key: "b", value: 2}]))", "{a: 1, b: 2}");
    row(R"(context([{key: "a", value: 1}, {key: "a", value: 2}]))", "null");
    row(R"(context put({x: 1}, "y", 2))", "{x: 1, y: 2}");
    row(R"(context put({x: 1, y: 0}, "x", 2))", "{x: 2, y: 0}");
    row(R"(context put({x: {y: 1}}, ["x", "y"], 2))", "{x: {y: 2}}");
    row(R"(context merge([{x: 1}, {y: 2}, {x: 3}]))", "{x: 3, y: 2}");
}

QTEST_GUILESS_MAIN(TestFeelBuiltins)
#include "tst_feelbuiltins.moc"
