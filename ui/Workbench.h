#pragma once
// Workbench: the life of the GUI — unlock dialog, open cache, main window; on lock (asked
// for, or after idle minutes) the window goes, the cache is closed and the unlock dialog
// comes back; cancelling it or quitting ends the program.

#include "model/Problem.h"
#include "model/User.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>
#include <optional>

namespace casebench {

class CacheDatabase;
class IdleLock;
class LanguageSwitcher;
class MainWindow;
class RulePackRegistry;
class UnlockDialog;

struct WorkbenchOptions
{
    QString cachePath;                     // cache offered first; empty: the last one used
    QString fallbackCachePath;             // offered when no cache was used before
    std::optional<QByteArray> passphrase;  // unlocks cachePath once without asking
    QString language;                      // "sv"/"en"; empty: saved choice, else system
    std::optional<int> idleLockIntervalMs; // overrides the minutes preference (tests)
    QString rulePackFolder; // the shipped rule packs (a folder of pack folders); empty: none
    QString userLogin;      // who works; empty: the operating-system login (else asked)
};

class Workbench : public QObject
{
    Q_OBJECT
public:
    explicit Workbench(WorkbenchOptions options, QObject *parent = nullptr);
    ~Workbench() override;

    // start(), then the event loop; returns the exit code.
    int run();
    // Shows the unlock dialog, or the main window if the passphrase from the options opens
    // the cache. For tests that drive the windows without run().
    void start();

    CacheDatabase *cache() const { return m_cache.get(); }
    MainWindow *mainWindow() const { return m_mainWindow.get(); }
    UnlockDialog *unlockDialog() const { return m_unlockDialog; }
    LanguageSwitcher &languageSwitcher() const { return *m_language; }
    IdleLock &idleLock() const { return *m_idleLock; }
    const RulePackRegistry &rulePacks() const { return *m_rulePacks; }
    // Why a shipped rule pack could not be installed (shown once the window is open).
    const Problems &rulePackProblems() const { return m_rulePackProblems; }
    std::optional<User> actingUser() const { return m_user; }

public Q_SLOTS:
    void lock();
    void quit();

Q_SIGNALS:
    void unlocked();
    void locked();

private:
    void showUnlockDialog(const QString &cachePath);
    void unlockDialogFinished(int result);
    void showMainWindow(std::unique_ptr<CacheDatabase> cache, std::optional<User> user);
    void warnAboutBrokenAuditTrail();
    void applyIdlePreference();
    void closeMainWindow();

    WorkbenchOptions m_options;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<IdleLock> m_idleLock;
    std::unique_ptr<RulePackRegistry> m_rulePacks;
    Problems m_rulePackProblems;
    std::unique_ptr<CacheDatabase> m_cache;
    std::optional<User> m_user;
    std::unique_ptr<MainWindow> m_mainWindow;
    QPointer<UnlockDialog> m_unlockDialog;
    bool m_quitting = false;
};

} // namespace casebench
