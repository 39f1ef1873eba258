#pragma once
// ChartsView: the team lead's charts — throughput and open queue, automation share,
// override and error rates, lead time against the deadline, the most overridden rules and
// the cases past their deadline, with a strip of key figures on top. Period (day, week,
// month), date range and filters (case type, rule pack version, caseworker) choose what is
// counted; the figures come from ChartQueries (model/), one query per chart.
//
// Wiring for the main window: call refresh() (or decisionsChanged()) after a decision is
// taken, returned or reopened; connect caseRequested(caseId) to open that case.

#include "model/ChartQueries.h"

#include <QDate>
#include <QSqlDatabase>
#include <QWidget>
#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QChart;
class QModelIndex;

namespace casebench {

class ChartPanel;
class ChartRuleModel;
class SqlDialect;

class ChartsView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart { Throughput, AutomationShare, ErrorRates, LeadTime, Rules, PastDeadline };

    ChartsView(QSqlDatabase db, const SqlDialect &dialect, QWidget *parent = nullptr);
    ~ChartsView() override;

    // The figures shown now (after the last refresh).
    const ChartData &data() const { return m_data; }
    ChartFilter filter() const;
    void setFilter(const ChartFilter &filter); // updates the controls and refreshes
    void setToday(QDate today);                // for open cases past their deadline (tests)

    ChartPanel *panel(Chart chart) const;
    bool exportPng(Chart chart, const QString &path) const;
    bool exportCsv(Chart chart, const QString &path) const;
    // The cases of a row of the per-rule list (overridden ones), as the double-click shows.
    QStringList casesForRule(int row) const;

public Q_SLOTS:
    void refresh();
    // Hook for the desk: a decision was taken, returned or reopened somewhere.
    void decisionsChanged() { refresh(); }

Q_SIGNALS:
    void caseRequested(const QString &caseId);
    void refreshed();

private:
    void buildControls();
    void loadChoices();
    void showRuleCases(const QModelIndex &index);
    void showPastDeadlineCases();
    void pickCase(const QString &title, const QStringList &caseIds);
    void updateSummary();
    void updateThroughput();
    void updateAutomationShare();
    void updateErrorRates();
    void updateLeadTime();
    QStringList categories() const;

    ChartQueries m_queries;
    ChartData m_data;
    bool m_building = true;

    QComboBox *m_period = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_caseType = nullptr;
    QComboBox *m_pack = nullptr;
    QComboBox *m_caseworker = nullptr;
    QLabel *m_summary[5] = {};
    QLabel *m_status = nullptr;
    QLabel *m_pastDeadlineCount = nullptr;

    QChart *m_throughputChart = nullptr;
    QChart *m_shareChart = nullptr;
    QChart *m_errorChart = nullptr;
    QChart *m_leadChart = nullptr;
    ChartRuleModel *m_ruleModel = nullptr;
    QTableView *m_ruleTable = nullptr;
    QList<ChartPanel *> m_panels; // in Chart order
};

} // namespace casebench
