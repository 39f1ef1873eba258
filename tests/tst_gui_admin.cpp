// The administration view driven through its widgets (offscreen): a broken pack is refused
// with its problems listed and nothing stored; the EB pack is imported through the folder
// dialog; one norm cell is edited in the grid (a FEEL error is shown while typing); a
// what-if run of the edit reports exactly the changed amounts; the pack is activated
// through the confirmation dialog naming the date.

#include "automation/pipeline/InboxAutomation.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "automation/rulepack/RulePackStore.h"
#include "model/CacheDatabase.h"
#include "model/CaseDecisions.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/UserRepository.h"
#include "ui/admin/ActivatePackDialog.h"
#include "ui/admin/AdministrationView.h"
#include "ui/admin/RulePackEditor.h"
#include "ui/admin/WhatIfPanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
const QString EbPack = ShippedPacks + u"/ekonomiskt-bistand"_s;
const QString BrokenPacks = QStringLiteral(CASEBENCH_TEST_DATA "/broken-packs");
const QString Admin = QStringLiteral("admin-gui");

int countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    return q.exec(u"SELECT COUNT(*) FROM "_s + table) && q.next() ? q.value(0).toInt() : -1;
}

// Answers the next modal dialog with `handle` once it is shown.
template <typename Dialog, typename Handle> void whenModal(Handle handle)
{
    QTimer::singleShot(0, [handle] {
        QTRY_VERIFY(qobject_cast<Dialog *>(QApplication::activeModalWidget()) != nullptr);
        handle(qobject_cast<Dialog *>(QApplication::activeModalWidget()));
    });
}

void chooseFolder(const QString &folder)
{
    whenModal<QFileDialog>([folder](QFileDialog *dialog) {
        dialog->setDirectory(QFileInfo(folder).path());
        dialog->selectFile(folder);
        static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected
    });
}

} // namespace

class TestGuiAdmin : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

private Q_SLOTS:
    // Decided history: demo cases of late 2023 proposed with the shipped packs and confirmed.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto cache = CacheDatabase::open(m_dir.filePath(u"admin.db"_s), "pass",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        m_cache = std::move(cache.value());
        QSqlDatabase db = m_cache->database();
        QVERIFY(DemoCaseGenerator(11).fill(db, 400, QDate(2023, 12, 31)).ok());
        // The shipped packs' examples run in tst_shippedpacks; here they are only loaded.
        RulePackRegistry registry;
        for (const QString &name :
             QDir(ShippedPacks).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            auto pack = RulePackLoader::loadFolder(ShippedPacks + u'/' + name);
            QVERIFY(pack.ok());
            QVERIFY(registry.install(*pack).ok());
        }
        QVERIFY(InboxAutomation(db, registry).run().ok());
        auto caseworker =
            UserRepository(db).add(u"gui-hand"_s, u"Handläggare"_s, UserRole::Caseworker);
        QVERIFY(caseworker.ok());
        CaseDecisions decisions(db, caseworker.value());
        int confirmed = 0;
        for (const QString &id : CaseRepository(db).caseIdsWithStatus(CaseStatus::Proposed))
            confirmed += id.startsWith(u"EB-"_s) && decisions.confirm(id).ok() ? 1 : 0;
        QVERIFY2(confirmed >= 10, qPrintable(QString::number(confirmed)));
    }

    void cleanupTestCase() { m_cache.reset(); }

    void importEditWhatIfActivate()
    {
        QSqlDatabase db = m_cache->database();
        AdministrationView view(*m_cache, Admin);
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *list = view.findChild<QTableView *>(u"packList"_s);
        auto *problems = view.findChild<QListWidget *>(u"importProblems"_s);
        auto *importFolder = view.findChild<QPushButton *>(u"importFolder"_s);
        QVERIFY(list && problems && importFolder);
        QCOMPARE(list->model()->rowCount(), 0);

        // A pack whose example fails: every problem listed, nothing stored.
        const int packsBefore = countRows(db, u"rule_packs"_s);
        chooseFolder(BrokenPacks + u"/05-failing-example/pack"_s);
        QTest::mouseClick(importFolder, Qt::LeftButton);
        QTRY_VERIFY(problems->count() > 0);
        QVERIFY2(problems->item(0)->text().contains(u".expected.json"_s),
                 qPrintable(problems->item(0)->text()));
        QCOMPARE(countRows(db, u"rule_packs"_s), packsBefore);
        QCOMPARE(list->model()->rowCount(), 0);

        // The shipped EB pack imports as a draft.
        chooseFolder(EbPack);
        QTest::mouseClick(importFolder, Qt::LeftButton);
        QTRY_COMPARE(list->model()->rowCount(), 1);
        QCOMPARE(problems->count(), 0);
        QCOMPARE(list->model()->index(0, 1).data().toString(), u"2023.2"_s);
        QCOMPARE(list->model()->index(0, 5).data().toString(),
                 rulePackStatusDisplayName(RulePackStatus::Draft));
        const qint64 stored = view.selectedPack();
        QVERIFY(stored > 0);

        // Edit: Vuxennorm, rule RN2023-V1, belopp 3490 → 3590, typed into the cell.
        QTest::mouseClick(view.findChild<QPushButton *>(u"editPack"_s), Qt::LeftButton);
        RulePackEditor *editor = view.editor();
        QVERIFY(editor->hasDraft());
        auto *chooser = editor->findChild<QComboBox *>(u"tableChooser"_s);
        chooser->setCurrentIndex(chooser->findText(u"Vuxennorm"_s));
        QTableView *grid = editor->grid();
        QTRY_VERIFY(grid->isVisible());
        const QModelIndex cell = grid->model()->index(2, 2);
        QCOMPARE(grid->model()->headerData(2, Qt::Vertical).toString(), u"RN2023-V1"_s);
        QCOMPARE(cell.data().toString(), u"3490"_s);
        grid->setCurrentIndex(cell);
        grid->setFocus();
        QTest::keyClick(grid, Qt::Key_F2);
        QLineEdit *edit = nullptr;
        QTRY_VERIFY((edit = grid->findChild<QLineEdit *>(u"feelCellEditor"_s)) != nullptr &&
                    edit->isVisible());
        edit->selectAll();
        QTest::keyClicks(edit, u"3590 +"_s);
        auto *message = editor->findChild<QLabel *>(u"cellMessage"_s);
        QVERIFY(edit->property("feelError").toBool());
        QVERIFY2(message->text().contains(u"column"_s), qPrintable(message->text()));
        QTest::keyClick(edit, Qt::Key_Backspace);
        QTest::keyClick(edit, Qt::Key_Backspace);
        QVERIFY(!edit->property("feelError").toBool());
        QVERIFY(message->text().isEmpty());
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(grid->model()->index(2, 2).data().toString(), u"3590"_s);
        QVERIFY(editor->draft()->isModified());

        // Saving it is refused: the pack's own examples no longer hold; nothing is stored.
        QTest::mouseClick(view.findChild<QPushButton *>(u"saveDraft"_s), Qt::LeftButton);
        QVERIFY(problems->count() > 0);
        QCOMPARE(list->model()->rowCount(), 1);

        // What-if of the edit over the decided cases: only single adults' 2023 amounts move.
        QTest::mouseClick(view.findChild<QPushButton *>(u"whatIfDraft"_s), Qt::LeftButton);
        WhatIfPanel *whatIf = view.whatIf();
        QVERIFY(whatIf->isVisible());
        QTest::mouseClick(whatIf->findChild<QPushButton *>(u"runWhatIf"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!whatIf->isRunning(), 120000);
        QVERIFY(whatIf->report().has_value());
        const WhatIfReport report = *whatIf->report();
        QVERIFY(report.evaluated > 0);
        QCOMPARE(report.failed, 0);
        QVERIFY2(report.changedAmount > 0, qPrintable(QString::number(report.evaluated)));
        QCOMPARE(report.amountDifferenceKronor, 100 * report.changedAmount);
        QVERIFY(!whatIf->findChild<QLabel *>(u"whatIfSummary"_s)->text().isEmpty());
        for (const WhatIfChange &c : report.changes)
            QCOMPARE(*c.newAmountKronor - *c.oldAmountKronor, qint64(100));

        // Activate the imported version from 2023-07-01, through the dialog naming the date.
        QVERIFY(view.selectPack(stored));
        QString confirmation;
        whenModal<ActivatePackDialog>([&confirmation](ActivatePackDialog *dialog) {
            dialog->findChild<QDateEdit *>(u"appliesFrom"_s)->setDate(QDate(2023, 7, 1));
            confirmation = dialog->findChild<QLabel *>(u"activationText"_s)->text();
            dialog->accept();
        });
        QTest::mouseClick(view.findChild<QPushButton *>(u"activatePack"_s), Qt::LeftButton);
        QTRY_COMPARE(list->model()->index(0, 5).data().toString(),
                     rulePackStatusDisplayName(RulePackStatus::Active));
        QVERIFY2(confirmation.contains(QLocale().toString(QDate(2023, 7, 1), QLocale::LongFormat)),
                 qPrintable(confirmation));
        const auto activated = RulePackStore(db, Admin).find(stored);
        QVERIFY(activated);
        QVERIFY(activated->status == RulePackStatus::Active);
        QCOMPARE(activated->appliesFrom, QDate(2023, 7, 1));
        QCOMPARE(activated->activatedBy, Admin);
        QCOMPARE(list->model()->index(0, 7).data().toString(), Admin);
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM audit_events WHERE event = 'pack_activated'"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
};

QTEST_MAIN(TestGuiAdmin)
#include "tst_gui_admin.moc"
