#include "ui/UnlockDialog.h"

#include "model/UserRepository.h"
#include "model/UserRole.h"
#include "ui/NewPassphraseFields.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace casebench {

UnlockDialog::UnlockDialog(const QString &cachePath, QWidget *parent)
    : QDialog(parent), m_intro(new QLabel(this)), m_pathLabel(new QLabel(this)),
      m_path(new QLineEdit(cachePath, this)), m_browse(new QPushButton(this)),
      m_create(new QCheckBox(this)), m_passphraseLabel(new QLabel(this)),
      m_passphrase(new QLineEdit(this)), m_newPassphrase(new NewPassphraseFields(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_userLabel(new QLabel(this)), m_user(new QComboBox(this))
{
    setObjectName(QStringLiteral("unlockDialog"));
    m_path->setObjectName(QStringLiteral("cachePathEdit"));
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_create->setObjectName(QStringLiteral("createNewCheck"));
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_user->setObjectName(QStringLiteral("userCombo"));
    m_userLabel->setBuddy(m_user);
    m_userLabel->hide();
    m_user->hide();

    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pathLabel->setBuddy(m_path);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_intro->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto *form = new QFormLayout;
    form->addRow(m_pathLabel, pathRow);
    form->addRow(QString(), m_create);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_userLabel, m_user);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_newPassphrase);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &UnlockDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &UnlockDialog::browse);
    connect(m_create, &QCheckBox::toggled, this, &UnlockDialog::updateMode);
    connect(m_path, &QLineEdit::textChanged, this, &UnlockDialog::updateOkButton);
    connect(m_passphrase, &QLineEdit::textChanged, this, &UnlockDialog::updateOkButton);
    connect(m_newPassphrase, &NewPassphraseFields::acceptableChanged, this,
            &UnlockDialog::updateOkButton);

    // No file yet: the first start, so offer to create one.
    m_create->setChecked(!cachePath.isEmpty() && !QFileInfo::exists(cachePath));
    retranslateUi();
    updateMode();
    setMinimumWidth(520);
}

UnlockDialog::~UnlockDialog() = default;

QString UnlockDialog::cachePath() const
{
    return m_path->text().trimmed();
}

bool UnlockDialog::isCreating() const
{
    return m_create->isChecked();
}

void UnlockDialog::setCreating(bool create)
{
    m_create->setChecked(create);
}

void UnlockDialog::showError(const CacheError &error)
{
    m_error->setText(error.message);
    m_error->setVisible(!error.message.isEmpty());
}

QString UnlockDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

std::unique_ptr<CacheDatabase> UnlockDialog::takeDatabase()
{
    return std::move(m_database);
}

std::optional<User> UnlockDialog::takeUser()
{
    return std::exchange(m_chosenUser, std::nullopt);
}

void UnlockDialog::chooseUserFor(std::unique_ptr<CacheDatabase> database)
{
    m_path->setText(database->path());
    m_database = std::move(database);
    showUserChooser();
}

void UnlockDialog::showUserChooser()
{
    m_choosingUser = true;
    m_user->clear();
    for (const User &user : UserRepository(m_database->database()).all()) {
        if (user.active)
            m_user->addItem(
                tr("%1 (%2, %3)").arg(user.displayName, user.login, roleDisplayName(user.role)),
                user.login);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_path, m_browse, m_create, m_passphrase,
                                                       m_newPassphrase})
        w->setEnabled(false);
    m_userLabel->show();
    m_user->show();
    retranslateUi();
    m_user->setFocus();
}

void UnlockDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    if (m_choosingUser) {
        m_chosenUser =
            UserRepository(m_database->database()).find(m_user->currentData().toString());
        if (m_chosenUser)
            QDialog::accept();
        return;
    }
    const bool creating = isCreating();
    QByteArray passphrase =
        creating ? m_newPassphrase->passphrase() : m_passphrase->text().toUtf8();

    // Deriving the key takes a noticeable moment on purpose (PBKDF2).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto opened = CacheDatabase::open(cachePath(), passphrase,
                                      creating ? CacheDatabase::OpenMode::CreateNew
                                               : CacheDatabase::OpenMode::OpenExisting);
    QApplication::restoreOverrideCursor();
    passphrase.fill('\0');

    if (!opened) {
        showError(opened.error());
        m_passphrase->clear();
        (creating ? m_newPassphrase->firstField() : m_passphrase)->setFocus();
        return;
    }
    m_database = std::move(opened).value();
    m_passphrase->clear();
    m_newPassphrase->clear();
    showError({});
    // The person at the keyboard is known by their login; anyone else says who they are.
    m_chosenUser =
        UserRepository(m_database->database()).find(UserRepository::operatingSystemLogin());
    if (!m_chosenUser || !m_chosenUser->active) {
        m_chosenUser.reset();
        showUserChooser();
        return;
    }
    QDialog::accept();
}

void UnlockDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void UnlockDialog::retranslateUi()
{
    setWindowTitle(tr("Unlock casebench"));
    m_pathLabel->setText(tr("&Cache file:"));
    m_browse->setText(tr("&Browse…"));
    m_create->setText(tr("Create a &new cache"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateMode();
}

void UnlockDialog::browse()
{
    // Non-blocking, so that an idle lock or quit never deletes a dialog still in exec().
    auto *dialog = new QFileDialog(
        this, isCreating() ? tr("New cache file") : tr("Open cache file"),
        QFileInfo(cachePath()).absolutePath(), tr("casebench cache (*.cache);;All files (*)"));
    dialog->setObjectName(QStringLiteral("cacheFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(isCreating() ? QFileDialog::AcceptSave : QFileDialog::AcceptOpen);
    dialog->setFileMode(isCreating() ? QFileDialog::AnyFile : QFileDialog::ExistingFile);
    dialog->setDefaultSuffix(QStringLiteral("cache"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_path->setText(file);
        m_create->setChecked(!QFileInfo::exists(file));
    });
    dialog->open();
}

void UnlockDialog::updateMode()
{
    const bool creating = isCreating();
    m_passphraseLabel->setVisible(!creating);
    m_passphrase->setVisible(!creating);
    m_newPassphrase->setVisible(creating);
    m_userLabel->setText(tr("&Working as:"));
    if (m_choosingUser) {
        m_intro->setText(tr("Your login %1 is not a user of this cache. Choose who is working:")
                             .arg(UserRepository::operatingSystemLogin()));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Continue"));
        updateOkButton();
        return;
    }
    m_intro->setText(creating ? tr("Choose a passphrase for the new cache. Everything in it is "
                                   "encrypted with this passphrase; without it the data cannot be "
                                   "recovered.")
                              : tr("Enter the passphrase of the cache."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(creating ? tr("C&reate") : tr("&Unlock"));
    (creating ? m_newPassphrase->firstField() : m_passphrase)->setFocus();
    updateOkButton();
}

void UnlockDialog::updateOkButton()
{
    if (m_choosingUser) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_user->count() > 0);
        return;
    }
    const bool ready = !cachePath().isEmpty() && (isCreating() ? m_newPassphrase->isAcceptable()
                                                               : !m_passphrase->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ready);
}

} // namespace casebench
