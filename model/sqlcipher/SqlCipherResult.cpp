#include "model/sqlcipher/SqlCipherResult.h"

#define SQLITE_HAS_CODEC 1
#include <sqlite3.h>

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlField>
#include <QTime>
#include <limits>

#include "model/sqlcipher/SqlCipherDriver.h"

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SqlCipherResult", text);
}

// Qt 6's QVariant::isNull() no longer looks inside: a null QString is not a null variant.
// SQL NULL is what the caller means by both.
bool isSqlNull(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return true;
    switch (v.metaType().id()) {
    case QMetaType::QString:
        return v.toString().isNull();
    case QMetaType::QByteArray:
        return v.toByteArray().isNull();
    case QMetaType::QDate:
        return !v.toDate().isValid();
    case QMetaType::QDateTime:
        return !v.toDateTime().isValid();
    case QMetaType::QTime:
        return !v.toTime().isValid();
    default:
        return false;
    }
}

QMetaType metaTypeForColumn(sqlite3_stmt *stmt, int column)
{
    const char *declared = sqlite3_column_decltype(stmt, column);
    if (!declared) {
        switch (sqlite3_column_type(stmt, column)) {
        case SQLITE_INTEGER:
            return QMetaType::fromType<qlonglong>();
        case SQLITE_FLOAT:
            return QMetaType::fromType<double>();
        case SQLITE_BLOB:
            return QMetaType::fromType<QByteArray>();
        default:
            return QMetaType::fromType<QString>();
        }
    }
    const QByteArray t = QByteArray(declared).toUpper();
    if (t.contains("INT"))
        return QMetaType::fromType<qlonglong>();
    if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB"))
        return QMetaType::fromType<double>();
    if (t.contains("BLOB"))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver *driver) : QSqlResult(driver)
{
    driver->registerResult(this);
}

SqlCipherResult::~SqlCipherResult()
{
    finalize();
    if (const SqlCipherDriver *d = cipherDriver())
        d->unregisterResult(this);
}

const SqlCipherDriver *SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver *>(driver());
}

void SqlCipherResult::finalize()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_done = true;
    m_pendingRow = false;
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(reinterpret_cast<quintptr>(m_stmt));
}

QSqlError SqlCipherResult::makeError(const QString &what, QSqlError::ErrorType type, int code) const
{
    const SqlCipherDriver *d = cipherDriver();
    const QString native =
        (d && d->connection()) ? QString::fromUtf8(sqlite3_errmsg(d->connection())) : QString();
    return QSqlError(what, native, type, QString::number(code));
}

bool SqlCipherResult::prepare(const QString &query)
{
    finalize();
    m_cache.clear();
    m_current.clear();
    m_record.clear();
    m_rowsDelivered = 0;
    setSelect(false);
    setActive(false);
    setAt(QSql::BeforeFirstRow);

    const SqlCipherDriver *d = cipherDriver();
    if (!d || !d->connection()) {
        setLastError(QSqlError(tr("The database is not open"), {}, QSqlError::ConnectionError));
        return false;
    }
    const QByteArray sql = query.toUtf8();
    const char *tail = nullptr;
    const int rc = sqlite3_prepare_v3(d->connection(), sql.constData(), int(sql.size()),
                                      SQLITE_PREPARE_PERSISTENT, &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setLastError(makeError(tr("Could not prepare the statement"), QSqlError::StatementError, rc));
        finalize();
        return false;
    }
    if (!m_stmt) {
        setLastError(QSqlError(tr("The statement is empty"), {}, QSqlError::StatementError));
        return false;
    }
    // One statement per exec: trailing text other than blanks and ';' is refused, so a
    // second statement can never slip through unnoticed.
    if (tail) {
        for (const char *p = tail; *p; ++p) {
            if (*p != ';' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t') {
                setLastError(QSqlError(tr("Only one statement can be executed at a time"), {},
                                       QSqlError::StatementError));
                finalize();
                return false;
            }
        }
    }
    const int columns = sqlite3_column_count(m_stmt);
    for (int i = 0; i < columns; ++i) {
        QSqlField field(QString::fromUtf8(sqlite3_column_name(m_stmt, i)),
                        metaTypeForColumn(m_stmt, i),
                        QString::fromUtf8(sqlite3_column_table_name(m_stmt, i)));
        m_record.append(field);
    }
    return true;
}

bool SqlCipherResult::bindAll()
{
    const QVariantList &values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (int(values.size()) != expected) {
        setLastError(QSqlError(tr("Parameter count mismatch: the statement has %1, %2 were bound")
                                   .arg(expected)
                                   .arg(values.size()),
                               {}, QSqlError::StatementError));
        return false;
    }
    for (int i = 0; i < expected; ++i) {
        const QVariant &v = values.at(i);
        const int pos = i + 1;
        int rc = SQLITE_OK;
        if (isSqlNull(v)) {
            rc = sqlite3_bind_null(m_stmt, pos);
        } else {
            switch (v.metaType().id()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::SChar:
            case QMetaType::UChar:
            case QMetaType::Long:
            case QMetaType::LongLong:
                rc = sqlite3_bind_int64(m_stmt, pos, v.toLongLong());
                break;
            case QMetaType::ULong:
            case QMetaType::ULongLong: {
                const qulonglong u = v.toULongLong();
                if (u > qulonglong(std::numeric_limits<qint64>::max())) {
                    setLastError(QSqlError(tr("Value %1 of parameter %2 does not fit in 64 bits")
                                               .arg(u)
                                               .arg(pos),
                                           {}, QSqlError::StatementError));
                    return false;
                }
                rc = sqlite3_bind_int64(m_stmt, pos, qint64(u));
                break;
            }
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, pos, v.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = v.toByteArray();
                rc = sqlite3_bind_blob64(m_stmt, pos, bytes.constData(), sqlite3_uint64(bytes.size()),
                                         SQLITE_TRANSIENT);
                break;
            }
            case QMetaType::QDate: {
                const QByteArray text = v.toDate().toString(Qt::ISODate).toUtf8();
                rc = sqlite3_bind_text64(m_stmt, pos, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            case QMetaType::QDateTime: {
                const QByteArray text = v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text64(m_stmt, pos, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            case QMetaType::QTime: {
                const QByteArray text = v.toTime().toString(Qt::ISODateWithMs).toUtf8();
                rc = sqlite3_bind_text64(m_stmt, pos, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            default: {
                if (!v.canConvert<QString>()) {
                    setLastError(QSqlError(tr("Parameter %1 has a type the cache cannot store (%2)")
                                               .arg(pos)
                                               .arg(QString::fromLatin1(v.metaType().name())),
                                           {}, QSqlError::StatementError));
                    return false;
                }
                const QByteArray text = v.toString().toUtf8();
                rc = sqlite3_bind_text64(m_stmt, pos, text.constData(), sqlite3_uint64(text.size()),
                                         SQLITE_TRANSIENT, SQLITE_UTF8);
                break;
            }
            }
        }
        if (rc != SQLITE_OK) {
            setLastError(makeError(tr("Could not bind parameter %1").arg(pos),
                                   QSqlError::StatementError, rc));
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        if (!lastError().isValid())
            setLastError(QSqlError(tr("No statement was prepared"), {}, QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_cache.clear();
    m_current.clear();
    m_rowsDelivered = 0;
    m_pendingRow = false;
    m_done = false;
    m_rowsAffected = -1;
    m_lastInsertId = -1;
    setAt(QSql::BeforeFirstRow);
    setActive(false);

    if (!bindAll()) {
        m_done = true;
        return false;
    }

    sqlite3 *db = cipherDriver()->connection();
    const bool writes = !sqlite3_stmt_readonly(m_stmt);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_pendingRow = true;
        if (writes)
            m_lastInsertId = sqlite3_last_insert_rowid(db);
    } else if (rc == SQLITE_DONE) {
        m_rowsAffected = writes ? sqlite3_changes(db) : 0;
        if (writes && m_rowsAffected > 0)
            m_lastInsertId = sqlite3_last_insert_rowid(db);
        releaseStatement();
    } else {
        setLastError(makeError(tr("Could not execute the statement"), QSqlError::StatementError, rc));
        releaseStatement();
        return false;
    }
    setSelect(sqlite3_column_count(m_stmt) > 0);
    setActive(true);
    return true;
}

bool SqlCipherResult::reset(const QString &query)
{
    return prepare(query) && exec();
}

void SqlCipherResult::releaseStatement()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_done = true;
    m_pendingRow = false;
}

QVariant SqlCipherResult::columnValue(int index) const
{
    switch (sqlite3_column_type(m_stmt, index)) {
    case SQLITE_INTEGER:
        // Integers stay exact whatever the precision policy (whose default, LowPrecisionDouble,
        // is meant for floating columns), as in Qt's own SQLite driver: ids and öre must not
        // pass through a double.
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, index)));
    case SQLITE_FLOAT: {
        const double value = sqlite3_column_double(m_stmt, index);
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(int(value));
        case QSql::LowPrecisionInt64:
            return QVariant(qlonglong(value));
        default:
            return QVariant(value);
        }
    }
    case SQLITE_TEXT: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, index));
        return QVariant(QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, index)));
    }
    case SQLITE_BLOB: {
        const auto *blob = static_cast<const char *>(sqlite3_column_blob(m_stmt, index));
        return QVariant(QByteArray(blob, sqlite3_column_bytes(m_stmt, index)));
    }
    default:
        return QVariant(m_record.field(index).metaType());
    }
}

bool SqlCipherResult::step()
{
    if (m_pendingRow) {
        m_pendingRow = false;
    } else {
        if (m_done || !m_stmt)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_DONE) {
            releaseStatement();
            return false;
        }
        if (rc != SQLITE_ROW) {
            setLastError(makeError(tr("Could not read the next row"), QSqlError::StatementError, rc));
            releaseStatement();
            return false;
        }
    }
    const int columns = int(m_record.count());
    QVariantList row;
    row.reserve(columns);
    for (int i = 0; i < columns; ++i)
        row.append(columnValue(i));
    if (isForwardOnly())
        m_current = std::move(row);
    else
        m_cache.append(std::move(row));
    ++m_rowsDelivered;
    return true;
}

bool SqlCipherResult::fetch(int index)
{
    if (index < 0 || !isActive() || !isSelect())
        return false;
    if (isForwardOnly()) {
        const int current = m_rowsDelivered - 1;
        if (index < current)
            return false; // cannot go back
        while (m_rowsDelivered - 1 < index) {
            if (!step())
                return false;
        }
        setAt(index);
        return true;
    }
    while (int(m_cache.size()) <= index) {
        if (!step())
            return false;
    }
    setAt(index);
    return true;
}

bool SqlCipherResult::fetchNext()
{
    return fetch(at() < 0 ? 0 : at() + 1);
}

bool SqlCipherResult::fetchFirst()
{
    return fetch(0);
}

bool SqlCipherResult::fetchLast()
{
    if (!isActive() || !isSelect())
        return false;
    while (step()) {
    }
    if (m_rowsDelivered == 0)
        return false;
    setAt(m_rowsDelivered - 1);
    return true;
}

QVariant SqlCipherResult::data(int index)
{
    const QVariantList *row = nullptr;
    if (isForwardOnly())
        row = (at() >= 0 && at() == m_rowsDelivered - 1) ? &m_current : nullptr;
    else
        row = (at() >= 0 && at() < int(m_cache.size())) ? &m_cache.at(at()) : nullptr;
    if (!row || index < 0 || index >= int(row->size()))
        return {};
    return row->at(index);
}

bool SqlCipherResult::isNull(int index)
{
    const QVariant v = data(index);
    return !v.isValid() || v.isNull();
}

int SqlCipherResult::size()
{
    return -1;
}

int SqlCipherResult::numRowsAffected()
{
    return m_rowsAffected;
}

QSqlRecord SqlCipherResult::record() const
{
    return isActive() && isSelect() ? m_record : QSqlRecord();
}

QVariant SqlCipherResult::lastInsertId() const
{
    return m_lastInsertId >= 0 ? QVariant(qlonglong(m_lastInsertId)) : QVariant();
}

void SqlCipherResult::detachFromResultSet()
{
    // QSqlQuery::finish(): give up the rows so the read transaction ends (in WAL mode an
    // open read blocks checkpoints), but keep the statement prepared for the next exec().
    releaseStatement();
}

} // namespace casebench
