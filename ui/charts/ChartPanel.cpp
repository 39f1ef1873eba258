#include "ui/charts/ChartPanel.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

namespace casebench {

ChartPanel::ChartPanel(const QString &title, QWidget *content, QWidget *parent)
    : QWidget(parent), m_title(new QLabel(title, this)), m_content(content)
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *png = new QToolButton(this);
    png->setText(tr("PNG"));
    png->setToolTip(tr("Save this chart as a PNG image"));
    png->setObjectName(QStringLiteral("exportPng"));
    auto *csv = new QToolButton(this);
    csv->setText(tr("CSV"));
    csv->setToolTip(tr("Save the numbers behind this chart as CSV"));
    csv->setObjectName(QStringLiteral("exportCsv"));
    connect(png, &QToolButton::clicked, this, &ChartPanel::askAndExportPng);
    connect(csv, &QToolButton::clicked, this, &ChartPanel::askAndExportCsv);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(png);
    header->addWidget(csv);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(header);
    content->setParent(this);
    layout->addWidget(content, 1);
}

QString ChartPanel::title() const
{
    return m_title->text();
}

bool ChartPanel::exportPng(const QString &path) const
{
    return m_content->grab().save(path, "PNG");
}

bool ChartPanel::exportCsv(const QString &path) const
{
    if (!m_csv)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    const QByteArray bytes = m_csv();
    return file.write(bytes) == bytes.size() && file.flush();
}

void ChartPanel::askAndExportPng()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart as PNG"), QDir::home().filePath(m_stem + QStringLiteral(".png")),
        tr("PNG images (*.png)"));
    if (!path.isEmpty() && !exportPng(path))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(path));
}

void ChartPanel::askAndExportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save chart data as CSV"), QDir::home().filePath(m_stem + QStringLiteral(".csv")),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty() && !exportCsv(path))
        QMessageBox::warning(this, tr("Export failed"), tr("Could not write %1.").arg(path));
}

} // namespace casebench
