#pragma once
// RulePackDiff: what changed between two versions of a rule pack — decision table rules
// (added, removed, changed, moved; matched by rule id), single cells (old → new), number
// constants, pack.json fields, and any other file — so an administrator sees exactly what
// a new version would decide differently before activating it.

#include "automation/rulepack/DecisionTableDraft.h"
#include "automation/rulepack/RulePackStore.h"
#include "model/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casebench {

struct RuleChange
{
    enum class Kind { Added, Removed, Changed, Moved };
    Kind kind = Kind::Changed;
    QString file;
    QString table; // name of the decision / knowledge model
    QString tableId;
    QString ruleId;
    int oldRow = -1; // −1 when added
    int newRow = -1; // −1 when removed
};

struct CellChange
{
    QString file;
    QString table;
    QString tableId;
    QString ruleId;
    int column = 0; // in DecisionTableDraft's column order
    QString columnTitle;
    DecisionTableDraft::CellKind kind = DecisionTableDraft::CellKind::Input;
    QString oldText;
    QString newText;
};

struct ConstantChange
{
    QString file;
    QString name;
    QString oldText; // empty when added
    QString newText; // empty when removed
};

struct ManifestChange
{
    QString field;    // pack.json key
    QString oldValue; // the JSON value (strings without quotes); empty when absent
    QString newValue;
};

class RulePackDiff
{
public:
    static Result<RulePackDiff, Problems> compare(const RulePackFiles &older,
                                                  const RulePackFiles &newer);
    static Result<RulePackDiff, Problems> compareFolders(const QString &older,
                                                         const QString &newer);

    QList<RuleChange> rules;
    QList<CellChange> cells;
    QList<ConstantChange> constants;
    QList<ManifestChange> manifest;
    QStringList addedFiles;
    QStringList removedFiles;
    // Files with other changes: letters, examples, DMN logic outside tables and constants.
    QStringList changedFiles;

    bool isEmpty() const
    {
        return rules.isEmpty() && cells.isEmpty() && constants.isEmpty() && manifest.isEmpty() &&
               addedFiles.isEmpty() && removedFiles.isEmpty() && changedFiles.isEmpty();
    }
    // Whether the cell of rule `ruleId` in table `tableId`, column `column` changed.
    bool cellChanged(const QString &tableId, const QString &ruleId, int column) const;
};

} // namespace casebench
