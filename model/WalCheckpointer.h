#pragma once
// WalCheckpointer: copies a cache's write-ahead log into the database file on a thread and
// a connection of its own. A batch run commits transaction after transaction; left to
// itself, each commit copies (and syncs) the log before the run can go on — with this,
// the copy of one batch overlaps the storing of the next. Durability stays SQLite's
// synchronous=NORMAL: what a commit wrote is on disk once the checkpoint after it is done.

#include <condition_variable>
#include <mutex>
#include <thread>

namespace casebench {

class CacheDatabase;

class WalCheckpointer
{
public:
    // Opens its connection to the cache on its own thread: deriving the key takes a
    // moment, and until then isReady() is false. The cache must outlive the checkpointer.
    explicit WalCheckpointer(const CacheDatabase &cache);
    // Finishes the checkpoints asked for, then closes its connection.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer &) = delete;
    WalCheckpointer &operator=(const WalCheckpointer &) = delete;

    bool isReady() const;
    // Waits until the connection is open; false if it could not be opened.
    bool waitUntilReady() const;

    // Asks for a checkpoint of what is committed now and returns at once; asked while one
    // is under way, another follows it. Does nothing until the checkpointer is ready.
    void checkpoint();
    // Waits until the checkpoints asked for so far are done.
    void waitUntilIdle() const;
    // Whether a checkpoint is asked for or under way.
    bool isBusy() const;
    int checkpointsDone() const;

private:
    enum class State { Opening, Ready, Failed };

    void run(const CacheDatabase &cache);

    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    State m_state = State::Opening;
    // Checkpoints are numbered: the last one asked for, the last one started, the last done.
    int m_requested = 0;
    int m_started = 0;
    int m_done = 0;
    bool m_quit = false;
    std::thread m_thread;
};

} // namespace casebench
