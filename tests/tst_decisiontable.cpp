// Decision tables: each hit policy (U, A, P, F, R, O, C, C+, C<, C>, C#), default
// outputs, input values, multiple outputs, and the matched rules in the trace.

#include "automation/dmn/DecisionModel.h"
#include "automation/dmn/DecisionTableEvaluator.h"
#include "automation/dmn/DmnReader.h"
#include "automation/feel/CallContext.h"

#include <QTest>

using namespace casebench;
using namespace casebench::dmn;
using namespace Qt::StringLiterals;

namespace {

struct Rule
{
    const char *test;
    const char *output;
};

// A model with input "x" (number) and one decision "D" holding the table.
QByteArray tableModel(const QByteArray &tableAttrs, const QByteArray &outputs, const QList<QByteArray> &rules,
                      const QByteArray &inputValues = {})
{
    QByteArray xml = "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" namespace=\"urn:t\" name=\"t\">"
                     "<inputData id=\"x\" name=\"x\"><variable name=\"x\" typeRef=\"number\"/></inputData>"
                     "<decision id=\"D\" name=\"D\"><informationRequirement><requiredInput href=\"#x\"/></informationRequirement>"
                     "<decisionTable id=\"T\" "
        + tableAttrs + "><input><inputExpression typeRef=\"number\"><text>x</text></inputExpression>";
    if (!inputValues.isEmpty())
        xml += "<inputValues><text>" + inputValues + "</text></inputValues>";
    xml += "</input>" + outputs + "<annotation name=\"Note\"/>";
    int n = 0;
    for (const QByteArray &r : rules) {
        ++n;
        xml += "<rule id=\"r" + QByteArray::number(n) + "\">" + r + "<annotationEntry><text>note " + QByteArray::number(n)
            + "</text></annotationEntry></rule>";
    }
    xml += "</decisionTable></decision></definitions>";
    return xml;
}

QByteArray rule(const char *test, const char *output)
{
    return QByteArray("<inputEntry><text>") + test + "</text></inputEntry><outputEntry><text>" + output
        + "</text></outputEntry>";
}

QByteArray rule2(const char *test, const char *out1, const char *out2)
{
    return QByteArray("<inputEntry><text>") + test + "</text></inputEntry><outputEntry><text>" + out1
        + "</text></outputEntry><outputEntry><text>" + out2 + "</text></outputEntry>";
}

const QByteArray kOneOutput = "<output name=\"o\"/>";
const QByteArray kPriorityOutput = "<output name=\"o\"><outputValues><text>\"high\",\"medium\",\"low\"</text></outputValues></output>";

struct Evaluation
{
    feel::Value value;
    Trace trace;
    bool diagnostics = false;
};

Evaluation run(const QByteArray &xml, int x)
{
    auto defs = DmnReader::read(xml, u"t.dmn"_s);
    if (!defs) {
        qWarning("%s", qPrintable(defs.error().toString()));
        return {};
    }
    auto model = DecisionModel::fromDefinitions({defs.value()});
    if (!model) {
        qWarning("%s", qPrintable(model.error().toString()));
        return {};
    }
    InputValues inputs;
    inputs.set(u"x"_s, feel::Value::number(x));
    feel::CallContext ctx;
    Evaluation e;
    e.value = (*model)->evaluateDecision(u"D"_s, inputs, ctx, &e.trace);
    e.diagnostics = ctx.hasDiagnostics();
    return e;
}

QString str(const feel::Value &v)
{
    return v.toString();
}

} // namespace

class TestDecisionTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unique();
    void any();
    void priority();
    void first();
    void ruleOrder();
    void outputOrder();
    void collect();
    void collectAggregations_data();
    void collectAggregations();
    void defaultOutput();
    void multipleOutputs();
    void inputValuesRestrictInputs();
    void traceNamesMatchedRules();
    void splitsValueLists();
};

void TestDecisionTable::unique()
{
    const auto xml = tableModel("hitPolicy=\"UNIQUE\"", kOneOutput, {rule("&lt; 10", "\"small\""), rule("[10..20]", "\"medium\""),
                                                                    rule("&gt;= 20", "\"large\"")});
    QCOMPARE(str(run(xml, 5).value), u"\"small\""_s);
    QCOMPARE(str(run(xml, 15).value), u"\"medium\""_s);
    QVERIFY(run(xml, 20).value.isNull()); // 20 matches rules 2 and 3
    const auto overlap = tableModel("", kOneOutput, {rule("&lt; 10", "\"a\""), rule("&lt; 20", "\"b\"")});
    const Evaluation e = run(overlap, 5);
    QVERIFY(e.value.isNull());
    QVERIFY(e.diagnostics);
    QVERIFY(run(overlap, 30).value.isNull()); // no match, no default
}

void TestDecisionTable::any()
{
    const auto xml = tableModel("hitPolicy=\"ANY\"", kOneOutput, {rule("&lt; 10", "\"a\""), rule("&lt; 20", "\"a\""), rule("&lt; 5", "\"b\"")});
    QCOMPARE(str(run(xml, 7).value), u"\"a\""_s);
    const Evaluation conflict = run(xml, 1);
    QVERIFY(conflict.value.isNull());
    QVERIFY(conflict.diagnostics);
}

void TestDecisionTable::priority()
{
    const auto xml = tableModel("hitPolicy=\"PRIORITY\"", kPriorityOutput,
                                {rule("&gt; 0", "\"low\""), rule("&gt; 10", "\"high\""), rule("&gt; 5", "\"medium\"")});
    QCOMPARE(str(run(xml, 3).value), u"\"low\""_s);
    QCOMPARE(str(run(xml, 7).value), u"\"medium\""_s);
    QCOMPARE(str(run(xml, 11).value), u"\"high\""_s);
}

void TestDecisionTable::first()
{
    const auto xml = tableModel("hitPolicy=\"FIRST\"", kOneOutput, {rule("&gt; 10", "1"), rule("&gt; 5", "2"), rule("-", "3")});
    QCOMPARE(str(run(xml, 11).value), u"1"_s);
    QCOMPARE(str(run(xml, 6).value), u"2"_s);
    QCOMPARE(str(run(xml, 0).value), u"3"_s);
    const Evaluation e = run(xml, 11);
    QCOMPARE(e.trace.decisions.first().matchedRules.size(), 1);
}

void TestDecisionTable::ruleOrder()
{
    const auto xml = tableModel("hitPolicy=\"RULE ORDER\"", kPriorityOutput,
                                {rule("&gt; 0", "\"low\""), rule("&gt; 10", "\"high\""), rule("&gt; 5", "\"medium\"")});
    QCOMPARE(str(run(xml, 11).value), u"[\"low\", \"high\", \"medium\"]"_s);
    QCOMPARE(str(run(xml, -1).value), u"[]"_s);
}

void TestDecisionTable::outputOrder()
{
    const auto xml = tableModel("hitPolicy=\"OUTPUT ORDER\"", kPriorityOutput,
                                {rule("&gt; 0", "\"low\""), rule("&gt; 10", "\"high\""), rule("&gt; 5", "\"medium\"")});
    QCOMPARE(str(run(xml, 11).value), u"[\"high\", \"medium\", \"low\"]"_s);
    QCOMPARE(str(run(xml, 6).value), u"[\"medium\", \"low\"]"_s);
}

void TestDecisionTable::collect()
{
    const auto xml = tableModel("hitPolicy=\"COLLECT\"", kOneOutput, {rule("&gt; 1", "100"), rule("&gt; 2", "200"), rule("&gt; 3", "300")});
    QCOMPARE(str(run(xml, 3).value), u"[100, 200]"_s);
    QCOMPARE(str(run(xml, 0).value), u"[]"_s);
}

void TestDecisionTable::collectAggregations_data()
{
    QTest::addColumn<QByteArray>("aggregation");
    QTest::addColumn<int>("x");
    QTest::addColumn<QString>("expected");
    QTest::newRow("C+") << QByteArray("SUM") << 6 << u"600"_s;
    QTest::newRow("C<") << QByteArray("MIN") << 6 << u"100"_s;
    QTest::newRow("C>") << QByteArray("MAX") << 6 << u"400"_s;
    QTest::newRow("C#") << QByteArray("COUNT") << 6 << u"3"_s;
    QTest::newRow("C# counts equal outputs") << QByteArray("COUNT") << 3 << u"2"_s;
    QTest::newRow("C# without match") << QByteArray("COUNT") << 0 << u"0"_s;
    QTest::newRow("C+ without match") << QByteArray("SUM") << 0 << u"null"_s;
}

void TestDecisionTable::collectAggregations()
{
    QFETCH(QByteArray, aggregation);
    QFETCH(int, x);
    QFETCH(QString, expected);
    const auto xml = tableModel("hitPolicy=\"COLLECT\" aggregation=\"" + aggregation + "\"", kOneOutput,
                                {rule("&gt; 1", "100"), rule("&gt; 2", "100"), rule("&gt; 5", "400")});
    QCOMPARE(str(run(xml, x).value), expected);
}

void TestDecisionTable::defaultOutput()
{
    const auto xml = tableModel("", "<output name=\"o\"><defaultOutputEntry><text>\"none\"</text></defaultOutputEntry></output>",
                                {rule("1", "\"one\"")});
    QCOMPARE(str(run(xml, 1).value), u"\"one\""_s);
    QCOMPARE(str(run(xml, 2).value), u"\"none\""_s);
}

void TestDecisionTable::multipleOutputs()
{
    const QByteArray outputs = "<output name=\"Status\"><outputValues><text>\"ok\",\"no\"</text></outputValues>"
                               "<defaultOutputEntry><text>\"no\"</text></defaultOutputEntry></output>"
                               "<output name=\"Rate\"><outputValues><text>\"best\",\"standard\"</text></outputValues></output>";
    const auto unique = tableModel("", outputs, {rule2("&gt; 10", "\"ok\"", "\"best\"")});
    QCOMPARE(str(run(unique, 11).value), u"{Status: \"ok\", Rate: \"best\"}"_s);
    QCOMPARE(str(run(unique, 1).value), u"{Status: \"no\", Rate: null}"_s);

    const auto priority = tableModel("hitPolicy=\"PRIORITY\"", outputs,
                                     {rule2("&gt; 0", "\"no\"", "\"best\""), rule2("&gt; 5", "\"ok\"", "\"standard\""),
                                      rule2("&gt; 8", "\"ok\"", "\"best\"")});
    QCOMPARE(str(run(priority, 9).value), u"{Status: \"ok\", Rate: \"best\"}"_s);
    QCOMPARE(str(run(priority, 6).value), u"{Status: \"ok\", Rate: \"standard\"}"_s);

    const auto collect = tableModel("hitPolicy=\"COLLECT\"", outputs,
                                    {rule2("&gt; 0", "\"no\"", "\"best\""), rule2("&gt; 5", "\"ok\"", "\"standard\"")});
    QCOMPARE(str(run(collect, 6).value), u"[{Status: \"no\", Rate: \"best\"}, {Status: \"ok\", Rate: \"standard\"}]"_s);
}

void TestDecisionTable::inputValuesRestrictInputs()
{
    const auto xml = tableModel("", kOneOutput, {rule("-", "\"in\"")}, "[0..10]");
    QCOMPARE(str(run(xml, 5).value), u"\"in\""_s);
    const Evaluation e = run(xml, 11);
    QVERIFY(e.value.isNull());
    QVERIFY(e.diagnostics);
}

void TestDecisionTable::traceNamesMatchedRules()
{
    const auto xml = tableModel("hitPolicy=\"RULE ORDER\"", kOneOutput, {rule("&gt; 1", "1"), rule("&gt; 5", "2"), rule("&gt; 2", "3")});
    const Evaluation e = run(xml, 4);
    QCOMPARE(e.trace.decisions.size(), 1);
    const DecisionTrace &d = e.trace.decisions.first();
    QCOMPARE(d.name, u"D"_s);
    QCOMPARE(d.inputs.size(), 1);
    QCOMPARE(d.inputs.first().name, u"x"_s);
    QCOMPARE(str(d.inputs.first().value), u"4"_s);
    QVERIFY(d.inputs.first().decision.isEmpty()); // input data, not a decision's result
    QCOMPARE(str(d.result), u"[1, 3]"_s);
    QCOMPARE(d.matchedRules.size(), 2);
    QCOMPARE(d.matchedRules.at(0).ruleId, u"r1"_s);
    QCOMPARE(d.matchedRules.at(1).ruleId, u"r3"_s);
    QCOMPARE(d.matchedRules.at(1).index, 2);
    QCOMPARE(d.matchedRules.at(1).tableId, u"T"_s);
    QCOMPARE(d.matchedRules.at(1).annotations, QStringList{u"note 3"_s});
}

void TestDecisionTable::splitsValueLists()
{
    QCOMPARE(splitUnaryTests(u"\"a,b\", [1..2], f(1, 2), \"c\\\"\""_s),
             (QStringList{u"\"a,b\""_s, u"[1..2]"_s, u"f(1, 2)"_s, u"\"c\\\"\""_s}));
    QCOMPARE(splitUnaryTests(QString()), QStringList());
}

QTEST_GUILESS_MAIN(TestDecisionTable)
#include "tst_decisiontable.moc"
