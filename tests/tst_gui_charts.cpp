// ChartsView (offscreen): built on a small cache with a demo history, it shows every
// period of the range, switches period and filters, and exports each chart as a PNG
// image and its numbers as CSV (one line per period, or per rule) into a folder.

#include "model/CacheDatabase.h"
#include "model/DemoHistoryGenerator.h"
#include "ui/ChartsView.h"
#include "ui/charts/ChartPanel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;

class TestGuiCharts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    static QList<QByteArray> csvLines(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = file.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto cache = CacheDatabase::open(m_dir.filePath(QStringLiteral("gui.cache")), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        m_cache = std::move(cache.value());
        DemoHistoryGenerator history(3);
        auto made = history.fill(m_cache->database(), 90, QDate::currentDate(), 12);
        QVERIFY2(made.ok(), made.ok() ? "" : qPrintable(made.error().message));
        QVERIFY(made->decided > 100);
    }

    void showsThePeriodsAndExportsEveryChart()
    {
        ChartsView view(m_cache->database(), m_cache->dialect());
        view.resize(1366, 720);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Default: the last 12 months by month.
        QCOMPARE(view.filter().period, ChartPeriod::Month);
        QVERIFY(view.data().throughput.size() >= 12);
        QVERIFY(view.data().summary.decided > 100);
        auto *decided = view.findChild<QLabel *>(QStringLiteral("chartsSummary0"));
        QVERIFY(decided);
        QCOMPARE(decided->text(), QLocale().toString(view.data().summary.decided));

        // Switch to days over the last 30 days: 30 points, zeros where nothing happened.
        QSignalSpy refreshed(&view, &ChartsView::refreshed);
        auto *period = view.findChild<QComboBox *>(QStringLiteral("chartsPeriod"));
        auto *from = view.findChild<QDateEdit *>(QStringLiteral("chartsFrom"));
        QVERIFY(period && from);
        from->setDate(QDate::currentDate().addDays(-29));
        period->setCurrentIndex(period->findData(int(ChartPeriod::Day)));
        QVERIFY(refreshed.count() >= 2);
        QCOMPARE(view.filter().period, ChartPeriod::Day);
        QCOMPARE(view.data().throughput.size(), 30);
        QCOMPARE(view.data().automationShare.size(), 30);
        QCOMPARE(view.data().leadTimes.points.size(), 30);

        const QList<std::pair<ChartsView::Chart, int>> charts{
            {ChartsView::Chart::Throughput, 30},
            {ChartsView::Chart::AutomationShare, 30},
            {ChartsView::Chart::ErrorRates, 30},
            {ChartsView::Chart::LeadTime, 30},
            {ChartsView::Chart::Rules, int(view.data().ruleOverrides.size())},
            {ChartsView::Chart::PastDeadline, -1}};
        QTemporaryDir out;
        for (const auto &[chart, rows] : charts) {
            const QString stem = out.filePath(QStringLiteral("chart%1").arg(int(chart)));
            QVERIFY(view.exportPng(chart, stem + QStringLiteral(".png")));
            const QImage image(stem + QStringLiteral(".png"));
            QVERIFY(!image.isNull());
            QVERIFY(image.width() > 200 && image.height() > 100);
            QVERIFY(view.exportCsv(chart, stem + QStringLiteral(".csv")));
            const QList<QByteArray> lines = csvLines(stem + QStringLiteral(".csv"));
            QVERIFY(!lines.isEmpty());
            if (rows >= 0)
                QCOMPARE(lines.size(), rows + 1); // header + data
        }
        // The throughput CSV carries the model's numbers.
        const QList<QByteArray> throughput = csvLines(
            out.filePath(QStringLiteral("chart%1.csv").arg(int(ChartsView::Chart::Throughput))));
        const ThroughputPoint last = view.data().throughput.last();
        QCOMPARE(throughput.last().trimmed(), QStringLiteral("%1,%1,%2,%3,%4")
                                                  .arg(last.period.toString(Qt::ISODate))
                                                  .arg(last.received)
                                                  .arg(last.decided)
                                                  .arg(last.openAtEnd)
                                                  .toUtf8());
    }

    // Not a check: scripts/screenshot-charts.sh runs this under xvfb-run with
    // CASEBENCH_CHARTS_SCREENSHOT=OUT.png and CASEBENCH_CHARTS_CACHE / _PASSPHRASE naming a
    // demo cache, to make docs/screenshots/charts.png (1366×768).
    void screenshot()
    {
        const QString outPath = qEnvironmentVariable("CASEBENCH_CHARTS_SCREENSHOT");
        if (outPath.isEmpty())
            QSKIP("CASEBENCH_CHARTS_SCREENSHOT not set");
        auto cache =
            CacheDatabase::open(qEnvironmentVariable("CASEBENCH_CHARTS_CACHE"),
                                qEnvironmentVariable("CASEBENCH_CHARTS_PASSPHRASE").toUtf8());
        QVERIFY(cache.ok());
        ChartsView view(cache.value()->database(), cache.value()->dialect());
        view.setWindowTitle(QStringLiteral("casebench"));
        view.resize(1366, 768);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTest::qWait(1500);
        QVERIFY(view.grab().save(outPath, "PNG"));
    }

    void filtersNarrowTheFigures()
    {
        ChartsView view(m_cache->database(), m_cache->dialect());
        const qint64 all = view.data().summary.decided;
        auto *type = view.findChild<QComboBox *>(QStringLiteral("chartsCaseType"));
        QVERIFY(type);
        type->setCurrentIndex(type->findData(QStringLiteral("boendeparkering")));
        QCOMPARE(view.filter().caseType, QStringLiteral("boendeparkering"));
        QVERIFY(view.data().summary.decided < all);
        QVERIFY(view.data().summary.decided > 0);

        auto *worker = view.findChild<QComboBox *>(QStringLiteral("chartsCaseworker"));
        QVERIFY(worker && worker->count() >= 3);
        worker->setCurrentIndex(1);
        QVERIFY(view.filter().decidedBy.has_value());

        auto *rules = view.findChild<QTableView *>(QStringLiteral("chartsRules"));
        QVERIFY(rules);
        type->setCurrentIndex(0);
        worker->setCurrentIndex(0);
        QCOMPARE(rules->model()->rowCount(), int(view.data().ruleOverrides.size()));
        QVERIFY(!view.data().ruleOverrides.isEmpty());
        // The most overridden rule lists its overridden cases.
        QCOMPARE(view.casesForRule(0).size(), int(view.data().ruleOverrides.first().overridden));
    }
};

QTEST_MAIN(TestGuiCharts)
#include "tst_gui_charts.moc"
