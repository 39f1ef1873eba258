#pragma once
// IdleLock: notices when no one has touched the workbench for a while. One event filter on
// the whole application restarts a timer on every key press, click, wheel or touch; when
// the timer runs out, idle() is emitted (the workbench then locks the cache).

#include <QObject>
#include <QTimer>

namespace casebench {

class IdleLock : public QObject
{
    Q_OBJECT
public:
    explicit IdleLock(QObject *parent = nullptr);
    ~IdleLock() override;

    // 0 or less: never idle. Minutes for people, milliseconds for tests.
    void setIdleMinutes(int minutes);
    void setIdleIntervalMs(int milliseconds);
    int idleIntervalMs() const { return m_intervalMs; }

    // Only watch while a cache is open; stopping also forgets earlier activity.
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_intervalMs = 0;
    bool m_running = false;
};

} // namespace casebench
