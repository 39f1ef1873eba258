#include "automation/letters/DecisionLetter.h"

#include "automation/letters/LetterTemplate.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QJsonArray>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

// The letter texts below are Swedish on purpose and are not run through tr(): they are
// the legal content of a Swedish authority's decision (förvaltningslagen 32 and 40–44 §§,
// 20 § for completion requests), addressed to the applicant in Swedish whatever language
// the caseworker's screen uses, and a translator must not be able to change what a
// decision says about appeals. They live here, once, rather than in every pack's
// template, so that no pack can leave them out. Messages to the caseworker (errors) go
// through tr() as everywhere else.

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DecisionLetter", text);
}

const QLocale &swedish()
{
    static const QLocale locale(QLocale::Swedish, QLocale::Sweden);
    return locale;
}

// "3 november 2026": dates in running text.
QString longDate(const QDate &date)
{
    return swedish().toString(date, u"d MMMM yyyy"_s);
}

// A value printed inside Markdown: characters Markdown would read as markup are escaped
// (an applicant's name or a rule text must never turn into emphasis, links or a table
// cell boundary), and line breaks become spaces.
QString escaped(const QString &text)
{
    static const QString special = u"\\`*_[]<>#|~!{}"_s;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r')
            out += u' ';
        else {
            if (special.contains(c))
                out += u'\\';
            out += c;
        }
    }
    return out;
}

QString joinedSwedish(const QStringList &items)
{
    if (items.size() <= 1)
        return items.join(QString());
    return QStringList(items.mid(0, items.size() - 1)).join(u", "_s) + u" och "_s + items.last();
}

QString kronor(qint64 amount)
{
    return Money::fromKronor(amount).toDisplayString();
}

QString periodText(const ProposalPeriod &period)
{
    const bool wholeMonth = period.from.day() == 1 && period.to.year() == period.from.year() &&
                            period.to.month() == period.from.month() &&
                            period.to.day() == period.to.daysInMonth();
    if (wholeMonth)
        return swedish().toString(period.from, u"MMMM yyyy"_s);
    return longDate(period.from) + u" – "_s + longDate(period.to);
}

QStringList legalGrounds(const LetterData &data)
{
    QStringList grounds;
    for (const ProposalReason &r : data.reasons)
        if (!r.legalGround.isEmpty() && !grounds.contains(r.legalGround))
            grounds.append(r.legalGround);
    return grounds;
}

QString reasonList(const QList<ProposalReason> &reasons)
{
    QString out;
    for (const ProposalReason &r : reasons) {
        out += u"- "_s + escaped(r.reason);
        if (!r.legalGround.isEmpty())
            out += u" ("_s + escaped(r.legalGround) + u')';
        out += u'\n';
    }
    return out;
}

QString missingList(const QList<MissingItem> &missing)
{
    QString out;
    for (const MissingItem &m : missing)
        out += u"- "_s + escaped(m.reason.isEmpty() ? m.item : m.reason) + u'\n';
    return out;
}

QString kindName(BreakdownKind kind)
{
    switch (kind) {
    case BreakdownKind::Norm:
        return u"Norm"_s;
    case BreakdownKind::Cost:
        return u"Kostnad"_s;
    case BreakdownKind::Income:
        return u"Inkomst (dras av)"_s;
    }
    return {};
}

QString breakdownTable(const QList<BreakdownLine> &lines)
{
    QString out = u"| Post | Slag | Belopp | Lagrum |\n|---|---|---:|---|\n"_s;
    Money sum;
    for (const BreakdownLine &l : lines) {
        const Money signedAmount = l.kind == BreakdownKind::Income ? -l.amount : l.amount;
        sum += signedAmount;
        out += u"| "_s + escaped(l.label) + u" | "_s + kindName(l.kind) + u" | "_s +
               signedAmount.toDisplayString() + u" | "_s + escaped(l.legalGround) + u" |\n"_s;
    }
    out += u"| **Summa** |  | **"_s + sum.toDisplayString() + u"** |  |\n"_s;
    return out;
}

// Resolves an application path ("details.vehicle.registration") to printable text.
Result<QString> applicationValue(const QJsonObject &application, const QString &path)
{
    QJsonValue v(application);
    for (const QString &part : path.split(u'.'))
        v = v.toObject().value(part);
    if (v.isString() && !v.toString().isEmpty())
        return escaped(v.toString());
    if (v.isDouble())
        return QString::number(v.toInteger());
    if (v.isBool())
        return v.toBool() ? u"ja"_s : u"nej"_s;
    return Problem{tr("the application has no value for %1").arg(path), {}, 0, {}};
}

struct Sentence
{
    QString lower; // "kommunen" / "Göteborgs stad" mid-sentence
    QString upper; // at the start of a sentence
};

Sentence authority(const LetterData &data)
{
    if (data.municipality.isEmpty())
        return {u"kommunen"_s, u"Kommunen"_s};
    return {escaped(data.municipality), escaped(data.municipality)};
}

QString header(const LetterData &data)
{
    // A backslash at the end of a line is a hard line break in Markdown.
    QString out = u"**"_s + authority(data).upper + u"**\\\n"_s;
    out += u"Datum: "_s + data.decisionDate.toString(Qt::ISODate) + u"\\\n"_s;
    out += u"Diarienummer: "_s + escaped(data.caseId) + u"\n\n"_s;
    out += escaped(data.applicantName);
    for (const QString &line : data.addressLines)
        out += u"\\\n"_s + escaped(line);
    out += u"\n\n"_s;
    return out;
}

QString decisionSections(const LetterData &data)
{
    const Sentence who = authority(data);
    QString out;
    out += u"## Motivering\n\nSkälen för beslutet (förvaltningslagen 32 §):\n\n"_s;
    out += reasonList(data.reasons);
    out += u"\n## Lagstöd\n\nBeslutet har fattats med stöd av "_s +
           escaped(joinedSwedish(legalGrounds(data))) + u".\n\n"_s;
    if (!data.decidedBy.isEmpty())
        out += u"Beslutet har fattats av "_s + escaped(data.decidedBy) + u".\n\n"_s;

    out += u"## Hur man överklagar\n\n"_s;
    if (data.outcome == ProposalOutcome::DelvisBifall)
        out += u"Om du inte är nöjd med beslutet kan du överklaga den del av beslutet som har "
               "gått dig emot till förvaltningsrätten (förvaltningslagen 40–44 §§).\n\n"_s;
    else
        out += u"Om du inte är nöjd med beslutet kan du överklaga det till förvaltningsrätten "
               "(förvaltningslagen 40–44 §§).\n\n"_s;
    out += u"- Överklagandet ska vara skriftligt.\n"_s;
    out += u"- Skicka eller lämna överklagandet till "_s + who.lower +
           u", som har fattat beslutet – inte direkt till förvaltningsrätten. "_s + who.upper +
           u" prövar först om beslutet ska ändras och skickar sedan överklagandet vidare "
           "till förvaltningsrätten.\n"_s;
    out += u"- Överklagandet måste ha kommit in till "_s + who.lower +
           u" inom tre veckor från den dag du fick del av beslutet. Kommer det in för sent "
           "kan det inte prövas.\n"_s;
    out += u"- Skriv i överklagandet vilket beslut du överklagar (diarienummer "_s +
           escaped(data.caseId) + u", beslutsdatum "_s + data.decisionDate.toString(Qt::ISODate) +
           u"), vilken ändring du vill ha och varför du anser att beslutet ska ändras. "
           "Skicka gärna med handlingar som stöder det du skriver.\n"_s;
    out += u"- Skriv under överklagandet och ange ditt namn, din adress och ditt "
           "telefonnummer.\n"_s;
    return out;
}

QString completionSections(const LetterData &data)
{
    const QString due = longDate(data.completionDueOn);
    QString out = u"## Det här saknas\n\n"_s + missingList(data.missing);
    if (!data.note.trimmed().isEmpty())
        out += u"\n"_s + escaped(data.note.trimmed()) + u"\n"_s;
    out += u"\nSkicka in det som saknas senast "_s + due + u". Ange diarienummer "_s +
           escaped(data.caseId) + u".\n\n"_s;
    out += u"Om det som saknas inte har kommit in senast "_s + due +
           u" kan ansökan komma att prövas i befintligt skick. Är bristen så väsentlig att "
           "ansökan inte kan prövas kan den avvisas (förvaltningslagen 20 §).\n\n"_s;
    if (!data.decidedBy.isEmpty())
        out += u"Handläggare: "_s + escaped(data.decidedBy) + u"\n\n"_s;
    out += u"## Varför du inte kan överklaga detta brev\n\n"_s;
    out += u"Det här brevet är en begäran om komplettering, inte ett beslut i ditt ärende. Det "
           "avgör inte ärendet och kan därför inte överklagas. När ansökan är komplett fattas "
           "ett beslut, och av det beslutet framgår hur du kan överklaga det.\n"_s;
    return out;
}

// Plain text of a laid-out document: list items keep a dash, table rows their cells
// separated by " | ", paragraphs a blank line between them.
void appendPlainText(QTextFrame *frame, QString &out)
{
    for (auto it = frame->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *child = it.currentFrame()) {
            if (auto *table = qobject_cast<QTextTable *>(child)) {
                for (int row = 0; row < table->rows(); ++row) {
                    QStringList cells;
                    for (int column = 0; column < table->columns(); ++column) {
                        const QTextTableCell cell = table->cellAt(row, column);
                        QString text;
                        for (auto c = cell.begin(); !c.atEnd(); ++c)
                            text += c.currentBlock().text();
                        cells.append(text.trimmed());
                    }
                    out += cells.join(u" | "_s) + u'\n';
                }
                out += u'\n';
            } else {
                appendPlainText(child, out);
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        QString text = block.text();
        text.replace(QChar::LineSeparator, u'\n');
        if (text.isEmpty())
            continue;
        const bool listItem = block.textList() != nullptr;
        out += (listItem ? u"- "_s : QString()) + text + u'\n';
        const QTextBlock next = block.next();
        if (!listItem || !next.isValid() || next.textList() == nullptr)
            out += u'\n';
    }
}

} // namespace

QString letterKindCode(LetterKind kind)
{
    return kind == LetterKind::Decision ? u"decision"_s : u"completion_request"_s;
}

bool DecisionLetter::hasLetter(ProposalOutcome outcome)
{
    return outcome != ProposalOutcome::ManuellBedomning;
}

QString DecisionLetter::noLetterReason(ProposalOutcome outcome)
{
    if (hasLetter(outcome))
        return {};
    return tr("A manual assessment is not a decision: a caseworker assesses and decides the "
              "case, and the letter is produced for that decision.");
}

QString DecisionLetter::outcomeName(ProposalOutcome outcome)
{
    switch (outcome) {
    case ProposalOutcome::Bifall:
        return u"bifall"_s;
    case ProposalOutcome::DelvisBifall:
        return u"delvis bifall"_s;
    case ProposalOutcome::Avslag:
        return u"avslag"_s;
    case ProposalOutcome::Komplettering:
        return u"begäran om komplettering"_s;
    case ProposalOutcome::ManuellBedomning:
        return u"manuell bedömning"_s;
    }
    return {};
}

Result<DecisionLetter> DecisionLetter::build(const RulePack &pack, const LetterData &data)
{
    if (!hasLetter(data.outcome))
        return Problem{noLetterReason(data.outcome), {}, 0, u"outcome"_s};
    const QString code = outcomeCode(data.outcome);
    const QString relative = pack.manifest().letters.value(code);
    const QString manifestPath = pack.filePath(RulePackManifest::fileName());
    if (relative.isEmpty())
        return Problem{tr("The rule pack %1 %2 has no letter template for the outcome %3")
                           .arg(pack.id(), pack.version(), code),
                       manifestPath, 0, u"letters."_s + code};

    DecisionLetter letter;
    letter.m_outcome = data.outcome;
    letter.m_kind = data.outcome == ProposalOutcome::Komplettering ? LetterKind::CompletionRequest
                                                                   : LetterKind::Decision;
    if (!data.decisionDate.isValid())
        return Problem{tr("The letter has no date"), {}, 0, u"decision_date"_s};
    if (data.applicantName.isEmpty())
        return Problem{tr("The letter has no addressee (the application names no applicant)"),
                       {},
                       0,
                       u"applicant_name"_s};
    if (letter.m_kind == LetterKind::Decision) {
        // Förvaltningslagen 32 §: a decision states its reasons and the rules applied.
        if (data.reasons.isEmpty())
            return Problem{tr("A decision needs its reasons (förvaltningslagen 32 §); there are "
                              "none"),
                           {},
                           0,
                           u"reasons"_s};
        if (legalGrounds(data).isEmpty())
            return Problem{tr("A decision needs the legal ground it rests on (förvaltningslagen "
                              "32 §); no reason cites one"),
                           {},
                           0,
                           u"legal_grounds"_s};
    } else {
        if (data.missing.isEmpty())
            return Problem{tr("A request for completion must say what is missing; nothing is"),
                           {},
                           0,
                           u"missing"_s};
        if (!data.completionDueOn.isValid())
            return Problem{tr("A request for completion must say by which date to answer"),
                           {},
                           0,
                           u"completion_date"_s};
    }

    auto tmpl = LetterTemplate::read(pack.filePath(relative), pack.manifest());
    if (!tmpl)
        return tmpl.error().first();

    const auto missingValue = [](const char *what) {
        return Problem{
            tr("the template uses {{%1}}, but the letter has none").arg(QLatin1String(what)),
            {},
            0,
            {}};
    };
    const auto value = [&](const LetterTemplate::Placeholder &p) -> Result<QString> {
        const QString &n = p.name;
        QString block;
        if (n == "case_id"_L1)
            return escaped(data.caseId);
        if (n == "applicant_name"_L1)
            return escaped(data.applicantName);
        if (n == "municipality"_L1)
            return authority(data).upper;
        if (n == "decision_date"_L1)
            return longDate(data.decisionDate);
        if (n == "outcome"_L1)
            return outcomeName(data.outcome);
        if (n == "amount"_L1) {
            if (!data.amountKronor)
                return missingValue("amount");
            return kronor(*data.amountKronor);
        }
        if (n == "period"_L1 || n == "period_from"_L1 || n == "period_to"_L1) {
            if (!data.period)
                return missingValue("period");
            if (n == "period"_L1)
                return periodText(*data.period);
            return longDate(n == "period_from"_L1 ? data.period->from : data.period->to);
        }
        if (n == "legal_grounds"_L1) {
            const QStringList grounds = legalGrounds(data);
            if (grounds.isEmpty())
                return missingValue("legal_grounds");
            return escaped(joinedSwedish(grounds));
        }
        if (n == "completion_date"_L1) {
            if (!data.completionDueOn.isValid())
                return missingValue("completion_date");
            return longDate(data.completionDueOn);
        }
        if (n == "decided_by"_L1) {
            if (data.decidedBy.isEmpty())
                return missingValue("decided_by");
            return escaped(data.decidedBy);
        }
        if (n == "reasons"_L1) {
            if (data.reasons.isEmpty())
                return missingValue("reasons");
            block = reasonList(data.reasons);
        } else if (n == "missing"_L1) {
            if (data.missing.isEmpty())
                return missingValue("missing");
            block = missingList(data.missing);
        } else if (n == "breakdown"_L1) {
            if (data.breakdown.isEmpty())
                return missingValue("breakdown");
            block = breakdownTable(data.breakdown);
        } else {
            return applicationValue(data.application,
                                    LetterTemplate::applicationPath(n, pack.manifest()));
        }
        // A list or table inside a line of text starts on a paragraph of its own.
        block.chop(1);
        return p.aloneOnLine ? block : u"\n\n"_s + block + u"\n\n"_s;
    };
    auto body = tmpl->fill(value);
    if (!body)
        return body.error();

    for (const QString &line : body->split(u'\n')) {
        if (line.startsWith(u"# "_s)) {
            letter.m_title = line.mid(2).trimmed();
            break;
        }
    }
    if (letter.m_title.isEmpty())
        letter.m_title =
            letter.m_kind == LetterKind::Decision ? u"Beslut"_s : u"Begäran om komplettering"_s;

    QString markdown = header(data);
    if (letter.m_kind == LetterKind::Decision)
        markdown += u"**Beslut:** "_s + outcomeName(data.outcome) + u"\n\n"_s;
    markdown += body.value().trimmed() + u"\n\n"_s;
    markdown +=
        letter.m_kind == LetterKind::Decision ? decisionSections(data) : completionSections(data);
    letter.m_markdown = markdown;
    return letter;
}

std::unique_ptr<QTextDocument> DecisionLetter::document() const
{
    auto doc = std::make_unique<QTextDocument>();
    // Fonts exist only with a QGuiApplication; without one (headless commands) the
    // document still gives its text, just not a layout.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        doc->setDefaultFont(QFont(u"DejaVu Sans"_s, 10));
    doc->setMetaInformation(QTextDocument::DocumentTitle, m_title);
    doc->setMarkdown(m_markdown);
    // Thin ruled tables, full width: the breakdown must read as a table on paper.
    for (auto it = doc->rootFrame()->begin(); !it.atEnd(); ++it) {
        if (auto *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            QTextTableFormat format = table->format();
            format.setBorder(0.5);
            format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            format.setBorderCollapse(true);
            format.setCellPadding(3);
            format.setCellSpacing(0);
            format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
            if (table->columns() == 4) // the breakdown: post, kind, amount, legal ground
                // The amount column fits "−15 234,75 kr" on one line: a wrapped amount
                // is misread on paper.
                format.setColumnWidthConstraints({QTextLength(QTextLength::PercentageLength, 33),
                                                  QTextLength(QTextLength::PercentageLength, 13),
                                                  QTextLength(QTextLength::PercentageLength, 25),
                                                  QTextLength(QTextLength::PercentageLength, 29)});
            table->setFormat(format);
        }
    }
    return doc;
}

QString DecisionLetter::html() const
{
    return document()->toHtml();
}

QString DecisionLetter::plainText() const
{
    const auto doc = document();
    QString out;
    appendPlainText(doc->rootFrame(), out);
    return out.trimmed() + u'\n';
}

Result<QByteArray> DecisionLetter::toPdf() const
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Problem{tr("Writing a PDF needs the graphical application (fonts)"), {}, 0, {}};
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        // QTextDocument::print adds 2 cm margins and the page numbers itself.
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(m_title);
        writer.setCreator(u"casebench"_s);
        const auto doc = document();
        doc->print(&writer);
    }
    if (!bytes.startsWith("%PDF"))
        return Problem{tr("The PDF could not be written"), {}, 0, {}};
    return bytes;
}

} // namespace casebench
