// WhatIfRun: re-running decided cases with a pack. The unchanged shipped pack reports no
// change (overridden decisions included: the baseline is the proposal a decision was
// taken on); a copy with one riksnorm cell raised reports exactly the cases with a single
// adult in 2023; scope (last N, date range), cancel (before and mid-run), a worker thread
// with its own connection, that nothing is written, and that several evaluation threads
// give exactly the report of one.

#include "automation/pipeline/InboxAutomation.h"
#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "automation/rulepack/WhatIfRun.h"
#include "model/CacheDatabase.h"
#include "model/CaseDecisions.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/ProposalRepository.h"
#include "model/UserRepository.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
const QString EbPack = ShippedPacks + u"/ekonomiskt-bistand"_s;

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

int scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toInt() : -1;
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

} // namespace

class TestWhatIf : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    int m_decided = 0; // decided ekonomiskt-bistånd cases
    std::shared_ptr<const RulePack> m_eb;

    // The shipped EB pack, copied into `dir`, with riksnorm 2023 for a single adult
    // (3490) written as `norm`; null if that fails.
    static std::shared_ptr<const RulePack> packWithSingleAdultNorm(const QTemporaryDir &dir,
                                                                   const QByteArray &norm)
    {
        const QString copy = dir.filePath(u"eb"_s);
        if (!copyFolder(EbPack, copy))
            return nullptr;
        QFile file(copy + u"/ekonomiskt-bistand.dmn"_s);
        if (!file.open(QIODevice::ReadOnly))
            return nullptr;
        QByteArray dmn = file.readAll();
        file.close();
        const QByteArray cell =
            R"(<outputEntry><text>3490</text></outputEntry><outputEntry><text>"RN2023-V1"</text>)";
        if (dmn.count(cell) != 1)
            return nullptr;
        dmn.replace(cell, QByteArray(cell).replace("3490", norm));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(dmn) != dmn.size())
            return nullptr;
        file.close();
        auto pack = RulePackLoader::loadFolder(copy);
        return pack.ok() ? pack.value() : nullptr;
    }
    // Riksnorm 2023 for a single adult 3 490 → 3 590 kr.
    static std::shared_ptr<const RulePack> raisedNormPack(const QTemporaryDir &dir)
    {
        return packWithSingleAdultNorm(dir, "3590");
    }
    // A norm that is not a number: single applicants in 2023 cannot be evaluated, so a run
    // has failures among its changes.
    static std::shared_ptr<const RulePack> brokenNormPack(const QTemporaryDir &dir)
    {
        return packWithSingleAdultNorm(dir, "&quot;x&quot;");
    }

    // Every field of two reports, the changes one by one.
    static void compareReports(const WhatIfReport &actual, const WhatIfReport &expected)
    {
        QCOMPARE(actual.total, expected.total);
        QCOMPARE(actual.evaluated, expected.evaluated);
        QCOMPARE(actual.changedOutcome, expected.changedOutcome);
        QCOMPARE(actual.changedAmount, expected.changedAmount);
        QCOMPARE(actual.failed, expected.failed);
        QCOMPARE(actual.amountDifferenceKronor, expected.amountDifferenceKronor);
        QCOMPARE(actual.cancelled, expected.cancelled);
        QCOMPARE(actual.changes.size(), expected.changes.size());
        for (qsizetype i = 0; i < expected.changes.size(); ++i) {
            const WhatIfChange &a = actual.changes.at(i);
            const WhatIfChange &e = expected.changes.at(i);
            QCOMPARE(a.caseId, e.caseId);
            QCOMPARE(a.applicationDate, e.applicationDate);
            QCOMPARE(a.decidedAt, e.decidedAt);
            QCOMPARE(a.oldOutcome, e.oldOutcome);
            QCOMPARE(a.oldAmountKronor, e.oldAmountKronor);
            QCOMPARE(a.decidedOutcome, e.decidedOutcome);
            QCOMPARE(a.decidedAmountKronor, e.decidedAmountKronor);
            QCOMPARE(a.newOutcome, e.newOutcome);
            QCOMPARE(a.newAmountKronor, e.newAmountKronor);
            QCOMPARE(a.error, e.error);
        }
    }

private Q_SLOTS:
    // A decided history: demo cases received late in 2023 (the shipped EB pack covers
    // 2019–2023), proposals by InboxAutomation with the shipped packs, then each proposal
    // confirmed through CaseDecisions (one overridden).
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto cache = CacheDatabase::open(m_dir.filePath(u"whatif.db"_s), "pass",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        m_cache = std::move(cache.value());
        QSqlDatabase db = m_cache->database();
        DemoCaseGenerator generator(11);
        QVERIFY(generator.fill(db, 1200, QDate(2023, 12, 31)).ok());

        RulePackRegistry registry;
        QVERIFY(ProposeCommand::installPacks({ShippedPacks}, registry).isEmpty());
        // The demo generator ages cases into later statuses; here every case starts received.
        QSqlQuery reset(db);
        QVERIFY(reset.exec(u"UPDATE cases SET status = 'received'"_s));
        const auto automated = InboxAutomation(db, registry).run();
        QVERIFY2(automated.ok(),
                 qPrintable(automated.ok() ? QString() : automated.error().message));

        auto caseworker =
            UserRepository(db).add(u"whatif-test"_s, u"What-if test"_s, UserRole::Caseworker);
        QVERIFY2(caseworker.ok(),
                 qPrintable(caseworker.ok() ? QString() : caseworker.error().message));
        CaseDecisions decisions(db, caseworker.value());
        bool overridden = false;
        int confirmed = 0;
        for (const QString &id : CaseRepository(db).caseIdsWithStatus(CaseStatus::Proposed)) {
            const auto proposal = ProposalRepository(db).find(id);
            QVERIFY2(proposal, qPrintable(id));
            // One decision overridden: the caseworker decided otherwise than proposed. The
            // what-if baseline stays the proposal.
            if (!overridden && id.startsWith(u"EB-"_s) && proposal->outcome == u"bifall"_s) {
                const auto decided = decisions.override(
                    id, u"avslag"_s, std::nullopt, u"Inkomst som inte redovisats i ansökan."_s);
                QVERIFY2(decided.ok(),
                         qPrintable(decided.ok() ? QString() : decided.error().message));
                overridden = true;
                continue;
            }
            // Proposals a caseworker cannot confirm as they stand (completion, manual
            // assessment) are left undecided.
            confirmed += decisions.confirm(id).ok() ? 1 : 0;
        }
        QVERIFY(overridden);
        QVERIFY2(confirmed >= 80, qPrintable(QString::number(confirmed)));
        m_decided = scalar(db, u"SELECT COUNT(*) FROM decisions d JOIN cases c ON c.id ="
                               u" d.case_ref WHERE c.case_type = 'ekonomiskt-bistand'"_s);
        QVERIFY2(m_decided >= 80, qPrintable(QString::number(m_decided)));
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM decisions WHERE kind = 'overridden'"_s), 1);

        auto eb = RulePackLoader::loadFolder(EbPack);
        QVERIFY2(eb.ok(), qPrintable(eb.ok() ? QString() : describe(eb.error())));
        m_eb = eb.value();
    }

    void cleanupTestCase() { m_cache.reset(); }

    void unchangedPackReportsNoChange()
    {
        const int decisionsBefore =
            scalar(m_cache->database(), u"SELECT COUNT(*) FROM decisions"_s);
        const int proposalsBefore =
            scalar(m_cache->database(), u"SELECT COUNT(*) FROM proposals"_s);
        QList<std::pair<int, int>> progress;
        const auto report = WhatIfRun(m_cache->database(), m_eb).run({}, [&](int done, int total) {
            progress.append({done, total});
        });
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->total, m_decided);
        QCOMPARE(report->evaluated, m_decided);
        QCOMPARE(report->failed, 0);
        QCOMPARE(report->changedOutcome, 0);
        QCOMPARE(report->changedAmount, 0);
        QCOMPARE(report->amountDifferenceKronor, qint64(0));
        QVERIFY(report->changes.isEmpty());
        QVERIFY(!report->cancelled);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.first(), (std::pair<int, int>{0, m_decided}));
        QCOMPARE(progress.last(), (std::pair<int, int>{m_decided, m_decided}));
        // Never writes.
        QCOMPARE(scalar(m_cache->database(), u"SELECT COUNT(*) FROM decisions"_s), decisionsBefore);
        QCOMPARE(scalar(m_cache->database(), u"SELECT COUNT(*) FROM proposals"_s), proposalsBefore);
    }

    // Riksnorm 2023 for a single adult 3 490 → 3 590 kr: exactly the cases without a
    // partner whose month is in 2023 may change, granted ones by exactly +100 kr with the
    // same outcome; every other case is unchanged.
    void raisedNormReportsExactlyTheAffectedCases()
    {
        QTemporaryDir tmp;
        const auto changed = raisedNormPack(tmp);
        QVERIFY(changed);

        // Which cases the change can touch, decided from the applications alone.
        QSet<QString> single2023Granted;
        QSet<QString> single2023Other;
        QSqlQuery q(m_cache->database());
        QVERIFY(q.exec(u"SELECT c.case_id, c.payload, d.proposed_outcome FROM decisions d"
                       u" JOIN cases c ON c.id = d.case_ref"
                       u" WHERE c.case_type = 'ekonomiskt-bistand'"_s));
        while (q.next()) {
            const QJsonObject application =
                QJsonDocument::fromJson(q.value(1).toByteArray()).object();
            bool partner = false;
            for (const QJsonValue &p : application[u"household"_s].toArray())
                partner |= p[u"relation"_s].toString() == u"partner"_s;
            if (partner ||
                !application[u"details"_s][u"period"_s].toString().startsWith(u"2023-"_s))
                continue;
            const QString outcome = q.value(2).toString();
            if (outcome == u"bifall"_s || outcome == u"delvis_bifall"_s)
                single2023Granted.insert(q.value(0).toString());
            else
                single2023Other.insert(q.value(0).toString());
        }
        QVERIFY2(single2023Granted.size() >= 5,
                 qPrintable(QString::number(single2023Granted.size())));

        const auto report = WhatIfRun(m_cache->database(), changed).run({});
        QVERIFY(report.ok());
        QCOMPARE(report->total, m_decided);
        QCOMPARE(report->failed, 0);
        QSet<QString> changedIds;
        qint64 difference = 0;
        for (const WhatIfChange &c : report->changes) {
            changedIds.insert(c.caseId);
            if (single2023Granted.contains(c.caseId)) {
                QCOMPARE(c.newOutcome, c.oldOutcome);
                QCOMPARE(c.newAmountKronor.value_or(0) - c.oldAmountKronor.value_or(0),
                         qint64(100));
            } else {
                // An avslag whose incomes beat the need by less than 100 kr turns into a
                // small grant; nothing else may move.
                QVERIFY2(single2023Other.contains(c.caseId), qPrintable(c.caseId));
                QCOMPARE(c.oldOutcome, u"avslag"_s);
                QVERIFY(c.newAmountKronor.value_or(0) <= 100);
            }
            difference += c.newAmountKronor.value_or(0) - c.oldAmountKronor.value_or(0);
        }
        for (const QString &id : std::as_const(single2023Granted))
            QVERIFY2(changedIds.contains(id), qPrintable(id + u" did not change"_s));
        QCOMPARE(report->changedAmount, int(report->changes.size()));
        QCOMPARE(report->amountDifferenceKronor, difference);
        QVERIFY(report->amountDifferenceKronor >= 100 * single2023Granted.size());
    }

    void scopeLastAndDateRange()
    {
        const auto last = WhatIfRun(m_cache->database(), m_eb).run(WhatIfScope::last(10));
        QVERIFY(last.ok());
        QCOMPARE(last->total, 10);
        QCOMPARE(last->evaluated, 10);

        // Every decision was taken today (UTC).
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const auto day =
            WhatIfRun(m_cache->database(), m_eb).run(WhatIfScope::decidedBetween(today, today));
        QVERIFY(day.ok());
        QCOMPARE(day->total, m_decided);
        const auto before = WhatIfRun(m_cache->database(), m_eb)
                                .run(WhatIfScope::decidedBetween({}, today.addDays(-1)));
        QVERIFY(before.ok());
        QCOMPARE(before->total, 0);
        const auto after = WhatIfRun(m_cache->database(), m_eb)
                               .run(WhatIfScope::decidedBetween(today.addDays(1), {}));
        QVERIFY(after.ok());
        QCOMPARE(after->total, 0);
    }

    // A pack of another period finds no decided case to compare.
    void packOutsideTheCasesDatesHasNothingInScope()
    {
        auto bp = RulePackLoader::loadFolder(ShippedPacks + u"/boendeparkering"_s);
        QVERIFY(bp.ok());
        const auto report = WhatIfRun(m_cache->database(), bp.value()).run({});
        QVERIFY(report.ok());
        QCOMPARE(report->total, 0);
    }

    void cancelStopsTheRun()
    {
        std::atomic_bool cancel{false};
        const auto report = WhatIfRun(m_cache->database(), m_eb)
                                .run(
                                    {}, [&](int, int) { cancel = true; }, &cancel);
        QVERIFY(report.ok());
        QVERIFY(report->cancelled);
        QCOMPARE(report->evaluated, 0);
        QCOMPARE(report->total, m_decided);
    }

    // One worker or several, the report is the same to the last field and in the same
    // order (most recently decided first): with changed amounts (the raised norm) and
    // with failures (a norm cell that is not a number).
    void parallelRunGivesTheSequentialReport_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::newRow("raised norm") << u"raised"_s;
        QTest::newRow("broken norm") << u"broken"_s;
    }

    void parallelRunGivesTheSequentialReport()
    {
        QFETCH(QString, pack);
        QTemporaryDir tmp;
        const auto changed = pack == u"raised"_s ? raisedNormPack(tmp) : brokenNormPack(tmp);
        QVERIFY(changed);
        WhatIfRun sequential(m_cache->database(), changed);
        sequential.setWorkers(1);
        const auto expected = sequential.run({});
        QVERIFY(expected.ok());
        QVERIFY(expected->changes.size() >= 5);
        if (pack == u"broken"_s) {
            QVERIFY(expected->failed >= 5);
            QVERIFY(expected->evaluated >= 5);
        }
        for (const int workers : {2, 3, 8}) {
            WhatIfRun parallel(m_cache->database(), changed);
            parallel.setWorkers(workers);
            QList<std::pair<int, int>> progress;
            const auto report = parallel.run({}, [&](int done, int total) {
                progress.append({done, total});
            });
            QVERIFY(report.ok());
            compareReports(report.value(), expected.value());
            QCOMPARE(progress.first(), (std::pair<int, int>{0, m_decided}));
            QCOMPARE(progress.last(), (std::pair<int, int>{m_decided, m_decided}));
            for (qsizetype i = 1; i < progress.size(); ++i)
                QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
        }
        // The last N and a date range too.
        WhatIfRun parallel(m_cache->database(), changed);
        parallel.setWorkers(4);
        const auto lastSequential = sequential.run(WhatIfScope::last(40));
        const auto lastParallel = parallel.run(WhatIfScope::last(40));
        QVERIFY(lastSequential.ok() && lastParallel.ok());
        QCOMPARE(lastParallel->total, 40);
        compareReports(lastParallel.value(), lastSequential.value());
    }

    // Cancelled after 30 cases (from the progress callback, as the panel's Cancel button
    // would between two cases): the counts cover exactly those 30, the changes are the
    // first ones of the whole run, and the run says it was cancelled.
    void cancelMidRunCountsWhatRan()
    {
        QTemporaryDir tmp;
        const auto changed = raisedNormPack(tmp);
        QVERIFY(changed);
        WhatIfRun whole(m_cache->database(), changed);
        whole.setWorkers(1);
        const auto full = whole.run({});
        QVERIFY(full.ok());
        QVERIFY(m_decided > 60);

        std::atomic_bool cancel{false};
        WhatIfRun parallel(m_cache->database(), changed);
        parallel.setWorkers(3);
        int lastDone = 0;
        const auto report = parallel.run(
            {},
            [&](int done, int) {
                lastDone = done;
                if (done >= 30)
                    cancel = true;
            },
            &cancel);
        QVERIFY(report.ok());
        QVERIFY(report->cancelled);
        QCOMPARE(report->total, m_decided);
        QCOMPARE(report->evaluated + report->failed, 30);
        QCOMPARE(lastDone, 30);
        QVERIFY(report->changes.size() < full->changes.size());
        qint64 difference = 0;
        for (qsizetype i = 0; i < report->changes.size(); ++i) {
            QCOMPARE(report->changes.at(i).caseId, full->changes.at(i).caseId);
            difference += report->changes.at(i).newAmountKronor.value_or(0) -
                          report->changes.at(i).oldAmountKronor.value_or(0);
        }
        QCOMPARE(report->amountDifferenceKronor, difference);
    }

    void runsOnAWorkerThreadWithItsOwnConnection()
    {
        std::optional<Result<WhatIfReport>> result;
        QThread *worker = QThread::create([&] {
            auto connection = m_cache->openAnotherConnection();
            if (!connection) {
                result.emplace(Problem{connection.error().message, {}, 0, {}});
                return;
            }
            result.emplace(
                WhatIfRun(connection.value()->database(), m_eb).run(WhatIfScope::last(25)));
        });
        worker->start();
        QVERIFY(worker->wait(120000));
        delete worker;
        QVERIFY(result.has_value());
        QVERIFY2(result->ok(), qPrintable(result->ok() ? QString() : result->error().message));
        QCOMPARE(result->value().evaluated, 25);
        QCOMPARE(result->value().changedOutcome, 0);
    }
};

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
