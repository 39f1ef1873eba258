#include "automation/dmn/TypeSystem.h"

#include "automation/feel/CallContext.h"
#include "automation/feel/Feel.h"

#include <QCoreApplication>

#include <optional>

namespace casebench::dmn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TypeSystem", text);
}

constexpr int kMaxTypeDepth = 64; // item definitions may refer to each other

// The value kind a FEEL built-in type name stands for; nullopt for "Any"; unset optional
// in `known` = not a built-in name.
std::optional<feel::ValueKind> builtinKind(QStringView name, bool &known)
{
    using K = feel::ValueKind;
    struct BuiltinType
    {
        QLatin1String name;
        std::optional<K> kind;
    };
    // Every decision and table output conforms its value: a length check settles most of
    // these before any character is compared, where a hash would read the whole name.
    static constexpr BuiltinType types[] = {
        {QLatin1String("number"), K::Number},
        {QLatin1String("string"), K::String},
        {QLatin1String("boolean"), K::Boolean},
        {QLatin1String("date"), K::Date},
        {QLatin1String("time"), K::Time},
        {QLatin1String("date and time"), K::DateTime},
        {QLatin1String("dateTime"), K::DateTime},
        {QLatin1String("days and time duration"), K::DaysTimeDuration},
        {QLatin1String("dayTimeDuration"), K::DaysTimeDuration},
        {QLatin1String("years and months duration"), K::YearsMonthsDuration},
        {QLatin1String("yearMonthDuration"), K::YearsMonthsDuration},
        {QLatin1String("context"), K::Context},
        {QLatin1String("list"), K::List},
        {QLatin1String("range"), K::Range},
        {QLatin1String("function"), K::Function},
        {QLatin1String("Any"), std::nullopt},
        {QLatin1String("Null"), std::nullopt},
    };
    for (const BuiltinType &t : types) {
        if (t.name.size() == name.size() && t.name == name) {
            known = true;
            return t.kind;
        }
    }
    known = false;
    return std::nullopt;
}

} // namespace

TypeSystem::TypeSystem(const QList<Definitions> &models)
{
    for (const auto &m : models) {
        ModelTypes &types = m_models[m.nameSpace];
        for (const auto &imp : m.imports)
            types.importNamespaces.insert(imp.name, imp.nameSpace);
        for (const auto &def : m.itemDefinitions) {
            types.byName.insert(def.name, &def);
            index(def, m.nameSpace);
        }
    }
}

void TypeSystem::index(const ItemDefinition &def, const QString &nameSpace)
{
    m_owner.insert(&def, nameSpace);
    const QString constraint = !def.allowedValues.trimmed().isEmpty() ? def.allowedValues : def.typeConstraint;
    if (!constraint.trimmed().isEmpty()) {
        auto parsed = feel::parseUnaryTests(constraint);
        if (parsed.ok())
            m_allowed.insert(&def, parsed.tests);
    }
    for (const auto &c : def.components)
        index(c, nameSpace);
}

bool TypeSystem::isBuiltin(const QString &typeRef)
{
    bool known = false;
    builtinKind(typeRef, known);
    return known;
}

const ItemDefinition *TypeSystem::find(const QString &modelNamespace, const QString &typeRef) const
{
    const auto model = m_models.constFind(modelNamespace);
    if (model == m_models.constEnd())
        return nullptr;
    if (const auto it = model->byName.constFind(typeRef); it != model->byName.constEnd())
        return *it;
    // "import.tType": a type of an imported model.
    const qsizetype dot = typeRef.indexOf(QLatin1Char('.'));
    if (dot > 0) {
        const auto ns = model->importNamespaces.constFind(typeRef.left(dot));
        if (ns != model->importNamespaces.constEnd())
            return find(*ns, typeRef.mid(dot + 1));
    }
    return nullptr;
}

std::optional<bool> TypeSystem::isInstance(const feel::Value &value, const QString &modelNamespace,
                                           const QString &typeRef) const
{
    const ItemDefinition *def = find(modelNamespace, typeRef);
    if (!def)
        return std::nullopt;
    return isInstanceOfItem(value, *def, def->isCollection, 0);
}

bool TypeSystem::isInstanceOfName(const feel::Value &value, const QString &modelNamespace, const QString &typeRef,
                                  int depth) const
{
    if (typeRef.isEmpty())
        return true;
    bool known = false;
    const auto kind = builtinKind(typeRef, known);
    if (known)
        return !kind || value.kind() == *kind;
    if (const ItemDefinition *def = find(modelNamespace, typeRef))
        return isInstanceOfItem(value, *def, def->isCollection, depth + 1);
    return false;
}

bool TypeSystem::isInstanceOfItem(const feel::Value &value, const ItemDefinition &def, bool asCollection,
                                  int depth) const
{
    if (depth > kMaxTypeDepth || value.isNull())
        return false;
    if (asCollection) {
        if (!value.is(feel::ValueKind::List))
            return false;
        for (const auto &item : value.list()) {
            if (!item.isNull() && !isInstanceOfItem(item, def, false, depth + 1))
                return false;
        }
        return true;
    }
    if (def.isFunction)
        return value.is(feel::ValueKind::Function);
    if (!def.components.isEmpty()) {
        if (!value.is(feel::ValueKind::Context))
            return false;
        for (const auto &component : def.components) {
            const feel::Value *entry = value.context().find(component.name);
            if (!entry)
                return false;
            if (!entry->isNull() && !isInstanceOfItem(*entry, component, component.isCollection, depth + 1))
                return false;
        }
        return true;
    }
    // Allowed values constrain values, not the type: 256 is an instance of a number type
    // that allows [0..255] (TCK 0070).
    return isInstanceOfName(value, m_owner.value(&def), def.typeRef, depth + 1);
}

feel::Value TypeSystem::conform(feel::Value value, const QString &modelNamespace,
                                const QString &typeRef, feel::CallContext &ctx) const
{
    if (typeRef.isEmpty() || value.isNull())
        return value;
    // The common case, a value already of its built-in type, hands the value back unchanged.
    bool known = false;
    const auto kind = builtinKind(typeRef, known);
    if (known && (!kind || value.kind() == *kind))
        return value;
    return conformToName(value, modelNamespace, typeRef, ctx, 0);
}

feel::Value TypeSystem::conformToName(const feel::Value &value, const QString &modelNamespace,
                                      const QString &typeRef, feel::CallContext &ctx, int depth) const
{
    if (value.isNull() || typeRef.isEmpty())
        return value;
    bool known = false;
    const auto kind = builtinKind(typeRef, known);
    if (known) {
        if (!kind || value.kind() == *kind)
            return value;
        // A singleton list stands for its element.
        if (value.is(feel::ValueKind::List) && value.list().size() == 1 && value.list().first().kind() == *kind)
            return value.list().first();
        // Dates are accepted where a date and time is asked (spec: date = midnight UTC).
        ctx.report(tr("a %1 does not conform to type %2").arg(value.typeName(), typeRef));
        return feel::Value::null();
    }
    if (const ItemDefinition *def = find(modelNamespace, typeRef))
        return conformToItem(value, *def, def->isCollection, ctx, depth + 1);
    return value; // unknown type (e.g. list<number> type expressions): accept
}

feel::Value TypeSystem::conformToItem(const feel::Value &value, const ItemDefinition &def, bool asCollection,
                                      feel::CallContext &ctx, int depth) const
{
    if (value.isNull())
        return value;
    if (depth > kMaxTypeDepth) {
        ctx.report(tr("item definition '%1' refers to itself too deeply").arg(def.name));
        return feel::Value::null();
    }
    const QString ns = m_owner.value(&def);
    if (asCollection) {
        QList<feel::Value> items;
        if (value.is(feel::ValueKind::List)) {
            items = value.list();
        } else {
            items = {value}; // an element stands for a singleton list
        }
        QList<feel::Value> out;
        out.reserve(items.size());
        for (const auto &item : std::as_const(items)) {
            const feel::Value c = conformToItem(item, def, false, ctx, depth + 1);
            if (c.isNull() && !item.isNull())
                return feel::Value::null();
            out << c;
        }
        return feel::Value(std::move(out));
    }
    feel::Value result = value;
    if (def.isFunction) {
        if (!value.is(feel::ValueKind::Function)) {
            ctx.report(tr("a %1 does not conform to function type '%2'").arg(value.typeName(), def.name));
            return feel::Value::null();
        }
        return value;
    }
    if (!def.components.isEmpty()) {
        if (value.is(feel::ValueKind::List) && value.list().size() == 1)
            result = value.list().first();
        if (!result.is(feel::ValueKind::Context)) {
            ctx.report(tr("a %1 does not conform to structured type '%2'").arg(value.typeName(), def.name));
            return feel::Value::null();
        }
        feel::Context out = result.context();
        for (const auto &component : def.components) {
            const feel::Value *entry = result.context().find(component.name);
            if (!entry) {
                ctx.report(tr("a context lacks component '%1' of type '%2'").arg(component.name, def.name));
                return feel::Value::null();
            }
            const feel::Value c = conformToItem(*entry, component, component.isCollection, ctx, depth + 1);
            if (c.isNull() && !entry->isNull())
                return feel::Value::null();
            out.insert(component.name, c);
        }
        result = feel::Value(std::move(out));
    } else if (!def.typeRef.isEmpty()) {
        result = conformToName(value, ns, def.typeRef, ctx, depth + 1);
        if (result.isNull())
            return result;
    }
    if (const auto it = m_allowed.constFind(&def); it != m_allowed.constEnd()) {
        const feel::Value ok = feel::test(**it, result, feel::Value::null(), ctx);
        if (!ok.is(feel::ValueKind::Boolean) || !ok.boolean()) {
            ctx.report(tr("%1 is not an allowed value of type '%2'").arg(result.toString(), def.name));
            return feel::Value::null();
        }
    }
    return result;
}

} // namespace casebench::dmn
