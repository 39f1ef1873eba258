#include "automation/pipeline/ApplicationContext.h"

#include "automation/feel/SourceText.h"

#include <QCoreApplication>
#include <QVarLengthArray>

namespace casebench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationContext", text);
}

// Appends to a path and takes it back off when it goes out of scope: one path buffer serves
// the whole application instead of a new string per field.
class PathStep
{
public:
    PathStep(QString &path, QStringView step, bool member) : m_path(path), m_size(path.size())
    {
        if (member && !path.isEmpty())
            path += QLatin1Char('.');
        path += step;
    }
    ~PathStep() { m_path.truncate(m_size); }
    PathStep(const PathStep &) = delete;
    PathStep &operator=(const PathStep &) = delete;

private:
    QString &m_path;
    qsizetype m_size;
};


// A JSON number as a FEEL number, into `out`; false, with `problem` naming the field by
// `pathOf()`, for a number the intake format does not allow.
template <typename PathOf>
bool convertNumber(const JsonTree::Value &value, feel::Value &out, Problem &problem,
                   const PathOf &pathOf)
{
    // Numbers are read as QJsonValue reads them, as doubles unless integral; integers up to
    // 2^53 are exact either way, and the intake format allows no fractions in JSON numbers
    // (amounts with öre are strings).
    const std::optional<qint64> n = value.toInteger();
    if (!n || *n > (qint64(1) << 53) || *n < -(qint64(1) << 53)) {
        problem = Problem{
            tr("a number with a fraction or beyond 2^53; write it as a decimal string"), {}, 0,
            pathOf()};
        return false;
    }
    out = feel::Value::number(*n);
    return true;
}

// A JSON string as the FEEL value its field's type asks for (`type`: none for an untyped
// field; `receivedAt`: the envelope's received_at), into `out`; false, with `problem`
// naming the field by `pathOf()`, for a text its type does not read.
template <typename PathOf>
bool convertString(QStringView text, const FieldType *type, bool receivedAt, feel::Value &out,
                   Problem &problem, const PathOf &pathOf)
{
    using feel::Value;
    const auto fail = [&](const QString &message) {
        problem = Problem{message, {}, 0, pathOf()};
        return false;
    };
    if (receivedAt) {
        const auto dt = feel::DateTime::fromString(text);
        if (!dt)
            return fail(tr("not a date and time"));
        out = Value(*dt);
        return true;
    }
    if (!type) {
        out = Value(text.toString());
        return true;
    }
    switch (*type) {
    case FieldType::Amount:
    case FieldType::Rate:
    case FieldType::Decimal: {
        const auto n = feel::Decimal::fromString(text);
        if (!n)
            return fail(tr("not a decimal number"));
        out = Value(*n);
        return true;
    }
    case FieldType::Date: {
        const auto d = feel::Date::fromString(text);
        if (!d)
            return fail(tr("not a date"));
        out = Value(*d);
        return true;
    }
    default:
        out = Value(text.toString());
        return true;
    }
}

// A member name that, appended to its parent's path, gives a path no other walk gives:
// not empty (the root's "" member would stand for the root), no '.' and no '['.
bool plainMember(QStringView name)
{
    // A plain loop: QStringView::contains() costs a search call per character asked about.
    const char16_t *const end = name.utf16() + name.size();
    for (const char16_t *c = name.utf16(); c != end; ++c) {
        if (*c == u'.' || *c == u'[')
            return false;
    }
    return !name.isEmpty();
}

} // namespace

// Where convertNode() stands, as a chain of steps on its stack: the path string is built
// only for a problem or for a key that needs the path-string walk.
struct ApplicationContext::Step
{
    const Step *parent = nullptr;
    QStringView member; // a member of the parent object
    bool item = false;  // or else an item of the parent list

    void appendTo(QString &path) const
    {
        if (!parent)
            return;
        parent->appendTo(path);
        if (item) {
            path += u"[]";
        } else {
            if (!path.isEmpty())
                path += QLatin1Char('.');
            path += member;
        }
    }
    QString toString() const
    {
        QString path;
        appendTo(path);
        return path;
    }
};

ApplicationContext::ApplicationContext(const QList<RulePackField> &schema)
{
    // The envelope's own dates; a pack's schema may add or override types.
    m_types.insert(QStringLiteral("application_date"), FieldType::Date);
    m_types.insert(QStringLiteral("deadline"), FieldType::Date);
    m_types.insert(QStringLiteral("applicant.birth_date"), FieldType::Date);
    m_types.insert(QStringLiteral("household[].birth_date"), FieldType::Date);
    for (const RulePackField &field : schema) {
        m_types.insert(field.path, field.type);
        const qsizetype dot = field.path.lastIndexOf(QLatin1Char('.'));
        const QString parent = dot < 0 ? QString() : field.path.left(dot);
        const QString member = field.path.mid(dot + 1);
        if (!member.contains(QLatin1Char('[')))
            m_members[parent].append(member);
    }

    // The same tables as a tree. A path no walk of plain members reaches gets no node; only
    // the path-string walk below an odd key can reach it.
    m_nodes.emplace_back();
    for (auto it = m_types.cbegin(); it != m_types.cend(); ++it) {
        if (const qsizetype node = nodeFor(it.key()); node >= 0)
            m_nodes[size_t(node)].type = it.value();
    }
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it) {
        const qsizetype node = nodeFor(it.key());
        if (node < 0)
            continue;
        for (const QString &member : it.value()) {
            // A plain member has a node (its path is in m_types); the index is its child's.
            const qsizetype index =
                plainMember(member) ? childIndex(&m_nodes[size_t(node)], member) : -1;
            m_nodes[size_t(node)].members.append({feel::SourceText::kept(member), index});
        }
    }
    m_nodes[size_t(nodeFor(u"received_at"))].receivedAt = true;
    // The rest of the envelope (docs/intake-format.md): nodes without a type or members
    // change nothing, they only spare its keys the look-up of an unknown member.
    for (const char16_t *path :
         {u"format", u"case_id", u"case_type", u"applicant.personnummer", u"applicant.name",
          u"applicant.relation", u"household[].personnummer", u"household[].name",
          u"household[].relation", u"attachments[].type", u"attachments[].name",
          u"attachments[].present", u"details"})
        nodeFor(QStringView(path));
}

qsizetype ApplicationContext::nodeFor(QStringView path)
{
    if (path.isEmpty())
        return 0;
    if (path.endsWith(u"[]")) {
        const qsizetype list = nodeFor(path.chopped(2));
        if (list < 0)
            return -1;
        if (m_nodes[size_t(list)].item < 0) {
            m_nodes.emplace_back();
            m_nodes[size_t(list)].item = qsizetype(m_nodes.size()) - 1;
        }
        return m_nodes[size_t(list)].item;
    }
    const qsizetype dot = path.lastIndexOf(QLatin1Char('.'));
    const QStringView member = path.sliced(dot + 1);
    if (!plainMember(member) || dot == 0)
        return -1;
    const qsizetype parent = dot < 0 ? 0 : nodeFor(path.first(dot));
    if (parent < 0)
        return -1;
    if (const qsizetype existing = childIndex(&m_nodes[size_t(parent)], member); existing >= 0)
        return m_nodes[size_t(parent)].children[existing].second;
    m_nodes.emplace_back();
    const qsizetype created = qsizetype(m_nodes.size()) - 1;
    // Names of the schema, copied into every application's contexts: kept (see SourceText).
    m_nodes[size_t(parent)].children.append({feel::SourceText::kept(member.toString()), created});
    return created;
}

qsizetype ApplicationContext::childIndex(const Node *node, QStringView member)
{
    if (!node)
        return -1;
    // Most names differ in length or first letter: feel::sameName() tells that inline.
    for (qsizetype i = 0; i < node->children.size(); ++i) {
        if (feel::sameName(node->children[i].first, member))
            return i;
    }
    return -1;
}

Result<feel::Value> ApplicationContext::convert(const JsonTree::Value &application) const
{
    const Step root;
    feel::Value converted;
    Problem problem;
    if (!convertNode(application, 0, root, converted, problem))
        return problem;
    return converted;
}

Result<feel::Value> ApplicationContext::convert(const QJsonObject &application) const
{
    const JsonTree tree = JsonTree::fromJsonValue(application);
    return convert(tree.root());
}

// Lists and contexts are built in place: each item and entry is converted straight into its
// slot, so no value is copied or moved on its way up.
bool ApplicationContext::convertNode(const JsonTree::Value &value, qsizetype node, const Step &at,
                                     feel::Value &out, Problem &problem) const
{
    using feel::Value;
    const Node *here = node < 0 ? nullptr : &m_nodes[size_t(node)];
    switch (value.type()) {
    case JsonTree::Type::Null:
    case JsonTree::Type::Undefined:
        out = Value::null();
        return true;
    case JsonTree::Type::Bool:
        out = Value(value.toBool());
        return true;
    case JsonTree::Type::Number:
        return convertNumber(value, out, problem, [&] { return at.toString(); });
    case JsonTree::Type::String:
        return convertString(value.string(), here && here->type ? &*here->type : nullptr,
                             here && here->receivedAt, out, problem,
                             [&] { return at.toString(); });
    case JsonTree::Type::Array: {
        QList<Value> items(value.size());
        Value *const slots = items.data();
        const qsizetype itemNode = here ? here->item : -1;
        const Step step{&at, {}, true};
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (!convertNode(value.at(i), itemNode, step, slots[i], problem))
                return false;
        }
        out = Value(std::move(items));
        return true;
    }
    case JsonTree::Type::Object: {
        QList<std::pair<QString, Value>> entries;
        entries.reserve(value.size() + (here ? here->members.size() : 0));
        // Which of this node's children a key of the object stands for: a member the
        // schema lists is in the object exactly when the key that names it was met.
        QVarLengthArray<bool, 32> met(here ? here->children.size() : 0, false);
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QStringView key = value.keyAt(i);
            const Step step{&at, key, false};
            // A key the schema names is plain (only plain members have nodes): most keys
            // are, so they are looked up before any is searched for a '.' or a '['.
            const qsizetype index = childIndex(here, key);
            if (index < 0) {
                Value &slot = entries.emplaceBack(key.toString(), Value()).second;
                if (plainMember(key)) {
                    if (!convertNode(value.valueAt(i), -1, step, slot, problem))
                        return false;
                    continue;
                }
                QString path = at.toString();
                const PathStep pathStep(path, key, true);
                if (!convertValue(value.valueAt(i), path, slot, problem))
                    return false;
                continue;
            }
            met[index] = true;
            // A key the schema knows is named by the node's own copy: no new string.
            const auto &[name, child] = here->children[index];
            Value &slot = entries.emplaceBack(name, Value()).second;
            if (!convertNode(value.valueAt(i), child, step, slot, problem))
                return false;
        }
        if (here) {
            for (const auto &[member, index] : here->members) {
                if (index >= 0 ? !met[index] : !value.contains(member))
                    entries.emplaceBack(member, Value::null());
            }
        }
        out = Value(feel::Context(std::move(entries)));
        return true;
    }
    }
    out = Value::null();
    return true;
}

bool ApplicationContext::convertValue(const JsonTree::Value &value, QString &path,
                                      feel::Value &out, Problem &problem) const
{
    using feel::Value;
    const auto type = m_types.constFind(path);
    switch (value.type()) {
    case JsonTree::Type::Null:
    case JsonTree::Type::Undefined:
        out = Value::null();
        return true;
    case JsonTree::Type::Bool:
        out = Value(value.toBool());
        return true;
    case JsonTree::Type::Number:
        return convertNumber(value, out, problem, [&] { return path; });
    case JsonTree::Type::String:
        return convertString(value.string(), type != m_types.constEnd() ? &*type : nullptr,
                             path == QLatin1String("received_at"), out, problem,
                             [&] { return path; });
    case JsonTree::Type::Array: {
        QList<Value> items(value.size());
        Value *const slots = items.data();
        const PathStep step(path, u"[]", false);
        for (qsizetype i = 0; i < value.size(); ++i) {
            if (!convertValue(value.at(i), path, slots[i], problem))
                return false;
        }
        out = Value(std::move(items));
        return true;
    }
    case JsonTree::Type::Object: {
        QList<std::pair<QString, Value>> entries;
        entries.reserve(value.size());
        for (qsizetype i = 0; i < value.size(); ++i) {
            const QStringView key = value.keyAt(i);
            const PathStep step(path, key, true);
            Value &slot = entries.emplaceBack(key.toString(), Value()).second;
            if (!convertValue(value.valueAt(i), path, slot, problem))
                return false;
        }
        for (const QString &member : m_members.value(path)) {
            if (!value.contains(member))
                entries.emplaceBack(member, Value::null());
        }
        out = Value(feel::Context(std::move(entries)));
        return true;
    }
    }
    out = Value::null();
    return true;
}

} // namespace casebench
