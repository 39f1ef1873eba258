#include "ui/ChartsView.h"

#include "model/ChartCsv.h"
#include "model/ChartRuleModel.h"
#include "ui/charts/ChartPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

namespace casebench {

namespace {

QString percentText(std::optional<double> fraction)
{
    return fraction ? QLocale().toString(100.0 * *fraction, 'f', 1) + QStringLiteral(" %")
                    : QStringLiteral("–");
}

QString daysText(std::optional<double> days)
{
    return days ? ChartsView::tr("%1 days").arg(QLocale().toString(*days, 'f', 1))
                : QStringLiteral("–");
}

QChartView *newChartView()
{
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    auto *view = new QChartView(chart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(300, 200);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A category axis of period labels; tilted and smaller when there are many.
QBarCategoryAxis *periodAxis(QChart *chart, const QStringList &categories)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    // Horizontal labels only fit a handful of periods in a tile.
    if (categories.size() > 6) {
        axis->setLabelsAngle(-90);
        QFont font = axis->labelsFont();
        font.setPointSizeF(std::max(5.0, font.pointSizeF() - (categories.size() > 40 ? 3 : 1)));
        axis->setLabelsFont(font);
    }
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis *valueAxis(QChart *chart, Qt::Alignment side, double max, const QString &title,
                      const QString &format = QStringLiteral("%d"))
{
    auto *axis = new QValueAxis;
    axis->setRange(0, max > 0 ? max : 1);
    axis->setLabelFormat(format);
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setTitleFont(font);
    axis->applyNiceNumbers();
    chart->addAxis(axis, side);
    return axis;
}

// Hovering a bar shows the period, the series and its value.
void tooltipOnHover(QBarSet *set, const QStringList &categories)
{
    QObject::connect(set, &QBarSet::hovered, set, [set, categories](bool status, int index) {
        if (!status) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), QStringLiteral("%1\n%2: %3")
                                               .arg(categories.value(index), set->label(),
                                                    QLocale().toString(set->at(index))));
    });
}

// Hovering a line shows the value of the nearest period.
void tooltipOnHover(QLineSeries *series, const QStringList &categories, const QStringList &values)
{
    QObject::connect(series, &QLineSeries::hovered, series,
                     [series, categories, values](const QPointF &point, bool state) {
                         if (!state) {
                             QToolTip::hideText();
                             return;
                         }
                         const int index = int(std::lround(point.x()));
                         QToolTip::showText(QCursor::pos(),
                                            QStringLiteral("%1\n%2: %3")
                                                .arg(categories.value(index), series->name(),
                                                     values.value(index)));
                     });
}

QLineSeries *lineSeries(const QString &name, const QList<std::optional<double>> &values,
                        const QColor &color)
{
    auto *series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2);
    series->setPen(pen);
    series->setPointsVisible(values.size() < 60);
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values.at(i))
            series->append(double(i), *values.at(i));
    }
    return series;
}

} // namespace

ChartsView::ChartsView(QSqlDatabase db, const SqlDialect &dialect, QWidget *parent)
    : QWidget(parent), m_queries(db, dialect)
{
    setObjectName(QStringLiteral("chartsView"));
    buildControls();
    loadChoices();
    m_building = false;
    refresh();
}

ChartsView::~ChartsView() = default;

void ChartsView::buildControls()
{
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("chartsPeriod"));
    m_period->addItem(tr("Day"), int(ChartPeriod::Day));
    m_period->addItem(tr("Week"), int(ChartPeriod::Week));
    m_period->addItem(tr("Month"), int(ChartPeriod::Month));
    m_period->setCurrentIndex(2);
    const QDate today = QDate::currentDate();
    m_from = new QDateEdit(today.addYears(-1).addDays(1), this);
    m_from->setObjectName(QStringLiteral("chartsFrom"));
    m_to = new QDateEdit(today, this);
    m_to->setObjectName(QStringLiteral("chartsTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_caseType = new QComboBox(this);
    m_caseType->setObjectName(QStringLiteral("chartsCaseType"));
    m_pack = new QComboBox(this);
    m_pack->setObjectName(QStringLiteral("chartsPack"));
    m_caseworker = new QComboBox(this);
    m_caseworker->setObjectName(QStringLiteral("chartsCaseworker"));
    auto *refreshButton = new QPushButton(tr("Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("chartsRefresh"));

    auto *bar = new QHBoxLayout;
    auto label = [this, bar](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        bar->addWidget(l);
        bar->addWidget(buddy);
    };
    label(tr("&Period:"), m_period);
    label(tr("&From:"), m_from);
    label(tr("&To:"), m_to);
    label(tr("Case &type:"), m_caseType);
    label(tr("Rule &pack:"), m_pack);
    label(tr("Case&worker:"), m_caseworker);
    bar->addStretch(1);
    bar->addWidget(refreshButton);

    // Key figures.
    auto *strip = new QHBoxLayout;
    const QStringList captions{tr("Cases decided"), tr("Handled without change"),
                               tr("Median lead time"), tr("Override rate"), tr("Past deadline")};
    for (int i = 0; i < 5; ++i) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        box->setContentsMargins(8, 4, 8, 4);
        box->setSpacing(0);
        auto *caption = new QLabel(captions.at(i), frame);
        m_summary[i] = new QLabel(frame);
        m_summary[i]->setObjectName(QStringLiteral("chartsSummary%1").arg(i));
        QFont big = m_summary[i]->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        m_summary[i]->setFont(big);
        box->addWidget(caption);
        box->addWidget(m_summary[i]);
        strip->addWidget(frame, 1);
    }

    // The tiles.
    auto *throughputView = newChartView();
    m_throughputChart = throughputView->chart();
    auto *shareView = newChartView();
    m_shareChart = shareView->chart();
    auto *errorView = newChartView();
    m_errorChart = errorView->chart();
    auto *leadView = newChartView();
    m_leadChart = leadView->chart();

    m_ruleModel = new ChartRuleModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_ruleModel);
    proxy->setSortRole(ChartRuleModel::SortRole);
    m_ruleTable = new QTableView;
    m_ruleTable->setObjectName(QStringLiteral("chartsRules"));
    m_ruleTable->setModel(proxy);
    m_ruleTable->setSortingEnabled(true);
    m_ruleTable->sortByColumn(ChartRuleModel::OverriddenColumn, Qt::DescendingOrder);
    m_ruleTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ruleTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ruleTable->verticalHeader()->hide();
    m_ruleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ruleTable->horizontalHeader()->setSectionResizeMode(ChartRuleModel::DecisionColumn,
                                                          QHeaderView::Stretch);
    m_ruleTable->verticalHeader()->setDefaultSectionSize(m_ruleTable->fontMetrics().height() + 6);
    m_ruleTable->setToolTip(tr("Double-click a rule to list the cases where it was overridden"));
    connect(m_ruleTable, &QTableView::doubleClicked, this,
            [this, proxy](const QModelIndex &index) { showRuleCases(proxy->mapToSource(index)); });

    auto *pastDeadline = new QWidget;
    auto *pastLayout = new QVBoxLayout(pastDeadline);
    m_pastDeadlineCount = new QLabel(pastDeadline);
    m_pastDeadlineCount->setObjectName(QStringLiteral("chartsPastDeadlineCount"));
    m_pastDeadlineCount->setWordWrap(true);
    m_pastDeadlineCount->setAlignment(Qt::AlignCenter);
    auto *listButton = new QPushButton(tr("List cases past deadline…"), pastDeadline);
    listButton->setObjectName(QStringLiteral("chartsPastDeadlineList"));
    connect(listButton, &QPushButton::clicked, this, &ChartsView::showPastDeadlineCases);
    pastLayout->addStretch(1);
    pastLayout->addWidget(m_pastDeadlineCount);
    pastLayout->addWidget(listButton, 0, Qt::AlignCenter);
    pastLayout->addStretch(1);

    struct Tile
    {
        QString title;
        QWidget *content;
        QString stem;
        std::function<QByteArray()> csv;
    };
    const QList<Tile> tiles{
        {tr("Throughput: received, decided, open queue"), throughputView,
         QStringLiteral("throughput"),
         [this] {
             return throughputCsv(m_data.throughput, m_data.filter.period);
         }},
        {tr("Automation share"), shareView, QStringLiteral("automation-share"),
         [this] {
             return automationShareCsv(m_data.automationShare, m_data.filter.period);
         }},
        {tr("Override rate, spot-check failures, automation errors"), errorView,
         QStringLiteral("error-rates"),
         [this] {
             return errorRatesCsv(m_data.errorRates, m_data.filter.period);
         }},
        {tr("Lead time from receipt to decision"), leadView, QStringLiteral("lead-time"),
         [this] {
             return leadTimesCsv(m_data.leadTimes, m_data.filter.period);
         }},
        {tr("Most overridden rules"), m_ruleTable, QStringLiteral("overridden-rules"),
         [this] {
             return ruleOverridesCsv(m_data.ruleOverrides);
         }},
        {tr("Cases past deadline"), pastDeadline, QStringLiteral("past-deadline"),
         [this] {
             auto cases = m_queries.casesPastDeadline(m_data.filter, 100000);
             return cases ? pastDeadlineCsv(cases.value()) : QByteArray();
         }},
    };
    auto *grid = new QGridLayout;
    grid->setSpacing(4);
    for (qsizetype i = 0; i < tiles.size(); ++i) {
        auto *panel = new ChartPanel(tiles.at(i).title, tiles.at(i).content, this);
        panel->setObjectName(tiles.at(i).stem + QStringLiteral("Panel"));
        panel->setFileStem(tiles.at(i).stem);
        panel->setCsvSource(tiles.at(i).csv);
        m_panels.append(panel);
        grid->addWidget(panel, int(i / 3), int(i % 3));
    }
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("chartsStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addLayout(strip);
    layout->addLayout(grid, 1);
    layout->addWidget(m_status);

    auto changed = [this] {
        if (!m_building)
            refresh();
    };
    connect(m_period, &QComboBox::currentIndexChanged, this, changed);
    connect(m_from, &QDateEdit::dateChanged, this, changed);
    connect(m_to, &QDateEdit::dateChanged, this, changed);
    connect(m_caseType, &QComboBox::currentIndexChanged, this, changed);
    connect(m_pack, &QComboBox::currentIndexChanged, this, changed);
    connect(m_caseworker, &QComboBox::currentIndexChanged, this, changed);
    connect(refreshButton, &QPushButton::clicked, this, [this] {
        loadChoices();
        refresh();
    });
}

// Keeps the current selection of each box when the choices are reloaded.
void ChartsView::loadChoices()
{
    const bool wasBuilding = m_building;
    m_building = true;
    auto fill = [](QComboBox *box, const QString &all, const QList<ChartChoice> &choices) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const ChartChoice &c : choices)
            box->addItem(c.label, c.code);
        box->setCurrentIndex(std::max(0, box->findData(current)));
    };
    fill(m_caseType, tr("All case types"), m_queries.caseTypeChoices());
    fill(m_pack, tr("All rule packs"), m_queries.packChoices());
    fill(m_caseworker, tr("All caseworkers"), m_queries.caseworkerChoices());
    m_building = wasBuilding;
}

ChartFilter ChartsView::filter() const
{
    ChartFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.period = ChartPeriod(m_period->currentData().toInt());
    f.caseType = m_caseType->currentData().toString();
    const QString pack = m_pack->currentData().toString();
    if (!pack.isEmpty()) {
        f.packId = pack.section(u' ', 0, 0);
        f.packVersion = pack.section(u' ', 1);
    }
    const QString worker = m_caseworker->currentData().toString();
    if (!worker.isEmpty())
        f.decidedBy = worker.toLongLong();
    return f;
}

void ChartsView::setFilter(const ChartFilter &f)
{
    m_building = true;
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(f.period))));
    m_from->setDate(f.from);
    m_to->setDate(f.to);
    m_caseType->setCurrentIndex(std::max(0, m_caseType->findData(f.caseType)));
    m_pack->setCurrentIndex(
        f.packId.isEmpty() ? 0 : std::max(0, m_pack->findData(f.packId + u' ' + f.packVersion)));
    m_caseworker->setCurrentIndex(
        f.decidedBy ? std::max(0, m_caseworker->findData(QString::number(*f.decidedBy))) : 0);
    m_building = false;
    refresh();
}

void ChartsView::setToday(QDate today)
{
    m_queries.setToday(today);
    refresh();
}

ChartPanel *ChartsView::panel(Chart chart) const
{
    return m_panels.value(int(chart));
}

bool ChartsView::exportPng(Chart chart, const QString &path) const
{
    ChartPanel *p = panel(chart);
    return p && p->exportPng(path);
}

bool ChartsView::exportCsv(Chart chart, const QString &path) const
{
    ChartPanel *p = panel(chart);
    return p && p->exportCsv(path);
}

void ChartsView::refresh()
{
    if (m_building)
        return;
    QElapsedTimer timer;
    timer.start();
    auto result = m_queries.all(filter());
    const qint64 queryMs = timer.elapsed();
    if (!result) {
        m_status->setText(result.error().message);
        return;
    }
    m_data = std::move(result).value();
    updateSummary();
    updateThroughput();
    updateAutomationShare();
    updateErrorRates();
    updateLeadTime();
    m_ruleModel->setRows(m_data.ruleOverrides);
    m_status->setText(tr("%n period(s); figures computed in %1 ms, drawn in %2 ms", nullptr,
                         int(m_data.throughput.size()))
                          .arg(queryMs)
                          .arg(timer.elapsed() - queryMs));
    Q_EMIT refreshed();
}

QStringList ChartsView::categories() const
{
    QStringList labels;
    for (const ThroughputPoint &p : m_data.throughput)
        labels.append(periodLabel(p.period, m_data.filter.period));
    return labels;
}

void ChartsView::updateSummary()
{
    const ChartSummary &s = m_data.summary;
    m_summary[0]->setText(QLocale().toString(s.decided));
    m_summary[1]->setText(percentText(s.shareWithoutChange));
    m_summary[2]->setText(daysText(s.medianLeadDays));
    m_summary[3]->setText(percentText(s.overrideRate));
    m_summary[4]->setText(QLocale().toString(s.pastDeadline));
    m_pastDeadlineCount->setText(
        tr("<p style='font-size:x-large'><b>%1</b></p>decided after their deadline in the range<br>"
           "<p style='font-size:x-large'><b>%2</b></p>open and past their deadline today")
            .arg(QLocale().toString(m_data.leadTimes.decidedPastDeadline),
                 QLocale().toString(m_data.leadTimes.openPastDeadline)));
}

void ChartsView::updateThroughput()
{
    QChart *chart = m_throughputChart;
    clearChart(chart);
    const QStringList cats = categories();
    auto *received = new QBarSet(tr("Received"));
    auto *decided = new QBarSet(tr("Decided"));
    QList<std::optional<double>> open;
    QStringList openText;
    double max = 0;
    for (const ThroughputPoint &p : m_data.throughput) {
        received->append(double(p.received));
        decided->append(double(p.decided));
        open.append(double(p.openAtEnd));
        openText.append(QLocale().toString(p.openAtEnd));
        max = std::max({max, double(p.received), double(p.decided), double(p.openAtEnd)});
    }
    tooltipOnHover(received, cats);
    tooltipOnHover(decided, cats);
    auto *bars = new QBarSeries;
    bars->append(received);
    bars->append(decided);
    auto *queue = lineSeries(tr("Open queue"), open, QColor(0xc0, 0x39, 0x2b));
    tooltipOnHover(queue, cats, openText);
    chart->addSeries(bars);
    chart->addSeries(queue);
    QAbstractAxis *x = periodAxis(chart, cats);
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, max, tr("Cases"));
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

void ChartsView::updateAutomationShare()
{
    QChart *chart = m_shareChart;
    clearChart(chart);
    const QStringList cats = categories();
    auto *confirmed = new QBarSet(tr("Confirmed unchanged"));
    auto *overridden = new QBarSet(tr("Overridden"));
    auto *returned = new QBarSet(tr("Returned"));
    auto *manual = new QBarSet(tr("Manual handling"));
    confirmed->setColor(QColor(0x27, 0xae, 0x60));
    overridden->setColor(QColor(0xe6, 0x7e, 0x22));
    returned->setColor(QColor(0x29, 0x80, 0xb9));
    manual->setColor(QColor(0x7f, 0x8c, 0x8d));
    double max = 0;
    for (const AutomationSharePoint &p : m_data.automationShare) {
        confirmed->append(double(p.confirmed));
        overridden->append(double(p.overridden));
        returned->append(double(p.returned));
        manual->append(double(p.manual));
        max = std::max(max, double(p.total()));
    }
    auto *stack = new QStackedBarSeries;
    for (QBarSet *set : {confirmed, overridden, returned, manual}) {
        tooltipOnHover(set, cats);
        stack->append(set);
    }
    chart->addSeries(stack);
    QAbstractAxis *x = periodAxis(chart, cats);
    QValueAxis *y = valueAxis(chart, Qt::AlignLeft, max, tr("Decisions"));
    stack->attachAxis(x);
    stack->attachAxis(y);
}

void ChartsView::updateErrorRates()
{
    QChart *chart = m_errorChart;
    clearChart(chart);
    const QStringList cats = categories();
    auto *failures = new QBarSet(tr("Spot-check failures"));
    auto *errors = new QBarSet(tr("Automation errors"));
    failures->setColor(QColor(0x8e, 0x44, 0xad));
    errors->setColor(QColor(0x95, 0xa5, 0xa6));
    QList<std::optional<double>> rate;
    QStringList rateText;
    double max = 0, maxRate = 0;
    for (const ErrorRatePoint &p : m_data.errorRates) {
        failures->append(double(p.spotCheckFailures));
        errors->append(double(p.automationErrors));
        max = std::max({max, double(p.spotCheckFailures), double(p.automationErrors)});
        const auto r = p.overrideRate();
        rate.append(r ? std::optional<double>(100.0 * *r) : std::nullopt);
        rateText.append(r ? tr("%1 (%2 of %3)")
                                .arg(percentText(r), QLocale().toString(p.overridden),
                                     QLocale().toString(p.confirmed + p.overridden))
                          : tr("no decided proposals"));
        maxRate = std::max(maxRate, r ? 100.0 * *r : 0.0);
    }
    tooltipOnHover(failures, cats);
    tooltipOnHover(errors, cats);
    auto *bars = new QBarSeries;
    bars->append(failures);
    bars->append(errors);
    auto *line = lineSeries(tr("Override rate (%)"), rate, QColor(0xe6, 0x7e, 0x22));
    tooltipOnHover(line, cats, rateText);
    chart->addSeries(bars);
    chart->addSeries(line);
    QAbstractAxis *x = periodAxis(chart, cats);
    QValueAxis *count = valueAxis(chart, Qt::AlignLeft, max, tr("Cases"));
    QValueAxis *percent = valueAxis(chart, Qt::AlignRight, std::min(100.0, maxRate * 1.2 + 1),
                                    tr("%"), QStringLiteral("%.0f"));
    bars->attachAxis(x);
    bars->attachAxis(count);
    line->attachAxis(x);
    line->attachAxis(percent);
}

void ChartsView::updateLeadTime()
{
    QChart *chart = m_leadChart;
    clearChart(chart);
    const QStringList cats = categories();
    auto *late = new QBarSet(tr("Decided past deadline"));
    late->setColor(QColor(0xc0, 0x39, 0x2b, 0xa0));
    QList<std::optional<double>> median, p90;
    QStringList medianText, p90Text;
    double maxDays = 0, maxLate = 0;
    for (const LeadTimePoint &p : m_data.leadTimes.points) {
        late->append(double(p.pastDeadline));
        maxLate = std::max(maxLate, double(p.pastDeadline));
        median.append(p.medianDays);
        p90.append(p.p90Days);
        medianText.append(daysText(p.medianDays));
        p90Text.append(daysText(p.p90Days));
        maxDays = std::max({maxDays, p.medianDays.value_or(0), p.p90Days.value_or(0)});
    }
    tooltipOnHover(late, cats);
    auto *bars = new QBarSeries;
    bars->append(late);
    auto *medianLine = lineSeries(tr("Median"), median, QColor(0x29, 0x80, 0xb9));
    auto *p90Line = lineSeries(tr("90th percentile"), p90, QColor(0x16, 0x3d, 0x5c));
    tooltipOnHover(medianLine, cats, medianText);
    tooltipOnHover(p90Line, cats, p90Text);
    chart->addSeries(bars);
    chart->addSeries(medianLine);
    chart->addSeries(p90Line);
    // The case type's deadline as a dashed line, when one case type is chosen.
    QLineSeries *deadline = nullptr;
    if (const auto limit = m_queries.deadlineDays(m_data.filter.caseType);
        limit && !cats.isEmpty()) {
        deadline = new QLineSeries;
        deadline->setName(tr("Deadline (%n day(s))", nullptr, *limit));
        QPen pen(QColor(0xc0, 0x39, 0x2b));
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(1.5);
        deadline->setPen(pen);
        deadline->append(-0.5, *limit);
        deadline->append(double(cats.size()) - 0.5, *limit);
        chart->addSeries(deadline);
        maxDays = std::max(maxDays, double(*limit));
    }
    QAbstractAxis *x = periodAxis(chart, cats);
    QValueAxis *days = valueAxis(chart, Qt::AlignLeft, maxDays, tr("Days"), QStringLiteral("%.0f"));
    QValueAxis *count = valueAxis(chart, Qt::AlignRight, maxLate, tr("Cases"));
    bars->attachAxis(x);
    bars->attachAxis(count);
    for (QLineSeries *s : {medianLine, p90Line, deadline}) {
        if (s) {
            s->attachAxis(x);
            s->attachAxis(days);
        }
    }
}

QStringList ChartsView::casesForRule(int row) const
{
    const RuleOverrideRow rule = m_ruleModel->row(row);
    auto ids = m_queries.casesForRule(rule.decision, rule.ruleId, m_data.filter, true);
    return ids ? ids.value() : QStringList();
}

void ChartsView::showRuleCases(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const RuleOverrideRow rule = m_ruleModel->row(index.row());
    pickCase(tr("Cases where %1 (%2) was overridden").arg(rule.ruleId, rule.decision),
             casesForRule(index.row()));
}

void ChartsView::showPastDeadlineCases()
{
    auto cases = m_queries.casesPastDeadline(m_data.filter);
    if (!cases) {
        m_status->setText(cases.error().message);
        return;
    }
    QStringList ids;
    for (const PastDeadlineCase &c : cases.value())
        ids.append(c.caseId);
    pickCase(tr("Cases past their deadline, most overdue first"), ids);
}

// A list of case ids; choosing one asks the main window to open it.
void ChartsView::pickCase(const QString &title, const QStringList &caseIds)
{
    QDialog dialog(this);
    dialog.setWindowTitle(title);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("chartsCaseList"));
    list->addItems(caseIds);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Close, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("%n case(s)", nullptr, int(caseIds.size())), &dialog));
    layout->addWidget(list);
    layout->addWidget(buttons);
    QString chosen;
    auto open = [&] {
        if (QListWidgetItem *item = list->currentItem()) {
            chosen = item->text();
            dialog.accept();
        }
    };
    connect(list, &QListWidget::itemActivated, &dialog, open);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, open);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted && !chosen.isEmpty())
        Q_EMIT caseRequested(chosen);
}

} // namespace casebench
