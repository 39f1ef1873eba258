#pragma once
// InboxAutomation: runs the rule-pack pipeline over the cache's received cases and stores
// each proposal with its trace and matched rules (status → proposed). A case the
// automation cannot evaluate (no pack valid on its application date, evaluation failed)
// gets status "needs manual handling" and its error recorded — never a silent skip.
// Shared by `casebench process` and the workbench's batch run (which calls it from a
// worker thread on that thread's own connection).

#include "model/Result.h"

#include <QMap>
#include <QSqlDatabase>
#include <QStringList>
#include <atomic>
#include <functional>

namespace casebench {

class RulePackRegistry;

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

    InboxAutomation(QSqlDatabase db, const RulePackRegistry &registry);

    // Login recorded on the "proposed" and "automation_failed" audit events; by default
    // the operating-system login (UserRepository::operatingSystemLogin()).
    void setActingUser(const QString &login) { m_actingUser = login; }
    QString actingUser() const { return m_actingUser; }

    // Cases are stored in batches of batchSize in one transaction each; a cancel request
    // is honoured between batches, so a cancelled run leaves whole batches behind. A
    // database error stops the run with its message (the failed batch is rolled back).
    Result<Summary> run(const Progress &progress = {}, const std::atomic_bool *cancel = nullptr);

    static constexpr int batchSize = 500;

private:
    struct Store; // the repositories of one run, their statements prepared once
    // Evaluates and stores one case; returns the failure text, empty on success.
    QString processCase(const QString &caseId, Store &store, Summary &summary);

    QSqlDatabase m_db;
    const RulePackRegistry &m_registry;
    QString m_actingUser;
};

} // namespace casebench
