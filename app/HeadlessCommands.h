#pragma once
// HeadlessCommands: the command-line verbs (info, demo, import, rekey, propose) — each does
// its work (on the cache, except propose), prints a report and answers an exit code.

#include <QTextStream>

#include "app/CommandLine.h"

namespace casebench {

// Runs options.command; `out` gets the report, `err` the problems. Returns an ExitCode.
int runHeadlessCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

// Where the shipped rule packs are: $CASEBENCH_RULEPACKS, else resources/rulepacks of the
// source tree the program was built from.
QString shippedRulePackFolder();

} // namespace casebench
