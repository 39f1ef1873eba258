#include "model/SqlDialect.h"

namespace casebench {

QString SqlDialect::ddl(QString statement) const
{
    return statement.replace(QLatin1String("{id}"), autoIdColumn());
}

QStringList SqliteDialect::connectionSetup() const
{
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        // 32 MiB of page cache (the default is 2 000 pages, 8 MiB): SQLCipher decrypts a page
        // every time it is read back into the cache, so with 100 000 cases' indexes a small
        // cache turns inserts and the inbox read into repeated decryption.
        QStringLiteral("PRAGMA cache_size=-32768"),
    };
}

QString SqliteDialect::autoIdColumn() const
{
    return QStringLiteral("id INTEGER PRIMARY KEY");
}

} // namespace casebench
