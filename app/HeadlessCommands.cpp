#include "app/HeadlessCommands.h"

#include <QCoreApplication>
#include <spdlog/spdlog.h>

#include "app/PassphraseSource.h"
#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/Importer.h"
#include "automation/pipeline/ProposeCommand.h"

#include <QDate>
#include <QElapsedTimer>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("HeadlessCommands", text);
}

struct OpenedCache
{
    std::unique_ptr<CacheDatabase> cache;
    int exitCode = ExitOk;
};

OpenedCache openCache(const CommandLineOptions &options, CacheDatabase::OpenMode mode,
                      QTextStream &err)
{
    OpenedCache opened;
    auto passphrase = obtainPassphrase(options.passphraseFile,
                                       tr("Passphrase for %1: ").arg(options.cachePath));
    if (!passphrase) {
        err << passphrase.error().toString() << Qt::endl;
        opened.exitCode = ExitFailure;
        return opened;
    }
    auto cache = CacheDatabase::open(options.cachePath, passphrase.value(), mode);
    passphrase.value().fill('\0');
    if (!cache) {
        err << cache.error().message << Qt::endl;
        opened.exitCode = cache.error().kind == CacheError::Kind::WrongPassphrase ? ExitWrongPassphrase
                                                                                  : ExitFailure;
        return opened;
    }
    opened.cache = std::move(cache.value());
    return opened;
}

int runInfo(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenExisting, err);
    if (!opened.cache)
        return opened.exitCode;
    const CacheDatabase &cache = *opened.cache;
    CaseRepository cases(cache.database());
    out << tr("Cache:          %1").arg(cache.path()) << Qt::endl;
    out << tr("Schema version: %1").arg(cache.schemaVersion()) << Qt::endl;
    out << tr("SQLCipher:      %1 (SQLite %2)").arg(cache.cipherVersion(), cache.sqliteVersion()) << Qt::endl;
    const QHash<CaseStatus, int> counts = cases.countByStatus();
    out << tr("Cases:          %1").arg(cases.count()) << Qt::endl;
    for (CaseStatus status : allStatuses())
        out << QStringLiteral("  %1 %2").arg(statusCode(status) + QLatin1Char(':'), -10).arg(counts.value(status)) << Qt::endl;
    return ExitOk;
}

int runRekey(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenExisting, err);
    if (!opened.cache)
        return opened.exitCode;
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
        Result<int> written = generator.writeApplicationFiles(options.demoOut, options.demoCases, today);
        if (!written) {
            err << written.error().toString() << Qt::endl;
            return ExitFailure;
        }
        out << tr("Wrote %1 application files to %2").arg(written.value()).arg(options.demoOut) << Qt::endl;
        return ExitOk;
    }
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenOrCreate, err);
    if (!opened.cache)
        return opened.exitCode;
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
    return ExitOk;
}

int runImport(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenOrCreate, err);
    if (!opened.cache)
        return opened.exitCode;
    Importer importer(opened.cache->database());
    ImportOptions importOptions;
    importOptions.skipInvalid = options.skipInvalid;
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

// Needs no cache: the rule packs and the application files are all it reads. Lines go to
// stdout as they are ready; problems to stderr.
int runPropose(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    ProposeOptions propose;
    propose.packFolders = options.packFolders.isEmpty() ? QStringList{shippedRulePackFolder()}
                                                        : options.packFolders;
    propose.trace = options.trace;
    const ProposeCommand::Output output =
        ProposeCommand::run(options.arguments, propose, [&out](const QByteArray &line) {
            out << QString::fromUtf8(line) << u'\n';
        });
    out.flush();
    for (const Problem &problem : output.problems)
        err << problem.toString() << Qt::endl;
    spdlog::info("propose: exit status {}, {} problems", output.exitStatus, output.problems.size());
    return output.exitStatus == ProposeCommand::Success ? ExitOk : ExitFailure;
}

} // namespace

QString shippedRulePackFolder()
{
    const QByteArray configured = qgetenv("CASEBENCH_RULEPACKS");
    return configured.isEmpty() ? QStringLiteral(CASEBENCH_RULEPACK_DIR) : QString::fromLocal8Bit(configured);
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
    if (options.command == QLatin1String("propose"))
        return runPropose(options, out, err);
    if (options.command == QLatin1String("rekey"))
        return runRekey(options, out, err);
    err << tr("Unknown command \"%1\"").arg(options.command) << Qt::endl;
    return ExitFailure;
}

} // namespace casebench
