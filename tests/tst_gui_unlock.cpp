// The unlock dialog driven like a person would, offscreen: create a cache (passphrase
// rules), unlock it, and a wrong passphrase that shows the error and leaves the file
// byte for byte as it was.
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "model/CacheDatabase.h"
#include "ui/UnlockDialog.h"

using namespace casebench;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template <typename T>
T *child(QWidget *parent, const char *name)
{
    T *found = parent->findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

QPushButton *okButton(QWidget *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class TestGuiUnlock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private Q_SLOTS:
    void initTestCase();
    void createCacheThroughTheDialog();
    void newPassphraseRules();
    void wrongPassphraseShowsErrorAndLeavesFileUntouched();
    void unlockAfterWrongPassphrase();
    void missingFileIsReported();
    void cancelGivesNoDatabase();
};

void TestGuiUnlock::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestGuiUnlock::createCacheThroughTheDialog()
{
    const QString file = path("created.cache");
    UnlockDialog dialog(file);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // No file at the path: the dialog offers to create one.
    QVERIFY(child<QCheckBox>(&dialog, "createNewCheck")->isChecked());
    QVERIFY(!child<QLineEdit>(&dialog, "passphraseEdit")->isVisible());
    auto *first = child<QLineEdit>(&dialog, "newPassphraseEdit");
    auto *second = child<QLineEdit>(&dialog, "confirmPassphraseEdit");
    QVERIFY(first->isVisible());
    QCOMPARE(first->echoMode(), QLineEdit::Password);
    QCOMPARE(second->echoMode(), QLineEdit::Password);

    QTest::keyClicks(first, QStringLiteral("lång fras 1"));
    QTest::keyClicks(second, QStringLiteral("lång fras 1"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QTest::keyClick(second, Qt::Key_Return);

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    std::unique_ptr<CacheDatabase> cache = dialog.takeDatabase();
    QVERIFY(cache);
    QCOMPARE(cache->path(), file);
    QVERIFY(first->text().isEmpty()); // the passphrase does not linger in the widgets
    cache.reset();

    // The cache opens with what was typed (non-ASCII included) and is encrypted.
    QVERIFY(!fileBytes(file).startsWith("SQLite format 3"));
    QVERIFY(CacheDatabase::open(file, QStringLiteral("lång fras 1").toUtf8()).ok());
}

void TestGuiUnlock::newPassphraseRules()
{
    UnlockDialog dialog(path("rules.cache"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *first = child<QLineEdit>(&dialog, "newPassphraseEdit");
    auto *second = child<QLineEdit>(&dialog, "confirmPassphraseEdit");
    auto *hint = child<QLabel>(&dialog, "passphraseHint");

    QTest::keyClicks(first, QStringLiteral("kort"));
    QTest::keyClicks(second, QStringLiteral("kort"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY2(hint->text().contains(u'8'), qPrintable(hint->text()));
    // Enter with a too-short passphrase does nothing.
    QTest::keyClick(second, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY(!QFile::exists(path("rules.cache")));

    first->clear();
    second->clear();
    QTest::keyClicks(first, QStringLiteral("12345678"));
    QTest::keyClicks(second, QStringLiteral("12345679"));
    QVERIFY(!okButton(&dialog)->isEnabled());
    QVERIFY(hint->text().contains(QStringLiteral("differ")));

    QTest::keyClick(second, Qt::Key_Backspace);
    QTest::keyClicks(second, QStringLiteral("8"));
    QVERIFY(okButton(&dialog)->isEnabled());
    QVERIFY(hint->text().isEmpty());
}

void TestGuiUnlock::wrongPassphraseShowsErrorAndLeavesFileUntouched()
{
    const QString file = path("existing.cache");
    QVERIFY(CacheDatabase::open(file, QByteArrayLiteral("the right one"),
                                CacheDatabase::OpenMode::CreateNew)
                .ok());
    const QByteArray before = fileBytes(file);
    QVERIFY(!before.isEmpty());

    UnlockDialog dialog(file);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(!child<QCheckBox>(&dialog, "createNewCheck")->isChecked());
    auto *passphrase = child<QLineEdit>(&dialog, "passphraseEdit");
    QVERIFY(passphrase->isVisible());
    QCOMPARE(passphrase->echoMode(), QLineEdit::Password);
    auto *error = child<QLabel>(&dialog, "errorLabel");
    QVERIFY(!error->isVisible());

    QTest::keyClicks(passphrase, QStringLiteral("the wrong one"));
    QTest::keyClick(passphrase, Qt::Key_Return);

    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.takeDatabase());
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("Wrong passphrase or not a casebench cache")),
             qPrintable(error->text()));
    QVERIFY(passphrase->text().isEmpty());
    QVERIFY(passphrase->hasFocus());
    QCOMPARE(fileBytes(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestGuiUnlock::unlockAfterWrongPassphrase()
{
    const QString file = path("existing.cache");
    UnlockDialog dialog(file);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *passphrase = child<QLineEdit>(&dialog, "passphraseEdit");
    QTest::keyClicks(passphrase, QStringLiteral("nope"));
    QTest::keyClick(passphrase, Qt::Key_Enter);
    QVERIFY(!dialog.errorText().isEmpty());

    QTest::keyClicks(passphrase, QStringLiteral("the right one"));
    QTest::mouseClick(okButton(&dialog), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.takeDatabase());
}

void TestGuiUnlock::missingFileIsReported()
{
    const QString file = path("missing.cache");
    UnlockDialog dialog(file);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.setCreating(false);
    auto *passphrase = child<QLineEdit>(&dialog, "passphraseEdit");
    QTest::keyClicks(passphrase, QStringLiteral("whatever it is"));
    QTest::keyClick(passphrase, Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorText().contains(file), qPrintable(dialog.errorText()));
    QVERIFY(!QFile::exists(file));
}

void TestGuiUnlock::cancelGivesNoDatabase()
{
    UnlockDialog dialog(path("existing.cache"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(child<QLineEdit>(&dialog, "passphraseEdit"), QStringLiteral("the right one"));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.isVisible());
    QVERIFY(!dialog.takeDatabase());
}

QTEST_MAIN(TestGuiUnlock)
#include "tst_gui_unlock.moc"
