#pragma once
// Logging: spdlog with a rotating file in the XDG state location and the console.
// Never log personal data (personnummer, names): log case ids, counts and codes only.

#include <QString>
#include <spdlog/common.h>

namespace casebench {

struct LoggingOptions
{
    spdlog::level::level_enum level = spdlog::level::info;
    QString directory;        // empty: XDG state location (or $CASEBENCH_LOG_DIR)
    bool console = true;      // console sink on stderr
};

// Parses "trace|debug|info|warn|error|critical|off"; nullopt-like false on a bad name.
bool parseLogLevel(const QString &name, spdlog::level::level_enum *level);

// Installs the default logger. Returns the log file's path.
QString setUpLogging(const LoggingOptions &options);

// The folder logs go to when no folder is given.
QString defaultLogDirectory();

} // namespace casebench
