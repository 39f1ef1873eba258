// ApplicationReader and the case-type field specs: the documented examples are read as
// documented; every file of the bad corpus (tests/data/intake/bad, expectations in
// expected.tsv) yields exactly its problems with the right field and message; no input
// crashes the reader.

#include "model/ApplicationReader.h"
#include "model/ApplicationSchema.h"
#include "model/SmallFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

QString examplesDir()
{
    return QStringLiteral(CASEBENCH_SOURCE_DIR "/docs/examples");
}

QString badDir()
{
    return QStringLiteral(CASEBENCH_TEST_DATA "/intake/bad");
}

// The cache's defaults (SchemaMigrations), passed in as the importer does.
QHash<QString, int> defaultDays()
{
    return {{u"ekonomiskt-bistand"_s, 14}, {u"boendeparkering"_s, 21}, {u"lss-sjuklon"_s, 30}};
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

// Every place in a JSON document, as a list of keys/indexes from the root.
using JsonPath = QList<QVariant>;

void collectPaths(const QJsonValue &v, JsonPath here, QList<JsonPath> &out)
{
    if (!here.isEmpty())
        out.append(here);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            JsonPath next = here;
            next.append(it.key());
            collectPaths(it.value(), next, out);
        }
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            JsonPath next = here;
            next.append(int(i));
            collectPaths(a[i], next, out);
        }
    }
}

// A copy of `v` with the value at `path` replaced (or removed when `replacement` is undefined).
QJsonValue replaced(const QJsonValue &v, const JsonPath &path, qsizetype depth,
                    const QJsonValue &replacement)
{
    const bool last = depth == path.size() - 1;
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QString key = path[depth].toString();
        if (last && replacement.isUndefined())
            o.remove(key);
        else
            o[key] = last ? replacement : replaced(o[key], path, depth + 1, replacement);
        return o;
    }
    QJsonArray a = v.toArray();
    const int index = path[depth].toInt();
    if (last && replacement.isUndefined())
        a.removeAt(index);
    else
        a[index] = last ? replacement : replaced(a[index], path, depth + 1, replacement);
    return a;
}

} // namespace

class TestApplicationReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedSpecsLoad();
    void brokenSpecsAreRefused_data();
    void brokenSpecsAreRefused();
    void documentedExamplesAreAccepted_data();
    void documentedExamplesAreAccepted();
    void socialAssistanceExampleReadsAsDocumented();
    void parkingExampleReadsAsDocumented();
    void lssExampleKeepsItsDeadline();
    void noDefaultDeadlineWithoutADefault();
    void badFiles_data();
    void badFiles();
    void badCorpusCoversEveryFile();
    void rootMustBeAnObject_data();
    void rootMustBeAnObject();
    void refusesHugeFiles();
    void reportsUnreadablePaths();
    void smallFileReadsWholeFiles_data();
    void smallFileReadsWholeFiles();
    void smallFileRefusesWhatItCannotRead();
    void smallFileFolderReadsByName();
    void survivesWrongTypesAnywhere();
    void fixedFormatsAtTheirEdges_data();
    void fixedFormatsAtTheirEdges();
    void survivesTruncationAndNoise();
    void documentationListsEverySpecField();
    void isoDatesReadAsQtReadsThem();
    void receivedAtReadsAsQtReadsIt();
};

void TestApplicationReader::shippedSpecsLoad()
{
    QCOMPARE(ApplicationSchema::shippedCaseTypes(),
             QStringList({u"boendeparkering"_s, u"ekonomiskt-bistand"_s, u"lss-sjuklon"_s}));
    for (const QString &code : ApplicationSchema::shippedCaseTypes()) {
        const ApplicationSchema *schema = ApplicationSchema::shipped(code);
        QVERIFY2(schema, qPrintable(code));
        QCOMPARE(schema->caseType(), code);
        QVERIFY(!schema->name().sv.isEmpty());
        QVERIFY(!schema->detailFields().isEmpty());
        for (const FieldSpec *f : schema->allDetailFields()) {
            QVERIFY2(!f->label.sv.isEmpty() && !f->label.en.isEmpty(), qPrintable(f->path));
            QCOMPARE(schema->detailField(f->path), f);
        }
    }
    QVERIFY(!ApplicationSchema::shipped(u"bygglov"_s));
    QVERIFY(!ApplicationSchema::shipped(u"../ekonomiskt-bistand"_s));

    const ApplicationSchema *eb = ApplicationSchema::shipped(u"ekonomiskt-bistand"_s);
    const FieldSpec *kind = eb->detailField(u"incomes[].kind"_s);
    QVERIFY(kind);
    QCOMPARE(kind->type, FieldType::Enum);
    QVERIFY(kind->enumCodes().contains(u"underhallsstod"_s));
    QCOMPARE(eb->detailField(u"incomes"_s)->children.size(), 3);

    const ApplicationSchema *lss = ApplicationSchema::shipped(u"lss-sjuklon"_s);
    QVERIFY(lss->attachmentsExact());
    QCOMPARE(lss->attachmentTypes().size(), 4);
}

void TestApplicationReader::brokenSpecsAreRefused_data()
{
    QTest::addColumn<QByteArray>("spec");
    QTest::addColumn<QString>("fragment");
    const QByteArray head =
        R"({"format": "casebench.casetype/1", "code": "x", "name": {"sv": "X", "en": "X"}, )";
    QTest::newRow("not JSON") << QByteArray("{") << u"not a JSON object"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "code": "x"})")
                                  << u"casebench.casetype/1"_s;
    QTest::newRow("unknown type")
        << head + R"("details": [{"path": "a", "type": "float", "label": {"sv": "a", "en": "a"}}]})"
        << u"unknown field type"_s;
    QTest::newRow("child before parent")
        << head +
               R"("details": [{"path": "a.b", "type": "string", "label": {"sv": "a", "en": "a"}}]})"
        << u"comes before its parent"_s;
    QTest::newRow("missing label") << head + R"("details": [{"path": "a", "type": "string"}]})"
                                   << u"Swedish and an English label"_s;
    QTest::newRow("enum without values")
        << head + R"("details": [{"path": "a", "type": "enum", "label": {"sv": "a", "en": "a"}}]})"
        << u"enum needs a list"_s;
    QTest::newRow("array without items")
        << head + R"("details": [{"path": "a", "type": "array", "label": {"sv": "a", "en": "a"}}]})"
        << u"needs \"items\""_s;
    QTest::newRow("unknown format")
        << head +
               R"("details": [{"path": "a", "type": "string", "format": "iban", "label": {"sv": "a", "en": "a"}}]})"
        << u"\"format\" is one of"_s;
    QTest::newRow("not_before on a non-date")
        << head +
               R"("details": [{"path": "a", "type": "date", "not_before": "b", "label": {"sv": "a", "en": "a"}},
                                 {"path": "b", "type": "string", "label": {"sv": "b", "en": "b"}}]})"
        << u"not a date field"_s;
    QTest::newRow("exact attachments, one optional")
        << head +
               R"("details": [], "attachments": {"exact": true, "types": [{"code": "a", "label": {"sv": "a", "en": "a"}}]}})"
        << u"every attachment type is required"_s;
    QTest::newRow("one_of with a required field")
        << head +
               R"("details": [{"path": "a", "type": "amount", "required": true, "label": {"sv": "a", "en": "a"}},
                                 {"path": "b", "type": "amount", "label": {"sv": "b", "en": "b"}}],
                     "constraints": [{"one_of": [["a"], ["b"]]}]})"
        << u"not an optional top-level details field"_s;
    QTest::newRow("unknown key")
        << head +
               R"("details": [{"path": "a", "type": "string", "requird": true, "label": {"sv": "a", "en": "a"}}]})"
        << u"unknown key"_s;
}

void TestApplicationReader::brokenSpecsAreRefused()
{
    QFETCH(QByteArray, spec);
    QFETCH(QString, fragment);
    const auto schema = ApplicationSchema::fromJson(spec, u"test.json"_s);
    QVERIFY(!schema.ok());
    QVERIFY2(describe(schema.error()).contains(fragment), qPrintable(describe(schema.error())));
    QCOMPARE(schema.error().first().file, u"test.json"_s);
}

void TestApplicationReader::documentedExamplesAreAccepted_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = QDir(examplesDir()).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    // One example per shipped case type, named after it.
    QStringList expected;
    for (const QString &code : ApplicationSchema::shippedCaseTypes())
        expected << code + u".json"_s;
    QCOMPARE(files, expected);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << QDir(examplesDir()).filePath(f);
}

void TestApplicationReader::documentedExamplesAreAccepted()
{
    QFETCH(QString, path);
    const ApplicationReader reader(defaultDays());
    const auto record = reader.readFile(path);
    QVERIFY2(record.ok(), qPrintable(record.ok() ? QString() : describe(record.error())));
    QCOMPARE(record->caseType + u".json"_s, QFileInfo(path).fileName());
    QCOMPARE(record->payload, readAll(path)); // byte for byte
    QCOMPARE(record->status, CaseStatus::Received);
    QCOMPARE(record->id, qint64(0));
    QCOMPARE(record->receivedAt.timeSpec(), Qt::UTC);
    QVERIFY(record->applicationDate.isValid());
    QCOMPARE(record->applicant.relation, u"applicant"_s);
    QVERIFY(record->applicant.birthDate.isValid());
    QCOMPARE(record->deadlines.size(), 1);
}

void TestApplicationReader::socialAssistanceExampleReadsAsDocumented()
{
    const ApplicationReader reader(defaultDays());
    const auto r = reader.readFile(examplesDir() + u"/ekonomiskt-bistand.json"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->caseId, u"EB-2026-000123"_s);
    QCOMPARE(r->receivedAt, QDateTime(QDate(2026, 11, 2), QTime(8, 15), Qt::UTC));
    QCOMPARE(r->applicationDate, QDate(2026, 12, 1));
    QCOMPARE(r->applicant.personnummer, u"19870314-2482"_s);
    QCOMPARE(r->applicant.name, u"Anna Lindqvist"_s);
    QCOMPARE(r->applicant.birthDate, QDate(1987, 3, 14));
    QCOMPARE(r->householdSize(), 4);
    // Ten-digit form normalised, century from the received date.
    QCOMPARE(r->household[0].personnummer, u"19850921-3172"_s);
    QCOMPARE(r->household[0].relation, u"partner"_s);
    QCOMPARE(r->household[1].birthDate, QDate(2015, 6, 7));
    // A newborn given with birth_date only.
    QVERIFY(r->household[2].personnummer.isEmpty());
    QCOMPARE(r->household[2].birthDate, QDate(2026, 9, 14));
    QCOMPARE(r->household[2].relation, u"child"_s);
    QCOMPARE(r->attachments.size(), 3);
    QCOMPARE(r->missingAttachmentCount(), 1);
    QCOMPARE(r->attachments[2].type, u"lonespecifikation"_s);
    QVERIFY(!r->attachments[2].present);
    // No deadline in the file: received date (in the sender's zone) + 14 days.
    QCOMPARE(r->deadlines.first().kind, u"decision"_s);
    QCOMPARE(r->deadlines.first().dueOn, QDate(2026, 11, 16));
}

void TestApplicationReader::parkingExampleReadsAsDocumented()
{
    const ApplicationReader reader(defaultDays());
    const auto r = reader.readFile(examplesDir() + u"/boendeparkering.json"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->receivedAt, QDateTime(QDate(2026, 11, 3), QTime(14, 2, 37), Qt::UTC));
    QCOMPARE(r->householdSize(), 1);
    QCOMPARE(r->nextDeadline(), QDate(2026, 11, 24));
}

void TestApplicationReader::lssExampleKeepsItsDeadline()
{
    const ApplicationReader reader(defaultDays());
    const auto r = reader.readFile(examplesDir() + u"/lss-sjuklon.json"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->deadlines.size(), 1);
    QCOMPARE(r->nextDeadline(), QDate(2026, 11, 30));
    QCOMPARE(r->attachments.size(), 4);
}

void TestApplicationReader::noDefaultDeadlineWithoutADefault()
{
    const ApplicationReader reader; // no case-type defaults known
    const auto r = reader.readFile(examplesDir() + u"/boendeparkering.json"_s);
    QVERIFY(r.ok());
    QVERIFY(r->deadlines.isEmpty());
}

void TestApplicationReader::badFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("expected"); // "line\tfield\tfragment"

    QFile table(badDir() + u"/expected.tsv"_s);
    QVERIFY(table.open(QIODevice::ReadOnly | QIODevice::Text));
    QMap<QString, QStringList> byFile;
    QStringList order;
    while (!table.atEnd()) {
        const QString line = QString::fromUtf8(table.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cols = line.split(u'\t');
        QCOMPARE(cols.size(), 4);
        if (!byFile.contains(cols[0]))
            order << cols[0];
        byFile[cols[0]] << cols.mid(1).join(u'\t');
    }
    for (const QString &file : order)
        QTest::newRow(qPrintable(file)) << badDir() + u'/' + file << byFile[file];
}

void TestApplicationReader::badFiles()
{
    QFETCH(QString, path);
    QFETCH(QStringList, expected);

    const ApplicationReader reader(defaultDays());
    const auto result = reader.readFile(path);
    QVERIFY2(!result.ok(), "a bad file was accepted");
    Problems problems = result.error();
    const QString all = describe(problems);
    static const QRegularExpression personnummerLike(u"\\d{6}[-+]?\\d{4}"_s);
    for (const Problem &p : problems) {
        QCOMPARE(p.file, path);
        QVERIFY(!p.message.isEmpty());
        // Problems reach terminals and logs: never a personnummer in them.
        QVERIFY2(!personnummerLike.match(p.message).hasMatch(), qPrintable(p.message));
    }
    // Each expected problem is there (each matched once)…
    for (const QString &e : expected) {
        const QStringList parts = e.split(u'\t');
        const int line = parts[0].toInt();
        const QString field = parts[1] == u"-"_s ? QString() : parts[1];
        const QString &fragment = parts[2];
        const auto match = std::find_if(problems.begin(), problems.end(), [&](const Problem &p) {
            return p.field == field && p.message.contains(fragment) &&
                   (line == 0 || p.line == line);
        });
        QVERIFY2(
            match != problems.end(),
            qPrintable(
                u"expected [%1] %2 (line %3)\ngot:\n%4"_s.arg(field, fragment).arg(line).arg(all)));
        problems.erase(match);
    }
    // …and nothing else: a bad file says what is wrong with it, not more.
    QVERIFY2(problems.isEmpty(), qPrintable(u"unexpected:\n"_s + describe(problems)));
}

void TestApplicationReader::badCorpusCoversEveryFile()
{
    QFile table(badDir() + u"/expected.tsv"_s);
    QVERIFY(table.open(QIODevice::ReadOnly | QIODevice::Text));
    const QString text = QString::fromUtf8(table.readAll());
    const QStringList files = QDir(badDir()).entryList({u"*.json"_s}, QDir::Files);
    QVERIFY2(files.size() >= 15, "the issue asks for a corpus of at least 15 bad files");
    for (const QString &f : files)
        QVERIFY2(text.contains(u'\n' + f + u'\t'),
                 qPrintable(f + u" has no row in expected.tsv"_s));
}

void TestApplicationReader::rootMustBeAnObject_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("array") << QByteArray("[]");
    QTest::newRow("number") << QByteArray("42");
    QTest::newRow("string") << QByteArray("\"an application\"");
    QTest::newRow("null") << QByteArray("null");
    QTest::newRow("true") << QByteArray("true");
}

void TestApplicationReader::rootMustBeAnObject()
{
    QFETCH(QByteArray, json);
    const auto r = ApplicationReader().read(json, u"x.json"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().size(), 1);
    QVERIFY2(r.error().first().message.contains(u"one JSON object"_s) ||
                 r.error().first().message.contains(u"JSON syntax error"_s),
             qPrintable(describe(r.error())));
}

void TestApplicationReader::refusesHugeFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.json"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Valid JSON, just too big: a long string value.
    QByteArray big = "{\"format\": \"casebench.application/1\", \"pad\": \"";
    big.append(QByteArray(ApplicationReader::MaxFileBytes, 'x'));
    big.append("\"}");
    f.write(big);
    f.close();
    const auto r = ApplicationReader().readFile(path);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().size(), 1);
    QVERIFY2(r.error().first().message.contains(u"larger than 5 MB"_s),
             qPrintable(describe(r.error())));
    QCOMPARE(r.error().first().file, path);
    // The in-memory entry point refuses the same bytes.
    QVERIFY(!ApplicationReader().read(big, path).ok());
}

void TestApplicationReader::reportsUnreadablePaths()
{
    QTemporaryDir dir;
    const auto missing = ApplicationReader().readFile(dir.filePath(u"nope.json"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().first().message.contains(u"cannot be read"_s));
    const auto folder = ApplicationReader().readFile(dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().first().message.contains(u"folder"_s));
}

void TestApplicationReader::smallFileReadsWholeFiles_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("maxBytes");
    // Empty, tiny, around the reader's own growth steps, and exactly at the limit.
    for (int size : {0, 1, 817, 4095, 4096, 4097, 70000})
        QTest::addRow("%d bytes", size) << size << 100000;
    QTest::addRow("at the limit") << 5000 << 5000;
}

void TestApplicationReader::smallFileReadsWholeFiles()
{
    QFETCH(int, size);
    QFETCH(int, maxBytes);
    QTemporaryDir dir;
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char('a' + i % 26);
    const QString path = dir.filePath(u"f.json"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QCOMPARE(out.write(bytes), qint64(size));
    out.close();
    const SmallFile::Contents read = SmallFile::read(path, maxBytes);
    QCOMPARE(read.status, SmallFile::Status::Read);
    QCOMPARE(read.bytes, bytes);
}

void TestApplicationReader::smallFileRefusesWhatItCannotRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.json"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(out.write(QByteArray(5001, 'x')) == 5001);
    out.close();
    QCOMPARE(SmallFile::read(path, 5000).status, SmallFile::Status::TooLarge);
    QCOMPARE(SmallFile::read(dir.path(), 5000).status, SmallFile::Status::IsFolder);
    const SmallFile::Contents missing = SmallFile::read(dir.filePath(u"nope.json"_s), 5000);
    QCOMPARE(missing.status, SmallFile::Status::Unreadable);
    QVERIFY2(!missing.error.isEmpty(), "the system's reason is passed on");
#ifdef Q_OS_UNIX
    // Not regular files: one that ends at once, one that never ends. The second must stop
    // just past the limit instead of reading for ever.
    const SmallFile::Contents empty = SmallFile::read(u"/dev/null"_s, 5000);
    QCOMPARE(empty.status, SmallFile::Status::Read);
    QVERIFY(empty.bytes.isEmpty());
    QCOMPARE(SmallFile::read(u"/dev/zero"_s, 100000).status, SmallFile::Status::TooLarge);
#endif
}

void TestApplicationReader::smallFileFolderReadsByName()
{
    // Around the folder reader's 64 kB first read, and past it in several reads.
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(u"sub.json"_s);
    const QList<int> sizes{0, 1, 817, 65535, 65536, 65537, 200000};
    for (int size : sizes) {
        QByteArray bytes(size, Qt::Uninitialized);
        for (int i = 0; i < size; ++i)
            bytes[i] = char('a' + (i * 7) % 26);
        QFile out(dir.filePath(u"%1.json"_s.arg(size)));
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes), qint64(size));
    }
    SmallFile::Folder folder(dir.path());
    for (int size : sizes) {
        const SmallFile::Contents read = folder.read(u"%1.json"_s.arg(size), 300000);
        QCOMPARE(read.status, SmallFile::Status::Read);
        QCOMPARE(read.bytes.size(), qsizetype(size));
        for (int i = 0; i < size; i += 997)
            QCOMPARE(read.bytes.at(i), char('a' + (i * 7) % 26));
    }
    QCOMPARE(folder.read(u"200000.json"_s, 199999).status, SmallFile::Status::TooLarge);
    QCOMPARE(folder.read(u"65537.json"_s, 65536).status, SmallFile::Status::TooLarge);
    QCOMPARE(folder.read(u"sub.json"_s, 1000).status, SmallFile::Status::IsFolder);
    QCOMPARE(folder.read(u"nope.json"_s, 1000).status, SmallFile::Status::Unreadable);

    // A folder that cannot be opened: each file is read by its path (and is not there).
    SmallFile::Folder gone(dir.filePath(u"gone"_s));
    const SmallFile::Contents missing = gone.read(u"1.json"_s, 1000);
    QCOMPARE(missing.status, SmallFile::Status::Unreadable);
    QVERIFY(!missing.error.isEmpty());

    // The reader's messages are the same whichever way the file was read.
    const ApplicationReader reader;
    const auto byPath = reader.readFile(dir.filePath(u"sub.json"_s));
    const auto byName = reader.readContents(folder.read(u"sub.json"_s, ApplicationReader::MaxFileBytes),
                                            dir.filePath(u"sub.json"_s));
    QVERIFY(!byPath.ok() && !byName.ok());
    QCOMPARE(byName.error().first().message, byPath.error().first().message);
}

void TestApplicationReader::survivesWrongTypesAnywhere()
{
    // Every value of every example, replaced by every JSON type or removed: the reader
    // answers each time, and whatever it accepts is still a whole record.
    const QList<QJsonValue> replacements{QJsonValue(QJsonValue::Undefined),
                                         QJsonValue(),
                                         true,
                                         0,
                                         -1,
                                         1.5,
                                         1e300,
                                         u""_s,
                                         u"x"_s,
                                         QJsonArray(),
                                         QJsonObject(),
                                         QJsonArray{1, u"a"_s}};
    const ApplicationReader reader(defaultDays());
    int reads = 0;
    int rejected = 0;
    for (const QString &code : ApplicationSchema::shippedCaseTypes()) {
        const QJsonObject example =
            QJsonDocument::fromJson(readAll(examplesDir() + u'/' + code + u".json"_s)).object();
        QList<JsonPath> paths;
        collectPaths(example, {}, paths);
        for (const JsonPath &path : paths) {
            for (const QJsonValue &replacement : replacements) {
                const QJsonObject mutated = replaced(example, path, 0, replacement).toObject();
                const auto r = reader.read(QJsonDocument(mutated).toJson(), u"mutated.json"_s);
                ++reads;
                if (!r.ok()) {
                    ++rejected;
                    QVERIFY(!r.error().isEmpty());
                    for (const Problem &p : r.error())
                        QVERIFY(!p.message.isEmpty());
                } else {
                    QVERIFY(!r->caseId.isEmpty());
                    QVERIFY(r->applicant.birthDate.isValid());
                }
            }
        }
    }
    QVERIFY(reads > 1000);
    QVERIFY(rejected > reads / 2); // most of these changes must be caught
}

void TestApplicationReader::fixedFormatsAtTheirEdges_data()
{
    // The reader matches these formats by hand before it asks a regular expression; values
    // just inside and just outside each one, with the problem they give ("" = accepted).
    QTest::addColumn<QString>("example");
    QTest::addColumn<JsonPath>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("fragment");
    const QString eb = u"ekonomiskt-bistand"_s;
    const QString lss = u"lss-sjuklon"_s;
    const auto row = [](const char *name, const QString &example, const JsonPath &path,
                        const QJsonValue &value, const QString &fragment) {
        QTest::newRow(name) << example << path << value << fragment;
    };
    const JsonPath caseId{u"case_id"_s};
    row("case id, every allowed sign", eb, caseId, u"EB-2026/000_123.a"_s, {});
    row("case id with a space", eb, caseId, u"EB 2026"_s, u"may hold only letters"_s);
    row("case id with å", eb, caseId, u"EB-å"_s, u"may hold only letters"_s);
    const JsonPath receivedAt{u"received_at"_s};
    row("received without seconds", eb, receivedAt, u"2026-11-02T09:15+01:00"_s, {});
    row("received with nine decimals", eb, receivedAt, u"2026-11-02T09:15:00.123456789Z"_s, {});
    row("received with ten decimals", eb, receivedAt, u"2026-11-02T09:15:00.1234567890Z"_s,
        u"is not an ISO 8601 date-time"_s);
    row("received without offset", eb, receivedAt, u"2026-11-02T09:15:00"_s,
        u"needs a time zone offset"_s);
    row("received with a one-digit hour", eb, receivedAt, u"2026-11-02T9:15:00Z"_s,
        u"is not an ISO 8601 date-time"_s);
    const JsonPath applicationDate{u"application_date"_s};
    row("date with a one-digit month", eb, applicationDate, u"2026-1-02"_s,
        u"is not a real date YYYY-MM-DD"_s);
    row("date that does not exist", eb, applicationDate, u"2026-02-30"_s,
        u"is not a real date YYYY-MM-DD"_s);
    row("date with a slash", eb, applicationDate, u"2026/11/02"_s,
        u"is not a real date YYYY-MM-DD"_s);
    const JsonPath period{u"details"_s, u"period"_s};
    row("month 12", eb, period, u"2026-12"_s, {});
    row("month 13", eb, period, u"2026-13"_s, u"is not a month YYYY-MM"_s);
    row("month 00", eb, period, u"2026-00"_s, u"is not a month YYYY-MM"_s);
    row("year 0000", eb, period, u"0000-12"_s, u"is not a month YYYY-MM"_s);
    row("month with one digit", eb, period, u"2026-1"_s, u"is not a month YYYY-MM"_s);
    const JsonPath type{u"attachments"_s, 0, u"type"_s};
    row("attachment type with a capital", eb, type, u"Hyresavi"_s,
        u"must be an attachment type code"_s);
    row("attachment type of 65 letters", eb, type, QString(65, u'a'),
        u"must be an attachment type code"_s);
    const JsonPath hours{u"details"_s, u"scheduled_hours"_s};
    row("decimal with six decimals", lss, hours, u"38.000001"_s, {});
    row("decimal with seven decimals", lss, hours, u"38.0000001"_s, u"is not a decimal"_s);
    row("decimal ending in a point", lss, hours, u"38."_s, u"is not a decimal"_s);
    row("decimal starting with a point", lss, hours, u".5"_s, u"is not a decimal"_s);
    row("decimal of thirteen digits", lss, hours, u"1234567890123"_s, u"is not a decimal"_s);
    row("decimal just above the maximum", lss, hours, u"336.000001"_s, u"must be at most 336"_s);
    const JsonPath rate{u"details"_s, u"employer_contribution_rate"_s};
    row("rate of exactly one", lss, rate, u"1"_s, {});
    row("rate just above one", lss, rate, u"1.000001"_s, u"must be at most 1"_s);
}

void TestApplicationReader::fixedFormatsAtTheirEdges()
{
    QFETCH(QString, example);
    QFETCH(JsonPath, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, fragment);
    const QJsonObject original =
        QJsonDocument::fromJson(readAll(examplesDir() + u'/' + example + u".json"_s)).object();
    QVERIFY(!original.isEmpty());
    const QJsonObject mutated = replaced(original, path, 0, value).toObject();
    const auto r = ApplicationReader(defaultDays())
                       .read(QJsonDocument(mutated).toJson(), u"edge.json"_s);
    if (fragment.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : describe(r.error())));
        return;
    }
    QVERIFY2(!r.ok(), "accepted");
    QCOMPARE(r.error().size(), 1);
    QVERIFY2(r.error().first().message.contains(fragment), qPrintable(describe(r.error())));
    QStringList steps;
    for (const QVariant &step : path)
        steps << (step.typeId() == QMetaType::Int ? u'[' + step.toString() + u']'
                                                  : u'.' + step.toString());
    QCOMPARE(r.error().first().field, steps.join(QString()).mid(1));
}

void TestApplicationReader::survivesTruncationAndNoise()
{
    const ApplicationReader reader(defaultDays());
    QRandomGenerator random(20261123); // fixed: the same inputs every run
    for (const QString &code : ApplicationSchema::shippedCaseTypes()) {
        const QByteArray original = readAll(examplesDir() + u'/' + code + u".json"_s);
        QVERIFY(!original.isEmpty());
        for (qsizetype cut = 0; cut < original.size(); cut += 3) {
            const auto r = reader.read(original.left(cut), u"cut.json"_s);
            QVERIFY(!r.ok() || cut >= original.trimmed().size());
        }
        for (int round = 0; round < 1500; ++round) {
            QByteArray noisy = original;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(random.bounded(int(noisy.size())));
                const char byte = char(random.bounded(256));
                switch (random.bounded(3)) {
                case 0:
                    noisy[at] = byte;
                    break;
                case 1:
                    noisy.insert(at, byte);
                    break;
                default:
                    noisy.remove(at, 1);
                    break;
                }
            }
            const auto r = reader.read(noisy, u"noisy.json"_s);
            if (r.ok())
                QVERIFY(!r->caseId.isEmpty());
            else
                QVERIFY(!r.error().isEmpty());
        }
    }
}

void TestApplicationReader::documentationListsEverySpecField()
{
    // docs/intake-format.md is what the demo generator and other senders write against:
    // every field, person field and attachment type of every spec must be in it.
    const QString doc =
        QString::fromUtf8(readAll(QStringLiteral(CASEBENCH_SOURCE_DIR "/docs/intake-format.md")));
    QVERIFY(!doc.isEmpty());
    for (const QString &code : ApplicationSchema::shippedCaseTypes()) {
        const ApplicationSchema *schema = ApplicationSchema::shipped(code);
        QVERIFY2(doc.contains(u"`"_s + code + u"`"_s), qPrintable(code));
        for (const FieldSpec *f : schema->allDetailFields()) {
            QVERIFY2(doc.contains(u"`"_s + f->path + u"`"_s), qPrintable(code + u": "_s + f->path));
            for (const QString &value : f->enumCodes())
                QVERIFY2(doc.contains(u"`"_s + value + u"`"_s), qPrintable(code + u": "_s + value));
        }
        for (const FieldSpec &f : schema->personFields())
            QVERIFY2(doc.contains(u"`"_s + f.path + u"`"_s), qPrintable(code + u": "_s + f.path));
        for (const AttachmentTypeSpec &a : schema->attachmentTypes())
            QVERIFY2(doc.contains(u"`"_s + a.code + u"`"_s), qPrintable(code + u": "_s + a.code));
    }
}

void TestApplicationReader::isoDatesReadAsQtReadsThem()
{
    // isoDateFromString reads YYYY-MM-DD by hand; every such date must come out as
    // QDate::fromString(Qt::ISODate) reads it (year 0, day 0, month 13, 29 February …).
    for (int year : {0, 1, 2, 99, 100, 1582, 1900, 1999, 2000, 2023, 2024, 2100, 9999}) {
        for (int month = 0; month <= 13; ++month) {
            for (int day = 0; day <= 32; ++day) {
                const QString text = u"%1-%2-%3"_s.arg(year, 4, 10, QChar(u'0'))
                                         .arg(month, 2, 10, QChar(u'0'))
                                         .arg(day, 2, 10, QChar(u'0'));
                QCOMPARE(isoDateFromString(text), QDate::fromString(text, Qt::ISODate));
            }
        }
    }
    QVERIFY(!isoDateFromString(u"2026-1-02"_s).isValid());
    QVERIFY(!isoDateFromString(u"2026-11-02T00:00"_s).isValid());
}

// received_at is read by hand in its common form; whatever the text, the reader must get
// the QDateTime Qt's ISO parse gives: the same validity, zone, offset, instant, date and time.
void TestApplicationReader::receivedAtReadsAsQtReadsIt()
{
    int compared = 0;
    const auto same = [&compared](const QString &text) -> QString {
        ++compared;
        const QDateTime ours = ApplicationReader::dateTimeFromString(text);
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (ours.isValid() != qt.isValid())
            return u"%1: valid %2, Qt says %3"_s.arg(text).arg(ours.isValid()).arg(qt.isValid());
        if (!qt.isValid())
            return {};
        if (ours.timeSpec() != qt.timeSpec() || ours.offsetFromUtc() != qt.offsetFromUtc() ||
            ours.toMSecsSinceEpoch() != qt.toMSecsSinceEpoch() || ours.date() != qt.date() ||
            ours.time() != qt.time() || ours != qt || ours.toUTC() != qt.toUTC() ||
            ours.toString(Qt::ISODateWithMs) != qt.toString(Qt::ISODateWithMs))
            return u"%1: %2, Qt has %3"_s.arg(text, ours.toString(Qt::ISODateWithMs),
                                              qt.toString(Qt::ISODateWithMs));
        return {};
    };
    const QStringList zones{u""_s,       u"Z"_s,      u"z"_s,      u"+00:00"_s, u"-00:00"_s,
                            u"+01:00"_s, u"-14:00"_s, u"+14:01"_s, u"+05:45"_s, u"+23:59"_s,
                            u"-24:00"_s, u"+01:60"_s, u"+0100"_s,  u"+01"_s,    u" Z"_s,
                            u"+1:00"_s,  u"Z "_s,     u"+01:00Z"_s};
    // Every kind of date (year 0, month 13, 30 February, leap days …) in every zone.
    for (const int year : {0, 1, 999, 1900, 1970, 2000, 2024, 2026, 2100, 9999}) {
        for (const int month : {0, 1, 2, 12, 13}) {
            for (const int day : {0, 1, 28, 29, 30, 31, 32}) {
                const QString date = u"%1-%2-%3"_s.arg(year, 4, 10, QChar(u'0'))
                                         .arg(month, 2, 10, QChar(u'0'))
                                         .arg(day, 2, 10, QChar(u'0'));
                for (const QString &zone : zones) {
                    const QString d = same(date + u"T09:15:00"_s + zone);
                    QVERIFY2(d.isEmpty(), qPrintable(d));
                }
            }
        }
    }
    // Every kind of time — hour 24, minute and second 60, no seconds, fractions of every
    // length (those Qt rounds to the millisecond too) — on a leap day and on the last day
    // of a year, where an hour 24 moves the date on.
    for (const QString &date : {u"2024-02-29"_s, u"2026-12-31"_s}) {
        for (const QString &separator : {u"T"_s, u"t"_s, u" "_s, u"_"_s}) {
            for (const QString &hour : {u"00"_s, u"09"_s, u"23"_s, u"24"_s, u"25"_s, u"7"_s}) {
                for (const QString &minute : {u":00"_s, u":59"_s, u":60"_s, u""_s}) {
                    for (const QString &second :
                         {u""_s, u":00"_s, u":59"_s, u":60"_s, u":5"_s, u":"_s}) {
                        for (const QString &fraction :
                             {u""_s, u"."_s, u".0"_s, u".5"_s, u".05"_s, u".999"_s, u".0005"_s,
                              u".9995"_s, u".9999"_s, u".1234"_s, u".123456789"_s,
                              u".1234567890"_s, u",5"_s, u".5.5"_s}) {
                            for (const QString &zone : zones) {
                                const QString d = same(date + separator + hour + minute +
                                                       second + fraction + zone);
                                QVERIFY2(d.isEmpty(), qPrintable(d));
                            }
                        }
                    }
                }
            }
        }
    }
    // Every fraction of one to three digits, each of which the hand reading takes.
    for (int width = 1; width <= 3; ++width) {
        int limit = 1;
        for (int i = 0; i < width; ++i)
            limit *= 10;
        for (int n = 0; n < limit; ++n) {
            for (const QString &zone : {u"Z"_s, u"-03:30"_s}) {
                const QString d = same(u"2026-11-02T23:59:59.%1"_s.arg(n, width, 10, QChar(u'0')) +
                                       zone);
                QVERIFY2(d.isEmpty(), qPrintable(d));
            }
        }
    }
    // Damaged at random: any character anywhere replaced, dropped or doubled.
    QRandomGenerator random(20261206);
    const QString base = u"2026-11-02T09:15:00.123+01:00"_s;
    const QString characters = u"0123456789-:+.TZ x\u0663\uff11"_s;
    for (int i = 0; i < 20000; ++i) {
        QString text = base;
        for (int edits = 1 + int(random.bounded(3)); edits > 0; --edits) {
            const auto at = qsizetype(random.bounded(int(text.size())));
            switch (random.bounded(3)) {
            case 0:
                text[at] = characters[random.bounded(int(characters.size()))];
                break;
            case 1:
                text.remove(at, 1);
                break;
            default:
                text.insert(at, text[at]);
                break;
            }
            if (text.isEmpty())
                text = base;
        }
        const QString d = same(text);
        QVERIFY2(d.isEmpty(), qPrintable(d));
    }
    QVERIFY(compared > 50000);
}

QTEST_GUILESS_MAIN(TestApplicationReader)
#include "tst_applicationreader.moc"
