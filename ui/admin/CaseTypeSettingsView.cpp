#include "ui/admin/CaseTypeSettingsView.h"

#include "model/CaseTypeSettings.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebench {

CaseTypeSettingsView::CaseTypeSettingsView(QSqlDatabase db, QString actingUser, QWidget *parent)
    : QWidget(parent), m_db(std::move(db)), m_user(std::move(actingUser)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("caseTypeSettings"));
    m_table->setHorizontalHeaderLabels({tr("Case type"), tr("Name"), tr("Deadline (days)"),
                                        tr("Spot check (‰, empty = the pack's rate)")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_message->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    connect(m_table, &QTableWidget::cellChanged, this, &CaseTypeSettingsView::edited);
    reload();
}

void CaseTypeSettingsView::reload()
{
    m_filling = true;
    m_table->setRowCount(0);
    const bool swedish = QLocale().language() == QLocale::Swedish;
    for (const CaseTypeSetting &s : CaseTypeSettings(m_db, m_user).all()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto *code = new QTableWidgetItem(s.code);
        auto *name = new QTableWidgetItem(swedish ? s.nameSv : s.nameEn);
        code->setFlags(code->flags() & ~Qt::ItemIsEditable);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, Code, code);
        m_table->setItem(row, Name, name);
        m_table->setItem(row, DeadlineDays, new QTableWidgetItem(QString::number(s.deadlineDays)));
        m_table->setItem(row, SpotCheck,
                         new QTableWidgetItem(s.spotCheckPermille
                                                  ? QString::number(*s.spotCheckPermille)
                                                  : QString()));
    }
    m_table->resizeColumnsToContents();
    m_filling = false;
}

void CaseTypeSettingsView::edited(int row, int column)
{
    if (m_filling)
        return;
    const QString code = m_table->item(row, Code)->text();
    const QString text = m_table->item(row, column)->text().trimmed();
    CaseTypeSettings settings(m_db, m_user);
    bool number = false;
    const int value = text.toInt(&number);
    Result<CaseTypeSetting> changed = Problem{tr("Write a whole number."), {}, 0, {}};
    if (column == DeadlineDays && number)
        changed = settings.setDeadlineDays(code, value);
    else if (column == SpotCheck && text.isEmpty())
        changed = settings.setSpotCheckPermille(code, std::nullopt);
    else if (column == SpotCheck && number)
        changed = settings.setSpotCheckPermille(code, value);
    m_message->setText(changed ? tr("Saved.") : changed.error().message);
    reload();
}

} // namespace casebench
