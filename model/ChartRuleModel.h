#pragma once
// ChartRuleModel: the per-rule override list of the charts view — which matched rules
// caseworkers override most — as a table model (rule, decision, matched, overridden,
// override rate). Sorting is the view's proxy's job; SortRole gives numbers.

#include "model/ChartQueries.h"

#include <QAbstractTableModel>
#include <QList>

namespace casebench {

class ChartRuleModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        RuleColumn,
        DecisionColumn,
        MatchedColumn,
        OverriddenColumn,
        RateColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1 };

    explicit ChartRuleModel(QObject *parent = nullptr);

    void setRows(const QList<RuleOverrideRow> &rows);
    const QList<RuleOverrideRow> &rows() const { return m_rows; }
    RuleOverrideRow row(int index) const { return m_rows.value(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RuleOverrideRow> m_rows;
};

} // namespace casebench
