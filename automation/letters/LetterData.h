#pragma once
// LetterData: everything a letter says about one case — who it is to, what was decided
// (outcome, amount, period), why (reasons with their legal grounds, the breakdown), what
// is missing, who decided and when. Built from the proposal and the application; the
// caseworker's decision may then change outcome, amount and reasons (an override).

#include "automation/pipeline/Proposal.h"
#include "model/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace casebench {

struct LetterData
{
    // Days the applicant gets to complete an application when the caller sets no date: a
    // common municipal practice, not a legal rule (FL 20 § only asks for a reasonable time).
    static constexpr int defaultCompletionDays = 14;

    QString caseId; // diarienummer
    QString caseType;
    QString municipality;     // the authority that decides; empty = "Kommunen"
    QString applicantName;    // the addressee
    QStringList addressLines; // the addressee's postal address; may be empty
    ProposalOutcome outcome = ProposalOutcome::ManuellBedomning;
    std::optional<qint64> amountKronor; // whole kronor
    std::optional<ProposalPeriod> period;
    QList<ProposalReason> reasons;  // each with its legal ground (citation)
    QList<BreakdownLine> breakdown; // printed with its sum
    QList<MissingItem> missing;
    QDate completionDueOn; // komplettering: the date the applicant must answer by
    QString note;          // komplettering: the caseworker's note to the applicant; may be empty
    QString decidedBy;     // the caseworker's name as printed under the decision
    QDate decisionDate;    // the letter's date
    QString packId;
    QString packVersion;
    // The application as received: templates may print its fields ({{zone}},
    // {{details.vehicle.registration}}), see docs/rule-packs.md "Letter templates".
    QJsonObject application;

    // From a proposal computed now and its application. decisionDate = today, the
    // completion date today + defaultCompletionDays.
    static LetterData fromProposal(const Proposal &proposal, const QJsonObject &application);
    // From a stored proposal: the JSON line of `casebench propose` (StoredProposal::json)
    // and the application JSON as received (CaseRecord::payload).
    static Result<LetterData> fromProposalJson(const QByteArray &proposalJson,
                                               const QByteArray &applicationJson);

    // The caseworker decided otherwise than proposed. The letter gives the decision's
    // outcome and amount, and the justification as its reason, citing the legal grounds the
    // proposal rested on (the proposal's reasons argue for the other outcome and are left
    // out). When the amount changes, the breakdown gets a line for the difference, so that
    // the calculation printed still adds up to the amount decided.
    void applyOverride(ProposalOutcome decided, std::optional<qint64> decidedAmountKronor,
                       const QString &justification);
};

} // namespace casebench
