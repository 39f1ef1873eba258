#pragma once
// WhatIfRun: what a (draft) rule pack would propose for cases already decided — re-runs
// the pipeline over the last N decided cases of the pack's case type (or those decided in
// a date range) and compares each new proposal with the proposal the decision was taken
// on. Only reads: it never writes decisions or proposals. Reads on the connection it is
// given, on the calling thread — from a worker thread, a connection opened for that
// thread (CacheDatabase::openAnotherConnection) — and evaluates the cases in threads of
// its own (ParallelProposals); the report is that of a one-by-one run.

#include "automation/rulepack/RulePack.h"
#include "model/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace casebench {

// Which decided cases to re-run: the current (not reopened) confirmed or overridden
// decisions of the pack's case type whose application date the pack covers.
struct WhatIfScope
{
    int lastCases = 0; // the most recently decided N; 0 = all in the range
    QDate decidedFrom; // inclusive; null = no lower bound
    QDate decidedTo;   // inclusive; null = no upper bound

    static WhatIfScope last(int cases) { return {cases, {}, {}}; }
    static WhatIfScope decidedBetween(const QDate &from, const QDate &to) { return {0, from, to}; }
};

// One case whose proposal would change (or could not be evaluated with the pack).
struct WhatIfChange
{
    QString caseId;
    QDate applicationDate;
    QDateTime decidedAt;
    QString oldOutcome; // the proposal the decision was taken on
    std::optional<qint64> oldAmountKronor;
    QString decidedOutcome; // what was decided (differs from oldOutcome when overridden)
    std::optional<qint64> decidedAmountKronor;
    QString newOutcome; // empty when the pack could not evaluate the case
    std::optional<qint64> newAmountKronor;
    QString error; // why the pack could not evaluate it

    bool outcomeChanged() const { return error.isEmpty() && newOutcome != oldOutcome; }
    bool amountChanged() const { return error.isEmpty() && newAmountKronor != oldAmountKronor; }
};

struct WhatIfReport
{
    int total = 0;                     // cases in scope when the run started
    int evaluated = 0;                 // cases run through the pack
    int changedOutcome = 0;            // evaluated cases whose outcome would change
    int changedAmount = 0;             // … whose amount would change
    int failed = 0;                    // cases the pack could not evaluate
    qint64 amountDifferenceKronor = 0; // sum of new − old amounts (none counts as 0)
    QList<WhatIfChange> changes;       // changed or failed cases, most recently decided first
    bool cancelled = false;            // stopped on request; the counts cover what was run
};

class WhatIfRun
{
public:
    // done, total — called at the start, every percent (at most every 250 cases) and at
    // the end.
    using Progress = std::function<void(int done, int total)>;

    WhatIfRun(QSqlDatabase db, std::shared_ptr<const RulePack> pack);

    // Threads that evaluate cases (ParallelProposals); 0 = one per core. The report is the
    // same whatever the number.
    void setWorkers(int workers) { m_workers = workers; }

    // Reads on the calling thread (the connection's), evaluates in worker threads; progress
    // is called on the calling thread.
    Result<WhatIfReport> run(const WhatIfScope &scope, const Progress &progress = {},
                             const std::atomic_bool *cancel = nullptr) const;

private:
    QSqlDatabase m_db;
    std::shared_ptr<const RulePack> m_pack;
    int m_workers = 0;
};

} // namespace casebench
