#include "ui/ReturnForCompletionDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QVBoxLayout>

namespace casebench {

ReturnForCompletionDialog::ReturnForCompletionDialog(const QString &caseId,
                                                     const QStringList &proposedMissing,
                                                     QWidget *parent)
    : QDialog(parent), m_items(new QStringListModel(proposedMissing, this)), m_list(new QListView),
      m_add(new QPushButton(tr("&Add item"))), m_remove(new QPushButton(tr("&Remove item"))),
      m_note(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("returnDialog"));
    setWindowTitle(tr("Return for completion — %1").arg(caseId));
    m_list->setObjectName(QStringLiteral("returnMissingList"));
    m_add->setObjectName(QStringLiteral("returnAddButton"));
    m_remove->setObjectName(QStringLiteral("returnRemoveButton"));
    m_note->setObjectName(QStringLiteral("returnNoteEdit"));
    m_buttons->setObjectName(QStringLiteral("returnButtons"));
    m_list->setModel(m_items);
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("A note to the applicant (optional)"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Return to the applicant"));

    auto *intro = new QLabel(tr("The applicant is asked to send in:"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(new QLabel(tr("&Note:")));
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    qobject_cast<QLabel *>(layout->itemAt(3)->widget())->setBuddy(m_note);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addItem(QString());
        const QModelIndex last = m_items->index(m_items->rowCount() - 1);
        m_list->setCurrentIndex(last);
        m_list->edit(last);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (const QModelIndex current = m_list->currentIndex(); current.isValid())
            m_items->removeRow(current.row());
    });
    connect(m_items, &QAbstractItemModel::dataChanged, this, &ReturnForCompletionDialog::update);
    connect(m_items, &QAbstractItemModel::rowsInserted, this, &ReturnForCompletionDialog::update);
    connect(m_items, &QAbstractItemModel::rowsRemoved, this, &ReturnForCompletionDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!this->missing().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(520, 400);
}

QStringList ReturnForCompletionDialog::missing() const
{
    QStringList items;
    for (const QString &item : m_items->stringList())
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

QString ReturnForCompletionDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

void ReturnForCompletionDialog::addItem(const QString &text)
{
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    m_items->setData(m_items->index(row), text);
}

void ReturnForCompletionDialog::update()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!missing().isEmpty());
    m_remove->setEnabled(m_items->rowCount() > 0);
}

} // namespace casebench
