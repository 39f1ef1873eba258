// bench_propose: how fast `casebench propose --trace` turns applications into proposals,
// single thread, without storing. Generates N demo applications (DemoCaseGenerator) as the
// JSON files `casebench propose` reads, installs the shipped rule packs as the command does
// (examples run), then per application does what the command does: read and check the
// JSON (ApplicationReader), pick the pack, run ProposalPipeline with the trace on, and make
// the JSON line — written to a sink that only counts bytes. Prints cases/s per case type
// and overall (median of the runs), how the time splits between reading, the pipeline and
// the JSON line, and the error lines, which are counted apart: the rate is of real
// evaluations only. The SHA-256 of all lines of the first run lets two builds be compared
// for byte-identical output. Target (issue 4): >= 20 000 cases/s with the trace on.
//
//   bench_propose [--cases N] [--seed S] [--runs R] [--packs DIR] [--no-trace]
//                 [--today YYYY-MM-DD] [--dump FILE] [--write-applications DIR]
//
// --dump writes the first run's lines to FILE, to diff the output of two builds.
// --write-applications writes the generated applications into DIR as the files
// `casebench propose` reads (and runs nothing): `casebench propose --trace DIR` then times
// the command itself over the same applications, file reading and output included.
// The shipped packs are valid in different years (ekonomiskt bistånd 2019–2023 with a norm
// for 2019 and 2023, LSS sjuklön 2024–2026, boendeparkering from 2026), so by default the
// ekonomiskt-bistånd applications come from a generator run with "today" in late 2023 and
// the others from one in mid-2026: every application has a pack. --today draws all of them
// from one date instead (those outside a pack's validity then show up as errors).

#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "automation/rulepack/RulePackManifest.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/ApplicationReader.h"
#include "model/DemoCaseGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <algorithm>
#include <cstdio>

using namespace casebench;

namespace {

// As app/ finds them for `casebench propose`.
QString shippedRulePackFolder()
{
    const QByteArray configured = qgetenv("CASEBENCH_RULEPACKS");
    return configured.isEmpty() ? QStringLiteral(CASEBENCH_RULEPACK_DIR)
                                : QString::fromLocal8Bit(configured);
}

const QDate EkonomisktBistandToday(2023, 11, 30); // applications for Nov/Dec 2023 (2023 norm)
const QDate OtherToday(2026, 6, 30);              // LSS 2024–2026, boendeparkering from 2026

struct Application
{
    QString caseType;
    QString source; // the file name `casebench propose` would name in problems
    QByteArray json;
};

// The applications as `casebench propose` reads them, one file each; false (with a message
// naming the file) when one cannot be written.
bool writeApplications(const QList<Application> &apps, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "--write-applications: cannot create %s\n", qPrintable(dir));
        return false;
    }
    for (const Application &a : apps) {
        QFile file(QDir(dir).filePath(a.source));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            file.write(a.json) != a.json.size()) {
            std::fprintf(stderr, "--write-applications: %s: %s\n", qPrintable(file.fileName()),
                         qPrintable(file.errorString()));
            return false;
        }
    }
    std::printf("%lld applications written to %s\n", static_cast<long long>(apps.size()),
                qPrintable(dir));
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n == 0 ? 0.0 : (n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0);
}

// As writeApplicationFiles() writes them: indented, "<case id>.json".
Application application(const CaseRecord &record)
{
    return {record.caseType, record.caseId + QStringLiteral(".json"),
            QJsonDocument::fromJson(record.payload).toJson(QJsonDocument::Indented)};
}

QList<Application> generate(int count, quint64 seed, const std::optional<QDate> &today)
{
    QList<Application> apps;
    apps.reserve(count);
    DemoCaseGenerator generator(seed);
    if (today) {
        for (int i = 0; i < count; ++i)
            apps.append(application(generator.next(*today)));
        return apps;
    }
    // The case type mix comes from the 2026 generator; each ekonomiskt-bistånd case is
    // replaced by the next one the 2023 generator makes.
    DemoCaseGenerator ebGenerator(seed + 1);
    const QString eb = QStringLiteral("ekonomiskt-bistand");
    for (int i = 0; i < count; ++i) {
        CaseRecord record = generator.next(OtherToday);
        if (record.caseType == eb) {
            do
                record = ebGenerator.next(EkonomisktBistandToday);
            while (record.caseType != eb);
        }
        apps.append(application(record));
    }
    return apps;
}

QStringList packFolders(const QString &folder)
{
    if (QFileInfo(QDir(folder).filePath(RulePackManifest::fileName())).isFile())
        return {folder};
    QStringList packs;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (QFileInfo(dir.filePath(name + QLatin1Char('/') + RulePackManifest::fileName()))
                .isFile())
            packs.append(dir.filePath(name));
    }
    return packs;
}

QString joined(const Problems &problems)
{
    QStringList parts;
    for (const Problem &p : problems)
        parts.append(p.toString());
    return parts.join(QStringLiteral("\n"));
}

struct TypeFigures
{
    qint64 evaluated = 0;
    qint64 errors = 0;
    qint64 readNs = 0;
    qint64 pipelineNs = 0;
    qint64 outputNs = 0;
    qint64 bytes = 0;
    QMap<QString, qint64> outcomes;

    qint64 totalNs() const { return readNs + pipelineNs + outputNs; }
};

struct RunFigures
{
    QMap<QString, TypeFigures> byType;
    qint64 errorNs = 0; // time spent on applications that gave an error line
    QByteArray outputHash;
    QStringList firstErrors;
};

RunFigures runOnce(const QList<Application> &apps, const RulePackRegistry &registry, bool trace,
                   QFile *dump)
{
    RunFigures figures;
    const ApplicationReader reader;
    const ProposalPipeline::Options options{.trace = trace};
    feel::CallMemo memo;  // as ProposeCommand: one for the run
    JsonTree application; // and one parse buffer
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QElapsedTimer timer;
    for (const Application &app : apps) {
        TypeFigures &type = figures.byType[app.caseType];
        timer.start();
        // What ProposeCommand does per file, minus the file read itself.
        QByteArray line;
        qint64 readNs = 0;
        qint64 pipelineNs = 0;
        bool failed = true;
        auto record = reader.read(app.json, app.source, &application);
        readNs = timer.nsecsElapsed();
        if (!record) {
            line = ProposalJson::errorLine({}, app.caseType, app.source, joined(record.error()));
        } else if (auto pack = registry.select(record->caseType, record->applicationDate); !pack) {
            Problem p = pack.error();
            p.file = app.source;
            line =
                ProposalJson::errorLine(record->caseId, record->caseType, app.source, p.toString());
        } else {
            auto proposal = ProposalPipeline::run(*pack.value(), application.root(), app.source,
                                                  options, &memo);
            pipelineNs = timer.nsecsElapsed() - readNs;
            if (!proposal) {
                line = ProposalJson::errorLine(record->caseId, record->caseType, app.source,
                                               joined(proposal.error()));
            } else {
                line = ProposalJson::toLine(proposal.value(), trace);
                failed = false;
                ++type.outcomes[outcomeCode(proposal->outcome)];
            }
        }
        const qint64 totalNs = timer.nsecsElapsed();
        hash.addData(line);
        hash.addData(QByteArrayView("\n"));
        if (dump)
            dump->write(line + '\n');
        if (failed) {
            ++type.errors;
            figures.errorNs += totalNs;
            if (figures.firstErrors.size() < 3)
                figures.firstErrors.append(QString::fromUtf8(line));
            continue;
        }
        ++type.evaluated;
        type.readNs += readNs;
        type.pipelineNs += pipelineNs;
        type.outputNs += totalNs - readNs - pipelineNs;
        type.bytes += line.size() + 1;
    }
    figures.outputHash = hash.result().toHex();
    return figures;
}

double rate(qint64 cases, qint64 ns)
{
    return ns > 0 ? double(cases) * 1e9 / double(ns) : 0.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Proposals per second of `casebench propose --trace`, single thread."));
    parser.addHelpOption();
    const QCommandLineOption casesOption(QStringLiteral("cases"), QStringLiteral("Applications."),
                                         QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Demo seed."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption packsOption(QStringLiteral("packs"),
                                         QStringLiteral("Rule pack folder (default: shipped)."),
                                         QStringLiteral("DIR"));
    const QCommandLineOption noTraceOption(QStringLiteral("no-trace"),
                                           QStringLiteral("Without the DMN trace."));
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        QStringLiteral("Generate every application as of this date (errors are counted apart)."),
        QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption dumpOption(QStringLiteral("dump"),
                                        QStringLiteral("Write the first run's lines to FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption writeOption(
        QStringLiteral("write-applications"),
        QStringLiteral("Write the applications as files into DIR and stop."),
        QStringLiteral("DIR"));
    parser.addOptions({casesOption, seedOption, runsOption, packsOption, noTraceOption,
                       todayOption, dumpOption, writeOption});
    parser.process(app);

    const int cases = std::max(1, parser.value(casesOption).toInt());
    const quint64 seed = parser.value(seedOption).toULongLong();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const bool trace = !parser.isSet(noTraceOption);
    std::optional<QDate> today;
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today->isValid()) {
            std::fprintf(stderr, "--today: not a date\n");
            return 2;
        }
    }
    const QString packs =
        parser.isSet(packsOption) ? parser.value(packsOption) : shippedRulePackFolder();

    QElapsedTimer timer;
    timer.start();
    RulePackRegistry registry;
    for (const QString &folder : packFolders(packs)) {
        if (auto installed = registry.installFolder(folder); !installed) {
            std::fprintf(stderr, "%s\n", qPrintable(joined(installed.error())));
            return 2;
        }
    }
    if (registry.packs().isEmpty()) {
        std::fprintf(stderr, "%s: no rule pack\n", qPrintable(packs));
        return 2;
    }
    const double installMs = double(timer.nsecsElapsed()) / 1e6;

    timer.start();
    const QList<Application> apps = generate(cases, seed, today);
    const double generateS = double(timer.nsecsElapsed()) / 1e9;
    qint64 jsonBytes = 0;
    for (const Application &a : apps)
        jsonBytes += a.json.size();
    if (parser.isSet(writeOption))
        return writeApplications(apps, parser.value(writeOption)) ? 0 : 1;

    std::printf(
        "bench_propose: %d applications (seed %llu, %.1f MiB of JSON, generated in %.1f s), "
        "%d runs, single thread, trace %s\n",
        cases, static_cast<unsigned long long>(seed), double(jsonBytes) / 1048576.0, generateS,
        runs, trace ? "on" : "off");
    std::printf("packs installed in %.0f ms (examples run):", installMs);
    for (const auto &pack : registry.packs())
        std::printf(" %s %s", qPrintable(pack->id()), qPrintable(pack->version()));
    std::printf("\n");

    QList<RunFigures> all;
    for (int r = 0; r < runs; ++r) {
        QFile dump(parser.value(dumpOption));
        const bool dumping = r == 0 && parser.isSet(dumpOption);
        if (dumping && !dump.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            std::fprintf(stderr, "--dump: %s\n", qPrintable(dump.errorString()));
            return 2;
        }
        all.append(runOnce(apps, registry, trace, dumping ? &dump : nullptr));
    }

    const RunFigures &first = all.first();
    for (const RunFigures &other : all) {
        if (other.outputHash != first.outputHash) {
            std::fprintf(stderr, "output differs between runs\n");
            return 1;
        }
    }

    QList<double> overallRates, readShares, pipelineShares, outputShares, wallRates;
    for (const RunFigures &f : all) {
        qint64 evaluated = 0, errors = 0, read = 0, pipeline = 0, output = 0;
        for (const TypeFigures &t : f.byType) {
            evaluated += t.evaluated;
            errors += t.errors;
            read += t.readNs;
            pipeline += t.pipelineNs;
            output += t.outputNs;
        }
        const qint64 total = read + pipeline + output;
        overallRates.append(rate(evaluated, total));
        wallRates.append(rate(evaluated + errors, total + f.errorNs));
        readShares.append(total ? 100.0 * double(read) / double(total) : 0);
        pipelineShares.append(total ? 100.0 * double(pipeline) / double(total) : 0);
        outputShares.append(total ? 100.0 * double(output) / double(total) : 0);
    }

    std::printf("%-20s %9s %7s %12s %9s %9s %9s %10s\n", "case type", "evaluated", "errors",
                "cases/s", "read µs", "pipe µs", "json µs", "line bytes");
    for (auto it = first.byType.cbegin(); it != first.byType.cend(); ++it) {
        QList<double> rates, readUs, pipeUs, jsonUs;
        for (const RunFigures &f : all) {
            const TypeFigures &t = f.byType.value(it.key());
            rates.append(rate(t.evaluated, t.totalNs()));
            const double n = double(std::max<qint64>(1, t.evaluated));
            readUs.append(double(t.readNs) / n / 1e3);
            pipeUs.append(double(t.pipelineNs) / n / 1e3);
            jsonUs.append(double(t.outputNs) / n / 1e3);
        }
        const TypeFigures &t = it.value();
        std::printf("%-20s %9lld %7lld %12.0f %9.1f %9.1f %9.1f %10.0f\n", qPrintable(it.key()),
                    static_cast<long long>(t.evaluated), static_cast<long long>(t.errors),
                    median(rates), median(readUs), median(pipeUs), median(jsonUs),
                    double(t.bytes) / double(std::max<qint64>(1, t.evaluated)));
        QStringList outcomes;
        for (auto o = t.outcomes.cbegin(); o != t.outcomes.cend(); ++o)
            outcomes.append(QStringLiteral("%1 %2").arg(o.key()).arg(o.value()));
        std::printf("%-20s   outcomes: %s\n", "", qPrintable(outcomes.join(QStringLiteral(", "))));
    }

    qint64 errors = 0;
    for (const TypeFigures &t : first.byType)
        errors += t.errors;
    std::printf("overall: %.0f cases/s evaluated (median of %d; all lines incl. errors %.0f/s)\n",
                median(overallRates), runs, median(wallRates));
    std::printf("time split: reading/checking JSON %.1f %%, pipeline (stages + spot check) "
                "%.1f %%, JSON line %.1f %%\n",
                median(readShares), median(pipelineShares), median(outputShares));
    std::printf("error lines: %lld\n", static_cast<long long>(errors));
    for (const QString &e : first.firstErrors)
        std::printf("  %s\n", qPrintable(e.left(300)));
    std::printf("output SHA-256 (all lines): %s\n", first.outputHash.constData());
    std::printf("target: >= 20000 cases/s with the trace on\n");
    return 0;
}
