#include "automation/letters/LetterTemplate.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LetterTemplate", text);
}

// A name between the braces: lower-case words joined by '_' or '.' (application paths).
const QRegularExpression &nameSyntax()
{
    static const QRegularExpression re(u"^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"_s);
    return re;
}

QString lastSegment(const QString &path)
{
    return path.mid(path.lastIndexOf(u'.') + 1);
}

} // namespace

QStringList LetterTemplate::standardPlaceholders()
{
    // The order of docs/rule-packs.md, "Letter templates".
    return {u"case_id"_s,   u"applicant_name"_s,  u"municipality"_s,  u"decision_date"_s,
            u"outcome"_s,   u"amount"_s,          u"period"_s,        u"period_from"_s,
            u"period_to"_s, u"reasons"_s,         u"legal_grounds"_s, u"breakdown"_s,
            u"missing"_s,   u"completion_date"_s, u"decided_by"_s};
}

bool LetterTemplate::isBlockPlaceholder(const QString &name)
{
    return name == "reasons"_L1 || name == "breakdown"_L1 || name == "missing"_L1;
}

QString LetterTemplate::applicationPath(const QString &name, const RulePackManifest &manifest)
{
    if (name.contains(u'.')) {
        for (const RulePackField &field : manifest.inputSchema) {
            if (field.path.contains(u"[]"_s))
                continue; // a list member has no single value to print
            if (field.path == name)
                return field.type == FieldType::Object || field.type == FieldType::Array ? QString()
                                                                                         : name;
            // Inside an object the schema does not spell out, e.g. details.provider.name.
            if (field.type == FieldType::Object && name.startsWith(field.path + u'.'))
                return name;
        }
        return {};
    }
    QString found;
    for (const RulePackField &field : manifest.inputSchema) {
        if (field.path.contains(u"[]"_s) || field.type == FieldType::Object ||
            field.type == FieldType::Array || lastSegment(field.path) != name)
            continue;
        if (!found.isEmpty())
            return {}; // ambiguous: the template must spell out the path
        found = field.path;
    }
    return found;
}

Result<LetterTemplate, Problems> LetterTemplate::read(const QString &file,
                                                      const RulePackManifest &manifest)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return Problems{
            {tr("cannot read the letter template: %1").arg(f.errorString()), file, 0, {}}};
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder.decode(f.readAll());
    if (decoder.hasError())
        return Problems{{tr("the letter template is not UTF-8 text"), file, 0, {}}};
    return parse(text, file, manifest);
}

Result<LetterTemplate, Problems> LetterTemplate::parse(const QString &text, const QString &file,
                                                       const RulePackManifest &manifest)
{
    LetterTemplate t;
    t.m_file = file;
    t.m_text = text;
    Problems problems;
    const QStringList standard = standardPlaceholders();
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            ++line;
            lineStart = i + 1;
            continue;
        }
        if (!QStringView(text).mid(i).startsWith(u"{{"))
            continue;
        const qsizetype lineEnd = [&] {
            const qsizetype n = text.indexOf(u'\n', i);
            return n < 0 ? text.size() : n;
        }();
        const qsizetype close = text.indexOf(u"}}"_s, i + 2);
        if (close < 0 || close > lineEnd) {
            problems.append(
                {tr("\"{{\" is not closed by \"}}\" on the same line"), file, line, {}});
            i = lineEnd - 1;
            continue;
        }
        const QString name = text.mid(i + 2, close - i - 2).trimmed();
        if (!nameSyntax().match(name).hasMatch()) {
            problems.append({tr("\"{{%1}}\" is not a placeholder name (lower-case letters, digits, "
                                "'_', and '.' between the parts of an application path)")
                                 .arg(name),
                             file, line, name});
        } else if (!standard.contains(name) && applicationPath(name, manifest).isEmpty()) {
            problems.append(
                {tr("unknown placeholder {{%1}}: neither one casebench fills in (%2) nor a "
                    "single-valued field of the pack's input_schema (a path, or the last part "
                    "of exactly one path)")
                     .arg(name, standard.join(u", "_s)),
                 file, line, name});
        } else {
            const qsizetype end = close + 2;
            const bool alone = text.mid(lineStart, i - lineStart).trimmed().isEmpty() &&
                               text.mid(end, lineEnd - end).trimmed().isEmpty();
            t.m_placeholders.append({name, line, alone});
            t.m_starts.append(i);
            t.m_lengths.append(end - i);
        }
        i = close + 1;
    }
    if (!problems.isEmpty())
        return problems;
    return t;
}

Problems LetterTemplate::checkPack(const RulePack &pack)
{
    Problems problems;
    const RulePackManifest &m = pack.manifest();
    QStringList outcomes = m.letters.keys();
    outcomes.sort(); // report in a stable order
    for (const QString &outcome : outcomes) {
        auto t = read(pack.filePath(m.letters.value(outcome)), m);
        if (!t)
            problems.append(t.error());
    }
    return problems;
}

Result<QString>
LetterTemplate::fill(const std::function<Result<QString>(const Placeholder &)> &value) const
{
    QString out;
    out.reserve(m_text.size() * 2);
    qsizetype from = 0;
    for (qsizetype k = 0; k < m_placeholders.size(); ++k) {
        out += QStringView(m_text).mid(from, m_starts.at(k) - from);
        auto v = value(m_placeholders.at(k));
        if (!v) {
            Problem p = v.error();
            p.file = m_file;
            p.line = m_placeholders.at(k).line;
            if (p.field.isEmpty())
                p.field = m_placeholders.at(k).name;
            return p;
        }
        out += v.value();
        from = m_starts.at(k) + m_lengths.at(k);
    }
    out += QStringView(m_text).mid(from);
    return out;
}

} // namespace casebench
