#include "model/WalCheckpointer.h"

#include "model/CacheDatabase.h"

#include <QSqlError>
#include <QSqlQuery>
#include <spdlog/spdlog.h>

namespace casebench {

WalCheckpointer::WalCheckpointer(const CacheDatabase &cache)
    : m_thread([this, &cache] { run(cache); })
{
}

WalCheckpointer::~WalCheckpointer()
{
    {
        const std::lock_guard lock(m_mutex);
        m_quit = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

bool WalCheckpointer::isReady() const
{
    const std::lock_guard lock(m_mutex);
    return m_state == State::Ready;
}

bool WalCheckpointer::waitUntilReady() const
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_state != State::Opening; });
    return m_state == State::Ready;
}

void WalCheckpointer::checkpoint()
{
    {
        const std::lock_guard lock(m_mutex);
        if (m_state != State::Ready)
            return;
        // One checkpoint started after this call covers everything asked for so far.
        m_requested = m_started + 1;
    }
    m_changed.notify_all();
}

void WalCheckpointer::waitUntilIdle() const
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_state != State::Ready || m_done == m_requested; });
}

bool WalCheckpointer::isBusy() const
{
    const std::lock_guard lock(m_mutex);
    return m_state == State::Ready && m_done != m_requested;
}

int WalCheckpointer::checkpointsDone() const
{
    const std::lock_guard lock(m_mutex);
    return m_done;
}

void WalCheckpointer::run(const CacheDatabase &cache)
{
    // A connection belongs to the thread that opened it, and closes with this function.
    auto connection = cache.openAnotherConnection();
    {
        const std::lock_guard lock(m_mutex);
        m_state = connection ? State::Ready : State::Failed;
    }
    m_changed.notify_all();
    if (!connection) {
        spdlog::warn("cache: no connection for checkpoints; commits checkpoint themselves");
        return;
    }
    QSqlQuery checkpoint(connection.value()->database());
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_quit || m_done != m_requested; });
        if (m_done == m_requested) // quitting, nothing left to do
            return;
        m_started = m_requested;
        lock.unlock();
        // PASSIVE: copies what no reader still needs, never waits for the writer. What is
        // left is copied by the next one.
        if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            spdlog::warn("cache: checkpoint failed: {}",
                         checkpoint.lastError().text().toStdString());
        checkpoint.finish();
        lock.lock();
        m_done = m_started;
        m_changed.notify_all();
    }
}

} // namespace casebench
