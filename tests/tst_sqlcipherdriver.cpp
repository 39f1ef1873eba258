// The SQLCipher QSqlDriver: type round-trips, binding, transactions, results, errors.
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlQuery>
#include <QSqlQueryModel>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include "model/sqlcipher/SqlCipherDriver.h"

using namespace casebench;

class TestSqlCipherDriver : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_connection;
    int m_counter = 0;

    QSqlDatabase db() { return QSqlDatabase::database(m_connection, false); }

    void exec(const QString &sql)
    {
        QSqlQuery q(db());
        QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_connection = QStringLiteral("driver-test-%1").arg(++m_counter);
        QSqlDatabase d = QSqlDatabase::addDatabase(new SqlCipherDriver, m_connection);
        d.setDatabaseName(m_dir.filePath(QStringLiteral("t%1.db").arg(m_counter)));
        d.setPassword(QStringLiteral("secret"));
        d.setConnectOptions(QStringLiteral("CASEBENCH_CREATE"));
        QVERIFY2(d.open(), qPrintable(d.lastError().text()));
        exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, i INTEGER, r REAL, s TEXT, b BLOB)"));
    }

    void cleanup()
    {
        {
            QSqlDatabase d = db();
            d.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

    void features()
    {
        const QSqlDriver *driver = db().driver();
        QVERIFY(driver->hasFeature(QSqlDriver::Transactions));
        QVERIFY(driver->hasFeature(QSqlDriver::PreparedQueries));
        QVERIFY(driver->hasFeature(QSqlDriver::PositionalPlaceholders));
        QVERIFY(driver->hasFeature(QSqlDriver::LastInsertId));
        QVERIFY(driver->hasFeature(QSqlDriver::BLOB));
        QVERIFY(!driver->hasFeature(QSqlDriver::QuerySize));
    }

    void roundTripEveryType_data()
    {
        QTest::addColumn<QVariant>("integer");
        QTest::addColumn<QVariant>("real");
        QTest::addColumn<QVariant>("text");
        QTest::addColumn<QVariant>("blob");
        QTest::newRow("plain") << QVariant(qlonglong(42)) << QVariant(2.5)
                               << QVariant(QStringLiteral("Åsa Öberg")) << QVariant(QByteArray("\x00\x01\xff", 3));
        QTest::newRow("extremes") << QVariant(std::numeric_limits<qlonglong>::min()) << QVariant(-1e300)
                                  << QVariant(QString::fromUtf8("emoji \xF0\x9F\x98\x80 and \"quotes\" 'x'"))
                                  << QVariant(QByteArray(100000, 'z'));
        QTest::newRow("nulls") << QVariant() << QVariant() << QVariant() << QVariant();
        QTest::newRow("empty") << QVariant(qlonglong(0)) << QVariant(0.0) << QVariant(QStringLiteral(""))
                               << QVariant(QByteArray(""));
    }

    void roundTripEveryType()
    {
        QFETCH(QVariant, integer);
        QFETCH(QVariant, real);
        QFETCH(QVariant, text);
        QFETCH(QVariant, blob);
        QSqlQuery insert(db());
        QVERIFY(insert.prepare(QStringLiteral("INSERT INTO t (i, r, s, b) VALUES (?, ?, ?, ?)")));
        insert.addBindValue(integer);
        insert.addBindValue(real);
        insert.addBindValue(text);
        insert.addBindValue(blob);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        QCOMPARE(insert.numRowsAffected(), 1);
        const qlonglong id = insert.lastInsertId().toLongLong();
        QVERIFY(id > 0);

        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("SELECT i, r, s, b, typeof(s) FROM t WHERE id = ?")));
        q.addBindValue(id);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        if (!integer.isValid()) {
            for (int c = 0; c < 4; ++c)
                QVERIFY(q.isNull(c));
            QCOMPARE(q.value(4).toString(), QStringLiteral("null"));
            return;
        }
        QCOMPARE(q.value(0).toLongLong(), integer.toLongLong());
        QCOMPARE(q.value(0).metaType().name(), QMetaType::fromType<qlonglong>().name());
        QCOMPARE(q.value(1).toDouble(), real.toDouble());
        QCOMPARE(q.value(2).toString(), text.toString());
        QCOMPARE(q.value(3).toByteArray(), blob.toByteArray());
        QCOMPARE(q.value(3).metaType(), QMetaType::fromType<QByteArray>());
        QCOMPARE(q.value(4).toString(), QStringLiteral("text"));
        QVERIFY(!q.isNull(2));
        QVERIFY(!q.next());
    }

    void nullStringBindsAsNullEmptyAsEmpty()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (s) VALUES (?)")));
        q.addBindValue(QString());
        QVERIFY(q.exec());
        q.addBindValue(QStringLiteral(""));
        QVERIFY(q.exec());
        QVERIFY(q.exec(QStringLiteral("SELECT typeof(s) FROM t ORDER BY id")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("null"));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("text"));
    }

    void datesBindAsIsoText()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("SELECT ?, ?")));
        q.addBindValue(QDate(2026, 11, 23));
        q.addBindValue(QDateTime(QDate(2026, 11, 23), QTime(9, 15, 30, 250), Qt::UTC));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("2026-11-23"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("2026-11-23T09:15:30.250Z"));
    }

    void namedAndPositionalBinding()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (:number, :name)")));
        q.bindValue(QStringLiteral(":name"), QStringLiteral("named"));
        q.bindValue(QStringLiteral(":number"), 7);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));

        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)")));
        q.bindValue(1, QStringLiteral("positional"));
        q.bindValue(0, 8);
        QVERIFY(q.exec());

        // A name used twice binds the same value to both places.
        QVERIFY(q.prepare(QStringLiteral("SELECT s FROM t WHERE i = :n OR i = :n + 1 ORDER BY i")));
        q.bindValue(QStringLiteral(":n"), 7);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        QStringList names;
        while (q.next())
            names << q.value(0).toString();
        QCOMPARE(names, (QStringList{QStringLiteral("named"), QStringLiteral("positional")}));
    }

    void preparedStatementIsReusable()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i) VALUES (?)")));
        for (int i = 0; i < 100; ++i) {
            q.addBindValue(i);
            QVERIFY(q.exec());
        }
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*), SUM(i) FROM t")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 100);
        QCOMPARE(q.value(1).toInt(), 4950);
    }

    void parameterCountMismatchIsAnError()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i, s) VALUES (?, ?)")));
        q.addBindValue(1);
        QVERIFY(!q.exec());
        QVERIFY(q.lastError().isValid());
    }

    void transactionsCommitAndRollback()
    {
        QSqlDatabase d = db();
        QVERIFY(d.transaction());
        exec(QStringLiteral("INSERT INTO t (i) VALUES (1)"));
        QVERIFY(d.rollback());
        QSqlQuery q(d);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);

        QVERIFY(d.transaction());
        exec(QStringLiteral("INSERT INTO t (i) VALUES (2)"));
        QVERIFY(d.commit());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM t")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void errorsAreReportedNotCrashed()
    {
        QSqlQuery q(db());
        QVERIFY(!q.exec(QStringLiteral("SELECT * FROM no_such_table")));
        QVERIFY(q.lastError().isValid());
        QVERIFY(!q.exec(QStringLiteral("SELECT 1; SELECT 2")));
        exec(QStringLiteral("CREATE TABLE u (x INTEGER NOT NULL UNIQUE)"));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO u VALUES (1)")));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO u VALUES (1)")));
        QVERIFY(q.lastError().text().contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive));
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO u VALUES (NULL)")));
    }

    void forwardOnlyAndScrollableResults()
    {
        QSqlQuery fill(db());
        for (int i = 1; i <= 10; ++i)
            QVERIFY(fill.exec(QStringLiteral("INSERT INTO t (i) VALUES (%1)").arg(i)));

        QSqlQuery forward(db());
        forward.setForwardOnly(true);
        QVERIFY(forward.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
        int sum = 0;
        while (forward.next())
            sum += forward.value(0).toInt();
        QCOMPARE(sum, 55);
        QVERIFY(!forward.previous());

        QSqlQuery scroll(db());
        QVERIFY(scroll.exec(QStringLiteral("SELECT i FROM t ORDER BY i")));
        QVERIFY(scroll.seek(4));
        QCOMPARE(scroll.value(0).toInt(), 5);
        QVERIFY(scroll.previous());
        QCOMPARE(scroll.value(0).toInt(), 4);
        QVERIFY(scroll.last());
        QCOMPARE(scroll.value(0).toInt(), 10);
        QCOMPARE(scroll.at(), 9);
        QVERIFY(scroll.first());
        QCOMPARE(scroll.value(0).toInt(), 1);
        QVERIFY(!scroll.seek(10));
        QCOMPARE(scroll.size(), -1);
    }

    void recordDescribesColumns()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, i, r, s, b FROM t")));
        const QSqlRecord rec = q.record();
        QCOMPARE(rec.count(), 5);
        QCOMPARE(rec.fieldName(3), QStringLiteral("s"));
        QCOMPARE(rec.field(1).metaType(), QMetaType::fromType<qlonglong>());
        QCOMPARE(rec.field(2).metaType(), QMetaType::fromType<double>());
        QCOMPARE(rec.field(4).metaType(), QMetaType::fromType<QByteArray>());

        const QSqlRecord table = db().record(QStringLiteral("t"));
        QCOMPARE(table.count(), 5);
        QCOMPARE(db().primaryIndex(QStringLiteral("t")).fieldName(0), QStringLiteral("id"));
        QVERIFY(db().tables().contains(QStringLiteral("t")));
    }

    void returningGivesTheId()
    {
        QSqlQuery q(db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO t (i) VALUES (?) RETURNING id")));
        q.addBindValue(99);
        QVERIFY(q.exec());
        QVERIFY(q.next());
        QVERIFY(q.value(0).toLongLong() > 0);
        QCOMPARE(q.lastInsertId().toLongLong(), q.value(0).toLongLong());
    }

    void queryModelWorks()
    {
        QSqlQuery fill(db());
        for (int i = 1; i <= 600; ++i)
            QVERIFY(fill.exec(QStringLiteral("INSERT INTO t (i) VALUES (%1)").arg(i)));
        QSqlQueryModel model;
        model.setQuery(QSqlQuery(QStringLiteral("SELECT i FROM t ORDER BY i"), db()));
        QVERIFY2(!model.lastError().isValid(), qPrintable(model.lastError().text()));
        while (model.canFetchMore())
            model.fetchMore();
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.data(model.index(599, 0)).toInt(), 600);
        QCOMPARE(model.data(model.index(0, 0)).toInt(), 1);
    }

    void closingWithLiveQueriesIsSafe()
    {
        QSqlQuery q(db());
        QVERIFY(q.exec(QStringLiteral("SELECT 1")));
        db().close();
        QVERIFY(!q.exec(QStringLiteral("SELECT 1")));
    }
};

QTEST_GUILESS_MAIN(TestSqlCipherDriver)
#include "tst_sqlcipherdriver.moc"
