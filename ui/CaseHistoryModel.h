#pragma once
// CaseHistoryModel: the audit events of one case as a table — when, who, what, with which
// rule pack version and the event's details — oldest first, as the chain recorded them.

#include "model/AuditTrail.h"

#include <QAbstractTableModel>

namespace casebench {

class CaseHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, UserColumn, EventColumn, PackColumn, DetailsColumn, ColumnCount };
    enum Role { EventCodeRole = Qt::UserRole + 1 };

    explicit CaseHistoryModel(QObject *parent = nullptr);

    void setEvents(const QList<AuditEvent> &events);
    const QList<AuditEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<AuditEvent> m_events;
};

} // namespace casebench
