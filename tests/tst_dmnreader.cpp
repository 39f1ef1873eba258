// DmnReader: every DMN model namespace (1.1–1.5), the FEEL type prefixes, all elements
// the engine evaluates, and invalid models rejected with file, line and element.

#include "automation/dmn/DecisionTable.h"
#include "automation/dmn/DmnReader.h"

#include <QTest>

using namespace casebench;
using namespace casebench::dmn;
using namespace Qt::StringLiterals;

namespace {

QByteArray model(const QByteArray &ns, const QByteArray &body, const QByteArray &extraNs = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<definitions xmlns=\"" + ns
        + "\" namespace=\"http://example.org/m\" name=\"m\" id=\"m\" " + extraNs + ">\n" + body
        + "</definitions>\n";
}

const QByteArray kDmn15 = "https://www.omg.org/spec/DMN/20230324/MODEL/";

} // namespace

class TestDmnReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyVersionNamespace_data();
    void everyVersionNamespace();
    void prefixedElementsAndFeelTypePrefix();
    void rejectsForeignRoot();
    void malformedXmlGivesLine();
    void tableWithoutOutputNamesDecisionAndLine();
    void ruleWithWrongEntryCount();
    void unknownHitPolicy();
    void hitPoliciesAndAggregations();
    void itemDefinitions();
    void boxedExpressions();
    void knowledgeModelAndService();
    void importsAndRequirements();
    void contextEntryWithoutVariableMustBeLast();
};

void TestDmnReader::everyVersionNamespace_data()
{
    QTest::addColumn<QByteArray>("ns");
    QTest::addColumn<QString>("version");
    QTest::newRow("1.1") << QByteArray("http://www.omg.org/spec/DMN/20151101/dmn.xsd") << u"1.1"_s;
    QTest::newRow("1.2") << QByteArray("http://www.omg.org/spec/DMN/20180521/MODEL/") << u"1.2"_s;
    QTest::newRow("1.3") << QByteArray("https://www.omg.org/spec/DMN/20191111/MODEL/") << u"1.3"_s;
    QTest::newRow("1.4") << QByteArray("https://www.omg.org/spec/DMN/20211108/MODEL/") << u"1.4"_s;
    QTest::newRow("1.5") << kDmn15 << u"1.5"_s;
}

void TestDmnReader::everyVersionNamespace()
{
    QFETCH(QByteArray, ns);
    QFETCH(QString, version);
    const auto r = DmnReader::read(model(ns, "<inputData id=\"i1\" name=\"Age\"><variable name=\"Age\" typeRef=\"number\"/></inputData>\n"
                                              "<decision id=\"d1\" name=\"Adult\"><variable name=\"Adult\" typeRef=\"boolean\"/>"
                                              "<informationRequirement><requiredInput href=\"#i1\"/></informationRequirement>"
                                              "<literalExpression><text>Age &gt;= 18</text></literalExpression></decision>\n"),
                                   u"m.dmn"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->dmnVersion, version);
    QCOMPARE(r->nameSpace, u"http://example.org/m"_s);
    QCOMPARE(r->inputData.size(), 1);
    QCOMPARE(r->inputData.first().typeRef, u"number"_s);
    QCOMPARE(r->decisions.size(), 1);
    const Decision &d = r->decisions.first();
    QCOMPARE(d.line, 4);
    QCOMPARE(d.typeRef, u"boolean"_s);
    QCOMPARE(d.requiredInputs.size(), 1);
    QCOMPARE(d.requiredInputs.first().id, u"i1"_s);
    QVERIFY(d.requiredInputs.first().nameSpace.isEmpty());
    QVERIFY(d.expression);
    QCOMPARE(d.expression->kind, BoxedExpression::Kind::Literal);
    QCOMPARE(d.expression->text, u"Age >= 18"_s);
}

void TestDmnReader::prefixedElementsAndFeelTypePrefix()
{
    // DMN 1.1 style: elements with a prefix, typeRef as a QName in the FEEL namespace,
    // the item definition's type as a child element.
    const QByteArray xml = "<?xml version=\"1.0\"?>\n"
                           "<semantic:definitions xmlns:semantic=\"http://www.omg.org/spec/DMN/20151101/dmn.xsd\"\n"
                           "  xmlns:feel=\"http://www.omg.org/spec/FEEL/20140401\" xmlns:tns=\"http://example.org/m\"\n"
                           "  namespace=\"http://example.org/m\" name=\"m\">\n"
                           "<semantic:itemDefinition name=\"tAge\"><semantic:typeRef>feel:number</semantic:typeRef></semantic:itemDefinition>\n"
                           "<semantic:inputData id=\"i\" name=\"Age\"><semantic:variable name=\"Age\" typeRef=\"tns:tAge\"/></semantic:inputData>\n"
                           "<semantic:decision id=\"d\" name=\"D\"><semantic:variable name=\"D\" typeRef=\"feel:string\"/>"
                           "<semantic:literalExpression><semantic:text>\"x\"</semantic:text></semantic:literalExpression></semantic:decision>\n"
                           "</semantic:definitions>\n";
    const auto r = DmnReader::read(xml, u"old.dmn"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    QCOMPARE(r->dmnVersion, u"1.1"_s);
    QCOMPARE(r->itemDefinitions.first().typeRef, u"number"_s);
    QCOMPARE(r->inputData.first().typeRef, u"tAge"_s);
    QCOMPARE(r->decisions.first().typeRef, u"string"_s);
    QCOMPARE(r->decisions.first().expression->text, u"\"x\""_s);
}

void TestDmnReader::rejectsForeignRoot()
{
    const auto r = DmnReader::read("<definitions xmlns=\"http://example.org/other\"/>", u"x.dmn"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().file, u"x.dmn"_s);
    QCOMPARE(r.error().line, 1);
    QVERIFY(r.error().message.contains(u"http://example.org/other"_s));
}

void TestDmnReader::malformedXmlGivesLine()
{
    const auto r = DmnReader::read(model(kDmn15, "<decision id=\"d\" name=\"D\">\n<literalExpression>\n</decision>\n"), u"bad.dmn"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, 5);
}

void TestDmnReader::tableWithoutOutputNamesDecisionAndLine()
{
    const auto r = DmnReader::read(model(kDmn15, "<decision id=\"d_1\" name=\"d_1\">\n"
                                                 "  <decisionTable id=\"t\">\n"
                                                 "    <input><inputExpression><text>x</text></inputExpression></input>\n"
                                                 "  </decisionTable>\n"
                                                 "</decision>\n"),
                                   u"model.dmn"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().toString(), u"model.dmn:4: decision 'd_1': decision table has no output"_s);
}

void TestDmnReader::ruleWithWrongEntryCount()
{
    const auto r = DmnReader::read(model(kDmn15, "<decision id=\"d\" name=\"Risk\"><decisionTable>\n"
                                                 "<input><inputExpression><text>x</text></inputExpression></input>\n"
                                                 "<output name=\"o\"/>\n"
                                                 "<rule id=\"r1\"><inputEntry><text>1</text></inputEntry><outputEntry><text>1</text></outputEntry></rule>\n"
                                                 "<rule id=\"r2\"><outputEntry><text>2</text></outputEntry></rule>\n"
                                                 "</decisionTable></decision>\n"),
                                   u"m.dmn"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, 7);
    QCOMPARE(r.error().field, u"decision 'Risk'"_s);
    QVERIFY2(r.error().message.contains(u"r2"_s), qPrintable(r.error().message));
}

void TestDmnReader::unknownHitPolicy()
{
    const auto r = DmnReader::read(model(kDmn15, "<decision id=\"d\" name=\"D\">\n<decisionTable hitPolicy=\"SOMETIMES\"><output/></decisionTable></decision>\n"),
                                   u"m.dmn"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, 4);
    QVERIFY(r.error().message.contains(u"SOMETIMES"_s));
}

void TestDmnReader::hitPoliciesAndAggregations()
{
    struct Case
    {
        const char *attrs;
        HitPolicy policy;
        Aggregation aggregation;
    };
    const Case cases[] = {
        {"", HitPolicy::Unique, Aggregation::None},
        {"hitPolicy=\"ANY\"", HitPolicy::Any, Aggregation::None},
        {"hitPolicy=\"PRIORITY\"", HitPolicy::Priority, Aggregation::None},
        {"hitPolicy=\"FIRST\"", HitPolicy::First, Aggregation::None},
        {"hitPolicy=\"RULE ORDER\"", HitPolicy::RuleOrder, Aggregation::None},
        {"hitPolicy=\"OUTPUT ORDER\"", HitPolicy::OutputOrder, Aggregation::None},
        {"hitPolicy=\"COLLECT\"", HitPolicy::Collect, Aggregation::None},
        {"hitPolicy=\"COLLECT\" aggregation=\"SUM\"", HitPolicy::Collect, Aggregation::Sum},
        {"hitPolicy=\"COLLECT\" aggregation=\"MIN\"", HitPolicy::Collect, Aggregation::Min},
        {"hitPolicy=\"COLLECT\" aggregation=\"MAX\"", HitPolicy::Collect, Aggregation::Max},
        {"hitPolicy=\"COLLECT\" aggregation=\"COUNT\"", HitPolicy::Collect, Aggregation::Count},
    };
    for (const auto &c : cases) {
        const auto r = DmnReader::read(model(kDmn15, QByteArray("<decision id=\"d\" name=\"D\"><decisionTable ") + c.attrs
                                                         + "><output name=\"o\"><outputValues><text>\"a\",\"b\"</text></outputValues>"
                                                           "<defaultOutputEntry><text>\"b\"</text></defaultOutputEntry></output>"
                                                           "<annotation name=\"Why\"/>"
                                                           "<rule id=\"r\"><outputEntry><text>\"a\"</text></outputEntry>"
                                                           "<annotationEntry><text>because</text></annotationEntry></rule>"
                                                           "</decisionTable></decision>"),
                                       u"m.dmn"_s);
        QVERIFY2(r.ok(), c.attrs);
        const auto &t = *r->decisions.first().expression->table;
        QCOMPARE(t.hitPolicy, c.policy);
        QCOMPARE(t.aggregation, c.aggregation);
        QCOMPARE(t.outputs.first().outputValues, u"\"a\",\"b\""_s);
        QCOMPARE(t.outputs.first().defaultOutputEntry, u"\"b\""_s);
        QCOMPARE(t.annotationNames, QStringList{u"Why"_s});
        QCOMPARE(t.rules.first().annotations, QStringList{u"because"_s});
    }
    const auto bad = DmnReader::read(model(kDmn15, "<decision id=\"d\" name=\"D\"><decisionTable hitPolicy=\"FIRST\" aggregation=\"SUM\"><output/></decisionTable></decision>"),
                                     u"m.dmn"_s);
    QVERIFY(!bad.ok());
}

void TestDmnReader::itemDefinitions()
{
    const auto r = DmnReader::read(
        model(kDmn15, "<itemDefinition name=\"tPerson\" isCollection=\"false\">"
                      "<itemComponent name=\"Name\"><typeRef>string</typeRef></itemComponent>"
                      "<itemComponent name=\"Age\"><typeRef>number</typeRef><allowedValues><text>[0..150]</text></allowedValues></itemComponent>"
                      "</itemDefinition>"
                      "<itemDefinition name=\"tNames\" isCollection=\"true\"><typeRef>string</typeRef></itemDefinition>"
                      "<itemDefinition name=\"tFn\"><functionItem outputTypeRef=\"number\"><parameters name=\"x\" typeRef=\"number\"/></functionItem></itemDefinition>"),
        u"m.dmn"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->itemDefinitions.size(), 3);
    const auto &person = r->itemDefinitions.at(0);
    QCOMPARE(person.components.size(), 2);
    QCOMPARE(person.components.at(1).allowedValues, u"[0..150]"_s);
    QVERIFY(r->itemDefinitions.at(1).isCollection);
    QVERIFY(r->itemDefinitions.at(2).isFunction);
    QCOMPARE(r->itemDefinitions.at(2).functionOutputTypeRef, u"number"_s);
    QCOMPARE(r->itemDefinitions.at(2).functionParameters.first().first, u"x"_s);
}

void TestDmnReader::boxedExpressions()
{
    const auto r = DmnReader::read(
        model(kDmn15, "<decision id=\"d\" name=\"D\"><context>"
                      "<contextEntry><variable name=\"a\" typeRef=\"number\"/><literalExpression><text>1</text></literalExpression></contextEntry>"
                      "<contextEntry><variable name=\"rows\"/><relation><column name=\"x\"/><column name=\"y\"/>"
                      "<row><literalExpression><text>1</text></literalExpression><literalExpression><text>2</text></literalExpression></row></relation></contextEntry>"
                      "<contextEntry><variable name=\"l\"/><list><literalExpression><text>1</text></literalExpression></list></contextEntry>"
                      "<contextEntry><variable name=\"f\"/><functionDefinition kind=\"Java\"><formalParameter name=\"p\" typeRef=\"string\"/>"
                      "<literalExpression><text>p</text></literalExpression></functionDefinition></contextEntry>"
                      "<contextEntry><variable name=\"c\"/><conditional><if><literalExpression><text>true</text></literalExpression></if>"
                      "<then><literalExpression><text>1</text></literalExpression></then><else><literalExpression><text>2</text></literalExpression></else></conditional></contextEntry>"
                      "<contextEntry><variable name=\"e\"/><every iteratorVariable=\"v\"><in><literalExpression><text>[1]</text></literalExpression></in>"
                      "<satisfies><literalExpression><text>v &gt; 0</text></literalExpression></satisfies></every></contextEntry>"
                      "<contextEntry><invocation><literalExpression><text>f</text></literalExpression>"
                      "<binding><parameter name=\"p\"/><literalExpression><text>\"x\"</text></literalExpression></binding></invocation></contextEntry>"
                      "</context></decision>"),
        u"m.dmn"_s);
    QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
    using K = BoxedExpression::Kind;
    const auto &c = *r->decisions.first().expression;
    QCOMPARE(c.kind, K::Context);
    QCOMPARE(c.entries.size(), 7);
    QCOMPARE(c.entries.at(0).typeRef, u"number"_s);
    QCOMPARE(c.entries.at(1).value->kind, K::Relation);
    QCOMPARE(c.entries.at(1).value->columns, (QStringList{u"x"_s, u"y"_s}));
    QCOMPARE(c.entries.at(1).value->rows.first().size(), 2);
    QCOMPARE(c.entries.at(2).value->kind, K::List);
    QCOMPARE(c.entries.at(3).value->kind, K::FunctionDefinition);
    QCOMPARE(c.entries.at(3).value->functionKind, u"Java"_s);
    QCOMPARE(c.entries.at(3).value->parameters.first().second, u"string"_s);
    QCOMPARE(c.entries.at(4).value->kind, K::Conditional);
    QCOMPARE(c.entries.at(4).value->items.size(), 3);
    QCOMPARE(c.entries.at(5).value->kind, K::Every);
    QCOMPARE(c.entries.at(5).value->iteratorVariable, u"v"_s);
    QVERIFY(c.entries.at(6).name.isEmpty());
    QCOMPARE(c.entries.at(6).value->kind, K::Invocation);
    QCOMPARE(c.entries.at(6).value->callee->text, u"f"_s);
    QCOMPARE(c.entries.at(6).value->bindings.first().parameter, u"p"_s);
}

void TestDmnReader::knowledgeModelAndService()
{
    const auto r = DmnReader::read(
        model(kDmn15, "<businessKnowledgeModel id=\"b\" name=\"Double\"><encapsulatedLogic>"
                      "<formalParameter name=\"n\" typeRef=\"number\"/><literalExpression><text>n * 2</text></literalExpression>"
                      "</encapsulatedLogic></businessKnowledgeModel>"
                      "<decisionService id=\"s\" name=\"Svc\"><outputDecision href=\"#d1\"/><encapsulatedDecision href=\"#d2\"/>"
                      "<inputDecision href=\"#d3\"/><inputData href=\"#i1\"/></decisionService>"),
        u"m.dmn"_s);
    QVERIFY(r.ok());
    const auto &b = r->knowledgeModels.first();
    QCOMPARE(b.logic->kind, BoxedExpression::Kind::FunctionDefinition);
    QCOMPARE(b.logic->functionKind, u"FEEL"_s);
    QCOMPARE(b.logic->parameters.first().first, u"n"_s);
    QCOMPARE(b.logic->body->text, u"n * 2"_s);
    const auto &s = r->decisionServices.first();
    QCOMPARE(s.outputDecisions.first().id, u"d1"_s);
    QCOMPARE(s.encapsulatedDecisions.first().id, u"d2"_s);
    QCOMPARE(s.inputDecisions.first().id, u"d3"_s);
    QCOMPARE(s.inputData.first().id, u"i1"_s);

    const auto noOutput = DmnReader::read(model(kDmn15, "<decisionService id=\"s\" name=\"Svc\"/>"), u"m.dmn"_s);
    QVERIFY(!noOutput.ok());
    QCOMPARE(noOutput.error().field, u"decision service 'Svc'"_s);
}

void TestDmnReader::importsAndRequirements()
{
    const auto r = DmnReader::read(
        model(kDmn15, "<import namespace=\"http://example.org/other\" name=\"other\" importType=\"https://www.omg.org/spec/DMN/20230324/MODEL/\"/>"
                      "<decision id=\"d\" name=\"D\"><informationRequirement><requiredDecision href=\"http://example.org/other#x\"/></informationRequirement>"
                      "<informationRequirement><requiredInput href=\"http://example.org/m#i\"/></informationRequirement>"
                      "<knowledgeRequirement><requiredKnowledge href=\"#b\"/></knowledgeRequirement></decision>"),
        u"m.dmn"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->imports.first().name, u"other"_s);
    QCOMPARE(r->imports.first().nameSpace, u"http://example.org/other"_s);
    const auto &d = r->decisions.first();
    QCOMPARE(d.requiredDecisions.first().nameSpace, u"http://example.org/other"_s);
    QCOMPARE(d.requiredDecisions.first().id, u"x"_s);
    QVERIFY(d.requiredInputs.first().nameSpace.isEmpty()); // own namespace = this model
    QCOMPARE(d.requiredKnowledge.first().id, u"b"_s);
    QVERIFY(!d.expression);
}

void TestDmnReader::contextEntryWithoutVariableMustBeLast()
{
    const auto r = DmnReader::read(model(kDmn15, "<decision id=\"d\" name=\"D\"><context>\n"
                                                 "<contextEntry><literalExpression><text>1</text></literalExpression></contextEntry>\n"
                                                 "<contextEntry><variable name=\"a\"/><literalExpression><text>1</text></literalExpression></contextEntry>\n"
                                                 "</context></decision>"),
                                   u"m.dmn"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().line, 4);
}

QTEST_GUILESS_MAIN(TestDmnReader)
#include "tst_dmnreader.moc"
