#pragma once

#include "automation/feel/Function.h"

#include <QHash>
#include <QList>
#include <memory>

namespace casebench::feel {

// Results of calls to pure functions, remembered for the rest of an evaluation so that the
// same call with the same arguments is answered without evaluating the body again. Rule
// packs call their lookup tables (a cost kind's treatment, a norm for an age band) several
// times per case with the same arguments: in the ekonomiskt-bistånd pack each cost line
// asks Kostnadsslag(kind) up to four times.
//
// Only calls whose arguments are all positional and simple (null, boolean, number, string,
// date) are remembered: such values compare by representation (numbers are kept without
// trailing zeros, so 1 and 1.0 are one key), which makes "same arguments" mean "same
// result" for a function whose result depends on its arguments alone. Which functions are
// pure is the caller's business (see dmn::MemoizedFunction): the memo only stores.
//
// Not thread-safe: one memo per evaluating thread, like the CallContext that points to it.
class CallMemo
{
public:
    // Beyond this many results the memo starts over, so a long run's memory stays bounded.
    static constexpr qsizetype maxEntries = 4096;

    // Whether a call with these arguments can be remembered.
    static bool canRemember(const QList<Argument> &args);
    static bool canRememberPositional(const QList<Value> &args);

    // The remembered result of `function` called with `args`, or nullptr. A positional call
    // f(a, b) and f with the unnamed arguments a, b are the same call.
    const Value *find(const Function *function, const QList<Argument> &args) const;
    const Value *findPositional(const Function *function, const QList<Value> &args) const;
    // Remembers a result; `function` is kept alive so that its address is never reused for
    // another function while the memo can still answer for it.
    void remember(std::shared_ptr<const Function> function, const QList<Argument> &args,
                  const Value &result);
    void rememberPositional(std::shared_ptr<const Function> function, const QList<Value> &args,
                            const Value &result);

    qsizetype size() const { return m_size; }
    void clear();

private:
    struct Entry
    {
        std::shared_ptr<const Function> function;
        QList<Value> args;
        Value result;
    };

    template <typename Args> const Value *findImpl(const Function *function, const Args &args) const;
    void store(std::shared_ptr<const Function> function, size_t hash, QList<Value> values,
               const Value &result);

    QHash<size_t, QList<Entry>> m_entries; // by hashOf(); a list for the rare collision
    qsizetype m_size = 0;
};

} // namespace casebench::feel
