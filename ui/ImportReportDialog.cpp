#include "ui/ImportReportDialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace casebench {

ImportReportDialog::ImportReportDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent), m_report(report), m_summary(new QLabel(this)),
      m_problems(new QTreeWidget(this)), m_importValid(new QPushButton(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("importReportDialog"));
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_problems->setObjectName(QStringLiteral("importProblemsList"));
    m_importValid->setObjectName(QStringLiteral("importValidButton"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problems->setRootIsDecorated(false);
    m_problems->setColumnCount(3);
    m_problems->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->header()->setStretchLastSection(true);

    // Only a batch refused for its invalid files can be retried with the valid ones.
    const bool canImportValid =
        !m_report.written && m_report.invalidFiles > 0 && m_report.validFiles > 0;
    m_importValid->setVisible(canImportValid);
    if (canImportValid)
        m_buttons->addButton(m_importValid, QDialogButtonBox::ActionRole);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importValid, &QPushButton::clicked, this, [this] {
        Q_EMIT importValidFilesRequested();
        accept();
    });
    retranslateUi();
    resize(760, 420);
}

QString ImportReportDialog::summaryText() const
{
    return m_summary->text();
}

void ImportReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportReportDialog::retranslateUi()
{
    setWindowTitle(tr("Import report"));
    m_importValid->setText(tr("Import the &valid files"));
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));

    QStringList lines;
    lines << tr("%n file(s) read.", nullptr, m_report.files);
    if (m_report.written)
        lines << tr("%n case(s) imported.", nullptr, m_report.imported);
    else
        lines << tr("Nothing was imported.");
    if (!m_report.duplicates.isEmpty())
        lines << tr("%n case(s) already known, left out.", nullptr, int(m_report.duplicates.size()));
    if (m_report.invalidFiles > 0)
        lines << tr("%n file(s) with problems.", nullptr, m_report.invalidFiles);
    if (!m_report.written && m_report.invalidFiles > 0 && m_report.validFiles > 0)
        lines << tr("A batch with invalid files is not imported; you can import the valid "
                    "files alone.");
    m_summary->setText(lines.join(u' '));

    m_problems->setHeaderLabels({tr("File"), tr("Field"), tr("Problem")});
    m_problems->clear();
    for (const Problem &p : m_report.problems) {
        QString where = QFileInfo(p.file).fileName();
        if (p.line > 0)
            where += u':' + QString::number(p.line);
        auto *item = new QTreeWidgetItem(m_problems, {where, p.field, p.message});
        item->setToolTip(0, p.file);
        item->setToolTip(2, p.message);
    }
    for (const DuplicateCase &d : m_report.duplicates) {
        const QString message =
            d.firstFile.isEmpty()
                ? tr("case %1 is already in the cache").arg(d.caseId)
                : tr("case %1 is also in %2").arg(d.caseId, QFileInfo(d.firstFile).fileName());
        auto *item = new QTreeWidgetItem(m_problems, {QFileInfo(d.file).fileName(), QString(), message});
        item->setToolTip(0, d.file);
    }
    m_problems->setVisible(m_problems->topLevelItemCount() > 0);
}

} // namespace casebench
