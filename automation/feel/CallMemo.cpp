#include "automation/feel/CallMemo.h"

#include <algorithm>

namespace casebench::feel {

namespace {

bool isSimple(const Value &v)
{
    switch (v.kind()) {
    case ValueKind::Null:
    case ValueKind::Boolean:
    case ValueKind::Number:
    case ValueKind::String:
    case ValueKind::Date:
        return true;
    default:
        return false;
    }
}

size_t hashOfValue(const Value &v, size_t seed)
{
    switch (v.kind()) {
    case ValueKind::Boolean:
        return qHashMulti(seed, int(v.kind()), v.boolean());
    case ValueKind::Number:
        return qHashMulti(seed, int(v.kind()), v.number().hash());
    case ValueKind::String:
        return qHashMulti(seed, int(v.kind()), v.string());
    case ValueKind::Date:
        return qHashMulti(seed, int(v.kind()), v.date().year(), v.date().month(), v.date().day());
    default:
        return qHashMulti(seed, int(v.kind()));
    }
}

// Equal by representation. For the simple kinds that get here, FEEL equality of two values
// of one kind is exactly that (numbers are canonical, dates compare field by field).
bool sameValue(const Value &a, const Value &b)
{
    return a.kind() == b.kind() && isFeelEqual(a, b);
}

// The value of an argument, whether it came named (Argument) or positional (Value).
const Value &valueOf(const Argument &a)
{
    return a.value;
}

const Value &valueOf(const Value &v)
{
    return v;
}

template <typename Args> size_t hashOf(const Function *function, const Args &args)
{
    size_t h = qHash(quintptr(function));
    for (const auto &a : args)
        h = hashOfValue(valueOf(a), h);
    return h;
}

template <typename Args> bool sameArguments(const QList<Value> &stored, const Args &args)
{
    if (stored.size() != args.size())
        return false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (!sameValue(stored.at(i), valueOf(args.at(i))))
            return false;
    }
    return true;
}

} // namespace

bool CallMemo::canRemember(const QList<Argument> &args)
{
    for (const Argument &a : args) {
        if (!a.name.isEmpty() || !isSimple(a.value))
            return false;
    }
    return true;
}

bool CallMemo::canRememberPositional(const QList<Value> &args)
{
    return std::all_of(args.cbegin(), args.cend(), isSimple);
}

template <typename Args>
const Value *CallMemo::findImpl(const Function *function, const Args &args) const
{
    const auto it = m_entries.constFind(hashOf(function, args));
    if (it == m_entries.constEnd())
        return nullptr;
    for (const Entry &e : *it) {
        if (e.function.get() == function && sameArguments(e.args, args))
            return &e.result;
    }
    return nullptr;
}

const Value *CallMemo::find(const Function *function, const QList<Argument> &args) const
{
    return findImpl(function, args);
}

const Value *CallMemo::findPositional(const Function *function, const QList<Value> &args) const
{
    return findImpl(function, args);
}

void CallMemo::remember(std::shared_ptr<const Function> function, const QList<Argument> &args,
                        const Value &result)
{
    QList<Value> values;
    values.reserve(args.size());
    for (const Argument &a : args)
        values.append(a.value);
    const size_t h = hashOf(function.get(), args);
    store(std::move(function), h, std::move(values), result);
}

void CallMemo::rememberPositional(std::shared_ptr<const Function> function,
                                  const QList<Value> &args, const Value &result)
{
    const size_t h = hashOf(function.get(), args);
    store(std::move(function), h, args, result);
}

void CallMemo::store(std::shared_ptr<const Function> function, size_t hash, QList<Value> values,
                     const Value &result)
{
    if (m_size >= maxEntries)
        clear();
    m_entries[hash].append(Entry{std::move(function), std::move(values), result});
    ++m_size;
}

void CallMemo::clear()
{
    m_entries.clear();
    m_size = 0;
}

} // namespace casebench::feel
