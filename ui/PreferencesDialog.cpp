#include "ui/PreferencesDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/Preferences.h"

namespace casebench {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_autoLockLabel(new QLabel(this)), m_autoLock(new QSpinBox(this)),
      m_autoLockHelp(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_autoLock->setRange(0, 8 * 60);
    m_autoLock->setValue(Preferences::autoLockMinutes());
    m_autoLockLabel->setBuddy(m_autoLock);
    m_autoLockHelp->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(m_autoLockLabel, m_autoLock);
    form->addRow(QString(), m_autoLockHelp);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
    retranslateUi();
}

void PreferencesDialog::accept()
{
    Preferences::setValue(Preferences::Key::AutoLockMinutes, m_autoLock->value());
    QDialog::accept();
}

void PreferencesDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslateUi()
{
    setWindowTitle(tr("Preferences"));
    m_autoLockLabel->setText(tr("&Lock after idle:"));
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLockHelp->setText(tr("Closes the cache and asks for the passphrase again when no "
                               "one has used casebench for this many minutes."));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace casebench
