// bench_dmn: how fast the DMN/FEEL engine evaluates, single thread, with each model parsed
// and compiled once outside the timed loop (as the pipeline does). Prints evaluations per
// second of a one-rule decision table, a 50-rule table (hit policies U, F and C+), two
// literal expressions and the TCK compliance-level-2 test cases, each next to its target
// from issue 3. Each figure is the median of several timed runs; every benchmark first
// checks once that it computes the right answer, so a fast wrong engine cannot look good.
//
//   bench_dmn [--runs R] [--seconds S] [--tck DIR] [--only single|table|literal|unary|tck] [--policy U|F|C+]
//
// The decision-graph figures go through DecisionModel::evaluateDecision (what the pipeline
// calls, including input/output type conformance and a fresh CallContext per evaluation);
// the table-evaluator figures call the compiled table directly with a ready scope, which
// shows how much of the cost is the table itself.

#include "automation/dmn/CompiledExpression.h"
#include "automation/dmn/DecisionModel.h"
#include "automation/dmn/DecisionTableEvaluator.h"
#include "automation/dmn/DmnReader.h"
#include "automation/dmn/TypeSystem.h"
#include "automation/feel/CallContext.h"
#include "automation/feel/Feel.h"
#include "automation/feel/Function.h"
#include "automation/feel/Value.h"
#include "automation/tck/ResultComparison.h"
#include "automation/tck/TestCaseReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>

using namespace casebench;

namespace {

constexpr double SingleRuleTarget = 1'000'000;
constexpr double FiftyRuleTarget = 200'000;

struct Options
{
    int runs = 7;
    double seconds = 0.3; // minimum length of one timed run
    QString tckDir;
    QString only;
    QString policy; // only this 50-rule variant (U, F, C+), for profiling
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

// Calls `op` (one evaluation) until a run has lasted `seconds`, `runs` times after one
// untimed warm-up run; the median rate in operations per second.
double opsPerSecond(const std::function<void()> &op, int runs, double seconds)
{
    QList<double> rates;
    for (int run = -1; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        qint64 count = 0;
        qint64 elapsed = 0;
        const qint64 minimum = qint64(seconds * 1e9 * (run < 0 ? 0.3 : 1.0));
        do {
            for (int i = 0; i < 64; ++i)
                op();
            count += 64;
            elapsed = timer.nsecsElapsed();
        } while (elapsed < minimum);
        if (run >= 0)
            rates << double(count) * 1e9 / double(elapsed);
    }
    return median(rates);
}

// 1234567 → "1 234 567" (the thin grouping a Swedish reader expects, and unambiguous).
QString grouped(double value)
{
    QString digits = QString::number(qint64(value + 0.5));
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, QLatin1Char(' '));
    return digits;
}

void printRate(const char *label, double rate, const char *unit, double target = 0)
{
    if (target > 0) {
        std::printf("  %-50s %12s %-7s target %9s  ratio %5.2f %s\n", label,
                    qPrintable(grouped(rate)), unit, qPrintable(grouped(target)), rate / target,
                    rate >= target ? "ok" : "MISSED");
    } else {
        std::printf("  %-50s %12s %-7s (%.2f µs each)\n", label, qPrintable(grouped(rate)), unit,
                    1e6 / rate);
    }
    std::fflush(stdout);
}

[[noreturn]] void fail(const QString &message)
{
    std::fprintf(stderr, "bench_dmn: %s\n", qPrintable(message));
    std::exit(2);
}

// ---- models built in code --------------------------------------------------------------

struct InputColumn
{
    QString name;
    QString typeRef;
};

QString xmlText(const QString &text)
{
    return text.toHtmlEscaped();
}

// A DMN 1.5 model with the given input data and one decision "Result": a decision table
// (rules: the input entries, then the output entry) or, when `rules` is empty, the
// literal expression `literal`.
QByteArray decisionModelXml(const QList<InputColumn> &inputs, const QString &hitPolicy,
                            const QString &aggregation, const QString &outputType,
                            const QList<QStringList> &rules, const QString &literal = {})
{
    QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                       "<definitions xmlns=\"https://www.omg.org/spec/DMN/20230324/MODEL/\" "
                       "id=\"bench\" name=\"bench\"\n"
                       "             namespace=\"https://casebench.example/bench\">\n");
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        xml += QStringLiteral("  <inputData id=\"in%1\" name=\"%2\"><variable name=\"%2\" "
                              "typeRef=\"%3\"/></inputData>\n")
                   .arg(i)
                   .arg(xmlText(inputs[i].name), inputs[i].typeRef);
    }
    xml += QStringLiteral("  <decision id=\"result\" name=\"Result\"><variable name=\"Result\" "
                          "typeRef=\"%1\"/>\n")
               .arg(outputType);
    for (qsizetype i = 0; i < inputs.size(); ++i)
        xml += QStringLiteral("    <informationRequirement><requiredInput "
                              "href=\"#in%1\"/></informationRequirement>\n")
                   .arg(i);
    if (rules.isEmpty()) {
        xml += QStringLiteral(
                   "    <literalExpression id=\"lit\"><text>%1</text></literalExpression>\n")
                   .arg(xmlText(literal));
    } else {
        xml += QStringLiteral("    <decisionTable id=\"table\" hitPolicy=\"%1\"%2>\n")
                   .arg(hitPolicy, aggregation.isEmpty()
                                       ? QString()
                                       : QStringLiteral(" aggregation=\"%1\"").arg(aggregation));
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            xml += QStringLiteral(
                       "      <input id=\"ti%1\"><inputExpression typeRef=\"%2\"><text>%3</text>"
                       "</inputExpression></input>\n")
                       .arg(i)
                       .arg(inputs[i].typeRef, xmlText(inputs[i].name));
        }
        xml += QStringLiteral("      <output id=\"out\" typeRef=\"%1\"/>\n").arg(outputType);
        for (qsizetype r = 0; r < rules.size(); ++r) {
            xml += QStringLiteral("      <rule id=\"rule%1\">").arg(r + 1);
            for (qsizetype c = 0; c < rules[r].size(); ++c) {
                const bool output = c == rules[r].size() - 1;
                xml +=
                    QStringLiteral("<%1><text>%2</text></%1>")
                        .arg(output ? QStringLiteral("outputEntry") : QStringLiteral("inputEntry"),
                             xmlText(rules[r][c]));
            }
            xml += QStringLiteral("</rule>\n");
        }
        xml += QStringLiteral("    </decisionTable>\n");
    }
    xml += QStringLiteral("  </decision>\n</definitions>\n");
    return xml.toUtf8();
}

// A model read and compiled both ways: as a DecisionModel (the decision graph) and, when
// its decision is a table, as the bare compiled table.
struct BenchModel
{
    QList<dmn::Definitions> definitions; // outlives `types`
    std::shared_ptr<const dmn::DecisionModel> model;
    std::unique_ptr<dmn::TypeSystem> types;
    Problems problems;
    dmn::CompiledExpressionPtr table;
};

std::unique_ptr<BenchModel> compileModel(const QByteArray &xml, const QString &name)
{
    auto defs = dmn::DmnReader::read(xml, name);
    if (!defs)
        fail(QStringLiteral("%1 does not read: %2").arg(name, defs.error().toString()));
    auto b = std::make_unique<BenchModel>();
    b->definitions << *defs;
    auto model = dmn::DecisionModel::fromDefinitions(b->definitions);
    if (!model)
        fail(QStringLiteral("%1 does not compile: %2").arg(name, model.error().toString()));
    if (!(*model)->problems().isEmpty())
        fail(QStringLiteral("%1 has problems: %2")
                 .arg(name, (*model)->problems().first().toString()));
    b->model = *model;

    const dmn::Definitions &d = b->definitions.first();
    const auto &expr = d.decisions.first().expression;
    if (expr && expr->kind == dmn::BoxedExpression::Kind::DecisionTable) {
        b->types = std::make_unique<dmn::TypeSystem>(b->definitions);
        dmn::ExpressionCompiler compiler(*b->types, d.nameSpace, name, b->problems);
        QStringList names;
        for (const auto &in : d.inputData)
            names << in.name;
        b->table = dmn::compileDecisionTable(*expr->table, compiler, names,
                                             QStringLiteral("decision 'Result'"));
        if (!b->problems.isEmpty())
            fail(QStringLiteral("%1 table has problems: %2")
                     .arg(name, b->problems.first().toString()));
    }
    return b;
}

// One set of input values, in both forms the two entry points take.
struct Inputs
{
    dmn::InputValues values; // for DecisionModel::evaluateDecision
    feel::Value scope;       // for the compiled table: a context of the same names
    feel::Value expected;
};

Inputs makeInputs(const QList<std::pair<QString, feel::Value>> &named, const feel::Value &expected)
{
    Inputs in;
    for (const auto &[name, value] : named)
        in.values.set(name, value);
    in.scope = feel::Value(feel::Context(named));
    in.expected = expected;
    return in;
}

feel::Value number(const char *text)
{
    const auto d = feel::Decimal::fromString(QString::fromLatin1(text));
    if (!d)
        fail(QStringLiteral("bad number literal %1").arg(QLatin1String(text)));
    return feel::Value(*d);
}

feel::Value str(const char *text)
{
    return feel::Value(QString::fromUtf8(text));
}

// Both entry points must give the expected value without diagnostics for every input.
void check(const BenchModel &b, const QList<Inputs> &inputs, const QString &what)
{
    for (const Inputs &in : inputs) {
        feel::CallContext ctx;
        const feel::Value graph =
            b.model->evaluateDecision(QStringLiteral("Result"), in.values, ctx);
        if (!feel::isFeelEqual(graph, in.expected) || ctx.hasDiagnostics()) {
            fail(QStringLiteral("%1: decision gives %2, expected %3 %4")
                     .arg(what, graph.toString(), in.expected.toString(),
                          ctx.hasDiagnostics() ? ctx.diagnostics().first().toString() : QString()));
        }
        if (b.table) {
            feel::CallContext tctx;
            dmn::EvaluationEnv env{tctx};
            const feel::Value direct = b.table->evaluate(in.scope, env);
            if (!feel::isFeelEqual(direct, in.expected) || tctx.hasDiagnostics())
                fail(QStringLiteral("%1: table gives %2, expected %3")
                         .arg(what, direct.toString(), in.expected.toString()));
        }
    }
}

double rateThroughGraph(const BenchModel &b, const QList<Inputs> &inputs, const Options &o)
{
    const QString decision = QStringLiteral("Result");
    qsizetype next = 0;
    return opsPerSecond(
        [&] {
            feel::CallContext ctx;
            const feel::Value v = b.model->evaluateDecision(decision, inputs.at(next).values, ctx);
            Q_UNUSED(v);
            if (++next == inputs.size())
                next = 0;
        },
        o.runs, o.seconds);
}

double rateThroughTable(const BenchModel &b, const QList<Inputs> &inputs, const Options &o)
{
    qsizetype next = 0;
    return opsPerSecond(
        [&] {
            feel::CallContext ctx;
            dmn::EvaluationEnv env{ctx};
            const feel::Value v = b.table->evaluate(inputs.at(next).scope, env);
            Q_UNUSED(v);
            if (++next == inputs.size())
                next = 0;
        },
        o.runs, o.seconds);
}

// ---- 1. one rule -------------------------------------------------------------------------

void benchSingleRule(const Options &o)
{
    std::printf("\n1. single-rule decision table (U, one number input, rule `< 10` -> \"low\")\n");
    const auto b =
        compileModel(decisionModelXml({{QStringLiteral("x"), QStringLiteral("number")}},
                                      QStringLiteral("UNIQUE"), {}, QStringLiteral("string"),
                                      {{QStringLiteral("< 10"), QStringLiteral("\"low\"")}}),
                     QStringLiteral("bench-single-rule.dmn"));
    QList<Inputs> inputs;
    for (const char *x : {"0", "3", "7.5", "-12", "9.99"})
        inputs << makeInputs({{QStringLiteral("x"), number(x)}}, str("low"));
    check(*b, inputs, QStringLiteral("single-rule table"));

    printRate("decision graph (DecisionModel::evaluateDecision)", rateThroughGraph(*b, inputs, o),
              "hits/s", SingleRuleTarget);
    printRate("table evaluator (compileDecisionTable)", rateThroughTable(*b, inputs, o), "hits/s",
              SingleRuleTarget);
}

// ---- 2. fifty rules ----------------------------------------------------------------------

// Ten age bands × five category groups: every (age, category) pair matches exactly one rule.
const QStringList AgeBands = {
    QStringLiteral("[0..18)"),   QStringLiteral("[18..25)"), QStringLiteral("[25..30)"),
    QStringLiteral("[30..35)"),  QStringLiteral("[35..40)"), QStringLiteral("[40..45)"),
    QStringLiteral("[45..50)"),  QStringLiteral("[50..65)"), QStringLiteral("[65..80)"),
    QStringLiteral("[80..150]"),
};
const QList<QStringList> CategoryGroups = {
    {QStringLiteral("student"), QStringLiteral("youth")},
    {QStringLiteral("employed"), QStringLiteral("self-employed")},
    {QStringLiteral("unemployed"), QStringLiteral("sick leave")},
    {QStringLiteral("retired"), QStringLiteral("pensioner")},
    {QStringLiteral("parental leave"), QStringLiteral("other")},
};

int bandOf(int age)
{
    static const int starts[] = {0, 18, 25, 30, 35, 40, 45, 50, 65, 80};
    int band = 0;
    for (int i = 0; i < 10; ++i) {
        if (age >= starts[i])
            band = i;
    }
    return band;
}

void benchFiftyRules(const Options &o)
{
    std::printf("\n2. 50-rule decision table (age number in ranges like [18..25), category string "
                "lists)\n");

    // 23 ages × 10 categories, visited in an order that walks through all 50 rules.
    const int ages[] = {3,  17, 18, 22, 24, 25, 29, 31, 34, 36, 39, 40,
                        44, 47, 49, 50, 58, 64, 65, 70, 79, 80, 97};
    struct Pair
    {
        int age;
        QString category;
        int rule; // 0-based
    };
    QList<Pair> pairs;
    for (int i = 0; i < 230; ++i) {
        const int age = ages[(i * 7) % 23];
        const int group = i % 5;
        const QString category = CategoryGroups[group][(i / 5) % 2];
        pairs.append({age, category, bandOf(age) * 5 + group});
    }

    struct Variant
    {
        const char *label;
        QString hitPolicy;
        QString aggregation;
    };
    const Variant variants[] = {
        {"U", QStringLiteral("UNIQUE"), {}},
        {"F", QStringLiteral("FIRST"), {}},
        {"C+", QStringLiteral("COLLECT"), QStringLiteral("SUM")},
    };
    for (const Variant &v : variants) {
        if (!o.policy.isEmpty() && o.policy != QLatin1String(v.label))
            continue;
        const bool sum = !v.aggregation.isEmpty();
        QList<QStringList> rules;
        for (qsizetype band = 0; band < AgeBands.size(); ++band) {
            for (qsizetype group = 0; group < CategoryGroups.size(); ++group) {
                const int rule = int(band * CategoryGroups.size() + group);
                const QString categories =
                    QStringLiteral("\"%1\", \"%2\"")
                        .arg(CategoryGroups[group][0], CategoryGroups[group][1]);
                rules << QStringList{AgeBands[band], categories,
                                     sum ? QString::number(rule + 1)
                                         : QStringLiteral("\"R%1\"").arg(rule + 1)};
            }
        }
        const auto b = compileModel(
            decisionModelXml({{QStringLiteral("age"), QStringLiteral("number")},
                              {QStringLiteral("category"), QStringLiteral("string")}},
                             v.hitPolicy, v.aggregation,
                             sum ? QStringLiteral("number") : QStringLiteral("string"), rules),
            QStringLiteral("bench-50-rules-%1.dmn").arg(QLatin1String(v.label)));
        QList<Inputs> inputs;
        QSet<int> rulesHit;
        for (const Pair &p : pairs) {
            const feel::Value expected = sum ? feel::Value::number(p.rule + 1)
                                             : feel::Value(QStringLiteral("R%1").arg(p.rule + 1));
            inputs << makeInputs({{QStringLiteral("age"), feel::Value::number(p.age)},
                                  {QStringLiteral("category"), feel::Value(p.category)}},
                                 expected);
            rulesHit << p.rule;
        }
        if (rulesHit.size() != 50)
            fail(QStringLiteral("the 50-rule inputs reach only %1 rules").arg(rulesHit.size()));
        check(*b, inputs, QStringLiteral("50-rule table %1").arg(QLatin1String(v.label)));

        const QByteArray graphLabel = QByteArray(v.label) + " decision graph";
        const QByteArray tableLabel = QByteArray(v.label) + " table evaluator";
        printRate(graphLabel.constData(), rateThroughGraph(*b, inputs, o), "evals/s",
                  FiftyRuleTarget);
        printRate(tableLabel.constData(), rateThroughTable(*b, inputs, o), "evals/s",
                  FiftyRuleTarget);
    }
}

// ---- 3. literal expressions --------------------------------------------------------------

void benchLiteral(const Options &o, const char *label, const QString &text,
                  const QList<QList<std::pair<QString, feel::Value>>> &bindings,
                  const QList<feel::Value> &expected, const QString &outputType)
{
    std::printf("  %s\n", qPrintable(text));
    QStringList names;
    QList<InputColumn> columns;
    for (const auto &[name, value] : bindings.first()) {
        names << name;
        columns.append({name, value.typeName()});
    }
    const feel::ParseResult parsed = feel::parseExpression(text, names);
    if (!parsed.ok())
        fail(QStringLiteral("%1 does not parse: %2").arg(text, parsed.errors.value(0).toString()));
    QList<Inputs> inputs;
    for (qsizetype i = 0; i < bindings.size(); ++i)
        inputs << makeInputs(bindings[i], expected[i]);
    for (const Inputs &in : inputs) {
        feel::CallContext ctx;
        const feel::Value v = feel::evaluate(*parsed.expr, in.scope, ctx);
        if (!feel::isFeelEqual(v, in.expected) || ctx.hasDiagnostics())
            fail(QStringLiteral("%1 gives %2, expected %3")
                     .arg(text, v.toString(), in.expected.toString()));
    }
    const auto b = compileModel(decisionModelXml(columns, {}, {}, outputType, {}, text),
                                QStringLiteral("bench-literal-%1.dmn").arg(QLatin1String(label)));
    check(*b, inputs, text);

    qsizetype next = 0;
    const double facade = opsPerSecond(
        [&] {
            feel::CallContext ctx;
            const feel::Value v = feel::evaluate(*parsed.expr, inputs.at(next).scope, ctx);
            Q_UNUSED(v);
            if (++next == inputs.size())
                next = 0;
        },
        o.runs, o.seconds);
    printRate("FEEL facade (feel::evaluate)", facade, "evals/s");
    printRate("decision graph (DecisionModel::evaluateDecision)", rateThroughGraph(*b, inputs, o),
              "evals/s");
}

void benchLiterals(const Options &o)
{
    std::printf("\n3. literal expressions\n");
    const QString income = QStringLiteral("income");
    benchLiteral(
        o, "arithmetic", QStringLiteral("if income > 1000 then income * 0.3 else 0"),
        {{{income, number("500")}}, {{income, number("1500")}}, {{income, number("23456.78")}}},
        {number("0"), number("450"), number("7037.034")}, QStringLiteral("number"));

    const QString given = QStringLiteral("given name");
    const QString family = QStringLiteral("family name");
    benchLiteral(
        o, "context",
        QStringLiteral(
            "{full: given name + \" \" + family name, "
            "initials: upper case(substring(given name, 1, 1) + substring(family name, 1, 1)), "
            "long: string length(full) > 12}"),
        {{{given, str("Anna")}, {family, str("Lindqvist")}},
         {{given, str("Bo")}, {family, str("Ek")}}},
        {feel::Value(feel::Context({{QStringLiteral("full"), str("Anna Lindqvist")},
                                    {QStringLiteral("initials"), str("AL")},
                                    {QStringLiteral("long"), feel::Value(true)}})),
         feel::Value(feel::Context({{QStringLiteral("full"), str("Bo Ek")},
                                    {QStringLiteral("initials"), str("BE")},
                                    {QStringLiteral("long"), feel::Value(false)}}))},
        QStringLiteral("Any"));
}

// ---- 3b. single unary tests -------------------------------------------------------------

// The building block of every table: one cell through feel::test, for the owners of the
// FEEL layer to re-measure a change without the table around it.
void benchUnaryTests(const Options &o)
{
    std::printf("\n3b. unary tests through feel::test (one cell)\n");
    struct Cell
    {
        const char *text;
        feel::Value input;
    };
    const Cell cells[] = {
        {"< 10", number("7")},
        {"[18..25)", number("22")}, // end points and input with equal exponents
        {"[30..40)", number("35")}, // 3E1, 4E1 against 35: unequal exponents
        {"\"student\", \"youth\"", str("youth")},
        {"-", number("1")},
    };
    const feel::Value noContext;
    for (const Cell &cell : cells) {
        const auto parsed = feel::parseUnaryTests(QString::fromUtf8(cell.text));
        if (!parsed.ok())
            fail(QStringLiteral("unary tests %1 do not parse").arg(QString::fromUtf8(cell.text)));
        {
            feel::CallContext ctx;
            const feel::Value r = feel::test(*parsed.tests, cell.input, noContext, ctx);
            if (!r.is(feel::ValueKind::Boolean) || !r.boolean())
                fail(QStringLiteral("unary tests %1 do not match %2")
                         .arg(QString::fromUtf8(cell.text), cell.input.toString()));
        }
        const double rate = opsPerSecond(
            [&] {
                feel::CallContext ctx;
                const feel::Value r = feel::test(*parsed.tests, cell.input, noContext, ctx);
                Q_UNUSED(r);
            },
            o.runs, o.seconds);
        const QByteArray label =
            QByteArray(cell.text) + " (input " + cell.input.toString().toUtf8() + ")";
        printRate(label.constData(), rate, "tests/s");
    }
}

// ---- 4. the TCK models -------------------------------------------------------------------

// One TCK test case ready to run: its model, and inputs already in the form the engine takes.
struct PreparedCase
{
    const dmn::DecisionModel *model = nullptr;
    const tck::TestCase *testCase = nullptr;
    dmn::InputValues inputs;
    QList<feel::Argument> arguments; // for business knowledge model cases
    QStringList nameSpaces;          // per expected result: empty = the main model
};

// Evaluates every expected result of a case, as the TCK runner does; true if all match.
bool runCase(const PreparedCase &p)
{
    const tck::TestCase &c = *p.testCase;
    bool passed = true;
    feel::Value serviceResult;
    bool serviceEvaluated = false;
    for (qsizetype i = 0; i < c.results.size(); ++i) {
        const tck::ExpectedResult &expected = c.results.at(i);
        feel::CallContext ctx;
        feel::Value actual;
        switch (c.type) {
        case tck::TestCase::Type::Decision:
            actual = p.model->evaluateDecision(expected.name, p.inputs, ctx, nullptr,
                                               p.nameSpaces.at(i));
            break;
        case tck::TestCase::Type::KnowledgeModel:
            actual = p.model->invokeKnowledgeModel(
                c.invocableName.isEmpty() ? expected.name : c.invocableName, p.arguments, ctx);
            break;
        case tck::TestCase::Type::DecisionService:
            if (!serviceEvaluated) {
                serviceResult = p.model->evaluateDecisionService(c.invocableName, p.inputs, ctx);
                serviceEvaluated = true;
            }
            actual = serviceResult;
            if (actual.is(feel::ValueKind::Context) && actual.context().size() > 1) {
                if (const feel::Value *entry = actual.context().find(expected.name))
                    actual = *entry;
            }
            break;
        }
        passed = passed && !tck::compareWithExpected(expected.expected, actual);
    }
    return passed;
}

// Timed without the comparison: only what the engine does.
void evaluateCase(const PreparedCase &p)
{
    const tck::TestCase &c = *p.testCase;
    bool serviceEvaluated = false;
    for (qsizetype i = 0; i < c.results.size(); ++i) {
        feel::CallContext ctx;
        switch (c.type) {
        case tck::TestCase::Type::Decision:
            p.model->evaluateDecision(c.results.at(i).name, p.inputs, ctx, nullptr,
                                      p.nameSpaces.at(i));
            break;
        case tck::TestCase::Type::KnowledgeModel:
            p.model->invokeKnowledgeModel(c.invocableName.isEmpty() ? c.results.at(i).name
                                                                    : c.invocableName,
                                          p.arguments, ctx);
            break;
        case tck::TestCase::Type::DecisionService:
            if (!serviceEvaluated) {
                p.model->evaluateDecisionService(c.invocableName, p.inputs, ctx);
                serviceEvaluated = true;
            }
            break;
        }
    }
}

QString defaultTckDir()
{
    if (qEnvironmentVariableIsSet("CASEBENCH_TCK_DIR"))
        return qEnvironmentVariable("CASEBENCH_TCK_DIR");
    // The TCK copy lives beside the clone: <repo>/../shared/dmn-tck (as in tests/CMakeLists.txt).
    const QDir repo =
        QFileInfo(QString::fromUtf8(__FILE__)).absoluteDir().filePath(QStringLiteral(".."));
    return QDir::cleanPath(repo.filePath(QStringLiteral("../shared/dmn-tck")));
}

void benchTck(const Options &o)
{
    const QString levelDir = QDir(o.tckDir).filePath(QStringLiteral("compliance-level-2"));
    std::printf("\n4. TCK compliance-level-2 models (%s)\n", qPrintable(levelDir));
    if (!QFileInfo(levelDir).isDir()) {
        std::printf("  skipped: %s is missing (give --tck DIR or set CASEBENCH_TCK_DIR)\n",
                    qPrintable(levelDir));
        return;
    }

    struct Folder
    {
        QString name;
        QList<PreparedCase> cases;
    };
    std::vector<std::shared_ptr<const dmn::DecisionModel>> models;
    std::vector<std::unique_ptr<tck::TestCases>> testFiles;
    QList<Folder> folders;
    int unreadable = 0;
    const QDir level(levelDir);
    for (const QString &folderName :
         level.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir dir(level.filePath(folderName));
        Folder folder{folderName, {}};
        QHash<QString, const dmn::DecisionModel *> byPath;
        for (const QString &file :
             dir.entryList({QStringLiteral("*-test-*.xml")}, QDir::Files, QDir::Name)) {
            auto cases = tck::TestCaseReader::readFile(dir.filePath(file));
            if (!cases) {
                ++unreadable;
                continue;
            }
            const QString modelPath = dir.filePath(cases->modelName);
            if (!byPath.contains(modelPath)) {
                auto model = dmn::DecisionModel::loadFile(modelPath);
                byPath.insert(modelPath, model ? model->get() : nullptr);
                if (model)
                    models.push_back(*model);
            }
            const dmn::DecisionModel *model = byPath.value(modelPath);
            if (!model) {
                unreadable += int(cases->cases.size());
                continue;
            }
            testFiles.push_back(std::make_unique<tck::TestCases>(std::move(*cases)));
            for (const tck::TestCase &c : testFiles.back()->cases) {
                PreparedCase p;
                p.model = model;
                p.testCase = &c;
                for (const auto &in : c.inputs) {
                    p.inputs.set(in.name, in.value, in.nameSpace);
                    p.arguments.append({in.name, in.value});
                }
                for (const auto &r : c.results)
                    p.nameSpaces << (r.nameSpace == model->definitions().nameSpace ? QString()
                                                                                   : r.nameSpace);
                folder.cases << p;
            }
        }
        if (!folder.cases.isEmpty())
            folders << folder;
    }

    QList<const PreparedCase *> all;
    int passed = 0;
    for (const Folder &f : folders) {
        for (const PreparedCase &p : f.cases) {
            all << &p;
            passed += runCase(p) ? 1 : 0;
        }
    }
    std::printf("  %lld folders, %zu models, %lld test cases (%d pass the TCK comparison, %d not "
                "loadable)\n",
                qlonglong(folders.size()), models.size(), qlonglong(all.size()), passed,
                unreadable);
    if (all.isEmpty())
        return;

    qsizetype next = 0;
    const double rate = opsPerSecond(
        [&] {
            evaluateCase(*all.at(next));
            if (++next == all.size())
                next = 0;
        },
        o.runs, o.seconds);
    printRate("all level-2 test cases, round robin", rate, "cases/s");

    // Per folder, shorter runs: which models cost most (the hints for profiling).
    QList<std::pair<double, QString>> perFolder;
    for (const Folder &f : folders) {
        qsizetype i = 0;
        const double r = opsPerSecond(
            [&] {
                evaluateCase(f.cases.at(i));
                if (++i == f.cases.size())
                    i = 0;
            },
            3, o.seconds / 6);
        perFolder.append({r, f.name});
    }
    std::sort(perFolder.begin(), perFolder.end());
    std::printf("  slowest folders:\n");
    for (qsizetype i = 0; i < std::min<qsizetype>(5, perFolder.size()); ++i) {
        const QByteArray label = "  " + perFolder[i].second.toUtf8();
        printRate(label.constData(), perFolder[i].first, "cases/s");
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("DMN/FEEL engine evaluation rates, single thread"));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per figure (median)."),
                                        QStringLiteral("R"), QStringLiteral("7"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Minimum length of one run."),
                                           QStringLiteral("S"), QStringLiteral("0.3"));
    const QCommandLineOption tckOption(QStringLiteral("tck"), QStringLiteral("The DMN TCK folder."),
                                       QStringLiteral("DIR"), defaultTckDir());
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("One benchmark: single, table, literal, unary or tck."),
        QStringLiteral("NAME"));
    const QCommandLineOption policyOption(QStringLiteral("policy"),
                                          QStringLiteral("Only this variant of the 50-rule table: U, F or C+."),
                                          QStringLiteral("P"));
    parser.addOptions({runsOption, secondsOption, tckOption, onlyOption, policyOption});
    parser.process(app);

    Options o;
    o.runs = std::max(5, parser.value(runsOption).toInt());
    o.seconds = std::max(0.01, parser.value(secondsOption).toDouble());
    o.tckDir = parser.value(tckOption);
    o.only = parser.value(onlyOption);
    o.policy = parser.value(policyOption);

    std::printf("bench_dmn: single thread, median of %d runs of >= %.2f s each (parse/compile "
                "outside the timing)\n",
                o.runs, o.seconds);
#ifndef NDEBUG
    std::printf("warning: assertions are on; figures from a Debug build are not representative\n");
#endif
    const auto wanted = [&](const char *name) {
        return o.only.isEmpty() || o.only == QLatin1String(name);
    };
    if (wanted("single"))
        benchSingleRule(o);
    if (wanted("table"))
        benchFiftyRules(o);
    if (wanted("literal"))
        benchLiterals(o);
    if (wanted("unary"))
        benchUnaryTests(o);
    if (wanted("tck"))
        benchTck(o);
    return 0;
}
