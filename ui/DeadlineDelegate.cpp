#include "ui/DeadlineDelegate.h"

#include "model/InboxModel.h"

namespace casebench {

void DeadlineDelegate::initStyleOption(QStyleOptionViewItem *option,
                                       const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto state = InboxModel::DeadlineState(index.data(InboxModel::DeadlineStateRole).toInt());
    QColor colour;
    switch (state) {
    case InboxModel::DeadlineState::Overdue:
        colour = QColor(0xb0, 0x00, 0x20); // dark red: readable on white and on alternate rows
        break;
    case InboxModel::DeadlineState::DueToday:
        colour = QColor(0xa8, 0x50, 0x00); // dark orange
        break;
    default:
        return;
    }
    option->palette.setColor(QPalette::Text, colour);
    option->font.setBold(true);
}

} // namespace casebench
