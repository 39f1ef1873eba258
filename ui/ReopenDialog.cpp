#include "ui/ReopenDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebench {

ReopenDialog::ReopenDialog(const QString &caseId, QWidget *parent)
    : QDialog(parent), m_reason(new QPlainTextEdit),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setObjectName(QStringLiteral("reopenDialog"));
    setWindowTitle(tr("Reopen %1").arg(caseId));
    m_reason->setObjectName(QStringLiteral("reopenReasonEdit"));
    m_reason->setTabChangesFocus(true);
    m_buttons->setObjectName(QStringLiteral("reopenButtons"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Reopen"));
    auto *label =
        new QLabel(tr("&Why is the case reopened? The reason is kept in the case history."));
    label->setWordWrap(true);
    label->setBuddy(m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reason, 1);
    layout->addWidget(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!reason().isEmpty());
    };
    connect(m_reason, &QPlainTextEdit::textChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!reason().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
    resize(460, 240);
}

QString ReopenDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

} // namespace casebench
