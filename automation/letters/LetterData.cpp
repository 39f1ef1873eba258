#include "automation/letters/LetterData.h"

#include "model/ApplicationSchema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LetterData", text);
}

// Who the letter goes to and where, from the application as received. The intake format
// carries a postal address only as details.registered_address (population register).
void fillAddressee(LetterData &data, const QJsonObject &application)
{
    data.application = application;
    data.applicantName = application.value("applicant"_L1).toObject().value("name"_L1).toString();
    const QJsonObject address =
        application.value("details"_L1).toObject().value("registered_address"_L1).toObject();
    const QString street = address.value("street"_L1).toString();
    const QString city =
        (address.value("postal_code"_L1).toString() + u"  "_s + address.value("city"_L1).toString())
            .trimmed();
    if (!street.isEmpty())
        data.addressLines.append(street);
    if (!city.isEmpty())
        data.addressLines.append(city);
}

Result<QJsonObject> parseObject(const QByteArray &json, const QString &what)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return Problem{
            tr("The %1 is not a JSON object: %2").arg(what, error.errorString()), {}, 0, {}};
    return doc.object();
}

} // namespace

LetterData LetterData::fromProposal(const Proposal &proposal, const QJsonObject &application)
{
    LetterData data;
    data.caseId = proposal.caseId;
    data.caseType = proposal.caseType;
    data.outcome = proposal.outcome;
    data.amountKronor = proposal.amountKronor;
    data.period = proposal.period;
    data.reasons = proposal.reasons;
    data.breakdown = proposal.breakdown;
    data.missing = proposal.missing;
    data.packId = proposal.packId;
    data.packVersion = proposal.packVersion;
    data.decisionDate = QDate::currentDate();
    data.completionDueOn = data.decisionDate.addDays(defaultCompletionDays);
    fillAddressee(data, application);
    return data;
}

Result<LetterData> LetterData::fromProposalJson(const QByteArray &proposalJson,
                                                const QByteArray &applicationJson)
{
    auto line = parseObject(proposalJson, tr("proposal"));
    if (!line)
        return line.error();
    auto application = parseObject(applicationJson, tr("application"));
    if (!application)
        return application.error();
    const QJsonObject &p = line.value();

    Proposal proposal;
    proposal.caseId = p.value("case_id"_L1).toString();
    proposal.caseType = p.value("case_type"_L1).toString();
    const auto outcome = outcomeFromCode(p.value("outcome"_L1).toString());
    if (!outcome)
        return Problem{tr("The proposal has no valid outcome"), {}, 0, u"outcome"_s};
    proposal.outcome = *outcome;
    if (p.value("amount"_L1).isDouble())
        proposal.amountKronor = p.value("amount"_L1).toInteger();
    const QJsonObject period = p.value("period"_L1).toObject();
    if (!period.isEmpty()) {
        const QDate from = isoDateFromString(period.value("from"_L1).toString());
        const QDate to = isoDateFromString(period.value("to"_L1).toString());
        if (!from.isValid() || !to.isValid())
            return Problem{tr("The proposal's period is not two dates"), {}, 0, u"period"_s};
        proposal.period = ProposalPeriod{from, to};
    }
    for (const QJsonValue &v : p.value("reasons"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        proposal.reasons.append({r.value("reason"_L1).toString(), r.value("rule"_L1).toString(),
                                 r.value("legal_ground"_L1).toString()});
    }
    for (const QJsonValue &v : p.value("missing"_L1).toArray()) {
        const QJsonObject m = v.toObject();
        proposal.missing.append({m.value("item"_L1).toString(), m.value("reason"_L1).toString(),
                                 m.value("rule"_L1).toString()});
    }
    const QJsonArray breakdown = p.value("breakdown"_L1).toArray();
    for (qsizetype i = 0; i < breakdown.size(); ++i) {
        const QJsonObject b = breakdown.at(i).toObject();
        const QString field = u"breakdown[%1]"_s.arg(i);
        const auto kind = breakdownKindFromCode(b.value("kind"_L1).toString());
        auto amount = Money::fromJson(b.value("amount"_L1));
        if (!kind || !amount)
            return Problem{
                tr("The proposal's breakdown line has no valid kind or amount"), {}, 0, field};
        proposal.breakdown.append({b.value("label"_L1).toString(), *kind, amount.value(),
                                   b.value("rule"_L1).toString(),
                                   b.value("legal_ground"_L1).toString()});
    }
    const QJsonObject pack = p.value("pack"_L1).toObject();
    proposal.packId = pack.value("id"_L1).toString();
    proposal.packVersion = pack.value("version"_L1).toString();
    return fromProposal(proposal, application.value());
}

void LetterData::applyOverride(ProposalOutcome decided, std::optional<qint64> decidedAmountKronor,
                               const QString &justification)
{
    QStringList grounds;
    for (const ProposalReason &r : std::as_const(reasons))
        if (!r.legalGround.isEmpty() && !grounds.contains(r.legalGround))
            grounds.append(r.legalGround);
    if (grounds.isEmpty()) // e.g. a proposal that only asked for completion
        for (const BreakdownLine &l : std::as_const(breakdown))
            if (!l.legalGround.isEmpty() && !grounds.contains(l.legalGround))
                grounds.append(l.legalGround);
    // One reason: the caseworker's. Its legal ground is printed as the letter's Lagstöd.
    const QString ground = grounds.size() <= 1
                               ? grounds.join(QString())
                               : QStringList(grounds.mid(0, grounds.size() - 1)).join(u", "_s) +
                                     u" och "_s + grounds.last();
    reasons = {ProposalReason{justification.trimmed(), QString(), ground}};

    if (decidedAmountKronor && !breakdown.isEmpty()) {
        // What the printed calculation came to: the proposed amount, else the lines' sum.
        Money printed;
        if (amountKronor) {
            printed = Money::fromKronor(*amountKronor);
        } else {
            for (const BreakdownLine &l : std::as_const(breakdown))
                printed += l.kind == BreakdownKind::Income ? -l.amount : l.amount;
        }
        const Money difference = Money::fromKronor(*decidedAmountKronor) - printed;
        if (difference != Money())
            breakdown.append({u"Justering enligt beslutet (se Motivering)"_s, BreakdownKind::Cost,
                              difference, QString(), ground});
    }
    outcome = decided;
    amountKronor = decidedAmountKronor;
}

} // namespace casebench
