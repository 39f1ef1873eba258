// Decision letters (issue 5 item 4): for every outcome of every shipped case type, a letter
// built from a real proposal (the pack's examples run through the pipeline) is written as
// PDF, and the text pdftotext extracts holds the decision, amount, reasons, legal grounds
// and how to appeal — or, for komplettering, what is missing, by when, and why it cannot be
// appealed. Templates: unknown placeholders are errors naming file and line, at install
// time too. LetterRepository keeps letters with their case.

#include "automation/letters/DecisionLetter.h"
#include "automation/letters/LetterTemplate.h"
#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackValidation.h"
#include "model/ApplicationReader.h"
#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/LetterRepository.h"
#include "model/UserRepository.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
const QDate LetterDate(2026, 11, 20);

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text.toUtf8()) == text.toUtf8().size();
}

// Whitespace (line breaks, no-break spaces of amounts) folded to single spaces, so that
// text wrapped across lines by the layout still matches; compatibility forms (the "ﬁ"
// ligature the PDF's font shaping makes of "fi") back to plain letters.
QString folded(QString text)
{
    text = text.normalized(QString::NormalizationForm_KC);
    text.replace(QChar::Nbsp, u' ');
    text.replace(QChar(0x202F), u' ');
    return text.simplified();
}

struct ExampleProposal
{
    QString file;
    Proposal proposal;
    QJsonObject application;
};

struct LoadedPack
{
    std::shared_ptr<const RulePack> pack;
    QList<ExampleProposal> examples;
};

} // namespace

class TestDecisionLetter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_pdftotext;
    QMap<QString, LoadedPack> m_packs; // by folder name

    // The text of a PDF as pdftotext extracts it.
    QString pdfText(const QByteArray &pdf, const QString &name)
    {
        const QString pdfPath = m_dir.filePath(name + u".pdf"_s);
        QFile file(pdfPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
            return {};
        file.close();
        QProcess process;
        process.start(m_pdftotext, {u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
        if (!process.waitForFinished(30000) || process.exitCode() != 0)
            return {};
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    LetterData dataFor(const ExampleProposal &example)
    {
        LetterData data = LetterData::fromProposal(example.proposal, example.application);
        data.decisionDate = LetterDate;
        data.completionDueOn = LetterDate.addDays(LetterData::defaultCompletionDays);
        data.decidedBy = u"Handläggare Hand1"_s;
        data.municipality = u"Göteborgs stad"_s;
        return data;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Not a skip: without pdftotext the PDFs would go unchecked. `make test` installs
        // poppler-utils (scripts/setup-debian.sh).
        m_pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        QVERIFY2(!m_pdftotext.isEmpty(), "pdftotext is missing: install poppler-utils");

        const QDir dir(ShippedPacks);
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            auto pack = RulePackLoader::loadFolder(dir.filePath(name));
            QVERIFY2(pack.ok(), qPrintable(name));
            LoadedPack loaded{pack.value(), {}};
            const ApplicationReader reader(
                {{loaded.pack->caseType(), loaded.pack->manifest().defaultDeadlineDays}});
            for (const RulePackExample &example : loaded.pack->examples()) {
                auto record = reader.readFile(example.applicationFile);
                QVERIFY2(record.ok(), qPrintable(example.applicationFile));
                auto proposal = ProposalPipeline::run(*loaded.pack, record->payload,
                                                      example.applicationFile, {.trace = false});
                QVERIFY2(proposal.ok(), qPrintable(example.applicationFile));
                loaded.examples.append({example.applicationFile, proposal.value(),
                                        QJsonDocument::fromJson(record->payload).object()});
            }
            m_packs.insert(name, loaded);
        }
        QCOMPARE(m_packs.size(), 3);
    }

    // Every outcome the pack's examples produce has a template, and every template an
    // example: a pack cannot produce a decision it has no letter for.
    void everyOutcomeHasATemplate_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QStringList>("outcomes");
        QTest::newRow("boendeparkering")
            << u"boendeparkering"_s << QStringList{u"avslag"_s, u"bifall"_s, u"komplettering"_s};
        QTest::newRow("ekonomiskt-bistand")
            << u"ekonomiskt-bistand"_s
            << QStringList{u"avslag"_s, u"bifall"_s, u"delvis_bifall"_s, u"komplettering"_s};
        QTest::newRow("lss-sjuklon")
            << u"lss-sjuklon"_s << QStringList{u"avslag"_s, u"bifall"_s, u"komplettering"_s};
    }
    void everyOutcomeHasATemplate()
    {
        QFETCH(QString, pack);
        QFETCH(QStringList, outcomes);
        const LoadedPack &loaded = m_packs.value(pack);
        QSet<QString> produced;
        for (const ExampleProposal &e : loaded.examples)
            if (DecisionLetter::hasLetter(e.proposal.outcome))
                produced.insert(outcomeCode(e.proposal.outcome));
        QStringList producedList = produced.values();
        producedList.sort();
        QCOMPARE(producedList, outcomes);
        QStringList templates = loaded.pack->manifest().letters.keys();
        templates.sort();
        QCOMPARE(templates, outcomes);
        QVERIFY2(LetterTemplate::checkPack(*loaded.pack).isEmpty(),
                 qPrintable(describe(LetterTemplate::checkPack(*loaded.pack))));
    }

    void pdfOfEveryExample_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<int>("index");
        for (auto it = m_packs.constBegin(); it != m_packs.constEnd(); ++it)
            for (int i = 0; i < it->examples.size(); ++i)
                if (DecisionLetter::hasLetter(it->examples.at(i).proposal.outcome))
                    QTest::newRow(qPrintable(QFileInfo(it->examples.at(i).file).baseName()))
                        << it.key() << i;
    }
    void pdfOfEveryExample()
    {
        QFETCH(QString, pack);
        QFETCH(int, index);
        const LoadedPack &loaded = m_packs.value(pack);
        const ExampleProposal &example = loaded.examples.at(index);
        const LetterData data = dataFor(example);
        auto letter = DecisionLetter::build(*loaded.pack, data);
        QVERIFY2(letter.ok(), qPrintable(letter.ok() ? QString() : letter.error().toString()));
        auto pdf = letter->toPdf();
        QVERIFY(pdf.ok());
        QVERIFY(pdf->startsWith("%PDF"));
        const QString raw = pdfText(pdf.value(), QFileInfo(example.file).baseName());
        QVERIFY2(!raw.isEmpty(), "pdftotext gave no text");
        const QString text = folded(raw);
        const QString plain = folded(letter->plainText());

        const auto expect = [&](const QString &needle) {
            const QString n = folded(needle);
            QVERIFY2(text.contains(n), qPrintable(u"PDF lacks \"%1\":\n%2"_s.arg(n, raw)));
            QVERIFY2(plain.contains(n), qPrintable(u"plain text lacks \"%1\""_s.arg(n)));
        };
        const auto lacks = [&](const QString &needle) {
            QVERIFY2(!text.contains(needle), qPrintable(u"PDF has \"%1\""_s.arg(needle)));
        };

        expect(letter->title());
        expect(data.caseId);
        expect(data.applicantName);
        expect(u"Göteborgs stad"_s);
        expect(u"2026-11-20"_s);
        if (data.amountKronor)
            expect(Money::fromKronor(*data.amountKronor).toDisplayString());

        if (letter->kind() == LetterKind::Decision) {
            expect(u"Beslut: "_s + DecisionLetter::outcomeName(data.outcome));
            expect(u"Motivering"_s);
            expect(u"förvaltningslagen 32 §"_s);
            for (const ProposalReason &r : data.reasons) {
                expect(r.reason);
                expect(r.legalGround);
            }
            expect(u"Hur man överklagar"_s);
            expect(u"överklaga"_s);
            expect(u"tre veckor"_s);
            expect(u"förvaltningsrätten"_s);
            expect(u"förvaltningslagen 40–44 §§"_s);
            expect(u"Skicka eller lämna överklagandet till Göteborgs stad"_s);
            // Table cells wrap inside their column, which pdftotext reads row by row:
            // amounts (short) are found in the PDF, labels in the stored text.
            for (const BreakdownLine &l : data.breakdown) {
                expect((l.kind == BreakdownKind::Income ? -l.amount : l.amount).toDisplayString());
                QVERIFY2(plain.contains(folded(l.label)), qPrintable(l.label));
            }
            lacks(u"{{"_s);
        } else {
            QCOMPARE(data.outcome, ProposalOutcome::Komplettering);
            QCOMPARE(letter->kind(), LetterKind::CompletionRequest);
            for (const MissingItem &m : data.missing)
                expect(m.reason);
            expect(u"senast 4 december 2026"_s);
            expect(u"kan därför inte överklagas"_s);
            expect(u"förvaltningslagen 20 §"_s);
            lacks(u"Hur man överklagar"_s);
            lacks(u"tre veckor"_s);
        }
        QCOMPARE(letter->language(), u"sv"_s);
        // The decision templates that print a breakdown are those of packs that have one.
        QCOMPARE(letter->html().contains(u"<table"_s),
                 letter->kind() == LetterKind::Decision && !data.breakdown.isEmpty());
    }

    // The same letter from the stored JSON line as from the proposal in memory (the desk
    // builds letters from StoredProposal::json).
    void fromProposalJsonMatchesFromProposal()
    {
        for (const LoadedPack &loaded : std::as_const(m_packs)) {
            for (const ExampleProposal &e : loaded.examples) {
                if (!DecisionLetter::hasLetter(e.proposal.outcome))
                    continue;
                LetterData direct = dataFor(e);
                auto viaJson = LetterData::fromProposalJson(ProposalJson::toLine(e.proposal, false),
                                                            QJsonDocument(e.application).toJson());
                QVERIFY(viaJson.ok());
                LetterData stored = viaJson.value();
                stored.decisionDate = direct.decisionDate;
                stored.completionDueOn = direct.completionDueOn;
                stored.decidedBy = direct.decidedBy;
                stored.municipality = direct.municipality;
                auto a = DecisionLetter::build(*loaded.pack, direct);
                auto b = DecisionLetter::build(*loaded.pack, stored);
                QVERIFY(a.ok() && b.ok());
                QCOMPARE(b->plainText(), a->plainText());
            }
        }
        QVERIFY(!LetterData::fromProposalJson("{\"outcome\":\"kanske\"}", "{}").ok());
    }

    void manualAssessmentGetsNoLetter()
    {
        const LoadedPack &loaded = m_packs.value(u"boendeparkering"_s);
        int manual = 0;
        for (const ExampleProposal &e : loaded.examples) {
            if (e.proposal.outcome != ProposalOutcome::ManuellBedomning)
                continue;
            ++manual;
            QVERIFY(!DecisionLetter::hasLetter(e.proposal.outcome));
            auto letter = DecisionLetter::build(*loaded.pack, dataFor(e));
            QVERIFY(!letter.ok());
            QCOMPARE(letter.error().message,
                     DecisionLetter::noLetterReason(ProposalOutcome::ManuellBedomning));
        }
        QVERIFY(manual > 0);
        QVERIFY(!DecisionLetter::noLetterReason(ProposalOutcome::ManuellBedomning).isEmpty());
        QVERIFY(DecisionLetter::noLetterReason(ProposalOutcome::Avslag).isEmpty());
    }

    // A decision must carry reasons and a legal ground (FL 32 §); a value the template asks
    // for that the case lacks is an error naming the template's file and line.
    void incompleteDataIsRefused()
    {
        const LoadedPack &loaded = m_packs.value(u"ekonomiskt-bistand"_s);
        const ExampleProposal *bifall = nullptr;
        for (const ExampleProposal &e : loaded.examples)
            if (e.proposal.outcome == ProposalOutcome::Bifall && !bifall)
                bifall = &e;
        QVERIFY(bifall);

        LetterData noReasons = dataFor(*bifall);
        noReasons.reasons.clear();
        auto a = DecisionLetter::build(*loaded.pack, noReasons);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().field, u"reasons"_s);

        LetterData noGround = dataFor(*bifall);
        for (ProposalReason &r : noGround.reasons)
            r.legalGround.clear();
        auto b = DecisionLetter::build(*loaded.pack, noGround);
        QVERIFY(!b.ok());
        QCOMPARE(b.error().field, u"legal_grounds"_s);

        LetterData noAmount = dataFor(*bifall);
        noAmount.amountKronor.reset();
        auto c = DecisionLetter::build(*loaded.pack, noAmount);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().field, u"amount"_s);
        QVERIFY(c.error().file.endsWith(u"ekonomiskt-bistand/letters/bifall.md"_s));
        QCOMPARE(c.error().line, 3);

        // A pack without a template for the outcome.
        LetterData partial = dataFor(*bifall);
        partial.outcome = ProposalOutcome::DelvisBifall;
        QVERIFY(DecisionLetter::build(*loaded.pack, partial).ok());
        auto bp = DecisionLetter::build(*m_packs.value(u"boendeparkering"_s).pack, partial);
        QVERIFY(!bp.ok());
        QCOMPARE(bp.error().field, u"letters.delvis_bifall"_s);
    }

    // Names, reasons and labels are text, never Markdown: an applicant called "*A* | B" is
    // printed as written.
    void valuesAreNotMarkup()
    {
        const LoadedPack &loaded = m_packs.value(u"boendeparkering"_s);
        for (const ExampleProposal &e : loaded.examples) {
            if (e.proposal.outcome != ProposalOutcome::Bifall)
                continue;
            LetterData data = dataFor(e);
            data.applicantName = u"*Anna* _Berg_ | [x](y) #1"_s;
            auto letter = DecisionLetter::build(*loaded.pack, data);
            QVERIFY(letter.ok());
            QVERIFY2(letter->plainText().contains(u"*Anna* _Berg_ | [x](y) #1"_s),
                     qPrintable(letter->plainText()));
            break;
        }
    }

    void placeholderNames_data()
    {
        QTest::addColumn<QString>("pack");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("path"); // empty: unknown
        QTest::newRow("short form") << u"boendeparkering"_s << u"zone"_s << u"details.zone"_s;
        QTest::newRow("short form, nested")
            << u"boendeparkering"_s << u"registration"_s << u"details.vehicle.registration"_s;
        QTest::newRow("full path")
            << u"boendeparkering"_s << u"details.zone"_s << u"details.zone"_s;
        QTest::newRow("inside an object field")
            << u"lss-sjuklon"_s << u"details.provider.name"_s << u"details.provider.name"_s;
        QTest::newRow("object itself") << u"boendeparkering"_s << u"details.vehicle"_s << QString();
        QTest::newRow("short form of an object")
            << u"boendeparkering"_s << u"vehicle"_s << QString();
        QTest::newRow("unknown") << u"boendeparkering"_s << u"colour"_s << QString();
        QTest::newRow("list member")
            << u"ekonomiskt-bistand"_s << u"relation"_s << QString(); // household[].relation
        QTest::newRow("short form beside a list member")
            << u"ekonomiskt-bistand"_s << u"able_to_work"_s << u"applicant.able_to_work"_s;
    }
    void placeholderNames()
    {
        QFETCH(QString, pack);
        QFETCH(QString, name);
        QFETCH(QString, path);
        QCOMPARE(LetterTemplate::applicationPath(name, m_packs.value(pack).pack->manifest()), path);
    }

    // Two fields ending in the same name: the template must spell out the path.
    void ambiguousShortFormIsUnknown()
    {
        RulePackManifest m;
        m.inputSchema = {{u"details.owner.name"_s, FieldType::String, {}, true},
                         {u"details.driver.name"_s, FieldType::String, {}, true}};
        QCOMPARE(LetterTemplate::applicationPath(u"name"_s, m), QString());
        QCOMPARE(LetterTemplate::applicationPath(u"details.driver.name"_s, m),
                 u"details.driver.name"_s);
        auto t = LetterTemplate::parse(u"Hej {{name}}"_s, u"x.md"_s, m);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().first().field, u"name"_s);
    }

    void templateProblemsNameFileAndLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown") << u"# Beslut\n\nDu får {{zon}} nu.\n"_s << 3 << u"zon"_s;
        QTest::newRow("not a name") << u"# Beslut\n{{ Zone }}\n"_s << 2 << u"Zone"_s;
        QTest::newRow("not closed") << u"# Beslut\n\n\nDu får {{zone\n}}\n"_s << 4 << QString();
        QTest::newRow("list member") << u"{{household[].name}}"_s << 1 << u"household[].name"_s;
    }
    void templateProblemsNameFileAndLine()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(QString, field);
        const RulePackManifest &m = m_packs.value(u"boendeparkering"_s).pack->manifest();
        auto t = LetterTemplate::parse(text, u"letters/x.md"_s, m);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().size(), 1);
        QCOMPARE(t.error().first().file, u"letters/x.md"_s);
        QCOMPARE(t.error().first().line, line);
        QCOMPARE(t.error().first().field, field);

        auto fine =
            LetterTemplate::parse(u"# B\n{{ zone }} {{case_id}}\n\n{{reasons}}\n"_s, u"ok.md"_s, m);
        QVERIFY(fine.ok());
        QCOMPARE(fine->placeholders().size(), 3);
        QCOMPARE(fine->placeholders().at(0).name, u"zone"_s);
        QCOMPARE(fine->placeholders().at(0).line, 2);
        QVERIFY(!fine->placeholders().at(1).aloneOnLine);
        QVERIFY(fine->placeholders().at(2).aloneOnLine);
    }

    // An unknown placeholder stops the pack at install time (RulePackValidation), naming
    // the template and line, and a letter is never built from it.
    void unknownPlaceholderRefusedAtInstall()
    {
        QTemporaryDir dir;
        QVERIFY(copyFolder(ShippedPacks + u"/boendeparkering"_s, dir.path()));
        const QString file = dir.filePath(u"letters/avslag.md"_s);
        QVERIFY(writeText(file, u"# Beslut\n\nAvslås för {{registreringsnummer}}.\n"_s));
        auto pack = RulePackLoader::loadFolder(dir.path());
        QVERIFY(pack.ok());
        const Problems problems = RulePackValidation::validate(*pack.value());
        QCOMPARE(problems.size(), 1);
        QCOMPARE(QFileInfo(problems.first().file).canonicalFilePath(),
                 QFileInfo(file).canonicalFilePath());
        QCOMPARE(problems.first().line, 3);
        QCOMPARE(problems.first().field, u"registreringsnummer"_s);
        QVERIFY(problems.first().message.contains(u"registreringsnummer"_s));

        const LoadedPack &shipped = m_packs.value(u"boendeparkering"_s);
        for (const ExampleProposal &e : shipped.examples) {
            if (e.proposal.outcome != ProposalOutcome::Avslag)
                continue;
            auto letter = DecisionLetter::build(*pack.value(), dataFor(e));
            QVERIFY(!letter.ok());
            QCOMPARE(letter.error().line, 3);
            QCOMPARE(QFileInfo(letter.error().file).canonicalFilePath(),
                     QFileInfo(file).canonicalFilePath());
            break;
        }
    }

    void repositoryRoundTrip()
    {
        auto cache = CacheDatabase::open(m_dir.filePath(u"letters.cache"_s), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        QSqlDatabase db = cache.value()->database();
        UserRepository users(db);
        auto user = users.add(u"hand1"_s, u"Handläggare Hand1"_s, UserRole::Caseworker);
        QVERIFY2(user.ok(), qPrintable(user.ok() ? QString() : user.error().toString()));

        const LoadedPack &loaded = m_packs.value(u"boendeparkering"_s);
        const ExampleProposal &e = loaded.examples.first();
        const ApplicationReader reader({{loaded.pack->caseType(), 21}});
        auto record = reader.readFile(e.file);
        QVERIFY(record.ok());
        QVERIFY(CaseRepository(db).insert(record.value()).ok());

        auto letter = DecisionLetter::build(*loaded.pack, dataFor(e));
        QVERIFY(letter.ok());
        auto pdf = letter->toPdf();
        QVERIFY(pdf.ok());
        LetterRepository letters(db);
        QVERIFY(letters.forCase(e.proposal.caseId).isEmpty());
        auto id = letters.store(e.proposal.caseId, letterKindCode(letter->kind()),
                                outcomeCode(letter->outcome()), letter->language(),
                                letter->plainText(), pdf.value(), user->id);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        auto second = letters.store(e.proposal.caseId, u"completion_request"_s, QString(), u"sv"_s,
                                    u"Begäran"_s, "%PDF-x", user->id);
        QVERIFY(second.ok());

        const QList<StoredLetter> stored = letters.forCase(e.proposal.caseId);
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).id, id.value());
        QCOMPARE(stored.at(0).kind, u"decision"_s);
        QCOMPARE(stored.at(0).outcome, outcomeCode(letter->outcome()));
        QCOMPARE(stored.at(0).language, u"sv"_s);
        QCOMPARE(stored.at(0).body, letter->plainText());
        QCOMPARE(stored.at(0).createdBy, user->id);
        QVERIFY(stored.at(0).createdAt.isValid());
        QVERIFY(qAbs(stored.at(0).createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        QCOMPARE(stored.at(1).kind, u"completion_request"_s);
        QVERIFY(stored.at(1).outcome.isEmpty());
        QCOMPARE(letters.pdf(id.value()), std::optional<QByteArray>(pdf.value()));
        QCOMPARE(letters.pdf(second.value()), std::optional<QByteArray>("%PDF-x"));
        QVERIFY(!letters.pdf(id.value() + 1000));

        QVERIFY(!letters
                     .store(u"NO-SUCH-CASE"_s, u"decision"_s, u"bifall"_s, u"sv"_s, u"x"_s, "%PDF",
                            user->id)
                     .ok());
        QVERIFY(!letters
                     .store(e.proposal.caseId, u"postcard"_s, u"bifall"_s, u"sv"_s, u"x"_s, "%PDF",
                            user->id)
                     .ok()); // the table's CHECK on kind
        QCOMPARE(letters.forCase(e.proposal.caseId).size(), 2);
    }
};

QTEST_MAIN(TestDecisionLetter)
#include "tst_decisionletter.moc"
