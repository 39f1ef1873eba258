#include "ui/admin/RulePackDiffView.h"

#include "ui/admin/DecisionTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace casebench {

RulePackDiffView::RulePackDiffView(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_changes(new QListWidget(this)),
      m_tables(new QComboBox(this)), m_oldView(new QTableView(this)),
      m_newView(new QTableView(this)), m_oldModel(new DecisionTableModel(this)),
      m_newModel(new DecisionTableModel(this))
{
    m_changes->setObjectName(QStringLiteral("diffChanges"));
    m_tables->setObjectName(QStringLiteral("diffTable"));
    m_oldView->setObjectName(QStringLiteral("diffOld"));
    m_newView->setObjectName(QStringLiteral("diffNew"));
    m_oldView->setModel(m_oldModel);
    m_newView->setModel(m_newModel);
    m_oldView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_newView->setEditTriggers(QAbstractItemView::NoEditTriggers);

    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_oldView);
    sides->addWidget(m_newView);
    auto *tableRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Table:"), this);
    label->setBuddy(m_tables);
    tableRow->addWidget(label);
    tableRow->addWidget(m_tables, 1);
    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addLayout(tableRow);
    lowerLayout->addWidget(sides, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_changes);
    splitter->addWidget(lower);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(splitter, 1);
    connect(m_tables, &QComboBox::currentIndexChanged, this, &RulePackDiffView::showTable);
}

RulePackDiffView::~RulePackDiffView() = default;

void RulePackDiffView::compare(const RulePackFiles &older, const QString &olderName,
                               const RulePackFiles &newer, const QString &newerName)
{
    m_oldModel->setTable(nullptr, -1);
    m_newModel->setTable(nullptr, -1);
    m_changes->clear();
    const QSignalBlocker block(m_tables);
    m_tables->clear();
    m_title->setText(tr("%1 compared with %2").arg(newerName, olderName));
    auto a = DecisionTableDraft::fromFiles(older, olderName);
    auto b = DecisionTableDraft::fromFiles(newer, newerName);
    auto diff = RulePackDiff::compare(older, newer);
    if (!a || !b || !diff) {
        const Problems problems = !a ? a.error() : !b ? b.error() : diff.error();
        for (const Problem &p : problems)
            m_changes->addItem(p.toString());
        m_diff.reset();
        return;
    }
    m_older = std::move(*a);
    m_newer = std::move(*b);
    m_diff = std::move(*diff);

    if (m_diff->isEmpty())
        m_changes->addItem(tr("No differences."));
    for (const ManifestChange &m : m_diff->manifest)
        m_changes->addItem(tr("pack.json %1: %2 → %3").arg(m.field, m.oldValue, m.newValue));
    for (const RuleChange &r : m_diff->rules) {
        switch (r.kind) {
        case RuleChange::Kind::Added:
            m_changes->addItem(tr("%1: rule %2 added").arg(r.table, r.ruleId));
            break;
        case RuleChange::Kind::Removed:
            m_changes->addItem(tr("%1: rule %2 removed").arg(r.table, r.ruleId));
            break;
        case RuleChange::Kind::Changed:
            m_changes->addItem(tr("%1: rule %2 changed").arg(r.table, r.ruleId));
            break;
        case RuleChange::Kind::Moved:
            m_changes->addItem(tr("%1: rule %2 moved from row %3 to %4")
                                   .arg(r.table, r.ruleId)
                                   .arg(r.oldRow + 1)
                                   .arg(r.newRow + 1));
            break;
        }
    }
    for (const CellChange &c : m_diff->cells)
        m_changes->addItem(tr("%1, rule %2, %3: %4 → %5")
                               .arg(c.table, c.ruleId, c.columnTitle, c.oldText, c.newText));
    for (const ConstantChange &c : m_diff->constants)
        m_changes->addItem(tr("Constant %1: %2 → %3").arg(c.name, c.oldText, c.newText));
    for (const QString &f : m_diff->addedFiles)
        m_changes->addItem(tr("File added: %1").arg(f));
    for (const QString &f : m_diff->removedFiles)
        m_changes->addItem(tr("File removed: %1").arg(f));
    for (const QString &f : m_diff->changedFiles)
        m_changes->addItem(tr("File changed: %1").arg(f));

    // Tables with changes first, then the rest.
    QStringList changed;
    for (const RuleChange &r : m_diff->rules) {
        if (!changed.contains(r.table))
            changed << r.table;
    }
    for (const QString &name : changed)
        m_tables->addItem(name);
    for (const DraftTable &t : m_newer->tables()) {
        if (!changed.contains(t.ownerName))
            m_tables->addItem(t.ownerName);
    }
    showTable(m_tables->count() > 0 ? 0 : -1);
}

void RulePackDiffView::showTable(int index)
{
    if (!m_diff || index < 0) {
        m_oldModel->setTable(nullptr, -1);
        m_newModel->setTable(nullptr, -1);
        return;
    }
    const QString name = m_tables->itemText(index);
    m_oldModel->setTable(&*m_older, m_older->tableIndex(name), true);
    m_newModel->setTable(&*m_newer, m_newer->tableIndex(name), true);
    QSet<QString> added;
    QSet<QString> removed;
    for (const RuleChange &r : m_diff->rules) {
        if (r.table != name)
            continue;
        if (r.kind == RuleChange::Kind::Added || r.kind == RuleChange::Kind::Moved)
            added.insert(r.ruleId);
        if (r.kind == RuleChange::Kind::Removed || r.kind == RuleChange::Kind::Moved)
            removed.insert(r.ruleId);
    }
    const RulePackDiff diff = *m_diff;
    const QString tableId = m_newer->tableIndex(name) >= 0
                                ? m_newer->tables().at(m_newer->tableIndex(name)).table.id
                                : QString();
    m_newModel->setHighlight([diff, added, tableId](const QString &ruleId, int column) {
        return added.contains(ruleId) || diff.cellChanged(tableId, ruleId, column);
    });
    m_oldModel->setHighlight([diff, removed, tableId](const QString &ruleId, int column) {
        return removed.contains(ruleId) || diff.cellChanged(tableId, ruleId, column);
    });
    m_oldView->resizeColumnsToContents();
    m_newView->resizeColumnsToContents();
}

} // namespace casebench
