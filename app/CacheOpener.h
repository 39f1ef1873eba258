#pragma once
// CacheOpener: how every headless command opens the cache — passphrase from the file, the
// environment or the terminal, wiped after use; a wrong passphrase is exit code 2.

#include "app/CommandLine.h"
#include "model/CacheDatabase.h"

#include <QTextStream>
#include <memory>

namespace casebench {

struct OpenedCache
{
    std::unique_ptr<CacheDatabase> cache; // null when opening failed (the reason went to err)
    int exitCode = ExitOk;
};

OpenedCache openCache(const CommandLineOptions &options, CacheDatabase::OpenMode mode,
                      QTextStream &err);

} // namespace casebench
