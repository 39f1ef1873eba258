#pragma once
// Decision table evaluation: input entries are FEEL unary tests, output entries FEEL
// expressions, combined by the table's hit policy (U, A, P, F, R, O, C, C+, C<, C>, C#).

#include <QStringList>

#include "automation/dmn/CompiledExpression.h"
#include "automation/dmn/DecisionTable.h"

namespace casebench::dmn {

// Parses every cell of `table` once; the result evaluates the table against a scope and
// records matched rules in the trace of the evaluation environment.
CompiledExpressionPtr compileDecisionTable(const DecisionTable &table, ExpressionCompiler &compiler,
                                           const QStringList &knownNames, const QString &where);

// The unary tests of a values list ("\"a\", \"b\", [1..5]") one by one, split at top-level
// commas, for priority order.
QStringList splitUnaryTests(const QString &text);

} // namespace casebench::dmn
