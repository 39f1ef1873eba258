#pragma once

#include "automation/feel/Value.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <QVarLengthArray>
#include <memory>
#include <optional>
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
    // The scope of a filter condition: `name` bound to `item` and, when the item is a
    // context, its entries, which come first (in [{item: 1}][item > 0] "item" is the entry).
    static Ptr forItem(const QString &name, const Value &item, Ptr parent);

    explicit Scope(Ptr parent) : m_parent(std::move(parent)) {}

    // Its variables are the entries of `context` (if it is a context).
    void readContext(const Value &context);
    // Its variables are the entries in `entries`, read where they are (no copies): the frame
    // of a context literal being built. The list must outlive the scope, so only where
    // nothing evaluated in the literal can keep the scope (no function is defined in it).
    void readEntries(const QList<std::pair<QString, Value>> *entries) { m_entries = entries; }
    // What forItem() sets up.
    void bindItem(const QString &name, const Value &item);
    // As bindItem(), but the item is read where it lives, not copied: for a frame on the
    // stack (see StackScope) over a list that outlives it (a filter's items). `name` must
    // outlive the frame too (a literal, a parsed node's name). Called again, it moves on to
    // the next item.
    void borrowItem(QStringView name, const Value *item)
    {
        m_borrowedName = name;
        m_borrowed = item;
        m_contextFirst = item->is(ValueKind::Context);
    }
    // `name` bound to a value read where it lives (a loop's element), not copied; the same
    // conditions as borrowItem(), but the element's entries are not variables.
    void borrow(QStringView name, const Value *value)
    {
        m_borrowedName = name;
        m_borrowed = value;
        m_contextFirst = false;
    }

    // Binds or rebinds a variable in this frame.
    void bind(const QString &name, Value value);
    // Room for `count` bindings (a context literal knows how many entries it will bind).
    void reserve(qsizetype count) { m_vars.reserve(count); }
    // Forgets bindings whose value holds a function. Called when a context literal is
    // complete: functions defined in it close over its frame, and the frame holding them
    // back would be a reference cycle (a leak per evaluation).
    void dropFunctionBindings();
    // The innermost binding of `name`, or nullptr.
    const Value *lookup(QStringView name) const;

private:
    Ptr m_parent;
    // Most frames bind one or two names (an iteration variable, a function's parameters):
    // kept inline, such a frame is a single allocation.
    QVarLengthArray<std::pair<QString, Value>, 2> m_vars;
    Value m_context;
    const QList<std::pair<QString, Value>> *m_entries = nullptr; // readEntries(): not owned
    bool m_contextFirst = false; // forItem(), borrowItem(): the item's entries come first
    // borrowItem(), borrow(): one variable read in place, looked at before m_vars.
    QStringView m_borrowedName;
    const Value *m_borrowed = nullptr;
};

// A frame on the evaluator's stack instead of the heap, for a construct below which no
// function is defined (Node::mayDefineFunction false): nothing evaluated there can keep the
// frame, so it needs no allocation and no reference count. ptr() owns nothing; the frames and
// values that see it are gone before the construct returns, as with Scope::readEntries().
class StackScope
{
public:
    explicit StackScope(Scope::Ptr parent) : m_scope(std::move(parent)), m_ptr(Scope::Ptr(), &m_scope) {}
    StackScope(const StackScope &) = delete;
    StackScope &operator=(const StackScope &) = delete;

    Scope *operator->() { return &m_scope; }
    const Scope::Ptr &ptr() const { return m_ptr; }

private:
    Scope m_scope;
    Scope::Ptr m_ptr;
};

// A frame for a construct: on the stack when nothing below it can keep it, else shared.
class Frame
{
public:
    Frame(bool mayBeKept, const Scope::Ptr &parent)
    {
        if (mayBeKept)
            m_shared = Scope::make(parent);
        else
            m_stack.emplace(parent);
    }
    Scope *operator->() { return m_stack ? m_stack->operator->() : m_shared.get(); }
    const Scope::Ptr &ptr() const { return m_stack ? m_stack->ptr() : m_shared; }

private:
    std::optional<StackScope> m_stack;
    Scope::Ptr m_shared;
};

// The frame of a loop's variables, one iteration after another: the same frame on the stack
// for all of them, or a new shared one for each when a function defined in the loop may
// keep an iteration's frame.
class IterationFrame
{
public:
    IterationFrame(bool mayBeKept, const Scope::Ptr &parent)
        : m_mayBeKept(mayBeKept), m_parent(parent)
    {
        if (!mayBeKept) {
            m_stack.emplace(parent);
            m_frame = m_stack->ptr();
        }
    }
    IterationFrame(const IterationFrame &) = delete;
    IterationFrame &operator=(const IterationFrame &) = delete;

    // The frame for the next iteration.
    const Scope::Ptr &next()
    {
        if (m_mayBeKept)
            m_frame = Scope::make(m_parent);
        return m_frame;
    }

private:
    bool m_mayBeKept;
    Scope::Ptr m_parent;
    std::optional<StackScope> m_stack;
    Scope::Ptr m_frame;
};

} // namespace casebench::feel
