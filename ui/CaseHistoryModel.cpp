#include "ui/CaseHistoryModel.h"

#include "model/AuditEventCode.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace casebench {

namespace {

// The details object as "key: value" pairs; nested values compact JSON.
QString detailsText(const QJsonObject &details)
{
    QStringList parts;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QJsonValue v = it.value();
        QString value;
        if (v.isString())
            value = v.toString();
        else if (v.isBool())
            value = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v.isDouble())
            value = QString::number(v.toInteger());
        else if (v.isArray())
            value = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
        else if (v.isObject())
            value = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        parts << it.key() + QStringLiteral(": ") + value;
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

CaseHistoryModel::CaseHistoryModel(QObject *parent) : QAbstractTableModel(parent) {}

void CaseHistoryModel::setEvents(const QList<AuditEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int CaseHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int CaseHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const AuditEvent &e = m_events.at(index.row());
    if (role == EventCodeRole)
        return e.event;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return e.occurredAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return e.userLogin;
    case EventColumn:
        return AuditEventCode::displayName(e.event);
    case PackColumn:
        return e.packId.isEmpty() ? QString() : e.packId + u' ' + e.packVersion;
    case DetailsColumn:
        return role == Qt::ToolTipRole ? detailsText(e.details) + u'\n' + tr("Hash %1").arg(e.hash)
                                       : detailsText(e.details);
    default:
        return {};
    }
}

QVariant CaseHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case EventColumn:
        return tr("Event");
    case PackColumn:
        return tr("Rule pack");
    case DetailsColumn:
        return tr("Details");
    default:
        return {};
    }
}

} // namespace casebench
