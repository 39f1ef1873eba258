#include "ui/MainWindow.h"

#include "automation/pipeline/ProposalOutcome.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "automation/rulepack/RulePackStore.h"
#include "model/CacheDatabase.h"
#include "model/InboxFilterProxy.h"
#include "model/InboxModel.h"
#include "model/UserRole.h"
#include "ui/AutomationJob.h"
#include "ui/CaseDetailsPanel.h"
#include "ui/CaseView.h"
#include "ui/ChangePassphraseDialog.h"
#include "ui/ChartsView.h"
#include "ui/DeadlineDelegate.h"
#include "ui/ImportJob.h"
#include "ui/ImportReportDialog.h"
#include "ui/InboxFilterBar.h"
#include "ui/InboxView.h"
#include "ui/LanguageSwitcher.h"
#include "ui/Preferences.h"
#include "ui/PreferencesDialog.h"
#include "ui/ProposalDisplay.h"
#include "ui/admin/AdministrationView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace casebench {

MainWindow::MainWindow(CacheDatabase &cache, LanguageSwitcher &language, User actingUser,
                       const RulePackRegistry &rulePacks, QWidget *parent)
    : QMainWindow(parent), m_cache(cache), m_language(language), m_user(std::move(actingUser)),
      m_rulePacks(rulePacks), m_repository(cache.database()), m_model(new InboxModel(this)),
      m_proxy(new InboxFilterProxy(this)), m_filterBar(nullptr), m_view(new InboxView),
      m_caseView(new CaseView(cache.database(), m_user)), m_pages(new QStackedWidget),
      m_inboxPage(new QWidget), m_userLabel(new QLabel), m_cacheLabel(new QLabel),
      m_countsLabel(new QLabel), m_cipherLabel(new QLabel)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_model->setLanguage(m_language.language().isEmpty() ? LanguageSwitcher::systemLanguage()
                                                         : m_language.language());
    m_proxy->setSourceModel(m_model);
    m_filterBar = new InboxFilterBar(m_proxy);

    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(InboxModel::DueColumn, new DeadlineDelegate(m_view));
    QHeaderView *header = m_view->horizontalHeader();
    const QList<int> widths = {130, 170, 200, 130, 150, 95, 80};
    for (int column = 0; column < widths.size(); ++column)
        header->resizeSection(column, widths.at(column));
    header->restoreState(Preferences::value(Preferences::Key::InboxHeaderState).toByteArray());
    m_view->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());

    auto *inboxLayout = new QVBoxLayout(m_inboxPage);
    inboxLayout->setContentsMargins(6, 6, 6, 0);
    inboxLayout->addWidget(m_filterBar);
    inboxLayout->addWidget(m_view, 1);
    m_inboxPage->setObjectName(QStringLiteral("inboxPage"));
    m_pages->setObjectName(QStringLiteral("mainPages"));
    m_pages->addWidget(m_inboxPage);
    m_pages->addWidget(m_caseView);
    setCentralWidget(m_pages);

    m_userLabel->setObjectName(QStringLiteral("actingUserLabel"));
    statusBar()->addWidget(m_userLabel);
    m_cacheLabel->setObjectName(QStringLiteral("cachePathLabel"));
    m_countsLabel->setObjectName(QStringLiteral("statusCountsLabel"));
    m_cipherLabel->setObjectName(QStringLiteral("cipherVersionLabel"));
    statusBar()->addWidget(m_cacheLabel);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_cipherLabel);

    createActions();
    createMenus();

    connect(m_view, &InboxView::openCase, this, &MainWindow::openCase);
    connect(this, &MainWindow::openCase, this, &MainWindow::showCaseDetails);
    connect(m_caseView, &CaseView::closeRequested, this, &MainWindow::showInbox);
    connect(m_caseView, &CaseView::nextCaseRequested, this, [this] { openAdjacentCase(1); });
    connect(m_caseView, &CaseView::previousCaseRequested, this, [this] { openAdjacentCase(-1); });
    connect(m_caseView, &CaseView::caseChanged, this, &MainWindow::caseDecided);
    // A decision's letter comes from the template of the pack that proposed it.
    m_caseView->setRulePacks(&m_rulePacks);
    connect(m_filterBar, &InboxFilterBar::leaveSearchToResults, this, [this] {
        m_view->selectFirstRowIfNone();
        m_view->setFocus();
    });
    connect(m_proxy, &InboxFilterProxy::filterChanged, m_view, &InboxView::selectFirstRowIfNone);
    connect(&m_language, &LanguageSwitcher::languageChanged, this, &MainWindow::languageChanged);

    // The views a role may use are built only for that role.
    if (m_user.role == UserRole::TeamLead || m_user.role == UserRole::Administrator) {
        auto *charts = new ChartsView(cache.database(), cache.dialect());
        connect(charts, &ChartsView::caseRequested, this, &MainWindow::showCaseDetails);
        connect(m_caseView, &CaseView::caseChanged, charts, &ChartsView::decisionsChanged);
        setChartsView(charts);
    }
    if (m_user.role == UserRole::Administrator)
        setAdministrationView(new AdministrationView(cache, m_user.login));

    retranslateUi();
    applyRole();
    reload();
    if (!restoreGeometry(Preferences::value(Preferences::Key::MainWindowGeometry).toByteArray())) {
        // First start: room for every inbox column, within the screen.
        QSize size(1280, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    m_view->setFocus();
}

MainWindow::~MainWindow()
{
    Preferences::setValue(Preferences::Key::InboxHeaderState,
                          m_view->horizontalHeader()->saveState());
    Preferences::setValue(Preferences::Key::MainWindowGeometry, saveGeometry());
    // An import still running writes through its own connection; let it finish before the
    // cache it came from goes away.
    m_importJob.reset();
    m_automationJob.reset();
}

void MainWindow::createActions()
{
    m_importFilesAction = new QAction(this);
    m_importFilesAction->setObjectName(QStringLiteral("importFilesAction"));
    m_importFilesAction->setShortcut(Qt::CTRL | Qt::Key_I);
    connect(m_importFilesAction, &QAction::triggered, this, [this] { chooseImportFiles(false); });

    m_importFolderAction = new QAction(this);
    m_importFolderAction->setObjectName(QStringLiteral("importFolderAction"));
    connect(m_importFolderAction, &QAction::triggered, this, [this] { chooseImportFiles(true); });

    m_changePassphraseAction = new QAction(this);
    m_changePassphraseAction->setObjectName(QStringLiteral("changePassphraseAction"));
    connect(m_changePassphraseAction, &QAction::triggered, this, &MainWindow::showChangePassphrase);

    m_lockAction = new QAction(this);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(Qt::CTRL | Qt::Key_L);
    // Queued: the workbench deletes this window when it locks, which must not happen
    // while the action is still delivering its signal.
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockRequested,
            Qt::QueuedConnection);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitRequested,
            Qt::QueuedConnection);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, m_filterBar, &InboxFilterBar::focusSearch);

    m_preferencesAction = new QAction(this);
    m_preferencesAction->setObjectName(QStringLiteral("preferencesAction"));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reload);

    m_detailsAction = new QAction(this);
    m_detailsAction->setObjectName(QStringLiteral("showDetailsAction"));
    m_detailsAction->setShortcut(Qt::CTRL | Qt::Key_D);
    connect(m_detailsAction, &QAction::triggered, this, [this] {
        if (const QString caseId = m_view->currentCaseId(); !caseId.isEmpty())
            showCaseDetails(caseId);
    });

    m_automationAction = new QAction(this);
    m_automationAction->setObjectName(QStringLiteral("runAutomationAction"));
    m_automationAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_A);
    connect(m_automationAction, &QAction::triggered, this, &MainWindow::runAutomation);

    m_inboxAction = new QAction(this);
    m_inboxAction->setObjectName(QStringLiteral("showInboxAction"));
    m_inboxAction->setShortcut(Qt::CTRL | Qt::Key_1);
    connect(m_inboxAction, &QAction::triggered, this, &MainWindow::showInbox);

    m_chartsAction = new QAction(this);
    m_chartsAction->setObjectName(QStringLiteral("chartsAction"));
    m_chartsAction->setShortcut(Qt::CTRL | Qt::Key_2);
    m_chartsAction->setEnabled(false);
    connect(m_chartsAction, &QAction::triggered, this, [this] {
        if (m_chartsPage)
            m_pages->setCurrentWidget(m_chartsPage);
    });
    m_administrationAction = new QAction(this);
    m_administrationAction->setObjectName(QStringLiteral("administrationAction"));
    m_administrationAction->setShortcut(Qt::CTRL | Qt::Key_3);
    m_administrationAction->setEnabled(false);
    connect(m_administrationAction, &QAction::triggered, this, [this] {
        if (m_administrationPage)
            m_pages->setCurrentWidget(m_administrationPage);
    });

    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    for (const QString &code : LanguageSwitcher::supportedLanguages()) {
        auto *action = new QAction(LanguageSwitcher::nativeName(code), m_languageGroup);
        action->setObjectName(QStringLiteral("languageAction_") + code);
        action->setData(code);
        action->setCheckable(true);
        action->setChecked(code == m_language.language());
        connect(action, &QAction::triggered, this, [this, code] {
            Preferences::setValue(Preferences::Key::Language, code);
            m_language.setLanguage(code);
        });
    }

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_importFilesAction);
    m_fileMenu->addAction(m_importFolderAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_changePassphraseAction);
    m_fileMenu->addAction(m_lockAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_findAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_inboxAction);
    m_viewMenu->addAction(m_chartsAction);
    m_viewMenu->addAction(m_administrationAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_casesMenu = menuBar()->addMenu(QString());
    m_casesMenu->setObjectName(QStringLiteral("casesMenu"));
    m_casesMenu->addAction(m_detailsAction);
    m_casesMenu->addSeparator();
    m_casesMenu->addAction(m_caseView->confirmAction());
    m_casesMenu->addAction(m_caseView->overrideAction());
    m_casesMenu->addAction(m_caseView->returnAction());
    m_casesMenu->addAction(m_caseView->reopenAction());
    m_casesMenu->addAction(m_caseView->whyAction());
    m_casesMenu->addSeparator();
    m_casesMenu->addAction(m_automationAction);
    // The case view's own keys stay with it; the menu only lists them.
    for (QAction *action : m_caseView->actions())
        action->setShortcutVisibleInContextMenu(true);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);

    // Shortcuts work even when the menu bar is hidden or native.
    addActions({m_importFilesAction, m_lockAction, m_quitAction, m_findAction, m_refreshAction,
                m_detailsAction, m_automationAction, m_inboxAction, m_chartsAction,
                m_administrationAction});
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("casebench — %1").arg(QFileInfo(m_cache.path()).fileName()));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_importFilesAction->setText(tr("&Import applications…"));
    m_importFilesAction->setStatusTip(tr("Import application files (JSON) into the cache"));
    m_importFolderAction->setText(tr("Import a &folder…"));
    m_importFolderAction->setStatusTip(tr("Import every application file (JSON) in a folder"));
    m_changePassphraseAction->setText(tr("Change &passphrase…"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setStatusTip(tr("Close the cache and ask for the passphrase again"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_findAction->setStatusTip(tr("Search the inbox"));
    m_preferencesAction->setText(tr("P&references…"));
    m_refreshAction->setText(tr("&Refresh"));
    m_refreshAction->setStatusTip(tr("Read the inbox from the cache again"));
    m_casesMenu->setTitle(tr("&Cases"));
    m_detailsAction->setText(tr("&Open case"));
    m_detailsAction->setStatusTip(tr("Open the current case of the inbox (Enter)"));
    m_automationAction->setText(tr("Run &automation on the inbox…"));
    m_automationAction->setStatusTip(
        tr("Let the rule packs propose a decision for every received case"));
    m_inboxAction->setText(tr("&Inbox"));
    m_chartsAction->setText(tr("&Charts"));
    m_administrationAction->setText(tr("A&dministration"));
    m_userLabel->setText(
        tr("%1 (%2)").arg(m_user.displayName.isEmpty() ? m_user.login : m_user.displayName,
                          roleDisplayName(m_user.role)));
    m_userLabel->setToolTip(tr("Working as %1").arg(m_user.login));
    m_aboutAction->setText(tr("&About casebench"));
    m_cipherLabel->setText(tr("SQLCipher %1").arg(m_cache.cipherVersion()));
    m_cacheLabel->setToolTip(m_cache.path());
    updateStatusBar();
}

void MainWindow::updateStatusBar()
{
    m_cacheLabel->setText(QFileInfo(m_cache.path()).fileName());
    QStringList parts;
    for (CaseStatus status : allStatuses())
        parts << tr("%1: %L2").arg(statusDisplayName(status)).arg(m_counts.value(status));
    m_countsLabel->setText(parts.join(QStringLiteral("  ·  ")));
}

void MainWindow::reload()
{
    const QString current = m_view->currentCaseId();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->reload(m_repository);
    m_counts = m_repository.countByStatus();
    QApplication::restoreOverrideCursor();
    if (!m_view->selectCase(current))
        m_view->selectFirstRowIfNone();
    updateStatusBar();
}

CaseDetailsPanel *MainWindow::caseDetails() const
{
    return m_caseView->details();
}

bool MainWindow::isCaseViewShown() const
{
    return m_pages->currentWidget() == m_caseView;
}

void MainWindow::showCaseDetails(const QString &caseId)
{
    const std::optional<CaseRecord> record = m_repository.find(caseId);
    if (!record || !m_caseView->showCase(caseId, m_model->caseTypeName(record->caseType))) {
        statusBar()->showMessage(tr("Case %1 is no longer in the cache.").arg(caseId), 5000);
        return;
    }
    // The inbox follows, so that leaving the case view returns to where it was.
    if (m_view->selectCase(caseId))
        m_openRow = m_view->currentIndex().row();
    m_pages->setCurrentWidget(m_caseView);
    m_caseView->setFocus();
}

void MainWindow::showInbox()
{
    m_pages->setCurrentWidget(m_inboxPage);
    m_view->setFocus();
}

void MainWindow::openAdjacentCase(int step)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    int row = -1;
    if (m_view->selectCase(m_caseView->caseId())) {
        row = m_view->currentIndex().row() + step;
    } else {
        // The case left the inbox's filter (e.g. decided while showing "proposed"): the
        // case that followed it now stands in its row.
        row = step > 0 ? m_openRow : m_openRow - 1;
    }
    if (row < 0 || row >= rows) {
        statusBar()->showMessage(step > 0 ? tr("This is the last case in the inbox.")
                                          : tr("This is the first case in the inbox."),
                                 4000);
        return;
    }
    showCaseDetails(m_proxy->caseIdAt(row));
}

void MainWindow::caseDecided(const QString &caseId, const QString &message)
{
    Q_UNUSED(caseId)
    reload();
    statusBar()->showMessage(message, 8000);
}

void MainWindow::runAutomation()
{
    if (m_automationJob && m_automationJob->isRunning())
        return;
    // The packs an administrator activated in this cache answer; the shipped ones only for
    // case types without an active pack. Read at each run, so an activation applies at once.
    auto registry = RulePackStore(m_cache.database(), m_user.login).activeRegistry(m_rulePacks);
    QString refusal;
    if (!registry) {
        QStringList problems;
        for (const Problem &problem : registry.error())
            problems << problem.toString();
        refusal = tr("The rule packs could not be loaded, so no case was evaluated:\n%1")
                      .arg(problems.join(QLatin1Char('\n')));
    } else if (registry.value().packs().isEmpty()) {
        refusal = tr("No rule pack is installed, so no case can be evaluated.");
    }
    if (!refusal.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Run automation"), refusal,
                                    QMessageBox::Close, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    m_automationJob =
        std::make_unique<AutomationJob>(m_cache, std::move(registry).value(), m_user.login);
    m_automationProgress = new QProgressDialog(this);
    m_automationProgress->setObjectName(QStringLiteral("automationProgress"));
    m_automationProgress->setAttribute(Qt::WA_DeleteOnClose);
    m_automationProgress->setWindowTitle(tr("Run automation"));
    m_automationProgress->setLabelText(tr("Evaluating the received cases…"));
    m_automationProgress->setCancelButtonText(tr("Cancel"));
    m_automationProgress->setMinimumDuration(0);
    m_automationProgress->setAutoClose(false);
    m_automationProgress->setAutoReset(false);
    m_automationProgress->setRange(0, 0);
    m_automationProgress->setWindowModality(Qt::WindowModal);
    connect(m_automationProgress, &QProgressDialog::canceled, m_automationJob.get(), [this] {
        m_automationJob->cancel();
        if (m_automationProgress) {
            // Stays up until the batch in hand is stored.
            m_automationProgress->setLabelText(tr("Cancelling after the current batch…"));
            m_automationProgress->show();
        }
    });
    // Emitted on the worker; the connection queues it to this thread.
    connect(m_automationJob.get(), &AutomationJob::progress, m_automationProgress,
            [progress = m_automationProgress](int done, int total) {
                progress->setMaximum(total);
                progress->setValue(done);
                progress->setLabelText(
                    tr("Evaluating the received cases… %L1 of %L2").arg(done).arg(total));
            });
    connect(m_automationJob.get(), &AutomationJob::finished, this, &MainWindow::automationDone);
    m_automationAction->setEnabled(false);
    m_automationProgress->show();
    m_automationJob->start();
}

void MainWindow::automationDone()
{
    if (m_automationProgress) {
        m_automationProgress->close();
        m_automationProgress = nullptr;
    }
    m_automationAction->setEnabled(true);
    reload();
    if (isCaseViewShown())
        m_caseView->reload();

    QString text;
    QString details;
    QMessageBox::Icon icon = QMessageBox::Information;
    if (const auto &summary = m_automationJob->summary()) {
        QStringList lines;
        lines << (summary->cancelled ? tr("Cancelled. %L1 of %L2 received cases got a proposal.")
                                     : tr("%L1 of %L2 received cases got a proposal."))
                     .arg(summary->proposed)
                     .arg(summary->total);
        for (const QString &code : outcomeCodes())
            if (const int count = summary->byOutcome.value(code); count > 0)
                lines << tr("%1: %L2").arg(outcomeDisplayName(code)).arg(count);
        if (!summary->failures.isEmpty()) {
            icon = QMessageBox::Warning;
            lines << tr("%n case(s) could not be evaluated and need manual handling:", nullptr,
                        int(summary->failures.size()));
            // The first few in the box, all of them under "Show details".
            lines << summary->failures.mid(0, 10);
            if (summary->failures.size() > 10)
                lines << tr("… and %n more.", nullptr, int(summary->failures.size() - 10));
            details = summary->failures.join(u'\n');
        }
        text = lines.join(u'\n');
        statusBar()->showMessage(
            tr("Automation: %n proposal(s) stored.", nullptr, summary->proposed), 8000);
    } else {
        icon = QMessageBox::Critical;
        text = tr("The automation stopped: %1").arg(m_automationJob->error());
    }
    auto *box = new QMessageBox(icon, tr("Automation finished"), text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("automationSummaryBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->open();
    Q_EMIT automationFinished();
}

void MainWindow::showRulePackProblems(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << problem.toString();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Rule packs"),
                                tr("Some rule packs could not be installed; their cases will need "
                                   "manual handling."),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("rulePackProblemsBox"));
    box->setDetailedText(lines.join(u'\n'));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setChartsView(QWidget *view)
{
    if (m_chartsPage)
        m_pages->removeWidget(m_chartsPage);
    m_chartsPage = view;
    if (view)
        m_pages->addWidget(view);
    applyRole();
}

void MainWindow::setAdministrationView(QWidget *view)
{
    if (m_administrationPage)
        m_pages->removeWidget(m_administrationPage);
    m_administrationPage = view;
    if (view)
        m_pages->addWidget(view);
    applyRole();
}

void MainWindow::applyRole()
{
    // Caseworkers: inbox, case view and batch automation; team leads also the charts;
    // administrators everything.
    const bool lead = m_user.role == UserRole::TeamLead || m_user.role == UserRole::Administrator;
    const bool admin = m_user.role == UserRole::Administrator;
    m_chartsAction->setVisible(lead);
    m_chartsAction->setEnabled(lead && m_chartsPage);
    m_administrationAction->setVisible(admin);
    m_administrationAction->setEnabled(admin && m_administrationPage);
}

void MainWindow::chooseImportFiles(bool folder)
{
    // Non-blocking dialogs throughout: an idle lock may delete this window at any time, and
    // must not pull it out from under a nested event loop.
    auto *dialog = new QFileDialog(this, folder ? tr("Import a folder of applications")
                                                : tr("Import applications"));
    dialog->setObjectName(QStringLiteral("importFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFiles);
    if (!folder)
        dialog->setNameFilters({tr("Applications (*.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this,
            [this](const QStringList &paths) { importPaths(paths); });
    dialog->open();
}

void MainWindow::importPaths(const QStringList &paths, bool skipInvalid)
{
    if (paths.isEmpty() || (m_importJob && m_importJob->isRunning()))
        return;
    ImportOptions options;
    options.skipInvalid = skipInvalid;
    m_importJob = std::make_unique<ImportJob>(m_cache, paths, options);
    m_importProgress = new QProgressDialog(this);
    m_importProgress->setObjectName(QStringLiteral("importProgress"));
    m_importProgress->setAttribute(Qt::WA_DeleteOnClose);
    m_importProgress->setWindowTitle(tr("Import"));
    m_importProgress->setLabelText(tr("Reading and checking the applications…"));
    m_importProgress->setCancelButton(nullptr); // a batch is all-or-nothing; no half stop
    m_importProgress->setMinimumDuration(300);
    m_importProgress->setRange(0, 0);
    m_importProgress->setWindowModality(Qt::WindowModal);
    connect(m_importJob.get(), &ImportJob::progress, m_importProgress,
            [progress = m_importProgress](int done, int total) {
                progress->setMaximum(total);
                progress->setValue(done);
            });
    connect(m_importJob.get(), &ImportJob::finished, this, &MainWindow::importDone);
    m_importJob->start();
}

void MainWindow::importDone()
{
    if (m_importProgress) {
        m_importProgress->close();
        m_importProgress = nullptr;
    }
    const ImportReport report = m_importJob->report();
    const QStringList paths = m_importJob->paths();
    if (report.written) {
        reload();
        statusBar()->showMessage(tr("%n case(s) imported.", nullptr, report.imported), 8000);
    }
    auto *dialog = new ImportReportDialog(report, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &ImportReportDialog::importValidFilesRequested, this,
        [this, paths] { importPaths(paths, true); }, Qt::QueuedConnection);
    dialog->open();
    Q_EMIT importFinished();
}

void MainWindow::showChangePassphrase()
{
    auto *dialog = new ChangePassphraseDialog(m_cache, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { statusBar()->showMessage(tr("The passphrase was changed."), 8000); });
    dialog->open();
}

void MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, &MainWindow::preferencesChanged);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About casebench"),
                                tr("<h3>casebench %1</h3>"
                                   "<p>A workbench for municipal caseworkers: proposals are "
                                   "prepared by rules, decisions are made by people.</p>"
                                   "<p>Qt %2<br>SQLCipher %3 (SQLite %4)<br>"
                                   "Cache schema version %5</p>")
                                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped(),
                                         QString::fromLatin1(qVersion()),
                                         m_cache.cipherVersion().toHtmlEscaped(),
                                         m_cache.sqliteVersion().toHtmlEscaped())
                                    .arg(m_cache.schemaVersion()),
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::languageChanged(const QString &language)
{
    const QString current = m_view->currentCaseId();
    m_model->setLanguage(language);
    if (!m_view->selectCase(current))
        m_view->selectFirstRowIfNone();
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
    if (const std::optional<CaseRecord> shown = m_repository.find(m_caseView->caseId()))
        m_caseView->setCaseTypeName(m_model->caseTypeName(shown->caseType)); // per language
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    Q_EMIT quitRequested();
}

} // namespace casebench
