// The workbench as a caseworker uses it (offscreen): unlock with a passphrase, the inbox
// shows every case with a row count, filters by status / case type / text narrow it, Enter
// opens the case details, Import brings in files, Lock (asked for or after idle time)
// closes the cache and brings back the unlock dialog, and the language switch retranslates.

#include "model/CacheDatabase.h"
#include "model/DemoCaseGenerator.h"
#include "model/InboxFilterProxy.h"
#include "ui/CaseDetailsPanel.h"
#include "ui/InboxView.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/UnlockDialog.h"
#include "ui/Workbench.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QSqlQuery>
#include <QTextEdit>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestGuiWorkbench : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_cachePath;
    const QByteArray m_passphrase = "kanelbulle med kardemumma";
    static constexpr int Cases = 300;

    std::unique_ptr<Workbench> startUnlocked(std::optional<int> idleMs = std::nullopt)
    {
        WorkbenchOptions options;
        options.cachePath = m_cachePath;
        options.passphrase = m_passphrase;
        options.language = u"en"_s;
        options.idleLockIntervalMs = idleMs;
        auto workbench = std::make_unique<Workbench>(std::move(options));
        workbench->start();
        return workbench;
    }

    static QString rowCountText(MainWindow *window)
    {
        return window->findChild<QLabel *>(u"rowCountLabel"_s)->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_cachePath = m_dir.filePath(u"inbox.cache"_s);
        auto cache = CacheDatabase::open(m_cachePath, m_passphrase, CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache);
        QVERIFY(DemoCaseGenerator(3).fill(cache.value()->database(), Cases, QDate::currentDate()));
    }

    void inboxShowsEveryCase()
    {
        auto workbench = startUnlocked();
        MainWindow *window = workbench->mainWindow();
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->inboxProxy()->rowCount(), Cases);
        QVERIFY2(rowCountText(window).contains(QString::number(Cases)), qPrintable(rowCountText(window)));
        QVERIFY(window->findChild<QLabel *>(u"cipherVersionLabel"_s)->text().contains(u"4."_s));
    }

    void filtersNarrowTheInbox()
    {
        auto workbench = startUnlocked();
        MainWindow *window = workbench->mainWindow();
        QVERIFY(window);
        InboxFilterProxy *proxy = window->inboxProxy();

        auto *status = window->findChild<QComboBox *>(u"statusFilterCombo"_s);
        QVERIFY(status && status->count() >= 5); // all + four statuses
        status->setCurrentIndex(1);
        const int byStatus = proxy->rowCount();
        QVERIFY(byStatus > 0 && byStatus < Cases);
        QVERIFY2(rowCountText(window).contains(QString::number(byStatus)), qPrintable(rowCountText(window)));
        status->setCurrentIndex(0);
        QCOMPARE(proxy->rowCount(), Cases);

        auto *caseType = window->findChild<QComboBox *>(u"caseTypeFilterCombo"_s);
        QVERIFY(caseType && caseType->count() >= 4); // all + three types
        caseType->setCurrentIndex(caseType->findData(u"boendeparkering"_s));
        const int parking = proxy->rowCount();
        QVERIFY(parking > 0 && parking < Cases);
        for (int row = 0; row < parking; ++row)
            QVERIFY(proxy->caseIdAt(row).startsWith(u"BP-"_s));
        caseType->setCurrentIndex(0);

        auto *search = window->findChild<QLineEdit *>(u"searchEdit"_s);
        QVERIFY(search);
        const QString oneCase = proxy->caseIdAt(7);
        QTest::keyClicks(search, oneCase);
        QTRY_COMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->caseIdAt(0), oneCase);
        search->clear();
        QTRY_COMPARE(proxy->rowCount(), Cases);
    }

    void enterOpensTheCase()
    {
        auto workbench = startUnlocked();
        MainWindow *window = workbench->mainWindow();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        InboxView *view = window->inboxView();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down);
        const QString current = window->inboxProxy()->caseIdAt(view->currentIndex().row());
        QVERIFY(!current.isEmpty());
        QCOMPARE(view->currentIndex().row(), 2);
        QSignalSpy opened(window, &MainWindow::openCase);
        QTest::keyClick(view, Qt::Key_Return);
        CaseDetailsPanel *details = window->caseDetails();
        QTRY_VERIFY(details->isVisible());
        QVERIFY(details->findChild<QLabel *>(u"caseDetailsTitle"_s)->text().contains(current));
    }

    void importThroughTheWindow()
    {
        QTemporaryDir files;
        QVERIFY(DemoCaseGenerator(99, 900000).writeApplicationFiles(files.path(), 5, QDate::currentDate()));
        auto workbench = startUnlocked();
        MainWindow *window = workbench->mainWindow();
        QSignalSpy finished(window, &MainWindow::importFinished);
        window->importPaths({files.path()});
        QVERIFY(finished.wait(20000));
        // The report dialog is shown; the inbox has the new cases.
        QTRY_COMPARE(window->inboxProxy()->rowCount(), Cases + 5);
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == u"importReportDialog"_s)
                w->close();
        // Put the cache back as the other tests expect it.
        workbench.reset();
        auto cache = CacheDatabase::open(m_cachePath, m_passphrase);
        QVERIFY(cache);
        QSqlQuery q(cache.value()->database());
        QVERIFY(q.exec(u"DELETE FROM cases WHERE case_id LIKE '%-900%'"_s));
    }

    void lockReturnsToTheUnlockDialog()
    {
        auto workbench = startUnlocked();
        QVERIFY(workbench->mainWindow());
        QSignalSpy locked(workbench.get(), &Workbench::locked);
        workbench->mainWindow()->findChild<QAction *>(u"lockAction"_s)->trigger();
        QVERIFY(locked.wait(5000));
        QVERIFY(!workbench->mainWindow());
        QVERIFY(!workbench->cache());
        QTRY_VERIFY(workbench->unlockDialog() && workbench->unlockDialog()->isVisible());
    }

    void idleTimeLocks()
    {
        auto workbench = startUnlocked(300);
        QVERIFY(workbench->mainWindow());
        QSignalSpy locked(workbench.get(), &Workbench::locked);
        QVERIFY(locked.wait(5000));
        QVERIFY(!workbench->cache());
    }

    void languageSwitchRetranslates()
    {
        auto workbench = startUnlocked();
        MainWindow *window = workbench->mainWindow();
        auto *fileMenu = window->findChild<QMenu *>(u"fileMenu"_s);
        QVERIFY(fileMenu);
        const QString english = fileMenu->title();
        window->findChild<QAction *>(u"languageAction_sv"_s)->trigger();
        QTRY_COMPARE(workbench->languageSwitcher().language(), u"sv"_s);
        // LanguageChange events are posted: the menus follow once they are delivered.
        QTRY_COMPARE(fileMenu->title().remove(u'&'), u"Arkiv"_s);
        QVERIFY(fileMenu->title() != english);
        window->findChild<QAction *>(u"languageAction_en"_s)->trigger();
        QTRY_COMPARE(fileMenu->title(), english);
    }
};

QTEST_MAIN(TestGuiWorkbench)
#include "tst_gui_workbench.moc"
