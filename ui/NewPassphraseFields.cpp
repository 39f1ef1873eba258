#include "ui/NewPassphraseFields.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace casebench {

NewPassphraseFields::NewPassphraseFields(QWidget *parent)
    : QWidget(parent), m_passphraseLabel(new QLabel(this)), m_confirmLabel(new QLabel(this)),
      m_passphrase(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_hint(new QLabel(this))
{
    setObjectName(QStringLiteral("newPassphraseFields"));
    m_passphrase->setObjectName(QStringLiteral("newPassphraseEdit"));
    m_confirm->setObjectName(QStringLiteral("confirmPassphraseEdit"));
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    for (QLineEdit *edit : {m_passphrase, m_confirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
        connect(edit, &QLineEdit::textChanged, this, &NewPassphraseFields::updateHint);
    }
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel->setBuddy(m_confirm);
    m_hint->setWordWrap(true);

    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addRow(m_passphraseLabel, m_passphrase);
    layout->addRow(m_confirmLabel, m_confirm);
    layout->addRow(QString(), m_hint);
    retranslateUi();
}

bool NewPassphraseFields::isAcceptable() const
{
    return m_acceptable;
}

QByteArray NewPassphraseFields::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

void NewPassphraseFields::clear()
{
    m_passphrase->clear();
    m_confirm->clear();
}

void NewPassphraseFields::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NewPassphraseFields::retranslateUi()
{
    m_passphraseLabel->setText(tr("New &passphrase:"));
    m_confirmLabel->setText(tr("&Repeat passphrase:"));
    updateHint();
}

void NewPassphraseFields::updateHint()
{
    // Length in characters a person typed, not UTF-16 units.
    const qsizetype length = m_passphrase->text().toUcs4().size();
    QString hint;
    if (length < MinimumLength)
        hint = tr("At least %n character(s).", nullptr, MinimumLength);
    else if (m_confirm->text() != m_passphrase->text())
        hint = tr("The two passphrases differ.");
    m_hint->setText(hint);
    const bool acceptable = hint.isEmpty();
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(acceptable);
    }
}

} // namespace casebench
