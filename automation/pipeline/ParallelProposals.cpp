#include "automation/pipeline/ParallelProposals.h"

#include <QThread>
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace casebench {

namespace {

// Applications read ahead per worker: enough that a worker never waits for the calling
// thread while one slow case holds up delivery, few enough that the payloads in flight
// stay small.
constexpr int aheadPerWorker = 16;

// How often the calling thread looks at the cancel flag while it waits for an outcome:
// nothing wakes it when the flag is set, and a single evaluation may take long.
constexpr std::chrono::milliseconds cancelPoll(10);

// One application between the calling thread and a worker. The calling thread fills it
// and queues its number; a worker evaluates it; the calling thread delivers and reuses it.
// `application` is written only while no worker can reach the slot, so workers read it
// without copying.
struct Slot
{
    ParallelProposals::Application application;
    std::optional<ParallelProposals::Outcome> outcome;
    std::exception_ptr exception;
    bool done = false;
};

class Workers
{
public:
    Workers(const RulePack &pack, const ProposalPipeline::Options &options, int count, int window,
            const std::atomic_bool *cancel)
        : m_pack(pack), m_options(options), m_slots(std::size_t(window)), m_cancel(cancel)
    {
        m_threads.reserve(std::size_t(count));
        try {
            for (int i = 0; i < count; ++i)
                m_threads.emplace_back([this] { work(); });
        } catch (...) {
            stop(); // no destructor runs for a half-built object
            throw;
        }
    }

    // Also when the caller leaves by an exception: no worker may outlive the slots.
    ~Workers() { stop(); }

    Workers(const Workers &) = delete;
    Workers &operator=(const Workers &) = delete;

    std::size_t window() const { return m_slots.size(); }

    void submit(qint64 number, ParallelProposals::Application application)
    {
        Slot &slot = slotOf(number);
        {
            std::lock_guard lock(m_mutex);
            slot.application = std::move(application);
            slot.outcome.reset();
            slot.exception = nullptr;
            slot.done = false;
            m_queue.push_back(number);
        }
        m_work.notify_one();
    }

    // Waits until application `number` is evaluated; false if cancelled first.
    bool waitFor(qint64 number)
    {
        const Slot &slot = slotOf(number);
        std::unique_lock lock(m_mutex);
        m_awaited = number;
        while (!slot.done) {
            if (cancelled())
                return false;
            m_finished.wait_for(lock, cancelPoll);
        }
        return !cancelled();
    }

    // The calling thread reads a slot only after waitFor(number) returned true: no worker
    // touches it then until it is submitted again.
    Slot &slotOf(qint64 number) { return m_slots[std::size_t(number) % m_slots.size()]; }

    bool cancelled() const { return m_cancel && m_cancel->load(std::memory_order_relaxed); }

private:
    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_work.notify_all();
        for (std::thread &thread : m_threads)
            thread.join();
    }

    void work()
    {
        // The pack's lookup-table results, remembered across this worker's cases.
        feel::CallMemo memo;
        for (;;) {
            qint64 number = 0;
            {
                std::unique_lock lock(m_mutex);
                m_work.wait(lock, [this] { return m_stop || !m_queue.empty(); });
                if (m_stop)
                    return;
                number = m_queue.front();
                m_queue.pop_front();
            }
            Slot &slot = slotOf(number);
            std::optional<ParallelProposals::Outcome> outcome;
            std::exception_ptr exception;
            // Once cancelled, what is still queued is skipped: run() delivers none of it.
            if (!cancelled()) {
                try {
                    outcome.emplace(ProposalPipeline::run(m_pack, slot.application.json,
                                                          slot.application.caseId, m_options,
                                                          &memo));
                } catch (...) {
                    exception = std::current_exception();
                }
            }
            bool awaited = false;
            {
                std::lock_guard lock(m_mutex);
                slot.outcome = std::move(outcome);
                slot.exception = std::move(exception);
                slot.done = true;
                awaited = number == m_awaited;
            }
            // Only the outcome the calling thread waits for wakes it: the others are
            // delivered after that one anyway, and a wake-up is a system call.
            if (awaited)
                m_finished.notify_one();
        }
    }

    const RulePack &m_pack;
    const ProposalPipeline::Options m_options;
    std::vector<Slot> m_slots;
    const std::atomic_bool *m_cancel;
    std::mutex m_mutex;
    std::condition_variable m_work;     // a number was queued, or stop
    std::condition_variable m_finished; // a slot is done (only the calling thread waits)
    std::deque<qint64> m_queue;         // numbers of applications not yet taken
    qint64 m_awaited = -1;              // the number the calling thread waits for
    bool m_stop = false;
    std::vector<std::thread> m_threads; // last: started once everything above exists
};

} // namespace

ParallelProposals::ParallelProposals(std::shared_ptr<const RulePack> pack,
                                     ProposalPipeline::Options options, int workers)
    : m_pack(std::move(pack)), m_options(options),
      m_workers(workers > 0 ? workers : std::max(1, QThread::idealThreadCount()))
{
}

bool ParallelProposals::run(const Source &next, const Sink &deliver,
                            const std::atomic_bool *cancel) const
{
    Workers workers(*m_pack, m_options, m_workers, m_workers * aheadPerWorker, cancel);
    qint64 submitted = 0;
    qint64 delivered = 0;
    bool exhausted = false;
    for (;;) {
        while (!exhausted && submitted - delivered < qint64(workers.window())) {
            if (workers.cancelled())
                return false;
            std::optional<Application> application = next();
            if (!application)
                exhausted = true;
            else
                workers.submit(submitted++, std::move(*application));
        }
        if (delivered == submitted)
            return true;
        if (!workers.waitFor(delivered))
            return false;
        Slot &slot = workers.slotOf(delivered);
        if (slot.exception)
            std::rethrow_exception(slot.exception); // ~Workers stops the others first
        if (!slot.outcome)
            return false; // skipped by a worker that saw the flag set (and since cleared)
        deliver(slot.application, std::move(*slot.outcome));
        ++delivered;
    }
}

} // namespace casebench
