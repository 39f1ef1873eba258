// bench_cache: how the encrypted cache and the inbox hold up with 100 000 cases.
// Prints import rates (repository inserts and the JSON importer), unlock-to-first-rows,
// sort and filter times through the inbox proxy, peak RSS, and the same insert on plain
// SQLite (our driver without a key) for the SQLCipher/SQLite ratio. Figures, not a test:
// each timing is the median of several runs; compare ratios from one run only.
//
//   bench_cache [--cases N] [--runs R] [--dir DIR]

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <spdlog/spdlog.h>
#include <sys/resource.h>

#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/Importer.h"
#include "model/InboxFilterProxy.h"
#include "model/InboxModel.h"
#include "model/SchemaMigrations.h"
#include "model/SqlDialect.h"
#include "model/Transaction.h"
#include "model/sqlcipher/SqlCipherDriver.h"

using namespace casebench;

namespace {

const QDate Today(2026, 11, 23);
const QByteArray Passphrase = "bench passphrase";

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Inserts every record in one transaction; returns seconds, or a negative value on error.
double insertAll(QSqlDatabase db, const QList<CaseRecord> &records)
{
    CaseRepository repository(db);
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    for (const CaseRecord &record : records) {
        if (!repository.insert(record)) {
            std::fprintf(stderr, "insert failed for %s\n", qPrintable(record.caseId));
            return -1;
        }
    }
    if (!tx.commit())
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

// A plaintext database with the cache's schema, through the same driver without a key:
// the baseline that isolates the cost of encryption.
double insertAllPlain(const QString &path, const QList<CaseRecord> &records)
{
    const QString name = QUuid::createUuid().toString();
    double seconds = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(new SqlCipherDriver, name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("CASEBENCH_CREATE"));
        if (db.open()) {
            SqliteDialect dialect;
            for (const QString &statement : dialect.connectionSetup())
                QSqlQuery(db).exec(statement);
            if (SchemaMigrations::migrate(db, dialect))
                seconds = insertAll(db, records);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return seconds;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // the cache's "opened" lines would clutter the figures
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("cases to store"),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("runs per timing"),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("work folder (default: a temporary one)"),
                                       QStringLiteral("DIR"));
    parser.addOptions({casesOption, runsOption, dirOption});
    parser.process(app);
    const int cases = std::max(1000, parser.value(casesOption).toInt());
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTemporaryDir temporary;
    const QString dir = parser.isSet(dirOption) ? parser.value(dirOption) : temporary.path();
    QDir().mkpath(dir);

    std::printf("bench_cache: %d cases, %d runs per timing, SQLCipher vs plain SQLite\n", cases, runs);

    // The cases, made before any clock runs.
    QList<CaseRecord> records = DemoCaseGenerator(1).generate(cases, Today);

    // 1. Import rate through the repository: the whole batch in one transaction, as the
    //    importer writes it. Encrypted and plain, alternating so both see the same machine.
    QList<double> cipherRates, plainRates;
    const int insertRuns = std::min(runs, 3);
    QString cachePath;
    for (int run = 0; run < insertRuns; ++run) {
        const QString path = QDir(dir).filePath(QStringLiteral("bench-%1.cache").arg(run));
        QFile::remove(path);
        double seconds = -1;
        {
            auto cache = CacheDatabase::open(path, Passphrase, CacheDatabase::OpenMode::CreateNew);
            if (!cache) {
                std::fprintf(stderr, "%s\n", qPrintable(cache.error().message));
                return 1;
            }
            seconds = insertAll(cache.value()->database(), records);
        }
        if (seconds <= 0)
            return 1;
        cipherRates.append(cases / seconds);
        if (run == 0)
            cachePath = path;
        else
            QFile::remove(path);

        const QString plainPath = QDir(dir).filePath(QStringLiteral("bench-plain-%1.db").arg(run));
        QFile::remove(plainPath);
        const double plainSeconds = insertAllPlain(plainPath, records);
        QFile::remove(plainPath);
        QFile::remove(plainPath + QStringLiteral("-wal"));
        QFile::remove(plainPath + QStringLiteral("-shm"));
        if (plainSeconds <= 0)
            return 1;
        plainRates.append(cases / plainSeconds);
    }
    const double cipherRate = median(cipherRates);
    const double plainRate = median(plainRates);
    std::printf("insert (repository, one transaction): SQLCipher %.0f cases/s, plain SQLite %.0f cases/s, "
                "ratio %.2f (median of %d)\n",
                cipherRate, plainRate, cipherRate / plainRate, insertRuns);

    // 2. The importer end to end: JSON files read, checked and written in one transaction.
    {
        const int fileCount = std::min(cases, 10000);
        const QString files = QDir(dir).filePath(QStringLiteral("files"));
        QDir(files).removeRecursively();
        if (!DemoCaseGenerator(2).writeApplicationFiles(files, fileCount, Today))
            return 1;
        const QString path = QDir(dir).filePath(QStringLiteral("bench-import.cache"));
        QFile::remove(path);
        auto cache = CacheDatabase::open(path, Passphrase, CacheDatabase::OpenMode::CreateNew);
        if (!cache)
            return 1;
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = Importer(cache.value()->database()).import({files});
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        std::printf("import (%d JSON files: read + check + write): %.0f cases/s (check %.2f s, write %.2f s, %d imported)\n",
                    fileCount, report.imported / seconds, report.checkSeconds, report.writeSeconds,
                    report.imported);
        QDir(files).removeRecursively();
    }
    records.clear();
    records.squeeze();

    // 3. Unlock to first rows: open the cache with its passphrase (key derivation included),
    //    read the inbox rows, and have the proxy ready to show the first screen.
    QList<double> unlockMs, openMs, queryMs, modelMs, proxyMs;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        auto cache = CacheDatabase::open(cachePath, Passphrase);
        if (!cache)
            return 1;
        openMs.append(msSince(timer));
        QElapsedTimer step;
        step.start();
        QList<InboxRow> rows = CaseRepository(cache.value()->database()).inboxRows();
        const QList<CaseTypeInfo> types = CaseRepository(cache.value()->database()).caseTypes();
        queryMs.append(msSince(step));
        step.start();
        InboxModel model;
        model.setToday(Today);
        model.setRows(std::move(rows), types);
        modelMs.append(msSince(step));
        step.start();
        InboxFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(InboxModel::ReceivedColumn, Qt::DescendingOrder);
        const QVariant first = proxy.index(0, InboxModel::CaseIdColumn).data();
        proxyMs.append(msSince(step));
        unlockMs.append(msSince(timer));
        if (!first.isValid() || model.rowCount() != cases)
            return 1;
    }
    std::printf("  open + key derivation %.0f ms, inbox query %.0f ms, model %.0f ms, proxy sort %.0f ms\n",
                median(openMs), median(queryMs), median(modelMs), median(proxyMs));
    std::printf("unlock to first rows (%d cases): %.0f ms (median of %d)\n", cases, median(unlockMs), runs);

    // 4. Sort and filter on every row, through the proxy the inbox view uses.
    auto cache = CacheDatabase::open(cachePath, Passphrase);
    if (!cache)
        return 1;
    InboxModel model;
    model.setToday(Today);
    model.reload(CaseRepository(cache.value()->database()));
    InboxFilterProxy proxy;
    proxy.setSourceModel(&model);
    double worstSort = 0;
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        QList<double> times;
        for (int run = 0; run < runs; ++run) {
            QElapsedTimer timer;
            timer.start();
            proxy.sort(column, run % 2 ? Qt::DescendingOrder : Qt::AscendingOrder);
            times.append(msSince(timer));
        }
        const double m = median(times);
        worstSort = std::max(worstSort, m);
        std::printf("sort %-28s %7.1f ms\n",
                    qPrintable(model.headerData(column, Qt::Horizontal).toString() + QLatin1Char(':')), m);
    }
    struct FilterCase
    {
        const char *what;
        std::function<void()> apply;
    };
    const QList<FilterCase> filters{
        {"text \"berg\"", [&] { proxy.setTextFilter(QStringLiteral("berg")); }},
        {"text \"EB-2026-00012\"", [&] { proxy.setTextFilter(QStringLiteral("EB-2026-00012")); }},
        {"status received", [&] { proxy.setStatusFilter({CaseStatus::Received}); }},
        {"case type boendeparkering", [&] { proxy.setCaseTypeFilter(QStringLiteral("boendeparkering")); }},
    };
    double worstFilter = 0;
    for (const FilterCase &filter : filters) {
        QList<double> times;
        int rows = 0;
        for (int run = 0; run < runs; ++run) {
            proxy.clearFilters();
            QElapsedTimer timer;
            timer.start();
            filter.apply();
            rows = proxy.rowCount();
            times.append(msSince(timer));
        }
        const double m = median(times);
        worstFilter = std::max(worstFilter, m);
        std::printf("filter %-27s %7.1f ms (%d rows)\n", filter.what, m, rows);
    }
    std::printf("worst sort %.1f ms, worst filter %.1f ms\n", worstSort, worstFilter);
    std::printf("peak RSS: %.1f MiB\n", double(peakRssKiB()) / 1024.0);
    std::printf("targets: insert >= 5000 cases/s, unlock-to-rows <= 1000 ms, sort/filter <= 150 ms, "
                "SQLCipher/SQLite >= 0.8\n");
    return 0;
}
