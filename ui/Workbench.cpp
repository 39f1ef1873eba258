#include "ui/Workbench.h"

#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/AuditTrail.h"
#include "model/CacheDatabase.h"
#include "model/UserRepository.h"
#include "ui/IdleLock.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/UnlockDialog.h"

#include <QApplication>
#include <QMessageBox>
#include <utility>

namespace casebench {

Workbench::Workbench(WorkbenchOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_language(std::make_unique<LanguageSwitcher>()), m_idleLock(std::make_unique<IdleLock>()),
      m_rulePacks(std::make_unique<RulePackRegistry>())
{
    // Between the unlock dialog closing and the main window opening no window is visible;
    // the workbench, not the last window, decides when the program ends.
    QApplication::setQuitOnLastWindowClosed(false);

    QString language = LanguageSwitcher::normalise(m_options.language);
    if (language.isEmpty())
        language =
            LanguageSwitcher::normalise(Preferences::value(Preferences::Key::Language).toString());
    if (language.isEmpty())
        language = LanguageSwitcher::systemLanguage();
    m_language->setLanguage(language);

    // Queued: locking deletes the main window, which may be what delivered the input.
    connect(m_idleLock.get(), &IdleLock::idle, this, &Workbench::lock, Qt::QueuedConnection);

    // Once per program run: a lock and unlock keeps the packs (their examples were run).
    if (!m_options.rulePackFolder.isEmpty())
        m_rulePackProblems = ProposeCommand::installPacks({m_options.rulePackFolder}, *m_rulePacks);
}

Workbench::~Workbench()
{
    m_idleLock->stop();
    closeMainWindow();
    m_cache.reset();
    delete m_unlockDialog.data();
}

int Workbench::run()
{
    start();
    if (m_quitting)
        return 0;
    return QApplication::exec();
}

void Workbench::start()
{
    QString path = m_options.cachePath;
    if (path.isEmpty())
        path = Preferences::value(Preferences::Key::LastCachePath).toString();
    if (path.isEmpty())
        path = m_options.fallbackCachePath;

    if (m_options.passphrase) {
        // Used once: a later unlock (after a lock) asks a person again.
        QByteArray passphrase = *std::exchange(m_options.passphrase, std::nullopt);
        auto opened = CacheDatabase::open(path, passphrase, CacheDatabase::OpenMode::OpenExisting);
        passphrase.fill('\0');
        if (opened) {
            std::unique_ptr<CacheDatabase> cache = std::move(opened).value();
            const QString login = m_options.userLogin.isEmpty()
                                      ? UserRepository::operatingSystemLogin()
                                      : m_options.userLogin;
            std::optional<User> user = UserRepository(cache->database()).find(login);
            if (user && user->active) {
                showMainWindow(std::move(cache), user);
                return;
            }
            // Not a user of this cache: the unlock dialog asks who is working.
            showUnlockDialog(path);
            m_unlockDialog->chooseUserFor(std::move(cache));
            return;
        }
        showUnlockDialog(path);
        m_unlockDialog->showError(opened.error());
        return;
    }
    showUnlockDialog(path);
}

void Workbench::showUnlockDialog(const QString &cachePath)
{
    if (m_unlockDialog)
        return;
    m_unlockDialog = new UnlockDialog(cachePath);
    connect(m_unlockDialog, &QDialog::finished, this, &Workbench::unlockDialogFinished);
    m_unlockDialog->show();
    m_unlockDialog->raise();
    m_unlockDialog->activateWindow();
}

void Workbench::unlockDialogFinished(int result)
{
    UnlockDialog *dialog = m_unlockDialog;
    m_unlockDialog = nullptr;
    if (!dialog)
        return;
    std::unique_ptr<CacheDatabase> cache = dialog->takeDatabase();
    std::optional<User> user = dialog->takeUser();
    dialog->deleteLater();
    if (result != QDialog::Accepted || !cache || !user) {
        // The cache goes before quitting: nothing opened stays open without a person.
        cache.reset();
        quit();
        return;
    }
    Preferences::setValue(Preferences::Key::LastCachePath, cache->path());
    showMainWindow(std::move(cache), std::move(user));
}

void Workbench::showMainWindow(std::unique_ptr<CacheDatabase> cache, std::optional<User> user)
{
    m_cache = std::move(cache);
    m_user = std::move(user);
    m_mainWindow = std::make_unique<MainWindow>(*m_cache, *m_language, *m_user, *m_rulePacks);
    // Queued: both delete the window, which may still be inside the event that asked.
    connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &Workbench::lock,
            Qt::QueuedConnection);
    connect(m_mainWindow.get(), &MainWindow::quitRequested, this, &Workbench::quit,
            Qt::QueuedConnection);
    connect(m_mainWindow.get(), &MainWindow::preferencesChanged, this,
            &Workbench::applyIdlePreference);
    m_mainWindow->show();
    applyIdlePreference();
    warnAboutBrokenAuditTrail();
    if (!m_rulePackProblems.isEmpty())
        m_mainWindow->showRulePackProblems(m_rulePackProblems);
    Q_EMIT unlocked();
}

void Workbench::warnAboutBrokenAuditTrail()
{
    const AuditTrail::Verification verification = AuditTrail(m_cache->database()).verify();
    if (verification.ok())
        return;
    auto *box = new QMessageBox(
        QMessageBox::Warning, tr("Audit trail broken"),
        tr("The audit trail of this cache does not verify: event %1 was changed or removed.")
            .arg(*verification.firstBrokenSeq),
        QMessageBox::Close, m_mainWindow.get());
    box->setObjectName(QStringLiteral("auditBrokenBox"));
    box->setInformativeText(verification.reason);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void Workbench::applyIdlePreference()
{
    if (m_options.idleLockIntervalMs)
        m_idleLock->setIdleIntervalMs(*m_options.idleLockIntervalMs);
    else
        m_idleLock->setIdleMinutes(Preferences::autoLockMinutes());
    if (m_cache)
        m_idleLock->start();
}

void Workbench::closeMainWindow()
{
    // The window (and the repository it holds) goes before the connection it reads from.
    m_mainWindow.reset();
}

void Workbench::lock()
{
    if (!m_cache || m_quitting)
        return;
    m_idleLock->stop();
    const QString path = m_cache->path();
    closeMainWindow();
    m_cache.reset();
    m_user.reset();
    Q_EMIT locked();
    showUnlockDialog(path);
}

void Workbench::quit()
{
    if (m_quitting)
        return;
    m_quitting = true;
    m_idleLock->stop();
    closeMainWindow();
    m_cache.reset();
    if (m_unlockDialog) {
        disconnect(m_unlockDialog, nullptr, this, nullptr);
        m_unlockDialog->deleteLater();
        m_unlockDialog = nullptr;
    }
    QApplication::exit(0);
}

} // namespace casebench
