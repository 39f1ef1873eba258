#pragma once
// Trace: what an evaluation did, decision by decision — the inputs each decision read,
// the value it produced, and for decision tables the rules that matched — the raw
// material of "why this proposal".

#include <QList>
#include <QString>
#include <QStringList>

#include "automation/feel/Diagnostic.h"
#include "automation/feel/Value.h"

namespace casebench::dmn {

struct MatchedRule
{
    QString tableId;
    int index = 0;      // 0-based position of the rule in its table
    QString ruleId;
    QStringList annotations; // the rule's annotation entries, in column order
};

// One value a decision read: an input data or a required decision's result.
struct TraceInput
{
    QString name; // as the decision reads it (an imported decision with its prefix)
    feel::Value value;
    // When the value is the result of a decision evaluated earlier in the same trace (a
    // required decision, or a pipeline stage's result given as input data): that decision's
    // name, so that a trace shown or written names its entry rather than repeating the value
    // — a household with its members' personal data once per proposal, not once per stage.
    QString decision;
};

struct DecisionTrace
{
    QString id;
    QString name;
    QList<TraceInput> inputs; // in the order of the decision's requirements
    feel::Value result;
    QList<MatchedRule> matchedRules;
    QList<feel::Diagnostic> diagnostics; // what went wrong while evaluating it
};

struct Trace
{
    // In evaluation order, requirements first; a decision once per evaluation: a decision
    // that several others (or several stages of a session) require is listed where it was
    // evaluated, and the entries that read it name it (TraceInput::decision).
    QList<DecisionTrace> decisions;

    const DecisionTrace *find(QStringView decisionName) const
    {
        for (const auto &d : decisions) {
            if (d.name == decisionName)
                return &d;
        }
        return nullptr;
    }
    // The entry that input `decision` of entry `index` refers to: the latest entry of that
    // decision before it, or nullptr (a required decision that could not be evaluated, a
    // cycle, leaves none).
    const DecisionTrace *readBy(qsizetype index, QStringView decision) const
    {
        for (qsizetype i = qMin(index, decisions.size()) - 1; i >= 0; --i) {
            if (decisions.at(i).name == decision)
                return &decisions.at(i);
        }
        return nullptr;
    }
};

} // namespace casebench::dmn
