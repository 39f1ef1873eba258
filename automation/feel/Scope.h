#pragma once

#include "automation/feel/Value.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <utility>

namespace casebench::feel {

// Variables visible at one point of an evaluation: a frame of own bindings (function
// parameters, iteration variables, context entries being built) and/or a context value
// whose entries are variables (the caller's bindings, a filtered list's item), chained to
// the enclosing scope. Frames are shared so that function values can close over them.
class Scope
{
public:
    using Ptr = std::shared_ptr<Scope>;

    static Ptr make(Ptr parent = nullptr) { return std::make_shared<Scope>(std::move(parent)); }
    // A scope whose variables are the entries of `context` (if it is a context).
    static Ptr fromContext(const Value &context, Ptr parent = nullptr);

    explicit Scope(Ptr parent) : m_parent(std::move(parent)) {}

    // Binds or rebinds a variable in this frame.
    void bind(const QString &name, const Value &value);
    // Forgets bindings whose value holds a function. Called when a context literal is
    // complete: functions defined in it close over its frame, and the frame holding them
    // back would be a reference cycle (a leak per evaluation).
    void dropFunctionBindings();
    // The innermost binding of `name`, or nullptr.
    const Value *lookup(QStringView name) const;

private:
    Ptr m_parent;
    QList<std::pair<QString, Value>> m_vars;
    Value m_context;
};

} // namespace casebench::feel
