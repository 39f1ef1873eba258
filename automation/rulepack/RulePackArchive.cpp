#include "automation/rulepack/RulePackArchive.h"

#include "automation/rulepack/RulePackManifest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <memory>
#include <sys/stat.h>
#include <zip.h>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RulePackArchive", text);
}

// A pack is a handful of text files; anything far larger is a mistake or a zip bomb.
constexpr zip_uint64_t maxEntryBytes = 32 * 1024 * 1024;
constexpr zip_uint64_t maxTotalBytes = 128 * 1024 * 1024;

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct ZipFileCloser
{
    void operator()(zip_file_t *file) const { zip_fclose(file); }
};

// Why the entry name may not be extracted, or empty when it is a plain relative path.
QString unsafeName(const QString &name)
{
    if (name.isEmpty())
        return tr("empty entry name");
    if (name.startsWith(u'/') || name.contains(u'\\') || (name.size() >= 2 && name.at(1) == u':'))
        return tr("absolute path");
    const QStringList segments = name.split(u'/');
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &segment = segments.at(i);
        if (segment == QLatin1String(".."))
            return tr("path leads outside the pack (\"..\")");
        // A trailing '/' marks a directory entry; empty segments elsewhere are odd paths.
        if ((segment.isEmpty() && i + 1 != segments.size()) || segment == QLatin1String("."))
            return tr("not a plain relative path");
    }
    return {};
}

} // namespace

bool RulePackArchive::isArchive(const QString &path)
{
    return path.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) && QFileInfo(path).isFile();
}

Result<QString, Problems> RulePackArchive::extract(const QString &zipPath,
                                                   const QString &targetFolder)
{
    int errorCode = 0;
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &errorCode));
    if (!archive) {
        zip_error_t error;
        zip_error_init_with_code(&error, errorCode);
        const QString reason = QString::fromLocal8Bit(zip_error_strerror(&error));
        zip_error_fini(&error);
        return Problems{{tr("not a readable .zip archive: %1").arg(reason), zipPath, 0, {}}};
    }

    const QDir root(targetFolder);
    const QString rootPath = QDir::cleanPath(root.absolutePath());
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    Problems problems;
    zip_uint64_t total = 0;
    QStringList tops;
    struct Entry
    {
        zip_uint64_t index;
        QString name;
    };
    QList<Entry> files;
    for (zip_int64_t i = 0; i < count; ++i) {
        const auto index = zip_uint64_t(i);
        zip_stat_t stat;
        zip_stat_init(&stat);
        if (zip_stat_index(archive.get(), index, 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME)) {
            problems.append({tr("entry %1 cannot be read").arg(i), zipPath, 0, {}});
            continue;
        }
        const QString name = QString::fromUtf8(stat.name);
        if (const QString why = unsafeName(name); !why.isEmpty()) {
            problems.append({tr("entry \"%1\" refused: %2").arg(name, why), zipPath, 0, {}});
            continue;
        }
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive.get(), index, 0, &system, &attributes) == 0 &&
            system == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK) {
            problems.append(
                {tr("entry \"%1\" refused: symbolic links are not allowed in a rule pack")
                     .arg(name),
                 zipPath,
                 0,
                 {}});
            continue;
        }
        if (!tops.contains(name.section(u'/', 0, 0)))
            tops.append(name.section(u'/', 0, 0));
        if (name.endsWith(u'/'))
            continue; // directory entry; folders are made for the files in them
        if ((stat.valid & ZIP_STAT_SIZE) && stat.size > maxEntryBytes) {
            problems.append(
                {tr("entry \"%1\" is too large for a rule pack").arg(name), zipPath, 0, {}});
            continue;
        }
        total += stat.size;
        files.append({index, name});
    }
    if (total > maxTotalBytes)
        problems.append({tr("archive is too large for a rule pack"), zipPath, 0, {}});
    if (!problems.isEmpty())
        return problems;

    for (const Entry &entry : std::as_const(files)) {
        const QString target = QDir::cleanPath(root.absoluteFilePath(entry.name));
        // unsafeName() already refuses what could escape; this guards against what it missed.
        if (!target.startsWith(rootPath + u'/'))
            return Problems{
                {tr("entry \"%1\" refused: path leads outside the pack").arg(entry.name),
                 zipPath,
                 0,
                 {}}};
        std::unique_ptr<zip_file_t, ZipFileCloser> in(
            zip_fopen_index(archive.get(), entry.index, 0));
        if (!in)
            return Problems{
                {tr("entry \"%1\" cannot be read: %2")
                     .arg(entry.name, QString::fromLocal8Bit(zip_strerror(archive.get()))),
                 zipPath,
                 0,
                 {}}};
        if (!QDir().mkpath(QFileInfo(target).path()))
            return Problems{{tr("cannot create folder"), QFileInfo(target).path(), 0, {}}};
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Problems{{tr("cannot write: %1").arg(out.errorString()), target, 0, {}}};
        char buffer[64 * 1024];
        zip_uint64_t written = 0;
        for (;;) {
            const zip_int64_t n = zip_fread(in.get(), buffer, sizeof buffer);
            if (n < 0)
                return Problems{
                    {tr("entry \"%1\" cannot be read: %2")
                         .arg(entry.name, QString::fromLocal8Bit(zip_file_strerror(in.get()))),
                     zipPath,
                     0,
                     {}}};
            if (n == 0)
                break;
            written += zip_uint64_t(n);
            if (written > maxEntryBytes)
                return Problems{{tr("entry \"%1\" is too large for a rule pack").arg(entry.name),
                                 zipPath,
                                 0,
                                 {}}};
            if (out.write(buffer, n) != n)
                return Problems{{tr("cannot write: %1").arg(out.errorString()), target, 0, {}}};
        }
    }

    // `zip -r pack.zip pack/` puts everything under one folder; the pack is that folder.
    if (tops.size() == 1 && !QFileInfo(root.filePath(RulePackManifest::fileName())).exists() &&
        QFileInfo(root.filePath(tops.first())).isDir())
        return root.filePath(tops.first());
    return root.absolutePath();
}

} // namespace casebench
