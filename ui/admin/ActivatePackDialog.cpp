#include "ui/admin/ActivatePackDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace casebench {

ActivatePackDialog::ActivatePackDialog(const StoredRulePack &pack, QWidget *parent)
    : QDialog(parent), m_pack(pack), m_date(new QDateEdit(this)), m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("activatePackDialog"));
    setWindowTitle(tr("Activate rule pack"));
    m_date->setObjectName(QStringLiteral("appliesFrom"));
    m_text->setObjectName(QStringLiteral("activationText"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMinimumDate(pack.validFrom);
    if (pack.validTo.isValid())
        m_date->setMaximumDate(pack.validTo);
    m_date->setDate(pack.validFrom);
    m_text->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Activate"));
    auto *form = new QFormLayout;
    form->addRow(tr("Applies to applications dated &from:"), m_date);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_date, &QDateEdit::dateChanged, this, &ActivatePackDialog::update);
    update();
}

QDate ActivatePackDialog::appliesFrom() const
{
    return m_date->date();
}

void ActivatePackDialog::setAppliesFrom(const QDate &date)
{
    m_date->setDate(date);
}

QString ActivatePackDialog::confirmationText() const
{
    const QLocale locale;
    const QString to = m_pack.validTo.isValid()
                           ? locale.toString(m_pack.validTo, QLocale::LongFormat)
                           : tr("further notice");
    return tr("%1 version %2 will decide every %3 application dated from %4 until %5. "
              "Proposals already made are not changed. The activation is recorded in the audit "
              "trail.")
        .arg(m_pack.packId, m_pack.version, m_pack.caseType,
             locale.toString(appliesFrom(), QLocale::LongFormat), to);
}

void ActivatePackDialog::update()
{
    m_text->setText(confirmationText());
}

} // namespace casebench
