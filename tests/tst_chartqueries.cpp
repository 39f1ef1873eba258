// ChartQueries: every figure of the team lead's charts on a small hand-made history whose
// numbers are worked out below by hand — empty periods are zero, a reopened decision no
// longer counts, each filter narrows what it should and nothing else; the tallies the
// triggers keep equal the ones migration 6 computes from the same rows; percentiles.

#include "model/CacheDatabase.h"
#include "model/ChartPercentile.h"
#include "model/ChartQueries.h"
#include "model/DemoHistoryGenerator.h"
#include "model/SchemaMigrations.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace casebench;

namespace {

const QDate Today(2026, 3, 20);

// The history (2026; 1 March is a Sunday, so ISO weeks start 23 Feb, 2, 9 and 16 March):
//  C0 eb  received 20 Feb, due 6 Mar, still proposed                 (open, late by 14 days)
//  C1 eb  received 2 Mar, due 16 Mar, confirmed 4 Mar by hand1        lead 2, rules R1 R2
//  C2 eb  received 2 Mar, due 16 Mar, overridden 5 Mar by hand2, spot-checked  lead 3, R1
//  C3 bp  received 3 Mar, due 5 Mar, confirmed 10 Mar by hand1        lead 7, late, BP-P1
//  C4 eb  received 4 Mar, returned 6 Mar by hand2 (proposal komplettering)
//  C5 eb  received 5 Mar, automation error 5 Mar, decided by hand1 12 Mar     manual, lead 7
//  C6 eb  received 10 Mar, due 18 Mar, still proposed                 (open, late by 2 days)
//  C7 eb  received 11 Mar, due 25 Mar, confirmed 12 Mar by hand2, reopened 13 Mar,
//         overridden 16 Mar by hand1                                  lead 5, R1
class History
{
public:
    explicit History(QSqlDatabase db) : m_db(db) {}

    qint64 user(const QString &login)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, created_at)"
                                 " VALUES (?, ?, 'caseworker', '2026-01-01T00:00:00.000Z')"));
        q.addBindValue(login);
        q.addBindValue(login.toUpper());
        exec(q);
        return q.lastInsertId().toLongLong();
    }

    qint64 addCase(const QString &caseId, const QString &type, const QString &received,
                   const QString &status, const QString &due = {})
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral(
            "INSERT INTO cases (case_id, case_type, received_at, application_date, status,"
            " applicant_personnummer, applicant_name, household_size, due_on, payload, imported_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, '19800101-0000', 'Test', 1, ?, '{}', ?, ?)"));
        q.addBindValue(caseId);
        q.addBindValue(type);
        q.addBindValue(received + QStringLiteral("T09:15:00.000Z"));
        q.addBindValue(received);
        q.addBindValue(status);
        q.addBindValue(due.isEmpty() ? QVariant() : QVariant(due));
        q.addBindValue(received + QStringLiteral("T09:15:00.000Z"));
        q.addBindValue(received + QStringLiteral("T09:15:00.000Z"));
        exec(q);
        return q.lastInsertId().toLongLong();
    }

    void propose(qint64 caseRef, const QString &outcome, const QString &pack,
                 const QString &version, const QList<std::pair<QString, QString>> &rules,
                 bool spotCheck = false)
    {
        QSqlQuery q(m_db);
        q.prepare(
            QStringLiteral("INSERT INTO proposals (case_ref, outcome, spot_check, pack_id,"
                           " pack_version, pack_hash, proposal, created_at)"
                           " VALUES (?, ?, ?, ?, ?, 'hash', '{}', '2026-03-01T00:00:00.000Z')"));
        q.addBindValue(caseRef);
        q.addBindValue(outcome);
        q.addBindValue(spotCheck ? 1 : 0);
        q.addBindValue(pack);
        q.addBindValue(version);
        exec(q);
        for (const auto &[decision, rule] : rules) {
            QSqlQuery r(m_db);
            r.prepare(QStringLiteral(
                "INSERT INTO proposal_rules (case_ref, decision, rule_id) VALUES (?, ?, ?)"));
            r.addBindValue(caseRef);
            r.addBindValue(decision);
            r.addBindValue(rule);
            exec(r);
        }
    }

    qint64 decide(qint64 caseRef, const QString &kind, const QString &proposed, qint64 by,
                  const QString &when, const QString &pack = {}, const QString &version = {},
                  bool spotCheck = false)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO decisions (case_ref, kind, outcome, proposed_outcome,"
                                 " spot_check, decided_by, decided_at, pack_id, pack_version)"
                                 " VALUES (?, ?, 'bifall', ?, ?, ?, ?, ?, ?)"));
        q.addBindValue(caseRef);
        q.addBindValue(kind);
        q.addBindValue(proposed.isEmpty() ? QVariant() : QVariant(proposed));
        q.addBindValue(spotCheck ? 1 : 0);
        q.addBindValue(by);
        q.addBindValue(when + QStringLiteral("T14:00:00.000Z"));
        q.addBindValue(pack.isEmpty() ? QVariant() : QVariant(pack));
        q.addBindValue(version.isEmpty() ? QVariant() : QVariant(version));
        exec(q);
        return q.lastInsertId().toLongLong();
    }

    void reopen(qint64 decisionId, qint64 by, const QString &when)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE decisions SET reopened_at = ?, reopened_by = ?,"
                                 " reopen_reason = 'test' WHERE id = ?"));
        q.addBindValue(when + QStringLiteral("T08:00:00.000Z"));
        q.addBindValue(by);
        q.addBindValue(decisionId);
        exec(q);
    }

    void automationError(qint64 caseRef, const QString &when)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO automation_errors (case_ref, message, occurred_at)"
                                 " VALUES (?, 'no pack', ?)"));
        q.addBindValue(caseRef);
        q.addBindValue(when + QStringLiteral("T09:16:00.000Z"));
        exec(q);
    }

    bool failed = false;

private:
    void exec(QSqlQuery &q)
    {
        if (!q.exec()) {
            qWarning() << q.lastError().text();
            failed = true;
        }
    }
    QSqlDatabase m_db;
};

const QString EB = QStringLiteral("ekonomiskt-bistand");
const QString BP = QStringLiteral("boendeparkering");
const std::pair<QString, QString> R1{QStringLiteral("Förslag"), QStringLiteral("R1")};
const std::pair<QString, QString> R2{QStringLiteral("Belopp"), QStringLiteral("R2")};
const std::pair<QString, QString> P1{QStringLiteral("Beslutsregel"), QStringLiteral("BP-P1")};

ChartFilter march(ChartPeriod period = ChartPeriod::Week)
{
    ChartFilter f;
    f.from = QDate(2026, 3, 1);
    f.to = QDate(2026, 3, 22);
    f.period = period;
    return f;
}

QDate d(int month, int day)
{
    return QDate(2026, month, day);
}

} // namespace

class TestChartQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    qint64 m_hand1 = 0, m_hand2 = 0;

    ChartQueries queries() const
    {
        ChartQueries q(m_cache->database(), m_cache->dialect());
        q.setToday(Today);
        return q;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto cache = CacheDatabase::open(m_dir.filePath(QStringLiteral("charts.cache")), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY2(cache.ok(), qPrintable(cache.ok() ? QString() : cache.error().message));
        m_cache = std::move(cache.value());
        History h(m_cache->database());
        m_hand1 = h.user(QStringLiteral("hand1"));
        m_hand2 = h.user(QStringLiteral("hand2"));

        h.addCase(QStringLiteral("C0"), EB, QStringLiteral("2026-02-20"),
                  QStringLiteral("proposed"), QStringLiteral("2026-03-06"));
        const qint64 c1 = h.addCase(QStringLiteral("C1"), EB, QStringLiteral("2026-03-02"),
                                    QStringLiteral("decided"), QStringLiteral("2026-03-16"));
        h.propose(c1, QStringLiteral("bifall"), QStringLiteral("eb"), QStringLiteral("2023.1"),
                  {R1, R2});
        h.decide(c1, QStringLiteral("confirmed"), QStringLiteral("bifall"), m_hand1,
                 QStringLiteral("2026-03-04"), QStringLiteral("eb"), QStringLiteral("2023.1"));
        const qint64 c2 = h.addCase(QStringLiteral("C2"), EB, QStringLiteral("2026-03-02"),
                                    QStringLiteral("decided"), QStringLiteral("2026-03-16"));
        h.propose(c2, QStringLiteral("bifall"), QStringLiteral("eb"), QStringLiteral("2023.1"),
                  {R1}, true);
        h.decide(c2, QStringLiteral("overridden"), QStringLiteral("bifall"), m_hand2,
                 QStringLiteral("2026-03-05"), QStringLiteral("eb"), QStringLiteral("2023.1"),
                 true);
        const qint64 c3 = h.addCase(QStringLiteral("C3"), BP, QStringLiteral("2026-03-03"),
                                    QStringLiteral("decided"), QStringLiteral("2026-03-05"));
        h.propose(c3, QStringLiteral("bifall"), QStringLiteral("bp"), QStringLiteral("2026.1"),
                  {P1});
        h.decide(c3, QStringLiteral("confirmed"), QStringLiteral("bifall"), m_hand1,
                 QStringLiteral("2026-03-10"), QStringLiteral("bp"), QStringLiteral("2026.1"));
        const qint64 c4 = h.addCase(QStringLiteral("C4"), EB, QStringLiteral("2026-03-04"),
                                    QStringLiteral("returned"), QStringLiteral("2026-03-18"));
        h.propose(c4, QStringLiteral("komplettering"), QStringLiteral("eb"),
                  QStringLiteral("2023.1"), {R2});
        h.decide(c4, QStringLiteral("returned"), QStringLiteral("komplettering"), m_hand2,
                 QStringLiteral("2026-03-06"), QStringLiteral("eb"), QStringLiteral("2023.1"));
        const qint64 c5 = h.addCase(QStringLiteral("C5"), EB, QStringLiteral("2026-03-05"),
                                    QStringLiteral("decided"));
        h.automationError(c5, QStringLiteral("2026-03-05"));
        h.decide(c5, QStringLiteral("overridden"), QString(), m_hand1,
                 QStringLiteral("2026-03-12"));
        h.addCase(QStringLiteral("C6"), EB, QStringLiteral("2026-03-10"),
                  QStringLiteral("proposed"), QStringLiteral("2026-03-18"));
        const qint64 c7 = h.addCase(QStringLiteral("C7"), EB, QStringLiteral("2026-03-11"),
                                    QStringLiteral("decided"), QStringLiteral("2026-03-25"));
        h.propose(c7, QStringLiteral("bifall"), QStringLiteral("eb"), QStringLiteral("2023.1"),
                  {R1});
        const qint64 first =
            h.decide(c7, QStringLiteral("confirmed"), QStringLiteral("bifall"), m_hand2,
                     QStringLiteral("2026-03-12"), QStringLiteral("eb"), QStringLiteral("2023.1"));
        h.reopen(first, m_hand1, QStringLiteral("2026-03-13"));
        h.decide(c7, QStringLiteral("overridden"), QStringLiteral("bifall"), m_hand1,
                 QStringLiteral("2026-03-16"), QStringLiteral("eb"), QStringLiteral("2023.1"));
        QVERIFY(!h.failed);
    }

    void throughputByWeekFillsEmptyWeeksAndTracksTheQueue()
    {
        auto points = queries().throughput(march());
        QVERIFY(points.ok());
        QCOMPARE(points->size(), 4);
        const QList<QDate> weeks{d(2, 23), d(3, 2), d(3, 9), d(3, 16)};
        const QList<qint64> received{0, 5, 2, 0}, decided{0, 2, 2, 1}, open{1, 3, 3, 2};
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(points->at(i).period, weeks.at(i));
            QCOMPARE(points->at(i).received, received.at(i));
            QCOMPARE(points->at(i).decided, decided.at(i));
            QCOMPARE(points->at(i).openAtEnd, open.at(i));
        }
    }

    void throughputByDayAndMonth()
    {
        ChartFilter f = march(ChartPeriod::Day);
        f.to = d(3, 3);
        auto days = queries().throughput(f);
        QVERIFY(days.ok());
        QCOMPARE(days->size(), 3);
        QCOMPARE(days->at(0).received, 0); // 1 March: nothing, still a point
        QCOMPARE(days->at(1).received, 2);
        QCOMPARE(days->at(2).received, 1);
        QCOMPARE(days->at(2).openAtEnd, 4);

        f = march(ChartPeriod::Month);
        f.to = d(3, 31);
        auto months = queries().throughput(f);
        QVERIFY(months.ok());
        QCOMPARE(months->size(), 1);
        QCOMPARE(months->at(0).period, d(3, 1));
        QCOMPARE(months->at(0).received, 7);
        QCOMPARE(months->at(0).decided, 5);
        QCOMPARE(months->at(0).openAtEnd, 2);
    }

    void automationShareCountsCurrentDecisionsOnly()
    {
        auto points = queries().automationShare(march());
        QVERIFY(points.ok());
        QCOMPARE(points->size(), 4);
        QCOMPARE(points->at(0).total(), 0);
        QCOMPARE(points->at(1).confirmed, 1);
        QCOMPARE(points->at(1).overridden, 1);
        QCOMPARE(points->at(1).returned, 1);
        QCOMPARE(points->at(1).manual, 0);
        QCOMPARE(points->at(2).confirmed, 1); // C7's reopened confirmation is gone
        QCOMPARE(points->at(2).overridden, 0);
        QCOMPARE(points->at(2).manual, 1);
        QCOMPARE(points->at(3).overridden, 1);
        QCOMPARE(points->at(3).total(), 1);
    }

    void errorRatesPerWeek()
    {
        auto points = queries().errorRates(march());
        QVERIFY(points.ok());
        QCOMPARE(points->size(), 4);
        QVERIFY(!points->at(0).overrideRate());
        QCOMPARE(points->at(1).overrideRate().value(), 0.5);
        QCOMPARE(points->at(1).spotChecked, 1);
        QCOMPARE(points->at(1).spotCheckFailures, 1);
        QCOMPARE(points->at(1).automationErrors, 1);
        QCOMPARE(points->at(2).overrideRate().value(), 0.0);
        QCOMPARE(points->at(2).automationErrors, 0);
        QCOMPARE(points->at(3).overrideRate().value(), 1.0);
        QCOMPARE(points->at(3).spotCheckFailures, 0);
    }

    void rulesMostOverriddenFirstWithTheirCases()
    {
        auto rows = queries().ruleOverrides(march());
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 3); // R2 on C4 was returned, not decided: counted once (C1)
        QCOMPARE(rows->at(0).ruleId, QStringLiteral("R1"));
        QCOMPARE(rows->at(0).decision, QStringLiteral("Förslag"));
        QCOMPARE(rows->at(0).matched, 3);
        QCOMPARE(rows->at(0).overridden, 2);
        QCOMPARE(rows->at(1).ruleId, QStringLiteral("BP-P1"));
        QCOMPARE(rows->at(1).matched, 1);
        QCOMPARE(rows->at(1).overridden, 0);
        QCOMPARE(rows->at(2).ruleId, QStringLiteral("R2"));
        QCOMPARE(rows->at(2).matched, 1);

        auto overridden = queries().casesForRule(R1.first, R1.second, march(), true);
        QVERIFY(overridden.ok());
        QCOMPARE(overridden.value(), (QStringList{QStringLiteral("C7"), QStringLiteral("C2")}));
        auto matched = queries().casesForRule(R1.first, R1.second, march(), false);
        QVERIFY(matched.ok());
        QCOMPARE(matched.value(),
                 (QStringList{QStringLiteral("C7"), QStringLiteral("C2"), QStringLiteral("C1")}));
    }

    void leadTimesMedianAndNinetiethPercentile()
    {
        auto lead = queries().leadTimes(march());
        QVERIFY(lead.ok());
        QCOMPARE(lead->points.size(), 4);
        QCOMPARE(lead->points.at(0).decided, 0);
        QVERIFY(!lead->points.at(0).medianDays);
        QCOMPARE(lead->points.at(1).decided, 2);
        QCOMPARE(lead->points.at(1).medianDays.value(), 2.5); // 2 and 3 days
        QCOMPARE(lead->points.at(1).p90Days.value(), 2.9);
        QCOMPARE(lead->points.at(2).medianDays.value(), 7.0);
        QCOMPARE(lead->points.at(2).pastDeadline, 1); // C3
        QCOMPARE(lead->points.at(3).medianDays.value(), 5.0);
        QCOMPARE(lead->medianDays.value(), 5.0); // 2 3 5 7 7
        QCOMPARE(lead->p90Days.value(), 7.0);
        QCOMPARE(lead->decidedPastDeadline, 1);
        QCOMPARE(lead->openPastDeadline, 2); // C0, C6

        auto late = queries().casesPastDeadline(march());
        QVERIFY(late.ok());
        QCOMPARE(late->size(), 3);
        QCOMPARE(late->at(0).caseId, QStringLiteral("C0"));
        QCOMPARE(late->at(0).daysLate, 14);
        QVERIFY(!late->at(0).decided.isValid());
        QCOMPARE(late->at(1).caseId, QStringLiteral("C3"));
        QCOMPARE(late->at(1).daysLate, 5);
        QCOMPARE(late->at(1).decided, d(3, 10));
        QCOMPARE(late->at(2).caseId, QStringLiteral("C6"));
    }

    void summaryStrip()
    {
        auto data = queries().all(march());
        QVERIFY(data.ok());
        const ChartSummary &s = data->summary;
        QCOMPARE(s.decided, 5);
        QCOMPARE(s.shareWithoutChange.value(), 2.0 / 6.0); // C1, C3 of six handled
        QCOMPARE(s.overrideRate.value(), 0.5);             // C2, C7 of four proposals decided
        QCOMPARE(s.medianLeadDays.value(), 5.0);
        QCOMPARE(s.pastDeadline, 3);
    }

    void caseTypeFilterNarrowsEverything()
    {
        ChartFilter f = march();
        f.caseType = BP;
        auto data = queries().all(f);
        QVERIFY(data.ok());
        QCOMPARE(data->throughput.at(1).received, 1);
        QCOMPARE(data->throughput.at(1).openAtEnd, 1);
        QCOMPARE(data->throughput.at(2).decided, 1);
        QCOMPARE(data->throughput.at(2).openAtEnd, 0);
        QCOMPARE(data->ruleOverrides.size(), 1);
        QCOMPARE(data->ruleOverrides.at(0).ruleId, QStringLiteral("BP-P1"));
        QCOMPARE(data->errorRates.at(1).automationErrors, 0);
        QCOMPARE(data->leadTimes.medianDays.value(), 7.0);
        QCOMPARE(data->leadTimes.openPastDeadline, 0);
        QCOMPARE(data->summary.pastDeadline, 1);
    }

    void caseworkerFilterNarrowsDecisionsOnly()
    {
        ChartFilter f = march();
        f.decidedBy = m_hand2;
        auto data = queries().all(f);
        QVERIFY(data.ok());
        QCOMPARE(data->summary.decided, 1); // C2; hand2's confirmation of C7 was reopened
        QCOMPARE(data->automationShare.at(1).overridden, 1);
        QCOMPARE(data->automationShare.at(1).returned, 1);
        QCOMPARE(data->automationShare.at(3).total(), 0);
        QCOMPARE(data->throughput.at(1).received, 5); // received cases have no caseworker
        QCOMPARE(data->throughput.at(3).openAtEnd, 2);
        QCOMPARE(data->errorRates.at(1).automationErrors, 1);
        QCOMPARE(data->ruleOverrides.size(), 1);
        QCOMPARE(data->ruleOverrides.at(0).ruleId, QStringLiteral("R1"));
        QCOMPARE(data->ruleOverrides.at(0).overridden, 1);
        auto cases = queries().casesForRule(R1.first, R1.second, f, false);
        QVERIFY(cases.ok());
        QCOMPARE(cases.value(), QStringList{QStringLiteral("C2")});
    }

    void packFilterNarrowsDecisionsOnly()
    {
        ChartFilter f = march();
        f.packId = QStringLiteral("bp");
        f.packVersion = QStringLiteral("2026.1");
        auto data = queries().all(f);
        QVERIFY(data.ok());
        QCOMPARE(data->summary.decided, 1);
        QCOMPARE(data->automationShare.at(2).confirmed, 1);
        QCOMPARE(data->automationShare.at(2).manual, 0);
        QCOMPARE(data->leadTimes.decidedPastDeadline, 1);
        f.packVersion = QStringLiteral("2025.1");
        auto none = queries().all(f);
        QVERIFY(none.ok());
        QCOMPARE(none->summary.decided, 0);
        QVERIFY(!none->summary.overrideRate);
        QVERIFY(!none->summary.medianLeadDays);
    }

    void filterChoices()
    {
        const auto packs = queries().packChoices();
        QCOMPARE(packs.size(), 2);
        QCOMPARE(packs.at(0).code, QStringLiteral("bp 2026.1"));
        const auto workers = queries().caseworkerChoices();
        QCOMPARE(workers.size(), 2);
        QCOMPARE(workers.at(0).code, QString::number(m_hand1));
        QVERIFY(queries().caseTypeChoices().size() >= 3);
    }

    void aRangeWithoutDataIsAllZero()
    {
        ChartFilter f;
        f.from = d(1, 5);
        f.to = d(1, 18);
        auto data = queries().all(f);
        QVERIFY(data.ok());
        QCOMPARE(data->throughput.size(), 2);
        for (const auto &p : data->throughput) {
            QCOMPARE(p.received, 0);
            QCOMPARE(p.openAtEnd, 0);
        }
        QCOMPARE(data->summary.decided, 0);
        QVERIFY(data->ruleOverrides.isEmpty());
        f.to = d(1, 1);
        QVERIFY(!queries().throughput(f).ok()); // to before from
    }

    void aSingleCase()
    {
        auto cache = CacheDatabase::open(m_dir.filePath(QStringLiteral("single.cache")), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        History h(cache.value()->database());
        const qint64 by = h.user(QStringLiteral("solo"));
        const qint64 c = h.addCase(QStringLiteral("S1"), EB, QStringLiteral("2026-03-04"),
                                   QStringLiteral("decided"), QStringLiteral("2026-03-18"));
        h.propose(c, QStringLiteral("avslag"), QStringLiteral("eb"), QStringLiteral("2023.1"),
                  {R1});
        h.decide(c, QStringLiteral("confirmed"), QStringLiteral("avslag"), by,
                 QStringLiteral("2026-03-04"), QStringLiteral("eb"), QStringLiteral("2023.1"));
        QVERIFY(!h.failed);
        ChartQueries q(cache.value()->database(), cache.value()->dialect());
        q.setToday(Today);
        ChartFilter f = march(ChartPeriod::Day);
        f.to = d(3, 5);
        auto data = q.all(f);
        QVERIFY(data.ok());
        QCOMPARE(data->throughput.size(), 5);
        QCOMPARE(data->throughput.at(3).received, 1);
        QCOMPARE(data->throughput.at(3).decided, 1);
        QCOMPARE(data->throughput.at(3).openAtEnd, 0);
        QCOMPARE(data->leadTimes.points.at(3).medianDays.value(), 0.0);
        QCOMPARE(data->leadTimes.points.at(3).p90Days.value(), 0.0);
        QCOMPARE(data->summary.decided, 1);
        QCOMPARE(data->summary.shareWithoutChange.value(), 1.0);
        QCOMPARE(data->summary.overrideRate.value(), 0.0);
        QCOMPARE(data->summary.pastDeadline, 0);
    }

    // Migration 6 fills the tallies of a cache that already has decisions; the triggers
    // then keep them. Both must count the same: empty the tallies, re-run the migration's
    // fill statements, compare every row.
    void migrationFillEqualsTriggerTallies()
    {
        // Table → its counts; rows whose counts all went back to zero (a reopened
        // decision) say nothing and are left out.
        const QList<std::pair<QString, QString>> tables{
            {QStringLiteral("chart_received_days"), QStringLiteral("received")},
            {QStringLiteral("chart_error_days"), QStringLiteral("errors")},
            {QStringLiteral("chart_decision_days"),
             QStringLiteral("confirmed + overridden + returned + manual_decided + manual_returned"
                            " + spot_checked + spot_failed + past_deadline")},
            {QStringLiteral("chart_lead_days"), QStringLiteral("decided")},
            {QStringLiteral("chart_rule_days"), QStringLiteral("matched + overridden")}};
        QSqlDatabase db = m_cache->database();
        auto dump = [&](const std::pair<QString, QString> &table) {
            QStringList rows;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT * FROM %1 WHERE %2 <> 0")
                            .arg(table.first, table.second)))
                return rows;
            while (q.next()) {
                QStringList values;
                for (int i = 0; i < q.record().count(); ++i)
                    values.append(q.value(i).toString());
                rows.append(values.join(u'|'));
            }
            rows.sort();
            return rows;
        };
        QHash<QString, QStringList> before;
        for (const auto &t : tables) {
            before.insert(t.first, dump(t));
            QVERIFY2(!before.value(t.first).isEmpty(), qPrintable(t.first));
        }
        // Migration 6 by its number: later migrations follow it.
        const auto &migrations = SchemaMigrations::all();
        const auto found = std::find_if(migrations.begin(), migrations.end(),
                                        [](const Migration &m) { return m.version == 6; });
        QVERIFY(found != migrations.end());
        const Migration &six = *found;
        QSqlQuery q(db);
        for (const auto &t : tables)
            QVERIFY(q.exec(QStringLiteral("DELETE FROM %1").arg(t.first)));
        for (const QString &statement : six.statements) {
            if (statement.startsWith(QLatin1String("INSERT INTO chart_")))
                QVERIFY2(q.exec(m_cache->dialect().ddl(statement)),
                         qPrintable(q.lastError().text()));
        }
        for (const auto &t : tables)
            QCOMPARE(dump(t), before.value(t.first));
    }

    // The demo history looks like a team's year: overrides around a tenth of decided
    // proposals and concentrated on a few rules, returns, manual handling, several
    // caseworkers, some deadlines missed, recent cases still open; same seed, same history.
    void demoHistoryHasARealisticShape()
    {
        auto cache = CacheDatabase::open(m_dir.filePath(QStringLiteral("history.cache")), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        DemoHistoryGenerator generator(11);
        auto made = generator.fill(cache.value()->database(), 200, Today, 20);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QVERIFY(made->cases > 2000);
        QVERIFY(made->returned > 0 && made->manual > 0 && made->open > 0 && made->reopened > 0);

        ChartQueries q(cache.value()->database(), cache.value()->dialect());
        q.setToday(Today);
        ChartFilter f;
        f.from = Today.addDays(-199);
        f.to = Today;
        f.period = ChartPeriod::Month;
        auto data = q.all(f);
        QVERIFY(data.ok());
        QVERIFY2(*data->summary.overrideRate >= 0.05 && *data->summary.overrideRate <= 0.15,
                 qPrintable(QString::number(*data->summary.overrideRate)));
        QVERIFY(data->summary.pastDeadline > 0);
        QVERIFY(data->throughput.last().openAtEnd > 0);
        QVERIFY(q.caseworkerChoices().size() >= 4);
        // Overrides concentrate on a few rules: the worst rule (seen often enough) is
        // overridden at least twice as often as proposals overall.
        double worst = 0;
        for (const RuleOverrideRow &row : data->ruleOverrides) {
            if (row.matched >= 30)
                worst = std::max(worst, row.overrideRate());
        }
        QVERIFY2(worst >= 2 * *data->summary.overrideRate, qPrintable(QString::number(worst)));
    }

    void percentiles()
    {
        QVERIFY(!percentileOfHistogram({}, 0.5));
        QCOMPARE(percentileOfHistogram({{4, 1}}, 0.9).value(), 4.0);
        QCOMPARE(percentileOfHistogram({{1, 1}, {2, 1}, {3, 1}, {4, 1}}, 0.5).value(), 2.5);
        // 1..10 once each: 90th percentile at position 8.1 → 9.1
        QMap<int, qint64> tens;
        for (int i = 1; i <= 10; ++i)
            tens.insert(i, 1);
        QCOMPARE(percentileOfHistogram(tens, 0.9).value(), 9.1);
        QCOMPARE(percentileOfHistogram({{0, 9}, {30, 1}}, 0.9).value(), 3.0); // 8.1: 0 + 0.1 × 30
        QCOMPARE(percentileOfHistogram({{0, 9}, {30, 1}}, 0.5).value(), 0.0);
        QCOMPARE(percentileOfHistogram({{0, 9}, {30, 1}}, 1.0).value(), 30.0);
    }

    void isoWeeksAndLabels()
    {
        QCOMPARE(periodStart(QDate(2026, 1, 1), ChartPeriod::Week), QDate(2025, 12, 29));
        QCOMPARE(periodLabel(QDate(2025, 12, 29), ChartPeriod::Week), QStringLiteral("w. 1 2026"));
        QCOMPARE(periodStarts(QDate(2026, 1, 31), QDate(2026, 3, 1), ChartPeriod::Month).size(), 3);
        // The SQL bucket agrees with the C++ one on every day of a year, Sundays included.
        QSqlQuery q(m_cache->database());
        for (QDate day(2026, 1, 1); day.year() == 2026; day = day.addDays(1)) {
            for (ChartPeriod p : {ChartPeriod::Week, ChartPeriod::Month}) {
                QVERIFY(q.exec(QStringLiteral("SELECT %1")
                                   .arg(m_cache->dialect().periodStartOf(
                                       QStringLiteral("'%1'").arg(day.toString(Qt::ISODate)), p))));
                QVERIFY(q.next());
                QCOMPARE(QDate::fromString(q.value(0).toString(), Qt::ISODate),
                         periodStart(day, p));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestChartQueries)
#include "tst_chartqueries.moc"
