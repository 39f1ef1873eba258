#include "model/Importer.h"

#include "model/ApplicationReader.h"
#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/CaseRepository.h"
#include "model/UserRepository.h"
#include "model/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
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
    AuditTrail audit(m_db);
    const QString actingUser = options.actingUser.isEmpty()
                                   ? UserRepository::operatingSystemLogin()
                                   : options.actingUser;

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

    // One pass: each file is read, checked and — while the batch is still clean — inserted
    // into the open transaction. Nothing is visible to others before the commit, a bad
    // file rolls back what came before it, and no record is held longer than one file, so
    // memory stays flat for batches of any size. Checking goes on after a bad file so that
    // every problem of the batch is reported at once.
    QElapsedTimer total;
    total.start();
    QElapsedTimer writeClock;
    qint64 writeNanoseconds = 0;
    std::optional<Transaction> transaction;
    bool writing = options.skipInvalid || report.invalidFiles == 0;
    int inserted = 0;
    QHash<QString, QString> firstFileOfCase;
    auto abandonWrites = [&]() {
        writing = false;
        inserted = 0;
        if (transaction)
            transaction->rollback();
    };

    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString &file = files[i];
        Result<CaseRecord, Problems> read = reader.readFile(file);
        if (read.ok() && !deadlineDays.contains(read->caseType)) {
            // Known to the program but not set up in this cache (an older cache).
            read = Problems{fileProblem(
                file, tr("case type \"%1\" is not set up in this cache").arg(read->caseType),
                QStringLiteral("case_type"))};
        }
        if (options.progress)
            options.progress(int(i + 1), int(files.size()));
        if (!read.ok()) {
            ++report.invalidFiles;
            report.problems.append(read.error());
            if (!options.skipInvalid)
                abandonWrites();
            continue;
        }
        ++report.validFiles;
        const QString caseId = read->caseId;
        const auto earlier = firstFileOfCase.constFind(caseId);
        if (earlier != firstFileOfCase.constEnd()) {
            report.duplicates.append(DuplicateCase{file, caseId, *earlier});
            continue;
        }
        firstFileOfCase.insert(caseId, file);
        // Cases of this batch are caught by the map above before they could be found here.
        if (repository.exists(caseId)) {
            report.duplicates.append(DuplicateCase{file, caseId, QString()});
            continue;
        }
        if (!writing)
            continue;

        writeClock.start();
        if (!transaction) {
            transaction.emplace(m_db);
            if (!transaction->isActive()) {
                report.problems.append(fileProblem(
                    QString(),
                    tr("could not start a transaction: %1").arg(m_db.lastError().text())));
                abandonWrites();
                continue;
            }
        }
        Result<qint64> stored = repository.insert(*read);
        if (stored.ok()) {
            // In the batch's transaction: a rolled-back import leaves no "imported" events.
            auto audited = audit.append(actingUser, AuditEventCode::Imported, caseId, {}, {},
                                        QJsonObject{{QStringLiteral("case_type"), read->caseType}});
            if (!audited)
                stored = audited.error();
        }
        writeNanoseconds += writeClock.nsecsElapsed();
        if (!stored.ok()) {
            Problem problem = stored.error();
            problem.file = file;
            problem.message =
                tr("could not be stored, so nothing was imported: %1").arg(problem.message);
            report.problems.append(problem);
            abandonWrites();
            continue;
        }
        ++inserted;
    }

    if (writing && inserted > 0) {
        writeClock.start();
        if (!transaction->commit()) {
            // A failed COMMIT can leave the transaction open (SQLite on a busy file).
            m_db.rollback();
            report.problems.append(fileProblem(
                QString(), tr("could not commit the import, so nothing was imported: %1")
                               .arg(m_db.lastError().text())));
            inserted = 0;
        }
        writeNanoseconds += writeClock.nsecsElapsed();
    } else if (transaction) {
        transaction->rollback();
        inserted = 0;
    }
    report.imported = inserted;
    report.written = inserted > 0;
    report.writeSeconds = double(writeNanoseconds) / 1e9;
    report.checkSeconds = double(total.nsecsElapsed() - writeNanoseconds) / 1e9;
    return report;
}

} // namespace casebench
