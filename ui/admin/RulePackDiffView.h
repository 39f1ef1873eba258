#pragma once
// RulePackDiffView: two versions of a rule pack side by side — the list of changes (rules,
// cells, constants, pack.json fields, files) and, for the chosen table, the older and the
// newer table with the changed cells highlighted.

#include "automation/rulepack/DecisionTableDraft.h"
#include "automation/rulepack/RulePackDiff.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;

namespace casebench {

class DecisionTableModel;

class RulePackDiffView : public QWidget
{
    Q_OBJECT
public:
    explicit RulePackDiffView(QWidget *parent = nullptr);
    ~RulePackDiffView() override;

    // Compares two versions' files; problems are shown instead of the diff.
    void compare(const RulePackFiles &older, const QString &olderName, const RulePackFiles &newer,
                 const QString &newerName);
    const std::optional<RulePackDiff> &diff() const { return m_diff; }

private:
    void showTable(int index);

    std::optional<DecisionTableDraft> m_older;
    std::optional<DecisionTableDraft> m_newer;
    std::optional<RulePackDiff> m_diff;
    QLabel *m_title;
    QListWidget *m_changes;
    QComboBox *m_tables;
    QTableView *m_oldView;
    QTableView *m_newView;
    DecisionTableModel *m_oldModel;
    DecisionTableModel *m_newModel;
};

} // namespace casebench
