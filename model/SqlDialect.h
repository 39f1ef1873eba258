#pragma once
// SqlDialect: the one place that knows the SQL engine behind the cache. Repositories write
// portable SQL (it must run on PostgreSQL later); everything SQLite-specific — PRAGMAs,
// the auto id column — comes from here.

#include <QString>
#include <QStringList>

namespace casebench {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    // Statements run once on every new connection, after the key is accepted.
    virtual QStringList connectionSetup() const = 0;
    // Column definition of an auto-numbered primary key.
    virtual QString autoIdColumn() const = 0;
    // Replaces the dialect tokens of a portable DDL statement: {id} anywhere; a statement
    // that is exactly {forbid_update:TABLE} or {forbid_delete:TABLE} becomes the engine's
    // way of making the table refuse updates / deletes (append-only tables).
    QString ddl(QString statement) const;
    virtual QString forbidUpdate(const QString &table) const = 0;
    virtual QString forbidDelete(const QString &table) const = 0;
};

// SQLite/SQLCipher: WAL, foreign keys on, temp tables in memory (Debian's SQLCipher is
// built with TEMP_STORE=1, which would write decrypted temp data to disk).
class SqliteDialect final : public SqlDialect
{
public:
    QStringList connectionSetup() const override;
    QString autoIdColumn() const override;
    QString forbidUpdate(const QString &table) const override;
    QString forbidDelete(const QString &table) const override;
};

} // namespace casebench
