// casebench-tck: runs the DMN TCK test cases against the automation engine and prints one
// line per failed test and a summary per compliance level.

#include "automation/tck/TckRunner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

#include <cstdio>

using namespace casebench::tck;

namespace {

struct LevelResult
{
    QString name;
    int passed = 0;
    int failed = 0;
    double percent() const { return passed + failed == 0 ? 100.0 : 100.0 * passed / (passed + failed); }
};

bool isTestFolder(const QDir &dir)
{
    return !dir.entryList({QStringLiteral("*-test-*.xml")}, QDir::Files).isEmpty();
}

QStringList testFoldersUnder(const QString &path)
{
    const QDir dir(path);
    if (isTestFolder(dir))
        return {dir.absolutePath()};
    QStringList folders;
    for (const QString &sub : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (isTestFolder(QDir(dir.filePath(sub))))
            folders << dir.filePath(sub);
    }
    return folders;
}

int usage(QTextStream &err)
{
    err << "usage: casebench-tck DIR [--min-level2 PCT] [--min-level3 PCT] [--verbose]\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString root;
    double minLevel2 = 0;
    double minLevel3 = 0;
    bool verbose = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        bool ok = true;
        if (a == u"--min-level2" && i + 1 < args.size())
            minLevel2 = args.at(++i).toDouble(&ok);
        else if (a == u"--min-level3" && i + 1 < args.size())
            minLevel3 = args.at(++i).toDouble(&ok);
        else if (a == u"--verbose")
            verbose = true;
        else if (!a.startsWith(QLatin1String("--")) && root.isEmpty())
            root = a;
        else
            return usage(err);
        if (!ok)
            return usage(err);
    }
    if (root.isEmpty() || !QFileInfo(root).isDir())
        return usage(err);

    QElapsedTimer timer;
    timer.start();
    const QDir rootDir(root);
    QList<std::pair<QString, QStringList>> levels; // level name → test folders
    QStringList nonCompliant;
    for (const auto &level : {QStringLiteral("compliance-level-2"), QStringLiteral("compliance-level-3")}) {
        if (rootDir.exists(level))
            levels.append({level, testFoldersUnder(rootDir.filePath(level))});
    }
    if (rootDir.exists(QStringLiteral("non-compliant")))
        nonCompliant = testFoldersUnder(rootDir.filePath(QStringLiteral("non-compliant")));
    if (levels.isEmpty() && nonCompliant.isEmpty())
        levels.append({QFileInfo(root).fileName(), testFoldersUnder(root)});

    QList<LevelResult> results;
    for (const auto &[level, folders] : levels) {
        LevelResult r;
        r.name = level;
        for (const QString &folder : folders) {
            for (const TestOutcome &o : TckRunner::runFolder(folder)) {
                if (o.passed) {
                    ++r.passed;
                    if (verbose)
                        out << o.label << ": passed\n";
                } else {
                    ++r.failed;
                    out << o.label << ": " << o.why << '\n';
                }
            }
            out.flush();
        }
        results << r;
    }
    int rejected = 0;
    int accepted = 0;
    for (const QString &folder : nonCompliant) {
        QString why;
        if (TckRunner::rejectsFolder(folder, &why)) {
            ++rejected;
            if (verbose)
                out << "non-compliant/" << QFileInfo(folder).fileName() << ": rejected: " << why << '\n';
        } else {
            ++accepted;
            out << "non-compliant/" << QFileInfo(folder).fileName() << ": wrongly accepted\n";
        }
    }

    int exitCode = 0;
    int totalPassed = 0;
    int totalFailed = 0;
    for (const auto &r : std::as_const(results)) {
        out << r.name << ": " << r.passed << " passed, " << r.failed << " failed ("
            << QString::number(r.percent(), 'f', 1) << " %)\n";
        totalPassed += r.passed;
        totalFailed += r.failed;
        const double min = r.name == u"compliance-level-2" ? minLevel2 : r.name == u"compliance-level-3" ? minLevel3 : 0;
        if (r.percent() < min) {
            out << r.name << ": below the required " << min << " %\n";
            exitCode = 1;
        }
    }
    if (!nonCompliant.isEmpty())
        out << "non-compliant: " << rejected << " rejected, " << accepted << " wrongly accepted\n";
    out << "total: " << totalPassed << " passed, " << totalFailed << " failed in " << timer.elapsed() << " ms\n";
    return exitCode;
}
