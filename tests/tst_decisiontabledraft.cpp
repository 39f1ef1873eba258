// DecisionTableDraft: editing a pack's tables and constants, FEEL errors with their
// position, draft versions, and save → export → re-import evaluating like the draft.

#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "automation/rulepack/DecisionTableDraft.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackStore.h"
#include "automation/rulepack/RulePackValidation.h"
#include "model/CacheDatabase.h"
#include "model/DemoCaseGenerator.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
const QString EbPack = ShippedPacks + u"/ekonomiskt-bistand"_s;

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

QStringList ruleIds(const DraftTable &table)
{
    QStringList ids;
    for (const auto &r : table.table.rules)
        ids << r.id;
    return ids;
}

QJsonObject proposalJson(const RulePack &pack, const QByteArray &application, const QString &source)
{
    auto proposal = ProposalPipeline::run(pack, application, source, {.trace = false});
    if (!proposal)
        // Without the folder the pack was read from, which problems name.
        return QJsonObject{
            {u"error"_s, describe(proposal.error()).replace(pack.folder(), u"PACK"_s)}};
    QJsonObject json = ProposalJson::toJson(proposal.value(), false);
    json.remove(u"pack"_s);
    json.remove(u"spot_check"_s);
    return json;
}

// The realistic edit of a new year: riksnorm rows for 2024 (which no example uses), and a
// corrected annotation.
void addNorm2024(DecisionTableDraft &draft)
{
    const int t = draft.tableIndex(u"Vuxennorm"_s);
    QVERIFY(t >= 0);
    const QString id = draft.addRule(t);
    QVERIFY(!id.isEmpty());
    const int row = int(draft.tables().at(t).table.rules.size()) - 1;
    const QStringList cells{u"2024"_s,
                            u"false"_s,
                            u"3800"_s,
                            u"\"RN2024-V1\""_s,
                            u"\"ensamstående vuxen\""_s,
                            u"Riksnorm 2024, ensamstående 3 800 kr"_s};
    for (int c = 0; c < cells.size(); ++c) {
        const auto set = draft.setCell(t, row, c, cells.at(c));
        QVERIFY2(set.ok(), qPrintable(set.ok() ? QString() : set.error().toString()));
    }
    QVERIFY(
        draft.setCell(t, 0, 5, u"Riksnorm 2019, ensamstående 3 090 kr (SoF 2 kap. 1 §)"_s).ok());
}

} // namespace

class TestDecisionTableDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTablesAndConstants()
    {
        auto draft = DecisionTableDraft::fromFolder(EbPack);
        QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : describe(draft.error())));
        QCOMPARE(draft->manifest().version, u"2023.2"_s);
        for (const QString &name :
             {u"Vuxennorm"_s, u"Barnnorm"_s, u"Hushallsnorm"_s, u"Hyrestak"_s})
            QVERIFY2(draft->tableIndex(name) >= 0, qPrintable(name));
        const DraftTable &vuxen = draft->tables().at(draft->tableIndex(u"Vuxennorm"_s));
        QVERIFY(vuxen.knowledgeModel);
        QCOMPARE(vuxen.parameters, (QStringList{u"ar"_s, u"par"_s}));
        QCOMPARE(ruleIds(vuxen),
                 (QStringList{u"RN2019-V1"_s, u"RN2019-V2"_s, u"RN2023-V1"_s, u"RN2023-V2"_s}));
        QCOMPARE(DecisionTableDraft::columnCount(vuxen.table), 6);
        QCOMPARE(DecisionTableDraft::columnTitle(vuxen.table, 0), u"År"_s);
        QCOMPARE(DecisionTableDraft::columnTitle(vuxen.table, 2), u"belopp"_s);
        QCOMPARE(DecisionTableDraft::columnTitle(vuxen.table, 5), u"källa"_s);
        QVERIFY(DecisionTableDraft::columnKind(vuxen.table, 1) ==
                DecisionTableDraft::CellKind::Input);
        QVERIFY(DecisionTableDraft::columnKind(vuxen.table, 4) ==
                DecisionTableDraft::CellKind::Output);
        QVERIFY(DecisionTableDraft::columnKind(vuxen.table, 5) ==
                DecisionTableDraft::CellKind::Annotation);
        QCOMPARE(DecisionTableDraft::cell(vuxen.table.rules.at(2), vuxen.table, 2), u"3490"_s);

        const int buffer = draft->constantIndex(u"Sparbuffert"_s);
        QVERIFY(buffer >= 0);
        QCOMPARE(draft->constants().at(buffer).text, u"3000"_s);
        // Logic that is not a plain number is not offered as a constant.
        QCOMPARE(draft->constantIndex(u"Fodelsedatum"_s), -1);
        QVERIFY(!draft->isModified());
    }

    void addsRemovesAndMovesRules()
    {
        auto draft = DecisionTableDraft::fromFolder(EbPack);
        QVERIFY(draft.ok());
        const int t = draft->tableIndex(u"Vuxennorm"_s);
        const QStringList original = ruleIds(draft->tables().at(t));

        const QString added = draft->addRule(t, 1);
        QCOMPARE(added, u"VuxennormTabell-R5"_s);
        QVERIFY(draft->isModified());
        const auto &rule = draft->tables().at(t).table.rules.at(1);
        QCOMPARE(rule.id, added);
        QCOMPARE(rule.inputEntries, (QStringList{u"-"_s, u"-"_s}));
        QCOMPARE(rule.outputEntries, (QStringList{u"null"_s, u"null"_s, u"null"_s}));
        // A second new rule gets another id.
        QCOMPARE(draft->addRule(t), u"VuxennormTabell-R6"_s);
        QVERIFY(draft->removeRule(t, 5).ok());

        QVERIFY(draft->moveRule(t, 1, 4).ok());
        QCOMPARE(ruleIds(draft->tables().at(t)), QStringList(original) << added);
        QVERIFY(draft->moveRule(t, 0, 3).ok());
        QCOMPARE(
            ruleIds(draft->tables().at(t)),
            (QStringList{u"RN2019-V2"_s, u"RN2023-V1"_s, u"RN2023-V2"_s, u"RN2019-V1"_s, added}));
        QVERIFY(draft->removeRule(t, 4).ok());
        QVERIFY(!draft->removeRule(t, 4).ok());
        QVERIFY(!draft->moveRule(t, 0, 9).ok());
        QCOMPARE(draft->tables().at(t).table.rules.size(), 4);
    }

    void feelErrorsNameTheirPosition()
    {
        auto draft = DecisionTableDraft::fromFolder(EbPack);
        QVERIFY(draft.ok());
        const int t = draft->tableIndex(u"Vuxennorm"_s);

        const auto input = draft->setCell(t, 0, 0, u"[2019..2020"_s);
        QVERIFY(!input.ok());
        QVERIFY(!input.error().message.isEmpty());
        QCOMPARE(input.error().line, 1);
        QVERIFY2(input.error().column > 1, qPrintable(input.error().toString()));
        QCOMPARE(draft->tables().at(t).table.rules.at(0).inputEntries.at(0), u"2019"_s);

        const auto output = draft->setCell(t, 0, 2, u"3090 +* 2"_s);
        QVERIFY(!output.ok());
        QVERIFY2(output.error().column >= 6, qPrintable(output.error().toString()));
        QVERIFY(!draft->setCell(t, 0, 1, u"  "_s).ok());
        QVERIFY(!draft->isModified());

        // The same checks as the editor runs while typing.
        QVERIFY(draft->checkCell(t, 0, u"[2019..2020]"_s) == std::nullopt);
        QVERIFY(draft->checkCell(t, 0, u">= 2019, < 2023"_s) == std::nullopt);
        QVERIFY(draft->checkCell(t, 2, u"3090 + 10"_s) == std::nullopt);
        QVERIFY(draft->checkCell(t, 5, u"[ any text ("_s) == std::nullopt); // annotation
        QVERIFY(draft->setCell(t, 0, 2, u"3090 + 10"_s).ok());
        QVERIFY(draft->isModified());

        const int buffer = draft->constantIndex(u"Sparbuffert"_s);
        QVERIFY(!draft->setConstant(buffer, u"3000 kr"_s).ok());
        QVERIFY(draft->setConstant(buffer, u"3500"_s).ok());
        QVERIFY(draft->constants().at(buffer).modified());
    }

    void draftVersions()
    {
        QCOMPARE(DecisionTableDraft::nextDraftVersion(u"2023.1"_s), u"2023.1-draft1"_s);
        QCOMPARE(DecisionTableDraft::nextDraftVersion(u"2023.1-draft1"_s), u"2023.1-draft2"_s);
        QCOMPARE(DecisionTableDraft::nextDraftVersion(u"2023.1"_s,
                                                      {u"2023.1-draft1"_s, u"2023.1-draft2"_s}),
                 u"2023.1-draft3"_s);
    }

    // Only the edited model and pack.json's version differ; the saved folder loads and
    // passes validation (the 2024 rows leave every example as it was).
    void savedDraftDiffersOnlyInTheEditedModel()
    {
        auto draft = DecisionTableDraft::fromFolder(EbPack);
        QVERIFY(draft.ok());
        addNorm2024(*draft);
        auto files = draft->save(u"2023.2-draft1"_s);
        QVERIFY2(files.ok(), qPrintable(files.ok() ? QString() : describe(files.error())));
        const RulePackFiles &before = draft->originalFiles();
        QCOMPARE(files->keys(), before.keys());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (it.key() == u"pack.json"_s || it.key() == u"ekonomiskt-bistand.dmn"_s)
                QVERIFY2(files->value(it.key()) != it.value(), qPrintable(it.key()));
            else
                QVERIFY2(files->value(it.key()) == it.value(), qPrintable(it.key()));
        }
        QString manifest = before.value(u"pack.json"_s);
        QCOMPARE(manifest.count(u"\"version\": \"2023.2\""_s), 2); // the pack's and the changelog's
        const QString from = u"\"version\": \"2023.2\""_s;
        manifest.replace(manifest.indexOf(from), from.size(), u"\"version\": \"2023.2-draft1\""_s);
        QCOMPARE(files->value(u"pack.json"_s), manifest);

        QTemporaryDir tmp;
        const QString folder = tmp.filePath(u"draft"_s);
        QVERIFY(draft->saveToFolder(folder, u"2023.2-draft1"_s).ok());
        auto loaded = RulePackLoader::loadFolder(folder);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : describe(loaded.error())));
        QCOMPARE((*loaded)->version(), u"2023.2-draft1"_s);
        const Problems problems = RulePackValidation::validate(**loaded);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));

        // The saved draft reads back with the edit.
        auto again = DecisionTableDraft::fromFolder(folder);
        QVERIFY(again.ok());
        const DraftTable &vuxen = again->tables().at(again->tableIndex(u"Vuxennorm"_s));
        QCOMPARE(vuxen.table.rules.size(), 5);
        QCOMPARE(vuxen.table.rules.last().outputEntries.first(), u"3800"_s);
        QCOMPARE(vuxen.table.rules.first().annotations.first(),
                 u"Riksnorm 2019, ensamstående 3 090 kr (SoF 2 kap. 1 §)"_s);
    }

    // A changed figure that the examples use: the draft saves and loads, and validation
    // names the examples that no longer hold.
    void changedNormCellIsCaughtByTheExamples()
    {
        auto draft = DecisionTableDraft::fromFolder(EbPack);
        QVERIFY(draft.ok());
        const int t = draft->tableIndex(u"Vuxennorm"_s);
        QVERIFY(draft->setCell(t, 2, 2, u"3590"_s).ok());
        QTemporaryDir tmp;
        QVERIFY(draft->saveToFolder(tmp.filePath(u"d"_s), u"2023.1-draft1"_s).ok());
        auto loaded = RulePackLoader::loadFolder(tmp.filePath(u"d"_s));
        QVERIFY(loaded.ok());
        const Problems problems = RulePackValidation::validate(**loaded);
        QVERIFY(!problems.isEmpty());
        for (const Problem &p : problems)
            QVERIFY2(p.file.endsWith(u".expected.json"_s), qPrintable(p.toString()));
    }

    // Issue 7: edit → save → export → re-import evaluates exactly like the saved draft on
    // the shipped examples and demo cases, and on the examples like the original pack.
    void editSaveExportReimportEvaluatesIdentically()
    {
        auto draft = DecisionTableDraft::fromFolder(EbPack);
        QVERIFY(draft.ok());
        addNorm2024(*draft);
        auto files = draft->save(u"2023.1-draft1"_s);
        QVERIFY(files.ok());

        QTemporaryDir tmp;
        auto cache = CacheDatabase::open(tmp.filePath(u"cache.db"_s), "pass",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        RulePackStore store((*cache)->database(), u"admin-test"_s);
        auto stored = store.importFiles(*files, u"draft"_s);
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : describe(stored.error())));
        QCOMPARE(stored->version, u"2023.1-draft1"_s);
        const QString exported = tmp.filePath(u"export"_s);
        QVERIFY(store.exportTo(stored->id, exported).ok());
        auto reread = RulePackStore::readFolder(exported);
        QVERIFY(reread.ok());
        QVERIFY(*reread == *files);

        // The draft as saved, before it went through the store.
        const QString saved = tmp.filePath(u"saved"_s);
        QVERIFY(draft->saveToFolder(saved, u"2023.1-draft1"_s).ok());
        auto draftPack = RulePackLoader::loadFolder(saved);
        auto original = RulePackLoader::loadFolder(EbPack);
        auto reimported = RulePackLoader::loadFolder(exported);
        QVERIFY(draftPack.ok() && original.ok() && reimported.ok());
        QCOMPARE((*reimported)->contentHash(), stored->contentHash);
        QCOMPARE((*draftPack)->contentHash(), stored->contentHash);

        QList<std::pair<QString, QByteArray>> applications;
        for (const RulePackExample &example : (*original)->examples()) {
            QFile f(example.applicationFile);
            QVERIFY(f.open(QIODevice::ReadOnly));
            applications.append({QFileInfo(example.applicationFile).fileName(), f.readAll()});
            // The 2024 rows leave the examples (2019 and 2023) as the original decides them.
            const QByteArray &application = applications.last().second;
            QVERIFY2(proposalJson(**original, application, example.applicationFile) ==
                         proposalJson(**reimported, application, example.applicationFile),
                     qPrintable(example.applicationFile));
        }
        DemoCaseGenerator generator(5);
        for (const CaseRecord &record : generator.generate(600, QDate(2023, 12, 20))) {
            if (record.caseType == u"ekonomiskt-bistand"_s)
                applications.append({record.caseId, record.payload});
        }
        QVERIFY2(applications.size() >= 100, qPrintable(QString::number(applications.size())));
        int evaluated = 0;
        for (const auto &[name, application] : std::as_const(applications)) {
            const QJsonObject before = proposalJson(**draftPack, application, name);
            const QJsonObject after = proposalJson(**reimported, application, name);
            QVERIFY2(before == after,
                     qPrintable(name + u"\n"_s + QString::fromUtf8(QJsonDocument(before).toJson()) +
                                QString::fromUtf8(QJsonDocument(after).toJson())));
            evaluated += before.contains(u"error"_s) ? 0 : 1;
        }
        QVERIFY2(evaluated >= 100, qPrintable(QString::number(evaluated)));
    }
};

QTEST_GUILESS_MAIN(TestDecisionTableDraft)
#include "tst_decisiontabledraft.moc"
