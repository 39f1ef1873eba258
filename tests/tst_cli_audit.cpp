// `casebench audit verify|show` and `--user` through the binary: verify exits 0 with
// "chain intact" and 1 naming the first broken event; show prints one line per event; an
// unknown --user is refused naming the login, except by a command that creates the cache.

#include "model/AuditTrail.h"
#include "model/CacheDatabase.h"
#include "model/DemoCaseGenerator.h"
#include "model/UserRepository.h"

#include <QDir>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cache;

    Run casebench(const QStringList &arguments, const QString &user = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CASEBENCH_LOG_DIR"_s, QDir::tempPath() + u"/casebench-tst-cli-logs"_s);
        env.insert(u"CASEBENCH_PASSPHRASE"_s, u"secret"_s);
        env.insert(u"USER"_s, u"clitester"_s);
        QProcess process;
        process.setProcessEnvironment(env);
        QStringList args{u"--lang"_s, u"en"_s, u"--cache"_s, m_cache};
        if (!user.isEmpty())
            args << u"--user"_s << user;
        process.start(QStringLiteral(CASEBENCH_BINARY), args + arguments);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    std::unique_ptr<CacheDatabase> openCache()
    {
        auto cache = CacheDatabase::open(m_cache, "secret", CacheDatabase::OpenMode::OpenExisting);
        return cache.ok() ? std::move(cache.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = m_dir.filePath(u"cli-audit.cache"_s);
    }

    // The first command creates the cache as clitester (the OS login) and adds the demo users.
    void demoCreatesCacheAndUsers()
    {
        const Run demo = casebench({u"demo"_s, u"--cases"_s, u"40"_s});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        auto cache = openCache();
        QVERIFY(cache);
        UserRepository users(cache->database());
        QCOMPARE(users.find(u"clitester"_s)->role, UserRole::Administrator);
        QVERIFY(users.find(u"hand1"_s).has_value());
        QVERIFY(users.find(u"chef1"_s).has_value());
    }

    void importRecordsTheActingUser()
    {
        const QString files = m_dir.filePath(u"applications"_s);
        // Numbered after the demo's cases, so none is a duplicate.
        QCOMPARE(DemoCaseGenerator(5, 1000)
                     .writeApplicationFiles(files, 12, QDate::currentDate())
                     .value(),
                 12);
        const Run import = casebench({u"import"_s, files}, u"hand3"_s);
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        auto cache = openCache();
        QVERIFY(cache);
        QSqlQuery q(cache->database());
        QVERIFY(q.exec(u"SELECT COUNT(*), MIN(user_login), MAX(user_login) FROM audit_events"
                       u" WHERE event = 'imported'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 12);
        QCOMPARE(q.value(1).toString(), u"hand3"_s);
        QCOMPARE(q.value(2).toString(), u"hand3"_s);
    }

    void processRecordsTheActingUser()
    {
        int received = 0;
        {
            auto cache = openCache();
            QVERIFY(cache);
            QSqlQuery q(cache->database());
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM cases WHERE status = 'received'"_s) && q.next());
            received = q.value(0).toInt();
        }
        QVERIFY(received > 12);
        const Run process = casebench({u"process"_s}, u"hand2"_s);
        QVERIFY2(process.exitCode == 0 || process.exitCode == 1, qPrintable(process.err));
        QVERIFY2(process.out.contains(u"received cases"_s), qPrintable(process.out));
        auto cache = openCache();
        QVERIFY(cache);
        QSqlQuery q(cache->database());
        QVERIFY(q.exec(u"SELECT COUNT(*), COUNT(DISTINCT user_login), MIN(user_login) FROM"
                       u" audit_events WHERE event IN ('proposed', 'automation_failed')"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), received);
        QCOMPARE(q.value(1).toInt(), 1);
        QCOMPARE(q.value(2).toString(), u"hand2"_s);
    }

    void unknownUserIsRefused()
    {
        for (const QString &command : {u"info"_s, u"rekey"_s, u"audit"_s}) {
            QStringList args{command};
            if (command == u"audit"_s)
                args << u"verify"_s;
            const Run run = casebench(args, u"mallory"_s);
            QCOMPARE(run.exitCode, 1);
            QVERIFY2(run.err.contains(u"mallory"_s), qPrintable(command + u": "_s + run.err));
        }
        const Run known = casebench({u"info"_s}, u"chef1"_s);
        QVERIFY2(known.exitCode == 0, qPrintable(known.err));
        // Not a login at all: a usage error naming it.
        const Run bad = casebench({u"info"_s}, u"a|b"_s);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"a|b"_s), qPrintable(bad.err));
    }

    // Creating a cache is the exception: its creator named by --user administers it.
    void creatingCommandTakesTheNewLogin()
    {
        const QString keep = m_cache;
        m_cache = m_dir.filePath(u"created-by-bob.cache"_s);
        const Run demo = casebench({u"demo"_s, u"--cases"_s, u"3"_s}, u"bob"_s);
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        {
            auto cache = openCache();
            QVERIFY(cache);
            QCOMPARE(UserRepository(cache->database()).find(u"bob"_s)->role,
                     UserRole::Administrator);
        }
        const Run again = casebench({u"demo"_s, u"--cases"_s, u"3"_s}, u"eve"_s);
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"eve"_s), qPrintable(again.err));
        m_cache = keep;
    }

    void verifyAndShow()
    {
        const Run verify = casebench({u"audit"_s, u"verify"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY2(verify.out.contains(u"chain intact"_s), qPrintable(verify.out));
        qint64 events = 0;
        QString caseId;
        {
            auto cache = openCache();
            QVERIFY(cache);
            AuditTrail audit(cache->database());
            events = audit.count();
            caseId = audit.all().last().caseId;
        }
        QVERIFY(events >= 18); // 6 users, 12 imported, whatever process added
        QVERIFY2(verify.out.contains(QString::number(events)), qPrintable(verify.out));

        const Run show = casebench({u"audit"_s, u"show"_s});
        QCOMPARE(show.exitCode, 0);
        const QStringList lines = show.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), events);
        QVERIFY2(lines.first().startsWith(u"1 "_s), qPrintable(lines.first()));
        QVERIFY2(lines.first().contains(u"user_added"_s), qPrintable(lines.first()));

        QVERIFY(!caseId.isEmpty());
        const Run forCase = casebench({u"audit"_s, u"show"_s, caseId});
        QCOMPARE(forCase.exitCode, 0);
        const QStringList caseLines = forCase.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!caseLines.isEmpty());
        for (const QString &line : caseLines)
            QVERIFY2(line.contains(u' ' + caseId + u' '), qPrintable(line));

        QCOMPARE(casebench({u"audit"_s}).exitCode, 1);
        QCOMPARE(casebench({u"audit"_s, u"frobnicate"_s}).exitCode, 1);
        QCOMPARE(casebench({u"audit"_s, u"verify"_s, u"extra"_s}).exitCode, 1);
    }

    void verifyNamesTheTamperedEvent()
    {
        {
            auto cache = openCache();
            QVERIFY(cache);
            QSqlQuery q(cache->database());
            QVERIFY(q.exec(u"DROP TRIGGER audit_events_append_only_update"_s));
            QVERIFY(q.exec(u"UPDATE audit_events SET user_login = 'mallory' WHERE seq = 9"_s));
        }
        const Run verify = casebench({u"audit"_s, u"verify"_s});
        QCOMPARE(verify.exitCode, 1);
        QVERIFY2(verify.err.contains(u"broken at event 9"_s), qPrintable(verify.err));
        QVERIFY2(verify.out.contains(u"8 event"_s), qPrintable(verify.out));
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
