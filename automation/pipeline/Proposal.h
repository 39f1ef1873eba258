#pragma once
// Proposal: what the pipeline proposes for one case — outcome, amount, period — with
// every reason, missing item and breakdown line tied to the rule that produced it, the
// rule pack that was used and the DMN trace, so a caseworker (and JO) can see why.

#include "automation/dmn/Trace.h"
#include "automation/pipeline/ProposalOutcome.h"
#include "model/Money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace casebench {

// Something the application lacks: a field or an attachment ("attachments.hyresavi").
struct MissingItem
{
    QString item;
    QString reason;
    QString rule; // id of the rule that asked for it
};

// Why a person must handle the case, or why the proposal is what it is.
struct ProposalReason
{
    QString reason;
    QString rule;
    QString legalGround; // citation (pack.json legal_references); may be empty
};

enum class BreakdownKind { Norm, Cost, Income };
QString breakdownKindCode(BreakdownKind kind);
std::optional<BreakdownKind> breakdownKindFromCode(QStringView code);

struct BreakdownLine
{
    QString label;
    BreakdownKind kind = BreakdownKind::Norm;
    Money amount; // positive; the kind says whether it adds (norm, cost) or deducts (income)
    QString rule;
    QString legalGround; // citation
};

struct ProposalPeriod
{
    QDate from;
    QDate to;
};

struct Proposal
{
    QString caseId;
    QString caseType;
    ProposalOutcome outcome = ProposalOutcome::ManuellBedomning;
    std::optional<qint64> amountKronor; // whole kronor; none when nothing is to be paid
    std::optional<ProposalPeriod> period;
    QList<MissingItem> missing;
    QList<ProposalReason> manualReasons;
    QList<ProposalReason> reasons;
    QList<BreakdownLine> breakdown;
    std::optional<Money> breakdownTotal; // the amount stage's total, before the proposal stage
    QString packId;
    QString packVersion;
    QString packHash;
    bool spotCheck = false;
    dmn::Trace trace;
};

} // namespace casebench
