#pragma once
// PackCommands: the administrators' headless verbs — `casebench pack list|import PATH|
// export ID DIR|activate ID --from DATE|retire ID|whatif ID [--last N] [--from D --to D]`
// and `casebench settings [set TYPE deadline-days N | spot-check PERMILLE|pack]`, on the
// rule packs and case type settings stored in the cache. Refusals exit 1 and name the
// file, element and line.

#include "app/CommandLine.h"

#include <QTextStream>

namespace casebench {

int runPackCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err);
int runSettingsCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

} // namespace casebench
