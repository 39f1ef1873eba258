#pragma once
// PassphraseSource: where a headless command gets the cache passphrase — a file, else the
// CASEBENCH_PASSPHRASE environment variable, else a prompt on the terminal without echo.

#include <QByteArray>
#include <QString>

#include "model/Result.h"

namespace casebench {

// Reads the passphrase from FILE (first line, without its line break).
Result<QByteArray> readPassphraseFile(const QString &path);

// The passphrase per the order above; `prompt` is shown on stderr when asking.
Result<QByteArray> obtainPassphrase(const QString &passphraseFile, const QString &prompt);

} // namespace casebench
