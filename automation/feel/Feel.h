#pragma once

// The FEEL engine's front door: parse an expression or unary tests once, evaluate them many
// times (from any thread, each with its own CallContext). Errors never throw: parsing
// returns diagnostics with positions, evaluation returns null and reports to the context.

#include "automation/feel/CallContext.h"
#include "automation/feel/Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <utility>

namespace casebench::feel {

class Value;

// Variables visible to an expression, in order; names may contain spaces ("Monthly Salary").
using Bindings = QList<std::pair<QString, Value>>;

class Expression; // parsed FEEL expression: immutable, safe to evaluate concurrently
class UnaryTests; // parsed unary tests ("< 10", "[1..5]", "\"a\",\"b\"", "not(3)", "-")

struct ParseResult {
    std::shared_ptr<const Expression> expr; // null when errors is not empty
    QList<Diagnostic> errors;
    bool ok() const { return expr != nullptr && errors.isEmpty(); }
};

struct UnaryTestsParseResult {
    std::shared_ptr<const UnaryTests> tests; // null when errors is not empty
    QList<Diagnostic> errors;
    bool ok() const { return tests != nullptr && errors.isEmpty(); }
};

// knownNames are the names in scope (input data, decisions, BKMs, context entries) so that
// names with spaces and operator characters ("Monthly Salary", "Applicant's Age",
// "Loan-To-Value") are read as one name; the longest match wins. Built-in function names
// ("date and time", "string length" …) are always known.
ParseResult parseExpression(QStringView text, const QStringList &knownNames = {});
UnaryTestsParseResult parseUnaryTests(QStringView text, const QStringList &knownNames = {});

// Evaluates with the entries of a context value as variables (any other value, e.g. null,
// means "no variables"). Errors → null plus diagnostics in ctx.
Value evaluate(const Expression &expr, const Value &contextOrBindings, CallContext &ctx);
Value evaluate(const Expression &expr, const Bindings &bindings, CallContext &ctx);

// Applies unary tests to `input` ("?" inside the tests refers to it): Boolean true/false,
// or null when a test errs. "-" matches anything. `context` provides the variables, as for
// evaluate().
Value test(const UnaryTests &tests, const Value &input, const Value &context, CallContext &ctx);

// The source text an expression/unary tests were parsed from (for traces and messages).
QString sourceText(const Expression &expr);
QString sourceText(const UnaryTests &tests);

} // namespace casebench::feel
