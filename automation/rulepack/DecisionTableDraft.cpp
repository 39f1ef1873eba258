#include "automation/rulepack/DecisionTableDraft.h"

#include "automation/dmn/BoxedExpression.h"
#include "automation/dmn/DmnReader.h"
#include "automation/dmn/DmnWriter.h"
#include "automation/feel/Feel.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>

namespace casebench {

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench::DecisionTableDraft", text);
}

Problem problem(const QString &file, const QString &message, const QString &field = {})
{
    Problem p;
    p.file = file;
    p.field = field;
    p.message = message;
    return p;
}

const QRegularExpression &numberLiteral()
{
    static const QRegularExpression re(u"^\\s*-?(?:\\d+(?:\\.\\d*)?|\\.\\d+)\\s*$"_s);
    return re;
}

QString jsonString(const QString &text)
{
    QString out = u"\""_s;
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        if (c.unicode() < 0x20)
            out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out + u'"';
}

// Replaces the value of the top-level string member `key` of a JSON object text, leaving
// the rest of the text (layout, key order, other members) as it is.
std::optional<QString> replaceTopLevelString(const QString &json, const QString &key,
                                             const QString &value)
{
    int depth = 0;
    qsizetype i = 0;
    const qsizetype n = json.size();
    const auto readString =
        [&](qsizetype start) -> qsizetype { // returns one past the closing quote
        qsizetype j = start + 1;
        while (j < n && json.at(j) != u'"')
            j += json.at(j) == u'\\' ? 2 : 1;
        return j + 1;
    };
    bool expectKey = false;
    while (i < n) {
        const QChar c = json.at(i);
        if (c == u'"') {
            const qsizetype end = readString(i);
            if (depth == 1 && expectKey && json.mid(i + 1, end - i - 2) == key) {
                qsizetype j = end;
                while (j < n && json.at(j).isSpace())
                    ++j;
                if (j < n && json.at(j) == u':') {
                    ++j;
                    while (j < n && json.at(j).isSpace())
                        ++j;
                    if (j < n && json.at(j) == u'"') {
                        const qsizetype valueEnd = readString(j);
                        QString out = json;
                        out.replace(j, valueEnd - j, jsonString(value));
                        return out;
                    }
                    return std::nullopt;
                }
            }
            expectKey = false;
            i = end;
            continue;
        }
        if (c == u'{' || c == u'[') {
            ++depth;
            expectKey = c == u'{';
        } else if (c == u'}' || c == u']') {
            --depth;
        } else if (c == u',') {
            expectKey = depth == 1;
        }
        ++i;
    }
    return std::nullopt;
}

} // namespace

Result<DecisionTableDraft, Problems> DecisionTableDraft::fromFolder(const QString &folder)
{
    auto files = RulePackStore::readFolder(folder);
    if (!files)
        return files.error();
    return fromFiles(*files, folder);
}

Result<DecisionTableDraft, Problems> DecisionTableDraft::fromFiles(const RulePackFiles &files,
                                                                   const QString &source)
{
    DecisionTableDraft draft;
    draft.m_source = source;
    draft.m_files = files;
    const QString manifestFile = RulePackManifest::fileName();
    if (!files.contains(manifestFile))
        return Problems{problem(source + u'/' + manifestFile, tr("the pack has no pack.json"))};
    auto manifest =
        RulePackManifest::read(files.value(manifestFile).toUtf8(), source + u'/' + manifestFile);
    if (!manifest)
        return manifest.error();
    draft.m_manifest = *manifest;

    // The main model first, then the models it may import, by path.
    QStringList dmnFiles;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key().endsWith(u".dmn"_s, Qt::CaseInsensitive) && it.key() != draft.m_manifest.model)
            dmnFiles << it.key();
    }
    if (files.contains(draft.m_manifest.model))
        dmnFiles.prepend(draft.m_manifest.model);

    Problems problems;
    for (const QString &file : dmnFiles) {
        const QByteArray xml = files.value(file).toUtf8();
        auto defs = dmn::DmnReader::read(xml, source + u'/' + file);
        auto writer = dmn::DmnWriter::read(xml, source + u'/' + file);
        if (!defs) {
            problems << defs.error();
            continue;
        }
        if (!writer) {
            problems << writer.error();
            continue;
        }
        draft.m_modelIds.insert(file, writer->ids());
        QStringList names;
        for (const auto &d : defs->inputData)
            names << d.name;
        for (const auto &d : defs->decisions)
            names << d.name;
        for (const auto &b : defs->knowledgeModels)
            names << b.name;
        for (const auto &s : defs->decisionServices)
            names << s.name;

        const auto take = [&](const QString &ownerId, const QString &ownerName, bool bkm,
                              const QStringList &parameters, const dmn::BoxedExpressionPtr &logic) {
            if (!logic)
                return;
            if (logic->kind == dmn::BoxedExpression::Kind::DecisionTable && logic->table &&
                !logic->table->id.isEmpty()) {
                DraftTable t;
                t.file = file;
                t.ownerId = ownerId;
                t.ownerName = ownerName;
                t.knowledgeModel = bkm;
                t.parameters = parameters;
                t.table = *logic->table;
                draft.m_tables << t;
            } else if (logic->kind == dmn::BoxedExpression::Kind::Literal && parameters.isEmpty() &&
                       numberLiteral().match(logic->text).hasMatch()) {
                DraftConstant c;
                c.file = file;
                c.ownerId = ownerId;
                c.ownerName = ownerName;
                c.knowledgeModel = bkm;
                c.text = logic->text;
                c.originalText = logic->text;
                draft.m_constants << c;
            }
        };
        for (const auto &d : defs->decisions)
            take(d.id, d.name, false, {}, d.expression);
        for (const auto &b : defs->knowledgeModels) {
            if (!b.logic)
                continue;
            QStringList parameters;
            for (const auto &p : b.logic->parameters)
                parameters << p.first;
            names << parameters;
            take(b.id, b.name, true, parameters, b.logic->body);
        }
        names.removeDuplicates();
        draft.m_names.insert(file, names);
    }
    if (!problems.isEmpty())
        return problems;
    return draft;
}

int DecisionTableDraft::tableIndex(const QString &ownerName) const
{
    for (int i = 0; i < m_tables.size(); ++i) {
        if (m_tables.at(i).ownerName == ownerName)
            return i;
    }
    return -1;
}

int DecisionTableDraft::constantIndex(const QString &ownerName) const
{
    for (int i = 0; i < m_constants.size(); ++i) {
        if (m_constants.at(i).ownerName == ownerName)
            return i;
    }
    return -1;
}

bool DecisionTableDraft::isModified() const
{
    return std::any_of(m_tables.cbegin(), m_tables.cend(),
                       [](const DraftTable &t) { return t.modified; }) ||
           std::any_of(m_constants.cbegin(), m_constants.cend(),
                       [](const DraftConstant &c) { return c.modified(); });
}

int DecisionTableDraft::columnCount(const dmn::DecisionTable &table)
{
    return int(table.inputs.size() + table.outputs.size() + table.annotationNames.size());
}

DecisionTableDraft::CellKind DecisionTableDraft::columnKind(const dmn::DecisionTable &table,
                                                            int column)
{
    if (column < table.inputs.size())
        return CellKind::Input;
    if (column < table.inputs.size() + table.outputs.size())
        return CellKind::Output;
    return CellKind::Annotation;
}

QString DecisionTableDraft::columnTitle(const dmn::DecisionTable &table, int column)
{
    const int inputs = int(table.inputs.size());
    const int outputs = int(table.outputs.size());
    if (column < inputs) {
        const auto &in = table.inputs.at(column);
        return in.label.isEmpty() ? in.expression : in.label;
    }
    if (column < inputs + outputs) {
        const auto &out = table.outputs.at(column - inputs);
        if (!out.name.isEmpty())
            return out.name;
        if (!out.label.isEmpty())
            return out.label;
        return table.outputLabel;
    }
    return table.annotationNames.value(column - inputs - outputs);
}

QString DecisionTableDraft::cell(const dmn::DecisionTable::Rule &rule,
                                 const dmn::DecisionTable &table, int column)
{
    const int inputs = int(table.inputs.size());
    const int outputs = int(table.outputs.size());
    if (column < inputs)
        return rule.inputEntries.value(column);
    if (column < inputs + outputs)
        return rule.outputEntries.value(column - inputs);
    return rule.annotations.value(column - inputs - outputs);
}

QStringList DecisionTableDraft::knownNames(const QString &file) const
{
    return m_names.value(file);
}

std::optional<feel::Diagnostic> DecisionTableDraft::checkCell(int table, int column,
                                                              const QString &text) const
{
    if (table < 0 || table >= m_tables.size())
        return feel::Diagnostic{tr("no such table"), 0, 0, -1};
    const DraftTable &t = m_tables.at(table);
    switch (columnKind(t.table, column)) {
    case CellKind::Annotation:
        return std::nullopt;
    case CellKind::Input: {
        if (text.trimmed().isEmpty())
            return feel::Diagnostic{tr("an input cell cannot be empty: write - to match any value"),
                                    1, 1, 0};
        const auto parsed = feel::parseUnaryTests(text, knownNames(t.file));
        if (!parsed.ok())
            return parsed.errors.value(
                0, feel::Diagnostic{tr("not valid FEEL unary tests"), 0, 0, -1});
        return std::nullopt;
    }
    case CellKind::Output: {
        if (text.trimmed().isEmpty())
            return feel::Diagnostic{tr("an output cell cannot be empty: write null for no value"),
                                    1, 1, 0};
        const auto parsed = feel::parseExpression(text, knownNames(t.file));
        if (!parsed.ok())
            return parsed.errors.value(
                0, feel::Diagnostic{tr("not a valid FEEL expression"), 0, 0, -1});
        return std::nullopt;
    }
    }
    return std::nullopt;
}

std::optional<feel::Diagnostic> DecisionTableDraft::checkConstant(const QString &text)
{
    if (numberLiteral().match(text).hasMatch())
        return std::nullopt;
    return feel::Diagnostic{tr("a constant must be a number, such as 3000 or 12.5"), 1, 1, 0};
}

bool DecisionTableDraft::ruleIdTaken(const QString &file, const QString &id) const
{
    if (m_modelIds.value(file).contains(id))
        return true;
    for (const DraftTable &t : m_tables) {
        if (t.file != file)
            continue;
        for (const auto &r : t.table.rules) {
            if (r.id == id)
                return true;
        }
    }
    return false;
}

QString DecisionTableDraft::addRule(int table, int row)
{
    if (table < 0 || table >= m_tables.size())
        return {};
    DraftTable &t = m_tables[table];
    dmn::DecisionTable::Rule rule;
    const QString base = t.table.id + u"-R"_s;
    int n = int(t.table.rules.size()) + 1;
    while (ruleIdTaken(t.file, base + QString::number(n)))
        ++n;
    rule.id = base + QString::number(n);
    for (qsizetype i = 0; i < t.table.inputs.size(); ++i)
        rule.inputEntries << u"-"_s;
    for (qsizetype i = 0; i < t.table.outputs.size(); ++i)
        rule.outputEntries << u"null"_s;
    for (qsizetype i = 0; i < t.table.annotationNames.size(); ++i)
        rule.annotations << QString();
    if (row < 0 || row > t.table.rules.size())
        row = int(t.table.rules.size());
    t.table.rules.insert(row, rule);
    t.modified = true;
    return rule.id;
}

Result<void> DecisionTableDraft::removeRule(int table, int row)
{
    if (table < 0 || table >= m_tables.size() || row < 0 ||
        row >= m_tables.at(table).table.rules.size())
        return problem(m_source, tr("no such rule"));
    m_tables[table].table.rules.removeAt(row);
    m_tables[table].modified = true;
    return {};
}

Result<void> DecisionTableDraft::moveRule(int table, int from, int to)
{
    if (table < 0 || table >= m_tables.size())
        return problem(m_source, tr("no such table"));
    auto &rules = m_tables[table].table.rules;
    if (from < 0 || from >= rules.size() || to < 0 || to >= rules.size())
        return problem(m_source, tr("no such rule"));
    if (from == to)
        return {};
    rules.move(from, to);
    m_tables[table].modified = true;
    return {};
}

Result<void, feel::Diagnostic> DecisionTableDraft::setCell(int table, int row, int column,
                                                           const QString &text)
{
    if (table < 0 || table >= m_tables.size() || row < 0 ||
        row >= m_tables.at(table).table.rules.size() || column < 0 ||
        column >= columnCount(m_tables.at(table).table))
        return feel::Diagnostic{tr("no such cell"), 0, 0, -1};
    if (const auto error = checkCell(table, column, text))
        return *error;
    DraftTable &t = m_tables[table];
    auto &rule = t.table.rules[row];
    const int inputs = int(t.table.inputs.size());
    const int outputs = int(t.table.outputs.size());
    QString *target = nullptr;
    if (column < inputs) {
        target = &rule.inputEntries[column];
    } else if (column < inputs + outputs) {
        target = &rule.outputEntries[column - inputs];
    } else {
        const int a = column - inputs - outputs;
        while (rule.annotations.size() <= a)
            rule.annotations << QString();
        target = &rule.annotations[a];
    }
    if (*target != text) {
        *target = text;
        t.modified = true;
    }
    return {};
}

Result<void, feel::Diagnostic> DecisionTableDraft::setConstant(int index, const QString &text)
{
    if (index < 0 || index >= m_constants.size())
        return feel::Diagnostic{tr("no such constant"), 0, 0, -1};
    if (const auto error = checkConstant(text))
        return *error;
    m_constants[index].text = text;
    return {};
}

QString DecisionTableDraft::nextDraftVersion(const QString &version, const QStringList &taken)
{
    static const QRegularExpression draftSuffix(u"^(.*)-draft(\\d+)$"_s);
    QString base = version;
    int n = 1;
    const auto m = draftSuffix.match(version);
    if (m.hasMatch()) {
        base = m.captured(1);
        n = m.captured(2).toInt() + 1;
    }
    QString candidate = u"%1-draft%2"_s.arg(base).arg(n);
    while (taken.contains(candidate))
        candidate = u"%1-draft%2"_s.arg(base).arg(++n);
    return candidate;
}

Result<RulePackFiles, Problems> DecisionTableDraft::save(const QString &newVersion) const
{
    RulePackFiles files = m_files;
    QStringList editedFiles;
    for (const DraftTable &t : m_tables) {
        if (t.modified && !editedFiles.contains(t.file))
            editedFiles << t.file;
    }
    for (const DraftConstant &c : m_constants) {
        if (c.modified() && !editedFiles.contains(c.file))
            editedFiles << c.file;
    }
    Problems problems;
    for (const QString &file : editedFiles) {
        auto writer = dmn::DmnWriter::read(m_files.value(file).toUtf8(), m_source + u'/' + file);
        if (!writer) {
            problems << writer.error();
            continue;
        }
        for (const DraftTable &t : m_tables) {
            if (t.file != file || !t.modified)
                continue;
            if (auto written = writer->setRules(t.table.id, t.table.rules); !written)
                problems << written.error();
        }
        for (const DraftConstant &c : m_constants) {
            if (c.file != file || !c.modified())
                continue;
            if (auto written = writer->setLiteralText(c.ownerId, c.text); !written)
                problems << written.error();
        }
        files[file] = QString::fromUtf8(writer->xml());
    }
    const QString manifestFile = RulePackManifest::fileName();
    const auto manifest =
        replaceTopLevelString(files.value(manifestFile), u"version"_s, newVersion);
    if (!manifest)
        problems << problem(m_source + u'/' + manifestFile, tr("no version to change"),
                            u"version"_s);
    else
        files[manifestFile] = *manifest;
    if (!problems.isEmpty())
        return problems;
    return files;
}

Result<void, Problems> DecisionTableDraft::saveToFolder(const QString &folder,
                                                        const QString &newVersion) const
{
    auto files = save(newVersion);
    if (!files)
        return files.error();
    return RulePackStore::writeFolder(*files, folder);
}

} // namespace casebench
