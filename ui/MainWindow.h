#pragma once
// MainWindow: the workbench once the cache is open — the inbox with its filter bar, the
// case view it opens, batch automation, menus that follow the acting user's role and a
// status bar. Locking, quitting and language are asked for through signals; the
// Workbench decides.

#include "model/CaseRepository.h"
#include "model/Problem.h"
#include "model/User.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressDialog;
class QStackedWidget;

namespace casebench {

class AutomationJob;
class CacheDatabase;
class CaseDetailsPanel;
class CaseView;
class ImportJob;
class InboxFilterBar;
class InboxFilterProxy;
class InboxModel;
class InboxView;
class LanguageSwitcher;
class RulePackRegistry;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CacheDatabase &cache, LanguageSwitcher &language, User actingUser,
               const RulePackRegistry &rulePacks, QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxView *inboxView() const { return m_view; }
    InboxFilterProxy *inboxProxy() const { return m_proxy; }
    CaseDetailsPanel *caseDetails() const;
    CaseView *caseView() const { return m_caseView; }
    bool isCaseViewShown() const;
    const User &actingUser() const { return m_user; }
    AutomationJob *automationJob() const { return m_automationJob.get(); }
    // The Charts and Administration menu entries; hidden for roles that may not use them.
    QAction *chartsAction() const { return m_chartsAction; }
    QAction *administrationAction() const { return m_administrationAction; }

public Q_SLOTS:
    // Reads the inbox and the counts again; the current case stays current if still shown.
    void reload();
    // Opens the case view on caseId (the inbox's current row follows).
    void showCaseDetails(const QString &caseId);
    void showInbox();
    // Next (+1) or previous (−1) case in the inbox's order, as filtered and sorted.
    void openAdjacentCase(int step);
    // Runs the rule packs over every received case on a worker thread, with progress.
    void runAutomation();
    void showRulePackProblems(const Problems &problems);
    // Hosts the team lead's charts and the administrator's views as pages of this window
    // (built elsewhere); until set, their menu entries are disabled.
    void setChartsView(QWidget *view);
    void setAdministrationView(QWidget *view);
    // Imports files or folders of applications and shows the report.
    void importPaths(const QStringList &paths, bool skipInvalid = false);

Q_SIGNALS:
    void openCase(const QString &caseId);
    void lockRequested();
    void quitRequested();
    void preferencesChanged();
    void importFinished();
    void automationFinished();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateStatusBar();
    void chooseImportFiles(bool folder);
    void importDone();
    void showChangePassphrase();
    void showPreferences();
    void showAbout();
    void languageChanged(const QString &language);
    void automationDone();
    void caseDecided(const QString &caseId, const QString &message);
    void applyRole();

    CacheDatabase &m_cache;
    LanguageSwitcher &m_language;
    User m_user;
    const RulePackRegistry &m_rulePacks;
    CaseRepository m_repository;

    InboxModel *m_model;
    InboxFilterProxy *m_proxy;
    InboxFilterBar *m_filterBar;
    InboxView *m_view;
    CaseView *m_caseView;
    QStackedWidget *m_pages;
    QWidget *m_inboxPage;
    QWidget *m_chartsPage = nullptr;
    QWidget *m_administrationPage = nullptr;
    int m_openRow = -1; // the inbox row of the case opened last (it may leave the filter)
    QLabel *m_userLabel;
    QLabel *m_cacheLabel;
    QLabel *m_countsLabel;
    QLabel *m_cipherLabel;
    QHash<CaseStatus, int> m_counts;
    std::unique_ptr<ImportJob> m_importJob;
    QProgressDialog *m_importProgress = nullptr;
    std::unique_ptr<AutomationJob> m_automationJob;
    QProgressDialog *m_automationProgress = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_casesMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_importFilesAction = nullptr;
    QAction *m_importFolderAction = nullptr;
    QAction *m_changePassphraseAction = nullptr;
    QAction *m_lockAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_automationAction = nullptr;
    QAction *m_inboxAction = nullptr;
    QAction *m_chartsAction = nullptr;
    QAction *m_administrationAction = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace casebench
