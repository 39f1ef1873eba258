#include "automation/feel/UnaryTests.h"

namespace casebench::feel {

Value rangeIncludes(const Range &range, const Value &value)
{
    if (value.isNull())
        return Value::null();
    if (range.start) {
        const auto c = feelCompare(value, *range.start);
        if (!c)
            return Value::null();
        if (*c < 0 || (*c == 0 && !range.startClosed))
            return Value(false);
    }
    if (range.end) {
        const auto c = feelCompare(value, *range.end);
        if (!c)
            return Value::null();
        if (*c > 0 || (*c == 0 && !range.endClosed))
            return Value(false);
    }
    return Value(true);
}

Value matchesTestValue(const Value &testValue, const Value &input, bool usesInput)
{
    // "? > 5", "starts with(?, "a")": the test computed the answer itself.
    if (usesInput && testValue.is(ValueKind::Boolean))
        return testValue;
    switch (testValue.kind()) {
    case ValueKind::Range:
        return rangeIncludes(testValue.range(), input);
    case ValueKind::List: {
        // A list test matches an equal element (or a range element that holds the input),
        // or an input list equal to the whole list.
        for (const Value &item : testValue.list()) {
            if (item.is(ValueKind::Range)) {
                const Value r = rangeIncludes(item.range(), input);
                if (r.is(ValueKind::Boolean) && r.boolean())
                    return Value(true);
            } else if (isFeelEqual(item, input)) {
                return Value(true);
            }
        }
        if (input.is(ValueKind::List) && isFeelEqual(testValue, input))
            return Value(true);
        return Value(false);
    }
    case ValueKind::Boolean:
        // A condition that does not mention "?" (e.g. "Age > 18" in a table cell) decides by
        // itself when the input is not a boolean to compare with.
        if (!input.is(ValueKind::Boolean) && !input.isNull())
            return testValue;
        return Value(isFeelEqual(testValue, input));
    default:
        return Value(isFeelEqual(testValue, input));
    }
}

} // namespace casebench::feel
