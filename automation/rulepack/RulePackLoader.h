#pragma once
// RulePackLoader: reads a rule pack from its folder — pack.json, the DMN model (with the
// models it imports from the same folder), the letter templates it names and its
// examples — and computes its content hash. Loading does not run the examples; see
// RulePackValidation. Only folders are read: QtCore has no zip reader, and a pack is a
// handful of text files that version control and diff tools handle best unpacked.

#include "automation/rulepack/RulePack.h"
#include "model/Result.h"

#include <memory>

namespace casebench {

class RulePackLoader
{
public:
    static Result<std::shared_ptr<const RulePack>, Problems> loadFolder(const QString &folder);
};

} // namespace casebench
