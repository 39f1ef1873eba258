#include "model/SqlDialect.h"

namespace casebench {

QString SqlDialect::ddl(QString statement) const
{
    static const QLatin1String update("{forbid_update:"), remove("{forbid_delete:");
    if (statement.endsWith(u'}') && statement.startsWith(update))
        return forbidUpdate(statement.mid(update.size(), statement.size() - update.size() - 1));
    if (statement.endsWith(u'}') && statement.startsWith(remove))
        return forbidDelete(statement.mid(remove.size(), statement.size() - remove.size() - 1));
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

// A trigger that aborts the statement: the audit trail cannot be edited through SQL by
// mistake. (Someone holding the key can still drop the trigger — that is what the hash
// chain is for.)
QString SqliteDialect::forbidUpdate(const QString &table) const
{
    return QStringLiteral("CREATE TRIGGER %1_append_only_update BEFORE UPDATE ON %1"
                          " BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
        .arg(table);
}

QString SqliteDialect::forbidDelete(const QString &table) const
{
    return QStringLiteral("CREATE TRIGGER %1_append_only_delete BEFORE DELETE ON %1"
                          " BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
        .arg(table);
}

} // namespace casebench
