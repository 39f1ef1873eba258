#include "automation/feel/Scope.h"

#include <QSet>

namespace casebench::feel {

Scope::Ptr Scope::forItem(const QString &name, const Value &item, Ptr parent)
{
    auto scope = make(std::move(parent));
    scope->bindItem(name, item);
    return scope;
}

void Scope::readContext(const Value &context)
{
    if (context.is(ValueKind::Context))
        m_context = context;
}

void Scope::bindItem(const QString &name, const Value &item)
{
    m_vars.append({name, item});
    if (item.is(ValueKind::Context)) {
        m_context = item;
        m_contextFirst = true;
    }
}

void Scope::bind(const QString &name, Value value)
{
    for (auto &entry : m_vars) {
        if (sameName(entry.first, name)) {
            entry.second = std::move(value);
            return;
        }
    }
    m_vars.append({name, std::move(value)});
}

namespace {

// `seen` holds the lists and contexts already searched: values share their parts, so
// without it {a: [1, 1], b: [a, a], c: [b, b] …} would take exponential time.
bool holdsFunction(const Value &v, QSet<const void *> &seen, int depth)
{
    if (depth > 64)
        return true; // deeper than any sensible rule: assume the worst, dropping is harmless
    switch (v.kind()) {
    case ValueKind::Function:
        return true;
    case ValueKind::List:
        if (seen.contains(&v.list()))
            return false;
        seen.insert(&v.list());
        for (const Value &item : v.list())
            if (holdsFunction(item, seen, depth + 1))
                return true;
        return false;
    case ValueKind::Context:
        if (seen.contains(&v.context()))
            return false;
        seen.insert(&v.context());
        for (const auto &entry : v.context().entries())
            if (holdsFunction(entry.second, seen, depth + 1))
                return true;
        return false;
    default:
        return false;
    }
}

} // namespace

void Scope::dropFunctionBindings()
{
    QSet<const void *> seen;
    m_vars.removeIf([&seen](const std::pair<QString, Value> &entry) {
        return holdsFunction(entry.second, seen, 0);
    });
}

const Value *Scope::lookup(QStringView name) const
{
    for (const Scope *s = this; s; s = s->m_parent.get()) {
        if (s->m_borrowed) {
            if (s->m_contextFirst)
                if (const Value *v = s->m_borrowed->context().find(name))
                    return v;
            if (sameName(s->m_borrowedName, name))
                return s->m_borrowed;
        } else if (s->m_contextFirst) {
            if (const Value *v = s->m_context.context().find(name))
                return v;
        }
        for (qsizetype i = s->m_vars.size() - 1; i >= 0; --i)
            if (sameName(s->m_vars[i].first, name))
                return &s->m_vars[i].second;
        if (s->m_entries) {
            for (const auto &entry : *s->m_entries)
                if (sameName(entry.first, name))
                    return &entry.second;
        }
        if (!s->m_contextFirst && s->m_context.is(ValueKind::Context))
            if (const Value *v = s->m_context.context().find(name))
                return v;
    }
    return nullptr;
}

} // namespace casebench::feel
