// InboxAutomation (behind `casebench process` and the workbench's batch run): every
// received case ends either proposed — proposal, trace and matched rules stored — or
// "needs manual handling" with its error recorded; re-running replaces, never doubles; a
// cancel request stops between batches. Plus `casebench process` through the binary.

#include "automation/pipeline/InboxAutomation.h"
#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/AutomationErrorRepository.h"
#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/ProposalRepository.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
// Boendeparkering (valid from 2026) and LSS (2024–2026) packs apply; the shipped
// ekonomiskt-bistånd pack has norms up to 2023 only, so its 2026 cases must fail loudly.
const QDate Today(2026, 3, 1);

int scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestInboxAutomation : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RulePackRegistry m_registry;

    std::unique_ptr<CacheDatabase> demoCache(const QString &name, int cases)
    {
        auto cache =
            CacheDatabase::open(m_dir.filePath(name), "pw", CacheDatabase::OpenMode::CreateNew);
        if (!cache.ok())
            return {};
        DemoCaseGenerator generator(7);
        if (!generator.fill(cache.value()->database(), cases, Today).ok())
            return {};
        return std::move(cache.value());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const Problems problems = ProposeCommand::installPacks({ShippedPacks}, m_registry);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    }

    void everyReceivedCaseEndsProposedOrManual()
    {
        auto cache = demoCache(u"all.cache"_s, 120);
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        CaseRepository cases(db);
        const QStringList received = cases.caseIdsWithStatus(CaseStatus::Received);
        QVERIFY(received.size() > 50);
        const int proposedBefore =
            scalar(db, u"SELECT COUNT(*) FROM cases WHERE status = 'proposed'"_s);

        QList<std::pair<int, int>> progress;
        auto summary = InboxAutomation(db, m_registry).run([&](int done, int total) {
            progress.append({done, total});
        });
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().total, received.size());
        QCOMPARE(summary.value().proposed + summary.value().failures.size(), received.size());
        QVERIFY(summary.value().proposed > 0);
        QVERIFY2(!summary.value().failures.isEmpty(),
                 "the 2026 EB cases have no pack and must be listed");
        QCOMPARE(progress.first(), std::make_pair(0, int(received.size())));
        QCOMPARE(progress.last(), std::make_pair(int(received.size()), int(received.size())));

        int outcomes = 0;
        for (int n : summary.value().byOutcome)
            outcomes += n;
        QCOMPARE(outcomes, summary.value().proposed);
        QCOMPARE(cases.caseIdsWithStatus(CaseStatus::Received).size(), 0);
        QCOMPARE(cases.caseIdsWithStatus(CaseStatus::NeedsManualHandling).size(),
                 summary.value().failures.size());
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM cases WHERE status = 'proposed'"_s),
                 proposedBefore + summary.value().proposed);
        QCOMPARE(ProposalRepository(db).count(), summary.value().proposed);
        QCOMPARE(AutomationErrorRepository(db).count(), summary.value().failures.size());

        for (const QString &caseId : received) {
            const CaseRecord record = cases.find(caseId).value();
            if (record.status == CaseStatus::Proposed) {
                const StoredProposal p = ProposalRepository(db).find(caseId).value();
                const QJsonObject json = QJsonDocument::fromJson(p.json).object();
                QCOMPARE(json.value(u"case_id"_s).toString(), caseId);
                QCOMPARE(json.value(u"outcome"_s).toString(), p.outcome);
                QVERIFY2(json.contains(u"trace"_s), qPrintable(caseId));
                QCOMPARE(p.packId, record.caseType);
                QVERIFY(!p.matchedRules.isEmpty());
            } else {
                QCOMPARE(record.status, CaseStatus::NeedsManualHandling);
                const auto error = AutomationErrorRepository(db).latest(caseId);
                QVERIFY(error.has_value());
                QVERIFY(!error->message.isEmpty());
                QVERIFY(summary.value().failures.contains(caseId + u": "_s + error->message));
            }
        }
    }

    // Re-running on a case replaces its proposal and matched rules — never doubles them.
    void rerunIsIdempotent()
    {
        auto cache = demoCache(u"rerun.cache"_s, 40);
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        QVERIFY(InboxAutomation(db, m_registry).run().ok());
        const int proposals = ProposalRepository(db).count();
        const int rules = scalar(db, u"SELECT COUNT(*) FROM proposal_rules"_s);
        QVERIFY(proposals > 0 && rules > 0);
        QSqlQuery back(db);
        QVERIFY(back.exec(
            u"UPDATE cases SET status = 'received' WHERE id IN (SELECT case_ref FROM proposals)"_s));
        auto again = InboxAutomation(db, m_registry).run();
        QVERIFY(again.ok());
        QCOMPARE(ProposalRepository(db).count(), proposals);
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM proposal_rules"_s), rules);
    }

    void cancelStopsBeforeTheNextBatch()
    {
        auto cache = demoCache(u"cancel.cache"_s, 30);
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        const std::atomic_bool cancel = true;
        auto summary = InboxAutomation(db, m_registry).run({}, &cancel);
        QVERIFY(summary.ok());
        QVERIFY(summary.value().cancelled);
        QCOMPARE(summary.value().proposed, 0);
        QCOMPARE(ProposalRepository(db).count(), 0);
        QVERIFY(!CaseRepository(db).caseIdsWithStatus(CaseStatus::Received).isEmpty());
    }

    void processCommandThroughTheBinary()
    {
        const QString path = m_dir.filePath(u"cli.cache"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CASEBENCH_LOG_DIR"_s, QDir::tempPath() + u"/casebench-tst-cli-logs"_s);
        env.insert(u"CASEBENCH_PASSPHRASE"_s, u"secret"_s);
        auto run = [&](const QStringList &arguments) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(CASEBENCH_BINARY),
                          QStringList{u"--lang"_s, u"en"_s} + arguments);
            process.waitForFinished(120000);
            return std::make_tuple(process.exitCode(),
                                   QString::fromUtf8(process.readAllStandardOutput()),
                                   QString::fromUtf8(process.readAllStandardError()));
        };
        auto [demoExit, demoOut, demoErr] =
            run({u"demo"_s, u"--cache"_s, path, u"--cases"_s, u"30"_s});
        QVERIFY2(demoExit == 0, qPrintable(demoErr));
        // Only the boendeparkering pack installed: every other case type fails, named.
        auto [exit, out, err] = run(
            {u"process"_s, u"--cache"_s, path, u"--pack"_s, ShippedPacks + u"/boendeparkering"_s});
        QCOMPARE(exit, 1);
        QVERIFY2(out.contains(u"received cases:"_s), qPrintable(out));
        QVERIFY2(err.contains(u"LSS-"_s) || err.contains(u"EB-"_s), qPrintable(err));
        QVERIFY2(err.contains(u"100 %"_s), qPrintable(err)); // the progress reached the end
        // Nothing is left received; a second run has nothing to do and succeeds.
        auto [again, againOut, againErr] = run({u"process"_s, u"--cache"_s, path});
        QVERIFY2(again == 0, qPrintable(againErr));
        QVERIFY2(againOut.contains(u"0 received cases"_s), qPrintable(againOut));
    }
};

QTEST_GUILESS_MAIN(TestInboxAutomation)
#include "tst_inboxautomation.moc"
