#include "app/HeadlessCommands.h"

#include "app/ActingUser.h"
#include "app/AuditCommand.h"
#include "app/CacheOpener.h"
#include "app/PackCommands.h"
#include "app/PassphraseSource.h"
#include "automation/pipeline/InboxAutomation.h"
#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "automation/rulepack/RulePackStore.h"
#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/DemoHistoryGenerator.h"
#include "model/Importer.h"
#include "model/ProposalRepository.h"
#include "model/Transaction.h"

#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <cstdio>
#include <optional>
#include <spdlog/spdlog.h>
#include <unistd.h>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HeadlessCommands", text);
}

int runInfo(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenExisting, err);
    if (!opened.cache)
        return opened.exitCode;
    if (!resolveActingUser(options, opened.cache->database(), false, err))
        return ExitFailure;
    const CacheDatabase &cache = *opened.cache;
    CaseRepository cases(cache.database());
    out << tr("Cache:          %1").arg(cache.path()) << Qt::endl;
    out << tr("Schema version: %1").arg(cache.schemaVersion()) << Qt::endl;
    out << tr("SQLCipher:      %1 (SQLite %2)").arg(cache.cipherVersion(), cache.sqliteVersion())
        << Qt::endl;
    const QHash<CaseStatus, int> counts = cases.countByStatus();
    out << tr("Cases:          %1").arg(cases.count()) << Qt::endl;
    for (CaseStatus status : allStatuses())
        // The person's word first, the stored code (what scripts and SQL see) after it.
        out << QStringLiteral("  %1 %2")
                   .arg(statusDisplayName(status) + QLatin1String(" (") + statusCode(status) +
                            QLatin1String("):"),
                        -39)
                   .arg(counts.value(status))
            << Qt::endl;
    return ExitOk;
}

int runRekey(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenExisting, err);
    if (!opened.cache)
        return opened.exitCode;
    if (!resolveActingUser(options, opened.cache->database(), false, err))
        return ExitFailure;
    Result<QByteArray> next = options.newPassphraseFile.isEmpty()
                                  ? obtainPassphrase(QString(), tr("New passphrase: "))
                                  : readPassphraseFile(options.newPassphraseFile);
    if (!next) {
        err << next.error().toString() << Qt::endl;
        return ExitFailure;
    }
    if (auto changed = opened.cache->changePassphrase(next.value()); !changed) {
        err << changed.error().message << Qt::endl;
        return ExitFailure;
    }
    out << tr("The passphrase of %1 was changed.").arg(opened.cache->path()) << Qt::endl;
    return ExitOk;
}

int runDemo(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    const QDate today = QDate::currentDate();
    if (!options.demoOut.isEmpty()) {
        DemoCaseGenerator generator(options.demoSeed);
        Result<int> written =
            generator.writeApplicationFiles(options.demoOut, options.demoCases, today);
        if (!written) {
            err << written.error().toString() << Qt::endl;
            return ExitFailure;
        }
        out << tr("Wrote %1 application files to %2").arg(written.value()).arg(options.demoOut)
            << Qt::endl;
        return ExitOk;
    }
    const bool createdNow = !QFileInfo::exists(options.cachePath);
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenOrCreate, err);
    if (!opened.cache)
        return opened.exitCode;
    const std::optional<User> user =
        resolveActingUser(options, opened.cache->database(), createdNow, err);
    if (!user)
        return ExitFailure;
    if (auto added = DemoCaseGenerator::addDemoUsers(opened.cache->database(), user->login);
        !added) {
        err << added.error().toString() << Qt::endl;
        return ExitFailure;
    }
    // Continue the numbering of earlier demo runs so case ids stay unique.
    CaseRepository cases(opened.cache->database());
    DemoCaseGenerator generator(options.demoSeed, cases.count() + 1);
    QElapsedTimer timer;
    timer.start();
    Result<int> stored = generator.fill(opened.cache->database(), options.demoCases, today);
    if (!stored) {
        err << stored.error().toString() << Qt::endl;
        return ExitFailure;
    }
    spdlog::info("demo: stored {} cases (seed {})", stored.value(), options.demoSeed);
    out << tr("Stored %1 demo cases in %2 (%3 s)")
               .arg(stored.value())
               .arg(opened.cache->path())
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    if (options.demoHistoryDays > 0) {
        timer.restart();
        DemoHistoryGenerator history(options.demoSeed);
        auto made = history.fill(opened.cache->database(), options.demoHistoryDays, today);
        if (!made) {
            err << made.error().toString() << Qt::endl;
            return ExitFailure;
        }
        spdlog::info("demo: stored a history of {} days, {} cases", options.demoHistoryDays,
                     made->cases);
        out << tr("Stored a decided history of %1 days: %2 cases, %3 decided (%4 overridden), "
                  "%5 returned, %6 still open (%7 s)")
                   .arg(options.demoHistoryDays)
                   .arg(made->cases)
                   .arg(made->decided)
                   .arg(made->overridden)
                   .arg(made->returned)
                   .arg(made->open)
                   .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
            << Qt::endl;
    }
    return ExitOk;
}

int runImport(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    const bool createdNow = !QFileInfo::exists(options.cachePath);
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenOrCreate, err);
    if (!opened.cache)
        return opened.exitCode;
    const std::optional<User> user =
        resolveActingUser(options, opened.cache->database(), createdNow, err);
    if (!user)
        return ExitFailure;
    Importer importer(opened.cache->database());
    ImportOptions importOptions;
    importOptions.skipInvalid = options.skipInvalid;
    importOptions.actingUser = user->login;
    const ImportReport report = importer.import(options.arguments, importOptions);
    // Counts only: problem messages, field names of unknown fields and file names come from
    // the applicant's files and may carry personal data.
    spdlog::info("import: {} files, {} valid, {} invalid, {} duplicates, {} problems, {} imported",
                 report.files, report.validFiles, report.invalidFiles, report.duplicates.size(),
                 report.problems.size(), report.imported);
    for (const Problem &problem : report.problems)
        err << problem.toString() << Qt::endl;
    for (const DuplicateCase &duplicate : report.duplicates) {
        if (duplicate.firstFile.isEmpty())
            err << tr("%1: case %2 is already in the cache; not imported again")
                       .arg(duplicate.file, duplicate.caseId)
                << Qt::endl;
        else
            err << tr("%1: case %2 is also in %3; imported once")
                       .arg(duplicate.file, duplicate.caseId, duplicate.firstFile)
                << Qt::endl;
    }
    out << tr("%1 files: %2 valid, %3 invalid, %4 duplicates; %5 cases imported")
               .arg(report.files)
               .arg(report.validFiles)
               .arg(report.invalidFiles)
               .arg(report.duplicates.size())
               .arg(report.imported)
        << Qt::endl;
    if (report.invalidFiles > 0 && !options.skipInvalid)
        out << tr("Nothing was imported because of the invalid files (use --skip-invalid to import "
                  "the valid ones).")
            << Qt::endl;
    return report.hasProblems() ? ExitFailure : ExitOk;
}

// The proposal lines on their way to a device, gathered into writes of some 256 kB: traced
// lines are about 10 kB each, and a write per line (two, with its newline) was a system
// call or two per application for `casebench propose` over 100 000 files. On a terminal
// each line goes out at once, so a person watching sees every proposal as it is made.
class LineWriter
{
public:
    explicit LineWriter(QIODevice *device) : m_device(device)
    {
        const auto *file = qobject_cast<QFile *>(device);
        m_immediate = file && file->handle() >= 0 && isatty(file->handle());
        m_pending.reserve(Batch + 64 * 1024);
    }
    LineWriter(const LineWriter &) = delete;
    LineWriter &operator=(const LineWriter &) = delete;
    ~LineWriter() { flush(); }

    void write(const QByteArray &line)
    {
        m_pending.append(line);
        m_pending.append('\n');
        if (m_immediate || m_pending.size() >= Batch)
            flush();
    }
    void flush()
    {
        if (m_pending.isEmpty())
            return;
        m_device->write(m_pending);
        m_pending.clear(); // keeps its capacity
    }

private:
    static constexpr qsizetype Batch = 256 * 1024;
    QIODevice *m_device;
    bool m_immediate = false;
    QByteArray m_pending;
};

// Needs no cache: the rule packs and the application files are all it reads. Lines go to
// stdout as they are ready (in batches unless stdout is a terminal); problems to stderr.
int runPropose(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    ProposeOptions propose;
    propose.packFolders =
        options.packFolders.isEmpty() ? QStringList{shippedRulePackFolder()} : options.packFolders;
    propose.trace = options.trace;
    // A line is UTF-8 already: it goes to the stream's device as it is, not decoded into a
    // QString for the text stream to encode again (two passes over some 10 kB per traced
    // line). A stream without a device (a string, in tests) gets it as text.
    out.flush();
    QIODevice *device = out.device();
    std::optional<LineWriter> writer;
    if (device)
        writer.emplace(device);
    const ProposeCommand::Output output =
        ProposeCommand::run(options.arguments, propose, [&out, &writer](const QByteArray &line) {
            if (writer)
                writer->write(line);
            else
                out << QString::fromUtf8(line) << u'\n';
        });
    writer.reset(); // the last lines, before the problems and the log line
    out.flush();
    for (const Problem &problem : output.problems)
        err << problem.toString() << Qt::endl;
    spdlog::info("propose: exit status {}, {} problems", output.exitStatus, output.problems.size());
    return output.exitStatus == ProposeCommand::Success ? ExitOk : ExitFailure;
}

// A progress bar on an interactive terminal, a line per tenth otherwise (logs, CI).
class TerminalProgress
{
public:
    TerminalProgress(QTextStream &err, int total)
        : m_err(err), m_total(total), m_tty(isatty(fileno(stderr)))
    {
    }

    void update(int done)
    {
        if (m_total <= 0)
            return;
        const int percent = int(qint64(done) * 100 / m_total);
        if (m_tty) {
            const int filled = percent * 40 / 100;
            m_err << u'\r' << u'[' << QString(filled, u'#') << QString(40 - filled, u'.') << u']'
                  << QStringLiteral(" %1 % (%2/%3)").arg(percent, 3).arg(done).arg(m_total);
            if (done == m_total)
                m_err << u'\n';
            m_err.flush();
        } else if (percent / 10 != m_lastTenth || done == m_total) {
            m_lastTenth = percent / 10;
            m_err << QStringLiteral("%1 % (%2/%3)").arg(percent).arg(done).arg(m_total) << Qt::endl;
        }
    }

private:
    QTextStream &m_err;
    int m_total;
    bool m_tty;
    int m_lastTenth = -1;
};

// Runs the pipeline on every received case of the cache and stores each proposal with its
// trace (status → proposed), in batches of one transaction each. A case whose pack is
// missing or whose evaluation fails stays received and is listed, never skipped silently.
int runProcess(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    // --pack folders are all that answer; without them the cache's active packs do, and the
    // shipped packs for case types without one (docs/rule-packs.md, "Installed packs").
    RulePackRegistry registry;
    Problems packProblems;
    if (!options.packFolders.isEmpty())
        packProblems = ProposeCommand::installPacks(options.packFolders, registry);
    for (const Problem &problem : packProblems)
        err << problem.toString() << Qt::endl;
    if (!packProblems.isEmpty())
        return ExitFailure;

    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenExisting, err);
    if (!opened.cache)
        return opened.exitCode;
    const std::optional<User> user =
        resolveActingUser(options, opened.cache->database(), false, err);
    if (!user)
        return ExitFailure;
    if (options.packFolders.isEmpty()) {
        auto installed = RulePackStore(opened.cache->database(), user->login)
                             .activeRegistry({shippedRulePackFolder()});
        if (!installed) {
            for (const Problem &problem : installed.error())
                err << problem.toString() << Qt::endl;
            return ExitFailure;
        }
        registry = std::move(installed.value());
    }
    std::optional<TerminalProgress> progress;
    InboxAutomation automation(opened.cache->database(), registry);
    automation.setActingUser(user->login);
    auto summary = automation.run([&](int done, int total) {
        if (!progress)
            progress.emplace(err, total);
        progress->update(done);
    });
    if (!summary) {
        err << summary.error().toString() << Qt::endl;
        return ExitFailure;
    }
    const QStringList &failures = summary.value().failures;
    const QMap<QString, int> &byOutcome = summary.value().byOutcome;
    const int total = summary.value().total;
    for (const QString &failure : failures)
        err << failure << Qt::endl;
    int proposed = 0;
    for (const QString &code : outcomeCodes()) {
        proposed += byOutcome.value(code);
        if (byOutcome.value(code) > 0)
            out << QStringLiteral("  %1 %2")
                       .arg(code + QLatin1Char(':'), -20)
                       .arg(byOutcome.value(code))
                << Qt::endl;
    }
    out << tr("%1 received cases: %2 proposed, %3 need manual handling (could not be evaluated)")
               .arg(total)
               .arg(proposed)
               .arg(failures.size())
        << Qt::endl;
    spdlog::info("process: {} received, {} proposed, {} failed", total, proposed, failures.size());
    return failures.isEmpty() ? ExitOk : ExitFailure;
}

} // namespace

QString shippedRulePackFolder()
{
    const QByteArray configured = qgetenv("CASEBENCH_RULEPACKS");
    return configured.isEmpty() ? QStringLiteral(CASEBENCH_RULEPACK_DIR)
                                : QString::fromLocal8Bit(configured);
}

int runHeadlessCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    spdlog::info("command: {}", options.command.toStdString());
    if (options.command == QLatin1String("info"))
        return runInfo(options, out, err);
    if (options.command == QLatin1String("demo"))
        return runDemo(options, out, err);
    if (options.command == QLatin1String("import"))
        return runImport(options, out, err);
    if (options.command == QLatin1String("process"))
        return runProcess(options, out, err);
    if (options.command == QLatin1String("propose"))
        return runPropose(options, out, err);
    if (options.command == QLatin1String("rekey"))
        return runRekey(options, out, err);
    if (options.command == QLatin1String("audit"))
        return runAuditCommand(options, out, err);
    if (options.command == QLatin1String("pack"))
        return runPackCommand(options, out, err);
    if (options.command == QLatin1String("settings"))
        return runSettingsCommand(options, out, err);
    err << tr("Unknown command \"%1\"").arg(options.command) << Qt::endl;
    return ExitFailure;
}

} // namespace casebench
