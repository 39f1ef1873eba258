#pragma once
// LetterPreviewDialog: the letter of a decision, read-only — as filed with the case (its
// stored text; Export writes the stored PDF byte for byte), or, for a decision without a
// filed letter, as built now and marked so. Export PDF… asks for a file (case id and
// letter date as the default name); Print… goes through the print dialog.

#include "automation/letters/CaseLetters.h"

#include <QDialog>

class QDialogButtonBox;
class QFileDialog;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace casebench {

class LetterPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LetterPreviewDialog(CaseLetter letter, QWidget *parent = nullptr);

    const CaseLetter &letter() const { return m_letter; }
    // The text shown, as the reader sees it.
    QString shownText() const;
    // "EB-2026-000123-beslut-2026-11-20.pdf".
    QString defaultFileName() const;
    // The file dialog of the running export, while it is open (tests type into it).
    QFileDialog *exportDialog() const { return m_exportDialog; }

public Q_SLOTS:
    // Non-blocking: asks for a file name, then writes the PDF.
    void exportPdf();
    void print();
    // Writes the letter's PDF to `path`; false (with a message shown) if it cannot.
    bool writePdf(const QString &path);

Q_SIGNALS:
    void pdfWritten(const QString &path);

private:
    CaseLetter m_letter;
    QLabel *m_origin;
    QTextBrowser *m_browser;
    QPushButton *m_exportButton;
    QPushButton *m_printButton;
    QDialogButtonBox *m_buttons;
    QFileDialog *m_exportDialog = nullptr;
};

} // namespace casebench
