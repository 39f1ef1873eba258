#include "ui/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace casebench {

IdleLock::IdleLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_running = false;
        Q_EMIT idle();
    });
    if (QCoreApplication::instance())
        QCoreApplication::instance()->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleLock::setIdleMinutes(int minutes)
{
    setIdleIntervalMs(minutes > 0 ? minutes * 60 * 1000 : 0);
}

void IdleLock::setIdleIntervalMs(int milliseconds)
{
    m_intervalMs = qMax(0, milliseconds);
    if (m_running)
        start();
}

void IdleLock::start()
{
    m_running = m_intervalMs > 0;
    if (m_running)
        m_timer.start(m_intervalMs);
    else
        m_timer.stop();
}

void IdleLock::stop()
{
    m_running = false;
    m_timer.stop();
}

bool IdleLock::eventFilter(QObject *watched, QEvent *event)
{
    if (m_running) {
        switch (event->type()) {
        // Input only: repaints and timers are not someone at the workbench; a mouse moved
        // over its windows is (reading a long case involves no keys).
        case QEvent::KeyPress:
        case QEvent::KeyRelease:
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::Shortcut:
            m_timer.start(m_intervalMs);
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace casebench
