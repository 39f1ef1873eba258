#pragma once
// ReopenDialog: asks why a decided or returned case is reopened; the reason is audited.

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace casebench {

class ReopenDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ReopenDialog(const QString &caseId, QWidget *parent = nullptr);
    QString reason() const;

private:
    QPlainTextEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

} // namespace casebench
