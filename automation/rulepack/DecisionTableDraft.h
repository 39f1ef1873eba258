#pragma once
// DecisionTableDraft: an administrator's edit of a rule pack's figures and rules — the
// decision tables (rules, cells, annotations) and number constants of the pack's DMN
// models — checked cell by cell for FEEL syntax and saved as the files of a new draft
// version. Only the edited DMN files and pack.json's "version" differ from the original;
// DmnWriter keeps every other character, so modelers still open the result.
//
// Draft versions: "2023.1" → "2023.1-draft1", "2023.1-draft1" → "2023.1-draft2", skipping
// versions already taken (nextDraftVersion).

#include "automation/dmn/DecisionTable.h"
#include "automation/feel/Diagnostic.h"
#include "automation/rulepack/RulePackManifest.h"
#include "automation/rulepack/RulePackStore.h"
#include "model/Result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace casebench {

// One editable decision table: the logic of a decision or business knowledge model.
struct DraftTable
{
    QString file;      // DMN file, relative to the pack folder
    QString ownerId;   // id of the decision / business knowledge model
    QString ownerName; // its name, as rules and the pack refer to it
    bool knowledgeModel = false;
    QStringList parameters; // a knowledge model's formal parameters
    dmn::DecisionTable table;
    bool modified = false;
};

// A decision or knowledge model whose logic is a single number ("3000"): a figure such
// as a savings buffer that administrators change without touching rules.
struct DraftConstant
{
    QString file;
    QString ownerId;
    QString ownerName;
    bool knowledgeModel = false;
    QString text;
    QString originalText;
    bool modified() const { return text != originalText; }
};

class DecisionTableDraft
{
public:
    enum class CellKind { Input, Output, Annotation };

    static Result<DecisionTableDraft, Problems> fromFiles(const RulePackFiles &files,
                                                          const QString &source);
    static Result<DecisionTableDraft, Problems> fromFolder(const QString &folder);

    const RulePackManifest &manifest() const { return m_manifest; }
    const RulePackFiles &originalFiles() const { return m_files; }
    const QList<DraftTable> &tables() const { return m_tables; }
    const QList<DraftConstant> &constants() const { return m_constants; }
    int tableIndex(const QString &ownerName) const; // -1 when none
    int constantIndex(const QString &ownerName) const;
    bool isModified() const;

    // Columns of a table's grid: its inputs, then outputs, then annotation columns.
    static int columnCount(const dmn::DecisionTable &table);
    static CellKind columnKind(const dmn::DecisionTable &table, int column);
    static QString columnTitle(const dmn::DecisionTable &table, int column);
    static QString cell(const dmn::DecisionTable::Rule &rule, const dmn::DecisionTable &table,
                        int column);

    // A FEEL syntax error in the cell text (input cells are unary tests, output cells
    // expressions; annotations are free text), positioned in the text; none when it parses.
    std::optional<feel::Diagnostic> checkCell(int table, int column, const QString &text) const;
    // Constants stay plain numbers ("3000", "-12.5").
    static std::optional<feel::Diagnostic> checkConstant(const QString &text);

    // Inserts a rule at `row` (−1 = at the end) with "-" in every input cell and "null"
    // in every output cell; returns its new id (unique in the model).
    QString addRule(int table, int row = -1);
    Result<void> removeRule(int table, int row);
    Result<void> moveRule(int table, int from, int to);
    // Refuses text with a FEEL syntax error (the cell keeps its old text).
    Result<void, feel::Diagnostic> setCell(int table, int row, int column, const QString &text);
    Result<void, feel::Diagnostic> setConstant(int index, const QString &text);

    static QString nextDraftVersion(const QString &version, const QStringList &taken = {});
    // The files of the new draft version: the original files with the edited DMN models
    // written by DmnWriter and pack.json's version set to `newVersion`.
    Result<RulePackFiles, Problems> save(const QString &newVersion) const;
    // save() written into `folder` (created; must be empty if it exists).
    Result<void, Problems> saveToFolder(const QString &folder, const QString &newVersion) const;

private:
    QStringList knownNames(const QString &file) const;
    bool ruleIdTaken(const QString &file, const QString &id) const;

    QString m_source;
    RulePackFiles m_files;
    RulePackManifest m_manifest;
    QList<DraftTable> m_tables;
    QList<DraftConstant> m_constants;
    QHash<QString, QStringList> m_names;      // by file: names in scope for FEEL parsing
    QHash<QString, QSet<QString>> m_modelIds; // by file: every element id of the original
};

} // namespace casebench
