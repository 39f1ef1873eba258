#pragma once
// FeelCellDelegate: edits a decision table cell in a line edit that checks the FEEL syntax
// as you type — a red border and the message with its position while the text does not
// parse; such text is not written to the table.

#include <QStyledItemDelegate>

namespace casebench {

class DecisionTableModel;

class FeelCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FeelCellDelegate(DecisionTableModel *model, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

    // The message for `text` in `column` of the current table; empty when it parses.
    QString problemFor(int column, const QString &text) const;

Q_SIGNALS:
    // The editor's text now has this problem (empty: none) — for a message line.
    void problemChanged(const QString &message) const;

private:
    void check(QWidget *editor, int column) const;

    DecisionTableModel *m_model;
};

} // namespace casebench
