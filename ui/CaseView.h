#pragma once
// CaseView: one case as the caseworker decides it — applicant, household and the
// application as received; the completeness result, the reasons and the amount breakdown
// of the proposal; the proposed decision with its spot-check flag; the case history; and,
// on request, the "Why?" panel with the trace and the rule pack. Confirm, override, return
// for completion and reopen go through CaseDecisions; a decided case is read-only. Each
// decision and return files its letter with it (CaseLetters); Letter… shows the letter filed.

#include "model/CaseDecisions.h"
#include "model/CaseRecord.h"
#include "model/ProposalRepository.h"
#include "model/User.h"
#include "ui/ProposalDisplay.h"

#include <QSqlDatabase>
#include <QWidget>
#include <functional>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QStandardItemModel;
class QTableView;
class QTabWidget;
class QToolButton;
class QTreeView;

namespace casebench {

class BreakdownModel;
class CaseDetailsPanel;
class CaseHistoryModel;
class RulePackRegistry;
class TraceModel;

class CaseView : public QWidget
{
    Q_OBJECT
public:
    CaseView(QSqlDatabase db, User actingUser, QWidget *parent = nullptr);
    ~CaseView() override;

    // Reads the case, its proposal, decision and history and shows them; records that the
    // acting user viewed it. False if the case is not in the cache.
    bool showCase(const QString &caseId, const QString &caseTypeName);
    // Reads the shown case again (after a decision, or a batch run).
    void reload();
    // The case type's name in the current language (the case is not read again).
    void setCaseTypeName(const QString &name);
    QString caseId() const;
    // The rule packs whose letter templates the decisions' letters use (the ones the
    // automation runs); without them only packs stored in the cache are found.
    void setRulePacks(const RulePackRegistry *packs) { m_rulePacks = packs; }
    const RulePackRegistry *rulePacks() const { return m_rulePacks; }
    bool isReadOnly() const { return m_readOnly; }
    bool isWhyPanelVisible() const;

    CaseDetailsPanel *details() const { return m_details; }
    TraceModel *traceModel() const { return m_traceModel; }
    BreakdownModel *breakdownModel() const { return m_breakdownModel; }
    CaseHistoryModel *historyModel() const { return m_historyModel; }
    const ProposalDisplay &proposal() const { return m_display; }

    QAction *confirmAction() const { return m_confirmAction; }
    QAction *overrideAction() const { return m_overrideAction; }
    QAction *returnAction() const { return m_returnAction; }
    QAction *reopenAction() const { return m_reopenAction; }
    QAction *whyAction() const { return m_whyAction; }
    QAction *letterAction() const { return m_letterAction; }

public Q_SLOTS:
    void setWhyPanelVisible(bool visible);
    void confirmProposal();
    void overrideProposal();
    void returnForCompletion();
    void reopenCase();
    // The letter of the standing decision, in a LetterPreviewDialog (non-blocking).
    void showLetter();

Q_SIGNALS:
    void closeRequested();
    void nextCaseRequested();
    void previousCaseRequested();
    // A decision was written (message says which): the inbox shows another status.
    void caseChanged(const QString &caseId, const QString &message);
    // A decision could not be written; the message was shown.
    void decisionFailed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslateUi();
    void render();
    void renderApplication();
    void renderProposal();
    void updateActions();
    void decisionWritten(const QString &statusMessage);
    // Decision + letter in one transaction; the letter's fate is kept for the banner.
    Result<DecisionRecord>
    decideWithLetter(const std::function<Result<DecisionRecord>(CaseDecisions &)> &decide);
    void showFailure(const QString &message);

    QSqlDatabase m_db;
    User m_user;
    QString m_caseTypeName;
    std::optional<CaseRecord> m_record;
    std::optional<StoredProposal> m_proposal;
    ProposalDisplay m_display;
    QString m_automationError;
    QString m_decisionText;
    QString m_letterText;
    QString m_letterProblem; // why the last decision got no letter; until another case shows
    const RulePackRegistry *m_rulePacks = nullptr;
    bool m_readOnly = false;

    QLabel *m_title;
    QLabel *m_spotCheck;
    QLabel *m_banner;
    QLabel *m_errorBanner;
    QLabel *m_proposalSummary;
    QLabel *m_packLabel;
    QLabel *m_completenessLabel;
    QLabel *m_reasonsLabel;
    QLabel *m_breakdownLabel;
    QLabel *m_whyTitle;
    QTabWidget *m_leftTabs;
    QTabWidget *m_centerTabs;
    CaseDetailsPanel *m_details;
    QTreeView *m_applicationView;
    QStandardItemModel *m_applicationModel;
    QTableView *m_findingsView;
    QStandardItemModel *m_findingsModel;
    QTableView *m_reasonsView;
    QStandardItemModel *m_reasonsModel;
    QTableView *m_breakdownView;
    BreakdownModel *m_breakdownModel;
    QTableView *m_historyView;
    CaseHistoryModel *m_historyModel;
    QWidget *m_whyPanel;
    QTreeView *m_traceView;
    TraceModel *m_traceModel;
    QSplitter *m_splitter;

    QToolButton *m_previousButton;
    QToolButton *m_nextButton;
    QToolButton *m_whyButton;
    QPushButton *m_confirmButton;
    QPushButton *m_overrideButton;
    QPushButton *m_returnButton;
    QPushButton *m_reopenButton;
    QPushButton *m_letterButton;
    QPushButton *m_backButton;

    QAction *m_confirmAction = nullptr;
    QAction *m_overrideAction = nullptr;
    QAction *m_returnAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_whyAction = nullptr;
    QAction *m_letterAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_backAction = nullptr;
};

} // namespace casebench
