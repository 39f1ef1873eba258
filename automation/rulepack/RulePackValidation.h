#pragma once
// RulePackValidation: what a loaded rule pack must satisfy before it is installed — the
// DMN model compiled without errors, it declares the input data `application`, every
// stage decision named in pack.json exists, and every example in examples/ is a valid
// application whose proposal matches the expected one (which also checks that each stage
// result has the shape docs/rule-packs.md defines).

#include "automation/rulepack/RulePack.h"
#include "model/Problem.h"

namespace casebench {

class RulePackValidation
{
public:
    // Empty when the pack may be installed.
    static Problems validate(const RulePack &pack);
    // Just the examples (also used by the golden tests of the shipped packs).
    static Problems checkExamples(const RulePack &pack);
};

} // namespace casebench
