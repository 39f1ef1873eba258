#pragma once
// HeadlessCommands: the command-line verbs (info, demo, import, rekey) — each opens the
// cache, does its work, prints a report and answers an exit code.

#include <QTextStream>

#include "app/CommandLine.h"

namespace casebench {

// Runs options.command; `out` gets the report, `err` the problems. Returns an ExitCode.
int runHeadlessCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

} // namespace casebench
