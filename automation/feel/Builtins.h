#pragma once

#include "automation/feel/Function.h"

#include <QHash>
#include <QString>
#include <memory>

namespace casebench::feel {

// The FEEL built-in function library, keyed by the spec's names with spaces ("string length",
// "date and time", "years and months duration" …). Built once, immutable, thread-safe.
const QHash<QString, std::shared_ptr<const Function>> &builtins();

} // namespace casebench::feel
