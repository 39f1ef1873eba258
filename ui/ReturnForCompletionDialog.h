#pragma once
// ReturnForCompletionDialog: what the applicant must send in — the proposal's missing
// items to start with, editable (add, change, remove) — and a note. OK needs at least one
// item.

#include <QDialog>

class QDialogButtonBox;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStringListModel;

namespace casebench {

class ReturnForCompletionDialog : public QDialog
{
    Q_OBJECT
public:
    ReturnForCompletionDialog(const QString &caseId, const QStringList &missing,
                              QWidget *parent = nullptr);

    QStringList missing() const; // trimmed, blank items dropped
    QString note() const;
    void addItem(const QString &text);

private:
    void update();

    QStringListModel *m_items;
    QListView *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace casebench
