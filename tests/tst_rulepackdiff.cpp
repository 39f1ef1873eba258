// RulePackDiff: the EB pack against a copy with one norm cell changed shows exactly that
// cell; rules added, removed and moved, constants, manifest fields and other files.

#include "automation/rulepack/DecisionTableDraft.h"
#include "automation/rulepack/RulePackDiff.h"
#include "automation/rulepack/RulePackStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString EbPack =
    QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks/ekonomiskt-bistand");

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

} // namespace

class TestRulePackDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samePackHasNoDifference()
    {
        auto files = RulePackStore::readFolder(EbPack);
        QVERIFY(files.ok());
        auto diff = RulePackDiff::compare(*files, *files);
        QVERIFY2(diff.ok(), qPrintable(diff.ok() ? QString() : describe(diff.error())));
        QVERIFY(diff->isEmpty());
    }

    void oneNormCellChanged()
    {
        auto draft = DecisionTableDraft::fromFolder(EbPack);
        QVERIFY(draft.ok());
        const int t = draft->tableIndex(u"Vuxennorm"_s);
        QVERIFY(draft->setCell(t, 2, 2, u"3590"_s).ok());
        QTemporaryDir tmp;
        const QString copy = tmp.filePath(u"copy"_s);
        QVERIFY(draft->saveToFolder(copy, u"2023.3"_s).ok());

        auto diff = RulePackDiff::compareFolders(EbPack, copy);
        QVERIFY2(diff.ok(), qPrintable(diff.ok() ? QString() : describe(diff.error())));
        QCOMPARE(diff->cells.size(), 1);
        const CellChange &cell = diff->cells.first();
        QCOMPARE(cell.table, u"Vuxennorm"_s);
        QCOMPARE(cell.tableId, u"VuxennormTabell"_s);
        QCOMPARE(cell.ruleId, u"RN2023-V1"_s);
        QCOMPARE(cell.column, 2);
        QCOMPARE(cell.columnTitle, u"belopp"_s);
        QVERIFY(cell.kind == DecisionTableDraft::CellKind::Output);
        QCOMPARE(cell.oldText, u"3490"_s);
        QCOMPARE(cell.newText, u"3590"_s);
        QVERIFY(diff->cellChanged(u"VuxennormTabell"_s, u"RN2023-V1"_s, 2));
        QVERIFY(!diff->cellChanged(u"VuxennormTabell"_s, u"RN2023-V1"_s, 1));

        QCOMPARE(diff->rules.size(), 1);
        QVERIFY(diff->rules.first().kind == RuleChange::Kind::Changed);
        QCOMPARE(diff->rules.first().ruleId, u"RN2023-V1"_s);
        QCOMPARE(diff->manifest.size(), 1);
        QCOMPARE(diff->manifest.first().field, u"version"_s);
        QCOMPARE(diff->manifest.first().oldValue, u"2023.2"_s);
        QCOMPARE(diff->manifest.first().newValue, u"2023.3"_s);
        QVERIFY(diff->constants.isEmpty());
        QVERIFY(diff->changedFiles.isEmpty());
        QVERIFY(diff->addedFiles.isEmpty());
        QVERIFY(diff->removedFiles.isEmpty());
    }

    void rulesConstantsAndFiles()
    {
        auto draft = DecisionTableDraft::fromFolder(EbPack);
        QVERIFY(draft.ok());
        const int t = draft->tableIndex(u"Vuxennorm"_s);
        const QString added = draft->addRule(t);
        QVERIFY(draft->removeRule(t, 0).ok());  // RN2019-V1
        QVERIFY(draft->moveRule(t, 2, 0).ok()); // RN2023-V2 first
        QVERIFY(draft->setConstant(draft->constantIndex(u"Sparbuffert"_s), u"3500"_s).ok());
        auto files = draft->save(u"2023.3"_s);
        QVERIFY(files.ok());
        (*files)[u"letters/new.md"_s] = u"ny mall"_s;
        (*files)[u"letters/bifall.md"_s] += u"\n"_s;
        files->remove(u"letters/avslag.md"_s);

        auto before = RulePackStore::readFolder(EbPack);
        QVERIFY(before.ok());
        auto diff = RulePackDiff::compare(*before, *files);
        QVERIFY2(diff.ok(), qPrintable(diff.ok() ? QString() : describe(diff.error())));

        QHash<QString, RuleChange::Kind> kinds;
        for (const RuleChange &r : diff->rules)
            kinds.insert(r.ruleId, r.kind);
        QCOMPARE(kinds.size(), 3);
        QVERIFY(kinds.value(added) == RuleChange::Kind::Added);
        QVERIFY(kinds.value(u"RN2019-V1"_s) == RuleChange::Kind::Removed);
        QVERIFY(kinds.value(u"RN2023-V2"_s) == RuleChange::Kind::Moved);
        QVERIFY(diff->cells.isEmpty());

        QCOMPARE(diff->constants.size(), 1);
        QCOMPARE(diff->constants.first().name, u"Sparbuffert"_s);
        QCOMPARE(diff->constants.first().oldText, u"3000"_s);
        QCOMPARE(diff->constants.first().newText, u"3500"_s);
        QCOMPARE(diff->addedFiles, QStringList{u"letters/new.md"_s});
        QCOMPARE(diff->removedFiles, QStringList{u"letters/avslag.md"_s});
        QCOMPARE(diff->changedFiles, QStringList{u"letters/bifall.md"_s});
    }
};

QTEST_GUILESS_MAIN(TestRulePackDiff)
#include "tst_rulepackdiff.moc"
