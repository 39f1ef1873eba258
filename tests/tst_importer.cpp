// Importer against a real encrypted cache: good batches are stored whole; a batch with one
// bad file stores nothing and leaves the cache's content exactly as it was; --skip-invalid
// stores the good ones; duplicates are reported and never doubled; folders expand to their
// *.json files in name order; a failing insert rolls the whole batch back.

#include "model/ApplicationSchema.h"
#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/Importer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString example(const QString &caseType)
{
    return QStringLiteral(CASEBENCH_SOURCE_DIR "/docs/examples/") + caseType + u".json"_s;
}

QString badFile(const QString &name)
{
    return QStringLiteral(CASEBENCH_TEST_DATA "/intake/bad/") + name;
}

// The documented example of a case type under a new case id, written to `path`. Only the
// case_id line changes, so the rest of the payload is the example byte for byte.
QByteArray writeCase(const QString &path, const QString &caseType, const QString &caseId)
{
    QByteArray bytes = readAll(example(caseType));
    const qsizetype at = bytes.indexOf("\"case_id\": \"");
    const qsizetype valueStart = at + qsizetype(qstrlen("\"case_id\": \""));
    const qsizetype valueEnd = bytes.indexOf('"', valueStart);
    bytes.replace(valueStart, valueEnd - valueStart, caseId.toUtf8());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return bytes;
}

// Everything the cache holds, as seen through queries, in a stable order.
QStringList snapshot(QSqlDatabase db)
{
    QStringList rows;
    for (const QString &table :
         {u"case_types"_s, u"cases"_s, u"case_people"_s, u"case_attachments"_s, u"case_deadlines"_s,
          u"schema_migrations"_s}) {
        QSqlQuery q(db);
        if (!q.exec(u"SELECT * FROM "_s + table + u" ORDER BY 1"_s)) {
            rows << table + u": query failed"_s;
            continue;
        }
        while (q.next()) {
            QStringList values{table};
            for (int i = 0; i < q.record().count(); ++i)
                values << q.value(i).toString();
            rows << values.join(u'|');
        }
    }
    return rows;
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

class TestImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void goodBatchIsImported();
    void oneBadFileImportsNothing();
    void skipInvalidImportsTheGoodOnes();
    void wholeBadCorpusImportsNothing();
    void duplicatesAreReportedNotDoubled();
    void foldersExpandToSortedJsonFiles();
    void missingPathsAndEmptyFoldersAreProblems();
    void caseTypeMissingFromCacheIsAProblem();
    void failingInsertRollsBackTheBatch();
    void progressIsReported();
    void importRate();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    QString m_inbox;

    QString inboxFile(const QString &name) const { return m_inbox + u'/' + name; }
    int caseCount() const { return CaseRepository(m_cache->database()).count(); }
};

void TestImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto opened = CacheDatabase::open(m_dir->filePath(u"cache.db"_s), "pass",
                                      CacheDatabase::OpenMode::CreateNew);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_cache = std::move(opened).value();
    m_inbox = m_dir->filePath(u"inbox"_s);
    QVERIFY(QDir().mkpath(m_inbox));
}

void TestImporter::cleanup()
{
    m_cache.reset();
    m_dir.reset();
}

void TestImporter::goodBatchIsImported()
{
    QStringList files;
    for (const QString &type : ApplicationSchema::shippedCaseTypes())
        files << example(type);
    QVERIFY(!writeCase(inboxFile(u"eb-2.json"_s), u"ekonomiskt-bistand"_s, u"EB-2026-000124"_s)
                 .isEmpty());
    files << inboxFile(u"eb-2.json"_s);

    Importer importer(m_cache->database());
    const ImportReport report = importer.import(files);
    QVERIFY2(!report.hasProblems(), qPrintable(describe(report.problems)));
    QCOMPARE(report.files, 4);
    QCOMPARE(report.validFiles, 4);
    QCOMPARE(report.invalidFiles, 0);
    QCOMPARE(report.imported, 4);
    QVERIFY(report.written);
    QVERIFY(report.duplicates.isEmpty());
    QCOMPARE(caseCount(), 4);

    // What is stored is what the reader made of the file, payload byte for byte.
    CaseRepository repository(m_cache->database());
    const auto eb = repository.find(u"EB-2026-000123"_s);
    QVERIFY(eb.has_value());
    QCOMPARE(eb->caseType, u"ekonomiskt-bistand"_s);
    QCOMPARE(eb->payload, readAll(example(u"ekonomiskt-bistand"_s)));
    QCOMPARE(eb->status, CaseStatus::Received);
    QCOMPARE(eb->applicant.personnummer, u"19870314-2482"_s);
    QCOMPARE(eb->householdSize(), 4);
    QCOMPARE(eb->household[0].personnummer, u"19850921-3172"_s);
    QCOMPARE(eb->household[2].birthDate, QDate(2026, 9, 14));
    QCOMPARE(eb->missingAttachmentCount(), 1);
    QCOMPARE(eb->nextDeadline(), QDate(2026, 11, 16)); // the cache's default: 14 days
    const auto lss = repository.find(u"LSS-2026-000042"_s);
    QVERIFY(lss.has_value());
    QCOMPARE(lss->nextDeadline(), QDate(2026, 11, 30)); // given in the file
    QCOMPARE(lss->attachments.size(), 4);
}

void TestImporter::oneBadFileImportsNothing()
{
    // Something in the cache already, so "unchanged" is about content, not emptiness.
    Importer importer(m_cache->database());
    QVERIFY(importer.import({example(u"boendeparkering"_s)}).written);
    const QStringList before = snapshot(m_cache->database());
    QVERIFY(before.size() >=
            8); // 3 case types, the case, its person, attachment, deadline, version

    QVERIFY(!writeCase(inboxFile(u"a.json"_s), u"ekonomiskt-bistand"_s, u"EB-1"_s).isEmpty());
    QVERIFY(!writeCase(inboxFile(u"b.json"_s), u"lss-sjuklon"_s, u"LSS-1"_s).isEmpty());
    QVERIFY(QFile::copy(badFile(u"negative-amount.json"_s), inboxFile(u"c.json"_s)));
    QVERIFY(!writeCase(inboxFile(u"d.json"_s), u"boendeparkering"_s, u"BP-1"_s).isEmpty());

    const ImportReport report = importer.import({m_inbox});
    QCOMPARE(report.files, 4);
    QCOMPARE(report.validFiles, 3);
    QCOMPARE(report.invalidFiles, 1);
    QCOMPARE(report.imported, 0);
    QVERIFY(!report.written);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().file, inboxFile(u"c.json"_s));
    QCOMPARE(report.problems.first().field, u"details.costs[1].amount"_s);
    QVERIFY(report.problems.first().message.contains(u"must not be negative"_s));

    QCOMPARE(caseCount(), 1);
    QCOMPARE(snapshot(m_cache->database()), before);
}

void TestImporter::skipInvalidImportsTheGoodOnes()
{
    QVERIFY(!writeCase(inboxFile(u"a.json"_s), u"ekonomiskt-bistand"_s, u"EB-1"_s).isEmpty());
    QVERIFY(QFile::copy(badFile(u"applicant-bad-check-digit.json"_s), inboxFile(u"b.json"_s)));
    QVERIFY(QFile::copy(badFile(u"syntax-missing-comma.json"_s), inboxFile(u"c.json"_s)));
    QVERIFY(!writeCase(inboxFile(u"d.json"_s), u"lss-sjuklon"_s, u"LSS-1"_s).isEmpty());

    Importer importer(m_cache->database());
    ImportOptions options;
    options.skipInvalid = true;
    const ImportReport report = importer.import({m_inbox}, options);
    QCOMPARE(report.invalidFiles, 2);
    QCOMPARE(report.imported, 2);
    QVERIFY(report.written);
    // The skipped files are still reported, with where and why.
    QCOMPARE(report.problems.size(), 2);
    QCOMPARE(report.problems[0].file, inboxFile(u"b.json"_s));
    QCOMPARE(report.problems[0].field, u"applicant.personnummer"_s);
    QCOMPARE(report.problems[1].file, inboxFile(u"c.json"_s));
    QCOMPARE(report.problems[1].line, 6);

    CaseRepository repository(m_cache->database());
    QCOMPARE(repository.count(), 2);
    QVERIFY(repository.exists(u"EB-1"_s));
    QVERIFY(repository.exists(u"LSS-1"_s));
}

void TestImporter::wholeBadCorpusImportsNothing()
{
    Importer importer(m_cache->database());
    QVERIFY(importer.import({example(u"lss-sjuklon"_s)}).written);
    const QStringList before = snapshot(m_cache->database());

    const QString corpus = QStringLiteral(CASEBENCH_TEST_DATA "/intake/bad");
    const int files = int(QDir(corpus).entryList({u"*.json"_s}, QDir::Files).size());
    QVERIFY(files >= 15);
    for (bool skip : {false, true}) {
        ImportOptions options;
        options.skipInvalid = skip;
        const ImportReport report = importer.import({corpus}, options);
        QCOMPARE(report.files, files);
        QCOMPARE(report.invalidFiles, files);
        QCOMPARE(report.validFiles, 0);
        QCOMPARE(report.imported, 0);
        QVERIFY(!report.written);
        QVERIFY(report.problems.size() >= files);
        QCOMPARE(snapshot(m_cache->database()), before);
    }
}

void TestImporter::duplicatesAreReportedNotDoubled()
{
    Importer importer(m_cache->database());
    QVERIFY(importer.import({example(u"ekonomiskt-bistand"_s)}).written);

    // a.json: already in the cache; b.json: new; c.json: b.json's case id again.
    QVERIFY(
        !writeCase(inboxFile(u"a.json"_s), u"ekonomiskt-bistand"_s, u"EB-2026-000123"_s).isEmpty());
    QVERIFY(!writeCase(inboxFile(u"b.json"_s), u"boendeparkering"_s, u"BP-7"_s).isEmpty());
    QVERIFY(!writeCase(inboxFile(u"c.json"_s), u"boendeparkering"_s, u"BP-7"_s).isEmpty());

    const ImportReport report = importer.import({m_inbox});
    QVERIFY2(!report.hasProblems(), qPrintable(describe(report.problems)));
    QCOMPARE(report.invalidFiles, 0); // a duplicate is not an invalid file
    QCOMPARE(report.validFiles, 3);
    QCOMPARE(report.imported, 1);
    QVERIFY(report.written);
    QCOMPARE(report.duplicates.size(), 2);
    QCOMPARE(report.duplicates[0].file, inboxFile(u"a.json"_s));
    QCOMPARE(report.duplicates[0].caseId, u"EB-2026-000123"_s);
    QVERIFY(report.duplicates[0].firstFile.isEmpty()); // already in the cache
    QCOMPARE(report.duplicates[1].file, inboxFile(u"c.json"_s));
    QCOMPARE(report.duplicates[1].caseId, u"BP-7"_s);
    QCOMPARE(report.duplicates[1].firstFile, inboxFile(u"b.json"_s));
    QCOMPARE(caseCount(), 2);

    // The same batch again: everything is a duplicate, nothing is written.
    const QStringList before = snapshot(m_cache->database());
    const ImportReport again = importer.import({m_inbox});
    QVERIFY(!again.hasProblems());
    QCOMPARE(again.duplicates.size(), 3);
    QCOMPARE(again.imported, 0);
    QVERIFY(!again.written);
    QCOMPARE(snapshot(m_cache->database()), before);
}

void TestImporter::foldersExpandToSortedJsonFiles()
{
    // Same case id in two files: which one is "first" shows the order.
    QVERIFY(!writeCase(inboxFile(u"b.json"_s), u"boendeparkering"_s, u"BP-1"_s).isEmpty());
    QVERIFY(!writeCase(inboxFile(u"a.json"_s), u"boendeparkering"_s, u"BP-1"_s).isEmpty());
    QVERIFY(!writeCase(inboxFile(u"B.json"_s), u"lss-sjuklon"_s, u"LSS-9"_s).isEmpty());
    QVERIFY(!writeCase(inboxFile(u"notes.txt"_s), u"lss-sjuklon"_s, u"LSS-IGNORED"_s).isEmpty());
    QVERIFY(QDir(m_inbox).mkdir(u"sub"_s));
    QVERIFY(!writeCase(inboxFile(u"sub/c.json"_s), u"lss-sjuklon"_s, u"LSS-SUB"_s).isEmpty());

    Problems problems;
    const QStringList expanded = Importer::expandPaths({m_inbox, inboxFile(u"a.json"_s)}, problems);
    QVERIFY(problems.isEmpty());
    // Code-point order (upper case first), no subfolders, no other extensions, a file
    // named twice counted once.
    QCOMPARE(expanded,
             QStringList({inboxFile(u"B.json"_s), inboxFile(u"a.json"_s), inboxFile(u"b.json"_s)}));

    Importer importer(m_cache->database());
    const ImportReport report = importer.import({m_inbox});
    QCOMPARE(report.files, 3);
    QCOMPARE(report.imported, 2);
    QCOMPARE(report.duplicates.size(), 1);
    QCOMPARE(report.duplicates.first().file, inboxFile(u"b.json"_s));
    QCOMPARE(report.duplicates.first().firstFile, inboxFile(u"a.json"_s));
    CaseRepository repository(m_cache->database());
    QVERIFY(!repository.exists(u"LSS-IGNORED"_s));
    QVERIFY(!repository.exists(u"LSS-SUB"_s));

    // An explicitly named file needs no .json ending.
    const ImportReport named = importer.import({inboxFile(u"notes.txt"_s)});
    QCOMPARE(named.imported, 1);
    QVERIFY(repository.exists(u"LSS-IGNORED"_s));
}

void TestImporter::missingPathsAndEmptyFoldersAreProblems()
{
    QVERIFY(!writeCase(inboxFile(u"a.json"_s), u"boendeparkering"_s, u"BP-1"_s).isEmpty());
    const QString empty = m_dir->filePath(u"empty"_s);
    QVERIFY(QDir().mkpath(empty));
    const QString missing = m_dir->filePath(u"nowhere.json"_s);

    Importer importer(m_cache->database());
    const ImportReport report = importer.import({inboxFile(u"a.json"_s), empty, missing});
    QCOMPARE(report.invalidFiles, 2);
    QCOMPARE(report.imported, 0);
    QVERIFY(!report.written);
    QCOMPARE(report.problems.size(), 2);
    QCOMPARE(report.problems[0].file, empty);
    QVERIFY(report.problems[0].message.contains(u"without .json files"_s));
    QCOMPARE(report.problems[1].file, missing);
    QVERIFY(report.problems[1].message.contains(u"does not exist"_s));
    QCOMPARE(caseCount(), 0);

    ImportOptions skip;
    skip.skipInvalid = true;
    QCOMPARE(importer.import({inboxFile(u"a.json"_s), empty, missing}, skip).imported, 1);
}

void TestImporter::caseTypeMissingFromCacheIsAProblem()
{
    // An older cache without a case type the program knows.
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(u"DELETE FROM case_types WHERE code = 'boendeparkering'"_s));

    Importer importer(m_cache->database());
    const ImportReport report = importer.import({example(u"boendeparkering"_s)});
    QCOMPARE(report.invalidFiles, 1);
    QCOMPARE(report.imported, 0);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().field, u"case_type"_s);
    QVERIFY(report.problems.first().message.contains(u"not set up in this cache"_s));
}

void TestImporter::failingInsertRollsBackTheBatch()
{
    Importer importer(m_cache->database());
    QVERIFY(importer.import({example(u"ekonomiskt-bistand"_s)}).written);
    // The database refuses one case in the middle of the batch (SQLite trigger: test only).
    QSqlQuery q(m_cache->database());
    QVERIFY(q.exec(u"CREATE TRIGGER refuse_one BEFORE INSERT ON cases WHEN NEW.case_id = 'BP-3'"
                   " BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s));
    q.finish();
    const QStringList before = snapshot(m_cache->database());

    for (int i = 1; i <= 5; ++i) {
        const QString id = u"BP-%1"_s.arg(i);
        QVERIFY(!writeCase(inboxFile(id + u".json"_s), u"boendeparkering"_s, id).isEmpty());
    }
    const ImportReport report = importer.import({m_inbox});
    QCOMPARE(report.invalidFiles, 0);
    QCOMPARE(report.imported, 0);
    QVERIFY(!report.written);
    QCOMPARE(report.problems.size(), 1);
    QCOMPARE(report.problems.first().file, inboxFile(u"BP-3.json"_s));
    QVERIFY2(report.problems.first().message.contains(u"nothing was imported"_s),
             qPrintable(report.problems.first().message));
    QCOMPARE(snapshot(m_cache->database()), before);

    // The connection is usable afterwards: no transaction was left open.
    QVERIFY(q.exec(u"DROP TRIGGER refuse_one"_s));
    const ImportReport retry = importer.import({m_inbox});
    QVERIFY2(!retry.hasProblems(), qPrintable(describe(retry.problems)));
    QCOMPARE(retry.imported, 5);
}

void TestImporter::progressIsReported()
{
    for (int i = 0; i < 3; ++i)
        QVERIFY(!writeCase(inboxFile(u"%1.json"_s.arg(i)), u"boendeparkering"_s, u"BP-%1"_s.arg(i))
                     .isEmpty());
    QList<std::pair<int, int>> calls;
    ImportOptions options;
    options.progress = [&](int done, int total) {
        calls.append({done, total});
    };
    Importer importer(m_cache->database());
    QCOMPARE(importer.import({m_inbox}, options).imported, 3);
    QCOMPARE(calls, (QList<std::pair<int, int>>{{1, 3}, {2, 3}, {3, 3}}));
}

void TestImporter::importRate()
{
    // A measurement, not a pass/fail gate (machines differ); bench/ has the 100 000-case
    // figure. The numbers show up in the test log.
    constexpr int Cases = 3000;
    const QStringList types = ApplicationSchema::shippedCaseTypes();
    for (int i = 0; i < Cases; ++i) {
        const QString type = types[i % types.size()];
        QVERIFY(!writeCase(inboxFile(u"case-%1.json"_s.arg(i, 5, 10, QLatin1Char('0'))), type,
                           u"RATE-%1"_s.arg(i))
                     .isEmpty());
    }
    Importer importer(m_cache->database());
    const ImportReport report = importer.import({m_inbox});
    QVERIFY2(!report.hasProblems(), qPrintable(describe(report.problems)));
    QCOMPARE(report.imported, Cases);
    QCOMPARE(caseCount(), Cases);
    qInfo("import of %d cases: check %.0f files/s, write %.0f cases/s", Cases,
          Cases / std::max(report.checkSeconds, 1e-9), Cases / std::max(report.writeSeconds, 1e-9));
}

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
