#include "ui/ChangePassphraseDialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "model/CacheDatabase.h"
#include "ui/NewPassphraseFields.h"

namespace casebench {

ChangePassphraseDialog::ChangePassphraseDialog(CacheDatabase &cache, QWidget *parent)
    : QDialog(parent), m_cache(cache), m_currentLabel(new QLabel(this)),
      m_current(new QLineEdit(this)), m_newPassphrase(new NewPassphraseFields(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("changePassphraseDialog"));
    m_current->setObjectName(QStringLiteral("currentPassphraseEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_currentLabel->setBuddy(m_current);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(m_currentLabel, m_current);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_newPassphrase);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChangePassphraseDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateOkButton);
    connect(m_newPassphrase, &NewPassphraseFields::acceptableChanged, this,
            &ChangePassphraseDialog::updateOkButton);
    retranslateUi();
    updateOkButton();
    setMinimumWidth(460);
}

QString ChangePassphraseDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ChangePassphraseDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    QByteArray current = m_current->text().toUtf8();
    QByteArray next = m_newPassphrase->passphrase();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    // Opening a second connection with the typed passphrase proves it is the current one.
    auto check = CacheDatabase::open(m_cache.path(), current, CacheDatabase::OpenMode::OpenExisting);
    Result<void, CacheError> changed;
    if (check) {
        check.value().reset();
        changed = m_cache.changePassphrase(next);
    }
    QApplication::restoreOverrideCursor();
    current.fill('\0');
    next.fill('\0');

    if (!check) {
        showError(check.error().kind == CacheError::Kind::WrongPassphrase
                      ? tr("The current passphrase is wrong.")
                      : check.error().message);
        m_current->clear();
        m_current->setFocus();
        return;
    }
    if (!changed) {
        showError(changed.error().message);
        return;
    }
    m_current->clear();
    m_newPassphrase->clear();
    QDialog::accept();
}

void ChangePassphraseDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ChangePassphraseDialog::retranslateUi()
{
    setWindowTitle(tr("Change passphrase"));
    m_currentLabel->setText(tr("C&urrent passphrase:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ChangePassphraseDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_current->text().isEmpty() && m_newPassphrase->isAcceptable());
}

void ChangePassphraseDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace casebench
