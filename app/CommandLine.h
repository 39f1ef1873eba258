#pragma once
// CommandLine: the options of the one casebench binary. Without a command it starts the
// workbench; with one (info, demo, import …) it runs headless and exits.

#include <QDate>
#include <QString>
#include <QStringList>
#include <spdlog/common.h>

namespace casebench {

struct CommandLineOptions
{
    QString cachePath;       // --cache, else the XDG data location
    bool cacheGiven = false; // --cache was on the command line
    QString passphraseFile;  // --passphrase-file
    QString language;        // --lang sv|en; empty: from the system locale
    QString userLogin;       // --user: who the command acts as; default the OS login
    spdlog::level::level_enum logLevel = spdlog::level::info;
    QString command;         // empty: start the GUI
    QStringList arguments;   // the command's positional arguments
    // Command options
    int demoCases = 100;
    quint64 demoSeed = 1;
    QString demoOut;          // demo --out DIR: write JSON files instead of filling a cache
    int demoHistoryDays = 0;  // demo --history-days N: also N days of decided history
    bool skipInvalid = false; // import --skip-invalid
    QString newPassphraseFile; // rekey --new-passphrase-file
    QStringList packFolders;   // propose --pack (empty: the shipped packs)
    bool trace = false;        // propose --trace
    QDate fromDate;            // pack activate --from; pack whatif --from (decided on or after)
    QDate toDate;              // pack whatif --to (decided on or before)
    int lastCases = 0;         // pack whatif --last N (0: every decided case in range)
};

struct ParsedCommandLine
{
    CommandLineOptions options;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
    QString error; // non-empty: usage error, exit 1
};

ParsedCommandLine parseCommandLine(const QStringList &arguments);

// Default cache file: $XDG_DATA_HOME/casebench/casebench.cache.
QString defaultCachePath();

// Exit codes of headless commands.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitWrongPassphrase = 2 };

} // namespace casebench
