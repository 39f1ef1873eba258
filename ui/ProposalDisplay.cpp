#include "ui/ProposalDisplay.h"

#include "automation/pipeline/ProposalOutcome.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace casebench {

namespace {

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    return {};
}

QList<DisplayedProposalLine> lines(const QJsonArray &array, const char *textKey)
{
    QList<DisplayedProposalLine> out;
    out.reserve(array.size());
    for (const QJsonValue &entry : array) {
        if (entry.isString()) {
            out.append({entry.toString(), {}, {}, {}});
            continue;
        }
        const QJsonObject o = entry.toObject();
        DisplayedProposalLine line;
        line.text = text(o.value(QLatin1String(textKey)));
        // A missing item says what is missing ("item") and why ("reason").
        if (qstrcmp(textKey, "item") == 0)
            line.detail = text(o.value(QLatin1String("reason")));
        line.rule = text(o.value(QLatin1String("rule")));
        line.legalGround = text(o.value(QLatin1String("legal_ground")));
        out.append(line);
    }
    return out;
}

} // namespace

ProposalDisplay ProposalDisplay::fromJson(const QByteArray &json)
{
    ProposalDisplay p;
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    if (o.isEmpty() || o.contains(QLatin1String("error")))
        return p;
    p.valid = true;
    p.outcome = o.value(QLatin1String("outcome")).toString();
    if (const QJsonValue amount = o.value(QLatin1String("amount")); amount.isDouble())
        p.amountKronor = amount.toInteger();
    const QJsonObject period = o.value(QLatin1String("period")).toObject();
    p.periodFrom = QDate::fromString(period.value(QLatin1String("from")).toString(), Qt::ISODate);
    p.periodTo = QDate::fromString(period.value(QLatin1String("to")).toString(), Qt::ISODate);
    p.missing = lines(o.value(QLatin1String("missing")).toArray(), "item");
    p.manualReasons = lines(o.value(QLatin1String("manual_reasons")).toArray(), "reason");
    p.reasons = lines(o.value(QLatin1String("reasons")).toArray(), "reason");
    for (const QJsonValue &entry : o.value(QLatin1String("breakdown")).toArray()) {
        const QJsonObject line = entry.toObject();
        p.breakdown.append(
            {text(line.value(QLatin1String("label"))), text(line.value(QLatin1String("kind"))),
             text(line.value(QLatin1String("amount"))), text(line.value(QLatin1String("rule"))),
             text(line.value(QLatin1String("legal_ground")))});
    }
    const QJsonObject pack = o.value(QLatin1String("pack")).toObject();
    p.packId = pack.value(QLatin1String("id")).toString();
    p.packVersion = pack.value(QLatin1String("version")).toString();
    p.packHash = pack.value(QLatin1String("hash")).toString();
    p.spotCheck = o.value(QLatin1String("spot_check")).toBool();
    p.trace = o.value(QLatin1String("trace")).toArray();
    return p;
}

QStringList ProposalDisplay::missingItems() const
{
    QStringList items;
    for (const DisplayedProposalLine &line : missing)
        items << (line.detail.isEmpty() ? line.text
                                        : line.text + QStringLiteral(": ") + line.detail);
    return items;
}

QStringList decisionOutcomeCodes()
{
    return {outcomeCode(ProposalOutcome::Bifall), outcomeCode(ProposalOutcome::DelvisBifall),
            outcomeCode(ProposalOutcome::Avslag)};
}

bool isDecisionOutcome(const QString &code)
{
    return decisionOutcomeCodes().contains(code);
}

QString outcomeDisplayName(const QString &code)
{
    if (code == u"bifall")
        return QCoreApplication::translate("ProposalOutcome", "Grant");
    if (code == u"delvis_bifall")
        return QCoreApplication::translate("ProposalOutcome", "Partial grant");
    if (code == u"avslag")
        return QCoreApplication::translate("ProposalOutcome", "Refusal");
    if (code == u"komplettering")
        return QCoreApplication::translate("ProposalOutcome", "Request for completion");
    if (code == u"manuell_bedomning")
        return QCoreApplication::translate("ProposalOutcome", "Manual assessment");
    return code;
}

} // namespace casebench
