#pragma once
// AutomationJob: runs InboxAutomation over the cache's received cases on a worker thread
// with a connection of its own (and a WalCheckpointer with another), so the window stays
// responsive; progress comes back as queued signals, and cancel() stops the run between
// batches.

#include "automation/pipeline/InboxAutomation.h"
#include "automation/rulepack/RulePackRegistry.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <optional>

class QThread;

namespace casebench {

class CacheDatabase;
class RulePackRegistry;

class AutomationJob : public QObject
{
    Q_OBJECT
public:
    // The cache must outlive the job (the destructor waits for the worker). The registry is
    // the job's own: packs activated while it runs apply from the next run. actingUser: the
    // login recorded on the run's audit events.
    AutomationJob(const CacheDatabase &cache, RulePackRegistry registry, QString actingUser,
                  QObject *parent = nullptr);
    ~AutomationJob() override;

    // Threads that evaluate while the worker stores (InboxAutomation::setEvaluationThreads);
    // set before start(). By default the automation's own choice, one per core.
    void setEvaluationThreads(int count) { m_evaluationThreads = count; }

    void start();
    bool isRunning() const;
    // Asks the worker to stop after the batch it is in; what was stored is kept.
    void cancel();

    // Valid once finished() was emitted: the summary, or why the run stopped.
    const std::optional<InboxAutomation::Summary> &summary() const { return m_summary; }
    QString error() const { return m_error; }

Q_SIGNALS:
    void progress(int done, int total); // emitted on the worker; connect queued
    void finished();

private:
    void run();

    const CacheDatabase &m_cache;
    const RulePackRegistry m_registry;
    QString m_actingUser;
    std::optional<int> m_evaluationThreads;
    std::atomic_bool m_cancel = false;
    std::optional<InboxAutomation::Summary> m_summary;
    QString m_error;
    QThread *m_thread = nullptr;
};

} // namespace casebench
