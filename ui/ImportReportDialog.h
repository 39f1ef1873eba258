#pragma once
// ImportReportDialog: what an import did — cases imported, duplicates left out, and every
// problem with its file, field and reason. Offers to import just the valid files when a
// batch was refused because of invalid ones.

#include <QDialog>

#include "model/Importer.h"

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace casebench {

class ImportReportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportReportDialog(const ImportReport &report, QWidget *parent = nullptr);

    QString summaryText() const;

Q_SIGNALS:
    void importValidFilesRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    ImportReport m_report;
    QLabel *m_summary;
    QTreeWidget *m_problems;
    QPushButton *m_importValid;
    QDialogButtonBox *m_buttons;
};

} // namespace casebench
