#pragma once
// ProposalDisplay: the stored proposal JSON (the `casebench propose --trace` line) read
// into what the case view shows — outcome, amount, period, missing items, reasons, the
// amount breakdown, the pack and the trace. Reading only: no rule is applied here.

#include <QByteArray>
#include <QDate>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace casebench {

struct DisplayedProposalLine
{
    QString text;        // the reason, missing item or manual-handling reason
    QString detail;      // why an item is missing; empty otherwise
    QString rule;        // the rule id that produced it
    QString legalGround; // the citation, empty when none
};

struct DisplayedBreakdownLine
{
    QString label;
    QString kind;   // norm, cost, income (as the pack writes it)
    QString amount; // whole kronor or a decimal string with two decimals
    QString rule;
    QString legalGround;
};

struct ProposalDisplay
{
    bool valid = false;
    QString outcome; // code: bifall, delvis_bifall, avslag, komplettering, manuell_bedomning
    std::optional<qint64> amountKronor;
    QDate periodFrom;
    QDate periodTo;
    QList<DisplayedProposalLine> missing;
    QList<DisplayedProposalLine> manualReasons;
    QList<DisplayedProposalLine> reasons;
    QList<DisplayedBreakdownLine> breakdown;
    QString packId;
    QString packVersion;
    QString packHash;
    bool spotCheck = false;
    QJsonArray trace; // one entry per evaluated decision, in order

    static ProposalDisplay fromJson(const QByteArray &json);
    // The missing items' names, as the return-for-completion dialog pre-fills them.
    QStringList missingItems() const;
};

// Outcomes a caseworker can decide (bifall, delvis bifall, avslag); komplettering is a
// return for completion and manuell bedömning is no decision at all. CaseDecisions refuses
// the others; the case view offers only these.
QStringList decisionOutcomeCodes();
bool isDecisionOutcome(const QString &code);

// The translated name of an outcome code ("bifall" → "Grant" / "Bifall").
QString outcomeDisplayName(const QString &code);

} // namespace casebench
