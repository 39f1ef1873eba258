#pragma once
// BreakdownModel: the amount breakdown of a proposal as a table — one row per norm line,
// accepted cost and deducted income, with its rule and legal ground — and the total last.

#include "ui/ProposalDisplay.h"

#include <QAbstractTableModel>
#include <optional>

namespace casebench {

class BreakdownModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        LabelColumn,
        KindColumn,
        AmountColumn,
        RuleColumn,
        LegalGroundColumn,
        ColumnCount
    };

    explicit BreakdownModel(QObject *parent = nullptr);

    // total: the proposal's amount; none when nothing is to be paid.
    void setBreakdown(const QList<DisplayedBreakdownLine> &lines,
                      std::optional<qint64> totalKronor);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString kindName(const QString &kind) const;

    QList<DisplayedBreakdownLine> m_lines;
    std::optional<qint64> m_total;
};

} // namespace casebench
