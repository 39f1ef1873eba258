#include "ui/admin/FeelCellDelegate.h"

#include "ui/admin/DecisionTableModel.h"

#include <QLineEdit>

namespace casebench {

FeelCellDelegate::FeelCellDelegate(DecisionTableModel *model, QObject *parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

QString FeelCellDelegate::problemFor(int column, const QString &text) const
{
    if (!m_model->draft())
        return {};
    const auto problem = m_model->draft()->checkCell(m_model->table(), column, text);
    if (!problem)
        return {};
    return problem->line > 0 ? tr("Line %1, column %2: %3")
                                   .arg(problem->line)
                                   .arg(problem->column)
                                   .arg(problem->message)
                             : problem->message;
}

QWidget *FeelCellDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &index) const
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QStringLiteral("feelCellEditor"));
    edit->setFrame(true);
    const int column = index.column();
    connect(edit, &QLineEdit::textChanged, this, [this, edit, column] { check(edit, column); });
    return edit;
}

void FeelCellDelegate::check(QWidget *editor, int column) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    const QString message = problemFor(column, edit->text());
    edit->setProperty("feelError", !message.isEmpty());
    edit->setStyleSheet(
        message.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #c0392b; }"));
    edit->setToolTip(message);
    Q_EMIT problemChanged(message);
}

void FeelCellDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    edit->setText(index.data(Qt::EditRole).toString());
    check(edit, index.column());
}

void FeelCellDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    // The model refuses text with a syntax error and reports it (cellRefused).
    model->setData(index, edit->text(), Qt::EditRole);
}

} // namespace casebench
