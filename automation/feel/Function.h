#pragma once

#include "automation/feel/Value.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace casebench::feel {

// One argument of a call: positional when `name` is empty, named otherwise.
struct Argument
{
    QString name;
    Value value;
};

class CallContext; // diagnostics sink and evaluation budget, declared in Feel.h

// Anything FEEL can call: built-ins, user-defined functions, BKMs, decision services.
// A call with wrong arguments returns null and reports through the CallContext; nothing throws.
class Function
{
public:
    virtual ~Function() = default;
    // Parameter names, in order, for named invocation ("string", "start position" …).
    virtual QStringList parameterNames() const = 0;
    // Calls the function; args are positional or all named.
    virtual Value invoke(const QList<Argument> &args, CallContext &ctx) const = 0;
    // Calls the function with positional arguments only. The evaluator's path for the
    // common call f(a, b): functions that can take the values as they are (built-ins,
    // functions written in FEEL) override it and save building a list of Arguments.
    virtual Value invokePositional(const QList<Value> &args, CallContext &ctx) const;
    // Name for messages and toString(); empty for anonymous functions.
    virtual QString name() const { return QString(); }
};

} // namespace casebench::feel
