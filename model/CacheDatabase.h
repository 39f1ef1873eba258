#pragma once
// CacheDatabase: the encrypted local cache — one SQLCipher file opened with a passphrase,
// migrated to the current schema, reachable through QSqlDatabase/QSqlQuery. Owns its
// connection: destroying it closes the database.

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <memory>

#include "model/CacheError.h"
#include "model/Result.h"
#include "model/SqlDialect.h"

namespace casebench {

class CacheDatabase
{
public:
    enum class OpenMode {
        OpenExisting, // the file must exist
        CreateNew,    // the file must not exist
        OpenOrCreate,
    };

    // Passphrase is the UTF-8 bytes a person typed. A wrong passphrase gives
    // CacheError::Kind::WrongPassphrase and leaves the file's bytes untouched.
    static Result<std::unique_ptr<CacheDatabase>, CacheError>
    open(const QString &path, const QByteArray &passphrase, OpenMode mode = OpenMode::OpenExisting);

    ~CacheDatabase();
    CacheDatabase(const CacheDatabase &) = delete;
    CacheDatabase &operator=(const CacheDatabase &) = delete;

    QSqlDatabase database() const;
    const SqlDialect &dialect() const { return *m_dialect; }
    QString path() const { return m_path; }
    QString connectionName() const { return m_connectionName; }

    int schemaVersion() const;
    QString cipherVersion() const; // e.g. "4.6.1 community"
    QString sqliteVersion() const;

    // PRAGMA rekey: re-encrypts the whole file under a new passphrase.
    Result<void, CacheError> changePassphrase(const QByteArray &newPassphrase);

    // A second connection to the same file (e.g. for a worker thread), keyed the same way.
    // The caller owns it and must use it on one thread only.
    Result<std::unique_ptr<CacheDatabase>, CacheError> openAnotherConnection() const;

private:
    CacheDatabase(QString path, QString connectionName, QByteArray passphrase);

    QString m_path;
    QString m_connectionName;
    QByteArray m_passphrase; // kept to open further connections; wiped on destruction
    std::unique_ptr<SqlDialect> m_dialect;
};

} // namespace casebench
