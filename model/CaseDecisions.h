#pragma once
// CaseDecisions: the domain rules of deciding a case — confirm as proposed, override with
// a justification, return for completion, reopen — and the only writer of decisions. Every
// write is one transaction: decision row + case status + audit event, or nothing.

#include "model/ProposalRepository.h"
#include "model/Result.h"
#include "model/User.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace casebench {

enum class DecisionKind { Confirmed, Overridden, Returned };

QString decisionKindCode(DecisionKind kind); // "confirmed", "overridden", "returned"
std::optional<DecisionKind> decisionKindFromCode(const QString &code);

struct DecisionRecord
{
    qint64 id = 0;
    QString caseId;
    DecisionKind kind = DecisionKind::Confirmed;
    QString outcome;
    std::optional<qint64> amountKronor;
    QString period;
    QString proposedOutcome;
    std::optional<qint64> proposedAmountKronor;
    bool spotCheck = false;
    QString justification; // the override's justification, or a return's note
    QStringList missing;   // what a return asked the applicant for
    QString decidedBy;     // login
    QDateTime decidedAt;
    QString packId, packVersion, packHash;
    QDateTime reopenedAt; // invalid while the decision stands
    QString reopenedBy;
    QString reopenReason;
};

// What an override changes compared with the proposal.
struct OverrideDiff
{
    bool outcomeChanged = false;
    bool amountChanged = false;
    QString proposedOutcome;
    QString newOutcome;
    std::optional<qint64> proposedAmount, newAmount;
    std::optional<qint64> amountDifference; // new − proposed, when both exist
    bool changesAnything() const { return outcomeChanged || amountChanged; }
    // Translated, e.g. "Outcome bifall → avslag; amount 5 400 → 4 900 kr (−500 kr)".
    QString summary() const;
};

class CaseDecisions
{
public:
    // Work that belongs with a decision and must be written with it or not at all (its
    // letter): runs inside the decision's transaction, after its audit event, with the record
    // as written; a failure undoes the decision. model/ cannot build letters itself (they
    // are automation/letters), so the caller brings this.
    using FollowUp = std::function<Result<void>(const DecisionRecord &)>;

    CaseDecisions(QSqlDatabase db, User actingUser);
    void setFollowUp(FollowUp followUp) { m_followUp = std::move(followUp); }

    static constexpr int minimumJustificationLength = 20;
    // The outcomes a caseworker can decide ("bifall", "delvis_bifall", "avslag"); asking
    // for completion is returnForCompletion().
    static QStringList decisionOutcomes();

    // As proposed; status → decided.
    Result<DecisionRecord> confirm(const QString &caseId);
    Result<DecisionRecord> override(const QString &caseId, const QString &outcome,
                                    std::optional<qint64> amountKronor,
                                    const QString &justification);
    // Status → returned; missing lists what the applicant must send in.
    Result<DecisionRecord> returnForCompletion(const QString &caseId, const QStringList &missing,
                                               const QString &note);
    // Decided/returned → proposed; the standing decision is stamped reopened; audited.
    Result<void> reopen(const QString &caseId, const QString &reason);
    // Audit "viewed"; the first time, also "review_started" and cases.reviewer/started_at.
    Result<void> markViewed(const QString &caseId);

    static OverrideDiff diff(const StoredProposal &proposal, const QString &outcome,
                             std::optional<qint64> amount);
    std::optional<DecisionRecord> current(const QString &caseId) const;
    QList<DecisionRecord> history(const QString &caseId) const; // oldest first

private:
    // The shared path of confirm/override/return: read-only and status checks, then the
    // caller's own check against the proposal (which may fill in the record), then decision +
    // status + audit in one transaction.
    Result<DecisionRecord>
    write(DecisionRecord record,
          const std::function<Result<void>(const std::optional<StoredProposal> &, DecisionRecord &)>
              &check);
    QList<DecisionRecord> read(const QString &caseId, bool standingOnly) const;

    QSqlDatabase m_db;
    User m_user;
    FollowUp m_followUp;
};

} // namespace casebench
