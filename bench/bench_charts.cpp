// bench_charts: the team lead's charts over 1 000 000 decided cases in the encrypted cache.
// Builds the history once (one transaction, prepared statements; the triggers of migration 6
// keep the chart tallies as they would in use) and reuses the cache file on later runs,
// then times what the charts view runs on every refresh — ChartQueries::all, i.e. the five
// chart queries — for the view's default (the last 12 months by month) and other periods
// and filters; median of the runs, per query. Target: the whole view ≤ 300 ms.
//
//   bench_charts [--cache PATH] [--cases N] [--runs R]

#include "model/CacheDatabase.h"
#include "model/ChartQueries.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <random>

using namespace casebench;

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

qint64 scalar(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

bool exec(QSqlQuery &q)
{
    if (q.exec())
        return true;
    std::fprintf(stderr, "insert failed: %s\n", qPrintable(q.lastError().text()));
    return false;
}

// count decided cases received over the year before today, a few thousand still open.
bool generate(QSqlDatabase db, qint64 count, QDate today)
{
    std::mt19937_64 random(42);
    auto below = [&](int n) {
        return int(random() % quint64(n));
    };
    if (!db.transaction())
        return false;
    QList<qint64> users;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, created_at)"
                                 " VALUES (?, ?, 'caseworker', '2025-01-01T00:00:00.000Z')"));
        for (int i = 1; i <= 8; ++i) {
            q.addBindValue(QStringLiteral("bench%1").arg(i));
            q.addBindValue(QStringLiteral("Bench %1").arg(i));
            if (!exec(q))
                return false;
            users.append(q.lastInsertId().toLongLong());
        }
    }
    const qint64 firstId = scalar(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM cases")) + 1;
    QSqlQuery insertCase(db), insertProposal(db), insertRule(db), insertDecision(db);
    insertCase.prepare(QStringLiteral(
        "INSERT INTO cases (id, case_id, case_type, received_at, application_date, status,"
        " applicant_personnummer, applicant_name, household_size, due_on, payload, imported_at, "
        "updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, '19800101-0000', 'Bench', 1, ?, '{}', ?, ?)"));
    insertProposal.prepare(QStringLiteral("INSERT INTO proposals (case_ref, outcome, spot_check, "
                                          "pack_id, pack_version, pack_hash, proposal,"
                                          " created_at) VALUES (?, ?, ?, ?, ?, 'bench', '{}', ?)"));
    insertRule.prepare(QStringLiteral(
        "INSERT INTO proposal_rules (case_ref, decision, rule_id) VALUES (?, ?, ?)"));
    insertDecision.prepare(QStringLiteral(
        "INSERT INTO decisions (case_ref, kind, outcome, proposed_outcome, spot_check, decided_by,"
        " decided_at, pack_id, pack_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QStringList types{QStringLiteral("ekonomiskt-bistand"), QStringLiteral("boendeparkering"),
                            QStringLiteral("lss-sjuklon")};
    const QStringList versions{QStringLiteral("2023.1"), QStringLiteral("2026.1"),
                               QStringLiteral("2024.1")};
    const int deadline[3]{14, 21, 30};
    const QStringList outcomes{QStringLiteral("bifall"), QStringLiteral("avslag"),
                               QStringLiteral("komplettering"),
                               QStringLiteral("manuell_bedomning")};
    const QDateTime start(today.addDays(-365), QTime(7, 0), Qt::UTC);
    const qint64 spanSeconds = 365LL * 86400;
    QElapsedTimer timer;
    timer.start();
    for (qint64 i = 0; i < count; ++i) {
        const qint64 id = firstId + i;
        const int t = below(10) < 7 ? 0 : below(3) == 0 ? 2 : 1;
        const QDateTime received = start.addSecs(spanSeconds * i / count);
        const QDate receivedDay = received.date();
        const QString at = received.toString(Qt::ISODateWithMs);
        const int lead = below(100) < 5 ? 15 + below(30) : below(12);
        const QDateTime decided = received.addDays(lead).addSecs(3600 + below(20000));
        const bool open = decided.date() > today;
        const int o = below(100) < 80 ? below(2) : below(100) < 60 ? 2 : 3;
        const bool spot = below(100) < 5;
        const QString kind = o == 2                            ? QStringLiteral("returned")
                             : below(100) < (o == 3 ? 100 : 9) ? QStringLiteral("overridden")
                                                               : QStringLiteral("confirmed");
        insertCase.bindValue(0, id);
        insertCase.bindValue(1, QStringLiteral("BENCH-%1").arg(id));
        insertCase.bindValue(2, types.at(t));
        insertCase.bindValue(3, at);
        insertCase.bindValue(4, receivedDay.toString(Qt::ISODate));
        insertCase.bindValue(5, open                                ? QStringLiteral("proposed")
                                : kind == QLatin1String("returned") ? QStringLiteral("returned")
                                                                    : QStringLiteral("decided"));
        insertCase.bindValue(6, receivedDay.addDays(deadline[t]).toString(Qt::ISODate));
        insertCase.bindValue(7, at);
        insertCase.bindValue(8, at);
        if (!exec(insertCase))
            return false;
        insertProposal.bindValue(0, id);
        insertProposal.bindValue(1, outcomes.at(o));
        insertProposal.bindValue(2, spot ? 1 : 0);
        insertProposal.bindValue(3, types.at(t));
        insertProposal.bindValue(4, versions.at(t));
        insertProposal.bindValue(5, at);
        if (!exec(insertProposal))
            return false;
        // One to three matched rules out of 40 per case type.
        const int rules = 1 + below(3);
        for (int r = 0; r < rules; ++r) {
            insertRule.bindValue(0, id);
            insertRule.bindValue(1, r == 0 ? QStringLiteral("Förslag") : QStringLiteral("Belopp"));
            insertRule.bindValue(
                2, QStringLiteral("%1-R%2").arg(t).arg(r == 0 ? below(4) : 4 + r * 20 + below(18)));
            if (!exec(insertRule))
                return false;
        }
        if (open)
            continue;
        insertDecision.bindValue(0, id);
        insertDecision.bindValue(1, kind);
        insertDecision.bindValue(2, kind == QLatin1String("overridden") ? QStringLiteral("avslag")
                                                                        : outcomes.at(o));
        insertDecision.bindValue(3, outcomes.at(o));
        insertDecision.bindValue(4, spot ? 1 : 0);
        insertDecision.bindValue(5, users.at(below(int(users.size()))));
        insertDecision.bindValue(6, decided.toString(Qt::ISODateWithMs));
        insertDecision.bindValue(7, types.at(t));
        insertDecision.bindValue(8, versions.at(t));
        if (!exec(insertDecision))
            return false;
        if ((i + 1) % 100000 == 0) {
            std::printf("  %lld cases (%.0f s)\n", static_cast<long long>(i + 1),
                        double(timer.elapsed()) / 1000.0);
            std::fflush(stdout);
        }
    }
    return db.commit();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString path = QStringLiteral("/tmp/casebench-bench-charts.cache");
    qint64 cases = 1'000'000;
    int runs = 9;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--cache"))
            path = args.at(++i);
        else if (args.at(i) == QLatin1String("--cases"))
            cases = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(++i).toInt());
    }
    const QDate today = QDate::currentDate();
    const QByteArray passphrase("bench-charts");

    // A cache from an earlier run is reused when it holds the history asked for and that
    // history ends today (the charts count back from today); otherwise it is made anew.
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto cache = CacheDatabase::open(path, passphrase, CacheDatabase::OpenMode::OpenOrCreate);
        if (!cache.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(cache.error().message));
            return 1;
        }
        QSqlDatabase db = cache.value()->database();
        const qint64 stored = scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases"));
        QSqlQuery newest(db);
        newest.exec(QStringLiteral("SELECT MAX(received_at) FROM cases"));
        const QDate last = newest.next()
                               ? QDate::fromString(newest.value(0).toString().left(10), Qt::ISODate)
                               : QDate();
        newest.finish();
        if (stored >= cases && last.isValid() && last.daysTo(today) <= 1) {
            std::printf("reusing %s (%lld cases)\n", qPrintable(path),
                        static_cast<long long>(stored));
            break;
        }
        if (stored == 0) {
            std::printf("generating %lld cases into %s …\n", static_cast<long long>(cases),
                        qPrintable(path));
            QElapsedTimer timer;
            timer.start();
            if (!generate(db, cases, today))
                return 1;
            std::printf("generated in %.1f s\n", double(timer.elapsed()) / 1000.0);
            break;
        }
        cache.value().reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
    }

    // Timed on a fresh connection, as the workbench opens the cache.
    QElapsedTimer openTimer;
    openTimer.start();
    auto opened = CacheDatabase::open(path, passphrase);
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    const double openMs = double(openTimer.nsecsElapsed()) / 1e6;
    QSqlDatabase db = opened.value()->database();
    ChartQueries queries(db, opened.value()->dialect());
    std::printf(
        "cache: %lld cases, %lld current decisions; tallies: %lld decision-day rows, %lld lead-day "
        "rows, %lld rule-day rows; open %.0f ms\n",
        static_cast<long long>(scalar(db, QStringLiteral("SELECT COUNT(*) FROM cases"))),
        static_cast<long long>(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM decisions WHERE reopened_at IS NULL"))),
        static_cast<long long>(
            scalar(db, QStringLiteral("SELECT COUNT(*) FROM chart_decision_days"))),
        static_cast<long long>(scalar(db, QStringLiteral("SELECT COUNT(*) FROM chart_lead_days"))),
        static_cast<long long>(scalar(db, QStringLiteral("SELECT COUNT(*) FROM chart_rule_days"))),
        openMs);

    ChartFilter year;
    year.from = today.addYears(-1).addDays(1);
    year.to = today;
    year.period = ChartPeriod::Month; // the view's default

    struct Variant
    {
        const char *name;
        ChartFilter filter;
    };
    QList<Variant> variants{{"12 months by month (default)", year}};
    ChartFilter weeks = year;
    weeks.period = ChartPeriod::Week;
    variants.append({"12 months by week", weeks});
    ChartFilter days = year;
    days.period = ChartPeriod::Day;
    variants.append({"12 months by day", days});
    ChartFilter filtered = weeks;
    filtered.caseType = QStringLiteral("ekonomiskt-bistand");
    filtered.decidedBy =
        scalar(db, QStringLiteral("SELECT MIN(id) FROM users WHERE login LIKE 'bench%'"));
    variants.append({"by week, case type + caseworker", filtered});

    bool met = true;
    for (const Variant &v : variants) {
        struct Step
        {
            const char *name;
            std::function<bool()> run;
        };
        const QList<Step> steps{
            {"throughput",
             [&] {
                 return queries.throughput(v.filter).ok();
             }},
            {"automation share",
             [&] {
                 return queries.automationShare(v.filter).ok();
             }},
            {"error rates",
             [&] {
                 return queries.errorRates(v.filter).ok();
             }},
            {"per-rule overrides",
             [&] {
                 return queries.ruleOverrides(v.filter).ok();
             }},
            {"lead times",
             [&] {
                 return queries.leadTimes(v.filter).ok();
             }},
        };
        QList<QList<double>> stepMs(steps.size());
        QList<double> wholeMs;
        double firstMs = -1;
        for (int r = 0; r < runs; ++r) {
            for (qsizetype s = 0; s < steps.size(); ++s) {
                QElapsedTimer t;
                t.start();
                if (!steps.at(s).run()) {
                    std::fprintf(stderr, "%s failed\n", steps.at(s).name);
                    return 1;
                }
                stepMs[s].append(double(t.nsecsElapsed()) / 1e6);
            }
            QElapsedTimer t;
            t.start();
            auto all = queries.all(v.filter);
            if (!all.ok())
                return 1;
            wholeMs.append(double(t.nsecsElapsed()) / 1e6);
            if (firstMs < 0)
                firstMs = stepMs.at(0).last() + stepMs.at(1).last() + stepMs.at(2).last() +
                          stepMs.at(3).last() + stepMs.at(4).last();
        }
        const double whole = median(wholeMs);
        met = met && whole <= 300.0;
        std::printf("\n%s — whole view (ChartQueries::all): median %.1f ms of %d runs (first run "
                    "%.1f ms)\n",
                    v.name, whole, runs, firstMs);
        for (qsizetype s = 0; s < steps.size(); ++s)
            std::printf("  %-20s %8.2f ms\n", steps.at(s).name, median(stepMs.at(s)));
    }

    // On demand only (a double-click, a button): not part of a refresh.
    {
        auto rules = queries.ruleOverrides(year);
        if (rules.ok() && !rules->isEmpty()) {
            QElapsedTimer t;
            t.start();
            auto ids = queries.casesForRule(rules->first().decision, rules->first().ruleId, year,
                                            true, 1000);
            std::printf("\non demand: cases of the most overridden rule (%lld ids): %.0f ms\n",
                        static_cast<long long>(ids.ok() ? ids->size() : -1),
                        double(t.nsecsElapsed()) / 1e6);
        }
        QElapsedTimer t;
        t.start();
        auto late = queries.casesPastDeadline(year, 1000);
        std::printf("on demand: cases past deadline (first %lld): %.0f ms\n",
                    static_cast<long long>(late.ok() ? late->size() : -1),
                    double(t.nsecsElapsed()) / 1e6);
    }
    std::printf("\ntarget whole view <= 300 ms: %s\n", met ? "met" : "NOT met");
    return 0;
}
