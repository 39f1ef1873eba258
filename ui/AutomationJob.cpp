#include "ui/AutomationJob.h"

#include "model/CacheDatabase.h"
#include "model/WalCheckpointer.h"

#include <QThread>

namespace casebench {

AutomationJob::AutomationJob(const CacheDatabase &cache, RulePackRegistry registry,
                             QString actingUser, QObject *parent)
    : QObject(parent), m_cache(cache), m_registry(std::move(registry)),
      m_actingUser(std::move(actingUser))
{
}

AutomationJob::~AutomationJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void AutomationJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("automation"));
    // Queued to this object's thread: the summary is complete when the thread has ended.
    connect(m_thread, &QThread::finished, this, &AutomationJob::finished);
    m_thread->start();
}

bool AutomationJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void AutomationJob::cancel()
{
    m_cancel = true;
}

void AutomationJob::run()
{
    // Opens a connection of its own meanwhile; it ends after the run's last checkpoint.
    WalCheckpointer checkpointer(m_cache);
    // A QSqlDatabase connection belongs to the thread that opened it: open it here, and
    // close it here (the unique_ptr ends with this function).
    auto connection = m_cache.openAnotherConnection();
    if (!connection) {
        m_error = connection.error().message;
        return;
    }
    InboxAutomation automation(connection.value()->database(), m_registry);
    automation.setActingUser(m_actingUser);
    automation.setCheckpointer(&checkpointer);
    if (m_evaluationThreads)
        automation.setEvaluationThreads(*m_evaluationThreads);
    auto summary =
        automation.run([this](int done, int total) { Q_EMIT progress(done, total); }, &m_cancel);
    if (!summary) {
        m_error = summary.error().message;
        return;
    }
    m_summary = std::move(summary).value();
}

} // namespace casebench
