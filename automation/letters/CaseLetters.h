#pragma once
// CaseLetters: the letter of each decision on a case — built from the decision as recorded
// (an override's outcome, amount and justification; a return's missing items and note) with
// the letter template of the pack that made the proposal, filed with the case (letters
// table, and an audit event letter_produced naming the pack and the PDF's SHA-256) inside
// the decision's transaction, and read back exactly as filed. No widgets; building a PDF
// needs a QGuiApplication (fonts).

#include "automation/letters/DecisionLetter.h"
#include "model/CaseDecisions.h"
#include "model/Result.h"
#include "model/User.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

namespace casebench {

class RulePack;
class RulePackRegistry;

// One letter of a decision: as filed (letterId > 0), or built now for a decision that has
// none filed (letterId == 0).
struct CaseLetter
{
    qint64 letterId = 0;
    qint64 decisionId = 0;
    QString caseId;
    LetterKind kind = LetterKind::Decision;
    QString outcome;     // outcome code
    QString title;       // the template's heading; for a filed letter its first line
    QString text;        // plain text: what the letters table keeps
    QString html;        // only for a letter built now; a filed letter is shown as its text
    QByteArray pdf;      // the PDF as filed (or as built now)
    QDate letterDate;    // the date the letter carries
    QDateTime createdAt; // filed: when (UTC)
    QString packId, packVersion;

    bool isFiled() const { return letterId > 0; }
};

class CaseLetters
{
public:
    // packs: the rule packs the program runs (may be null); a pack stored in the cache is
    // found too.
    CaseLetters(QSqlDatabase db, User actingUser, const RulePackRegistry *packs);
    ~CaseLetters();

    // What the letter of `decision` says, built now from the store: the case's application,
    // its proposal and the decision. Fails when there is no pack or template for it, or the
    // letter would lack what förvaltningslagen asks of it (DecisionLetter::build).
    Result<CaseLetter> build(const DecisionRecord &decision) const;

    // Builds the letter of a decision just written, stores it and appends letter_produced,
    // inside the caller's transaction. A letter that cannot be built (no pack or template,
    // no legal ground to cite) does not undo the decision: the decision stands and the
    // caseworker writes that letter by hand — the problem is kept in notProduced(). A
    // failure to store is an error, and undoes the decision.
    Result<void> fileFor(const DecisionRecord &decision);
    // For CaseDecisions::setFollowUp; this object must outlive the decision call.
    CaseDecisions::FollowUp followUp();
    // Why the last fileFor() produced no letter; empty when it did.
    const std::optional<Problem> &notProduced() const { return m_notProduced; }
    // The letter fileFor() last stored.
    const std::optional<CaseLetter> &lastFiled() const { return m_lastFiled; }

    // The letter filed with `decision`, if any.
    std::optional<CaseLetter> filed(const DecisionRecord &decision) const;
    // The filed letter, else one built now (not filed).
    Result<CaseLetter> letterFor(const DecisionRecord &decision) const;

private:
    Result<std::shared_ptr<const RulePack>> packFor(const DecisionRecord &decision,
                                                    const QString &caseType,
                                                    const QDate &applicationDate) const;

    QSqlDatabase m_db;
    User m_user;
    const RulePackRegistry *m_packs;
    std::optional<Problem> m_notProduced;
    std::optional<CaseLetter> m_lastFiled;
};

} // namespace casebench
