// WhatIfRun: re-running decided cases with a pack. The unchanged shipped pack reports no
// change (overridden decisions included: the baseline is the proposal a decision was
// taken on); a copy with one riksnorm cell raised reports exactly the cases with a single
// adult in 2023; scope (last N, date range), cancel, a worker thread with its own
// connection, and that nothing is written.

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
        const QString copy = tmp.filePath(u"eb"_s);
        QVERIFY(copyFolder(EbPack, copy));
        const QString model = copy + u"/ekonomiskt-bistand.dmn"_s;
        QFile file(model);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray dmn = file.readAll();
        file.close();
        const QByteArray cell =
            R"(<outputEntry><text>3490</text></outputEntry><outputEntry><text>"RN2023-V1"</text>)";
        QCOMPARE(dmn.count(cell), 1);
        dmn.replace(cell, QByteArray(cell).replace("3490", "3590"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(dmn), dmn.size());
        file.close();
        auto changed = RulePackLoader::loadFolder(copy);
        QVERIFY(changed.ok());

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

        const auto report = WhatIfRun(m_cache->database(), changed.value()).run({});
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
