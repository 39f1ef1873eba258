#include "automation/pipeline/ProposeCommand.h"

#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "automation/rulepack/RulePackManifest.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/ApplicationReader.h"
#include "model/SmallFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <memory>
#include <vector>

namespace casebench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ProposeCommand", text);
}

QString joined(const Problems &problems)
{
    QStringList parts;
    for (const Problem &p : problems)
        parts.append(p.toString());
    return parts.join(QStringLiteral("\n"));
}

// Best effort, for the error line only: the id and type as the file states them.
std::pair<QString, QString> caseIdAndType(const QString &path)
{
    QFile file(path);
    if (file.size() > ApplicationReader::MaxFileBytes || !file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    return {o.value(QStringLiteral("case_id")).toString(),
            o.value(QStringLiteral("case_type")).toString()};
}
} // namespace

Problems ProposeCommand::installPacks(const QStringList &folders, RulePackRegistry &registry)
{
    Problems problems;
    for (const QString &folder : folders) {
        QStringList packs;
        if (QFileInfo(QDir(folder).filePath(RulePackManifest::fileName())).isFile()) {
            packs.append(folder);
        } else if (QFileInfo(folder).isDir()) {
            const QDir dir(folder);
            for (const QString &name :
                 dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                if (QFileInfo(dir.filePath(name + QLatin1Char('/') + RulePackManifest::fileName()))
                        .isFile())
                    packs.append(dir.filePath(name));
            }
            if (packs.isEmpty())
                problems.append({tr("holds no rule pack (no pack.json here or in its subfolders)"),
                                 folder,
                                 0,
                                 {}});
        } else {
            problems.append({tr("no such folder"), folder, 0, {}});
        }
        for (const QString &pack : packs) {
            if (auto installed = registry.installFolder(pack); !installed)
                problems.append(installed.error());
        }
    }

    return problems;
}

ProposeCommand::Output ProposeCommand::run(const QStringList &paths, const ProposeOptions &options)
{
    Output collected;
    Output out = run(paths, options, [&](const QByteArray &line) { collected.lines.append(line); });
    out.lines = std::move(collected.lines);
    return out;
}

// entryList holds every entry's file information until it has sorted, some 500 bytes a
// file (50 MB for 100 000 applications); the iterator lets each go at once.
QStringList ProposeCommand::applicationFileNames(const QString &folder)
{
    QStringList names;
    QDirIterator it(folder, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext()) {
        it.next();
        names.append(it.fileName());
    }
    std::sort(names.begin(), names.end()); // QDir::Name without LocaleAware: code unit order
    return names;
}

QStringList ProposeCommand::applicationFiles(const QString &folder)
{
    const QDir dir(folder);
    QStringList files;
    for (const QString &name : applicationFileNames(folder))
        files.append(dir.filePath(name));
    return files;
}

ProposeCommand::Output ProposeCommand::run(const QStringList &paths, const ProposeOptions &options,
                                           const std::function<void(const QByteArray &line)> &line)
{
    Output out;
    RulePackRegistry registry;
    out.problems = installPacks(options.packFolders, registry);

    // A folder's files are read through a SmallFile::Folder (opened relative to it); a file
    // named on the command line by its path.
    struct ApplicationFile
    {
        QString path;
        qsizetype folder = -1; // index into `folders`, or -1
        QString name;          // within the folder
    };
    std::vector<std::unique_ptr<SmallFile::Folder>> folders;
    QList<ApplicationFile> files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            folders.push_back(std::make_unique<SmallFile::Folder>(path));
            const QDir dir(path);
            for (const QString &name : applicationFileNames(path))
                files.append({dir.filePath(name), qsizetype(folders.size()) - 1, name});
        } else if (info.isFile()) {
            files.append({path, -1, {}});
        } else {
            out.problems.append({tr("no such file or folder"), path, 0, {}});
        }
    }
    if (!out.problems.isEmpty()) {
        out.exitStatus = PackFailed;
        return out;
    }

    const ApplicationReader reader;
    const ProposalPipeline::Options pipelineOptions{.trace = options.trace};
    // The packs' lookup tables answer the same questions for many applications.
    feel::CallMemo memo;
    JsonTree application; // one parse buffer for every file
    for (const ApplicationFile &entry : files) {
        const QString &file = entry.path;
        auto record = entry.folder < 0
            ? reader.readFile(file, &application)
            : reader.readContents(folders[size_t(entry.folder)]->read(entry.name,
                                                                       ApplicationReader::MaxFileBytes),
                                  file, &application);
        if (!record) {
            const auto [caseId, caseType] = caseIdAndType(file);
            line(ProposalJson::errorLine(caseId, caseType, file, joined(record.error())));
            out.exitStatus = ApplicationFailed;
            continue;
        }
        auto pack = registry.select(record->caseType, record->applicationDate);
        if (!pack) {
            Problem p = pack.error();
            p.file = file;
            line(ProposalJson::errorLine(record->caseId, record->caseType, file, p.toString()));
            out.exitStatus = ApplicationFailed;
            continue;
        }
        auto proposal =
            ProposalPipeline::run(*pack.value(), application.root(), file, pipelineOptions, &memo);
        if (!proposal) {
            line(ProposalJson::errorLine(record->caseId, record->caseType, file,
                                         joined(proposal.error())));
            out.exitStatus = ApplicationFailed;
            continue;
        }
        line(ProposalJson::toLine(proposal.value(), options.trace));
    }
    return out;
}

} // namespace casebench
