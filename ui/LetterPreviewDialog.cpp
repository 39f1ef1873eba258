#include "ui/LetterPreviewDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFont>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>
#include <memory>

namespace casebench {

LetterPreviewDialog::LetterPreviewDialog(CaseLetter letter, QWidget *parent)
    : QDialog(parent), m_letter(std::move(letter)), m_origin(new QLabel),
      m_browser(new QTextBrowser), m_exportButton(new QPushButton(tr("&Export PDF…"))),
      m_printButton(new QPushButton(tr("&Print…"))),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("letterPreviewDialog"));
    m_origin->setObjectName(QStringLiteral("letterOriginLabel"));
    m_browser->setObjectName(QStringLiteral("letterBrowser"));
    m_exportButton->setObjectName(QStringLiteral("letterExportButton"));
    m_printButton->setObjectName(QStringLiteral("letterPrintButton"));
    m_buttons->setObjectName(QStringLiteral("letterButtons"));

    const QString kind = m_letter.kind == LetterKind::CompletionRequest
                             ? tr("Request for completion")
                             : tr("Decision letter");
    setWindowTitle(tr("%1 — %2").arg(kind, m_letter.caseId));

    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText);
    if (m_letter.isFiled())
        m_origin->setText(
            tr("Filed with the case on %1, dated %2. This is the letter as it was produced; "
               "Export PDF writes the stored file unchanged.")
                .arg(m_letter.createdAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     m_letter.letterDate.toString(Qt::ISODate)));
    else
        m_origin->setText(tr("No letter was filed with this decision. This one is built now "
                             "from the decision as recorded and is not stored with the case."));

    // The letter is what the applicant reads: not editable, links not followed.
    m_browser->setReadOnly(true);
    m_browser->setOpenLinks(false);
    m_browser->document()->setDefaultFont(QFont(QStringLiteral("DejaVu Sans"), 10));
    if (m_letter.html.isEmpty())
        m_browser->setPlainText(m_letter.text); // a filed letter: its text as stored
    else
        m_browser->setHtml(m_letter.html);
    m_browser->document()->setMetaInformation(QTextDocument::DocumentTitle, m_letter.title);

    m_exportButton->setToolTip(tr("Save the letter as a PDF file"));
    m_exportButton->setEnabled(!m_letter.pdf.isEmpty());
    m_printButton->setToolTip(tr("Print the letter"));
    m_buttons->addButton(m_exportButton, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_printButton, QDialogButtonBox::ActionRole);
    // Close is the default: Enter must not open a file dialog by surprise.
    m_exportButton->setAutoDefault(false);
    m_printButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addWidget(m_browser, 1);
    layout->addWidget(m_buttons);

    connect(m_exportButton, &QPushButton::clicked, this, &LetterPreviewDialog::exportPdf);
    connect(m_printButton, &QPushButton::clicked, this, &LetterPreviewDialog::print);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An A4 page's width at screen size, and most of its height.
    resize(760, 700);
    m_browser->setFocus();
}

QString LetterPreviewDialog::shownText() const
{
    return m_browser->toPlainText();
}

QString LetterPreviewDialog::defaultFileName() const
{
    // The file name stays in the applicant's language, like the letter.
    const QString kind = m_letter.kind == LetterKind::CompletionRequest
                             ? QStringLiteral("komplettering")
                             : QStringLiteral("beslut");
    return QStringLiteral("%1-%2-%3.pdf")
        .arg(m_letter.caseId, kind, m_letter.letterDate.toString(Qt::ISODate));
}

void LetterPreviewDialog::exportPdf()
{
    if (m_letter.pdf.isEmpty() || m_exportDialog)
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    // Non-blocking, like every dialog of the workbench: an idle lock may close this one.
    m_exportDialog =
        new QFileDialog(this, tr("Export the letter as PDF"), folder, tr("PDF documents (*.pdf)"));
    m_exportDialog->setObjectName(QStringLiteral("letterExportFileDialog"));
    m_exportDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_exportDialog->setAcceptMode(QFileDialog::AcceptSave);
    m_exportDialog->setFileMode(QFileDialog::AnyFile);
    m_exportDialog->setDefaultSuffix(QStringLiteral("pdf"));
    m_exportDialog->selectFile(defaultFileName());
    connect(m_exportDialog, &QFileDialog::fileSelected, this,
            [this](const QString &path) { writePdf(path); });
    connect(m_exportDialog, &QObject::destroyed, this, [this] { m_exportDialog = nullptr; });
    m_exportDialog->open();
}

bool LetterPreviewDialog::writePdf(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_letter.pdf) != m_letter.pdf.size() ||
        !file.commit()) {
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("The letter was not exported"),
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            QMessageBox::Close, this);
        box->setObjectName(QStringLiteral("letterExportFailedBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    Q_EMIT pdfWritten(path);
    return true;
}

void LetterPreviewDialog::print()
{
    // The dialog keeps a pointer to the printer: both live until the dialog is gone.
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(defaultFileName());
    auto *dialog = new QPrintDialog(printer.get(), this);
    dialog->setObjectName(QStringLiteral("letterPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, printer] { m_browser->document()->print(printer.get()); });
    dialog->open();
}

} // namespace casebench
