#pragma once
// SqlCipherResult: one prepared statement on a SqlCipherDriver connection. Forward-only
// queries read columns straight from the statement; scrollable ones cache the rows they
// have stepped over so fetch(i) can go back.

#include <QList>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>
#include <QVariant>

struct sqlite3_stmt;

namespace casebench {

class SqlCipherDriver;

class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver *driver);
    ~SqlCipherResult() override;

    QVariant handle() const override;
    // Called by the driver when the connection closes under us.
    void finalize();

protected:
    bool prepare(const QString &query) override;
    bool exec() override;
    bool reset(const QString &query) override;
    QVariant data(int index) override;
    bool isNull(int index) override;
    bool fetch(int index) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override;
    int numRowsAffected() override;
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    void detachFromResultSet() override;

private:
    bool bindAll();
    bool step();                   // one sqlite3_step; caches/holds the row
    QVariant columnValue(int index) const;
    void releaseStatement();       // reset the statement: ends its read transaction
    QSqlError makeError(const QString &what, QSqlError::ErrorType type, int code) const;
    const SqlCipherDriver *cipherDriver() const;

    sqlite3_stmt *m_stmt = nullptr;
    bool m_done = true;              // stepped to SQLITE_DONE (or never stepped)
    bool m_pendingRow = false;       // exec() stepped onto the first row, not yet fetched
    QList<QVariantList> m_cache;     // rows stepped over (scrollable queries only)
    QVariantList m_current;          // the current row (forward-only queries)
    int m_rowsDelivered = 0;         // rows stepped onto since exec()
    QSqlRecord m_record;
    int m_rowsAffected = -1;
    qint64 m_lastInsertId = -1;
};

} // namespace casebench
