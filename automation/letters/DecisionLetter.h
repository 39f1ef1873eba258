#pragma once
// DecisionLetter: the letter sent to the applicant — a decision (bifall, delvis bifall,
// avslag) or a request for completion (komplettering) — from the pack's letter template
// and program text the pack cannot leave out: the header (authority, date, diarienummer,
// addressee), the reasons (Motivering, förvaltningslagen 32 §), the legal grounds and how
// to appeal (förvaltningslagen 40–44 §§). A request for completion lists what is missing
// and by when, and says why it cannot be appealed. manuell_bedomning gets no letter: it is
// not a decision, a person decides. Renders to HTML, plain text and PDF (A4). QtGui, no
// widgets; the PDF needs a QGuiApplication (fonts).

#include "automation/letters/LetterData.h"
#include "automation/rulepack/RulePack.h"
#include "model/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

QT_BEGIN_NAMESPACE
class QTextDocument;
QT_END_NAMESPACE

namespace casebench {

enum class LetterKind { Decision, CompletionRequest };
// The codes of the letters table: "decision", "completion_request".
QString letterKindCode(LetterKind kind);

class DecisionLetter
{
public:
    // Whether an outcome gets a letter at all (every outcome but manuell_bedomning).
    static bool hasLetter(ProposalOutcome outcome);
    // Why an outcome has no letter, for the case view; empty when it has one. Translated.
    static QString noLetterReason(ProposalOutcome outcome);
    // The outcome as a letter names it: "bifall", "delvis bifall", "avslag", "komplettering".
    static QString outcomeName(ProposalOutcome outcome);

    // Fails when the outcome has no letter, the pack has no template for it, the template
    // is broken (file and line), a decision has no reason or no legal ground (FL 32 §), or a
    // placeholder's value is missing from the data or the application.
    static Result<DecisionLetter> build(const RulePack &pack, const LetterData &data);

    LetterKind kind() const { return m_kind; }
    ProposalOutcome outcome() const { return m_outcome; }
    // The letter's language code as stored with it; the packs' templates are Swedish.
    QString language() const { return QStringLiteral("sv"); }
    // The template's first heading, e.g. "Beslut om boendeparkeringstillstånd".
    const QString &title() const { return m_title; }
    const QString &markdown() const { return m_markdown; }
    QString html() const;
    QString plainText() const;
    // A document for a preview widget (QTextBrowser::setDocument / QTextEdit).
    std::unique_ptr<QTextDocument> document() const;
    // A4 PDF with page numbers.
    Result<QByteArray> toPdf() const;

private:
    LetterKind m_kind = LetterKind::Decision;
    ProposalOutcome m_outcome = ProposalOutcome::Bifall;
    QString m_title;
    QString m_markdown;
};

} // namespace casebench
