#include "ui/Workbench.h"

#include <QApplication>
#include <utility>

#include "model/CacheDatabase.h"
#include "ui/IdleLock.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/Preferences.h"
#include "ui/UnlockDialog.h"

namespace casebench {

Workbench::Workbench(WorkbenchOptions options, QObject *parent)
    : QObject(parent), m_options(std::move(options)),
      m_language(std::make_unique<LanguageSwitcher>()), m_idleLock(std::make_unique<IdleLock>())
{
    // Between the unlock dialog closing and the main window opening no window is visible;
    // the workbench, not the last window, decides when the program ends.
    QApplication::setQuitOnLastWindowClosed(false);

    QString language = LanguageSwitcher::normalise(m_options.language);
    if (language.isEmpty())
        language = LanguageSwitcher::normalise(Preferences::value(Preferences::Key::Language).toString());
    if (language.isEmpty())
        language = LanguageSwitcher::systemLanguage();
    m_language->setLanguage(language);

    // Queued: locking deletes the main window, which may be what delivered the input.
    connect(m_idleLock.get(), &IdleLock::idle, this, &Workbench::lock, Qt::QueuedConnection);
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
        auto opened =
            CacheDatabase::open(path, passphrase, CacheDatabase::OpenMode::OpenExisting);
        passphrase.fill('\0');
        if (opened) {
            showMainWindow(std::move(opened).value());
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
    dialog->deleteLater();
    if (result != QDialog::Accepted || !cache) {
        quit();
        return;
    }
    Preferences::setValue(Preferences::Key::LastCachePath, cache->path());
    showMainWindow(std::move(cache));
}

void Workbench::showMainWindow(std::unique_ptr<CacheDatabase> cache)
{
    m_cache = std::move(cache);
    m_mainWindow = std::make_unique<MainWindow>(*m_cache, *m_language);
    // Queued: both delete the window, which may still be inside the event that asked.
    connect(m_mainWindow.get(), &MainWindow::lockRequested, this, &Workbench::lock,
            Qt::QueuedConnection);
    connect(m_mainWindow.get(), &MainWindow::quitRequested, this, &Workbench::quit,
            Qt::QueuedConnection);
    connect(m_mainWindow.get(), &MainWindow::preferencesChanged, this,
            &Workbench::applyIdlePreference);
    m_mainWindow->show();
    applyIdlePreference();
    Q_EMIT unlocked();
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
