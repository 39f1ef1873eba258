#pragma once
// ChangePassphraseDialog: re-encrypts the open cache under a new passphrase, after the
// current one has been typed again (an unlocked, unattended screen must not be enough).

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace casebench {

class CacheDatabase;
class NewPassphraseFields;

class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(CacheDatabase &cache, QWidget *parent = nullptr);

    QString errorText() const;

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateOkButton();
    void showError(const QString &message);

    CacheDatabase &m_cache;
    QLabel *m_currentLabel;
    QLineEdit *m_current;
    NewPassphraseFields *m_newPassphrase;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace casebench
