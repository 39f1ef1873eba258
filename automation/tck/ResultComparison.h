#pragma once
// The TCK's rule for "actual equals expected": numbers compare as decimals, an expected
// nil matches null, lists and contexts compare element by element.

#include <QString>

#include <optional>

#include "automation/feel/Value.h"

namespace casebench::tck {

// nullopt when `actual` matches `expected`; otherwise why not, for the failure line.
std::optional<QString> compareWithExpected(const feel::Value &expected, const feel::Value &actual);

} // namespace casebench::tck
