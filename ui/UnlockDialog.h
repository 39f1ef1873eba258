#pragma once
// UnlockDialog: opens the encrypted cache — an existing one with its passphrase, or a new
// one with a passphrase chosen twice. Stays open and says why when opening fails; on
// success hands the open CacheDatabase to whoever asked.

#include "model/CacheDatabase.h"
#include "model/User.h"

#include <QDialog>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
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
    // Who works in the opened cache: the operating-system login if it is a user of the
    // cache, else the one chosen in the dialog. Set once the dialog was accepted.
    std::optional<User> takeUser();
    // For a cache opened without the dialog (passphrase given) whose users do not include
    // the operating-system login: the dialog only asks who is working.
    void chooseUserFor(std::unique_ptr<CacheDatabase> database);
    bool isChoosingUser() const { return m_choosingUser; }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browse();
    void updateMode();
    void updateOkButton();
    void showUserChooser();

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
    QLabel *m_userLabel;
    QComboBox *m_user;
    std::unique_ptr<CacheDatabase> m_database;
    std::optional<User> m_chosenUser;
    bool m_choosingUser = false;
};

} // namespace casebench
