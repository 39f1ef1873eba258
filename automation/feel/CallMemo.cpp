#include "automation/feel/CallMemo.h"

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

} // namespace

bool CallMemo::canRemember(const QList<Argument> &args)
{
    for (const Argument &a : args) {
        if (!a.name.isEmpty() || !isSimple(a.value))
            return false;
    }
    return true;
}

size_t CallMemo::hashOf(const Function *function, const QList<Argument> &args)
{
    size_t h = qHash(quintptr(function));
    for (const Argument &a : args)
        h = hashOfValue(a.value, h);
    return h;
}

bool CallMemo::sameArguments(const QList<Value> &stored, const QList<Argument> &args)
{
    if (stored.size() != args.size())
        return false;
    for (qsizetype i = 0; i < stored.size(); ++i) {
        if (!sameValue(stored.at(i), args.at(i).value))
            return false;
    }
    return true;
}

const Value *CallMemo::find(const Function *function, const QList<Argument> &args) const
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

void CallMemo::remember(std::shared_ptr<const Function> function, const QList<Argument> &args,
                        const Value &result)
{
    if (m_size >= maxEntries)
        clear();
    QList<Value> values;
    values.reserve(args.size());
    for (const Argument &a : args)
        values.append(a.value);
    const size_t h = hashOf(function.get(), args);
    m_entries[h].append(Entry{std::move(function), std::move(values), result});
    ++m_size;
}

void CallMemo::clear()
{
    m_entries.clear();
    m_size = 0;
}

} // namespace casebench::feel
