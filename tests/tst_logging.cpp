// The log never holds personal data: the casebench binary is run through its headless
// commands (demo, import of good and bad files, info, a wrong passphrase, rekey) at the most
// verbose log level, and every log file is then searched for every personnummer (in each
// written form) and every name in the applications it handled.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Personnummer and names of every person object (one with a "personnummer" key) in an
// application, in each form they could be written.
void collectPersonalData(const QJsonValue &value, QSet<QString> &out)
{
    if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            collectPersonalData(v, out);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject o = value.toObject();
    if (o.value(u"personnummer"_s).isString()) {
        const QString pnr = o.value(u"personnummer"_s).toString();
        QString digits = pnr;
        digits.remove(u'-').remove(u'+');
        out.insert(pnr);
        out.insert(digits);
        if (digits.size() == 12) {
            out.insert(digits.mid(2));
            out.insert(digits.mid(2, 6) + u'-' + digits.mid(8));
        }
        const QString name = o.value(u"name"_s).toString();
        if (!name.isEmpty()) {
            out.insert(name);
            for (const QString &part : name.split(u' ', Qt::SkipEmptyParts))
                if (part.size() >= 4)
                    out.insert(part);
        }
    }
    for (const QJsonValue &v : o)
        collectPersonalData(v, out);
    out.remove(QString()); // an empty personnummer in a bad file is not a thing to find
}

} // namespace

class TestLogging : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_logDir;

    int run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"CASEBENCH_LOG_DIR"_s, m_logDir);
        env.remove(u"CASEBENCH_PASSPHRASE"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CASEBENCH_BINARY),
                      QStringList{u"--log-level"_s, u"trace"_s} + arguments);
        if (!process.waitForFinished(120000))
            return -1;
        return process.exitCode();
    }

private Q_SLOTS:
    void noPersonalDataInTheLog()
    {
        QVERIFY(m_dir.isValid());
        m_logDir = m_dir.filePath(u"logs"_s);
        const QString cache = m_dir.filePath(u"c.cache"_s);
        const QString pass = m_dir.filePath(u"pass"_s);
        const QString wrong = m_dir.filePath(u"wrong"_s);
        const QString next = m_dir.filePath(u"next"_s);
        const QString files = m_dir.filePath(u"files"_s);
        for (const auto &[path, text] : {std::pair{pass, "secret one"}, std::pair{wrong, "nope"},
                                         std::pair{next, "secret two"}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const QString badDir = QStringLiteral(CASEBENCH_TEST_DATA "/intake/bad");
        const QString examples = QStringLiteral(CASEBENCH_SOURCE_DIR "/docs/examples");

        QCOMPARE(run({u"demo"_s, u"--cases"_s, u"60"_s, u"--seed"_s, u"5"_s, u"--out"_s, files}), 0);
        QCOMPARE(run({u"--cache"_s, cache, u"--passphrase-file"_s, pass, u"demo"_s, u"--cases"_s,
                      u"200"_s, u"--seed"_s, u"5"_s}),
                 0);
        // The same seed made the same cases: all duplicates, reported, not an error.
        QCOMPARE(run({u"--cache"_s, cache, u"--passphrase-file"_s, pass, u"import"_s, files}), 0);
        QCOMPARE(run({u"--cache"_s, cache, u"--passphrase-file"_s, pass, u"import"_s, examples}), 0);
        QCOMPARE(run({u"--cache"_s, cache, u"--passphrase-file"_s, pass, u"import"_s,
                      u"--skip-invalid"_s, badDir}),
                 1);
        QCOMPARE(run({u"--cache"_s, cache, u"--passphrase-file"_s, pass, u"info"_s}), 0);
        QCOMPARE(run({u"--cache"_s, cache, u"--passphrase-file"_s, wrong, u"info"_s}), 2);
        QCOMPARE(run({u"--cache"_s, cache, u"--passphrase-file"_s, pass, u"rekey"_s,
                      u"--new-passphrase-file"_s, next}),
                 0);

        // Everything personal the commands saw.
        QSet<QString> personal;
        for (const QString &dir : {files, badDir, examples}) {
            QDirIterator it(dir, {u"*.json"_s}, QDir::Files);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                collectPersonalData(QJsonDocument::fromJson(f.readAll()).object(), personal);
            }
        }
        QVERIFY2(personal.size() > 200, qPrintable(QString::number(personal.size())));

        QString log;
        QDirIterator it(m_logDir, QDir::Files);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            log += QString::fromUtf8(f.readAll());
        }
        QVERIFY2(log.contains(u"import:"_s), "the commands must have logged something");
        QVERIFY(log.contains(u"unlock refused"_s));
        for (const QString &item : std::as_const(personal))
            QVERIFY2(!log.contains(item, Qt::CaseInsensitive), qPrintable(u"log holds: "_s + item));
        // Nor anything that looks like a personnummer, whatever its source.
        static const QRegularExpression pnr(u"\\b(19|20)?\\d{6}[-+]?\\d{4}\\b"_s);
        const auto match = pnr.match(log);
        QVERIFY2(!match.hasMatch(), qPrintable(match.captured()));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
