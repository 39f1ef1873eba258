// `casebench pack …` and `casebench settings` through the real binary: import (folder and
// refusals naming file, element and line, exit 1), list, export byte for byte, activate
// with --from (overlap refused naming the other pack; `process` then uses the active
// pack), retire, whatif; only an administrator may change packs and settings.

#include "automation/rulepack/RulePackHash.h"
#include "model/CacheDatabase.h"
#include "model/ProposalRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ToyPack = QStringLiteral(CASEBENCH_TEST_DATA "/rulepacks/boendeparkering-toy");
const QString BrokenPacks = QStringLiteral(CASEBENCH_TEST_DATA "/broken-packs");
const QString AdminLogin = QStringLiteral("packadmin");
const QString CaseworkerLogin = QStringLiteral("packworker");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestCliPack : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_cache;
    QString m_passphrase;

    Run casebench(const QStringList &arguments, const QString &login = AdminLogin)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CASEBENCH_LOG_DIR"_s, m_dir.filePath(u"logs"_s));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CASEBENCH_BINARY),
                      QStringList{u"--lang"_s, u"en"_s, u"--cache"_s, m_cache,
                                  u"--passphrase-file"_s, m_passphrase, u"--user"_s, login} +
                          arguments);
        Run run;
        if (!process.waitForFinished(120000))
            return run;
        run.exitCode = process.exitCode();
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    // The id `pack import` printed.
    static qint64 importedId(const Run &run)
    {
        const auto match = QRegularExpression(u", id (\\d+),"_s).match(run.out);
        return match.hasMatch() ? match.captured(1).toLongLong() : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cache = m_dir.filePath(u"cli.cache"_s);
        m_passphrase = m_dir.filePath(u"passphrase"_s);
        QFile pass(m_passphrase);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write("secret\n");
        pass.close();
        auto cache = CacheDatabase::open(m_cache, "secret", CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        QSqlQuery q(cache.value()->database());
        for (const auto &[login, role] : {std::pair{AdminLogin, u"administrator"_s},
                                          std::pair{CaseworkerLogin, u"caseworker"_s}}) {
            q.prepare(u"INSERT OR IGNORE INTO users (login, display_name, role, created_at)"
                      u" VALUES (?, ?, ?, '2026-01-01T00:00:00.000Z')"_s);
            q.addBindValue(login);
            q.addBindValue(login);
            q.addBindValue(role);
            QVERIFY(q.exec());
        }
    }

    void usageErrors()
    {
        QCOMPARE(casebench({u"pack"_s}).exitCode, 1);
        QCOMPARE(casebench({u"pack"_s, u"frobnicate"_s}).exitCode, 1);
        QCOMPARE(casebench({u"pack"_s, u"import"_s}).exitCode, 1);
        const Run noFrom = casebench({u"pack"_s, u"activate"_s, u"1"_s});
        QCOMPARE(noFrom.exitCode, 1);
        QVERIFY2(noFrom.err.contains(u"--from"_s), qPrintable(noFrom.err));
        QCOMPARE(
            casebench({u"pack"_s, u"activate"_s, u"1"_s, u"--from"_s, u"2026-13-01"_s}).exitCode,
            1);
        QCOMPARE(casebench({u"pack"_s, u"list"_s, u"--last"_s, u"3"_s}).exitCode, 1);
        QCOMPARE(casebench({u"info"_s, u"--from"_s, u"2026-01-01"_s}).exitCode, 1);
    }

    void lifecycle()
    {
        const Run empty = casebench({u"pack"_s, u"list"_s});
        QVERIFY2(empty.exitCode == 0, qPrintable(empty.err));

        // Only administrators change packs.
        const Run worker = casebench({u"pack"_s, u"import"_s, ToyPack}, CaseworkerLogin);
        QCOMPARE(worker.exitCode, 1);
        QVERIFY2(worker.err.contains(u"administrator"_s), qPrintable(worker.err));

        const Run imported = casebench({u"pack"_s, u"import"_s, ToyPack});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const qint64 id = importedId(imported);
        QVERIFY2(id > 0, qPrintable(imported.out));
        QVERIFY(imported.out.contains(RulePackHash::compute(ToyPack).value()));

        // A refusal names the file, the element and the line.
        const Run broken =
            casebench({u"pack"_s, u"import"_s, BrokenPacks + u"/03-feel-syntax-error/pack"_s});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(
            QRegularExpression(u"boendeparkering\\.dmn:\\d+: decision 'Beslutsregel': FEEL error"_s)
                .match(broken.err)
                .hasMatch(),
            qPrintable(broken.err));
        QVERIFY(broken.err.contains(u"nothing was stored"_s));

        const Run listed = casebench({u"pack"_s, u"list"_s});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY(listed.out.contains(u"boendeparkering-toy"_s));
        QVERIFY(listed.out.contains(u"draft"_s));
        QCOMPARE(listed.out.count(u"boendeparkering-toy"_s), 1);

        const QString exported = m_dir.filePath(u"exported"_s);
        const Run exportRun = casebench({u"pack"_s, u"export"_s, QString::number(id), exported});
        QVERIFY2(exportRun.exitCode == 0, qPrintable(exportRun.err));
        QCOMPARE(RulePackHash::listing(exported).value(), RulePackHash::listing(ToyPack).value());

        const Run activated = casebench(
            {u"pack"_s, u"activate"_s, QString::number(id), u"--from"_s, u"2026-01-01"_s});
        QVERIFY2(activated.exitCode == 0, qPrintable(activated.err));
        QVERIFY(casebench({u"pack"_s, u"list"_s}).out.contains(u"active"_s));

        const Run second =
            casebench({u"pack"_s, u"import"_s, BrokenPacks + u"/16-overlap-on-activation/pack"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const Run overlap =
            casebench({u"pack"_s, u"activate"_s, QString::number(importedId(second)), u"--from"_s,
                       u"2026-06-01"_s});
        QCOMPARE(overlap.exitCode, 1);
        QVERIFY2(overlap.err.contains(u"boendeparkering-toy 2026.1"_s), qPrintable(overlap.err));

        // `process` proposes with the active pack, not the shipped one.
        const Run imported2 =
            casebench({u"import"_s, ToyPack + u"/examples/01-bifall-agare.json"_s});
        QVERIFY2(imported2.exitCode == 0, qPrintable(imported2.err));
        const Run processed = casebench({u"process"_s});
        QVERIFY2(processed.exitCode == 0, qPrintable(processed.err));
        {
            auto cache = CacheDatabase::open(m_cache, "secret");
            QVERIFY(cache.ok());
            const auto proposal =
                ProposalRepository(cache.value()->database()).find(u"BP-T-0001"_s);
            QVERIFY(proposal);
            QCOMPARE(proposal->packId, u"boendeparkering-toy"_s);
        }

        // No decided cases yet: the what-if has nothing to compare, and says so.
        const Run whatif =
            casebench({u"pack"_s, u"whatif"_s, QString::number(id), u"--last"_s, u"5"_s});
        QVERIFY2(whatif.exitCode == 0, qPrintable(whatif.err));
        QVERIFY2(whatif.out.contains(u"over 0 decided cases"_s), qPrintable(whatif.out));

        const Run retired = casebench({u"pack"_s, u"retire"_s, QString::number(id)});
        QVERIFY2(retired.exitCode == 0, qPrintable(retired.err));
        QVERIFY(casebench({u"pack"_s, u"list"_s}).out.contains(u"retired"_s));
        QCOMPARE(casebench({u"pack"_s, u"retire"_s, QString::number(id)}).exitCode, 1);
        QCOMPARE(casebench({u"pack"_s, u"retire"_s, u"999"_s}).exitCode, 1);
    }

    void settings()
    {
        const Run shown = casebench({u"settings"_s});
        QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
        QVERIFY(shown.out.contains(u"ekonomiskt-bistand"_s));
        const Run set =
            casebench({u"settings"_s, u"set"_s, u"boendeparkering"_s, u"deadline-days"_s, u"28"_s});
        QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        QVERIFY(QRegularExpression(u"boendeparkering +28"_s).match(set.out).hasMatch());
        QCOMPARE(
            casebench({u"settings"_s, u"set"_s, u"boendeparkering"_s, u"spot-check"_s, u"2000"_s})
                .exitCode,
            1);
        QCOMPARE(
            casebench({u"settings"_s, u"set"_s, u"boendeparkering"_s, u"spot-check"_s, u"40"_s},
                      CaseworkerLogin)
                .exitCode,
            1);
        const Run rate =
            casebench({u"settings"_s, u"set"_s, u"boendeparkering"_s, u"spot-check"_s, u"40"_s});
        QVERIFY2(rate.exitCode == 0, qPrintable(rate.err));
        QVERIFY(rate.out.contains(u"40 ‰"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliPack)
#include "tst_cli_pack.moc"
