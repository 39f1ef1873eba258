#include "automation/feel/UnaryTests.h"

#include "automation/feel/Ast.h"
#include "automation/feel/Evaluator.h"

namespace casebench::feel {

namespace {

Value toValue(std::optional<bool> b)
{
    return b ? Value(*b) : Value::null();
}

std::optional<bool> includes(const Range &range, const Value &value)
{
    if (value.isNull())
        return std::nullopt;
    if (range.start) {
        const auto c = feelCompare(value, *range.start);
        if (!c)
            return std::nullopt;
        if (*c < 0 || (*c == 0 && !range.startClosed))
            return false;
    }
    if (range.end) {
        const auto c = feelCompare(value, *range.end);
        if (!c)
            return std::nullopt;
        if (*c > 0 || (*c == 0 && !range.endClosed))
            return false;
    }
    return true;
}

std::optional<bool> matchesValue(const Value &testValue, const Value &input, bool usesInput)
{
    // "? > 5", "starts with(?, "a")": the test computed the answer itself.
    if (usesInput && testValue.is(ValueKind::Boolean))
        return testValue.boolean();
    switch (testValue.kind()) {
    case ValueKind::Range:
        return includes(testValue.range(), input);
    case ValueKind::List: {
        // A list test matches an equal element (or a range element that holds the input),
        // or an input list equal to the whole list.
        for (const Value &item : testValue.list()) {
            if (item.is(ValueKind::Range)) {
                if (includes(item.range(), input).value_or(false))
                    return true;
            } else if (isFeelEqual(item, input)) {
                return true;
            }
        }
        return input.is(ValueKind::List) && isFeelEqual(testValue, input);
    }
    case ValueKind::Boolean:
        // A condition that does not mention "?" (e.g. "Age > 18" in a table cell) decides by
        // itself when the input is not a boolean to compare with.
        if (!input.is(ValueKind::Boolean) && !input.isNull())
            return testValue.boolean();
        return isFeelEqual(testValue, input);
    default:
        return isFeelEqual(testValue, input);
    }
}

} // namespace

Value rangeIncludes(const Range &range, const Value &value)
{
    return toValue(includes(range, value));
}

Value matchesTestValue(const Value &testValue, const Value &input, bool usesInput)
{
    return toValue(matchesValue(testValue, input, usesInput));
}

std::optional<LiteralUnaryTests> LiteralUnaryTests::fromTests(const UnaryTests &tests)
{
    const Node &root = tests.root();
    LiteralUnaryTests literal;
    if (root.kind == Node::Kind::AnyInput) {
        literal.m_anyInput = true;
        return literal;
    }
    if (root.kind != Node::Kind::Tests && root.kind != Node::Kind::NotTests)
        return std::nullopt;
    literal.m_negated = root.kind == Node::Kind::NotTests;
    for (const NodePtr &child : root.children) {
        if (!child || child->usesInput)
            return std::nullopt;
        Test t;
        // As Evaluator::testOne: a unary comparison compares with its end point, anything
        // else is a value the input must match.
        if (child->kind == Node::Kind::UnaryComparison && !child->children.isEmpty()) {
            switch (child->op) {
            case Node::Kind::Equal:
                t.op = Op::Equal;
                break;
            case Node::Kind::NotEqual:
                t.op = Op::NotEqual;
                break;
            case Node::Kind::Less:
                t.op = Op::Less;
                break;
            case Node::Kind::LessEqual:
                t.op = Op::LessEqual;
                break;
            case Node::Kind::Greater:
                t.op = Op::Greater;
                break;
            case Node::Kind::GreaterEqual:
                t.op = Op::GreaterEqual;
                break;
            default:
                return std::nullopt;
            }
            auto endpoint = Evaluator::constantValue(child->children.first());
            if (!endpoint)
                return std::nullopt;
            t.operand = std::move(*endpoint);
        } else {
            auto value = Evaluator::constantValue(child);
            if (!value)
                return std::nullopt;
            t.operand = std::move(*value);
        }
        literal.m_tests.append(std::move(t));
    }
    return literal;
}

std::optional<bool> LiteralUnaryTests::matchesOne(const Test &test, const Value &input) const
{
    switch (test.op) {
    case Op::MatchesValue:
        return matchesValue(test.operand, input, false);
    case Op::Equal:
        return isFeelEqual(input, test.operand);
    case Op::NotEqual:
        return !isFeelEqual(input, test.operand);
    default:
        break;
    }
    if (input.isNull() || test.operand.isNull())
        return std::nullopt;
    const auto c = feelCompare(input, test.operand);
    if (!c)
        return std::nullopt;
    switch (test.op) {
    case Op::Less:
        return *c < 0;
    case Op::LessEqual:
        return *c <= 0;
    case Op::Greater:
        return *c > 0;
    default:
        return *c >= 0;
    }
}

std::optional<bool> LiteralUnaryTests::matches(const Value &input) const
{
    if (m_anyInput)
        return true;
    // As Evaluator::anyTest: true as soon as one test holds; null if none holds and one
    // was undefined; not(...) flips a definite answer.
    bool undefined = false;
    bool any = false;
    for (const Test &t : m_tests) {
        const auto r = matchesOne(t, input);
        if (r && *r) {
            any = true;
            break;
        }
        if (!r)
            undefined = true;
    }
    if (!any && undefined)
        return std::nullopt;
    return m_negated ? !any : any;
}

} // namespace casebench::feel
