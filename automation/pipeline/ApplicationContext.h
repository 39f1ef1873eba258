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
#include "model/JsonTree.h"
#include "model/Result.h"

#include <QHash>
#include <QJsonObject>
#include <optional>
#include <vector>

namespace casebench {

class ApplicationContext
{
public:
    explicit ApplicationContext(const QList<RulePackField> &schema);

    // The Problem names the field path ("details.savings") and why it cannot be read.
    Result<feel::Value> convert(const JsonTree::Value &application) const;
    // The same for an application object built (or parsed) with Qt.
    Result<feel::Value> convert(const QJsonObject &application) const;

private:
    struct Step;
    // One path the schema knows ("details.incomes[]"), reached from the root member by
    // member and "[]" by "[]": what convertNode() walks alongside the application, so a
    // field's type and its parent's members are found without building path strings.
    struct Node
    {
        std::optional<FieldType> type;                  // m_types at this path
        bool receivedAt = false;                        // the envelope's received_at
        QList<std::pair<QString, qsizetype>> children; // member name → node index
        qsizetype item = -1;                            // node of the list's items
        // m_members at this path, each with its index in `children` (-1: none)
        QList<std::pair<QString, qsizetype>> members;
    };

    qsizetype nodeFor(QStringView path);
    // Index of `member` in the node's children; -1 for none (or no node).
    static qsizetype childIndex(const Node *node, QStringView member);
    // `node`: where `value` stands in m_nodes, -1 for a path the schema does not know.
    // Converts into `out`; false, with `problem` set, for a field that does not convert.
    bool convertNode(const JsonTree::Value &value, qsizetype node, const Step &at,
                     feel::Value &out, Problem &problem) const;
    // The path-string walk: below a key that would make two paths look alike
    // ("a.b" as one key), whose lookups by path are what defines the conversion.
    // `path`: where `value` stands ("details.incomes[]"); grown and shrunk back in place.
    bool convertValue(const JsonTree::Value &value, QString &path, feel::Value &out,
                      Problem &problem) const;

    QHash<QString, FieldType> m_types; // schema path ("details.incomes[].amount") → type
    QHash<QString, QStringList>
        m_members; // parent path ("details.vehicle", "" for the root) → member names
    std::vector<Node> m_nodes; // [0] is the root
};

} // namespace casebench
