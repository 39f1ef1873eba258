#include "ui/BreakdownModel.h"

#include <QFont>
#include <QLocale>

namespace casebench {

namespace {

// Amounts arrive as whole kronor ("5800") or with two decimals ("1234.50"); shown with
// the locale's digit grouping and without changing the value.
QString kronor(const QString &amount)
{
    bool whole = false;
    const qint64 value = amount.toLongLong(&whole);
    if (whole)
        return QLocale().toString(value) + QStringLiteral(" kr");
    const qsizetype dot = amount.indexOf(u'.');
    if (dot > 0) {
        bool ok = false;
        const qint64 integral = amount.left(dot).toLongLong(&ok);
        if (ok)
            return QLocale().toString(integral) + QLocale().decimalPoint() + amount.mid(dot + 1) +
                   QStringLiteral(" kr");
    }
    return amount;
}

} // namespace

BreakdownModel::BreakdownModel(QObject *parent) : QAbstractTableModel(parent) {}

void BreakdownModel::setBreakdown(const QList<DisplayedBreakdownLine> &lines,
                                  std::optional<qint64> totalKronor)
{
    beginResetModel();
    m_lines = lines;
    m_total = totalKronor;
    endResetModel();
}

int BreakdownModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_lines.isEmpty())
        return 0;
    return int(m_lines.size()) + 1; // the total
}

int BreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BreakdownModel::kindName(const QString &kind) const
{
    if (kind == u"norm")
        return tr("Norm");
    if (kind == u"cost")
        return tr("Cost");
    if (kind == u"income")
        return tr("Income (deducted)");
    return kind;
}

QVariant BreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool totalRow = index.row() == m_lines.size();
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && totalRow) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (totalRow) {
        if (index.column() == LabelColumn)
            return tr("Total");
        if (index.column() == AmountColumn)
            return m_total ? kronor(QString::number(*m_total)) : tr("nothing to pay");
        return {};
    }
    const DisplayedBreakdownLine &line = m_lines.at(index.row());
    switch (index.column()) {
    case LabelColumn:
        return line.label;
    case KindColumn:
        return kindName(line.kind);
    case AmountColumn:
        // A deducted income carries a minus sign: it lowers the total.
        return line.kind == u"income" ? QStringLiteral("− ") + kronor(line.amount)
                                      : kronor(line.amount);
    case RuleColumn:
        return line.rule;
    case LegalGroundColumn:
        return line.legalGround;
    default:
        return {};
    }
}

QVariant BreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LabelColumn:
        return tr("Line");
    case KindColumn:
        return tr("Kind");
    case AmountColumn:
        return tr("Amount");
    case RuleColumn:
        return tr("Rule");
    case LegalGroundColumn:
        return tr("Legal ground");
    default:
        return {};
    }
}

} // namespace casebench
