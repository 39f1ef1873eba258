#include "ui/admin/DecisionTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace casebench {

DecisionTableModel::DecisionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void DecisionTableModel::setTable(DecisionTableDraft *draft, int table, bool readOnly)
{
    beginResetModel();
    m_draft = draft;
    m_table = table;
    m_readOnly = readOnly;
    endResetModel();
}

void DecisionTableModel::setHighlight(std::function<bool(const QString &, int)> changed)
{
    beginResetModel();
    m_changed = std::move(changed);
    endResetModel();
}

const DraftTable *DecisionTableModel::current() const
{
    if (!m_draft || m_table < 0 || m_table >= m_draft->tables().size())
        return nullptr;
    return &m_draft->tables().at(m_table);
}

QModelIndex DecisionTableModel::addRule(int row)
{
    const DraftTable *t = current();
    if (!t || m_readOnly)
        return {};
    if (row < 0 || row > t->table.rules.size())
        row = int(t->table.rules.size());
    beginInsertRows({}, row, row);
    m_draft->addRule(m_table, row);
    endInsertRows();
    Q_EMIT edited();
    return index(row, 0);
}

bool DecisionTableModel::removeRule(int row)
{
    const DraftTable *t = current();
    if (!t || m_readOnly || row < 0 || row >= t->table.rules.size())
        return false;
    beginRemoveRows({}, row, row);
    const bool ok = m_draft->removeRule(m_table, row).ok();
    endRemoveRows();
    Q_EMIT edited();
    return ok;
}

bool DecisionTableModel::moveRule(int from, int to)
{
    const DraftTable *t = current();
    if (!t || m_readOnly || from < 0 || to < 0 || from >= t->table.rules.size() ||
        to >= t->table.rules.size() || from == to)
        return false;
    // beginMoveRows names the row the moved one goes before.
    if (!beginMoveRows({}, from, from, {}, to > from ? to + 1 : to))
        return false;
    const bool ok = m_draft->moveRule(m_table, from, to).ok();
    endMoveRows();
    Q_EMIT edited();
    return ok;
}

int DecisionTableModel::rowCount(const QModelIndex &parent) const
{
    const DraftTable *t = current();
    return parent.isValid() || !t ? 0 : int(t->table.rules.size());
}

int DecisionTableModel::columnCount(const QModelIndex &parent) const
{
    const DraftTable *t = current();
    return parent.isValid() || !t ? 0 : DecisionTableDraft::columnCount(t->table);
}

QVariant DecisionTableModel::data(const QModelIndex &index, int role) const
{
    const DraftTable *t = current();
    if (!t || !index.isValid() || index.row() >= t->table.rules.size())
        return {};
    const auto &rule = t->table.rules.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return DecisionTableDraft::cell(rule, t->table, index.column());
    case RuleIdRole:
        return rule.id;
    case Qt::BackgroundRole:
        if (m_changed && m_changed(rule.id, index.column()))
            return QBrush(QColor(255, 236, 160));
        if (DecisionTableDraft::columnKind(t->table, index.column()) ==
            DecisionTableDraft::CellKind::Annotation)
            return QBrush(QColor(245, 245, 245));
        return {};
    case Qt::FontRole:
        if (m_changed && m_changed(rule.id, index.column())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

bool DecisionTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !current() || m_readOnly)
        return false;
    const auto set = m_draft->setCell(m_table, index.row(), index.column(), value.toString());
    if (!set) {
        Q_EMIT cellRefused(set.error().toString());
        return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags DecisionTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return m_readOnly ? base : base | Qt::ItemIsEditable;
}

QVariant DecisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const DraftTable *t = current();
    if (!t)
        return {};
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section < t->table.rules.size())
            return t->table.rules.at(section).id;
        return {};
    }
    if (role == Qt::DisplayRole)
        return DecisionTableDraft::columnTitle(t->table, section);
    if (role == Qt::ToolTipRole) {
        switch (DecisionTableDraft::columnKind(t->table, section)) {
        case DecisionTableDraft::CellKind::Input:
            return tr("Input: FEEL unary tests, e.g. < 18, [1..5], \"a\",\"b\" or - for any value");
        case DecisionTableDraft::CellKind::Output:
            return tr("Output: a FEEL expression");
        case DecisionTableDraft::CellKind::Annotation:
            return tr("Annotation: free text, e.g. the source of a figure");
        }
    }
    return {};
}

} // namespace casebench
