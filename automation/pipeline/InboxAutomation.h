#pragma once
// InboxAutomation: runs the rule-pack pipeline over the cache's received cases and stores
// each proposal with its trace and matched rules (status → proposed). A case the
// automation cannot evaluate (no pack valid on its application date, evaluation failed)
// gets status "needs manual handling" and its error recorded — never a silent skip.
// Shared by `casebench process` and the workbench's batch run (which calls it from a
// worker thread on that thread's own connection). The database is used on the calling
// thread only; the evaluation of the next batch runs on a pool of threads meanwhile.

#include "model/Result.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace casebench {

class RulePackRegistry;
class WalCheckpointer;
struct CaseApplication;

class InboxAutomation
{
public:
    struct Summary
    {
        int total = 0;                // received cases when the run started
        int proposed = 0;             // proposals stored
        QMap<QString, int> byOutcome; // outcome code → proposals
        QStringList failures;         // "case id: reason", in case order
        bool cancelled = false;       // stopped on request; what was done is kept
    };
    // done, total — called after each stored batch (and once at the start).
    using Progress = std::function<void(int done, int total)>;
    // The time stamped on what the run stores (proposal, status change, audit event, error).
    using Clock = std::function<QDateTime()>;

    InboxAutomation(QSqlDatabase db, const RulePackRegistry &registry);

    // Login recorded on the "proposed" and "automation_failed" audit events; by default
    // the operating-system login (UserRepository::operatingSystemLogin()).
    void setActingUser(const QString &login) { m_actingUser = login; }
    QString actingUser() const { return m_actingUser; }

    // By default the current UTC time; tests fix it to compare two runs byte for byte.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    // Threads that evaluate the next batch while the calling thread stores the current one
    // (it evaluates too once it has stored). 0: the calling thread evaluates everything, one
    // case after another. Either way the stored result is the same, stored in case order.
    // By default one per core.
    void setEvaluationThreads(int count) { m_evaluationThreads = std::max(0, count); }
    int evaluationThreads() const { return m_evaluationThreads; }
    static int defaultEvaluationThreads();

    // Copies the write-ahead log during the run instead of each commit doing it, once it is
    // ready; the run waits for its last checkpoint before it returns. Must outlive run().
    void setCheckpointer(WalCheckpointer *checkpointer) { m_checkpointer = checkpointer; }

    // Cases are stored in batches of batchSize in one transaction each; a cancel request
    // is honoured between batches, so a cancelled run leaves whole batches behind. A
    // database error stops the run with its message (the failed batch is rolled back).
    // progress is called on the calling thread.
    Result<Summary> run(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    static constexpr int batchSize = 500;

private:
    struct Store;     // the repositories of one run, their statements prepared once
    struct Evaluated; // one case's proposal ready to store, or why it needs manual handling
    struct Batch;     // batchSize cases: read, evaluated, then stored

    std::unique_ptr<Batch> readBatch(const QStringList &ids, qsizetype start, Store &store) const;
    // Evaluates the batch's cases not yet taken by another thread. Touches no database.
    void evaluateRemaining(Batch &batch, const std::atomic_bool &stop,
                           const std::atomic_bool *cancel) const;
    Evaluated evaluate(const QString &caseId,
                       const std::optional<CaseApplication> &application) const;
    // Stores one evaluated case; returns why it could not, null on success.
    QString storeProposal(const QString &caseId, Evaluated &evaluated, const QDateTime &now,
                          Store &store, Summary &summary);

    QSqlDatabase m_db;
    const RulePackRegistry &m_registry;
    QString m_actingUser;
    Clock m_clock;
    int m_evaluationThreads;
    WalCheckpointer *m_checkpointer = nullptr;
};

} // namespace casebench
