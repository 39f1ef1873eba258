#pragma once
// ChartPanel: one tile of the charts view — a title, the chart (or any widget, such as the
// per-rule table) and buttons exporting it as PNG (the widget as drawn) and its data as
// CSV (from the model's numbers, handed in by the view).

#include <QByteArray>
#include <QString>
#include <QWidget>
#include <functional>

class QLabel;
class QChart;
class QChartView;

namespace casebench {

class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    // content is shown under the title; a QChartView when the tile is a chart.
    ChartPanel(const QString &title, QWidget *content, QWidget *parent = nullptr);

    void setCsvSource(std::function<QByteArray()> csv) { m_csv = std::move(csv); }
    QWidget *content() const { return m_content; }
    QString title() const;

    // Write the tile's picture / data; false with a message box-free failure (tests).
    bool exportPng(const QString &path) const;
    bool exportCsv(const QString &path) const;
    // A file name suggestion such as "throughput.png".
    void setFileStem(const QString &stem) { m_stem = stem; }

private:
    void askAndExportPng();
    void askAndExportCsv();

    QLabel *m_title;
    QWidget *m_content;
    std::function<QByteArray()> m_csv;
    QString m_stem = QStringLiteral("chart");
};

} // namespace casebench
