// The encrypted cache: create, unlock, wrong passphrase, no plaintext on disk, rekey,
// migrations, repository round trip.
#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/SchemaMigrations.h"
#include "model/SqlDialect.h"
#include "model/Transaction.h"

using namespace casebench;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString pragma(const CacheDatabase &cache, const QString &sql)
{
    QSqlQuery q(cache.database());
    return q.exec(sql) && q.next() ? q.value(0).toString() : QString();
}

CaseRecord sampleCase(const QString &caseId)
{
    CaseRecord r;
    r.caseId = caseId;
    r.caseType = QStringLiteral("ekonomiskt-bistand");
    r.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 15), Qt::UTC);
    r.applicationDate = QDate(2026, 11, 2);
    r.applicant = Person{QStringLiteral("19850312-1236"), QStringLiteral("Zlatan Östergrenqvist"),
                         QStringLiteral("applicant"), QDate(1985, 3, 12)};
    r.household.append(Person{QStringLiteral("20180101-1239"), QStringLiteral("Åke Östergrenqvist"),
                              QStringLiteral("child"), QDate(2018, 1, 1)});
    r.attachments.append(Attachment{QStringLiteral("hyresavi"), QStringLiteral("hyra.pdf"), true});
    r.attachments.append(Attachment{QStringLiteral("kontoutdrag"), QString(), false});
    r.deadlines.append(Deadline{QStringLiteral("decision"), QDate(2026, 11, 16)});
    r.payload = QByteArrayLiteral("{\"case_id\":\"") + caseId.toUtf8() + QByteArrayLiteral("\"}");
    return r;
}

} // namespace

class TestCacheDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    QString freshPath() { return m_dir.filePath(QStringLiteral("cache%1.db").arg(++m_n)); }

private Q_SLOTS:
    void createsWithSqlCipher4Defaults()
    {
        auto cache = CacheDatabase::open(freshPath(), "correct horse", CacheDatabase::OpenMode::CreateNew);
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().message));
        const CacheDatabase &c = *cache.value();
        QVERIFY(c.cipherVersion().startsWith(QLatin1String("4.")));
        QCOMPARE(pragma(c, QStringLiteral("PRAGMA kdf_iter")), QStringLiteral("256000"));
        QCOMPARE(pragma(c, QStringLiteral("PRAGMA cipher_kdf_algorithm")), QStringLiteral("PBKDF2_HMAC_SHA512"));
        QCOMPARE(pragma(c, QStringLiteral("PRAGMA cipher_hmac_algorithm")), QStringLiteral("HMAC_SHA512"));
        QCOMPARE(pragma(c, QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
        QCOMPARE(pragma(c, QStringLiteral("PRAGMA foreign_keys")), QStringLiteral("1"));
        QCOMPARE(c.schemaVersion(), SchemaMigrations::latestVersion());
    }

    void openModesAreChecked()
    {
        const QString path = freshPath();
        auto missing = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, CacheError::Kind::FileNotFound);
        QVERIFY(!QFile::exists(path));
        { auto created = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::CreateNew); QVERIFY(created.ok()); }
        auto again = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::CreateNew);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, CacheError::Kind::AlreadyExists);
        auto empty = CacheDatabase::open(path, "", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(!empty.ok());
    }

    void wrongPassphraseLeavesFileByteIdentical()
    {
        const QString path = freshPath();
        {
            auto cache = CacheDatabase::open(path, "right passphrase", CacheDatabase::OpenMode::CreateNew);
            QVERIFY(cache.ok());
            CaseRepository repo(cache.value()->database());
            QVERIFY(repo.insert(sampleCase(QStringLiteral("EB-2026-000001"))).ok());
        }
        const QByteArray before = fileBytes(path);
        QVERIFY(!before.isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        auto wrong = CacheDatabase::open(path, "wrong passphrase", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(!wrong.ok());
        QCOMPARE(wrong.error().kind, CacheError::Kind::WrongPassphrase);
        QVERIFY(wrong.error().message.contains(QLatin1String("passphrase")));
        QCOMPARE(fileBytes(path), before);
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));

        // And the right one still works afterwards.
        auto right = CacheDatabase::open(path, "right passphrase", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(right.ok());
        QCOMPARE(CaseRepository(right.value()->database()).count(), 1);
    }

    void notACacheIsRefused()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        const QByteArray before = fileBytes(path);
        auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(!cache.ok());
        QCOMPARE(cache.error().kind, CacheError::Kind::WrongPassphrase);
        QCOMPARE(fileBytes(path), before);
    }

    void plaintextSqliteIsRefused()
    {
        const QString path = freshPath();
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("SQLite format 3\0", 16) + QByteArray(4080, '\0'));
        f.close();
        auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(!cache.ok());
        QCOMPARE(cache.error().kind, CacheError::Kind::NotEncrypted);
    }

    void fileHoldsNoPlaintextPersonalData()
    {
        const QString path = freshPath();
        {
            auto cache = CacheDatabase::open(path, "pw-for-plaintext-test", CacheDatabase::OpenMode::CreateNew);
            QVERIFY(cache.ok());
            CaseRepository repo(cache.value()->database());
            for (int i = 0; i < 50; ++i)
                QVERIFY(repo.insert(sampleCase(QStringLiteral("EB-2026-%1").arg(i, 6, 10, QLatin1Char('0')))).ok());
            // While open, the WAL holds the data: it must be encrypted too.
            const QByteArray wal = fileBytes(path + QStringLiteral("-wal"));
            QVERIFY(!wal.contains("Zlatan"));
            QVERIFY(!wal.contains("19850312"));
        }
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 4096);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("Zlatan"));
        QVERIFY(!bytes.contains(QStringLiteral("Östergrenqvist").toUtf8()));
        QVERIFY(!bytes.contains("19850312-1236"));
        QVERIFY(!bytes.contains("198503121236"));
        QVERIFY(!bytes.contains("EB-2026-000001"));
        QVERIFY(!bytes.contains("hyresavi"));
    }

    void rekeyChangesThePassphrase()
    {
        const QString path = freshPath();
        {
            auto cache = CacheDatabase::open(path, "old passphrase", CacheDatabase::OpenMode::CreateNew);
            QVERIFY(cache.ok());
            QVERIFY(CaseRepository(cache.value()->database()).insert(sampleCase(QStringLiteral("EB-1"))).ok());
            auto changed = cache.value()->changePassphrase("ny lösenfras åäö");
            QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : changed.error().message));
            // Further connections use the new passphrase.
            auto second = cache.value()->openAnotherConnection();
            QVERIFY(second.ok());
        }
        auto old = CacheDatabase::open(path, "old passphrase", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(!old.ok());
        QCOMPARE(old.error().kind, CacheError::Kind::WrongPassphrase);
        auto fresh = CacheDatabase::open(path, QStringLiteral("ny lösenfras åäö").toUtf8(),
                                         CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(fresh.ok());
        QCOMPARE(CaseRepository(fresh.value()->database()).count(), 1);
    }

    void migrationsRunFromAnEmptyFileAndOnlyOnce()
    {
        const QString path = freshPath();
        {
            auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::CreateNew);
            QVERIFY(cache.ok());
            QSqlQuery q(cache.value()->database());
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q.next());
            QCOMPARE(q.value(0).toInt(), SchemaMigrations::all().size());
            QCOMPARE(CaseRepository(cache.value()->database()).caseTypes().size(), 3);
        }
        auto reopened = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(reopened.ok());
        QSqlQuery q(reopened.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_migrations")) && q.next());
        QCOMPARE(q.value(0).toInt(), SchemaMigrations::all().size());
        QCOMPARE(CaseRepository(reopened.value()->database()).caseTypes().size(), 3);
    }

    // A cache made by an older program (schema 1) is brought forward on open, keeping
    // its cases.
    void olderCacheIsMigratedForward()
    {
        const QString path = freshPath();
        {
            auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::CreateNew);
            QVERIFY(cache.ok());
            QSqlDatabase db = cache.value()->database();
            // Rebuild what a version-1 program left on disk: drop every table, then run
            // migration 1 alone.
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=OFF")));
            QStringList tables;
            QVERIFY(q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")));
            while (q.next())
                tables << q.value(0).toString();
            for (const QString &table : std::as_const(tables))
                QVERIFY2(q.exec(QStringLiteral("DROP TABLE ") + table), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY,"
                                          " description VARCHAR(200) NOT NULL, applied_at TIMESTAMP NOT NULL)")));
            for (const QString &statement : SchemaMigrations::all().first().statements)
                QVERIFY2(q.exec(SqliteDialect().ddl(statement)), qPrintable(q.lastError().text()));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (1, 'v1', '2026-01-01T00:00:00Z')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys=ON")));
            QVERIFY(CaseRepository(db).insert(sampleCase(QStringLiteral("EB-2026-000007"))).ok());
        }
        auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY2(cache.ok(), cache.ok() ? "" : qPrintable(cache.error().message));
        QCOMPARE(cache.value()->schemaVersion(), SchemaMigrations::latestVersion());
        QCOMPARE(CaseRepository(cache.value()->database()).count(), 1);
        // The later tables exist and the audit trail refuses edits.
        QSqlQuery q(cache.value()->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_events (seq, occurred_at, user_login, event, details,"
                                      " prev_hash, hash) VALUES (1, 't', 'u', 'e', '{}', 'a', 'b')")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_events SET event = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_events")));
    }

    // The inbox is read from the covering index, never from the rows with their payloads
    // (3 s instead of 0.3 s for 100 000 cases).
    void inboxReadsTheCoveringIndex()
    {
        auto cache = CacheDatabase::open(freshPath(), "pw", CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        QSqlQuery q(cache.value()->database());
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + CaseRepository::inboxQuery()));
        QString plan;
        while (q.next())
            plan += q.value(3).toString() + u'\n';
        QVERIFY2(plan.contains(QStringLiteral("COVERING INDEX cases_inbox")), qPrintable(plan));
    }

    void newerSchemaIsRefused()
    {
        const QString path = freshPath();
        {
            auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::CreateNew);
            QVERIFY(cache.ok());
            QSqlQuery q(cache.value()->database());
            QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', '2030-01-01')")));
        }
        auto cache = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(!cache.ok());
        QCOMPARE(cache.error().kind, CacheError::Kind::TooNew);
    }

    void repositoryRoundTrip()
    {
        auto cache = CacheDatabase::open(freshPath(), "pw", CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        CaseRepository repo(cache.value()->database());
        const CaseRecord in = sampleCase(QStringLiteral("EB-2026-000042"));
        auto id = repo.insert(in);
        QVERIFY(id.ok());
        QVERIFY(repo.exists(in.caseId));
        QVERIFY(!repo.exists(QStringLiteral("EB-none")));
        const auto out = repo.find(in.caseId);
        QVERIFY(out.has_value());
        QCOMPARE(out->id, id.value());
        QCOMPARE(out->caseType, in.caseType);
        QCOMPARE(out->receivedAt, in.receivedAt);
        QCOMPARE(out->applicationDate, in.applicationDate);
        QCOMPARE(out->applicant.name, in.applicant.name);
        QCOMPARE(out->applicant.personnummer, in.applicant.personnummer);
        QCOMPARE(out->household.size(), 1);
        QCOMPARE(out->household.at(0).relation, QStringLiteral("child"));
        QCOMPARE(out->household.at(0).birthDate, QDate(2018, 1, 1));
        QCOMPARE(out->attachments.size(), 2);
        QVERIFY(!out->attachments.at(1).present);
        QCOMPARE(out->deadlines.size(), 1);
        QCOMPARE(out->nextDeadline(), QDate(2026, 11, 16));
        QCOMPARE(out->payload, in.payload);

        const QList<InboxRow> rows = repo.inboxRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.at(0).missingAttachments, 1);
        QCOMPARE(rows.at(0).householdSize, 2);
        QCOMPARE(rows.at(0).dueOn, QDate(2026, 11, 16));

        QVERIFY(repo.setStatus(in.caseId, CaseStatus::Proposed).ok());
        QCOMPARE(repo.countByStatus().value(CaseStatus::Proposed), 1);
        QVERIFY(!repo.setStatus(QStringLiteral("EB-none"), CaseStatus::Decided).ok());
        // Duplicate case ids are refused by the store itself.
        QVERIFY(!repo.insert(in).ok());
    }

    void transactionRollsBackOnScopeExit()
    {
        auto cache = CacheDatabase::open(freshPath(), "pw", CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        CaseRepository repo(cache.value()->database());
        {
            Transaction tx(cache.value()->database());
            QVERIFY(tx.isActive());
            QVERIFY(repo.insert(sampleCase(QStringLiteral("EB-A"))).ok());
        }
        QCOMPARE(repo.count(), 0);
        {
            Transaction tx(cache.value()->database());
            QVERIFY(repo.insert(sampleCase(QStringLiteral("EB-B"))).ok());
            QVERIFY(tx.commit());
        }
        QCOMPARE(repo.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCacheDatabase)
#include "tst_cachedatabase.moc"
