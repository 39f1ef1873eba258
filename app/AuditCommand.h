#pragma once
// AuditCommand: `casebench audit verify` (walks the SHA-256 chain, names the first broken
// event; exit 1 when broken) and `casebench audit show [CASE_ID]` (one line per event).

#include "app/CommandLine.h"

#include <QTextStream>

namespace casebench {

int runAuditCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err);

} // namespace casebench
