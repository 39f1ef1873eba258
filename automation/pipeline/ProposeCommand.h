#pragma once
// ProposeCommand: the work behind `casebench propose [--pack DIR] [--trace] FILE|DIR…` —
// installs the rule packs, reads each application (a folder: its *.json files in name
// order, as `casebench import` does), picks the pack for its case type and application
// date, runs the pipeline and hands back one JSON line per application. Needs no cache.
// app/ only parses the command line and prints.

#include "model/Problem.h"

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <functional>

namespace casebench {

class RulePackRegistry;

struct ProposeOptions
{
    // Each entry is a pack folder (holding pack.json) or a folder of pack folders.
    QStringList packFolders;
    bool trace = false;
};

class ProposeCommand
{
public:
    enum ExitStatus {
        Success = 0,
        ApplicationFailed = 1, // at least one application gave an error line
        PackFailed = 2, // a rule pack could not be installed, or a path is unreadable; no lines
    };

    struct Output
    {
        QList<QByteArray> lines; // one JSON object per application, without newline
        Problems problems;       // for stderr: packs that failed, paths that do not exist
        int exitStatus = Success;
    };

    // Streams each line to `line` as soon as it is ready (100 000 applications need not sit
    // in memory); problems are returned, lines are not.
    static Output run(const QStringList &paths, const ProposeOptions &options,
                      const std::function<void(const QByteArray &line)> &line);
    // Installs each folder (a pack, or a folder of packs) into the registry; the problems
    // of the packs that could not be installed. Also used by `casebench process`.
    static Problems installPacks(const QStringList &folders, RulePackRegistry &registry);

    // Collects the lines in Output::lines.
    static Output run(const QStringList &paths, const ProposeOptions &options);

    // The application files of a folder in the order they are proposed: its *.json files
    // (any case, not hidden) by name, as QDir::entryList(…, QDir::Files, QDir::Name) lists
    // them, but without holding every entry's file information at once.
    static QStringList applicationFiles(const QString &folder);
    // The same files' names within the folder.
    static QStringList applicationFileNames(const QString &folder);
};

} // namespace casebench
