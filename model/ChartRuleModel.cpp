#include "model/ChartRuleModel.h"

#include <QLocale>

namespace casebench {

ChartRuleModel::ChartRuleModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChartRuleModel::setRows(const QList<RuleOverrideRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ChartRuleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChartRuleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChartRuleModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const RuleOverrideRow &r = m_rows.at(index.row());
    if (role == SortRole) {
        switch (index.column()) {
        case RuleColumn:
            return r.ruleId;
        case DecisionColumn:
            return r.decision;
        case MatchedColumn:
            return r.matched;
        case OverriddenColumn:
            return r.overridden;
        case RateColumn:
            return r.overrideRate();
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case RuleColumn:
            return r.ruleId;
        case DecisionColumn:
            return r.decision;
        case MatchedColumn:
            return QLocale().toString(r.matched);
        case OverriddenColumn:
            return QLocale().toString(r.overridden);
        case RateColumn:
            return QLocale().toString(100.0 * r.overrideRate(), 'f', 1) + QStringLiteral(" %");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= MatchedColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChartRuleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RuleColumn:
        return tr("Rule");
    case DecisionColumn:
        return tr("Decision");
    case MatchedColumn:
        return tr("Decided");
    case OverriddenColumn:
        return tr("Overridden");
    case RateColumn:
        return tr("Override rate");
    }
    return {};
}

} // namespace casebench
