#pragma once
// ApplicationContext: the application JSON (docs/intake-format.md) as the FEEL context a
// rule pack's decisions read as input data `application`. Keys keep their JSON names;
// objects become contexts, arrays lists. Fields the pack's input schema types as amount,
// rate or decimal become FEEL numbers (exact decimals, never binary floating point), date
// fields FEEL dates; the envelope's application_date, deadline and birth_date are dates,
// received_at a date and time. Every schema field missing from an object present in the
// application is added as null, so rules can test `= null` without tripping over absent keys.

#include "automation/feel/Value.h"
#include "automation/rulepack/RulePackManifest.h"
#include "model/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

namespace casebench {

class ApplicationContext
{
public:
    explicit ApplicationContext(const QList<RulePackField> &schema);

    // The Problem names the field path ("details.savings") and why it cannot be read.
    Result<feel::Value> convert(const QJsonObject &application) const;

private:
    // `path`: where `value` stands ("details.incomes[]"); grown and shrunk back in place.
    Result<feel::Value> convertValue(const QJsonValue &value, QString &path) const;

    QHash<QString, FieldType> m_types; // schema path ("details.incomes[].amount") → type
    QHash<QString, QStringList>
        m_members; // parent path ("details.vehicle", "" for the root) → member names
};

} // namespace casebench
