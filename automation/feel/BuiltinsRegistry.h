#pragma once

// Internal to the built-in library: the overloaded built-in function type and the helpers
// the Builtins*.cpp families share. Not for use outside automation/feel/Builtins*.cpp.

#include "automation/feel/CallContext.h"
#include "automation/feel/Function.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <optional>

namespace casebench::feel::builtinlib {

// Arguments bound to one signature: positional order, absent trailing optionals omitted,
// an absent optional in the middle of a named call filled with null.
using Args = QList<Value>;
using Impl = std::function<Value(const Args &args, CallContext &ctx)>;

// One way to call a built-in: parameter names as in the spec, how many are required, and
// whether the last one repeats (min(c1, …, cN)).
struct Signature
{
    QStringList params;
    int required = 0;
    bool variadic = false;
    Impl impl;
    // Only for positional calls: lets a named call tell overloads apart by parameter name
    // where a positional call cannot (context put's key vs keys).
    bool positionalOnly = false;
};

// A built-in with one or more signatures. Positional calls take the first signature whose
// arity fits; named calls the first whose parameter names cover the given names.
class BuiltinFunction final : public Function
{
public:
    BuiltinFunction(QString name, QList<Signature> signatures);
    QStringList parameterNames() const override;
    Value invoke(const QList<Argument> &args, CallContext &ctx) const override;
    Value invokePositional(const Args &args, CallContext &ctx) const override;
    QString name() const override { return m_name; }

private:
    QString m_name;
    QList<Signature> m_signatures;
};

using Registry = QHash<QString, std::shared_ptr<const Function>>;

// Registers `name` with its signatures.
void add(Registry &registry, const QString &name, QList<Signature> signatures);

// Reports "<function>: <message>" to ctx and returns null.
Value fail(CallContext &ctx, const QString &function, const QString &message);
// Translated message text for diagnostics (context "casebench::feel::Builtins").
QString tr(const char *text);

// The number as a qint64 if it is an integer that fits.
std::optional<qint64> integerOf(const Value &v);
// The number truncated towards zero, if that fits in qint64 (positions and scales: the TCK
// expects substring("foobar", 3, 3.8) = "oba" and decimal(1/3, 2.5) = 0.33).
std::optional<qint64> truncatedIntegerOf(const Value &v);
// Whether f can be called with `count` positional arguments (callbacks of sort and list
// replace must take exactly two).
bool acceptsArguments(const Function &f, qsizetype count);
// min(list) / min(c1, …): one list argument means its items, otherwise the arguments.
// Read where they are (in `args`), not copied: sum(), min() … are called for every case.
const QList<Value> &listOrItems(const Args &args);
// Wraps a single non-list value into a one-item list (FEEL's singleton-list coercion).
QList<Value> asList(const Value &v);
// The FEEL string() form of a value (temporal values without their constructor).
QString stringOf(const Value &v);
// Sorts with FEEL ordering; false if some pair is not comparable.
bool sortValues(QList<Value> &values);

void registerConversion(Registry &registry);
void registerString(Registry &registry);
void registerList(Registry &registry);
void registerNumeric(Registry &registry);
void registerTemporal(Registry &registry);
void registerRange(Registry &registry);
void registerContext(Registry &registry);

} // namespace casebench::feel::builtinlib
