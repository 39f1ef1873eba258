// bench_whatif: a what-if run of the shipped ekonomiskt-bistånd pack over 100 000 decided
// cases (issue 7 target: ≥ 5 000 cases/s). The decided history is generated once into a
// cache file (demo cases received late in 2023, proposals by InboxAutomation, each
// confirmed) and reused with --cache. Prints cases/s of each run and the median.
//
// Cases are evaluated in one worker thread per core unless --workers says otherwise.
//
//   bench_whatif [--cache FILE] [--cases N] [--runs R] [--workers W]

#include "app/HeadlessCommands.h"
#include "automation/pipeline/InboxAutomation.h"
#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "automation/rulepack/WhatIfRun.h"
#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QByteArray Passphrase = "bench";

int decidedEb(QSqlDatabase db)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT COUNT(*) FROM decisions d JOIN cases c ON c.id = d.case_ref"
                  u" WHERE c.case_type = 'ekonomiskt-bistand'"_s) &&
                   q.next()
               ? q.value(0).toInt()
               : -1;
}

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (q.exec(sql))
        return true;
    std::fprintf(stderr, "%s\n", qPrintable(q.lastError().text()));
    return false;
}

// Adds demo cases and confirms their proposals until `target` ekonomiskt-bistånd cases
// are decided. Decisions are written as CaseDecisions::confirm() records them.
bool generateHistory(CacheDatabase &cache, int target)
{
    QSqlDatabase db = cache.database();
    RulePackRegistry registry;
    if (const Problems problems = ProposeCommand::installPacks({shippedRulePackFolder()}, registry);
        !problems.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problems.first().toString()));
        return false;
    }
    if (!exec(db, u"INSERT OR IGNORE INTO users (login, display_name, role, created_at) VALUES"
                  u" ('bench', 'Bench', 'caseworker', '2024-01-01T00:00:00.000Z')"_s))
        return false;
    while (decidedEb(db) < target) {
        const int missing = target - decidedEb(db);
        // About 70 % of demo cases are ekonomiskt bistånd, a few of those cannot be proposed.
        const int batch = std::min(50000, missing * 3 / 2 + 100);
        DemoCaseGenerator generator(quint64(CaseRepository(db).count() + 1),
                                    CaseRepository(db).count() + 1);
        std::fprintf(stderr, "generating %d cases …\n", batch);
        if (!generator.fill(db, batch, QDate(2023, 12, 31)).ok())
            return false;
        // The demo generator ages cases into later statuses; here every new case starts
        // received, so the automation proposes it.
        if (!exec(db, u"UPDATE cases SET status = 'received'"
                      u" WHERE id NOT IN (SELECT case_ref FROM decisions)"_s))
            return false;
        if (!InboxAutomation(db, registry).run().ok())
            return false;
        if (!exec(db,
                  u"INSERT INTO decisions (case_ref, kind, outcome, amount_kronor,"
                  u" proposed_outcome, proposed_amount_kronor, spot_check, decided_by,"
                  u" decided_at, pack_id, pack_version, pack_hash)"
                  u" SELECT p.case_ref, 'confirmed', p.outcome, p.amount_kronor, p.outcome,"
                  u" p.amount_kronor, p.spot_check, (SELECT id FROM users WHERE login = 'bench'),"
                  u" strftime('%Y-%m-%dT%H:%M:%fZ', '2024-01-10', '+' || p.case_ref || ' seconds'),"
                  u" p.pack_id, p.pack_version, p.pack_hash FROM proposals p"
                  u" WHERE p.case_ref NOT IN (SELECT case_ref FROM decisions)"_s) ||
            !exec(db, u"UPDATE cases SET status = 'decided' WHERE status = 'proposed'"_s))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString cachePath = QDir::temp().filePath(u"casebench-bench-whatif.cache"_s);
    int cases = 100000;
    int runs = 3;
    int workers = 0;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == u"--cache"_s)
            cachePath = args[i + 1];
        else if (args[i] == u"--cases"_s)
            cases = args[i + 1].toInt();
        else if (args[i] == u"--runs"_s)
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == u"--workers"_s)
            workers = std::max(0, args[i + 1].toInt());
    }

    auto cache = CacheDatabase::open(cachePath, Passphrase, CacheDatabase::OpenMode::OpenOrCreate);
    if (!cache) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(cachePath), qPrintable(cache.error().message));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    if (decidedEb(cache.value()->database()) < cases) {
        if (!generateHistory(*cache.value(), cases))
            return 1;
        std::printf("generated the decided history in %.1f s (%s)\n",
                    double(timer.elapsed()) / 1000.0, qPrintable(cachePath));
    }

    auto pack = RulePackLoader::loadFolder(shippedRulePackFolder() + u"/ekonomiskt-bistand"_s);
    if (!pack) {
        std::fprintf(stderr, "%s\n", qPrintable(pack.error().first().toString()));
        return 1;
    }
    QList<double> rates;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        WhatIfRun whatIf(cache.value()->database(), pack.value());
        whatIf.setWorkers(workers);
        const auto report = whatIf.run(WhatIfScope::last(cases));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
            return 1;
        }
        const double rate = report->total / seconds;
        rates.append(rate);
        std::printf(
            "what-if run %d: %d decided cases in %.2f s = %.0f cases/s (%d changed outcome, "
            "%d changed amount, %d failed)\n",
            run + 1, report->total, seconds, rate, report->changedOutcome, report->changedAmount,
            report->failed);
    }
    std::sort(rates.begin(), rates.end());
    std::printf("what-if: median %.0f cases/s over %d runs (target >= 5000)\n",
                rates.at(rates.size() / 2), int(rates.size()));
    return 0;
}
