// The caseworker's desk driven through real widgets (offscreen): batch automation over a
// demo cache through its progress dialog stores proposals; Enter opens a case from the
// inbox, F1 shows why, Alt+Right goes to the next case; Ctrl+Enter confirms; an override
// is refused while its justification is short and saved once it is long enough; a case
// is returned for completion; a decided case is read-only until reopened. After every
// path the store holds the decision, the case's status and its audit events, and the
// audit chain verifies. The functions run in order: the first stores the proposals the
// others decide.

#include "automation/pipeline/InboxAutomation.h"
#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/CacheDatabase.h"
#include "model/CaseDecisions.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/InboxFilterProxy.h"
#include "model/ProposalRepository.h"
#include "model/UserRepository.h"
#include "ui/AutomationJob.h"
#include "ui/BreakdownModel.h"
#include "ui/CaseDetailsPanel.h"
#include "ui/CaseHistoryModel.h"
#include "ui/CaseView.h"
#include "ui/InboxView.h"
#include "ui/MainWindow.h"
#include "ui/OverrideDialog.h"
#include "ui/ReopenDialog.h"
#include "ui/ReturnForCompletionDialog.h"
#include "ui/TraceModel.h"
#include "ui/UnlockDialog.h"
#include "ui/Workbench.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

template <typename Dialog> Dialog *openDialog(QWidget *parent)
{
    // Dialogs open non-blocking; wait until it is shown.
    Dialog *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (found = parent->findChild<Dialog *>()) && found->isVisible(); }, 5000);
    return shown ? found : nullptr;
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void closeMessageBoxes()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *box = qobject_cast<QMessageBox *>(w); box && box->isVisible())
            box->close();
}

} // namespace

class TestGuiCaseView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cachePath;
    const QByteArray m_passphrase = "prinsesstårta med marsipan";
    const QString m_login = u"handlaggare7"_s;
    static constexpr int Cases = 80;
    std::unique_ptr<Workbench> m_workbench;
    QString m_confirmedCase;

    MainWindow *window() const { return m_workbench->mainWindow(); }
    QSqlDatabase db() const { return m_workbench->cache()->database(); }
    User user() const { return *UserRepository(db()).find(m_login); }

    CaseStatus statusOf(const QString &caseId) const
    {
        return CaseRepository(db()).find(caseId)->status;
    }

    QStringList eventsOf(const QString &caseId) const
    {
        QStringList codes;
        for (const AuditEvent &e : AuditTrail(db()).forCase(caseId))
            codes << e.event;
        return codes;
    }

    // A proposed case whose proposal is one of `outcomes`, not yet used by a test.
    QString proposedCase(const QStringList &outcomes, const QStringList &used = {},
                         bool withBreakdown = false) const
    {
        const InboxFilterProxy *proxy = window()->inboxProxy();
        ProposalRepository proposals(db());
        for (int row = 0; row < proxy->rowCount(); ++row) {
            const QString caseId = proxy->caseIdAt(row);
            if (used.contains(caseId) || statusOf(caseId) != CaseStatus::Proposed)
                continue;
            const std::optional<StoredProposal> p = proposals.find(caseId);
            if (p && (outcomes.isEmpty() || outcomes.contains(p->outcome)) &&
                (!withBreakdown || p->json.contains("\"breakdown\":[{")))
                return caseId;
        }
        return {};
    }

    // Selects the case in the inbox and opens it with Enter, as a caseworker does.
    void openWithEnter(const QString &caseId)
    {
        window()->showInbox();
        QApplication::setActiveWindow(window());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        InboxView *view = window()->inboxView();
        QVERIFY(view->selectCase(caseId));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_VERIFY(window()->isCaseViewShown());
        QCOMPARE(window()->caseView()->caseId(), caseId);
        // The case view's keys work while the focus is inside it.
        QVERIFY(window()->caseView()->isAncestorOf(QApplication::focusWidget()) ||
                QApplication::focusWidget() == window()->caseView());
    }

    void verifyChain()
    {
        const AuditTrail::Verification verification = AuditTrail(db()).verify();
        QVERIFY2(verification.ok(), qPrintable(verification.reason));
        QVERIFY(verification.checked > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_cachePath = m_dir.filePath(u"desk.cache"_s);
        {
            auto cache =
                CacheDatabase::open(m_cachePath, m_passphrase, CacheDatabase::OpenMode::CreateNew);
            QVERIFY(cache);
            QVERIFY(
                DemoCaseGenerator(11).fill(cache.value()->database(), Cases, QDate::currentDate()));
            UserRepository users(cache.value()->database());
            QVERIFY(users.add(m_login, u"Handläggare Sju"_s, UserRole::Caseworker));
        }
        WorkbenchOptions options;
        options.cachePath = m_cachePath;
        options.passphrase = m_passphrase;
        options.language = u"en"_s;
        options.rulePackFolder = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
        options.userLogin = m_login;
        m_workbench = std::make_unique<Workbench>(std::move(options));
        QVERIFY(m_workbench->rulePackProblems().isEmpty());
        m_workbench->start();
        QVERIFY(window());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        QCOMPARE(window()->actingUser().login, m_login);
        QVERIFY(
            window()->findChild<QLabel *>(u"actingUserLabel"_s)->text().contains(u"Caseworker"_s));
        // A caseworker has no charts and no administration.
        QVERIFY(!window()->chartsAction()->isVisible());
        QVERIFY(!window()->administrationAction()->isVisible());
    }

    void batchAutomationThroughTheDialog()
    {
        const int received = CaseRepository(db()).countByStatus().value(CaseStatus::Received);
        QVERIFY(received > 10);
        QSignalSpy finished(window(), &MainWindow::automationFinished);
        window()->findChild<QAction *>(u"runAutomationAction"_s)->trigger();
        auto *progress = window()->findChild<QProgressDialog *>(u"automationProgress"_s);
        QVERIFY(progress);
        QVERIFY(finished.wait(60000));
        auto *summary = window()->findChild<QMessageBox *>(u"automationSummaryBox"_s);
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(u"received cases got a proposal"_s),
                 qPrintable(summary->text()));
        const auto &result = window()->automationJob()->summary();
        QVERIFY(result);
        QCOMPARE(result->total, received);
        QCOMPARE(result->proposed + int(result->failures.size()), received);
        QVERIFY(result->proposed > 0);
        // Every proposal is stored; every failure is a case needing manual handling.
        QVERIFY(ProposalRepository(db()).count() >= result->proposed);
        QCOMPARE(CaseRepository(db()).countByStatus().value(CaseStatus::Received), 0);
        // The run is recorded as the acting user's.
        const QString proposed = proposedCase({});
        QVERIFY(!proposed.isEmpty());
        bool recorded = false;
        for (const AuditEvent &e : AuditTrail(db()).forCase(proposed))
            recorded = recorded || (e.event == AuditEventCode::Proposed && e.userLogin == m_login);
        QVERIFY(recorded);
        summary->close();
        // The inbox shows the new statuses.
        QCOMPARE(window()->inboxProxy()->rowCount(), Cases);
        verifyChain();
    }

    void enterOpensTheCaseAndWhyShowsTheTrace()
    {
        // A proposal with an amount breakdown (ekonomiskt bistånd, LSS).
        const QString caseId = proposedCase({}, {}, true);
        QVERIFY(!caseId.isEmpty());
        openWithEnter(caseId);
        CaseView *view = window()->caseView();
        QVERIFY(view->details()->isVisible());
        QVERIFY(view->details()->text().contains(caseId));
        QVERIFY(view->breakdownModel()->rowCount() > 1);
        QCOMPARE(view->breakdownModel()
                     ->index(view->breakdownModel()->rowCount() - 1, 0)
                     .data()
                     .toString(),
                 u"Total"_s);
        QVERIFY(!view->isReadOnly());
        QVERIFY(eventsOf(caseId).contains(AuditEventCode::Viewed));

        QVERIFY(!view->isWhyPanelVisible());
        QTest::keyClick(view, Qt::Key_F1);
        QVERIFY(view->isWhyPanelVisible());
        QVERIFY(view->traceModel()->rowCount() > 0);
        const std::optional<StoredProposal> proposal = ProposalRepository(db()).find(caseId);
        QVERIFY(proposal);
        QCOMPARE(view->traceModel()->matchedRuleIds().isEmpty(), proposal->matchedRules.isEmpty());
        QVERIFY(view->findChild<QLabel *>(u"packLabel"_s)->text().contains(proposal->packHash));
        QTest::keyClick(view, Qt::Key_F1);
        QVERIFY(!view->isWhyPanelVisible());

        // Alt+Right and Alt+Left follow the inbox's order.
        const int row = window()->inboxView()->currentIndex().row();
        if (row + 1 < window()->inboxProxy()->rowCount()) {
            QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
            QCOMPARE(view->caseId(), window()->inboxProxy()->caseIdAt(row + 1));
            QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
            QCOMPARE(view->caseId(), caseId);
        }
        QTest::keyClick(view, Qt::Key_Escape);
        QTRY_VERIFY(!window()->isCaseViewShown());
    }

    // A trace input that names an earlier step's decision, "(Hushall)", says which step
    // shows it; "(application)" and a string that only looks like a name stay as written.
    void traceNamesTheStepThatShowsAResult()
    {
        const auto entry = [](const char *decision, QJsonObject inputs, QJsonValue result) {
            return QJsonObject{{u"decision"_s, QString::fromUtf8(decision)},
                               {u"inputs"_s, inputs},
                               {u"result"_s, result},
                               {u"matched_rules"_s, QJsonArray()},
                               {u"diagnostics"_s, QJsonArray()}};
        };
        TraceModel model;
        model.setTrace(QJsonArray{
            entry("Hushall", {{u"application"_s, u"(application)"_s}}, QJsonObject{{u"vuxna"_s, 2}}),
            entry("Belopp",
                  {{u"Hushall"_s, u"(Hushall)"_s}, {u"note"_s, u"(Okänd)"_s}, {u"later"_s, u"(Belopp)"_s}},
                  QJsonValue(100))});
        QCOMPARE(model.rowCount(), 2);
        const auto inputText = [&](int step, int row) {
            const QModelIndex inputs = model.index(0, 0, model.index(step, 0));
            return std::pair(model.index(row, 0, inputs).data().toString(),
                             model.index(row, 1, inputs).data().toString());
        };
        QCOMPARE(inputText(0, 0), std::pair(u"application"_s, u"(application)"_s));
        QCOMPARE(inputText(1, 0), std::pair(u"Hushall"_s, u"result of step 1, Hushall"_s));
        QCOMPARE(inputText(1, 1).second, u"(Belopp)"_s); // its own step is not earlier
        QCOMPARE(inputText(1, 2).second, u"(Okänd)"_s);
    }

    void ctrlEnterConfirms()
    {
        const QString caseId = proposedCase({u"bifall"_s, u"delvis_bifall"_s, u"avslag"_s});
        QVERIFY(!caseId.isEmpty());
        const StoredProposal proposal = *ProposalRepository(db()).find(caseId);
        openWithEnter(caseId);
        CaseView *view = window()->caseView();
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(statusOf(caseId), CaseStatus::Decided);
        const std::optional<DecisionRecord> decision = CaseDecisions(db(), user()).current(caseId);
        QVERIFY(decision);
        QCOMPARE(decision->kind, DecisionKind::Confirmed);
        QCOMPARE(decision->outcome, proposal.outcome);
        QCOMPARE(decision->amountKronor, proposal.amountKronor);
        QCOMPARE(decision->decidedBy, m_login);
        QCOMPARE(CaseDecisions(db(), user()).history(caseId).size(), 1);
        QVERIFY(eventsOf(caseId).contains(AuditEventCode::Confirmed));
        verifyChain();

        // Decided: read-only until reopened; a second Ctrl+Enter records nothing.
        QVERIFY(view->isReadOnly());
        QVERIFY(view->findChild<QLabel *>(u"readOnlyBanner"_s)->isVisible());
        QVERIFY(view->findChild<QLabel *>(u"readOnlyBanner"_s)
                    ->text()
                    .contains(u"Decided — read-only"_s));
        QVERIFY(!view->findChild<QPushButton *>(u"confirmButton"_s)->isEnabled());
        QVERIFY(!view->findChild<QPushButton *>(u"overrideButton"_s)->isEnabled());
        QTest::keyClick(view, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(CaseDecisions(db(), user()).history(caseId).size(), 1);
        m_confirmedCase = caseId;
    }

    void overrideNeedsAJustification()
    {
        const QString caseId = proposedCase({u"bifall"_s, u"delvis_bifall"_s});
        QVERIFY(!caseId.isEmpty());
        const StoredProposal proposal = *ProposalRepository(db()).find(caseId);
        openWithEnter(caseId);
        CaseView *view = window()->caseView();
        QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
        auto *dialog = openDialog<OverrideDialog>(view);
        QVERIFY(dialog);
        auto *outcome = dialog->findChild<QComboBox *>(u"overrideOutcomeCombo"_s);
        outcome->setCurrentIndex(outcome->findData(u"avslag"_s));
        auto *amount = dialog->findChild<QLineEdit *>(u"overrideAmountEdit"_s);
        amount->clear();
        auto *justification = dialog->findChild<QPlainTextEdit *>(u"overrideJustificationEdit"_s);
        QTest::keyClicks(justification, u"Too short"_s);
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"overrideCountLabel"_s)
                    ->text()
                    .contains(u"9 of at least 20"_s));
        QVERIFY(!dialog->differenceText().isEmpty());
        // Enter on the dialog does nothing while OK is disabled.
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(statusOf(caseId), CaseStatus::Proposed);
        QVERIFY(CaseDecisions(db(), user()).history(caseId).isEmpty());

        QTest::keyClicks(justification, u": the applicant has savings above the limit"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(statusOf(caseId), CaseStatus::Decided);
        const std::optional<DecisionRecord> decision = CaseDecisions(db(), user()).current(caseId);
        QVERIFY(decision);
        QCOMPARE(decision->kind, DecisionKind::Overridden);
        QCOMPARE(decision->outcome, u"avslag"_s);
        QCOMPARE(decision->amountKronor, std::nullopt);
        QCOMPARE(decision->proposedOutcome, proposal.outcome);
        QVERIFY(decision->justification.contains(u"savings above the limit"_s));
        QVERIFY(eventsOf(caseId).contains(AuditEventCode::Overridden));
        verifyChain();
    }

    void returnForCompletion()
    {
        const QString caseId = proposedCase({u"bifall"_s, u"delvis_bifall"_s, u"komplettering"_s});
        QVERIFY(!caseId.isEmpty());
        openWithEnter(caseId);
        CaseView *view = window()->caseView();
        QTest::keyClick(view, Qt::Key_K, Qt::ControlModifier);
        auto *dialog = openDialog<ReturnForCompletionDialog>(view);
        QVERIFY(dialog);
        QCOMPARE(dialog->missing(), view->proposal().missingItems());
        dialog->addItem(u"Hyresavi för månaden"_s);
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"returnNoteEdit"_s),
                         u"Skicka in senast om två veckor"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(statusOf(caseId), CaseStatus::ReturnedForCompletion);
        const std::optional<DecisionRecord> decision = CaseDecisions(db(), user()).current(caseId);
        QVERIFY(decision);
        QCOMPARE(decision->kind, DecisionKind::Returned);
        QVERIFY(decision->missing.contains(u"Hyresavi för månaden"_s));
        QVERIFY(eventsOf(caseId).contains(AuditEventCode::Returned));
        QVERIFY(view->isReadOnly());
        verifyChain();
    }

    void reopenAsksForAReason()
    {
        QVERIFY(!m_confirmedCase.isEmpty());
        openWithEnter(m_confirmedCase);
        CaseView *view = window()->caseView();
        QVERIFY(view->isReadOnly());
        QVERIFY(view->findChild<QPushButton *>(u"reopenButton"_s)->isEnabled());
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        auto *dialog = openDialog<ReopenDialog>(view);
        QVERIFY(dialog);
        QVERIFY(!okButton(dialog)->isEnabled());
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(u"reopenReasonEdit"_s),
                         u"New rent notice arrived"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(statusOf(m_confirmedCase), CaseStatus::Proposed);
        QVERIFY(eventsOf(m_confirmedCase).contains(AuditEventCode::Reopened));
        QVERIFY(!CaseDecisions(db(), user()).current(m_confirmedCase));
        const QList<DecisionRecord> history = CaseDecisions(db(), user()).history(m_confirmedCase);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().reopenReason, u"New rent notice arrived"_s);
        QVERIFY(!view->isReadOnly());
        QVERIFY(view->findChild<QPushButton *>(u"confirmButton"_s)->isEnabled());
        // The case's history in the view lists what happened, in order.
        const QList<AuditEvent> &events = view->historyModel()->events();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.last().event, QString(AuditEventCode::Reopened));
        verifyChain();
    }

    void cleanupTestCase()
    {
        closeMessageBoxes();
        m_workbench.reset();
    }
};

QTEST_MAIN(TestGuiCaseView)
#include "tst_gui_caseview.moc"
