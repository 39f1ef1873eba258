#pragma once
// DeadlineDelegate: draws a due date so that overdue and due-today cases stand out.
// The model says how urgent a deadline is (InboxModel::DeadlineStateRole); this only
// chooses the look.

#include <QStyledItemDelegate>

namespace casebench {

class DeadlineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace casebench
