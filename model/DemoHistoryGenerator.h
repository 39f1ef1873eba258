#pragma once
// DemoHistoryGenerator: a year (or any number of days) of decided cases for the team
// lead's charts — cases received every day, proposals with matched rules, decisions by
// several caseworkers with the patterns real teams show: overrides concentrated on a few
// rules and case types (about a tenth of proposals), returns for completion, cases routed
// to manual handling, slower summer weeks with deadline breaches, a queue of recent cases
// still open. The history is synthetic: decisions are written directly with their past
// dates, not through CaseDecisions, and no audit events are made for them (an audit trail
// of invented events would be worse than none). Same seed, same history.

#include "model/DemoRandom.h"
#include "model/Result.h"

#include <QDate>
#include <QSqlDatabase>

namespace casebench {

class DemoHistoryGenerator
{
public:
    struct Summary
    {
        int cases = 0;
        int decided = 0; // confirmed, overridden or decided by hand after manual routing
        int overridden = 0;
        int returned = 0;
        int manual = 0; // routed to manual handling (proposal or automation error)
        int open = 0;   // received but not yet handled on today
        int reopened = 0;
    };

    explicit DemoHistoryGenerator(quint64 seed);

    // Cases received over the days before today (about casesPerDay a working day), with
    // their proposals and decisions up to now. Adds the demo caseworkers hand1–hand4 and
    // team lead chef1 when the cache lacks them. One transaction per batch of cases.
    Result<Summary> fill(QSqlDatabase db, int days, const QDate &today, int casesPerDay = 25);

private:
    DemoRandom m_random;
    quint64 m_seed;
};

} // namespace casebench
