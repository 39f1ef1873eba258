#pragma once
// InboxFilterProxy: what the inbox view shows of InboxModel — filtered by status, case type
// and free text, sorted by any column. Reads the source rows directly instead of through
// data() so that 100 000 cases sort and filter within a frame or two.

#include <QSet>
#include <QSortFilterProxyModel>

#include "model/CaseStatus.h"

namespace casebench {

class InboxModel;

class InboxFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit InboxFilterProxy(QObject *parent = nullptr);

    // Must be an InboxModel; any other model is shown unfiltered and sorted by SortRole.
    void setSourceModel(QAbstractItemModel *model) override;
    InboxModel *inboxModel() const { return m_inbox; }

    // Empty set: every status.
    void setStatusFilter(const QSet<CaseStatus> &statuses);
    QSet<CaseStatus> statusFilter() const;
    // Case type code; empty: every type.
    void setCaseTypeFilter(const QString &code);
    QString caseTypeFilter() const { return m_caseType; }
    // Case-insensitive fixed string matched against case number, applicant name and the
    // shown case type name. Empty or blank: no text filter.
    void setTextFilter(const QString &text);
    QString textFilter() const { return m_text; }
    void clearFilters();

    bool isFiltered() const;
    // Case number of a proxy row ("" if out of range).
    QString caseIdAt(int proxyRow) const;

Q_SIGNALS:
    void filterChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void refilter();
    void matchCaseTypeNames();

    InboxModel *m_inbox = nullptr;
    quint32 m_statusMask = 0; // bit per CaseStatus; 0 = all
    QString m_caseType;
    QString m_text;
    QString m_foldedText;
    int m_caseTypeIndex = -1;       // m_caseType resolved against the model; -2 = unknown code
    QList<bool> m_typeNameMatches; // per case type index: its name contains m_foldedText
};

} // namespace casebench
