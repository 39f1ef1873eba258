#pragma once
// DecisionTableModel: one decision table of a DecisionTableDraft as an editable grid — a
// row per rule, a column per input, output and annotation. Edits go through the draft, so
// a cell with a FEEL syntax error is refused there; cells that differ from a baseline
// version (the diff view) can be highlighted.

#include "automation/rulepack/DecisionTableDraft.h"

#include <QAbstractTableModel>
#include <functional>

namespace casebench {

class DecisionTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Role of the rule id (vertical header and every cell).
    static constexpr int RuleIdRole = Qt::UserRole + 1;

    explicit DecisionTableModel(QObject *parent = nullptr);

    // The draft must outlive the model (or be set again); read-only shows without editing.
    void setTable(DecisionTableDraft *draft, int table, bool readOnly = false);
    DecisionTableDraft *draft() const { return m_draft; }
    int table() const { return m_table; }
    // Cells to paint as changed: (rule id, column) → true.
    void setHighlight(std::function<bool(const QString &ruleId, int column)> changed);

    QModelIndex addRule(int row);
    bool removeRule(int row);
    bool moveRule(int from, int to);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // A cell's text was refused (FEEL syntax error), with the message to show.
    void cellRefused(const QString &message);
    void edited();

private:
    const DraftTable *current() const;

    DecisionTableDraft *m_draft = nullptr;
    int m_table = -1;
    bool m_readOnly = false;
    std::function<bool(const QString &, int)> m_changed;
};

} // namespace casebench
