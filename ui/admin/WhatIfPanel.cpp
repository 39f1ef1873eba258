#include "ui/admin/WhatIfPanel.h"

#include "model/CacheDatabase.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace casebench {

namespace {

QString kronor(std::optional<qint64> amount)
{
    return amount ? QLocale().toString(*amount) : QString();
}

} // namespace

WhatIfPanel::WhatIfPanel(const CacheDatabase &cache, QWidget *parent)
    : QWidget(parent), m_cache(cache), m_packLabel(new QLabel(this)), m_last(new QSpinBox(this)),
      m_useRange(new QCheckBox(tr("Decided in a date &range instead"), this)),
      m_from(new QDateEdit(this)), m_to(new QDateEdit(this)),
      m_run(new QPushButton(tr("Run &what-if"), this)), m_summary(new QLabel(this)),
      m_changes(new QTableWidget(0, 7, this))
{
    m_last->setObjectName(QStringLiteral("whatIfLast"));
    m_run->setObjectName(QStringLiteral("runWhatIf"));
    m_summary->setObjectName(QStringLiteral("whatIfSummary"));
    m_changes->setObjectName(QStringLiteral("whatIfChanges"));
    m_last->setRange(1, 1000000);
    m_last->setValue(1000);
    m_from->setCalendarPopup(true);
    m_to->setCalendarPopup(true);
    m_from->setDate(QDate::currentDate().addMonths(-3));
    m_to->setDate(QDate::currentDate());
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_summary->setWordWrap(true);
    m_changes->setHorizontalHeaderLabels({tr("Case"), tr("Application date"), tr("Old outcome"),
                                          tr("Old amount"), tr("New outcome"), tr("New amount"),
                                          tr("Decided / error")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->verticalHeader()->hide();
    m_run->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Pack:"), m_packLabel);
    form->addRow(tr("&Last decided cases:"), m_last);
    form->addRow(QString(), m_useRange);
    form->addRow(tr("Decided &from:"), m_from);
    form->addRow(tr("Decided &to:"), m_to);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_run, 0, Qt::AlignLeft);
    layout->addWidget(m_summary);
    layout->addWidget(m_changes, 1);

    connect(m_useRange, &QCheckBox::toggled, this, [this](bool range) {
        m_last->setEnabled(!range);
        m_from->setEnabled(range);
        m_to->setEnabled(range);
    });
    connect(m_run, &QPushButton::clicked, this, &WhatIfPanel::run);
}

WhatIfPanel::~WhatIfPanel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void WhatIfPanel::setPack(std::shared_ptr<const RulePack> pack, const QString &description)
{
    m_pack = std::move(pack);
    m_packLabel->setText(description);
    m_run->setEnabled(m_pack && !m_running);
}

void WhatIfPanel::run()
{
    if (!m_pack || m_running)
        return;
    WhatIfScope scope;
    if (m_useRange->isChecked()) {
        scope.decidedFrom = m_from->date();
        scope.decidedTo = m_to->date();
    } else {
        scope.lastCases = m_last->value();
    }
    m_running = true;
    m_run->setEnabled(false);
    m_summary->setText(tr("Running…"));
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    auto result = std::make_shared<std::optional<Result<WhatIfReport>>>();

    auto *progress =
        new QProgressDialog(tr("Running the pack over decided cases…"), tr("Cancel"), 0, 0, this);
    progress->setObjectName(QStringLiteral("whatIfProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(progress, &QProgressDialog::canceled, this, [cancel] { cancel->store(true); });
    QPointer<QProgressDialog> progressGuard(progress);

    const CacheDatabase *cache = &m_cache;
    const std::shared_ptr<const RulePack> pack = m_pack;
    // The worker opens its own connection: a QSqlDatabase must not cross threads.
    QThread *worker = QThread::create([cache, pack, scope, cancel, result, progressGuard] {
        auto connection = cache->openAnotherConnection();
        if (!connection) {
            Problem p;
            p.message = connection.error().message;
            *result = Result<WhatIfReport>(p);
            return;
        }
        const auto onProgress = [progressGuard](int done, int total) {
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [progressGuard, done, total] {
                    if (progressGuard) {
                        progressGuard->setMaximum(total);
                        progressGuard->setValue(done);
                    }
                },
                Qt::QueuedConnection);
        };
        *result = WhatIfRun((*connection)->database(), pack).run(scope, onProgress, cancel.get());
    });
    connect(worker, &QThread::finished, this, [this, worker, result, progressGuard] {
        worker->deleteLater();
        if (progressGuard)
            progressGuard->deleteLater();
        m_running = false;
        m_run->setEnabled(m_pack != nullptr);
        if (result->has_value())
            showReport(**result);
        Q_EMIT finished();
    });
    worker->start();
}

void WhatIfPanel::showReport(const Result<WhatIfReport> &result)
{
    m_changes->setRowCount(0);
    if (!result) {
        m_report.reset();
        m_summary->setText(tr("The what-if run failed: %1").arg(result.error().toString()));
        return;
    }
    m_report = *result;
    const WhatIfReport &r = *m_report;
    QString summary =
        tr("%1 of %2 decided cases run: %3 would change outcome, %4 would change amount, "
           "total amount difference %5 kr; %6 could not be evaluated.")
            .arg(r.evaluated)
            .arg(r.total)
            .arg(r.changedOutcome)
            .arg(r.changedAmount)
            .arg(QLocale().toString(r.amountDifferenceKronor))
            .arg(r.failed);
    if (r.cancelled)
        summary += u' ' + tr("Cancelled: the counts cover the cases run so far.");
    m_summary->setText(summary);
    const QLocale locale;
    for (const WhatIfChange &c : r.changes) {
        const int row = m_changes->rowCount();
        m_changes->insertRow(row);
        const QStringList cells{c.caseId,
                                locale.toString(c.applicationDate, QLocale::ShortFormat),
                                c.oldOutcome,
                                kronor(c.oldAmountKronor),
                                c.newOutcome,
                                kronor(c.newAmountKronor),
                                c.error.isEmpty() ? c.decidedOutcome : c.error};
        for (int col = 0; col < cells.size(); ++col) {
            auto *item = new QTableWidgetItem(cells.at(col));
            if ((col == 4 && c.outcomeChanged()) || (col == 5 && c.amountChanged()))
                item->setBackground(QColor(255, 236, 160));
            m_changes->setItem(row, col, item);
        }
    }
    m_changes->resizeColumnsToContents();
}

} // namespace casebench
