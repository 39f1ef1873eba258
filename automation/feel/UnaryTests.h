#pragma once

#include "automation/feel/Value.h"

namespace casebench::feel {

// The comparison half of unary-test semantics, shared by `x in …` and decision-table input
// entries: whether `input` satisfies a test whose expression produced `testValue`.
// usesInput says the test mentioned "?" (then a boolean result is the answer itself).
// Returns Boolean, or null when the comparison is undefined.
Value matchesTestValue(const Value &testValue, const Value &input, bool usesInput);

// Whether `value` lies in `range` (null when the end points cannot be compared with it).
Value rangeIncludes(const Range &range, const Value &value);

} // namespace casebench::feel
