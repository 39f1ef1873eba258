#pragma once
// UnlockDialog: opens the encrypted cache — an existing one with its passphrase, or a new
// one with a passphrase chosen twice. Stays open and says why when opening fails; on
// success hands the open CacheDatabase to whoever asked.

#include <QDialog>
#include <memory>

#include "model/CacheDatabase.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace casebench {

class NewPassphraseFields;

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UnlockDialog(const QString &cachePath, QWidget *parent = nullptr);
    ~UnlockDialog() override;

    QString cachePath() const;
    bool isCreating() const;
    void setCreating(bool create);
    // Shows why the cache could not be opened (e.g. after a passphrase from a file failed).
    void showError(const CacheError &error);
    QString errorText() const;

    // The opened cache after the dialog was accepted; empty otherwise.
    std::unique_ptr<CacheDatabase> takeDatabase();

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void updateMode();
    void updateOkButton();

    QLabel *m_intro;
    QLabel *m_pathLabel;
    QLineEdit *m_path;
    QPushButton *m_browse;
    QCheckBox *m_create;
    QLabel *m_passphraseLabel;
    QLineEdit *m_passphrase;
    NewPassphraseFields *m_newPassphrase;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::unique_ptr<CacheDatabase> m_database;
};

} // namespace casebench
