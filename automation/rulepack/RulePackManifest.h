#pragma once
// RulePackManifest: what a rule pack's pack.json says — which case type and dates it
// answers for, what the application carries, which DMN decisions answer the pipeline's
// stages, the legal references its reasons cite, letter templates and default figures
// (docs/rule-packs.md).

#include "model/ApplicationSchema.h"
#include "model/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace casebench {

struct RulePackField
{
    QString path; // dotted application path, array members as "list[].member"
    FieldType type = FieldType::String;
    LocalizedText label;
    bool required = false;
};

struct LegalReference
{
    QString id;       // what rules cite in legal_ground, e.g. "SoL-4-1"
    QString citation; // e.g. "Socialtjänstlagen (2001:453) 4 kap. 1 §"
    QString url;      // optional
};

struct ChangelogEntry
{
    QString version;
    QDate date;
    QString text;
};

// The DMN decisions that answer the pipeline's stages (names in the pack's main model).
struct StageDecisions
{
    QString completeness;
    QString triage;
    QString amount;
    QString proposal;
};

class RulePackManifest
{
public:
    static QString fileName() { return QStringLiteral("pack.json"); }
    static QString formatName() { return QStringLiteral("casebench.rulepack/1"); }

    QString id;
    LocalizedText name;
    QString caseType;
    QString version;
    QDate validFrom;
    QDate validTo; // null = no end
    LocalizedText description;
    QList<ChangelogEntry> changelog;
    QList<RulePackField> inputSchema;
    QString model; // main DMN file, relative to the pack folder
    StageDecisions stages;
    QList<LegalReference> legalReferences;
    QHash<QString, QString> letters; // outcome code → template file, relative to the pack folder
    int defaultDeadlineDays = 0;
    int spotCheckPpm = 0; // spot-check rate in parts per million (exact, no floating point)

    bool isValidOn(const QDate &date) const
    {
        return date >= validFrom && (validTo.isNull() || date <= validTo);
    }
    const LegalReference *legalReference(QStringView referenceId) const;
    // "0.05" style decimal of spotCheckPpm, as written in pack.json.
    QString spotCheckRateText() const;

    // Reads pack.json text; every problem names `file` and the field ("valid_from: not a
    // date"). All problems are reported, not only the first.
    static Result<RulePackManifest, Problems> read(const QByteArray &json, const QString &file);
    // Parses a rate "0"…"1" with at most six decimals into parts per million.
    static std::optional<int> parseRatePpm(QStringView text);
};

} // namespace casebench
