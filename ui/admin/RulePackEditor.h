#pragma once
// RulePackEditor: edits a draft of a rule pack — a table chooser, the chosen decision
// table as a grid (add, remove and reorder rules with buttons or Insert, Delete and
// Ctrl+Up/Down; cells checked for FEEL syntax as you type) and the pack's number constants.

#include "automation/rulepack/DecisionTableDraft.h"

#include <QWidget>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace casebench {

class DecisionTableModel;
class FeelCellDelegate;

class RulePackEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RulePackEditor(QWidget *parent = nullptr);
    ~RulePackEditor() override;

    // storedId: the stored version the draft was made from (0 = a folder).
    void setDraft(DecisionTableDraft draft, qint64 storedId);
    bool hasDraft() const { return m_draft.has_value(); }
    DecisionTableDraft *draft() { return m_draft ? &*m_draft : nullptr; }
    qint64 storedId() const { return m_storedId; }
    bool selectTable(const QString &ownerName);
    QTableView *grid() const { return m_grid; }

    void addRule();
    void removeRule();
    void moveRule(int delta);

Q_SIGNALS:
    void modified();

private:
    void showTable(int index);
    void fillConstants();
    void constantEdited(int row, int column);
    void updateButtons();

    std::optional<DecisionTableDraft> m_draft;
    qint64 m_storedId = 0;
    QComboBox *m_tables;
    QTableView *m_grid;
    DecisionTableModel *m_model;
    FeelCellDelegate *m_delegate;
    QLabel *m_message;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QTableWidget *m_constants;
    bool m_filling = false;
};

} // namespace casebench
