#include "ui/admin/RulePackListModel.h"

#include <QLocale>

namespace casebench {

RulePackListModel::RulePackListModel(QObject *parent) : QAbstractTableModel(parent) {}

void RulePackListModel::setPacks(const QList<StoredRulePack> &packs)
{
    beginResetModel();
    m_packs = packs;
    endResetModel();
}

const StoredRulePack *RulePackListModel::pack(int row) const
{
    return row >= 0 && row < m_packs.size() ? &m_packs.at(row) : nullptr;
}

int RulePackListModel::rowOf(qint64 storedId) const
{
    for (int i = 0; i < m_packs.size(); ++i) {
        if (m_packs.at(i).id == storedId)
            return i;
    }
    return -1;
}

int RulePackListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packs.size());
}

int RulePackListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RulePackListModel::data(const QModelIndex &index, int role) const
{
    const StoredRulePack *p = pack(index.row());
    if (!p)
        return {};
    if (role == Qt::UserRole)
        return p->id;
    if (role == Qt::ToolTipRole && index.column() == Hash)
        return p->contentHash;
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case PackId:
        return p->packId;
    case Version:
        return p->version;
    case CaseType:
        return p->caseType;
    case ValidFrom:
        return p->effectiveFrom().toString(Qt::ISODate);
    case ValidTo:
        return p->validTo.isNull() ? tr("no end") : p->validTo.toString(Qt::ISODate);
    case Status:
        return rulePackStatusDisplayName(p->status);
    case Hash:
        return p->contentHash.left(12);
    case ActivatedBy:
        return p->activatedBy;
    case ActivatedAt:
        return p->activatedAt.isValid()
                   ? locale.toString(p->activatedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    default:
        return {};
    }
}

QVariant RulePackListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PackId:
        return tr("Pack");
    case Version:
        return tr("Version");
    case CaseType:
        return tr("Case type");
    case ValidFrom:
        return tr("Valid from");
    case ValidTo:
        return tr("Valid to");
    case Status:
        return tr("Status");
    case Hash:
        return tr("Content hash");
    case ActivatedBy:
        return tr("Activated by");
    case ActivatedAt:
        return tr("Activated at");
    default:
        return {};
    }
}

} // namespace casebench
