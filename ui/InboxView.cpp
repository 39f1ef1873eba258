#include "ui/InboxView.h"

#include <QAbstractProxyModel>
#include <QHeaderView>
#include <QKeyEvent>

#include "model/InboxModel.h"

namespace casebench {

InboxView::InboxView(QWidget *parent) : QTableView(parent)
{
    setObjectName(QStringLiteral("inboxView"));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSortingEnabled(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false); // Tab leaves the table instead of walking its cells
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->hide();
    // Fixed row heights: the view never measures 100 000 rows.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(true);
    sortByColumn(InboxModel::ReceivedColumn, Qt::AscendingOrder);
    connect(this, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT openCase(index.data(InboxModel::CaseIdRole).toString());
    });
}

QString InboxView::currentCaseId() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? current.data(InboxModel::CaseIdRole).toString() : QString();
}

bool InboxView::selectCase(const QString &caseId)
{
    if (!model() || caseId.isEmpty())
        return false;
    // Looked up in the source model (one pass over plain strings), then mapped.
    QAbstractItemModel *shown = model();
    const auto *proxy = qobject_cast<QAbstractProxyModel *>(shown);
    const auto *inbox = qobject_cast<InboxModel *>(proxy ? proxy->sourceModel() : shown);
    if (!inbox)
        return false;
    const int sourceRow = inbox->rowOfCase(caseId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = inbox->index(sourceRow, 0);
    if (proxy)
        index = proxy->mapFromSource(index);
    if (!index.isValid())
        return false;
    setCurrentIndex(index);
    scrollTo(index);
    return true;
}

void InboxView::selectFirstRowIfNone()
{
    if (model() && !currentIndex().isValid() && model()->rowCount() > 0)
        setCurrentIndex(model()->index(0, 0));
}

void InboxView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && event->modifiers() == Qt::NoModifier) {
        const QString caseId = currentCaseId();
        if (!caseId.isEmpty()) {
            Q_EMIT openCase(caseId);
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

QModelIndex InboxView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    // In a list of cases Home and End mean the first and last case.
    if (cursorAction == MoveHome || cursorAction == MoveEnd)
        modifiers |= Qt::ControlModifier;
    return QTableView::moveCursor(cursorAction, modifiers);
}

void InboxView::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    QTableView::currentChanged(current, previous);
    if (current.row() != previous.row() || !current.isValid())
        Q_EMIT currentCaseChanged(current.isValid() ? current.data(InboxModel::CaseIdRole).toString()
                                                    : QString());
}

} // namespace casebench
