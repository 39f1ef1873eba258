#include "ui/admin/RulePackEditor.h"

#include "ui/admin/DecisionTableModel.h"
#include "ui/admin/FeelCellDelegate.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace casebench {

RulePackEditor::RulePackEditor(QWidget *parent)
    : QWidget(parent), m_tables(new QComboBox(this)), m_grid(new QTableView(this)),
      m_model(new DecisionTableModel(this)), m_delegate(new FeelCellDelegate(m_model, this)),
      m_message(new QLabel(this)), m_add(new QPushButton(tr("&Add rule"), this)),
      m_remove(new QPushButton(tr("&Remove rule"), this)),
      m_up(new QPushButton(tr("Move &up"), this)), m_down(new QPushButton(tr("Move do&wn"), this)),
      m_constants(new QTableWidget(0, 2, this))
{
    m_tables->setObjectName(QStringLiteral("tableChooser"));
    m_grid->setObjectName(QStringLiteral("ruleGrid"));
    m_message->setObjectName(QStringLiteral("cellMessage"));
    m_add->setObjectName(QStringLiteral("addRule"));
    m_remove->setObjectName(QStringLiteral("removeRule"));
    m_up->setObjectName(QStringLiteral("moveRuleUp"));
    m_down->setObjectName(QStringLiteral("moveRuleDown"));
    m_constants->setObjectName(QStringLiteral("constants"));

    m_grid->setModel(m_model);
    m_grid->setItemDelegate(m_delegate);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_grid->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c0392b;"));

    m_constants->setHorizontalHeaderLabels({tr("Constant"), tr("Value")});
    m_constants->horizontalHeader()->setStretchLastSection(true);
    m_constants->verticalHeader()->hide();

    auto *tableRow = new QHBoxLayout;
    tableRow->addWidget(new QLabel(tr("&Table:"), this));
    qobject_cast<QLabel *>(tableRow->itemAt(0)->widget())->setBuddy(m_tables);
    tableRow->addWidget(m_tables, 1);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);

    auto *tablePane = new QWidget(this);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tableRow);
    tableLayout->addWidget(m_grid, 1);
    tableLayout->addWidget(m_message);
    tableLayout->addLayout(buttons);

    auto *constantsPane = new QWidget(this);
    auto *constantsLayout = new QVBoxLayout(constantsPane);
    constantsLayout->setContentsMargins(0, 0, 0, 0);
    constantsLayout->addWidget(new QLabel(tr("Constants"), this));
    constantsLayout->addWidget(m_constants);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(tablePane);
    splitter->addWidget(constantsPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_tables, &QComboBox::currentIndexChanged, this, &RulePackEditor::showTable);
    connect(m_add, &QPushButton::clicked, this, &RulePackEditor::addRule);
    connect(m_remove, &QPushButton::clicked, this, &RulePackEditor::removeRule);
    connect(m_up, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveRule(1); });
    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *s = new QShortcut(keys, m_grid);
        s->setContext(Qt::WidgetShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(Qt::Key_Insert), [this] { addRule(); });
    shortcut(QKeySequence(Qt::Key_Delete), [this] { removeRule(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Up), [this] { moveRule(-1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Down), [this] { moveRule(1); });
    connect(m_delegate, &FeelCellDelegate::problemChanged, m_message, &QLabel::setText);
    connect(m_model, &DecisionTableModel::cellRefused, m_message, &QLabel::setText);
    connect(m_model, &DecisionTableModel::edited, this, [this] {
        updateButtons();
        Q_EMIT modified();
    });
    connect(m_constants, &QTableWidget::cellChanged, this, &RulePackEditor::constantEdited);
    updateButtons();
}

RulePackEditor::~RulePackEditor() = default;

void RulePackEditor::setDraft(DecisionTableDraft draft, qint64 storedId)
{
    m_model->setTable(nullptr, -1);
    m_draft = std::move(draft);
    m_storedId = storedId;
    m_message->clear();
    const QSignalBlocker block(m_tables);
    m_tables->clear();
    for (const DraftTable &t : m_draft->tables())
        m_tables->addItem(t.ownerName, t.table.id);
    showTable(m_tables->count() > 0 ? 0 : -1);
    fillConstants();
}

bool RulePackEditor::selectTable(const QString &ownerName)
{
    const int i = m_tables->findText(ownerName);
    if (i < 0)
        return false;
    m_tables->setCurrentIndex(i);
    showTable(i);
    return true;
}

void RulePackEditor::showTable(int index)
{
    m_model->setTable(m_draft ? &*m_draft : nullptr, index);
    m_grid->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_grid->setCurrentIndex(m_model->index(0, 0));
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RulePackEditor::updateButtons, Qt::UniqueConnection);
    updateButtons();
}

void RulePackEditor::fillConstants()
{
    m_filling = true;
    m_constants->setRowCount(0);
    if (m_draft) {
        for (const DraftConstant &c : m_draft->constants()) {
            const int row = m_constants->rowCount();
            m_constants->insertRow(row);
            auto *name = new QTableWidgetItem(c.ownerName);
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            m_constants->setItem(row, 0, name);
            m_constants->setItem(row, 1, new QTableWidgetItem(c.text));
        }
    }
    m_filling = false;
}

void RulePackEditor::constantEdited(int row, int column)
{
    if (m_filling || column != 1 || !m_draft)
        return;
    const QString text = m_constants->item(row, 1)->text();
    const auto set = m_draft->setConstant(row, text);
    if (!set) {
        m_message->setText(set.error().message);
        m_filling = true;
        m_constants->item(row, 1)->setText(m_draft->constants().at(row).text);
        m_filling = false;
        return;
    }
    m_message->clear();
    Q_EMIT modified();
}

void RulePackEditor::addRule()
{
    const QModelIndex current = m_grid->currentIndex();
    const QModelIndex added = m_model->addRule(current.isValid() ? current.row() + 1 : -1);
    if (added.isValid())
        m_grid->setCurrentIndex(added);
}

void RulePackEditor::removeRule()
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return;
    const int column = current.column();
    m_model->removeRule(current.row());
    const int rows = m_model->rowCount();
    if (rows > 0)
        m_grid->setCurrentIndex(m_model->index(std::min(current.row(), rows - 1), column));
}

void RulePackEditor::moveRule(int delta)
{
    const QModelIndex current = m_grid->currentIndex();
    if (!current.isValid())
        return;
    const int to = current.row() + delta;
    if (m_model->moveRule(current.row(), to))
        m_grid->setCurrentIndex(m_model->index(to, current.column()));
}

void RulePackEditor::updateButtons()
{
    const bool table = m_model->rowCount() > 0 || m_model->columnCount() > 0;
    const QModelIndex current = m_grid->currentIndex();
    m_add->setEnabled(table);
    m_remove->setEnabled(current.isValid());
    m_up->setEnabled(current.isValid() && current.row() > 0);
    m_down->setEnabled(current.isValid() && current.row() + 1 < m_model->rowCount());
}

} // namespace casebench
