#include "ui/MainWindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSplitter>
#include <QGuiApplication>
#include <QScreen>
#include <QStatusBar>
#include <QVBoxLayout>

#include "model/CacheDatabase.h"
#include "model/InboxFilterProxy.h"
#include "model/InboxModel.h"
#include "ui/CaseDetailsPanel.h"
#include "ui/ChangePassphraseDialog.h"
#include "ui/DeadlineDelegate.h"
#include "ui/ImportJob.h"
#include "ui/ImportReportDialog.h"
#include "ui/InboxFilterBar.h"
#include "ui/InboxView.h"
#include "ui/LanguageSwitcher.h"
#include "ui/Preferences.h"
#include "ui/PreferencesDialog.h"

namespace casebench {

MainWindow::MainWindow(CacheDatabase &cache, LanguageSwitcher &language, QWidget *parent)
    : QMainWindow(parent), m_cache(cache), m_language(language),
      m_repository(cache.database()), m_model(new InboxModel(this)),
      m_proxy(new InboxFilterProxy(this)), m_filterBar(nullptr), m_view(new InboxView),
      m_details(new CaseDetailsPanel), m_splitter(new QSplitter(Qt::Horizontal)),
      m_cacheLabel(new QLabel), m_countsLabel(new QLabel), m_cipherLabel(new QLabel)
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

    auto *inbox = new QWidget;
    auto *inboxLayout = new QVBoxLayout(inbox);
    inboxLayout->setContentsMargins(6, 6, 6, 0);
    inboxLayout->addWidget(m_filterBar);
    inboxLayout->addWidget(m_view, 1);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(inbox);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_details->hide();
    setCentralWidget(m_splitter);

    m_cacheLabel->setObjectName(QStringLiteral("cachePathLabel"));
    m_countsLabel->setObjectName(QStringLiteral("statusCountsLabel"));
    m_cipherLabel->setObjectName(QStringLiteral("cipherVersionLabel"));
    statusBar()->addWidget(m_cacheLabel);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_cipherLabel);

    createActions();
    createMenus();

    connect(m_view, &InboxView::openCase, this, &MainWindow::openCase);
    // Until the case view exists, opening a case shows its details beside the inbox.
    connect(this, &MainWindow::openCase, this, &MainWindow::showCaseDetails);
    connect(m_view, &InboxView::currentCaseChanged, this, [this](const QString &caseId) {
        if (m_details->isVisible() && !caseId.isEmpty())
            showCaseDetails(caseId);
    });
    connect(m_details, &CaseDetailsPanel::closeRequested, this, [this] {
        m_details->hide();
        m_view->setFocus();
    });
    connect(m_filterBar, &InboxFilterBar::leaveSearchToResults, this, [this] {
        m_view->selectFirstRowIfNone();
        m_view->setFocus();
    });
    connect(m_proxy, &InboxFilterProxy::filterChanged, m_view, &InboxView::selectFirstRowIfNone);
    connect(&m_language, &LanguageSwitcher::languageChanged, this, &MainWindow::languageChanged);

    retranslateUi();
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
    Preferences::setValue(Preferences::Key::InboxHeaderState, m_view->horizontalHeader()->saveState());
    Preferences::setValue(Preferences::Key::MainWindowGeometry, saveGeometry());
    // An import still running writes through its own connection; let it finish before the
    // cache it came from goes away.
    m_importJob.reset();
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
    m_viewMenu->addAction(m_detailsAction);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addActions(m_languageGroup->actions());

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);

    // Shortcuts work even when the menu bar is hidden or native.
    addActions({m_importFilesAction, m_lockAction, m_quitAction, m_findAction, m_refreshAction,
                m_detailsAction});
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
    m_detailsAction->setText(tr("Case &details"));
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

void MainWindow::showCaseDetails(const QString &caseId)
{
    const std::optional<CaseRecord> record = m_repository.find(caseId);
    if (!record) {
        statusBar()->showMessage(tr("Case %1 is no longer in the cache.").arg(caseId), 5000);
        return;
    }
    m_details->showCase(*record, m_model->caseTypeName(record->caseType));
    if (!m_details->isVisible()) {
        m_details->show();
        const int width = m_splitter->width();
        m_splitter->setSizes({width * 3 / 5, width * 2 / 5});
    }
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
    connect(dialog, &ImportReportDialog::importValidFilesRequested, this,
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
    if (m_details->isVisible() && !m_details->caseId().isEmpty())
        showCaseDetails(m_details->caseId()); // the case type's name is per language
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
