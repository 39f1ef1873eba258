#include "automation/feel/Builtins.h"

#include "automation/feel/BuiltinsRegistry.h"

#include <QCoreApplication>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace casebench::feel {

namespace builtinlib {

BuiltinFunction::BuiltinFunction(QString name, QList<Signature> signatures)
    : m_name(std::move(name)), m_signatures(std::move(signatures))
{
}

QStringList BuiltinFunction::parameterNames() const
{
    return m_signatures.isEmpty() ? QStringList() : m_signatures.first().params;
}

Value BuiltinFunction::invoke(const QList<Argument> &args, CallContext &ctx) const
{
    const bool named =
        std::any_of(args.begin(), args.end(), [](const Argument &a) { return !a.name.isEmpty(); });
    if (!named) {
        Args bound;
        bound.reserve(args.size());
        for (const Argument &a : args)
            bound.append(a.value);
        return invokePositional(bound, ctx);
    }
    for (const Signature &sig : m_signatures) {
        if (sig.positionalOnly)
            continue;
        Args bound;
        bool fits = true;
        qsizetype highest = -1;
        QList<qsizetype> positions;
        for (const Argument &a : args) {
            const qsizetype pos = sig.params.indexOf(a.name);
            if (a.name.isEmpty() || pos < 0 || positions.contains(pos)) {
                fits = false;
                break;
            }
            positions.append(pos);
            highest = std::max(highest, pos);
        }
        if (!fits)
            continue;
        for (int i = 0; i < sig.required; ++i) {
            if (!positions.contains(i))
                fits = false;
        }
        if (!fits)
            continue;
        bound.resize(highest + 1);
        for (qsizetype i = 0; i < args.size(); ++i)
            bound[positions[i]] = args[i].value;
        return sig.impl(bound, ctx);
    }
    QStringList given;
    for (const Argument &a : args)
        given << (a.name.isEmpty() ? u"?"_s : a.name);
    return fail(ctx, m_name,
                tr("has no parameters named (%1); parameters are (%2)")
                    .arg(given.join(u", "_s), parameterNames().join(u", "_s)));
}

Value BuiltinFunction::invokePositional(const Args &args, CallContext &ctx) const
{
    const qsizetype n = args.size();
    for (const Signature &sig : m_signatures) {
        if (n < sig.required || (!sig.variadic && n > sig.params.size()))
            continue;
        return sig.impl(args, ctx);
    }
    return fail(ctx, m_name,
                tr("cannot be called with %1 argument(s); parameters are (%2)")
                    .arg(n)
                    .arg(parameterNames().join(u", "_s)));
}

void add(Registry &registry, const QString &name, QList<Signature> signatures)
{
    registry.insert(name, std::make_shared<const BuiltinFunction>(name, std::move(signatures)));
}

Value fail(CallContext &ctx, const QString &function, const QString &message)
{
    ctx.report(function + u": "_s + message);
    return Value();
}

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench::feel::Builtins", text);
}

std::optional<qint64> integerOf(const Value &v)
{
    if (!v.is(ValueKind::Number))
        return std::nullopt;
    return v.number().toInt64();
}

std::optional<qint64> truncatedIntegerOf(const Value &v)
{
    if (!v.is(ValueKind::Number))
        return std::nullopt;
    return v.number().round(0, RoundingMode::Down).toInt64();
}

bool acceptsArguments(const Function &f, qsizetype count)
{
    return f.parameterNames().size() == count;
}

const QList<Value> &listOrItems(const Args &args)
{
    if (args.size() == 1 && args.first().is(ValueKind::List))
        return args.first().list();
    return args;
}

QList<Value> asList(const Value &v)
{
    if (v.is(ValueKind::List))
        return v.list();
    return {v};
}

QString stringOf(const Value &v)
{
    switch (v.kind()) {
    case ValueKind::String:
        return v.string();
    case ValueKind::Date:
        return v.date().toString();
    case ValueKind::Time:
        return v.time().toString();
    case ValueKind::DateTime:
        return v.dateTime().toString();
    case ValueKind::DaysTimeDuration:
        return v.daysTimeDuration().toString();
    case ValueKind::YearsMonthsDuration:
        return v.yearsMonthsDuration().toString();
    default:
        return v.toString();
    }
}

bool sortValues(QList<Value> &values)
{
    bool comparable = true;
    std::stable_sort(values.begin(), values.end(), [&](const Value &a, const Value &b) {
        const auto c = feelCompare(a, b);
        if (!c) {
            comparable = false;
            return false;
        }
        return *c < 0;
    });
    return comparable;
}

} // namespace builtinlib

const QHash<QString, std::shared_ptr<const Function>> &builtins()
{
    static const builtinlib::Registry registry = [] {
        builtinlib::Registry r;
        builtinlib::registerConversion(r);
        builtinlib::registerString(r);
        builtinlib::registerList(r);
        builtinlib::registerNumeric(r);
        builtinlib::registerTemporal(r);
        builtinlib::registerRange(r);
        builtinlib::registerContext(r);
        return r;
    }();
    return registry;
}

} // namespace casebench::feel
