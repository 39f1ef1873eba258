#pragma once
// CompiledExpression: a boxed expression with its FEEL parsed, ready to evaluate many
// times against a scope (a FEEL context of the names visible to it).

#include "automation/feel/Value.h"
#include "model/Problem.h"

#include <QStringList>
#include <memory>

namespace casebench::feel {
class CallContext;
}

namespace casebench::dmn {

struct BoxedExpression;
struct DecisionTrace;
class TypeSystem;

// What an evaluation carries besides the scope: diagnostics/budget and, when tracing,
// where matched table rules are recorded.
struct EvaluationEnv
{
    feel::CallContext &ctx;
    DecisionTrace *trace = nullptr;
};

class CompiledExpression
{
public:
    virtual ~CompiledExpression() = default;
    virtual feel::Value evaluate(const feel::Value &scope, EvaluationEnv &env) const = 0;
    // The value when the expression is built from literals only (the same at every
    // evaluation, with no diagnostics), else nullptr.
    virtual const feel::Value *constant() const { return nullptr; }
};

using CompiledExpressionPtr = std::shared_ptr<const CompiledExpression>;

// Compiles boxed expressions of one model; FEEL syntax errors become Problems (with the
// element's line) and an expression that evaluates to null reporting the error.
class ExpressionCompiler
{
public:
    ExpressionCompiler(const TypeSystem &types, QString modelNamespace, QString fileName,
                       Problems &problems);

    // knownNames: the names in scope where the expression stands; where: "decision 'X'".
    CompiledExpressionPtr compile(const BoxedExpression &expr, const QStringList &knownNames,
                                  const QString &where);

    // A FEEL expression text (used for table cells too); never null.
    CompiledExpressionPtr compileText(const QString &text, const QStringList &knownNames,
                                      const QString &where, int line);

    const TypeSystem &types() const { return m_types; }
    const QString &modelNamespace() const { return m_namespace; }
    void addProblem(const QString &where, int line, const QString &message);

private:
    const TypeSystem &m_types;
    QString m_namespace;
    QString m_file;
    Problems &m_problems;
};

// A scope with one more name (replacing an existing entry of that name).
feel::Value extendScope(const feel::Value &scope, const QString &name, const feel::Value &value);

} // namespace casebench::dmn
