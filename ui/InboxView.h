#pragma once
// InboxView: the inbox table. Rows are selected whole; Home/End go to the first/last case
// (not the first/last column); Enter or a double click opens the current case.

#include <QTableView>

namespace casebench {

class InboxView : public QTableView
{
    Q_OBJECT
public:
    explicit InboxView(QWidget *parent = nullptr);

    // Case number of the current row, or "" when there is none.
    QString currentCaseId() const;
    // Makes the row of caseId current if it is shown; false if it is not.
    bool selectCase(const QString &caseId);
    void selectFirstRowIfNone();

Q_SIGNALS:
    void openCase(const QString &caseId);
    void currentCaseChanged(const QString &caseId);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
};

} // namespace casebench
