#pragma once

#include "automation/feel/Value.h"

#include <QList>
#include <optional>

namespace casebench::feel {

class UnaryTests;

// The comparison half of unary-test semantics, shared by `x in …` and decision-table input
// entries: whether `input` satisfies a test whose expression produced `testValue`.
// usesInput says the test mentioned "?" (then a boolean result is the answer itself).
// Returns Boolean, or null when the comparison is undefined.
Value matchesTestValue(const Value &testValue, const Value &input, bool usesInput);

// Whether `value` lies in `range` (null when the end points cannot be compared with it).
Value rangeIncludes(const Range &range, const Value &value);

// Unary tests whose operands are all literals ("< 10", "[18..25)", "\"a\", \"b\"", "-",
// "not(1, 2)") with those operands evaluated once, when the model loads. A decision table
// applies them to every case without the evaluator, a scope or an allocation; the answers
// are those of feel::test.
class LiteralUnaryTests
{
public:
    // nullopt when the tests need the evaluator: names, calls, "?", or an operand whose
    // evaluation reports an error (which each evaluation must then report itself).
    static std::optional<LiteralUnaryTests> fromTests(const UnaryTests &tests);

    // true/false, or nullopt where feel::test gives null (a comparison that is undefined).
    std::optional<bool> matches(const Value &input) const;

private:
    enum class Op : quint8 {
        MatchesValue,
        Equal,
        NotEqual,
        Less,
        LessEqual,
        Greater,
        GreaterEqual
    };
    struct Test
    {
        Op op = Op::MatchesValue;
        Value operand; // the test's value, or the end point of a unary comparison
    };
    std::optional<bool> matchesOne(const Test &test, const Value &input) const;

    bool m_anyInput = false; // "-"
    bool m_negated = false;  // not(...)
    QList<Test> m_tests;     // any may match
};

} // namespace casebench::feel
