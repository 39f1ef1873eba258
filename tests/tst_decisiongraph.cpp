// Decision graph: requirements evaluated first and once, cycles rejected with the
// cycle named, BKMs and decision services callable, inputs and results made to
// conform to their types, imports from the same folder, and the trace.

#include "automation/dmn/DecisionModel.h"
#include "automation/dmn/DmnReader.h"
#include "automation/feel/CallContext.h"
#include "automation/feel/CallMemo.h"
#include "automation/feel/Function.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace casebench::dmn;
using namespace Qt::StringLiterals;

namespace {

QByteArray defs(const QByteArray &body, const QByteArray &ns = "urn:main", const QByteArray &name = "main")
{
    return "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" namespace=\"" + ns + "\" name=\"" + name
        + "\">\n" + body + "</definitions>\n";
}

QByteArray input(const char *id, const char *typeRef = "number")
{
    return QByteArray("<inputData id=\"") + id + "\" name=\"" + id + "\"><variable name=\"" + id + "\" typeRef=\""
        + typeRef + "\"/></inputData>\n";
}

QByteArray decision(const char *id, const QByteArray &requirements, const char *text, const char *typeRef = "")
{
    QByteArray xml = QByteArray("<decision id=\"") + id + "\" name=\"" + id + "\"><variable name=\"" + id + "\""
        + (*typeRef ? QByteArray(" typeRef=\"") + typeRef + "\"" : QByteArray()) + "/>" + requirements;
    return xml + "<literalExpression><text>" + text + "</text></literalExpression></decision>\n";
}

QByteArray needsDecision(const char *id)
{
    return QByteArray("<informationRequirement><requiredDecision href=\"#") + id + "\"/></informationRequirement>";
}

QByteArray needsInput(const char *id)
{
    return QByteArray("<informationRequirement><requiredInput href=\"#") + id + "\"/></informationRequirement>";
}

QByteArray needsKnowledge(const char *id)
{
    return QByteArray("<knowledgeRequirement><requiredKnowledge href=\"#") + id + "\"/></knowledgeRequirement>";
}

std::shared_ptr<const DecisionModel> load(const QByteArray &xml)
{
    auto d = DmnReader::read(xml, u"g.dmn"_s);
    if (!d) {
        qWarning("%s", qPrintable(d.error().toString()));
        return {};
    }
    auto m = DecisionModel::fromDefinitions({d.value()});
    if (!m) {
        qWarning("%s", qPrintable(m.error().toString()));
        return {};
    }
    return m.value();
}

QString eval(const DecisionModel &m, const char *decisionName, const InputValues &inputs, Trace *trace = nullptr)
{
    feel::CallContext ctx;
    return m.evaluateDecision(QString::fromLatin1(decisionName), inputs, ctx, trace).toString();
}

} // namespace

class TestDecisionGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requirementsFirstAndOnce();
    void cycleIsRejectedWithItsNames();
    void danglingRequirementIsRejected();
    void knowledgeModelsAreFunctions();
    void decisionServices();
    void sessionRemembersKnowledgeModelResults();
    void clockReadingKnowledgeModelsAreNotRemembered();
    void callMemoKeys();
    void sessionTraceListsEachEvaluationOnce();
    void knowledgeModelsTakeNamedArguments();
    void inputsConformToTheirTypes();
    void resultsConformToTheirTypes();
    void boxedContextAndInvocation();
    void importsFromTheSameFolder();
    void unknownDecision();
};

void TestDecisionGraph::requirementsFirstAndOnce()
{
    const auto m = load(defs(input("Income") + decision("Tax", needsInput("Income"), "Income * 0.3")
                             + decision("Net", needsInput("Income") + needsDecision("Tax"), "Income - Tax")
                             + decision("Report", needsDecision("Net") + needsDecision("Tax"), "Net + Tax")));
    QVERIFY(m);
    InputValues in;
    in.set(u"Income"_s, feel::Value::number(1000));
    Trace trace;
    QCOMPARE(eval(*m, "Report", in, &trace), u"1000"_s);
    QCOMPARE(trace.decisions.size(), 3); // Tax evaluated once although two decisions need it
    QCOMPARE(trace.decisions.at(0).name, u"Tax"_s);
    QCOMPARE(trace.decisions.at(1).name, u"Net"_s);
    QCOMPARE(trace.decisions.at(2).name, u"Report"_s);
    const DecisionTrace *net = trace.find(u"Net");
    QVERIFY(net);
    QCOMPARE(net->inputs.size(), 2);
    QCOMPARE(net->inputs.at(0).name, u"Income"_s);
    QVERIFY(net->inputs.at(0).decision.isEmpty()); // input data
    QCOMPARE(net->inputs.at(1).name, u"Tax"_s);
    QCOMPARE(net->inputs.at(1).value.toString(), u"300"_s);
    QCOMPARE(net->inputs.at(1).decision, u"Tax"_s); // Tax's entry shows it
    QCOMPARE(trace.readBy(1, u"Tax"), &trace.decisions.at(0));
    QCOMPARE(trace.readBy(0, u"Tax"), nullptr); // nothing before the first entry
    QCOMPARE(trace.readBy(2, u"Report"), nullptr);
    QCOMPARE(net->result.toString(), u"700"_s);
}

// A session's decisions in its trace once per evaluation: one that a later call reuses is
// not listed again; one evaluated again after an input it reads was set is listed again. An
// input set from a decision's result names that decision.
void TestDecisionGraph::sessionTraceListsEachEvaluationOnce()
{
    const auto m = load(defs(input("Income") + input("stage")
                             + decision("Tax", needsInput("Income"), "Income * 0.3")
                             + decision("Net", needsInput("Income") + needsDecision("Tax"), "Income - Tax")
                             + decision("Report", needsInput("stage") + needsDecision("Tax"), "stage + Tax")));
    QVERIFY(m);
    Trace trace;
    feel::CallContext ctx;
    DecisionModel::Session session(*m, ctx, &trace);
    session.setInput(u"Income"_s, feel::Value::number(1000));
    QCOMPARE(session.evaluateDecision(u"Net"_s).toString(), u"700"_s);
    session.setDecisionResult(u"stage"_s, u"Net"_s, feel::Value::number(700));
    QCOMPARE(session.evaluateDecision(u"Report"_s).toString(), u"1000"_s);
    QStringList names;
    for (const auto &d : trace.decisions)
        names << d.name;
    QCOMPARE(names, (QStringList{u"Tax"_s, u"Net"_s, u"Report"_s})); // Tax once
    const DecisionTrace &report = trace.decisions.at(2);
    QCOMPARE(report.inputs.size(), 2);
    QCOMPARE(report.inputs.at(0).name, u"stage"_s);
    QCOMPARE(report.inputs.at(0).decision, u"Net"_s);
    QCOMPARE(report.inputs.at(1).decision, u"Tax"_s);
    QVERIFY(ctx.diagnostics().isEmpty());

    // A plain input keeps its value; Income set again: Tax and Net are evaluated (and
    // listed) again.
    session.setInput(u"stage"_s, feel::Value::number(1));
    session.setInput(u"Income"_s, feel::Value::number(2000));
    QCOMPARE(session.evaluateDecision(u"Report"_s).toString(), u"601"_s);
    names.clear();
    for (const auto &d : trace.decisions)
        names << d.name;
    QCOMPARE(names, (QStringList{u"Tax"_s, u"Net"_s, u"Report"_s, u"Tax"_s, u"Report"_s}));
    QVERIFY(trace.decisions.at(4).inputs.at(0).decision.isEmpty());
    QCOMPARE(trace.readBy(4, u"Tax"), &trace.decisions.at(3)); // the latest evaluation
}

void TestDecisionGraph::cycleIsRejectedWithItsNames()
{
    auto d = DmnReader::read(defs(decision("A", needsDecision("B"), "B") + decision("B", needsDecision("C"), "C")
                                  + decision("C", needsDecision("A"), "A")),
                             u"g.dmn"_s);
    QVERIFY(d.ok());
    const auto m = DecisionModel::fromDefinitions({d.value()});
    QVERIFY(!m.ok());
    QVERIFY2(m.error().message.contains(u"A → B → C → A"_s), qPrintable(m.error().toString()));
    QCOMPARE(m.error().file, u"g.dmn"_s);
}

void TestDecisionGraph::danglingRequirementIsRejected()
{
    auto d = DmnReader::read(defs(decision("A", needsDecision("nowhere"), "1")), u"g.dmn"_s);
    QVERIFY(d.ok());
    const auto m = DecisionModel::fromDefinitions({d.value()});
    QVERIFY(!m.ok());
    QCOMPARE(m.error().field, u"decision 'A'"_s);
    QVERIFY(m.error().message.contains(u"nowhere"_s));
}

void TestDecisionGraph::knowledgeModelsAreFunctions()
{
    const QByteArray bkm = "<businessKnowledgeModel id=\"Scale\" name=\"Scale\"><encapsulatedLogic>"
                           "<formalParameter name=\"amount\" typeRef=\"number\"/><formalParameter name=\"factor\" typeRef=\"number\"/>"
                           "<literalExpression><text>amount * factor</text></literalExpression></encapsulatedLogic></businessKnowledgeModel>\n";
    const auto m = load(defs(bkm + input("x") + decision("Positional", needsInput("x") + needsKnowledge("Scale"), "Scale(x, 2)")
                             + decision("Named", needsInput("x") + needsKnowledge("Scale"), "Scale(factor: 3, amount: x)")
                             + decision("WrongType", needsKnowledge("Scale"), "Scale(\"a\", 2)")));
    QVERIFY(m);
    InputValues in;
    in.set(u"x"_s, feel::Value::number(5));
    QCOMPARE(eval(*m, "Positional", in), u"10"_s);
    QCOMPARE(eval(*m, "Named", in), u"15"_s);
    QCOMPARE(eval(*m, "WrongType", in), u"null"_s);
    feel::CallContext ctx;
    QCOMPARE(m->invokeKnowledgeModel(u"Scale"_s, {{u"amount"_s, feel::Value::number(4)}, {u"factor"_s, feel::Value::number(5)}}, ctx)
                 .toString(),
             u"20"_s);
}

// A session answers a BKM call it has seen with the same simple arguments from its memo: the
// result is the same, the body is not evaluated again (fewer steps), and a call that
// reported an error is never remembered, so it reports every time.
void TestDecisionGraph::sessionRemembersKnowledgeModelResults()
{
    const QByteArray bkm =
        "<businessKnowledgeModel id=\"Slow\" name=\"Slow\"><encapsulatedLogic>"
        "<formalParameter name=\"n\"/>"
        "<literalExpression><text>sum(for i in 1..200 return i) + n</text></literalExpression>"
        "</encapsulatedLogic></businessKnowledgeModel>\n"
        "<businessKnowledgeModel id=\"Bad\" name=\"Bad\"><encapsulatedLogic>"
        "<formalParameter name=\"n\"/>"
        "<literalExpression><text>n + \"text\"</text></literalExpression>"
        "</encapsulatedLogic></businessKnowledgeModel>\n";
    const auto m = load(defs(bkm + decision("Once", needsKnowledge("Slow"), "Slow(1)")
                             + decision("Four", needsKnowledge("Slow"), "[Slow(1), Slow(1.0), Slow(2), Slow(1)]")
                             + decision("Twice", needsKnowledge("Bad"), "[Bad(1), Bad(1)]")));
    QVERIFY(m);

    feel::CallContext once;
    {
        DecisionModel::Session session(*m, once);
        QCOMPARE(session.evaluateDecision(u"Once"_s).toString(), u"20101"_s);
    }
    feel::CallContext four;
    {
        DecisionModel::Session session(*m, four);
        QCOMPARE(session.evaluateDecision(u"Four"_s).toString(), u"[20101, 20101, 20102, 20101]"_s);
    }
    // Slow(1) once, Slow(2) once: the body ran twice, not four times.
    QVERIFY2(four.stepsUsed() < 3 * once.stepsUsed(),
             qPrintable(u"%1 steps for four calls, %2 for one"_s.arg(four.stepsUsed()).arg(once.stepsUsed())));
    // The memo belongs to the session: afterwards the context remembers nothing.
    QCOMPARE(four.memo(), nullptr);
    feel::CallContext plain;
    QCOMPARE(m->evaluateDecision(u"Four"_s, {}, plain).toString(), u"[20101, 20101, 20102, 20101]"_s);
    QVERIFY(plain.stepsUsed() > four.stepsUsed());

    feel::CallContext bad;
    {
        DecisionModel::Session session(*m, bad);
        QCOMPARE(session.evaluateDecision(u"Twice"_s).toString(), u"[null, null]"_s);
        QCOMPARE(bad.diagnostics().size(), 2);
    }

    // A memo the caller keeps serves later sessions: the second case does not evaluate
    // Slow(1) at all, and the memo stays the caller's.
    feel::CallMemo kept;
    feel::CallContext first;
    first.setMemo(&kept);
    {
        DecisionModel::Session session(*m, first);
        QCOMPARE(session.evaluateDecision(u"Once"_s).toString(), u"20101"_s);
    }
    QCOMPARE(first.memo(), &kept);
    QCOMPARE(kept.size(), 1);
    feel::CallContext second;
    second.setMemo(&kept);
    {
        DecisionModel::Session session(*m, second);
        QCOMPARE(session.evaluateDecision(u"Once"_s).toString(), u"20101"_s);
    }
    QVERIFY2(second.stepsUsed() * 10 < first.stepsUsed(),
             qPrintable(u"%1 steps remembered, %2 evaluated"_s.arg(second.stepsUsed()).arg(first.stepsUsed())));
}

// A BKM that reads the clock gives a new answer on every call: never remembered.
void TestDecisionGraph::clockReadingKnowledgeModelsAreNotRemembered()
{
    const QByteArray bkm = "<businessKnowledgeModel id=\"Stamp\" name=\"Stamp\"><encapsulatedLogic>"
                           "<formalParameter name=\"n\"/>"
                           "<literalExpression><text>{n: n, at: now()}</text></literalExpression>"
                           "</encapsulatedLogic></businessKnowledgeModel>\n";
    const auto m = load(defs(bkm + decision("Stamps", needsKnowledge("Stamp"), "[Stamp(1), Stamp(1)]")));
    QVERIFY(m);
    feel::CallMemo kept;
    feel::CallContext ctx;
    ctx.setMemo(&kept);
    DecisionModel::Session session(*m, ctx);
    const feel::Value stamps = session.evaluateDecision(u"Stamps"_s);
    QCOMPARE(stamps.list().size(), 2);
    QCOMPARE(ctx.clockReads(), 2);
    QCOMPARE(kept.size(), 0);
}

void TestDecisionGraph::callMemoKeys()
{
    using feel::Argument;
    using feel::Value;
    struct Dummy final : feel::Function
    {
        QStringList parameterNames() const override { return {u"a"_s}; }
        Value invoke(const QList<Argument> &, feel::CallContext &) const override { return {}; }
    };
    const auto f = std::make_shared<Dummy>();
    const auto g = std::make_shared<Dummy>();
    feel::CallMemo memo;
    const QList<Argument> one{{{}, Value::number(1)}};
    memo.remember(f, one, Value(u"f1"_s));
    QCOMPARE(memo.find(f.get(), one)->string(), u"f1"_s);
    // 1.0 is the number 1 (kept without trailing zeros): the same key.
    QCOMPARE(memo.find(f.get(), {{{}, Value(*feel::Decimal::fromString(u"1.0"))}})->string(), u"f1"_s);
    // Another function, another kind of value, another value: not found.
    QCOMPARE(memo.find(g.get(), one), nullptr);
    QCOMPARE(memo.find(f.get(), {{{}, Value(u"1"_s)}}), nullptr);
    QCOMPARE(memo.find(f.get(), {{{}, Value::number(2)}}), nullptr);
    QCOMPARE(memo.find(f.get(), {}), nullptr);
    // A positional call f(1) is the call with the unnamed argument 1: one key either way.
    const QList<Value> positionalOne{Value::number(1)};
    QCOMPARE(memo.findPositional(f.get(), positionalOne)->string(), u"f1"_s);
    QCOMPARE(memo.findPositional(g.get(), positionalOne), nullptr);
    QCOMPARE(memo.findPositional(f.get(), {Value::number(1), Value::number(1)}), nullptr);
    memo.rememberPositional(g, {Value(u"x"_s), Value()}, Value(u"gx"_s));
    QCOMPARE(memo.find(g.get(), {{{}, Value(u"x"_s)}, {{}, Value()}})->string(), u"gx"_s);
    QCOMPARE(memo.findPositional(g.get(), {Value(u"x"_s)}), nullptr);
    QVERIFY(feel::CallMemo::canRememberPositional({Value(), Value(true), Value(u"s"_s)}));
    QVERIFY(!feel::CallMemo::canRememberPositional({Value(QList<Value>{Value::number(1)})}));
    QVERIFY(!feel::CallMemo::canRememberPositional({Value(feel::Context())}));
    // Named arguments and lists or contexts are never keys.
    QVERIFY(feel::CallMemo::canRemember(one));
    QVERIFY(feel::CallMemo::canRemember({{{}, Value()}, {{}, Value(true)}, {{}, Value(u"s"_s)}}));
    QVERIFY(!feel::CallMemo::canRemember({{u"a"_s, Value::number(1)}}));
    QVERIFY(!feel::CallMemo::canRemember({{{}, Value(QList<Value>{Value::number(1)})}}));
    // Bounded: past maxEntries it starts over.
    for (int i = 0; i < feel::CallMemo::maxEntries; ++i)
        memo.remember(g, {{{}, Value::number(i)}}, Value::number(i));
    QVERIFY(memo.size() <= feel::CallMemo::maxEntries);
    QCOMPARE(memo.find(f.get(), one), nullptr);
    QCOMPARE(memo.find(g.get(), {{{}, Value::number(feel::CallMemo::maxEntries - 1)}})->number().toInt64(),
             feel::CallMemo::maxEntries - 1);
}

// A BKM's boxed function takes its arguments by position or by name; a name it does not
// have is reported and the call is null.
void TestDecisionGraph::knowledgeModelsTakeNamedArguments()
{
    const QByteArray bkm =
        "<businessKnowledgeModel id=\"Diff\" name=\"Diff\"><encapsulatedLogic>"
        "<formalParameter name=\"a\"/><formalParameter name=\"b\"/>"
        "<literalExpression><text>a - b</text></literalExpression>"
        "</encapsulatedLogic></businessKnowledgeModel>\n";
    const auto m = load(defs(bkm + decision("Calls", needsKnowledge("Diff"),
                                            "[Diff(5, 2), Diff(b: 5, a: 2), Diff(a: 7), Diff(c: 1)]")));
    QVERIFY(m);
    feel::CallContext ctx;
    QCOMPARE(m->evaluateDecision(u"Calls"_s, {}, ctx).toString(), u"[3, -3, null, null]"_s);
    QCOMPARE(ctx.diagnostics().size(), 1);
    QVERIFY2(ctx.diagnostics().first().message.contains(u"no parameter 'c'"_s),
             qPrintable(ctx.diagnostics().first().message));
}

void TestDecisionGraph::decisionServices()
{
    const QByteArray body = input("a") + input("b") + decision("Sum", needsInput("a") + needsInput("b"), "a + b")
        + decision("Twice", needsDecision("Sum"), "Sum * 2")
        + "<decisionService id=\"Svc\" name=\"Svc\"><outputDecision href=\"#Twice\"/><encapsulatedDecision href=\"#Sum\"/>"
          "<inputData href=\"#a\"/><inputData href=\"#b\"/></decisionService>\n"
        + "<decisionService id=\"Svc2\" name=\"Svc2\"><outputDecision href=\"#Twice\"/><outputDecision href=\"#Sum\"/>"
          "<inputDecision href=\"#Sum\"/></decisionService>\n"
        + decision("Caller", needsKnowledge("Svc"), "Svc(1, 2) + Svc(b: 10, a: 20)")
        + decision("Caller2", needsKnowledge("Svc2"), "Svc2(7)");
    const auto m = load(defs(body));
    QVERIFY(m);
    QCOMPARE(eval(*m, "Caller", {}), u"66"_s);
    QCOMPARE(eval(*m, "Caller2", {}), u"{Twice: 14, Sum: 7}"_s);
    InputValues in;
    in.set(u"a"_s, feel::Value::number(2));
    in.set(u"b"_s, feel::Value::number(3));
    feel::CallContext ctx;
    QCOMPARE(m->evaluateDecisionService(u"Svc"_s, in, ctx).toString(), u"10"_s);
}

void TestDecisionGraph::inputsConformToTheirTypes()
{
    const QByteArray types = "<itemDefinition name=\"tGrade\"><typeRef>string</typeRef><allowedValues><text>\"A\",\"B\"</text></allowedValues></itemDefinition>"
                             "<itemDefinition name=\"tNumbers\" isCollection=\"true\"><typeRef>number</typeRef></itemDefinition>"
                             "<itemDefinition name=\"tPerson\"><itemComponent name=\"age\"><typeRef>number</typeRef></itemComponent></itemDefinition>\n";
    const auto m = load(defs(types + input("n") + input("g", "tGrade") + input("l", "tNumbers") + input("p", "tPerson")
                             + decision("N", needsInput("n"), "n") + decision("G", needsInput("g"), "g")
                             + decision("L", needsInput("l"), "l") + decision("P", needsInput("p"), "p")));
    QVERIFY(m);
    InputValues in;
    in.set(u"n"_s, feel::Value(u"5"_s));                                   // string for a number
    in.set(u"g"_s, feel::Value(u"C"_s));                                   // not an allowed value
    in.set(u"l"_s, feel::Value::number(3));                                // element for a collection
    in.set(u"p"_s, feel::Value(feel::Context({{u"age"_s, feel::Value(u"old"_s)}}))); // wrong component type
    QCOMPARE(eval(*m, "N", in), u"null"_s);
    QCOMPARE(eval(*m, "G", in), u"null"_s);
    QCOMPARE(eval(*m, "L", in), u"[3]"_s);
    QCOMPARE(eval(*m, "P", in), u"null"_s);
    in.set(u"n"_s, feel::Value(QList<feel::Value>{feel::Value::number(5)})); // singleton list for a number
    in.set(u"g"_s, feel::Value(u"B"_s));
    in.set(u"p"_s, feel::Value(feel::Context({{u"age"_s, feel::Value::number(40)}})));
    QCOMPARE(eval(*m, "N", in), u"5"_s);
    QCOMPARE(eval(*m, "G", in), u"\"B\""_s);
    QCOMPARE(eval(*m, "P", in), u"{age: 40}"_s);
}

void TestDecisionGraph::resultsConformToTheirTypes()
{
    const auto m = load(defs(decision("S", {}, "\"text\"", "number") + decision("L", {}, "[\"x\"]", "string")));
    QVERIFY(m);
    QCOMPARE(eval(*m, "S", {}), u"null"_s);
    QCOMPARE(eval(*m, "L", {}), u"\"x\""_s);
}

void TestDecisionGraph::boxedContextAndInvocation()
{
    const QByteArray body =
        "<businessKnowledgeModel id=\"Add\" name=\"Add\"><encapsulatedLogic><formalParameter name=\"p\"/><formalParameter name=\"q\"/>"
        "<literalExpression><text>p + q</text></literalExpression></encapsulatedLogic></businessKnowledgeModel>\n"
        "<decision id=\"C\" name=\"C\">" + needsKnowledge("Add") + "<context>"
        "<contextEntry><variable name=\"Base Amount\"/><literalExpression><text>10</text></literalExpression></contextEntry>"
        "<contextEntry><variable name=\"Doubled\"/><invocation><literalExpression><text>Add</text></literalExpression>"
        "<binding><parameter name=\"p\"/><literalExpression><text>Base Amount</text></literalExpression></binding>"
        "<binding><parameter name=\"q\"/><literalExpression><text>Base Amount</text></literalExpression></binding></invocation></contextEntry>"
        "<contextEntry><variable name=\"Rows\"/><relation><column name=\"k\"/><row><literalExpression><text>Doubled</text></literalExpression></row></relation></contextEntry>"
        "<contextEntry><literalExpression><text>Rows[1].k + Base Amount</text></literalExpression></contextEntry>"
        "</context></decision>\n";
    const auto m = load(defs(body));
    QVERIFY(m);
    QCOMPARE(eval(*m, "C", {}), u"30"_s);
}

void TestDecisionGraph::importsFromTheSameFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray imported = defs(input("Name", "string") + decision("Greeting", needsInput("Name"), "\"Hello \" + Name"),
                                     "urn:imported", "imported");
    const QByteArray main = defs("<import namespace=\"urn:imported\" name=\"lib\" importType=\"https://www.omg.org/spec/DMN/20230324/MODEL/\"/>\n"
                                 "<decision id=\"Loud\" name=\"Loud\"><informationRequirement><requiredDecision href=\"urn:imported#Greeting\"/>"
                                 "</informationRequirement><literalExpression><text>lib.Greeting + \"!\"</text></literalExpression></decision>\n");
    for (const auto &[file, xml] : {std::pair{"a-imported.dmn", imported}, std::pair{"main.dmn", main}}) {
        QFile f(dir.filePath(QString::fromLatin1(file)));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(xml);
    }
    const auto m = DecisionModel::loadFile(dir.filePath(u"main.dmn"_s));
    QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
    InputValues in;
    in.set(u"Name"_s, feel::Value(u"Ada"_s), u"urn:imported"_s);
    QCOMPARE(eval(**m, "Loud", in), u"\"Hello Ada!\""_s);

    const auto missing = DmnReader::read(main, u"main.dmn"_s);
    QVERIFY(missing.ok());
    QTemporaryDir empty;
    QFile f(empty.filePath(u"main.dmn"_s));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(main);
    f.close();
    const auto notFound = DecisionModel::loadFile(empty.filePath(u"main.dmn"_s));
    QVERIFY(!notFound.ok());
    QCOMPARE(notFound.error().line, 2);
}

void TestDecisionGraph::unknownDecision()
{
    const auto m = load(defs(decision("A", {}, "1")));
    QVERIFY(m);
    feel::CallContext ctx;
    QVERIFY(m->evaluateDecision(u"B"_s, {}, ctx).isNull());
    QVERIFY(ctx.hasDiagnostics());
    QVERIFY(m->hasDecision(u"A"_s));
    QVERIFY(!m->hasDecision(u"B"_s));
}

QTEST_GUILESS_MAIN(TestDecisionGraph)
#include "tst_decisiongraph.moc"
