#include "model/sqlcipher/SqlCipherDriver.h"

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <QCoreApplication>
#include <QFile>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <algorithm>

#include "model/sqlcipher/SqlCipherResult.h"

namespace casebench {

namespace {

// Declared column type → Qt type, the way SQLite's affinity rules read it.
QMetaType metaTypeForDeclared(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(QLatin1String("INT")))
        return QMetaType::fromType<qlonglong>();
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")))
        return QMetaType::fromType<double>();
    if (t.contains(QLatin1String("BLOB")))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

} // namespace

SqlCipherDriver::SqlCipherDriver(QObject *parent) : QSqlDriver(parent) {}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case LowPrecisionNumbers:
    case FinishQuery:
        return true;
    // QSqlResult rewrites :name to ? for us when this is false.
    case NamedPlaceholders:
    // Counting rows would mean stepping the whole statement first; QSqlQueryModel copes.
    case QuerySize:
    case BatchOperations:
    case SimpleLocking:
    case EventNotifications:
    case MultipleResultSets:
    case CancelQuery:
        return false;
    }
    return false;
}

bool SqlCipherDriver::open(const QString &db, const QString &, const QString &password,
                           const QString &, int, const QString &connOpts)
{
    if (isOpen())
        close();

    bool create = false;
    bool readOnly = false;
    const QStringList options = connOpts.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &raw : options) {
        const QString option = raw.trimmed();
        if (option == QLatin1String("CASEBENCH_CREATE"))
            create = true;
        else if (option == QLatin1String("CASEBENCH_READONLY"))
            readOnly = true;
    }

    int flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (create && !readOnly)
        flags |= SQLITE_OPEN_CREATE;
    // One connection is used by one thread at a time (Qt's rule for QSqlDatabase).
    flags |= SQLITE_OPEN_NOMUTEX;

    const QByteArray fileName = QFile::encodeName(db);
    int rc = sqlite3_open_v2(fileName.constData(), &m_db, flags, nullptr);
    auto fail = [this](const QString &text, int code) {
        const QString native = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString();
        setLastError(QSqlError(text, native, QSqlError::ConnectionError, QString::number(code)));
        if (m_db) {
            sqlite3_close_v2(m_db);
            m_db = nullptr;
        }
        setOpenError(true);
        return false;
    };
    if (rc != SQLITE_OK)
        return fail(tr("Could not open the database file"), rc);

    // SQLCipher 4.6 logs decryption failures to stderr itself; a wrong passphrase is an
    // expected event that we report in our own words (and our log), so its log is off.
    sqlite3_exec(m_db, "PRAGMA cipher_log_source = NONE", nullptr, nullptr, nullptr);

    if (!password.isEmpty()) {
        // The key goes in first, as UTF-8 bytes with their byte length (not UTF-16 units).
        QByteArray key = password.toUtf8();
        rc = sqlite3_key_v2(m_db, "main", key.constData(), int(key.size()));
        key.fill('\0');
        if (rc != SQLITE_OK)
            return fail(tr("Could not set the encryption key"), rc);
        // SQLCipher 4 defaults (AES-256, PBKDF2-HMAC-SHA512 256 000 iterations), whatever
        // the build's defaults are.
        rc = sqlite3_exec(m_db, "PRAGMA cipher_compatibility = 4", nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return fail(tr("Could not select SQLCipher 4 settings"), rc);
    }

    // Reading the schema is what proves the key: a wrong one fails here with SQLITE_NOTADB,
    // before anything could be written.
    rc = sqlite3_exec(m_db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        return fail(tr("Wrong passphrase or not a casebench cache"), rc);

    sqlite3_busy_timeout(m_db, 5000);
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_db)
        return;
    const QList<SqlCipherResult *> live = m_results;
    for (SqlCipherResult *result : live)
        result->finalize();
    m_results.clear();
    sqlite3_close_v2(m_db);
    m_db = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult *SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execSimple(const char *sql, const QString &what, QSqlError::ErrorType type)
{
    if (!m_db)
        return false;
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(what, QString::fromUtf8(sqlite3_errmsg(m_db)), type,
                               QString::number(rc)));
        return false;
    }
    return true;
}

bool SqlCipherDriver::beginTransaction()
{
    return execSimple("BEGIN", tr("Could not start a transaction"), QSqlError::TransactionError);
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", tr("Could not commit the transaction"), QSqlError::TransactionError);
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", tr("Could not roll back the transaction"),
                      QSqlError::TransactionError);
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList names;
    if (!isOpen())
        return names;
    QStringList kinds;
    if (type & QSql::Tables)
        kinds << QStringLiteral("type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (type & QSql::Views)
        kinds << QStringLiteral("type = 'view'");
    if (!kinds.isEmpty()) {
        QSqlQuery q(createResult());
        q.setForwardOnly(true);
        if (q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE ") +
                   kinds.join(QLatin1String(" OR ")) + QStringLiteral(" ORDER BY name"))) {
            while (q.next())
                names << q.value(0).toString();
        }
    }
    if (type & QSql::SystemTables)
        names << QStringLiteral("sqlite_master");
    return names;
}

QSqlRecord SqlCipherDriver::record(const QString &tableName) const
{
    QSqlRecord rec;
    if (!isOpen())
        return rec;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    const QString table = escapeIdentifier(tableName, TableName);
    if (!q.exec(QStringLiteral("PRAGMA table_info(") + table + QLatin1Char(')')))
        return rec;
    while (q.next()) {
        QSqlField field(q.value(1).toString(), metaTypeForDeclared(q.value(2).toString()),
                        tableName);
        field.setRequiredStatus(q.value(3).toInt() ? QSqlField::Required : QSqlField::Optional);
        if (!q.isNull(4))
            field.setDefaultValue(q.value(4));
        rec.append(field);
    }
    return rec;
}

QSqlIndex SqlCipherDriver::primaryIndex(const QString &tableName) const
{
    QSqlIndex index(tableName);
    if (!isOpen())
        return index;
    QSqlQuery q(createResult());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("PRAGMA table_info(") + escapeIdentifier(tableName, TableName) +
                QLatin1Char(')')))
        return index;
    QList<std::pair<int, QSqlField>> keyFields;
    while (q.next()) {
        const int pkPosition = q.value(5).toInt();
        if (pkPosition > 0) {
            keyFields.append({pkPosition, QSqlField(q.value(1).toString(),
                                                    metaTypeForDeclared(q.value(2).toString()),
                                                    tableName)});
        }
    }
    std::sort(keyFields.begin(), keyFields.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &entry : keyFields)
        index.append(entry.second);
    return index;
}

QString SqlCipherDriver::escapeIdentifier(const QString &identifier, IdentifierType) const
{
    if (identifier.size() > 1 && identifier.startsWith(QLatin1Char('"')) &&
        identifier.endsWith(QLatin1Char('"')))
        return identifier;
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(reinterpret_cast<quintptr>(m_db));
}

bool SqlCipherDriver::rekey(const QByteArray &newKey)
{
    if (!m_db || newKey.isEmpty())
        return false;
    const int rc = sqlite3_rekey_v2(m_db, "main", newKey.constData(), int(newKey.size()));
    if (rc != SQLITE_OK) {
        setLastError(QSqlError(tr("Could not change the passphrase"),
                               QString::fromUtf8(sqlite3_errmsg(m_db)),
                               QSqlError::StatementError, QString::number(rc)));
        return false;
    }
    return true;
}

void SqlCipherDriver::registerResult(SqlCipherResult *result) const
{
    m_results.append(result);
}

void SqlCipherDriver::unregisterResult(SqlCipherResult *result) const
{
    m_results.removeOne(result);
}

} // namespace casebench
