#include "app/CacheOpener.h"

#include "app/PassphraseSource.h"

#include <QCoreApplication>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HeadlessCommands", text);
}

} // namespace

OpenedCache openCache(const CommandLineOptions &options, CacheDatabase::OpenMode mode,
                      QTextStream &err)
{
    OpenedCache opened;
    auto passphrase =
        obtainPassphrase(options.passphraseFile, tr("Passphrase for %1: ").arg(options.cachePath));
    if (!passphrase) {
        err << passphrase.error().toString() << Qt::endl;
        opened.exitCode = ExitFailure;
        return opened;
    }
    auto cache = CacheDatabase::open(options.cachePath, passphrase.value(), mode);
    passphrase.value().fill('\0');
    if (!cache) {
        err << cache.error().message << Qt::endl;
        opened.exitCode = cache.error().kind == CacheError::Kind::WrongPassphrase
                              ? ExitWrongPassphrase
                              : ExitFailure;
        return opened;
    }
    opened.cache = std::move(cache.value());
    return opened;
}

} // namespace casebench
