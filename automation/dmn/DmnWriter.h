#pragma once
// DmnWriter: writes edits of a DMN model back into the model's own XML text — the rules
// and cells of decision tables and the text of literal expressions — and leaves every
// other character of the file as it was (namespaces, prefixes, ids, comments, diagram
// interchange, extensions, layout). Modelers (Camunda, Kogito, Trisotech) therefore open
// the result whenever they opened the original, and a review diff shows only the edit.
//
// Rules are matched by id: an unchanged rule keeps its text, a changed cell gets new text
// inside its <text> element, a moved rule moves with the whitespace and comments before
// it, a new rule is written like its neighbours (cloned from one when the shape fits).

#include "automation/dmn/DecisionTable.h"
#include "model/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace casebench::dmn {

class DmnWriter
{
public:
    // Indexes `xml` (any DMN 1.1–1.5 model DmnReader reads); fileName only names problems.
    static Result<DmnWriter> read(const QByteArray &xml, const QString &fileName);

    // Gives the decision table with id table.id the rules of `table` (its inputs, outputs
    // and annotation columns must be the model's: only rules are written). Every rule
    // needs an id unique in the model; entries count as the table's columns (missing
    // annotation entries are empty).
    Result<void> setRules(const QString &tableId, const QList<DecisionTable::Rule> &rules);
    // Sets the FEEL text of the literal expression that is the logic of the decision or
    // business knowledge model with id `ownerId`.
    Result<void> setLiteralText(const QString &ownerId, const QString &text);

    // The model with the edits so far, UTF-8.
    QByteArray xml() const { return m_text.toUtf8(); }
    bool isModified() const { return m_modified; }
    // Whether an element of the model has this id (new rule ids must not clash).
    bool hasId(const QString &id) const { return m_ids.contains(id); }
    const QSet<QString> &ids() const { return m_ids; }
    QStringList tableIds() const;

    struct Span
    {
        qsizetype begin = -1;
        qsizetype end = -1; // one past the last character
        bool valid() const { return begin >= 0 && end >= begin; }
    };
    struct Entry // <inputEntry>, <outputEntry> or <annotationEntry>
    {
        QString qualifiedName;
        Span element;
        Span startTag;
        bool hasText = false;
        Span textElement;
        Span textContent; // empty span (begin == end) for <text/> or <text></text>
        bool selfClosingText = false;
        QString textQualifiedName;
        QString text; // as DmnReader reads it
    };
    struct RulePlace
    {
        QString id;
        Span element;
        Span startTag;
        QList<Entry> inputs;
        QList<Entry> outputs;
        QList<Entry> annotations;
    };
    struct TablePlace
    {
        QString id;
        QString prefix;           // "dmn:" or empty: how the file names DMN elements
        qsizetype headerEnd = -1; // end of the last input/output/annotation clause
        int inputCount = 0;
        int outputCount = 0;
        int annotationCount = 0;
        QList<RulePlace> rules;
    };
    struct LiteralPlace
    {
        QString ownerId;
        Span textContent;
        bool hasText = false;
        bool selfClosingText = false;
        Span textElement;
        QString textQualifiedName;
        QString text;
    };

private:
    DmnWriter() = default;
    Result<void> reindex();
    QString ruleText(const TablePlace &table, const RulePlace *original,
                     const RulePlace *templateRule, const DecisionTable::Rule &rule,
                     const QString &gap) const;
    QString editedRuleText(const RulePlace &place, const DecisionTable::Rule &rule) const;
    QString clonedRuleText(const RulePlace &templ, const DecisionTable::Rule &rule) const;
    QString generatedRuleText(const TablePlace &table, const DecisionTable::Rule &rule,
                              const QString &gap) const;

    QString m_fileName;
    QString m_text;
    bool m_modified = false;
    QList<TablePlace> m_tables;
    QHash<QString, LiteralPlace> m_literals; // by owner id
    QSet<QString> m_ids;
};

} // namespace casebench::dmn
