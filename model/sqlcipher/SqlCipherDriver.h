#pragma once
// SqlCipherDriver: a QSqlDriver over the SQLCipher C API, so QSqlQuery and QSqlQueryModel
// work on the encrypted cache without the stock QSQLITE plugin (which would silently write
// plaintext, or silently pick up SQLCipher by symbol interposition — neither is a guarantee).
//
// Open protocol: QSqlDatabase::setPassword() carries the passphrase; it is handed to
// sqlite3_key_v2 as UTF-8 bytes before any statement runs, then the key is verified by
// reading the schema. Connect options (QSqlDatabase::setConnectOptions, ';'-separated):
//   CASEBENCH_CREATE     allow creating the file (otherwise it must exist)
//   CASEBENCH_READONLY   open read-only
// An empty password opens without a key (plain SQLite). Only benchmarks do that, to
// compare against SQLCipher; CacheDatabase refuses an empty passphrase.

#include <QList>
#include <QSqlDriver>
#include <QSqlError>

struct sqlite3;

namespace casebench {

class SqlCipherResult;

class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    // SQLITE_NOTADB: what a wrong key and "not a database" both look like.
    static constexpr int NotADatabaseCode = 26;

    explicit SqlCipherDriver(QObject *parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString &db, const QString &user, const QString &password,
              const QString &host, int port, const QString &connOpts) override;
    void close() override;
    QSqlResult *createResult() const override;

    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;

    QStringList tables(QSql::TableType type) const override;
    QSqlRecord record(const QString &tableName) const override;
    QSqlIndex primaryIndex(const QString &tableName) const override;
    QString escapeIdentifier(const QString &identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3 *connection() const { return m_db; }

    // Re-encrypts the database under a new key (sqlite3_rekey_v2).
    bool rekey(const QByteArray &newKey);

private:
    friend class SqlCipherResult;
    bool execSimple(const char *sql, const QString &what, QSqlError::ErrorType type);
    void registerResult(SqlCipherResult *result) const;
    void unregisterResult(SqlCipherResult *result) const;

    sqlite3 *m_db = nullptr;
    // Live results; their statements are finalized before the connection closes.
    mutable QList<SqlCipherResult *> m_results;
};

} // namespace casebench
