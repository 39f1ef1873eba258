#include "automation/pipeline/ProposalJson.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casebench {

QJsonValue ProposalJson::amountValue(Money amount)
{
    if (amount.ore() % 100 == 0)
        return QJsonValue(amount.kronor());
    return amount.toString();
}

QJsonValue ProposalJson::feelValue(const feel::Value &value)
{
    using feel::ValueKind;
    switch (value.kind()) {
    case ValueKind::Null:
        return QJsonValue::Null;
    case ValueKind::Boolean:
        return value.boolean();
    case ValueKind::Number:
        return value.number().toString(); // exact; a JSON number would pass through double
    case ValueKind::String:
        return value.string();
    case ValueKind::Date:
        return value.date().toString();
    case ValueKind::List: {
        QJsonArray array;
        for (const auto &item : value.list())
            array.append(feelValue(item));
        return array;
    }
    case ValueKind::Context: {
        QJsonObject object;
        for (const auto &[name, item] : value.context().entries())
            object.insert(name, feelValue(item));
        return object;
    }
    default:
        return value.toString();
    }
}

QJsonObject ProposalJson::toJson(const Proposal &p, bool withTrace)
{
    QJsonObject o;
    o.insert(QStringLiteral("case_id"), p.caseId);
    o.insert(QStringLiteral("case_type"), p.caseType);
    o.insert(QStringLiteral("outcome"), outcomeCode(p.outcome));
    o.insert(QStringLiteral("amount"),
             p.amountKronor ? QJsonValue(*p.amountKronor) : QJsonValue(QJsonValue::Null));
    if (p.period) {
        o.insert(QStringLiteral("period"),
                 QJsonObject{{QStringLiteral("from"), p.period->from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), p.period->to.toString(Qt::ISODate)}});
    } else {
        o.insert(QStringLiteral("period"), QJsonValue::Null);
    }

    QJsonArray missing;
    for (const auto &m : p.missing)
        missing.append(QJsonObject{{QStringLiteral("item"), m.item},
                                   {QStringLiteral("reason"), m.reason},
                                   {QStringLiteral("rule"), m.rule}});
    o.insert(QStringLiteral("missing"), missing);

    QJsonArray manual;
    for (const auto &r : p.manualReasons)
        manual.append(
            QJsonObject{{QStringLiteral("reason"), r.reason}, {QStringLiteral("rule"), r.rule}});
    o.insert(QStringLiteral("manual_reasons"), manual);

    QJsonArray reasons;
    for (const auto &r : p.reasons)
        reasons.append(QJsonObject{
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("rule"), r.rule},
            {QStringLiteral("legal_ground"),
             r.legalGround.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.legalGround)}});
    o.insert(QStringLiteral("reasons"), reasons);

    QJsonArray breakdown;
    for (const auto &line : p.breakdown)
        breakdown.append(QJsonObject{{QStringLiteral("label"), line.label},
                                     {QStringLiteral("kind"), breakdownKindCode(line.kind)},
                                     {QStringLiteral("amount"), amountValue(line.amount)},
                                     {QStringLiteral("rule"), line.rule},
                                     {QStringLiteral("legal_ground"), line.legalGround}});
    o.insert(QStringLiteral("breakdown"), breakdown);

    o.insert(QStringLiteral("pack"), QJsonObject{{QStringLiteral("id"), p.packId},
                                                 {QStringLiteral("version"), p.packVersion},
                                                 {QStringLiteral("hash"), p.packHash}});
    o.insert(QStringLiteral("spot_check"), p.spotCheck);

    if (withTrace) {
        QJsonArray trace;
        for (const auto &d : p.trace.decisions) {
            QJsonObject inputs;
            for (const auto &[name, value] : d.inputs) {
                // The application is the input file itself; repeating it per decision would
                // only bloat the line (and repeat personal data).
                inputs.insert(name, name == QLatin1String("application")
                                        ? QJsonValue(QStringLiteral("(application)"))
                                        : feelValue(value));
            }
            QJsonArray rules;
            for (const auto &r : d.matchedRules)
                rules.append(QJsonObject{
                    {QStringLiteral("table"), r.tableId},
                    {QStringLiteral("index"), r.index},
                    {QStringLiteral("id"), r.ruleId},
                    {QStringLiteral("annotations"), QJsonArray::fromStringList(r.annotations)}});
            QJsonArray diagnostics;
            for (const auto &diag : d.diagnostics)
                diagnostics.append(diag.toString());
            trace.append(QJsonObject{{QStringLiteral("decision"), d.name},
                                     {QStringLiteral("inputs"), inputs},
                                     {QStringLiteral("result"), feelValue(d.result)},
                                     {QStringLiteral("matched_rules"), rules},
                                     {QStringLiteral("diagnostics"), diagnostics}});
        }
        o.insert(QStringLiteral("trace"), trace);
    }
    return o;
}

QByteArray ProposalJson::toLine(const Proposal &proposal, bool withTrace)
{
    return QJsonDocument(toJson(proposal, withTrace)).toJson(QJsonDocument::Compact);
}

QByteArray ProposalJson::errorLine(const QString &caseId, const QString &caseType,
                                   const QString &source, const QString &error)
{
    QJsonObject o;
    o.insert(QStringLiteral("case_id"),
             caseId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(caseId));
    o.insert(QStringLiteral("case_type"),
             caseType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(caseType));
    o.insert(QStringLiteral("file"), source);
    o.insert(QStringLiteral("error"), error);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace casebench
