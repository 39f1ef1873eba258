#pragma once
// ApplicationSchema: what an application of one case type must carry in `details`, which
// extra facts its people may carry, and which attachments it must list — read from the
// case type's field spec (resources/casetypes/<code>.json, embedded as
// :/casetypes/<code>.json) — and the checks of an application against it. Rule packs
// read the same field paths.

#include "model/CaseRecord.h"
#include "model/JsonTree.h"
#include "model/Result.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace casebench {

enum class FieldType {
    String,
    Integer,
    Amount,  // Money: JSON integer kronor or decimal string, never negative
    Rate,    // decimal string such as "0.3142"
    Decimal, // decimal string such as "7.5" (hours and the like)
    Date,    // "2026-11-02"
    Month,   // "2026-12"
    Boolean,
    Personnummer, // see Personnummer::parse
    Enum,         // one of the listed codes
    Array,
    Object,
};

// The code used in field spec files ("string", "amount" …), and back.
QString fieldTypeCode(FieldType type);
std::optional<FieldType> fieldTypeFromCode(const QString &code);

// How a JSON value's type is named in problem messages ("a string", "an array" …).
QString jsonTypeName(const JsonTree::Value &value);
// A date written YYYY-MM-DD that exists; a null QDate otherwise. (Qt::ISODate alone would
// also take other shapes.)
QDate isoDateFromString(QStringView text);

// A text in the two languages casebench ships; text() picks one (Swedish first).
struct LocalizedText
{
    QString sv;
    QString en;
    QString text(const QString &language) const;
};

struct EnumValue
{
    QString code;
    LocalizedText label;
};

struct FieldSpec
{
    QString path; // dotted path inside `details` (or a person); array items as "incomes[].kind"
    QString name; // last segment: "kind"
    FieldType type = FieldType::String;
    bool required = false;
    LocalizedText label;
    QList<EnumValue> values;                // Enum
    FieldType itemType = FieldType::Object; // Array: type of each item
    QString format;                // String: "org_number", "registration_plate", "postal_code"
    int maxLength = 0;             // String: 0 = no limit beyond the envelope's
    std::optional<qint64> minimum; // Integer: value; Amount: kronor
    std::optional<qint64> maximum;
    QString minimumDecimal; // Rate/Decimal bounds as decimal strings; empty = none
    QString maximumDecimal;
    QString notBefore;         // Date: path of another date this one may not precede
    QString refersTo;          // Integer: "person" = index into applicant (0) + household
    QList<FieldSpec> children; // Object members, or members of each Array item object

    QStringList enumCodes() const;
};

struct AttachmentTypeSpec
{
    QString code; // "hyresavi"
    LocalizedText label;
    bool required = false;
    // Required only when the details field at this path (array items included: any one)
    // equals this value, e.g. vehicle.relation == "benefit_car".
    QString requiredWhenField;
    QString requiredWhenEquals;
};

class ApplicationSchema
{
public:
    // Reads a field spec. `source` names it in problems (file or resource path).
    static Result<ApplicationSchema, Problems> fromJson(const QByteArray &json,
                                                        const QString &source);
    // The spec embedded for a case type, parsed once and kept; nullptr for a case type
    // without one. Thread-safe.
    static const ApplicationSchema *shipped(const QString &caseType);
    // Codes of every embedded spec, sorted.
    static QStringList shippedCaseTypes();

    QString caseType() const { return m_caseType; }
    const LocalizedText &name() const { return m_name; }
    // Top-level details fields as a tree (children inside).
    const QList<FieldSpec> &detailFields() const { return m_details; }
    // Every details field in file order, nested ones included — what documentation and
    // rule-pack authoring list.
    QList<const FieldSpec *> allDetailFields() const;
    const FieldSpec *detailField(const QString &path) const;
    // Extra facts a person of this case type may carry (able_to_work …), besides the
    // envelope's personnummer, name, relation and birth_date.
    const QList<FieldSpec> &personFields() const { return m_personFields; }
    const QList<AttachmentTypeSpec> &attachmentTypes() const { return m_attachmentTypes; }
    // True when the application must list exactly the attachment types, each once.
    bool attachmentsExact() const { return m_attachmentsExact; }
    // Groups of details fields of which exactly one group must be given in full,
    // e.g. {{"monthly_wage"}, {"hourly_wage", "scheduled_hours"}}.
    const QList<QList<QStringList>> &oneOfConstraints() const { return m_oneOf; }

    // Checks. Problems carry the field path from the application's root ("details.…",
    // "household[1].able_to_work", "attachments"), never a file; the reader adds that.
    // `personCount` is the applicant plus the household (0 when the household could not be
    // read, which skips the person-index checks); `reference` is the date ten-digit
    // personnummer are read against (the date the application was received).
    Problems checkDetails(const JsonTree::Value &details, int personCount, QDate reference) const;
    // One extra person field found under `key` of the person at `personPath`; false when
    // the key is not one of this case type's person fields (the caller reports it).
    bool checkPersonField(QStringView key, const JsonTree::Value &value,
                          const QString &personPath, QDate reference, Problems &problems) const;
    Problems checkAttachments(const QList<Attachment> &attachments,
                              const JsonTree::Value &details) const;

private:
    QString m_caseType;
    LocalizedText m_name;
    QList<FieldSpec> m_details;
    QList<FieldSpec> m_personFields;
    QList<AttachmentTypeSpec> m_attachmentTypes;
    QStringList m_attachmentCodes; // their codes in the same order, for look-ups and messages
    bool m_attachmentsExact = false;
    QList<QList<QStringList>> m_oneOf;
};

} // namespace casebench
