#include "automation/rulepack/RulePackHash.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace casebench {

Result<QByteArray> RulePackHash::listing(const QString &folder)
{
    const QDir root(folder);
    if (!root.exists())
        return Problem{
            QCoreApplication::translate("RulePackHash", "folder does not exist"), folder, 0, {}};

    QList<QByteArray> paths;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info(path);
        // A link could pull content from outside the pack that the hash would then vouch for.
        if (info.isSymLink())
            return Problem{QCoreApplication::translate(
                               "RulePackHash", "symbolic links are not allowed in a rule pack"),
                           path,
                           0,
                           {}};
        paths.append(root.relativeFilePath(path).toUtf8());
    }
    std::sort(paths.begin(), paths.end()); // QByteArray compares bytes: UTF-8 code-point order

    QByteArray text;
    for (const QByteArray &relative : paths) {
        QFile file(root.filePath(QString::fromUtf8(relative)));
        if (!file.open(QIODevice::ReadOnly))
            return Problem{QCoreApplication::translate("RulePackHash", "cannot read: %1")
                               .arg(file.errorString()),
                           file.fileName(),
                           0,
                           {}};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return Problem{QCoreApplication::translate("RulePackHash", "cannot read: %1")
                               .arg(file.errorString()),
                           file.fileName(),
                           0,
                           {}};
        text += hash.result().toHex() + "  " + relative + '\n';
    }
    return text;
}

Result<QString> RulePackHash::compute(const QString &folder)
{
    auto text = listing(folder);
    if (!text)
        return text.error();
    return QString::fromLatin1(
        QCryptographicHash::hash(text.value(), QCryptographicHash::Sha256).toHex());
}

} // namespace casebench
