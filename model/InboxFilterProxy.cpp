#include "model/InboxFilterProxy.h"

#include "model/InboxModel.h"

namespace casebench {

namespace {

quint32 statusBit(CaseStatus status)
{
    return quint32(1) << int(status);
}

} // namespace

InboxFilterProxy::InboxFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(InboxModel::SortRole);
}

void InboxFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (m_inbox)
        disconnect(m_inbox, nullptr, this, nullptr);
    m_inbox = qobject_cast<InboxModel *>(model);
    // Connected before the base class connects its own handlers, so that the type names
    // are matched again before the proxy rebuilds its rows after a reload or a language
    // change.
    if (m_inbox)
        connect(m_inbox, &QAbstractItemModel::modelReset, this,
                &InboxFilterProxy::matchCaseTypeNames);
    QSortFilterProxyModel::setSourceModel(model);
    matchCaseTypeNames();
}

void InboxFilterProxy::setStatusFilter(const QSet<CaseStatus> &statuses)
{
    quint32 mask = 0;
    for (CaseStatus status : statuses)
        mask |= statusBit(status);
    if (mask == m_statusMask)
        return;
    m_statusMask = mask;
    refilter();
}

QSet<CaseStatus> InboxFilterProxy::statusFilter() const
{
    QSet<CaseStatus> statuses;
    for (CaseStatus status : allStatuses()) {
        if (m_statusMask & statusBit(status))
            statuses.insert(status);
    }
    return statuses;
}

void InboxFilterProxy::setCaseTypeFilter(const QString &code)
{
    if (code == m_caseType)
        return;
    m_caseType = code;
    matchCaseTypeNames();
    refilter();
}

void InboxFilterProxy::setTextFilter(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QString folded = InboxModel::foldForSearch(QStringView(text).trimmed());
    if (folded == m_foldedText)
        return;
    m_foldedText = folded;
    matchCaseTypeNames();
    refilter();
}

void InboxFilterProxy::clearFilters()
{
    if (!isFiltered() && m_text.isEmpty())
        return;
    m_statusMask = 0;
    m_caseType.clear();
    m_text.clear();
    m_foldedText.clear();
    matchCaseTypeNames();
    refilter();
}

bool InboxFilterProxy::isFiltered() const
{
    return m_statusMask != 0 || !m_caseType.isEmpty() || !m_foldedText.isEmpty();
}

QString InboxFilterProxy::caseIdAt(int proxyRow) const
{
    const QModelIndex proxyIndex = index(proxyRow, 0);
    if (!proxyIndex.isValid())
        return {};
    return proxyIndex.data(InboxModel::CaseIdRole).toString();
}

void InboxFilterProxy::matchCaseTypeNames()
{
    m_caseTypeIndex = -1;
    m_typeNameMatches.clear();
    if (!m_inbox)
        return;
    const QList<CaseTypeInfo> &types = m_inbox->caseTypes();
    if (!m_caseType.isEmpty()) {
        m_caseTypeIndex = -2; // a code no row has: nothing matches
        for (int i = 0; i < types.size(); ++i) {
            if (types.at(i).code == m_caseType)
                m_caseTypeIndex = i;
        }
    }
    if (!m_foldedText.isEmpty()) {
        m_typeNameMatches.resize(types.size());
        for (int i = 0; i < types.size(); ++i) {
            m_typeNameMatches[i] =
                InboxModel::foldForSearch(m_inbox->caseTypeName(i)).contains(m_foldedText);
        }
    }
}

void InboxFilterProxy::refilter()
{
    // invalidate() rebuilds the mapping in one filter pass and one sort. invalidateFilter()
    // would insert and remove rows interval by interval, which costs seconds when a filter
    // change brings back tens of thousands of scattered rows.
    invalidate();
    Q_EMIT filterChanged();
}

bool InboxFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_inbox)
        return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
    const InboxRow &row = m_inbox->inboxRow(sourceRow);
    if (m_statusMask != 0 && !(m_statusMask & statusBit(row.status)))
        return false;
    const int typeIndex = m_inbox->caseTypeIndex(sourceRow);
    if (m_caseTypeIndex != -1 && typeIndex != m_caseTypeIndex)
        return false;
    if (m_foldedText.isEmpty())
        return true;
    if (typeIndex < m_typeNameMatches.size() && m_typeNameMatches.at(typeIndex))
        return true;
    return m_inbox->foldedSearchText(sourceRow).contains(m_foldedText);
}

bool InboxFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_inbox || sortRole() != InboxModel::SortRole)
        return QSortFilterProxyModel::lessThan(left, right);
    return m_inbox->sortKey(left.row(), left.column()) < m_inbox->sortKey(right.row(), right.column());
}

} // namespace casebench
