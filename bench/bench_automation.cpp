// bench_automation: the workbench's "Run automation on the inbox" over N received demo cases
// in the encrypted cache (issue 5). It runs what the menu command runs — AutomationJob on
// its worker thread, with its own connection, storing each proposal with its trace, matched
// rules, status and audit event in batches — while the main thread keeps an event loop
// that receives the job's queued progress signals, as the progress dialog does. A 10 ms
// timer on the main thread measures how late the loop gets to it: the largest delay is
// the longest stall a person at the workbench would feel. Prints cases/s end to end
// (storing included), the median per-batch rate, and the loop's delays (median, p99, max).
// Targets: >= 2 000 cases/s, max stall <= 100 ms.
//
//   bench_automation [--cases N] [--cache PATH] [--threads N]
//
// The cases are generated into a fresh cache each run (a temporary one unless --cache names
// a file, which must not exist yet). As bench_propose, the ekonomiskt-bistånd applications
// are dated in 2023 (the shipped pack's last norm) and the others in 2026, so each case
// meets a pack and the figure is of real evaluations; the few the packs route to manual
// handling (missing attachments, first applications) are evaluated all the same.

#include "app/HeadlessCommands.h"
#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/ProposalRepository.h"
#include "model/Transaction.h"
#include "model/UserRepository.h"
#include "ui/AutomationJob.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace casebench;

namespace {

const QByteArray Passphrase = "bench";
const QDate EkonomisktBistandToday(2023, 11, 30);
const QDate OtherToday(2026, 6, 30);

// CPU time the process has used (all threads, user + system), in seconds: per case it says
// what the run costs whatever else the machine is doing.
double processCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return double(t.tv_sec) + double(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0.0;
    std::sort(values.begin(), values.end());
    const auto index = qsizetype(p * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

// The case type mix of the 2026 generator; each ekonomiskt-bistånd case is the next one the
// 2023 generator makes (see the header).
bool fill(QSqlDatabase db, int count)
{
    CaseRepository repository(db);
    QHash<QString, int> days;
    for (const CaseTypeInfo &type : repository.caseTypes())
        days.insert(type.code, type.defaultDeadlineDays);
    DemoCaseGenerator generator(7);
    DemoCaseGenerator ebGenerator(8);
    generator.setDeadlineDays(days);
    ebGenerator.setDeadlineDays(days);
    const QString eb = QStringLiteral("ekonomiskt-bistand");
    constexpr int BatchSize = 5000;
    for (int stored = 0; stored < count;) {
        Transaction tx(db);
        const int end = std::min(count, stored + BatchSize);
        for (; stored < end; ++stored) {
            CaseRecord record = generator.next(OtherToday);
            if (record.caseType == eb) {
                do
                    record = ebGenerator.next(EkonomisktBistandToday);
                while (record.caseType != eb);
            }
            if (auto inserted = repository.insert(record); !inserted) {
                std::fprintf(stderr, "%s\n", qPrintable(inserted.error().message));
                return false;
            }
        }
        if (!tx.commit()) {
            std::fprintf(stderr, "commit failed: %s\n", qPrintable(db.lastError().text()));
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // Widgets are not shown; the platform is offscreen unless the caller chose one.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("cases"), QStringLiteral("Received cases to automate."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("cache"),
                      QStringLiteral("Cache file to create (default: a temporary one)."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("threads"),
                      QStringLiteral("Threads evaluating while the worker stores (0: the worker"
                                     " evaluates alone; default: one per core)."),
                      QStringLiteral("N")});
    parser.process(app);
    const int cases = std::max(1, parser.value(QStringLiteral("cases")).toInt());

    QTemporaryDir temporary;
    QString cachePath = parser.value(QStringLiteral("cache"));
    if (cachePath.isEmpty())
        cachePath = temporary.filePath(QStringLiteral("bench-automation.cache"));
    if (QFileInfo::exists(cachePath)) {
        std::fprintf(stderr, "%s exists; the benchmark needs a new cache\n", qPrintable(cachePath));
        return 1;
    }
    auto cache = CacheDatabase::open(cachePath, Passphrase, CacheDatabase::OpenMode::CreateNew);
    if (!cache) {
        std::fprintf(stderr, "%s\n", qPrintable(cache.error().message));
        return 1;
    }

    RulePackRegistry registry;
    if (const Problems problems = ProposeCommand::installPacks({shippedRulePackFolder()}, registry);
        !problems.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(problems.first().toString()));
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    if (!fill(cache.value()->database(), cases))
        return 1;
    // The demo generator ages cases into later statuses; here every case waits in the inbox,
    // so the run evaluates all N.
    if (QSqlQuery reset(cache.value()->database());
        !reset.exec(QStringLiteral("UPDATE cases SET status = 'received'"))) {
        std::fprintf(stderr, "%s\n", qPrintable(reset.lastError().text()));
        return 1;
    }
    std::printf("bench_automation: %d received demo cases stored in %.1f s (SQLCipher %s)\n", cases,
                double(timer.elapsed()) / 1000.0, qPrintable(cache.value()->cipherVersion()));

    AutomationJob job(*cache.value(), registry, UserRepository::operatingSystemLogin());
    if (parser.isSet(QStringLiteral("threads")))
        job.setEvaluationThreads(parser.value(QStringLiteral("threads")).toInt());
    QList<double> delaysMs;   // how late the 10 ms tick came, per tick
    QList<double> batchRates; // cases/s per stored batch, from the progress signals
    int lastDone = 0;
    qint64 lastProgressNs = 0;
    QElapsedTimer clock;
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.setInterval(10);
    qint64 lastTickNs = 0;
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        delaysMs.append(std::max(0.0, double(now - lastTickNs) / 1e6 - 10.0));
        lastTickNs = now;
    });
    QObject::connect(&job, &AutomationJob::progress, &app, [&](int done, int) {
        const qint64 now = clock.nsecsElapsed();
        if (done > lastDone && now > lastProgressNs)
            batchRates.append(double(done - lastDone) * 1e9 / double(now - lastProgressNs));
        lastDone = done;
        lastProgressNs = now;
    });
    QEventLoop loop;
    QObject::connect(&job, &AutomationJob::finished, &loop, &QEventLoop::quit);
    const double cpuBefore = processCpuSeconds();
    clock.start();
    tick.start();
    job.start();
    loop.exec();
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double cpuSeconds = processCpuSeconds() - cpuBefore;
    tick.stop();

    if (!job.summary()) {
        std::fprintf(stderr, "the run failed: %s\n", qPrintable(job.error()));
        return 1;
    }
    const InboxAutomation::Summary &summary = *job.summary();
    const int stored = ProposalRepository(cache.value()->database()).count();
    const int threads = parser.isSet(QStringLiteral("threads"))
                            ? parser.value(QStringLiteral("threads")).toInt()
                            : InboxAutomation::defaultEvaluationThreads();
    std::printf("  automated %d cases in %.2f s: %.0f cases/s end to end (target >= 2 000),"
                " %d evaluating threads\n",
                summary.total, seconds, double(summary.total) / seconds, threads);
    std::printf("  CPU time %.2f s (all threads): %.0f us per case\n", cpuSeconds,
                cpuSeconds * 1e6 / std::max(1, summary.total));
    std::printf("  proposals stored %d, needs manual handling %lld\n", stored,
                static_cast<long long>(summary.failures.size()));
    for (auto it = summary.byOutcome.cbegin(); it != summary.byOutcome.cend(); ++it)
        std::printf("    %-20s %d\n", qPrintable(it.key()), it.value());
    std::printf("  per batch of %d: median %.0f cases/s (%lld batches)\n",
                InboxAutomation::batchSize, percentile(batchRates, 0.5),
                static_cast<long long>(batchRates.size()));
    std::printf("  event loop during the run: %lld ticks of 10 ms, delay median %.1f ms,"
                " p99 %.1f ms, max %.1f ms (target max <= 100 ms)\n",
                static_cast<long long>(delaysMs.size()), percentile(delaysMs, 0.5),
                percentile(delaysMs, 0.99), percentile(delaysMs, 1.0));
    return 0;
}
