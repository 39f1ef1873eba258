#pragma once
// NewPassphraseFields: choosing a passphrase — typed twice, without echo, at least
// MinimumLength characters — with a line saying what is still wrong.

#include <QByteArray>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace casebench {

class NewPassphraseFields : public QWidget
{
    Q_OBJECT
public:
    // The cache protects personal data; eight characters is the least we accept.
    static constexpr int MinimumLength = 8;

    explicit NewPassphraseFields(QWidget *parent = nullptr);

    bool isAcceptable() const;
    QByteArray passphrase() const; // UTF-8, as the cache expects it
    void clear();
    QLineEdit *firstField() const { return m_passphrase; }

Q_SIGNALS:
    void acceptableChanged(bool acceptable);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateHint();

    QLabel *m_passphraseLabel;
    QLabel *m_confirmLabel;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm;
    QLabel *m_hint;
    bool m_acceptable = false;
};

} // namespace casebench
