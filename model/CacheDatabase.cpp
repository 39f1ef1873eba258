#include "model/CacheDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <spdlog/spdlog.h>

#include "model/SchemaMigrations.h"
#include "model/UserRepository.h"
#include "model/sqlcipher/SqlCipherDriver.h"

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CacheDatabase", text);
}

// SQLite's plaintext header. A casebench cache must never start with it.
bool startsWithPlainSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

QString pragmaText(QSqlDatabase db, const QString &pragma)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (q.exec(pragma) && q.next())
        return q.value(0).toString();
    return {};
}

} // namespace

CacheDatabase::CacheDatabase(QString path, QString connectionName, QByteArray passphrase)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName)),
      m_passphrase(std::move(passphrase)), m_dialect(std::make_unique<SqliteDialect>())
{
}

CacheDatabase::~CacheDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_passphrase.fill('\0');
}

Result<std::unique_ptr<CacheDatabase>, CacheError>
CacheDatabase::open(const QString &path, const QByteArray &passphrase, OpenMode mode)
{
    using Kind = CacheError::Kind;
    if (passphrase.isEmpty())
        return CacheError{Kind::WrongPassphrase, tr("The passphrase must not be empty.")};

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (mode == OpenMode::OpenExisting && !exists)
        return CacheError{Kind::FileNotFound, tr("There is no cache at %1.").arg(path)};
    if (mode == OpenMode::CreateNew && exists)
        return CacheError{Kind::AlreadyExists, tr("A file already exists at %1.").arg(path)};
    if (exists && info.isDir())
        return CacheError{Kind::Io, tr("%1 is a folder, not a cache file.").arg(path)};
    if (exists && startsWithPlainSqliteHeader(path)) {
        return CacheError{Kind::NotEncrypted,
                          tr("%1 is an unencrypted SQLite file; casebench keeps personal data "
                             "only in encrypted caches.")
                              .arg(path)};
    }
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return CacheError{Kind::Io, tr("Could not create the folder %1.").arg(info.absolutePath())};

    const QString name = QStringLiteral("casebench-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<CacheDatabase> cache(new CacheDatabase(path, name, passphrase));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(new SqlCipherDriver, name);
        db.setDatabaseName(path);
        db.setPassword(QString::fromUtf8(passphrase));
        db.setConnectOptions(exists ? QString() : QStringLiteral("CASEBENCH_CREATE"));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db.setPassword(QString());
            if (error.nativeErrorCode() == QString::number(SqlCipherDriver::NotADatabaseCode)) {
                spdlog::warn("cache: unlock refused (wrong passphrase or not a cache)");
                return CacheError{Kind::WrongPassphrase,
                                  tr("Wrong passphrase or not a casebench cache: %1").arg(path)};
            }
            return CacheError{Kind::Io, tr("Could not open %1: %2").arg(path, error.text())};
        }
        db.setPassword(QString());

        const QString cipher = pragmaText(db, QStringLiteral("PRAGMA cipher_version"));
        if (cipher.isEmpty() || cipher.section(QLatin1Char('.'), 0, 0).toInt() < 4) {
            return CacheError{Kind::UnsupportedCipher,
                              tr("SQLCipher 4 or newer is required; this build links %1.")
                                  .arg(cipher.isEmpty() ? tr("no SQLCipher") : cipher)};
        }
        for (const QString &statement : cache->m_dialect->connectionSetup()) {
            QSqlQuery q(db);
            if (!q.exec(statement))
                return CacheError{Kind::Sql, tr("Could not prepare the cache: %1").arg(q.lastError().text())};
        }
        if (auto migrated = SchemaMigrations::migrate(db, *cache->m_dialect); !migrated)
            return migrated.error();
        // Whoever creates a cache administers it; without a first user nobody could act
        // in it (every decision and audit event names its user).
        if (!exists) {
            const QString creator = UserRepository::operatingSystemLogin();
            if (auto added = UserRepository(db).add(creator, creator, UserRole::Administrator);
                !added)
                return CacheError{Kind::Sql, tr("Could not record the creator of %1 as its "
                                                "administrator: %2")
                                                 .arg(path, added.error().message)};
        }
    }
    // Belt and braces: whatever happened above, the file on disk must not be plaintext.
    if (startsWithPlainSqliteHeader(path))
        return CacheError{Kind::NotEncrypted, tr("%1 was written unencrypted; refusing to use it.").arg(path)};

    spdlog::info("cache: opened (schema {}, {})", cache->schemaVersion(),
                 cache->cipherVersion().toStdString());
    return cache;
}

QSqlDatabase CacheDatabase::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int CacheDatabase::schemaVersion() const
{
    return SchemaMigrations::currentVersion(database());
}

QString CacheDatabase::cipherVersion() const
{
    return pragmaText(database(), QStringLiteral("PRAGMA cipher_version"));
}

QString CacheDatabase::sqliteVersion() const
{
    return pragmaText(database(), QStringLiteral("SELECT sqlite_version()"));
}

Result<void, CacheError> CacheDatabase::changePassphrase(const QByteArray &newPassphrase)
{
    if (newPassphrase.isEmpty())
        return CacheError{CacheError::Kind::WrongPassphrase, tr("The passphrase must not be empty.")};
    QSqlDatabase db = database();
    auto *driver = qobject_cast<SqlCipherDriver *>(db.driver());
    if (!driver || !driver->rekey(newPassphrase)) {
        return CacheError{CacheError::Kind::Sql,
                          tr("Could not change the passphrase of %1: %2")
                              .arg(m_path, driver ? driver->lastError().text() : tr("not open"))};
    }
    m_passphrase.fill('\0');
    m_passphrase = newPassphrase;
    spdlog::info("cache: passphrase changed");
    return {};
}

Result<std::unique_ptr<CacheDatabase>, CacheError> CacheDatabase::openAnotherConnection() const
{
    return open(m_path, m_passphrase, OpenMode::OpenExisting);
}

} // namespace casebench
