#include "model/Importer.h"

#include "model/ApplicationReader.h"
#include "model/CaseRepository.h"
#include "model/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <algorithm>
#include <optional>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Importer", text);
}

Problem fileProblem(const QString &file, const QString &message, const QString &field = {})
{
    Problem p;
    p.file = file;
    p.field = field;
    p.message = message;
    return p;
}

// Records are kept between checking and writing up to this many payload bytes; beyond it
// files are read a second time when written, so a batch of 100 000 applications does not
// hold them all in memory.
constexpr qint64 KeptPayloadBudget = 256LL * 1024 * 1024;

struct PendingCase
{
    QString file;
    QString caseId;
    std::optional<CaseRecord> record; // empty when it must be read again
};

} // namespace

Importer::Importer(QSqlDatabase db) : m_db(std::move(db)) {}

QStringList Importer::expandPaths(const QStringList &paths, Problems &problems)
{
    QStringList files;
    QSet<QString> seen;
    auto add = [&](const QFileInfo &info) {
        const QString key = info.canonicalFilePath();
        if (seen.contains(key))
            return;
        seen.insert(key);
        files.append(info.filePath());
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists()) {
            problems.append(fileProblem(path, tr("does not exist")));
        } else if (info.isDir()) {
            QDir dir(path);
            QStringList names =
                dir.entryList({QStringLiteral("*.json")}, QDir::Files | QDir::Readable);
            // Code-point order, not the locale's, so the same folder imports in the same
            // order on every machine.
            std::sort(names.begin(), names.end());
            if (names.isEmpty())
                problems.append(fileProblem(path, tr("is a folder without .json files")));
            for (const QString &name : std::as_const(names))
                add(QFileInfo(dir.filePath(name)));
        } else {
            add(info);
        }
    }
    return files;
}

ImportReport Importer::import(const QStringList &paths, const ImportOptions &options)
{
    ImportReport report;
    CaseRepository repository(m_db);

    QHash<QString, int> deadlineDays;
    const QList<CaseTypeInfo> caseTypes = repository.caseTypes();
    for (const CaseTypeInfo &t : caseTypes)
        deadlineDays.insert(t.code, t.defaultDeadlineDays);
    const ApplicationReader reader(deadlineDays);

    Problems pathProblems;
    const QStringList files = expandPaths(paths, pathProblems);
    report.files = int(files.size());
    report.invalidFiles = int(pathProblems.size());
    report.problems = pathProblems;

    // 1. Read and check everything; nothing is written yet.
    QList<PendingCase> pending;
    QHash<QString, QString> firstFileOfCase;
    qint64 keptBytes = 0;
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        Result<CaseRecord, Problems> read = reader.readFile(file);
        if (read.ok() && !deadlineDays.contains(read->caseType)) {
            // Known to the program but not set up in this cache (an older cache).
            read = Problems{fileProblem(
                file, tr("case type \"%1\" is not set up in this cache").arg(read->caseType),
                QStringLiteral("case_type"))};
        }
        if (!read.ok()) {
            ++report.invalidFiles;
            report.problems.append(read.error());
        } else {
            ++report.validFiles;
            const QString caseId = read->caseId;
            const auto earlier = firstFileOfCase.constFind(caseId);
            if (earlier != firstFileOfCase.constEnd()) {
                report.duplicates.append(DuplicateCase{file, caseId, *earlier});
            } else if (repository.exists(caseId)) {
                firstFileOfCase.insert(caseId, file);
                report.duplicates.append(DuplicateCase{file, caseId, QString()});
            } else {
                firstFileOfCase.insert(caseId, file);
                PendingCase p{file, caseId, std::nullopt};
                if (keptBytes + read->payload.size() <= KeptPayloadBudget) {
                    keptBytes += read->payload.size();
                    p.record = std::move(read).value();
                }
                pending.append(std::move(p));
            }
        }
        if (options.progress)
            options.progress(int(i + 1), int(files.size()));
    }

    if ((report.invalidFiles > 0 && !options.skipInvalid) || pending.isEmpty())
        return report;

    // 2. Write the batch in one transaction; any failure undoes all of it.
    Transaction transaction(m_db);
    if (!transaction.isActive()) {
        report.problems.append(fileProblem(
            QString(), tr("could not start a transaction: %1").arg(m_db.lastError().text())));
        return report;
    }
    int inserted = 0;
    for (PendingCase &p : pending) {
        if (!p.record) {
            Result<CaseRecord, Problems> again = reader.readFile(p.file);
            if (!again.ok() || again->caseId != p.caseId) {
                report.problems.append(fileProblem(
                    p.file, tr("changed while the batch was imported; nothing was imported")));
                return report; // the transaction rolls back
            }
            p.record = std::move(again).value();
        }
        const Result<qint64> stored = repository.insert(*p.record);
        p.record.reset();
        if (!stored.ok()) {
            Problem problem = stored.error();
            problem.file = p.file;
            problem.message =
                tr("could not be stored, so nothing was imported: %1").arg(problem.message);
            report.problems.append(problem);
            return report;
        }
        ++inserted;
    }
    if (!transaction.commit()) {
        // A failed COMMIT can leave the transaction open (SQLite on a busy file).
        m_db.rollback();
        report.problems.append(
            fileProblem(QString(), tr("could not commit the import, so nothing was imported: %1")
                                       .arg(m_db.lastError().text())));
        return report;
    }
    report.imported = inserted;
    report.written = inserted > 0;
    return report;
}

} // namespace casebench
