#include "automation/pipeline/ApplicationContext.h"

#include <QCoreApplication>
#include <QJsonArray>
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
} // namespace

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
}

Result<feel::Value> ApplicationContext::convert(const QJsonObject &application) const
{
    QString path;
    path.reserve(64);
    return convertValue(application, path);
}

Result<feel::Value> ApplicationContext::convertValue(const QJsonValue &value, QString &path) const
{
    using feel::Value;
    const auto type = m_types.constFind(path);
    const bool typed = type != m_types.constEnd();
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Value::null();
    case QJsonValue::Bool:
        return Value(value.toBool());
    case QJsonValue::Double: {
        // QJsonValue holds numbers as double; integers up to 2^53 convert exactly, and the
        // intake format allows no fractions in JSON numbers (amounts with öre are strings).
        constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
        const qint64 n = value.toInteger(sentinel);
        if (n == sentinel || n > (qint64(1) << 53) || n < -(qint64(1) << 53))
            return Problem{
                tr("a number with a fraction or beyond 2^53; write it as a decimal string"),
                {},
                0,
                path};
        return Value::number(n);
    }
    case QJsonValue::String: {
        const QString text = value.toString();
        if (path == QLatin1String("received_at")) {
            const auto dt = feel::DateTime::fromString(text);
            if (!dt)
                return Problem{tr("not a date and time"), {}, 0, path};
            return Value(*dt);
        }
        if (!typed)
            return Value(text);
        switch (*type) {
        case FieldType::Amount:
        case FieldType::Rate:
        case FieldType::Decimal: {
            const auto n = feel::Decimal::fromString(text);
            if (!n)
                return Problem{tr("not a decimal number"), {}, 0, path};
            return Value(*n);
        }
        case FieldType::Date: {
            const auto d = feel::Date::fromString(text);
            if (!d)
                return Problem{tr("not a date"), {}, 0, path};
            return Value(*d);
        }
        default:
            return Value(text);
        }
    }
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
