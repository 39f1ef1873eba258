#include "automation/dmn/DecisionTableEvaluator.h"

#include "automation/dmn/Trace.h"
#include "automation/dmn/TypeSystem.h"
#include "automation/feel/Builtins.h"
#include "automation/feel/CallContext.h"
#include "automation/feel/Feel.h"
#include "automation/feel/Function.h"
#include "automation/feel/UnaryTests.h"

#include <QCoreApplication>
#include <QVarLengthArray>
#include <algorithm>
#include <optional>

namespace casebench::dmn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DecisionTableEvaluator", text);
}

using TestsPtr = std::shared_ptr<const feel::UnaryTests>;

// Unary tests of one cell (input entry, input or output values). Most cells are literal
// ("< 10", "[18..25)", "\"a\",\"b\""): those are tested without the evaluator, which is
// what makes a 50-rule table cheap.
struct CellTests
{
    TestsPtr parsed; // null = "-" (or a cell that did not parse: the table then errs)
    std::optional<feel::LiteralUnaryTests> literal;

    explicit operator bool() const { return parsed != nullptr; }

    // As feel::test: true/false, or nullopt where that gives null.
    std::optional<bool> matches(const feel::Value &input, const feel::Value &scope,
                                feel::CallContext &ctx) const
    {
        if (literal)
            return literal->matches(input);
        const feel::Value t = feel::test(*parsed, input, scope, ctx);
        if (!t.is(feel::ValueKind::Boolean))
            return std::nullopt;
        return t.boolean();
    }
};

// Rules that matched, by index (a table rarely has more than a few hit at once).
using RuleIndexes = QVarLengthArray<qsizetype, 16>;

class CompiledTable final : public CompiledExpression
{
public:
    struct Input
    {
        CompiledExpressionPtr expression;
        CellTests allowed; // input values; null = any
    };
    struct Output
    {
        QString name;
        QString typeRef;
        CellTests allowed;
        QList<CellTests> priority;          // the output values one by one, highest priority first
        CompiledExpressionPtr defaultValue; // null = none
    };
    struct Rule
    {
        QString id;
        QList<CellTests> tests; // null entry = "-" (matches anything)
        QList<CompiledExpressionPtr> outputs;
        QStringList annotations;
        // The rule's output when every output entry is a literal that conforms to its
        // type: built once, so that a matched norm-table row costs no allocation. Null
        // otherwise (evaluated per hit).
        std::optional<feel::Value> constantOutput;
    };

    QString id;
    HitPolicy hitPolicy = HitPolicy::Unique;
    Aggregation aggregation = Aggregation::None;
    QList<Input> inputs;
    QList<Output> outputs;
    QList<Rule> rules;
    const TypeSystem *types = nullptr;
    QString nameSpace;
    QString error; // set when a cell could not be parsed: the table then evaluates to null

    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        if (!error.isEmpty()) {
            env.ctx.report(error);
            return {};
        }
        QVarLengthArray<feel::Value, 8> inputValues;
        for (qsizetype i = 0; i < inputs.size(); ++i) {
            const auto &in = inputs.at(i);
            feel::Value v = in.expression->evaluate(scope, env);
            if (in.allowed && !v.isNull() &&
                !in.allowed.matches(v, scope, env.ctx).value_or(false)) {
                env.ctx.report(tr("input %1 value %2 is not among the input values")
                                   .arg(i + 1)
                                   .arg(v.toString()));
                return {};
            }
            inputValues.append(std::move(v));
        }

        RuleIndexes matched;
        for (qsizetype r = 0; r < rules.size(); ++r) {
            if (!env.ctx.step())
                return {};
            const Rule &rule = rules.at(r);
            bool match = true;
            for (qsizetype i = 0; i < rule.tests.size() && match; ++i) {
                const CellTests &cell = rule.tests.at(i);
                if (cell)
                    match = cell.matches(inputValues.at(i), scope, env.ctx).value_or(false);
            }
            if (match) {
                matched.append(r);
                if (hitPolicy == HitPolicy::First)
                    break;
            }
        }

        if (matched.isEmpty())
            return defaultResult(scope, env);

        switch (hitPolicy) {
        case HitPolicy::Unique:
            if (matched.size() > 1) {
                env.ctx.report(tr("%1 rules match in a UNIQUE table (rules %2)")
                                   .arg(matched.size())
                                   .arg(ruleList(matched)));
                return {};
            }
            return recordAndOutputOne(matched.first(), scope, env);
        case HitPolicy::First:
            return recordAndOutputOne(matched.first(), scope, env);
        case HitPolicy::Any: {
            const QList<feel::Value> values = recordAndOutput(matched, scope, env);
            for (const auto &v : values) {
                if (!feel::isFeelEqual(v, values.first())) {
                    env.ctx.report(tr("rules %1 of an ANY table match with different outputs")
                                       .arg(ruleList(matched)));
                    return {};
                }
            }
            return values.first();
        }
        case HitPolicy::Priority: {
            const RuleIndexes order = byPriority(matched, scope, env);
            return recordAndOutputOne(order.first(), scope, env);
        }
        case HitPolicy::OutputOrder: {
            const RuleIndexes order = byPriority(matched, scope, env);
            return feel::Value(recordAndOutput(order, scope, env));
        }
        case HitPolicy::RuleOrder:
            return feel::Value(recordAndOutput(matched, scope, env));
        case HitPolicy::Collect: {
            const QList<feel::Value> values = recordAndOutput(matched, scope, env);
            return aggregate(values, env);
        }
        }
        return {};
    }

    // Fills Rule::constantOutput where outputOf would give the same value for any scope:
    // every output entry a literal whose conformance to the output's type reports nothing.
    void precomputeConstantOutputs()
    {
        if (!error.isEmpty())
            return;
        for (Rule &rule : rules) {
            if (rule.outputs.size() != outputs.size() || outputs.isEmpty())
                continue;
            const bool literal =
                std::all_of(rule.outputs.cbegin(), rule.outputs.cend(),
                            [](const CompiledExpressionPtr &o) { return o && o->constant(); });
            if (!literal)
                continue;
            feel::CallContext ctx;
            EvaluationEnv env{ctx, nullptr};
            feel::Value value = outputOf(rule, feel::Value(), env);
            if (ctx.diagnostics().isEmpty())
                rule.constantOutput = std::move(value);
        }
    }

private:
    static QString ruleList(const RuleIndexes &rules)
    {
        QStringList parts;
        for (qsizetype r : rules)
            parts << QString::number(r + 1);
        return parts.join(QLatin1String(", "));
    }

    feel::Value outputOf(const Rule &rule, const feel::Value &scope, EvaluationEnv &env) const
    {
        if (rule.constantOutput)
            return *rule.constantOutput;
        if (outputs.size() == 1)
            return types->conform(rule.outputs.first()->evaluate(scope, env), nameSpace,
                                  outputs.first().typeRef, env.ctx);
        feel::Context c;
        for (qsizetype o = 0; o < outputs.size(); ++o) {
            c.insert(outputs.at(o).name, types->conform(rule.outputs.at(o)->evaluate(scope, env),
                                                        nameSpace, outputs.at(o).typeRef, env.ctx));
        }
        return feel::Value(std::move(c));
    }

    feel::Value recordAndOutputOne(qsizetype r, const feel::Value &scope, EvaluationEnv &env) const
    {
        const Rule &rule = rules.at(r);
        if (env.trace)
            env.trace->matchedRules.append({id, int(r), rule.id, rule.annotations});
        return outputOf(rule, scope, env);
    }

    QList<feel::Value> recordAndOutput(const RuleIndexes &which, const feel::Value &scope,
                                       EvaluationEnv &env) const
    {
        QList<feel::Value> values;
        values.reserve(which.size());
        for (qsizetype r : which)
            values << recordAndOutputOne(r, scope, env);
        return values;
    }

    feel::Value defaultResult(const feel::Value &scope, EvaluationEnv &env) const
    {
        bool anyDefault = false;
        for (const auto &o : outputs)
            anyDefault = anyDefault || o.defaultValue;
        if (!anyDefault) {
            if (hitPolicy == HitPolicy::Collect && aggregation == Aggregation::Count)
                return feel::Value::number(0);
            if (hitPolicy == HitPolicy::Collect || hitPolicy == HitPolicy::RuleOrder ||
                hitPolicy == HitPolicy::OutputOrder)
                return aggregation == Aggregation::None ? feel::Value(QList<feel::Value>())
                                                        : feel::Value();
            return {};
        }
        auto valueOf = [&](const Output &o) {
            return o.defaultValue ? types->conform(o.defaultValue->evaluate(scope, env), nameSpace,
                                                   o.typeRef, env.ctx)
                                  : feel::Value();
        };
        if (outputs.size() == 1)
            return valueOf(outputs.first());
        feel::Context c;
        for (const auto &o : outputs)
            c.insert(o.name, valueOf(o));
        return feel::Value(std::move(c));
    }

    // Position of a value in an output's values list (lower = higher priority).
    qsizetype priorityOf(const Output &o, const feel::Value &v, const feel::Value &scope,
                         EvaluationEnv &env) const
    {
        for (qsizetype i = 0; i < o.priority.size(); ++i) {
            if (o.priority.at(i).matches(v, scope, env.ctx).value_or(false))
                return i;
        }
        return o.priority.size();
    }

    // Matched rules ordered by decreasing output priority (stable: ties keep rule order).
    RuleIndexes byPriority(const RuleIndexes &matched, const feel::Value &scope,
                           EvaluationEnv &env) const
    {
        QList<std::pair<QList<qsizetype>, qsizetype>> keyed;
        for (qsizetype r : matched) {
            QList<qsizetype> key;
            for (qsizetype o = 0; o < outputs.size(); ++o) {
                const feel::Value v = rules.at(r).outputs.at(o)->evaluate(scope, env);
                key << priorityOf(outputs.at(o), v, scope, env);
            }
            keyed.append({key, r});
        }
        std::stable_sort(keyed.begin(), keyed.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        RuleIndexes order;
        for (const auto &k : keyed)
            order.append(k.second);
        return order;
    }

    feel::Value aggregate(const QList<feel::Value> &values, EvaluationEnv &env) const
    {
        if (aggregation == Aggregation::None)
            return feel::Value(values);
        if (aggregation == Aggregation::Count)
            return feel::Value::number(values.size());
        const char *name = aggregation == Aggregation::Sum   ? "sum"
                           : aggregation == Aggregation::Min ? "min"
                                                             : "max";
        const auto &fns = feel::builtins();
        const auto fn = fns.value(QString::fromLatin1(name));
        if (!fn) {
            env.ctx.report(tr("the built-in function %1 is missing").arg(QLatin1String(name)));
            return {};
        }
        return fn->invoke({feel::Argument{QString(), feel::Value(values)}}, env.ctx);
    }
};

} // namespace

QStringList splitUnaryTests(const QString &text)
{
    QStringList parts;
    int depth = 0;
    bool inString = false;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == QLatin1Char('\\'))
                ++i;
            else if (c == QLatin1Char('"'))
                inString = false;
            continue;
        }
        if (c == QLatin1Char('"'))
            inString = true;
        else if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{'))
            ++depth;
        else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}'))
            --depth;
        else if (c == QLatin1Char(',') && depth == 0) {
            parts << text.mid(start, i - start).trimmed();
            start = i + 1;
        }
    }
    const QString last = text.mid(start).trimmed();
    if (!last.isEmpty())
        parts << last;
    return parts;
}

CompiledExpressionPtr compileDecisionTable(const DecisionTable &table, ExpressionCompiler &compiler,
                                           const QStringList &knownNames, const QString &where)
{
    auto t = std::make_shared<CompiledTable>();
    t->id = table.id;
    t->hitPolicy = table.hitPolicy;
    t->aggregation = table.aggregation;
    t->types = &compiler.types();
    t->nameSpace = compiler.modelNamespace();

    auto tests = [&](const QString &text, int line) -> CellTests {
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed == u"-")
            return {};
        const feel::UnaryTestsParseResult parsed = feel::parseUnaryTests(trimmed, knownNames);
        if (!parsed.ok()) {
            const QString message =
                parsed.errors.isEmpty()
                    ? tr("cannot read the unary tests \"%1\"").arg(trimmed)
                    : tr("FEEL error in \"%1\": %2").arg(trimmed, parsed.errors.first().toString());
            compiler.addProblem(where, line, message);
            if (t->error.isEmpty())
                t->error = message;
            return {};
        }
        return CellTests{parsed.tests, feel::LiteralUnaryTests::fromTests(*parsed.tests)};
    };

    for (const auto &in : table.inputs) {
        CompiledTable::Input ci;
        ci.expression = compiler.compileText(in.expression, knownNames, where, in.line);
        ci.allowed = tests(in.inputValues, in.line);
        t->inputs << ci;
    }
    for (const auto &out : table.outputs) {
        CompiledTable::Output co;
        co.name = out.name;
        co.typeRef = out.typeRef;
        co.allowed = tests(out.outputValues, out.line);
        for (const QString &part : splitUnaryTests(out.outputValues)) {
            if (CellTests p = tests(part, out.line))
                co.priority << std::move(p);
        }
        if (!out.defaultOutputEntry.trimmed().isEmpty())
            co.defaultValue =
                compiler.compileText(out.defaultOutputEntry, knownNames, where, out.line);
        t->outputs << co;
    }
    for (const auto &rule : table.rules) {
        CompiledTable::Rule cr;
        cr.id = rule.id;
        cr.annotations = rule.annotations;
        for (const QString &entry : rule.inputEntries)
            cr.tests << tests(entry, rule.line);
        for (const QString &entry : rule.outputEntries)
            cr.outputs << compiler.compileText(entry, knownNames, where, rule.line);
        t->rules << cr;
    }
    t->precomputeConstantOutputs();
    return t;
}

} // namespace casebench::dmn
