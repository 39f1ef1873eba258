#include "automation/pipeline/ApplicationContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QVarLengthArray>
#include <limits>

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


// A JSON number as a FEEL number; `pathOf()` names the field in a problem.
template <typename PathOf>
Result<feel::Value> convertNumber(const QJsonValue &value, const PathOf &pathOf)
{
    // QJsonValue holds numbers as double; integers up to 2^53 convert exactly, and the
    // intake format allows no fractions in JSON numbers (amounts with öre are strings).
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 n = value.toInteger(sentinel);
    if (n == sentinel || n > (qint64(1) << 53) || n < -(qint64(1) << 53))
        return Problem{tr("a number with a fraction or beyond 2^53; write it as a decimal string"),
                       {},
                       0,
                       pathOf()};
    return feel::Value::number(n);
}

// A JSON string as the FEEL value its field's type asks for (`type`: none for an untyped
// field; `receivedAt`: the envelope's received_at).
template <typename PathOf>
Result<feel::Value> convertString(const QJsonValue &value, const FieldType *type,
                                  bool receivedAt, const PathOf &pathOf)
{
    using feel::Value;
    const QString text = value.toString();
    if (receivedAt) {
        const auto dt = feel::DateTime::fromString(text);
        if (!dt)
            return Problem{tr("not a date and time"), {}, 0, pathOf()};
        return Value(*dt);
    }
    if (!type)
        return Value(text);
    switch (*type) {
    case FieldType::Amount:
    case FieldType::Rate:
    case FieldType::Decimal: {
        const auto n = feel::Decimal::fromString(text);
        if (!n)
            return Problem{tr("not a decimal number"), {}, 0, pathOf()};
        return Value(*n);
    }
    case FieldType::Date: {
        const auto d = feel::Date::fromString(text);
        if (!d)
            return Problem{tr("not a date"), {}, 0, pathOf()};
        return Value(*d);
    }
    default:
        return Value(text);
    }
}

// A member name that, appended to its parent's path, gives a path no other walk gives:
// not empty (the root's "" member would stand for the root), no '.' and no '['.
bool plainMember(QStringView name)
{
    // A plain loop: QStringView::contains() costs a search call per character asked about.
    for (const QChar c : name) {
        if (c == u'.' || c == u'[')
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
            m_nodes[size_t(node)].members.append({member, index});
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
    m_nodes[size_t(parent)].children.append({member.toString(), created});
    return created;
}

qsizetype ApplicationContext::childIndex(const Node *node, QStringView member)
{
    if (!node)
        return -1;
    for (qsizetype i = 0; i < node->children.size(); ++i) {
        if (node->children[i].first == member)
            return i;
    }
    return -1;
}

Result<feel::Value> ApplicationContext::convert(const QJsonObject &application) const
{
    const Step root;
    return convertNode(application, 0, root);
}

Result<feel::Value> ApplicationContext::convertNode(const QJsonValue &value, qsizetype node,
                                                    const Step &at) const
{
    using feel::Value;
    const Node *here = node < 0 ? nullptr : &m_nodes[size_t(node)];
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Value::null();
    case QJsonValue::Bool:
        return Value(value.toBool());
    case QJsonValue::Double:
        return convertNumber(value, [&] { return at.toString(); });
    case QJsonValue::String:
        return convertString(value, here && here->type ? &*here->type : nullptr,
                             here && here->receivedAt, [&] { return at.toString(); });
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QList<Value> items;
        items.reserve(array.size());
        const qsizetype itemNode = here ? here->item : -1;
        const Step step{&at, {}, true};
        for (const QJsonValue &item : array) {
            auto converted = convertNode(item, itemNode, step);
            if (!converted)
                return converted;
            items.append(std::move(converted).value());
        }
        return Value(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QList<std::pair<QString, Value>> entries;
        entries.reserve(object.size() + (here ? here->members.size() : 0));
        // Which of this node's children a key of the object stands for: a member the
        // schema lists is in the object exactly when the key that names it was met.
        QVarLengthArray<bool, 32> met(here ? here->children.size() : 0, false);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            QString key = it.key();
            const Step step{&at, key, false};
            auto converted = [&] {
                if (plainMember(key)) {
                    const qsizetype index = childIndex(here, key);
                    if (index < 0)
                        return convertNode(it.value(), -1, step);
                    met[index] = true;
                    return convertNode(it.value(), here->children[index].second, step);
                }
                QString path = at.toString();
                const PathStep pathStep(path, key, true);
                return convertValue(it.value(), path);
            }();
            if (!converted)
                return converted;
            entries.append({std::move(key), std::move(converted).value()});
        }
        if (here) {
            for (const auto &[member, index] : here->members) {
                if (index >= 0 ? !met[index] : !object.contains(member))
                    entries.append({member, Value::null()});
            }
        }
        return Value(feel::Context(std::move(entries)));
    }
    }
    return Value::null();
}

Result<feel::Value> ApplicationContext::convertValue(const QJsonValue &value, QString &path) const
{
    using feel::Value;
    const auto type = m_types.constFind(path);
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Value::null();
    case QJsonValue::Bool:
        return Value(value.toBool());
    case QJsonValue::Double:
        return convertNumber(value, [&] { return path; });
    case QJsonValue::String:
        return convertString(value, type != m_types.constEnd() ? &*type : nullptr,
                             path == QLatin1String("received_at"), [&] { return path; });
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        QList<Value> items;
        items.reserve(array.size());
        const PathStep step(path, u"[]", false);
        for (const QJsonValue &item : array) {
            auto converted = convertValue(item, path);
            if (!converted)
                return converted;
            items.append(converted.value());
        }
        return Value(std::move(items));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QList<std::pair<QString, Value>> entries;
        entries.reserve(object.size());
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            auto converted = [&] {
                const PathStep step(path, key, true);
                return convertValue(it.value(), path);
            }();
            if (!converted)
                return converted;
            entries.append({key, converted.value()});
        }
        for (const QString &member : m_members.value(path)) {
            if (!object.contains(member))
                entries.append({member, Value::null()});
        }
        return Value(feel::Context(std::move(entries)));
    }
    }
    return Value::null();
}

} // namespace casebench
