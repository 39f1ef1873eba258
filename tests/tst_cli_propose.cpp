// `casebench propose` through the real binary: one JSON line per application with the
// documented keys, no cache needed; an application it cannot evaluate gives an error line
// and exit status 1; a usage error names the command.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QList<QJsonObject> lines;
    QString err;
};

Run propose(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"CASEBENCH_LOG_DIR"_s, QDir::tempPath() + u"/casebench-tst-cli-logs"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CASEBENCH_BINARY), QStringList{u"--lang"_s, u"en"_s, u"propose"_s} + arguments);
    Run run;
    if (!process.waitForFinished(60000))
        return run;
    run.exitCode = process.exitCode();
    run.err = QString::fromUtf8(process.readAllStandardError());
    for (const QByteArray &line : process.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            run.lines.append(QJsonDocument::fromJson(line).object());
    return run;
}

const QString Pack = QStringLiteral(CASEBENCH_TEST_DATA "/rulepacks/boendeparkering-toy");

} // namespace

class TestCliPropose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneLinePerApplication()
    {
        QTemporaryDir dir;
        QDir examples(Pack + u"/examples"_s);
        int applications = 0;
        for (const QString &name : examples.entryList({u"*.json"_s}, QDir::Files)) {
            if (name.endsWith(u".expected.json"_s))
                continue;
            QVERIFY(QFile::copy(examples.filePath(name), dir.filePath(name)));
            ++applications;
        }
        QVERIFY(applications >= 8);
        const Run run = propose({u"--pack"_s, Pack, dir.path()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(run.lines.size(), applications);
        const QStringList keys{u"case_id"_s, u"case_type"_s, u"outcome"_s, u"amount"_s, u"period"_s,
                               u"missing"_s, u"manual_reasons"_s, u"reasons"_s, u"breakdown"_s,
                               u"pack"_s, u"spot_check"_s};
        const QStringList outcomes{u"bifall"_s, u"delvis_bifall"_s, u"avslag"_s, u"komplettering"_s,
                                   u"manuell_bedomning"_s};
        for (const QJsonObject &line : run.lines) {
            for (const QString &key : keys)
                QVERIFY2(line.contains(key), qPrintable(key));
            QVERIFY(!line.contains(u"trace"_s));
            QVERIFY(outcomes.contains(line.value(u"outcome"_s).toString()));
            QCOMPARE(line.value(u"pack"_s).toObject().value(u"id"_s).toString(), u"boendeparkering-toy"_s);
        }
        const Run traced = propose({u"--pack"_s, Pack, u"--trace"_s, dir.path()});
        QCOMPARE(traced.exitCode, 0);
        QVERIFY(traced.lines.value(0).contains(u"trace"_s));
    }

    void badApplicationGivesAnErrorLine()
    {
        QTemporaryDir dir;
        QFile bad(dir.filePath(u"bad.json"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"format\": \"casebench.application/1\", \"case_id\": ");
        bad.close();
        const Run run = propose({u"--pack"_s, Pack, dir.path()});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.lines.size(), 1);
        QVERIFY(run.lines.first().value(u"error"_s).toString().contains(u"bad.json"_s));
    }

    void needsAFile()
    {
        const Run run = propose({});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"propose"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliPropose)
#include "tst_cli_propose.moc"
