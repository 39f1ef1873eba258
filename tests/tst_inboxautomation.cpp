// InboxAutomation (behind `casebench process` and the workbench's batch run): every
// received case ends either proposed — proposal, trace and matched rules stored — or
// "needs manual handling" with its error recorded; re-running replaces, never doubles; a
// cancel request stops between batches; a batch that cannot be stored is rolled back
// whole; evaluating on a pool of threads stores exactly what one thread stores. Plus
// `casebench process` through the binary.

#include "automation/pipeline/InboxAutomation.h"
#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/AuditTrail.h"
#include "model/AutomationErrorRepository.h"
#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/ProposalRepository.h"
#include "model/WalCheckpointer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QSqlRecord>
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

// Every row of the query as text, blobs in hex: two stores compare byte for byte.
QStringList rows(QSqlDatabase db, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql))
        return {u"query failed: "_s + sql};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            const QVariant value = q.value(i);
            values << (value.isNull() ? u"NULL"_s
                       : value.typeId() == QMetaType::QByteArray
                           ? u"x'"_s + QString::fromLatin1(value.toByteArray().toHex()) + u"'"_s
                           : value.toString());
        }
        rows << values.join(u'|');
    }
    return rows;
}

// A clock that moves one millisecond per reading: two runs that read it in the same order
// stamp the same times.
InboxAutomation::Clock steppingClock()
{
    auto readings = std::make_shared<qint64>(0);
    return [readings] {
        return QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC).addMSecs((*readings)++);
    };
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

    // The pool's threads evaluate the next batch while the run stores the current one, and a
    // WalCheckpointer may copy the log meanwhile; what ends up stored — proposals byte for
    // byte, matched rules, statuses, errors, the audit chain with its hashes — is what a run
    // evaluating on its own thread stores.
    void threadsStoreWhatOneThreadStores()
    {
        // Two copies of one cache, so both runs start from the same bytes.
        const QString original = m_dir.filePath(u"same.cache"_s);
        {
            auto cache = CacheDatabase::open(original, "pw", CacheDatabase::OpenMode::CreateNew);
            QVERIFY(cache.ok());
            QSqlDatabase db = cache.value()->database();
            QVERIFY(DemoCaseGenerator(11).fill(db, 1100, Today).ok());
            // Every case waits in the inbox: three batches, the last one short.
            QSqlQuery q(db);
            QVERIFY(q.exec(u"UPDATE cases SET status = 'received'"_s));
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        const QString sequentialPath = m_dir.filePath(u"sequential.cache"_s);
        const QString parallelPath = m_dir.filePath(u"parallel.cache"_s);
        const QString checkpointedPath = m_dir.filePath(u"checkpointed.cache"_s);
        for (const QString &path : {sequentialPath, parallelPath, checkpointedPath})
            QVERIFY(QFile::copy(original, path));

        const QStringList queries{
            u"SELECT * FROM proposals ORDER BY case_ref"_s,
            u"SELECT * FROM proposal_rules ORDER BY case_ref, decision, rule_id"_s,
            u"SELECT case_id, status, updated_at FROM cases ORDER BY id"_s,
            u"SELECT * FROM automation_errors ORDER BY id"_s,
            u"SELECT * FROM audit_events ORDER BY seq"_s,
        };
        // One thread; three threads; two threads with the log checkpointed on a connection
        // of its own.
        struct Run
        {
            QString path;
            int threads;
            bool checkpointer;
        };
        const QList<Run> runs{
            {sequentialPath, 0, false}, {parallelPath, 3, false}, {checkpointedPath, 2, true}};
        QList<QList<QStringList>> stored;
        for (const Run &run : runs) {
            auto cache = CacheDatabase::open(run.path, "pw", CacheDatabase::OpenMode::OpenExisting);
            QVERIFY(cache.ok());
            QSqlDatabase db = cache.value()->database();
            std::optional<WalCheckpointer> checkpointer;
            if (run.checkpointer) {
                checkpointer.emplace(*cache.value());
                QVERIFY(checkpointer->waitUntilReady());
            }
            InboxAutomation automation(db, m_registry);
            automation.setEvaluationThreads(run.threads);
            if (checkpointer)
                automation.setCheckpointer(&*checkpointer);
            automation.setActingUser(u"batch"_s);
            automation.setClock(steppingClock());
            auto summary = automation.run();
            QVERIFY(summary.ok());
            QCOMPARE(summary.value().total, 1100);
            QCOMPARE(summary.value().proposed + summary.value().failures.size(), 1100);
            QVERIFY2(summary.value().proposed > 300,
                     qPrintable(QString::number(summary.value().proposed)));
            QVERIFY(!summary.value().failures.isEmpty()); // the 2026 EB cases have no pack
            QVERIFY(AuditTrail(db).verify().ok());
            if (checkpointer) {
                // It checkpointed after the batches; the last one is done, the connection
                // has its own checkpoints back.
                QVERIFY(checkpointer->checkpointsDone() >= 3);
                QVERIFY(!checkpointer->isBusy());
                QCOMPARE(scalar(db, u"PRAGMA wal_autocheckpoint"_s), 1000);
                QSqlQuery log(db);
                QVERIFY(log.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s) && log.next());
                QCOMPARE(log.value(2).toInt(), log.value(1).toInt());
            }
            stored.append(QList<QStringList>());
            for (const QString &sql : queries)
                stored.last().append(rows(db, sql));
        }
        for (int r = 1; r < runs.size(); ++r) {
            for (int i = 0; i < queries.size(); ++i) {
                QVERIFY2(stored.first().at(i).size() > 0, qPrintable(queries.at(i)));
                QCOMPARE(stored.at(r).at(i), stored.first().at(i));
            }
        }
    }

    // A cancel request between batches leaves the stored batches and nothing of the batch
    // the threads were already evaluating.
    void cancelAfterTheFirstBatchKeepsIt()
    {
        auto cache = demoCache(u"cancel-later.cache"_s, 700);
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        QSqlQuery all(db);
        QVERIFY(all.exec(u"UPDATE cases SET status = 'received'"_s));
        std::atomic_bool cancel = false;
        InboxAutomation automation(db, m_registry);
        automation.setEvaluationThreads(2);
        auto summary = automation.run(
            [&](int done, int) {
                if (done > 0)
                    cancel = true;
            },
            &cancel);
        QVERIFY(summary.ok());
        QVERIFY(summary.value().cancelled);
        QCOMPARE(summary.value().proposed + summary.value().failures.size(),
                 InboxAutomation::batchSize);
        QCOMPARE(CaseRepository(db).caseIdsWithStatus(CaseStatus::Received).size(),
                 700 - InboxAutomation::batchSize);
    }

    // A batch that cannot be stored is rolled back whole and stops the run with the reason;
    // the batches before it stay.
    void failedBatchIsRolledBackWhole()
    {
        auto cache = demoCache(u"failing.cache"_s, 700);
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE cases SET status = 'received'"_s));
        const QStringList received = CaseRepository(db).caseIdsWithStatus(CaseStatus::Received);
        // The second batch's first case without a pack (EB in 2026) cannot even record
        // its error.
        QString victim;
        for (qsizetype i = InboxAutomation::batchSize; i < received.size() && victim.isEmpty();
             ++i) {
            if (received.at(i).startsWith(u"EB-"_s))
                victim = received.at(i);
        }
        QVERIFY(!victim.isEmpty());
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER refuse_error BEFORE INSERT ON automation_errors"
                       " WHEN NEW.case_ref = (SELECT id FROM cases WHERE case_id = '%1')"
                       " BEGIN SELECT RAISE(ABORT, 'the disk is full'); END"_s.arg(victim)));
        const int auditBefore = int(AuditTrail(db).count());
        const int storedBefore =
            ProposalRepository(db).count() + AutomationErrorRepository(db).count();

        InboxAutomation automation(db, m_registry);
        automation.setEvaluationThreads(2);
        auto summary = automation.run();
        QVERIFY(!summary.ok());
        QVERIFY2(summary.error().message.contains(u"the disk is full"_s),
                 qPrintable(summary.error().message));
        QCOMPARE(CaseRepository(db).caseIdsWithStatus(CaseStatus::Received),
                 received.mid(InboxAutomation::batchSize));
        QCOMPARE(ProposalRepository(db).count() + AutomationErrorRepository(db).count(),
                 storedBefore + InboxAutomation::batchSize);
        QCOMPARE(int(AuditTrail(db).count()), auditBefore + InboxAutomation::batchSize);
        QVERIFY(AuditTrail(db).verify().ok());
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
