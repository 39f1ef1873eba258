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

struct DecisionTrace
{
    QString id;
    QString name;
    QList<std::pair<QString, feel::Value>> inputs; // names read (inputs, decisions) → values
    feel::Value result;
    QList<MatchedRule> matchedRules;
    QList<feel::Diagnostic> diagnostics; // what went wrong while evaluating it
};

struct Trace
{
    QList<DecisionTrace> decisions; // in evaluation order (requirements first)

    const DecisionTrace *find(QStringView decisionName) const
    {
        for (const auto &d : decisions) {
            if (d.name == decisionName)
                return &d;
        }
        return nullptr;
    }
};

} // namespace casebench::dmn
