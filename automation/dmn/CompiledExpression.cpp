#include "automation/dmn/CompiledExpression.h"

#include "automation/dmn/BoxedExpression.h"
#include "automation/dmn/DecisionTableEvaluator.h"
#include "automation/dmn/TypeSystem.h"
#include "automation/feel/Ast.h"
#include "automation/feel/CallContext.h"
#include "automation/feel/Evaluator.h"
#include "automation/feel/Feel.h"
#include "automation/feel/Function.h"

#include <QCoreApplication>

#include <algorithm>

namespace casebench::dmn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ExpressionCompiler", text);
}

class NullNode final : public CompiledExpression
{
public:
    feel::Value evaluate(const feel::Value &, EvaluationEnv &) const override { return {}; }
};

// An expression that could not be compiled: null, with the reason, every time.
class ErrorNode final : public CompiledExpression
{
public:
    explicit ErrorNode(QString message) : m_message(std::move(message)) {}
    feel::Value evaluate(const feel::Value &, EvaluationEnv &env) const override
    {
        env.ctx.report(m_message);
        return {};
    }

private:
    QString m_message;
};

class LiteralNode final : public CompiledExpression
{
public:
    explicit LiteralNode(std::shared_ptr<const feel::Expression> expr) : m_expr(std::move(expr)) {}
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        return feel::evaluate(*m_expr, scope, env.ctx);
    }

private:
    std::shared_ptr<const feel::Expression> m_expr;
};

// An expression of literals only ("\"low\"", "0.3", "[1, 2]"): its value, computed once.
class ConstantNode final : public CompiledExpression
{
public:
    explicit ConstantNode(feel::Value value) : m_value(std::move(value)) {}
    feel::Value evaluate(const feel::Value &, EvaluationEnv &) const override { return m_value; }
    const feel::Value *constant() const override { return &m_value; }

private:
    feel::Value m_value;
};

// An expression that is one name ("Age", "Applicant Category"): nearly every table input.
// Read straight from the scope; anything else (a built-in's name, an unknown name) goes
// the evaluator's way with its diagnostics.
class NameNode final : public CompiledExpression
{
public:
    NameNode(QString name, std::shared_ptr<const feel::Expression> expr)
        : m_name(std::move(name)), m_expr(std::move(expr))
    {
    }
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        if (scope.is(feel::ValueKind::Context) && !env.ctx.exhausted()) {
            if (const feel::Value *v = scope.context().find(m_name))
                return *v;
        }
        return feel::evaluate(*m_expr, scope, env.ctx);
    }

private:
    QString m_name;
    std::shared_ptr<const feel::Expression> m_expr;
};

// Makes the inner expression's value conform to a typeRef.
class TypedNode final : public CompiledExpression
{
public:
    TypedNode(CompiledExpressionPtr inner, const TypeSystem &types, QString ns, QString typeRef)
        : m_inner(std::move(inner)), m_types(types), m_ns(std::move(ns)), m_typeRef(std::move(typeRef))
    {
    }
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        return m_types.conform(m_inner->evaluate(scope, env), m_ns, m_typeRef, env.ctx);
    }

private:
    CompiledExpressionPtr m_inner;
    const TypeSystem &m_types;
    QString m_ns;
    QString m_typeRef;
};

class ContextNode final : public CompiledExpression
{
public:
    struct Entry
    {
        QString name; // empty = result entry
        QString typeRef;
        CompiledExpressionPtr value;
    };
    ContextNode(QList<Entry> entries, const TypeSystem &types, QString ns)
        : m_entries(std::move(entries)), m_types(types), m_ns(std::move(ns))
    {
    }
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        feel::Value inner = scope;
        feel::Context result;
        for (const auto &e : m_entries) {
            const feel::Value v = m_types.conform(e.value->evaluate(inner, env), m_ns, e.typeRef, env.ctx);
            if (e.name.isEmpty())
                return v;
            result.insert(e.name, v);
            inner = extendScope(inner, e.name, v);
        }
        return feel::Value(std::move(result));
    }

private:
    QList<Entry> m_entries;
    const TypeSystem &m_types;
    QString m_ns;
};

class InvocationNode final : public CompiledExpression
{
public:
    InvocationNode(CompiledExpressionPtr callee, QList<std::pair<QString, CompiledExpressionPtr>> bindings)
        : m_callee(std::move(callee)), m_bindings(std::move(bindings))
    {
    }
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        const feel::Value fn = m_callee->evaluate(scope, env);
        if (!fn.is(feel::ValueKind::Function)) {
            env.ctx.report(tr("the invoked name is not a function but a %1").arg(fn.typeName()));
            return {};
        }
        QList<feel::Argument> args;
        args.reserve(m_bindings.size());
        for (const auto &[name, expr] : m_bindings)
            args.append({name, expr->evaluate(scope, env)});
        if (!env.ctx.enter())
            return {};
        const feel::Value result = fn.function()->invoke(args, env.ctx);
        env.ctx.leave();
        return result;
    }

private:
    CompiledExpressionPtr m_callee;
    QList<std::pair<QString, CompiledExpressionPtr>> m_bindings;
};

class ListNode final : public CompiledExpression
{
public:
    explicit ListNode(QList<CompiledExpressionPtr> items) : m_items(std::move(items)) {}
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        QList<feel::Value> out;
        out.reserve(m_items.size());
        for (const auto &item : m_items)
            out << item->evaluate(scope, env);
        return feel::Value(std::move(out));
    }

private:
    QList<CompiledExpressionPtr> m_items;
};

class RelationNode final : public CompiledExpression
{
public:
    RelationNode(QStringList columns, QList<QList<CompiledExpressionPtr>> rows)
        : m_columns(std::move(columns)), m_rows(std::move(rows))
    {
    }
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        QList<feel::Value> out;
        out.reserve(m_rows.size());
        for (const auto &row : m_rows) {
            feel::Context c;
            for (qsizetype i = 0; i < row.size() && i < m_columns.size(); ++i)
                c.insert(m_columns.at(i), row.at(i)->evaluate(scope, env));
            out << feel::Value(std::move(c));
        }
        return feel::Value(std::move(out));
    }

private:
    QStringList m_columns;
    QList<QList<CompiledExpressionPtr>> m_rows;
};

// A FEEL function defined by a boxed function definition: a closure over its scope.
class BoxedFunction final : public feel::Function
{
public:
    BoxedFunction(QList<std::pair<QString, QString>> params, CompiledExpressionPtr body, QString outputType,
                  feel::Value scope, const TypeSystem &types, QString ns, QString name)
        : m_params(std::move(params)), m_body(std::move(body)), m_outputType(std::move(outputType)),
          m_scope(std::move(scope)), m_types(types), m_ns(std::move(ns)), m_name(std::move(name))
    {
    }
    QStringList parameterNames() const override
    {
        QStringList names;
        for (const auto &p : m_params)
            names << p.first;
        return names;
    }
    QString name() const override { return m_name; }
    feel::Value invoke(const QList<feel::Argument> &args, feel::CallContext &ctx) const override
    {
        const bool named = !args.isEmpty() && !args.first().name.isEmpty();
        if (!named) {
            QList<feel::Value> values;
            values.reserve(args.size());
            for (const auto &a : args)
                values.append(a.value);
            return invokePositional(values, ctx);
        }
        QList<feel::Value> values(m_params.size());
        for (const auto &a : args) {
            const auto param = std::find_if(m_params.cbegin(), m_params.cend(),
                                            [&a](const auto &p) { return p.first == a.name; });
            if (param == m_params.cend()) {
                ctx.report(tr("%1 has no parameter '%2'").arg(describe(), a.name));
                return {};
            }
            values[param - m_params.cbegin()] = a.value;
        }
        return call(values, ctx);
    }
    feel::Value invokePositional(const QList<feel::Value> &args, feel::CallContext &ctx) const override
    {
        if (args.size() != m_params.size()) {
            ctx.report(tr("%1 takes %2 arguments, not %3").arg(describe()).arg(m_params.size()).arg(args.size()));
            return {};
        }
        return call(args, ctx);
    }

private:
    // `values`: one per parameter, in order.
    feel::Value call(const QList<feel::Value> &values, feel::CallContext &ctx) const
    {
        feel::Context scope = m_scope.is(feel::ValueKind::Context) ? m_scope.context() : feel::Context();
        for (qsizetype i = 0; i < m_params.size(); ++i) {
            const feel::Value v = m_types.conform(values.at(i), m_ns, m_params.at(i).second, ctx);
            if (v.isNull() && !values.at(i).isNull())
                return {}; // spec: an argument of the wrong type makes the invocation null
            scope.insert(m_params.at(i).first, v);
        }
        if (!ctx.enter())
            return {};
        EvaluationEnv env{ctx, nullptr};
        const feel::Value result = m_body->evaluate(feel::Value(std::move(scope)), env);
        ctx.leave();
        return m_types.conform(result, m_ns, m_outputType, ctx);
    }

    QList<std::pair<QString, QString>> m_params;
    CompiledExpressionPtr m_body;
    QString m_outputType;
    feel::Value m_scope;
    const TypeSystem &m_types;
    QString m_ns;
    QString m_name;

    QString describe() const { return m_name.isEmpty() ? tr("the function") : QStringLiteral("'%1'").arg(m_name); }
};

class FunctionDefinitionNode final : public CompiledExpression
{
public:
    FunctionDefinitionNode(QList<std::pair<QString, QString>> params, CompiledExpressionPtr body, QString outputType,
                           const TypeSystem &types, QString ns)
        : m_params(std::move(params)), m_body(std::move(body)), m_outputType(std::move(outputType)), m_types(types),
          m_ns(std::move(ns))
    {
    }
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &) const override
    {
        return feel::Value(std::shared_ptr<const feel::Function>(
            std::make_shared<BoxedFunction>(m_params, m_body, m_outputType, scope, m_types, m_ns, QString())));
    }

private:
    QList<std::pair<QString, QString>> m_params;
    CompiledExpressionPtr m_body;
    QString m_outputType;
    const TypeSystem &m_types;
    QString m_ns;
};

class ConditionalNode final : public CompiledExpression
{
public:
    ConditionalNode(CompiledExpressionPtr cond, CompiledExpressionPtr then, CompiledExpressionPtr otherwise)
        : m_if(std::move(cond)), m_then(std::move(then)), m_else(std::move(otherwise))
    {
    }
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        const feel::Value c = m_if->evaluate(scope, env);
        if (c.is(feel::ValueKind::Boolean) && c.boolean())
            return m_then->evaluate(scope, env);
        if (!c.isNull() && !c.is(feel::ValueKind::Boolean)) {
            env.ctx.report(tr("the condition is a %1, not a boolean").arg(c.typeName()));
            return {};
        }
        return m_else->evaluate(scope, env);
    }

private:
    CompiledExpressionPtr m_if, m_then, m_else;
};

QList<feel::Value> asList(const feel::Value &v)
{
    if (v.is(feel::ValueKind::List))
        return v.list();
    return {v};
}

class FilterNode final : public CompiledExpression
{
public:
    FilterNode(CompiledExpressionPtr in, CompiledExpressionPtr match) : m_in(std::move(in)), m_match(std::move(match)) {}
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        const feel::Value in = m_in->evaluate(scope, env);
        if (in.isNull())
            return {};
        QList<feel::Value> out;
        for (const auto &item : asList(in)) {
            if (!env.ctx.step())
                return {};
            feel::Value s = extendScope(scope, QStringLiteral("item"), item);
            if (item.is(feel::ValueKind::Context)) {
                feel::Context c = s.context();
                for (const auto &[k, v] : item.context().entries())
                    c.insert(k, v);
                s = feel::Value(std::move(c));
            }
            const feel::Value keep = m_match->evaluate(s, env);
            if (keep.is(feel::ValueKind::Boolean) && keep.boolean()) {
                out << item;
            } else if (!keep.isNull() && !keep.is(feel::ValueKind::Boolean)) {
                env.ctx.report(tr("the filter condition is a %1, not a boolean").arg(keep.typeName()));
                return {};
            }
        }
        return feel::Value(std::move(out));
    }

private:
    CompiledExpressionPtr m_in, m_match;
};

class IterationNode final : public CompiledExpression
{
public:
    enum class Mode { For, Some, Every };
    IterationNode(Mode mode, QString variable, CompiledExpressionPtr in, CompiledExpressionPtr body)
        : m_mode(mode), m_variable(std::move(variable)), m_in(std::move(in)), m_body(std::move(body))
    {
    }
    feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const override
    {
        const feel::Value in = m_in->evaluate(scope, env);
        if (in.isNull() || (m_mode != Mode::For && !in.is(feel::ValueKind::List)))
            return {};
        QList<feel::Value> out;
        for (const auto &item : asList(in)) {
            if (!env.ctx.step())
                return {};
            const feel::Value v = m_body->evaluate(extendScope(scope, m_variable, item), env);
            if (m_mode != Mode::For && !v.isNull() && !v.is(feel::ValueKind::Boolean)) {
                env.ctx.report(tr("the condition is a %1, not a boolean").arg(v.typeName()));
                return {};
            }
            switch (m_mode) {
            case Mode::For:
                out << v;
                break;
            case Mode::Some:
                if (v.is(feel::ValueKind::Boolean) && v.boolean())
                    return feel::Value(true);
                break;
            case Mode::Every:
                if (!v.is(feel::ValueKind::Boolean) || !v.boolean())
                    return feel::Value(false);
                break;
            }
        }
        if (m_mode == Mode::For)
            return feel::Value(std::move(out));
        return feel::Value(m_mode == Mode::Every);
    }

private:
    Mode m_mode;
    QString m_variable;
    CompiledExpressionPtr m_in, m_body;
};

} // namespace

feel::Value extendScope(const feel::Value &scope, const QString &name, const feel::Value &value)
{
    feel::Context c = scope.is(feel::ValueKind::Context) ? scope.context() : feel::Context();
    c.insert(name, value);
    return feel::Value(std::move(c));
}

ExpressionCompiler::ExpressionCompiler(const TypeSystem &types, QString modelNamespace, QString fileName,
                                       Problems &problems)
    : m_types(types), m_namespace(std::move(modelNamespace)), m_file(std::move(fileName)), m_problems(problems)
{
}

void ExpressionCompiler::addProblem(const QString &where, int line, const QString &message)
{
    Problem p;
    p.file = m_file;
    p.line = line;
    p.field = where;
    p.message = message;
    m_problems << p;
}

CompiledExpressionPtr ExpressionCompiler::compileText(const QString &text, const QStringList &knownNames,
                                                      const QString &where, int line)
{
    if (text.trimmed().isEmpty())
        return std::make_shared<NullNode>();
    const feel::ParseResult parsed = feel::parseExpression(text, knownNames);
    if (!parsed.ok()) {
        const QString message = parsed.errors.isEmpty()
            ? tr("cannot read the FEEL expression \"%1\"").arg(text.simplified())
            : tr("FEEL error in \"%1\": %2").arg(text.simplified(), parsed.errors.first().toString());
        addProblem(where, line, message);
        return std::make_shared<ErrorNode>(message);
    }
    if (auto constant = feel::Evaluator::constantValue(parsed.expr->rootPtr()))
        return std::make_shared<ConstantNode>(std::move(*constant));
    if (parsed.expr->root().kind == feel::Node::Kind::Name)
        return std::make_shared<NameNode>(parsed.expr->root().text, parsed.expr);
    return std::make_shared<LiteralNode>(parsed.expr);
}

CompiledExpressionPtr ExpressionCompiler::compile(const BoxedExpression &e, const QStringList &knownNames,
                                                  const QString &where)
{
    using K = BoxedExpression::Kind;
    auto sub = [&](const BoxedExpressionPtr &p, const QStringList &names) -> CompiledExpressionPtr {
        if (!p)
            return std::make_shared<NullNode>();
        return compile(*p, names, where);
    };
    CompiledExpressionPtr node;
    switch (e.kind) {
    case K::Literal:
        node = compileText(e.text, knownNames, where, e.line);
        break;
    case K::DecisionTable:
        node = compileDecisionTable(*e.table, *this, knownNames, where);
        break;
    case K::Context: {
        QList<ContextNode::Entry> entries;
        QStringList names = knownNames;
        for (const auto &entry : e.entries) {
            entries.append({entry.name, entry.typeRef, sub(entry.value, names)});
            if (!entry.name.isEmpty())
                names << entry.name;
        }
        node = std::make_shared<ContextNode>(entries, m_types, m_namespace);
        break;
    }
    case K::Invocation: {
        QList<std::pair<QString, CompiledExpressionPtr>> bindings;
        for (const auto &b : e.bindings)
            bindings.append({b.parameter, sub(b.value, knownNames)});
        node = std::make_shared<InvocationNode>(sub(e.callee, knownNames), bindings);
        break;
    }
    case K::Relation: {
        QList<QList<CompiledExpressionPtr>> rows;
        for (const auto &row : e.rows) {
            QList<CompiledExpressionPtr> cells;
            for (const auto &cell : row)
                cells << sub(cell, knownNames);
            rows << cells;
        }
        node = std::make_shared<RelationNode>(e.columns, rows);
        break;
    }
    case K::List: {
        QList<CompiledExpressionPtr> items;
        for (const auto &item : e.items)
            items << sub(item, knownNames);
        node = std::make_shared<ListNode>(items);
        break;
    }
    case K::FunctionDefinition: {
        if (e.functionKind != u"FEEL") {
            const QString message = tr("%1 functions are not supported").arg(e.functionKind);
            addProblem(where, e.line, message);
            return std::make_shared<ErrorNode>(message);
        }
        QStringList names = knownNames;
        for (const auto &p : e.parameters)
            names << p.first;
        return std::make_shared<FunctionDefinitionNode>(e.parameters, sub(e.body, names), e.typeRef, m_types,
                                                        m_namespace);
    }
    case K::Conditional:
        node = std::make_shared<ConditionalNode>(sub(e.items.value(0), knownNames), sub(e.items.value(1), knownNames),
                                                 sub(e.items.value(2), knownNames));
        break;
    case K::Filter: {
        QStringList names = knownNames;
        names << QStringLiteral("item");
        node = std::make_shared<FilterNode>(sub(e.items.value(0), knownNames), sub(e.items.value(1), names));
        break;
    }
    case K::For:
    case K::Some:
    case K::Every: {
        QStringList names = knownNames;
        names << e.iteratorVariable;
        const auto mode = e.kind == K::For    ? IterationNode::Mode::For
                        : e.kind == K::Some ? IterationNode::Mode::Some
                                             : IterationNode::Mode::Every;
        node = std::make_shared<IterationNode>(mode, e.iteratorVariable, sub(e.items.value(0), knownNames),
                                               sub(e.items.value(1), names));
        break;
    }
    }
    if (!e.typeRef.isEmpty())
        node = std::make_shared<TypedNode>(node, m_types, m_namespace, e.typeRef);
    return node;
}

} // namespace casebench::dmn
