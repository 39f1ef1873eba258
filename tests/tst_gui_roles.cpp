// MainWindow by role: a caseworker has the inbox and case view only; a team lead also the
// charts (View ▸ Charts, Ctrl+2), which refresh when a decision is made in the case view;
// an administrator also the administration view (Ctrl+3).

#include "automation/rulepack/RulePackRegistry.h"
#include "model/CacheDatabase.h"
#include "model/UserRepository.h"
#include "ui/CaseView.h"
#include "ui/ChartsView.h"
#include "ui/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "ui/admin/AdministrationView.h"

#include <QAction>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;

class TestGuiRoles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    LanguageSwitcher m_language;
    RulePackRegistry m_packs;

    User user(const QString &login, UserRole role)
    {
        UserRepository users(m_cache->database());
        if (auto found = users.find(login))
            return *found;
        auto added = users.add(login, login, role);
        return added ? added.value() : User{};
    }

    // The widget the window's page stack shows.
    static QWidget *currentPage(MainWindow &window)
    {
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("mainPages"));
        return pages ? pages->currentWidget() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto cache = CacheDatabase::open(m_dir.filePath(QStringLiteral("roles.cache")), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        m_cache = std::move(cache.value());
    }

    void caseworkerSeesNeitherChartsNorAdministration()
    {
        MainWindow window(*m_cache, m_language, user(QStringLiteral("hand9"), UserRole::Caseworker),
                          m_packs);
        QVERIFY(!window.findChild<ChartsView *>());
        QVERIFY(!window.findChild<AdministrationView *>());
        QVERIFY(!window.chartsAction()->isEnabled() || !window.chartsAction()->isVisible());
        QVERIFY(!window.administrationAction()->isEnabled() ||
                !window.administrationAction()->isVisible());
    }

    void teamLeadsChartsFollowTheDecisions()
    {
        MainWindow window(*m_cache, m_language, user(QStringLiteral("chef9"), UserRole::TeamLead),
                          m_packs);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *charts = window.findChild<ChartsView *>();
        QVERIFY(charts);
        QVERIFY(!window.findChild<AdministrationView *>());
        QVERIFY(window.chartsAction()->isEnabled() && window.chartsAction()->isVisible());
        QVERIFY(!window.administrationAction()->isEnabled() ||
                !window.administrationAction()->isVisible());

        // Ctrl+2 shows the charts.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(currentPage(window), charts);

        // A decision made in the case view refreshes them.
        QSignalSpy refreshed(charts, &ChartsView::refreshed);
        Q_EMIT window.caseView()->caseChanged(QStringLiteral("EB-1"), QStringLiteral("decided"));
        QVERIFY(refreshed.count() >= 1 || refreshed.wait(2000));
    }

    void administratorAlsoAdministers()
    {
        MainWindow window(*m_cache, m_language,
                          user(QStringLiteral("admin9"), UserRole::Administrator), m_packs);
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *administration = window.findChild<AdministrationView *>();
        QVERIFY(administration);
        QVERIFY(window.findChild<ChartsView *>());
        QVERIFY(window.administrationAction()->isEnabled());
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(currentPage(window), administration);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(currentPage(window) != administration);
    }
};

QTEST_MAIN(TestGuiRoles)
#include "tst_gui_roles.moc"
