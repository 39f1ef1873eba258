#pragma once
// ProposalJson: a Proposal as the one-line JSON object `casebench propose` prints
// (issue 4 §4, docs/rule-packs.md): case_id, case_type, outcome, amount, period,
// missing, manual_reasons, reasons, breakdown, pack, spot_check, and trace on request.

#include "automation/pipeline/Proposal.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

namespace casebench {

class ProposalJson
{
public:
    static QJsonObject toJson(const Proposal &proposal, bool withTrace);
    // Compact, one line, no trailing newline.
    static QByteArray toLine(const Proposal &proposal, bool withTrace);
    // The line for an application that could not be evaluated.
    static QByteArray errorLine(const QString &caseId, const QString &caseType,
                                const QString &source, const QString &error);
    // An amount as the intake format writes it: a JSON integer when whole kronor, else a
    // decimal string with two decimals ("1234.50").
    static QJsonValue amountValue(Money amount);
    // A FEEL value as JSON for the trace: numbers as decimal strings (exact), dates and
    // durations in their ISO text form, contexts as objects, lists as arrays.
    static QJsonValue feelValue(const feel::Value &value);
};

} // namespace casebench
