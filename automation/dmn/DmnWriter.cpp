#include "automation/dmn/DmnWriter.h"

#include "automation/dmn/DmnReader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <algorithm>
#include <optional>

namespace casebench::dmn {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench::dmn::DmnWriter", text);
}

QString escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'&')
            out += u"&amp;"_s;
        else if (c == u'<')
            out += u"&lt;"_s;
        else if (c == u'>')
            out += u"&gt;"_s;
        else
            out += c;
    }
    return out;
}

QString escapeAttribute(const QString &text)
{
    return escapeText(text).replace(u'"', QStringLiteral("&quot;"));
}

QString prefixOf(const QString &qualifiedName)
{
    const qsizetype colon = qualifiedName.indexOf(u':');
    return colon < 0 ? QString() : qualifiedName.left(colon + 1);
}

// The value span of the id attribute inside a start tag's text.
std::optional<std::pair<qsizetype, qsizetype>> idAttributeValue(QStringView startTag)
{
    static const QRegularExpression re(
        QString::fromUtf8(R"re(\sid\s*=\s*(?:"([^"]*)"|'([^']*)'))re"));
    const auto m = re.match(startTag.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int group = m.capturedStart(1) >= 0 ? 1 : 2;
    return std::pair{m.capturedStart(group), m.capturedEnd(group)};
}

struct Splice
{
    qsizetype begin;
    qsizetype end;
    QString text;
};

// Applies splices (absolute offsets inside [base, base + text.size())) to text.
QString applySplices(QString text, qsizetype base, QList<Splice> splices)
{
    std::sort(splices.begin(), splices.end(),
              [](const Splice &a, const Splice &b) { return a.begin > b.begin; });
    for (const Splice &s : splices)
        text.replace(s.begin - base, s.end - s.begin, s.text);
    return text;
}

// The whitespace that starts the line holding `offset`.
QString indentationAt(const QString &text, qsizetype offset)
{
    const qsizetype lineStart = offset <= 0 ? 0 : text.lastIndexOf(u'\n', offset - 1) + 1;
    qsizetype i = lineStart;
    while (i < text.size() && (text.at(i) == u' ' || text.at(i) == u'\t'))
        ++i;
    return text.mid(lineStart, i - lineStart);
}

QString uniqueId(const QString &base, QSet<QString> &used)
{
    QString id = base;
    for (int n = 2; used.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    used.insert(id);
    return id;
}

} // namespace

Result<DmnWriter> DmnWriter::read(const QByteArray &xml, const QString &fileName)
{
    DmnWriter writer;
    writer.m_fileName = fileName;
    QStringDecoder decoder(QStringDecoder::Utf8);
    writer.m_text = decoder.decode(xml);
    if (decoder.hasError()) {
        Problem p;
        p.file = fileName;
        p.message = tr("the model is not UTF-8 text");
        return p;
    }
    if (auto indexed = writer.reindex(); !indexed)
        return indexed.error();
    return writer;
}

Result<void> DmnWriter::reindex()
{
    m_tables.clear();
    m_literals.clear();
    m_ids.clear();

    struct Frame
    {
        QString local;
        QString qualified;
        bool dmn = false;
        QString id;
        qsizetype begin = 0;
        qsizetype startTagEnd = 0;
    };
    QList<Frame> stack;
    int tableIndex = -1;
    std::optional<RulePlace> rule;
    std::optional<Entry> entry;
    QString entryKind;
    std::optional<LiteralPlace> literal;
    bool inText = false;
    QString text;
    Span textElement;
    Span textStartTag;

    QXmlStreamReader xml(m_text);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        const qsizetype offset = xml.characterOffset();
        if (token == QXmlStreamReader::StartDocument) {
            const QString encoding = xml.documentEncoding().toString();
            if (!encoding.isEmpty() && encoding.compare(u"utf-8"_s, Qt::CaseInsensitive) != 0 &&
                encoding.compare(u"utf8"_s, Qt::CaseInsensitive) != 0) {
                Problem p;
                p.file = m_fileName;
                p.line = 1;
                p.message = tr("the model declares encoding %1; only UTF-8 models can be edited")
                                .arg(encoding);
                return p;
            }
        } else if (token == QXmlStreamReader::StartElement) {
            Frame f;
            f.local = xml.name().toString();
            f.qualified = xml.qualifiedName().toString();
            f.dmn = DmnReader::isDmnNamespace(xml.namespaceUri());
            f.id = xml.attributes().value(u"id"_s).toString();
            f.startTagEnd = offset;
            f.begin = m_text.lastIndexOf(u'<', offset - 1);
            if (!f.id.isEmpty())
                m_ids.insert(f.id);
            const QString parent = stack.isEmpty() ? QString() : stack.last().local;
            const QString grandParent =
                stack.size() < 2 ? QString() : stack.at(stack.size() - 2).local;
            if (f.dmn) {
                if (f.local == u"decisionTable"_s) {
                    TablePlace t;
                    t.id = f.id;
                    t.prefix = prefixOf(f.qualified);
                    m_tables << t;
                    tableIndex = int(m_tables.size()) - 1;
                } else if (tableIndex >= 0 && parent == u"decisionTable"_s &&
                           f.local == u"rule"_s) {
                    rule = RulePlace{};
                    rule->id = f.id;
                    rule->element.begin = f.begin;
                    rule->startTag = {f.begin, offset};
                } else if (rule && parent == u"rule"_s &&
                           (f.local == u"inputEntry"_s || f.local == u"outputEntry"_s ||
                            f.local == u"annotationEntry"_s)) {
                    entry = Entry{};
                    entry->qualifiedName = f.qualified;
                    entry->element.begin = f.begin;
                    entry->startTag = {f.begin, offset};
                    entryKind = f.local;
                } else if (f.local == u"literalExpression"_s &&
                           ((parent == u"decision"_s && grandParent == u"definitions"_s) ||
                            (parent == u"encapsulatedLogic"_s &&
                             grandParent == u"businessKnowledgeModel"_s))) {
                    literal = LiteralPlace{};
                    literal->ownerId =
                        stack.at(parent == u"decision"_s ? stack.size() - 1 : stack.size() - 2).id;
                } else if (f.local == u"text"_s &&
                           ((entry && parent == entryKind) ||
                            (literal && parent == u"literalExpression"_s))) {
                    inText = true;
                    text.clear();
                    textElement.begin = f.begin;
                    textStartTag = {f.begin, offset};
                }
            }
            stack << f;
        } else if (token == QXmlStreamReader::Characters) {
            if (inText)
                text += xml.text();
        } else if (token == QXmlStreamReader::EndElement) {
            if (stack.isEmpty())
                break;
            const Frame f = stack.takeLast();
            const bool selfClosing = offset == f.startTagEnd;
            const qsizetype endTagBegin =
                selfClosing ? offset : m_text.lastIndexOf(u'<', offset - 1);
            const QString parent = stack.isEmpty() ? QString() : stack.last().local;
            if (!f.dmn)
                continue;
            if (inText && f.local == u"text"_s) {
                inText = false;
                textElement.end = offset;
                const Span content{textStartTag.end, endTagBegin};
                if (entry) {
                    entry->hasText = true;
                    entry->textElement = textElement;
                    entry->textContent = content;
                    entry->selfClosingText = selfClosing;
                    entry->textQualifiedName = f.qualified;
                    entry->text = text;
                } else if (literal) {
                    literal->hasText = true;
                    literal->textElement = textElement;
                    literal->textContent = content;
                    literal->selfClosingText = selfClosing;
                    literal->textQualifiedName = f.qualified;
                    literal->text = text;
                }
            } else if (entry && f.local == entryKind && parent == u"rule"_s) {
                entry->element.end = offset;
                if (entryKind == u"inputEntry"_s)
                    rule->inputs << *entry;
                else if (entryKind == u"outputEntry"_s)
                    rule->outputs << *entry;
                else
                    rule->annotations << *entry;
                entry.reset();
            } else if (rule && f.local == u"rule"_s && parent == u"decisionTable"_s) {
                rule->element.end = offset;
                m_tables[tableIndex].rules << *rule;
                rule.reset();
            } else if (tableIndex >= 0 && parent == u"decisionTable"_s &&
                       (f.local == u"input"_s || f.local == u"output"_s ||
                        f.local == u"annotation"_s)) {
                TablePlace &t = m_tables[tableIndex];
                t.headerEnd = std::max(t.headerEnd, offset);
                if (f.local == u"input"_s)
                    ++t.inputCount;
                else if (f.local == u"output"_s)
                    ++t.outputCount;
                else
                    ++t.annotationCount;
            } else if (f.local == u"decisionTable"_s) {
                tableIndex = -1;
            } else if (literal && f.local == u"literalExpression"_s) {
                if (!literal->ownerId.isEmpty())
                    m_literals.insert(literal->ownerId, *literal);
                literal.reset();
            }
        }
    }
    if (xml.hasError()) {
        Problem p;
        p.file = m_fileName;
        p.line = int(xml.lineNumber());
        p.message = xml.errorString();
        return p;
    }
    return {};
}

QStringList DmnWriter::tableIds() const
{
    QStringList ids;
    for (const TablePlace &t : m_tables)
        ids << t.id;
    return ids;
}

Result<void> DmnWriter::setRules(const QString &tableId, const QList<DecisionTable::Rule> &rules)
{
    const auto problem = [&](const QString &message) {
        Problem p;
        p.file = m_fileName;
        p.field = tableId;
        p.message = message;
        return p;
    };
    const auto found = std::find_if(m_tables.cbegin(), m_tables.cend(), [&](const TablePlace &t) {
        return !tableId.isEmpty() && t.id == tableId;
    });
    if (found == m_tables.cend())
        return problem(tr("no decision table with this id"));
    const TablePlace table = *found;

    QSet<QString> ownIds;
    for (const RulePlace &r : table.rules)
        ownIds.insert(r.id);
    QSet<QString> newIds;
    for (const auto &r : rules) {
        if (r.id.isEmpty())
            return problem(tr("every rule needs an id"));
        if (newIds.contains(r.id))
            return problem(tr("rule id %1 is used twice").arg(r.id));
        if (m_ids.contains(r.id) && !ownIds.contains(r.id))
            return problem(tr("rule id %1 is already the id of another element").arg(r.id));
        newIds.insert(r.id);
        if (r.inputEntries.size() != table.inputCount ||
            r.outputEntries.size() != table.outputCount)
            return problem(tr("rule %1 has %2 input and %3 output entries; the table has %4 inputs "
                              "and %5 outputs")
                               .arg(r.id)
                               .arg(r.inputEntries.size())
                               .arg(r.outputEntries.size())
                               .arg(table.inputCount)
                               .arg(table.outputCount));
        for (qsizetype i = table.annotationCount; i < r.annotations.size(); ++i) {
            if (!r.annotations.at(i).isEmpty())
                return problem(
                    tr("rule %1 has more annotations than the table has annotation columns")
                        .arg(r.id));
        }
    }

    // Each original rule owns the text before it (whitespace, comments) and takes it along
    // when it moves; new rules get the line break and indentation of the rules around them.
    QHash<QString, qsizetype> originalIndex;
    QStringList gaps;
    for (qsizetype i = 0; i < table.rules.size(); ++i) {
        const RulePlace &r = table.rules.at(i);
        const qsizetype previousEnd = i == 0 ? table.headerEnd : table.rules.at(i - 1).element.end;
        gaps << m_text.mid(previousEnd, r.element.begin - previousEnd);
        if (!r.id.isEmpty())
            originalIndex.insert(r.id, i);
    }
    const qsizetype firstLine =
        table.rules.isEmpty() ? table.headerEnd - 1 : table.rules.first().element.begin;
    const QString lineBreak = m_text.contains(u"\r\n"_s) ? u"\r\n"_s : u"\n"_s;
    const QString defaultGap = lineBreak + indentationAt(m_text, firstLine);
    const RulePlace *templateRule = nullptr;
    for (const RulePlace &r : table.rules) {
        const bool allText = std::all_of(r.inputs.cbegin(), r.inputs.cend(),
                                         [](const Entry &e) { return e.hasText; }) &&
                             std::all_of(r.outputs.cbegin(), r.outputs.cend(),
                                         [](const Entry &e) { return e.hasText; }) &&
                             std::all_of(r.annotations.cbegin(), r.annotations.cend(),
                                         [](const Entry &e) { return e.hasText; });
        if (allText && r.inputs.size() == table.inputCount &&
            r.outputs.size() == table.outputCount &&
            r.annotations.size() == table.annotationCount && !r.id.isEmpty()) {
            templateRule = &r;
            break;
        }
    }

    QSet<QString> usedIds = m_ids;
    usedIds.unite(newIds);
    QString region;
    for (const auto &r : rules) {
        const auto it = originalIndex.constFind(r.id);
        if (it != originalIndex.constEnd()) {
            region += gaps.at(*it) + editedRuleText(table.rules.at(*it), r);
        } else if (templateRule) {
            region += defaultGap + clonedRuleText(*templateRule, r);
        } else {
            region += defaultGap + generatedRuleText(table, r, defaultGap);
        }
    }
    const qsizetype regionBegin = table.headerEnd;
    const qsizetype regionEnd =
        table.rules.isEmpty() ? table.headerEnd : table.rules.last().element.end;
    if (QStringView(m_text).mid(regionBegin, regionEnd - regionBegin) == region)
        return {};
    m_text.replace(regionBegin, regionEnd - regionBegin, region);
    m_modified = true;
    return reindex();
}

QString DmnWriter::editedRuleText(const RulePlace &place, const DecisionTable::Rule &rule) const
{
    QList<Splice> splices;
    const auto setCell = [&](const Entry &e, const QString &value) {
        if (e.hasText && e.text == value)
            return;
        const QString escaped = escapeText(value);
        const QString textName =
            e.hasText ? e.textQualifiedName : prefixOf(e.qualifiedName) + u"text"_s;
        if (e.hasText && !e.selfClosingText) {
            splices << Splice{e.textContent.begin, e.textContent.end, escaped};
        } else if (e.hasText) {
            splices << Splice{e.textElement.begin, e.textElement.end,
                              u'<' + textName + u'>' + escaped + u"</"_s + textName + u'>'};
        } else if (e.element.end == e.startTag.end) { // <inputEntry/>
            QString open = m_text.mid(e.startTag.begin, e.startTag.end - e.startTag.begin);
            open.chop(2);
            splices << Splice{e.element.begin, e.element.end,
                              open.trimmed() + u"><"_s + textName + u'>' + escaped + u"</"_s +
                                  textName + u"></"_s + e.qualifiedName + u'>'};
        } else {
            const qsizetype endTag = m_text.lastIndexOf(u'<', e.element.end - 1);
            splices << Splice{endTag, endTag,
                              u'<' + textName + u'>' + escaped + u"</"_s + textName + u'>'};
        }
    };
    for (qsizetype i = 0; i < place.inputs.size(); ++i)
        setCell(place.inputs.at(i), rule.inputEntries.value(i));
    for (qsizetype i = 0; i < place.outputs.size(); ++i)
        setCell(place.outputs.at(i), rule.outputEntries.value(i));
    for (qsizetype i = 0; i < place.annotations.size(); ++i)
        setCell(place.annotations.at(i), rule.annotations.value(i));
    // Annotation columns the rule had no entry for.
    QString appended;
    const QString prefix =
        prefixOf(place.inputs.isEmpty() ? QString() : place.inputs.first().qualifiedName);
    for (qsizetype i = place.annotations.size(); i < rule.annotations.size(); ++i) {
        appended += u'<' + prefix + u"annotationEntry><"_s + prefix + u"text>"_s +
                    escapeText(rule.annotations.at(i)) + u"</"_s + prefix + u"text></"_s + prefix +
                    u"annotationEntry>"_s;
    }
    if (!appended.isEmpty()) {
        qsizetype at = place.startTag.end;
        for (const auto *list : {&place.inputs, &place.outputs, &place.annotations}) {
            for (const Entry &e : *list)
                at = std::max(at, e.element.end);
        }
        splices << Splice{at, at, appended};
    }
    return applySplices(m_text.mid(place.element.begin, place.element.end - place.element.begin),
                        place.element.begin, splices);
}

QString DmnWriter::clonedRuleText(const RulePlace &templ, const DecisionTable::Rule &rule) const
{
    QList<Splice> splices;
    QSet<QString> used = m_ids;
    used.insert(rule.id);
    const auto replaceId = [&](const Span &startTag, const QString &newId) {
        const auto value = idAttributeValue(
            QStringView(m_text).mid(startTag.begin, startTag.end - startTag.begin));
        if (value)
            splices << Splice{startTag.begin + value->first, startTag.begin + value->second,
                              escapeAttribute(newId)};
    };
    replaceId(templ.startTag, rule.id);
    const auto cloneEntries = [&](const QList<Entry> &entries, const QStringList &values,
                                  const QString &tag) {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const Entry &e = entries.at(i);
            replaceId(e.startTag, uniqueId(rule.id + u'-' + tag + QString::number(i + 1), used));
            if (e.selfClosingText) {
                splices << Splice{e.textElement.begin, e.textElement.end,
                                  u'<' + e.textQualifiedName + u'>' + escapeText(values.value(i)) +
                                      u"</"_s + e.textQualifiedName + u'>'};
            } else {
                splices << Splice{e.textContent.begin, e.textContent.end,
                                  escapeText(values.value(i))};
            }
        }
    };
    cloneEntries(templ.inputs, rule.inputEntries, QStringLiteral("in"));
    cloneEntries(templ.outputs, rule.outputEntries, QStringLiteral("out"));
    cloneEntries(templ.annotations, rule.annotations, QStringLiteral("note"));
    return applySplices(m_text.mid(templ.element.begin, templ.element.end - templ.element.begin),
                        templ.element.begin, splices);
}

QString DmnWriter::generatedRuleText(const TablePlace &table, const DecisionTable::Rule &rule,
                                     const QString &gap) const
{
    const QString &p = table.prefix;
    const QString indent = gap.mid(gap.lastIndexOf(u'\n') + 1);
    const QString lineBreak = gap.contains(u"\r\n"_s) ? u"\r\n"_s : u"\n"_s;
    QString out = u'<' + p + u"rule id=\""_s + escapeAttribute(rule.id) + u"\">"_s;
    const auto entries = [&](const QStringList &values, qsizetype count, const QString &element) {
        for (qsizetype i = 0; i < count; ++i) {
            out += lineBreak + indent + u"  <"_s + p + element + u"><"_s + p + u"text>"_s +
                   escapeText(values.value(i)) + u"</"_s + p + u"text></"_s + p + element + u'>';
        }
    };
    entries(rule.inputEntries, table.inputCount, QStringLiteral("inputEntry"));
    entries(rule.outputEntries, table.outputCount, QStringLiteral("outputEntry"));
    entries(rule.annotations, table.annotationCount, QStringLiteral("annotationEntry"));
    out += lineBreak + indent + u"</"_s + p + u"rule>"_s;
    return out;
}

Result<void> DmnWriter::setLiteralText(const QString &ownerId, const QString &text)
{
    const auto it = m_literals.constFind(ownerId);
    Problem p;
    p.file = m_fileName;
    p.field = ownerId;
    if (it == m_literals.constEnd()) {
        p.message =
            tr("no decision or business knowledge model with this id has a literal expression");
        return p;
    }
    const LiteralPlace &place = *it;
    Splice s;
    if (place.hasText && !place.selfClosingText) {
        if (place.text == text)
            return {};
        s = Splice{place.textContent.begin, place.textContent.end, escapeText(text)};
    } else if (place.hasText) {
        s = Splice{place.textElement.begin, place.textElement.end,
                   u'<' + place.textQualifiedName + u'>' + escapeText(text) + u"</"_s +
                       place.textQualifiedName + u'>'};
    } else {
        p.message = tr("the literal expression has no text element");
        return p;
    }
    m_text.replace(s.begin, s.end - s.begin, s.text);
    m_modified = true;
    return reindex();
}

} // namespace casebench::dmn
