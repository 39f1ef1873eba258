#pragma once
// MainWindow: the workbench once the cache is open — the inbox with its filter bar, a
// read-only case panel, menus and a status bar. Locking, quitting and language are asked
// for through signals; the Workbench decides.

#include <QMainWindow>
#include <memory>

#include "model/CaseRepository.h"

class QAction;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressDialog;
class QSplitter;

namespace casebench {

class CacheDatabase;
class CaseDetailsPanel;
class ImportJob;
class InboxFilterBar;
class InboxFilterProxy;
class InboxModel;
class InboxView;
class LanguageSwitcher;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(CacheDatabase &cache, LanguageSwitcher &language, QWidget *parent = nullptr);
    ~MainWindow() override;

    InboxView *inboxView() const { return m_view; }
    InboxFilterProxy *inboxProxy() const { return m_proxy; }
    CaseDetailsPanel *caseDetails() const { return m_details; }

public Q_SLOTS:
    // Reads the inbox and the counts again; the current case stays current if still shown.
    void reload();
    void showCaseDetails(const QString &caseId);
    // Imports files or folders of applications and shows the report.
    void importPaths(const QStringList &paths, bool skipInvalid = false);

Q_SIGNALS:
    void openCase(const QString &caseId);
    void lockRequested();
    void quitRequested();
    void preferencesChanged();
    void importFinished();

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

    CacheDatabase &m_cache;
    LanguageSwitcher &m_language;
    CaseRepository m_repository;

    InboxModel *m_model;
    InboxFilterProxy *m_proxy;
    InboxFilterBar *m_filterBar;
    InboxView *m_view;
    CaseDetailsPanel *m_details;
    QSplitter *m_splitter;
    QLabel *m_cacheLabel;
    QLabel *m_countsLabel;
    QLabel *m_cipherLabel;
    QHash<CaseStatus, int> m_counts;
    std::unique_ptr<ImportJob> m_importJob;
    QProgressDialog *m_importProgress = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
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
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_aboutAction = nullptr;
};

} // namespace casebench
