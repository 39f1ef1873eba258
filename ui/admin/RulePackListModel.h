#pragma once
// RulePackListModel: the stored rule pack versions as the administration view lists them —
// id, version, case type, validity, status, content hash, who activated it and when.

#include "automation/rulepack/RulePackStore.h"

#include <QAbstractTableModel>

namespace casebench {

class RulePackListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        PackId,
        Version,
        CaseType,
        ValidFrom,
        ValidTo,
        Status,
        Hash,
        ActivatedBy,
        ActivatedAt,
        ColumnCount
    };

    explicit RulePackListModel(QObject *parent = nullptr);

    void setPacks(const QList<StoredRulePack> &packs);
    const StoredRulePack *pack(int row) const;
    int rowOf(qint64 storedId) const; // −1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StoredRulePack> m_packs;
};

} // namespace casebench
