#pragma once
// InboxModel: the inbox as a table — one row per case, as CaseRepository::inboxRows() gives
// them. Keeps the rows in memory and hands proxies cheap integer sort keys and folded search
// text, so that sorting and filtering 100 000 cases never goes through QVariant.

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QString>
#include <array>

#include "model/CaseRepository.h"

namespace casebench {

class InboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        CaseIdColumn,
        CaseTypeColumn,
        ApplicantColumn,
        ReceivedColumn,
        StatusColumn,
        DueColumn,
        HouseholdColumn,
        MissingAttachmentsColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        SortRole = Qt::UserRole + 1, // qint64, ascending = the column's natural order
        CaseIdRole,                  // QString diarienummer, on every column
        StatusRole,                  // QString status code ("received" …)
        CaseTypeRole,                // QString case type code ("ekonomiskt-bistand" …)
        DeadlineStateRole,           // int, a DeadlineState
    };
    Q_ENUM(Role)

    // How urgent a case's earliest deadline is, measured against today(). A decided case is
    // never overdue: its deadline has been met.
    enum class DeadlineState { None, Upcoming, DueToday, Overdue };
    Q_ENUM(DeadlineState)

    explicit InboxModel(QObject *parent = nullptr);

    void reload(const CaseRepository &repository);
    void setRows(QList<InboxRow> rows, QList<CaseTypeInfo> caseTypes);

    // "sv" or "en": which of a case type's names to show. Resets the model, since names
    // and with them sort order and text matches change.
    void setLanguage(const QString &language);
    QString language() const { return m_language; }

    // The day deadlines are measured against; current date unless pinned (tests).
    void setToday(QDate today);
    QDate today() const;

    // Direct, QVariant-free access for InboxFilterProxy. row is a source row.
    const InboxRow &inboxRow(int row) const { return m_rows.at(row); }
    int caseTypeIndex(int row) const { return m_typeIndexOfRow.at(row); }
    int caseTypeCount() const { return int(m_caseTypes.size()); }
    QString caseTypeName(int typeIndex) const;
    QString caseTypeName(const QString &code) const;
    const QList<CaseTypeInfo> &caseTypes() const { return m_caseTypes; }
    // Ascending order of the column; equal keys mean equal cells.
    qint64 sortKey(int row, int column) const;
    // Case number and applicant, case-folded (see foldForSearch), for substring search.
    const QString &foldedSearchText(int row) const;
    DeadlineState deadlineState(int row) const;
    int rowOfCase(const QString &caseId) const; // -1 if not in the inbox

    // Case-insensitive form used on both sides of a text search.
    static QString foldForSearch(QStringView text);
    // A key whose plain code-unit order is Swedish alphabetical order: case-insensitive,
    // accents folded, and å, ä, ö after z in that order.
    static QString swedishSortKey(QStringView text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString displayText(int row, int column) const;
    QString toolTip(int row, int column) const;
    const QList<qint64> &rankOf(int column) const;
    void rebuildTypeIndex();
    void rebuildTypeRanks();
    void dropCaches();

    QList<InboxRow> m_rows;
    QList<CaseTypeInfo> m_caseTypes; // from the repository, plus any unknown codes seen
    QList<int> m_typeIndexOfRow;     // index into m_caseTypes per row
    QList<qint64> m_typeRank;        // per case type: rank of its shown name
    QString m_language;
    QDate m_pinnedToday;

    // Built on first use and kept until the rows change: ranks of case number, applicant
    // and received time,
    // and the folded search text.
    mutable std::array<QList<qint64>, ColumnCount> m_ranks;
    mutable QList<QString> m_searchText;
};

} // namespace casebench
