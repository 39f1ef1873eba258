#include "ui/CaseDetailsPanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace casebench {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=\"left\" valign=\"top\">%1</th><td>%2</td></tr>")
        .arg(esc(label), esc(value));
}

QString date(QDate day)
{
    return day.toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace

CaseDetailsPanel::CaseDetailsPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_close(new QPushButton(this)),
      m_body(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("caseDetailsPanel"));
    m_title->setObjectName(QStringLiteral("caseDetailsTitle"));
    m_close->setObjectName(QStringLiteral("closeDetailsButton"));
    m_body->setObjectName(QStringLiteral("caseDetailsText"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_close->setFlat(true);
    m_body->setOpenLinks(false);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_body, 1);
    connect(m_close, &QPushButton::clicked, this, &CaseDetailsPanel::closeRequested);
    render();
}

void CaseDetailsPanel::showCase(const CaseRecord &record, const QString &caseTypeName)
{
    m_record = record;
    m_caseTypeName = caseTypeName;
    render();
}

void CaseDetailsPanel::clear()
{
    m_record.reset();
    m_caseTypeName.clear();
    render();
}

void CaseDetailsPanel::setCloseButtonVisible(bool visible)
{
    m_close->setVisible(visible);
}

QString CaseDetailsPanel::caseId() const
{
    return m_record ? m_record->caseId : QString();
}

QString CaseDetailsPanel::text() const
{
    return m_title->text() + u'\n' + m_body->toPlainText();
}

void CaseDetailsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        render();
    QWidget::changeEvent(event);
}

void CaseDetailsPanel::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT closeRequested();
        return;
    }
    QWidget::keyPressEvent(event);
}

QString CaseDetailsPanel::relationName(const QString &relation) const
{
    if (relation == u"applicant")
        return tr("Applicant");
    if (relation == u"partner")
        return tr("Partner");
    if (relation == u"child")
        return tr("Child");
    if (relation == u"adult")
        return tr("Other adult");
    return relation;
}

QString CaseDetailsPanel::deadlineKindName(const QString &kind) const
{
    if (kind == u"decision")
        return tr("Decision due");
    if (kind == u"completion")
        return tr("Completion due from the applicant");
    return kind;
}

void CaseDetailsPanel::render()
{
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the case details (Esc)"));
    if (!m_record) {
        m_title->setText(tr("No case selected"));
        m_body->clear();
        return;
    }
    const CaseRecord &r = *m_record;
    m_title->setText(tr("%1 — %2").arg(r.caseId, m_caseTypeName));

    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Status"), statusDisplayName(r.status));
    html += row(tr("Applicant"), r.applicant.name);
    html += row(tr("Personal identity number"), r.applicant.personnummer);
    html += row(tr("Received"),
                r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    html += row(tr("Application for"), date(r.applicationDate));
    html += row(tr("Household"), tr("%n person(s)", nullptr, r.householdSize()));
    html += QStringLiteral("</table>");

    if (!r.household.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">")
                    .arg(esc(tr("Others in the household")));
        for (const Person &p : r.household) {
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(esc(p.name), esc(relationName(p.relation)),
                             esc(p.personnummer.isEmpty() ? date(p.birthDate) : p.personnummer));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Attachments")));
    if (r.attachments.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None listed.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const Attachment &a : r.attachments) {
            const QString state = a.present ? tr("present") : tr("missing");
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td%3>%4</td></tr>")
                        .arg(esc(a.type), esc(a.name),
                             a.present ? QString() : QStringLiteral(" style=\"color:#b00020\""),
                             esc(state));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Deadlines")));
    if (r.deadlines.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        for (const Deadline &d : r.deadlines)
            html += row(deadlineKindName(d.kind), date(d.dueOn));
        html += QStringLiteral("</table>");
    }

    // The application exactly as it came in, indented for reading.
    const QJsonDocument json = QJsonDocument::fromJson(r.payload);
    const QString payload = json.isNull() ? QString::fromUtf8(r.payload)
                                          : QString::fromUtf8(json.toJson(QJsonDocument::Indented));
    html += QStringLiteral("<h4>%1</h4><pre>%2</pre>")
                .arg(esc(tr("Application as received")), esc(payload));
    m_body->setHtml(html);
}

} // namespace casebench
