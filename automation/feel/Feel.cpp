#include "automation/feel/Feel.h"

#include "automation/feel/Ast.h"
#include "automation/feel/Evaluator.h"
#include "automation/feel/Parser.h"
#include "automation/feel/Scope.h"
#include "automation/feel/Value.h"

namespace casebench::feel {

namespace {

// Points the context's diagnostics into `source` for the duration of one evaluation.
struct SourceGuard {
    CallContext &ctx;
    QStringView saved;
    int savedOffset;
    SourceGuard(CallContext &c, QStringView source)
        : ctx(c), saved(c.source()), savedOffset(c.currentOffset())
    {
        ctx.setSource(source);
        ctx.setCurrentOffset(-1);
    }
    ~SourceGuard()
    {
        ctx.setSource(saved);
        ctx.setCurrentOffset(savedOffset);
    }
};

} // namespace

ParseResult parseExpression(QStringView text, const QStringList &knownNames)
{
    ParseResult result;
    const QString source = text.toString();
    Parser parser(source, knownNames);
    NodePtr root = parser.parseExpression();
    result.errors = parser.errors();
    if (root && result.errors.isEmpty())
        result.expr = std::make_shared<const Expression>(source, std::move(root));
    return result;
}

UnaryTestsParseResult parseUnaryTests(QStringView text, const QStringList &knownNames)
{
    UnaryTestsParseResult result;
    const QString source = text.toString();
    Parser parser(source, knownNames);
    NodePtr root = parser.parseUnaryTests();
    result.errors = parser.errors();
    if (root && result.errors.isEmpty())
        result.tests = std::make_shared<const UnaryTests>(source, std::move(root));
    return result;
}

Value evaluate(const Expression &expr, const Value &contextOrBindings, CallContext &ctx)
{
    SourceGuard guard(ctx, expr.source());
    // The root frame lives on the stack unless a function the expression defines (and
    // perhaps returns) may keep it.
    Frame root(expr.root().mayDefineFunction, nullptr);
    root->readContext(contextOrBindings);
    Evaluator evaluator(ctx);
    const Value result = evaluator.evaluate(expr.rootPtr(), root.ptr());
    // Once the budget is spent every sub-result was cut off; none of them is an answer.
    return ctx.exhausted() ? Value::null() : result;
}

Value evaluate(const Expression &expr, const Bindings &bindings, CallContext &ctx)
{
    SourceGuard guard(ctx, expr.source());
    Frame scope(expr.root().mayDefineFunction, nullptr);
    for (const auto &binding : bindings)
        scope->bind(binding.first, binding.second);
    Evaluator evaluator(ctx);
    const Value result = evaluator.evaluate(expr.rootPtr(), scope.ptr());
    return ctx.exhausted() ? Value::null() : result;
}

Value test(const UnaryTests &tests, const Value &input, const Value &context, CallContext &ctx)
{
    SourceGuard guard(ctx, tests.source());
    Frame scope(tests.root().mayDefineFunction, nullptr);
    scope->readContext(context);
    const bool bindInput = tests.root().usesInput;
    if (bindInput)
        scope->bind(QStringLiteral("?"), input);
    Evaluator evaluator(ctx);
    const Value result = evaluator.test(tests.root(), input, scope.ptr(), bindInput);
    return ctx.exhausted() ? Value::null() : result;
}

QString sourceText(const Expression &expr)
{
    return expr.source();
}

QString sourceText(const UnaryTests &tests)
{
    return tests.source();
}

} // namespace casebench::feel
