// WalCheckpointer: copies into the cache file what another connection committed to the
// write-ahead log, on its own thread and connection; a cache it cannot open leaves it idle
// and harmless.

#include "model/CacheDatabase.h"
#include "model/WalCheckpointer.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void copiesWhatAnotherConnectionCommitted()
    {
        const QString path = m_dir.filePath(u"copied.cache"_s);
        auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        QSqlDatabase db = cache.value()->database();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint=0"_s)); // commits leave the log alone
        QVERIFY(q.exec(u"CREATE TABLE scratch (bytes BLOB NOT NULL)"_s));
        qint64 checkpointed = QFileInfo(path).size();

        WalCheckpointer checkpointer(*cache.value());
        QVERIFY(checkpointer.waitUntilReady());
        QVERIFY(checkpointer.isReady());
        QCOMPARE(checkpointer.checkpointsDone(), 0);
        for (int batch = 0; batch < 3; ++batch) {
            QVERIFY(db.transaction());
            for (int i = 0; i < 100; ++i) {
                q.prepare(u"INSERT INTO scratch (bytes) VALUES (?)"_s);
                q.addBindValue(QByteArray(4000, char('a' + batch)));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(db.commit());
            QCOMPARE(QFileInfo(path).size(), checkpointed); // all of it is still in the log
            checkpointer.checkpoint();
            checkpointer.waitUntilIdle();
            QVERIFY(!checkpointer.isBusy());
            QCOMPARE(checkpointer.checkpointsDone(), batch + 1);
            // The file now holds what was committed: 100 more rows of 4 000 bytes.
            QVERIFY2(QFileInfo(path).size() >= checkpointed + 100 * 4000,
                     qPrintable(QString::number(QFileInfo(path).size())));
            checkpointed = QFileInfo(path).size();
        }
        // Nothing was left for a checkpoint on the writing connection to copy.
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QCOMPARE(q.value(2).toInt(), q.value(1).toInt());
    }

    void asksWhileBusyAreNotLost()
    {
        const QString path = m_dir.filePath(u"busy.cache"_s);
        auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        QSqlDatabase db = cache.value()->database();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint=0"_s));
        QVERIFY(q.exec(u"CREATE TABLE scratch (bytes BLOB NOT NULL)"_s));
        WalCheckpointer checkpointer(*cache.value());
        QVERIFY(checkpointer.waitUntilReady());
        // Commit and ask as fast as possible: each ask is served by a checkpoint that
        // starts after it, however they overlap.
        for (int i = 0; i < 50; ++i) {
            q.prepare(u"INSERT INTO scratch (bytes) VALUES (?)"_s);
            q.addBindValue(QByteArray(4000, 'x'));
            QVERIFY(q.exec());
            checkpointer.checkpoint();
        }
        checkpointer.waitUntilIdle();
        QVERIFY(checkpointer.checkpointsDone() >= 1);
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && q.next());
        QCOMPARE(q.value(2).toInt(), q.value(1).toInt());
        QVERIFY(QFileInfo(path).size() >= 50 * 4000);
    }

    void cacheItCannotOpenLeavesItIdle()
    {
        const QString path = m_dir.filePath(u"gone.cache"_s);
        auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        QVERIFY(QFile::remove(path)); // the open connection keeps working; a new one fails
        QFile::remove(path + u"-wal"_s);
        QFile::remove(path + u"-shm"_s);
        WalCheckpointer checkpointer(*cache.value());
        QVERIFY(!checkpointer.waitUntilReady());
        QVERIFY(!checkpointer.isReady());
        checkpointer.checkpoint();
        checkpointer.waitUntilIdle();
        QVERIFY(!checkpointer.isBusy());
        QCOMPARE(checkpointer.checkpointsDone(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
