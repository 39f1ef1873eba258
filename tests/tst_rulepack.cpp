// Rule packs: pack.json problems name the file and field, the content hash is stable and
// follows every byte, loading and validation of the test pack, and the registry's choice
// by case type and date with overlapping validity refused.

#include "automation/rulepack/RulePackHash.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackManifest.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "automation/rulepack/RulePackValidation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ToyPack = QStringLiteral(CASEBENCH_TEST_DATA "/rulepacks/boendeparkering-toy");

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

// The toy pack's pack.json with one "key": value text replaced.
QByteArray toyManifestWith(const QByteArray &from, const QByteArray &to)
{
    QByteArray json = readAll(ToyPack + u"/pack.json"_s);
    Q_ASSERT(json.contains(from));
    return json.replace(from, to);
}

bool hasProblem(const Problems &problems, const QString &field, const QString &messagePart)
{
    for (const Problem &p : problems) {
        if (p.field == field && p.message.contains(messagePart))
            return true;
    }
    return false;
}

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

} // namespace

class TestRulePack : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void manifestReadsTheToyPack()
    {
        auto m = RulePackManifest::read(readAll(ToyPack + u"/pack.json"_s), u"pack.json"_s);
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : dump(m.error())));
        QCOMPARE(m->id, u"boendeparkering-toy"_s);
        QCOMPARE(m->caseType, u"boendeparkering"_s);
        QCOMPARE(m->validFrom, QDate(2026, 1, 1));
        QCOMPARE(m->validTo, QDate(2026, 12, 31));
        QCOMPARE(m->name.sv, u"Boendeparkering (testpaket)"_s);
        QCOMPARE(m->stages.triage, u"Manuell handläggning"_s);
        QCOMPARE(m->spotCheckPpm, 250000);
        QCOMPARE(m->spotCheckRateText(), u"0.25"_s);
        QCOMPARE(m->defaultDeadlineDays, 21);
        QCOMPARE(m->letters.value(u"bifall"_s), u"letters/bifall.md"_s);
        QVERIFY(m->legalReference(u"TrF-10-1"));
        QCOMPARE(m->inputSchema.size(), 8);
        QCOMPARE(m->inputSchema.at(0).type, FieldType::Boolean);
        QCOMPARE(m->changelog.size(), 1);
    }

    void manifestProblemsNameFileAndField_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("valid_from")
            << QByteArray(R"("valid_from": "2026-01-01")")
            << QByteArray(R"("valid_from": "2026-02-30")") << u"valid_from"_s << u"not a date"_s;
        QTest::newRow("valid_to before")
            << QByteArray(R"("valid_to": "2026-12-31")")
            << QByteArray(R"("valid_to": "2025-12-31")") << u"valid_to"_s << u"before valid_from"_s;
        QTest::newRow("rate") << QByteArray(R"("spot_check_rate": "0.25")")
                              << QByteArray(R"("spot_check_rate": 0.25)") << u"spot_check_rate"_s
                              << u"not a string"_s;
        QTest::newRow("rate range") << QByteArray(R"("spot_check_rate": "0.25")")
                                    << QByteArray(R"("spot_check_rate": "1.5")")
                                    << u"spot_check_rate"_s << u"from \"0\" to \"1\""_s;
        QTest::newRow("unknown key")
            << QByteArray(R"("model":)") << QByteArray(R"("modell": "x.dmn", "model":)")
            << u"modell"_s << u"unknown field"_s;
        QTest::newRow("stage missing") << QByteArray(R"("triage": "Manuell handläggning",)")
                                       << QByteArray() << u"stages.triage"_s << u"required"_s;
        QTest::newRow("schema type")
            << QByteArray(R"("type": "enum")") << QByteArray(R"("type": "choice")")
            << u"input_schema[4].type"_s << u"unknown type"_s;
        QTest::newRow("label") << QByteArray(R"("en": "Zone")") << QByteArray(R"("en": 7)")
                               << u"input_schema[1].label.en"_s << u"not a string"_s;
        QTest::newRow("letter outcome") << QByteArray(R"("avslag": "letters/avslag.md")")
                                        << QByteArray(R"("rejected": "letters/avslag.md")")
                                        << u"letters.rejected"_s << u"not an outcome"_s;
        QTest::newRow("letter path") << QByteArray(R"("avslag": "letters/avslag.md")")
                                     << QByteArray(R"("avslag": "../avslag.md")")
                                     << u"letters.avslag"_s << u"relative path"_s;
        QTest::newRow("deadline") << QByteArray(R"("default_deadline_days": 21)")
                                  << QByteArray(R"("default_deadline_days": 0)")
                                  << u"default_deadline_days"_s << u"1 to 366"_s;
        QTest::newRow("id") << QByteArray(R"("id": "boendeparkering-toy")")
                            << QByteArray(R"("id": "Boende Parkering")") << u"id"_s
                            << u"lower-case"_s;
    }

    void manifestProblemsNameFileAndField()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, field);
        QFETCH(QString, message);
        auto m = RulePackManifest::read(toyManifestWith(from, to), u"packs/x/pack.json"_s);
        QVERIFY(!m.ok());
        QVERIFY2(hasProblem(m.error(), field, message), qPrintable(dump(m.error())));
        for (const Problem &p : m.error())
            QCOMPARE(p.file, u"packs/x/pack.json"_s);
        // The person reads "pack.json: valid_from: not a date (YYYY-MM-DD)".
        QVERIFY(m.error().first().toString().startsWith(u"packs/x/pack.json: "_s));
    }

    void manifestReportsEveryProblem()
    {
        const QByteArray json =
            R"({"format": "casebench.rulepack/1", "id": "x", "valid_from": "soon"})";
        auto m = RulePackManifest::read(json, u"pack.json"_s);
        QVERIFY(!m.ok());
        QVERIFY(hasProblem(m.error(), u"valid_from"_s, u"not a date"_s));
        QVERIFY(hasProblem(m.error(), u"case_type"_s, u"missing"_s));
        QVERIFY(hasProblem(m.error(), u"stages"_s, u"missing"_s));
        QVERIFY(hasProblem(m.error(), u"spot_check_rate"_s, u"missing"_s));
        QVERIFY(m.error().size() >= 8);

        auto syntax = RulePackManifest::read("{\n  \"id\": \"x\",\n  oops\n}", u"pack.json"_s);
        QVERIFY(!syntax.ok());
        QCOMPARE(syntax.error().first().line, 3);
    }

    void rateIsExact()
    {
        QCOMPARE(RulePackManifest::parseRatePpm(u"0"), 0);
        QCOMPARE(RulePackManifest::parseRatePpm(u"1"), 1'000'000);
        QCOMPARE(RulePackManifest::parseRatePpm(u"0.05"), 50'000);
        QCOMPARE(RulePackManifest::parseRatePpm(u"0.000001"), 1);
        QVERIFY(!RulePackManifest::parseRatePpm(u"0.0000001"));
        QVERIFY(!RulePackManifest::parseRatePpm(u"1.01"));
        QVERIFY(!RulePackManifest::parseRatePpm(u".5"));
        QVERIFY(!RulePackManifest::parseRatePpm(u"5%"));
    }

    void hashIsTheSha256OfTheListing()
    {
        QTemporaryDir dir;
        QVERIFY(writeAll(dir.filePath(u"b.txt"_s), "bee\n"));
        QVERIFY(QDir(dir.path()).mkpath(u"a"_s));
        QVERIFY(writeAll(dir.filePath(u"a/z.txt"_s), "zed"));
        QVERIFY(writeAll(dir.filePath(u"B.txt"_s), ""));
        auto sha = [](const QByteArray &data) {
            return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
        };
        // Byte order: "B.txt" < "a/z.txt" < "b.txt".
        const QByteArray listing =
            sha("") + "  B.txt\n" + sha("zed") + "  a/z.txt\n" + sha("bee\n") + "  b.txt\n";
        auto actual = RulePackHash::listing(dir.path());
        QVERIFY(actual.ok());
        QCOMPARE(actual.value(), listing);
        QCOMPARE(RulePackHash::compute(dir.path()).value(), QString::fromLatin1(sha(listing)));
    }

    void hashIsStableAndFollowsEveryByte()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        QVERIFY(copyFolder(ToyPack, a.path()));
        QVERIFY(copyFolder(ToyPack, b.path()));
        const QString original = RulePackHash::compute(ToyPack).value();
        QCOMPARE(original.size(), 64);
        QCOMPARE(RulePackHash::compute(ToyPack).value(), original);
        QCOMPARE(RulePackHash::compute(a.path()).value(), original); // wherever the folder lies

        QByteArray letter = readAll(a.filePath(u"letters/bifall.md"_s));
        letter[3] = letter[3] == 'x' ? 'y' : 'x';
        QVERIFY(writeAll(a.filePath(u"letters/bifall.md"_s), letter));
        QVERIFY(RulePackHash::compute(a.path()).value() != original);

        QVERIFY(writeAll(b.filePath(u"notes.txt"_s), ""));
        const QString withExtraFile = RulePackHash::compute(b.path()).value();
        QVERIFY(withExtraFile != original);
        QVERIFY(QFile::rename(b.filePath(u"notes.txt"_s), b.filePath(u"letters/notes.txt"_s)));
        QVERIFY(RulePackHash::compute(b.path()).value() != withExtraFile); // the path counts too
    }

    void toyPackLoadsAndValidates()
    {
        auto pack = RulePackLoader::loadFolder(ToyPack);
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : dump(pack.error())));
        QCOMPARE(pack.value()->id(), u"boendeparkering-toy"_s);
        QCOMPARE(pack.value()->contentHash(), RulePackHash::compute(ToyPack).value());
        QCOMPARE(pack.value()->examples().size(), 8);
        const Problems problems = RulePackValidation::validate(*pack.value());
        QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    }

    void loaderReportsMissingFiles()
    {
        QTemporaryDir dir;
        QVERIFY(copyFolder(ToyPack, dir.path()));
        QVERIFY(QFile::remove(dir.filePath(u"letters/avslag.md"_s)));
        QVERIFY(QFile::remove(dir.filePath(u"examples/03-avslag-ej-folkbokford.expected.json"_s)));
        QVERIFY(
            QFile::rename(dir.filePath(u"boendeparkering.dmn"_s), dir.filePath(u"other.dmn"_s)));
        auto pack = RulePackLoader::loadFolder(dir.path());
        QVERIFY(!pack.ok());
        QVERIFY2(hasProblem(pack.error(), u"letters.avslag"_s, u"not found"_s),
                 qPrintable(dump(pack.error())));
        QVERIFY(hasProblem(pack.error(), u"model"_s, u"not found"_s));
        QVERIFY(hasProblem(pack.error(), QString(), u"without its expected proposal"_s));
    }

    void validationNamesTheStageAndTheFailingExample()
    {
        QTemporaryDir dir;
        QVERIFY(copyFolder(ToyPack, dir.path()));
        QVERIFY(writeAll(
            dir.filePath(u"pack.json"_s),
            toyManifestWith(R"("triage": "Manuell handläggning")", R"("triage": "Triage")")));
        auto pack = RulePackLoader::loadFolder(dir.path());
        QVERIFY(pack.ok());
        Problems problems = RulePackValidation::validate(*pack.value());
        QVERIFY2(
            hasProblem(problems, u"stages.triage"_s, u"\"Triage\" is not in boendeparkering.dmn"_s),
            qPrintable(dump(problems)));

        // A pack whose rules changed but whose examples did not is refused, naming the
        // example and the field that differs.
        QVERIFY(copyFolder(ToyPack, dir.path() + u"/second"_s));
        const QString dmn = dir.filePath(u"second/boendeparkering.dmn"_s);
        QByteArray xml = readAll(dmn);
        xml.replace(R"(<outputEntry><text>"avslag"</text></outputEntry>
        <outputEntry><text>"Sökanden är inte folkbokförd)",
                    R"(<outputEntry><text>"bifall"</text></outputEntry>
        <outputEntry><text>"Sökanden är inte folkbokförd)");
        QVERIFY(writeAll(dmn, xml));
        auto changed = RulePackLoader::loadFolder(dir.filePath(u"second"_s));
        QVERIFY(changed.ok());
        problems = RulePackValidation::validate(*changed.value());
        QCOMPARE(problems.size(), 2); // the outcome, and the period a grant gets
        QCOMPARE(problems.last().field, u"period"_s);
        QVERIFY(
            problems.first().file.endsWith(u"examples/03-avslag-ej-folkbokford.expected.json"_s));
        QCOMPARE(problems.first().field, u"outcome"_s);
        QCOMPARE(problems.first().message, u"expected \"avslag\", the pack proposes \"bifall\""_s);
    }

    void registryPicksThePackValidOnTheDate()
    {
        QTemporaryDir dir;
        QVERIFY(copyFolder(ToyPack, dir.filePath(u"2026"_s)));
        QVERIFY(copyFolder(ToyPack, dir.filePath(u"2027"_s)));
        // Next year's pack: same rules, new validity (its examples are dated 2026, so it is
        // installed without validation here).
        QByteArray json =
            toyManifestWith(R"("valid_from": "2026-01-01")", R"("valid_from": "2027-01-01")");
        json.replace(R"("valid_to": "2026-12-31")", R"("valid_to": null)");
        json.replace(R"("version": "2026.1")", R"("version": "2027.1")");
        QVERIFY(writeAll(dir.filePath(u"2027/pack.json"_s), json));

        RulePackRegistry registry;
        auto installed = registry.installFolder(dir.filePath(u"2026"_s));
        QVERIFY2(installed.ok(), qPrintable(installed.ok() ? QString() : dump(installed.error())));
        auto next = RulePackLoader::loadFolder(dir.filePath(u"2027"_s));
        QVERIFY(next.ok());
        QVERIFY(registry.install(next.value()).ok());
        QCOMPARE(registry.packs().size(), 2);

        QCOMPARE(registry.find(u"boendeparkering"_s, QDate(2026, 1, 1))->version(), u"2026.1"_s);
        QCOMPARE(registry.find(u"boendeparkering"_s, QDate(2026, 12, 31))->version(), u"2026.1"_s);
        QCOMPARE(registry.find(u"boendeparkering"_s, QDate(2027, 1, 1))->version(), u"2027.1"_s);
        QCOMPARE(registry.find(u"boendeparkering"_s, QDate(2040, 6, 1))->version(), u"2027.1"_s);
        QVERIFY(!registry.find(u"boendeparkering"_s, QDate(2025, 12, 31)));
        QVERIFY(!registry.find(u"lss-sjuklon"_s, QDate(2026, 6, 1)));
        auto none = registry.select(u"boendeparkering"_s, QDate(2025, 12, 31));
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(u"2025-12-31"_s));

        // The same content again is a no-op.
        QVERIFY(registry.installFolder(dir.filePath(u"2026"_s)).ok());
        QCOMPARE(registry.packs().size(), 2);
    }

    void registryRefusesOverlappingValidity()
    {
        QTemporaryDir dir;
        QVERIFY(copyFolder(ToyPack, dir.filePath(u"overlap"_s)));
        QVERIFY(
            writeAll(dir.filePath(u"overlap/pack.json"_s),
                     toyManifestWith(R"("version": "2026.1")", R"("version": "2026.2")")
                         .replace(R"("valid_from": "2026-01-01")", R"("valid_from": "2026-12-31")")
                         .replace(R"("valid_to": "2026-12-31")", R"("valid_to": null)")));
        RulePackRegistry registry;
        QVERIFY(registry.installFolder(ToyPack).ok());
        auto overlapping = registry.installFolder(dir.filePath(u"overlap"_s));
        QVERIFY(!overlapping.ok());
        QCOMPARE(overlapping.error().size(), 1);
        const Problem &p = overlapping.error().first();
        QVERIFY2(p.message.contains(u"2026.2"_s) && p.message.contains(u"2026.1"_s) &&
                     p.message.contains(u"overlaps"_s),
                 qPrintable(p.message));
        QCOMPARE(p.field, u"valid_from"_s);
        QCOMPARE(registry.packs().size(), 1);
        QCOMPARE(registry.find(u"boendeparkering"_s, QDate(2026, 12, 31))->version(), u"2026.1"_s);
    }
};

QTEST_GUILESS_MAIN(TestRulePack)
#include "tst_rulepack.moc"
