#pragma once
// Importer: brings a batch of application files into the cache all-or-nothing, in one
// transaction: a batch with an invalid file writes nothing (unless told to skip invalid
// files), and every problem of every file is reported. Cases already in the cache, or twice
// in the batch, are reported as duplicates and never doubled.

#include "model/Problem.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace casebench {

struct ImportOptions
{
    // Import the valid files of a batch that has invalid ones (`casebench import
    // --skip-invalid`); the invalid ones are still reported.
    bool skipInvalid = false;
    // Called after each file has been read and checked: (files done, files in the batch).
    std::function<void(int done, int total)> progress;
    // Login recorded on each case's "imported" audit event; empty: the operating-system
    // login (UserRepository::operatingSystemLogin()).
    QString actingUser;
};

struct DuplicateCase
{
    QString file; // the file that was not imported
    QString caseId;
    QString firstFile; // the earlier file of this batch with the same case id; empty when
                       // the case was already in the cache
};

struct ImportReport
{
    int files = 0;        // application files in the batch (folders expanded)
    int validFiles = 0;   // files that passed every check (duplicates included)
    int invalidFiles = 0; // files with problems, plus paths that could not be read
    int imported = 0;     // cases written to the cache (0 unless `written`)
    QList<DuplicateCase> duplicates;
    Problems problems;       // every problem of every file, in batch order, then write errors
    bool written = false;    // a transaction with at least one case was committed
    double checkSeconds = 0; // reading and checking the files
    double writeSeconds = 0; // the transaction, commit included

    bool hasProblems() const { return !problems.isEmpty(); }
};

class Importer
{
public:
    // `db` is an open cache (CacheDatabase::database()) at the current schema.
    explicit Importer(QSqlDatabase db);

    ImportReport import(const QStringList &paths, const ImportOptions &options = {});

    // Files named by `paths`: a folder stands for its *.json files (not its subfolders),
    // sorted by name; a file named twice counts once. A path that does not exist or a folder
    // without application files becomes a problem.
    static QStringList expandPaths(const QStringList &paths, Problems &problems);

private:
    QSqlDatabase m_db;
};

} // namespace casebench
