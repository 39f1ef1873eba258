#include "automation/rulepack/RulePackLoader.h"

#include "automation/rulepack/RulePackHash.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace casebench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RulePackLoader", text);
}
} // namespace

Result<std::shared_ptr<const RulePack>, Problems>
RulePackLoader::loadFolder(const QString &folderPath)
{
    const QFileInfo folderInfo(folderPath);
    if (!folderInfo.isDir())
        return Problems{{tr("not a rule pack folder"), folderPath, 0, {}}};
    const QString folder = folderInfo.absoluteFilePath();
    const QDir dir(folder);

    const QString manifestPath = dir.filePath(RulePackManifest::fileName());
    QFile manifestFile(manifestPath);
    if (!manifestFile.open(QIODevice::ReadOnly))
        return Problems{
            {tr("cannot read: %1").arg(manifestFile.errorString()), manifestPath, 0, {}}};
    auto manifest = RulePackManifest::read(manifestFile.readAll(), manifestPath);
    if (!manifest)
        return manifest.error();
    const RulePackManifest &m = manifest.value();

    Problems problems;
    for (auto it = m.letters.constBegin(); it != m.letters.constEnd(); ++it) {
        if (!QFileInfo(dir.filePath(it.value())).isFile())
            problems.append({tr("letter template \"%1\" not found in the pack").arg(it.value()),
                             manifestPath, 0, QStringLiteral("letters.") + it.key()});
    }

    QList<RulePackExample> examples;
    const QDir exampleDir(dir.filePath(QStringLiteral("examples")));
    const QString expectedSuffix = QStringLiteral(".expected.json");
    if (!exampleDir.exists()) {
        problems.append({tr("the pack has no examples/ folder; every pack must carry examples"),
                         folder,
                         0,
                         {}});
    } else {
        const QStringList names =
            exampleDir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : names) {
            if (name.endsWith(expectedSuffix)) {
                const QString application =
                    name.chopped(expectedSuffix.size()) + QStringLiteral(".json");
                if (!names.contains(application))
                    problems.append(
                        {tr("expected proposal without an application %1").arg(application),
                         exampleDir.filePath(name),
                         0,
                         {}});
                continue;
            }
            const QString expected = name.chopped(5) + expectedSuffix;
            if (!names.contains(expected)) {
                problems.append({tr("example without its expected proposal %1").arg(expected),
                                 exampleDir.filePath(name),
                                 0,
                                 {}});
                continue;
            }
            examples.append({exampleDir.filePath(name), exampleDir.filePath(expected)});
        }
        if (examples.isEmpty() && problems.isEmpty())
            problems.append({tr("examples/ holds no example; every pack must carry examples"),
                             exampleDir.path(),
                             0,
                             {}});
    }

    const QString modelPath = dir.filePath(m.model);
    std::shared_ptr<const dmn::DecisionModel> model;
    if (!QFileInfo(modelPath).isFile()) {
        problems.append({tr("DMN model \"%1\" not found in the pack").arg(m.model), manifestPath, 0,
                         QStringLiteral("model")});
    } else {
        auto loaded = dmn::DecisionModel::loadFile(modelPath);
        if (!loaded)
            problems.append(loaded.error());
        else
            model = loaded.value();
    }

    auto hash = RulePackHash::compute(folder);
    if (!hash)
        problems.append(hash.error());

    if (!problems.isEmpty())
        return problems;
    return std::make_shared<const RulePack>(m, folder, hash.value(), model, examples);
}

} // namespace casebench
