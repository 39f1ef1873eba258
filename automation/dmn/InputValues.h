#pragma once
// InputValues: the values given for a model's input data, by name and, for input data of
// imported models, by namespace.

#include "automation/feel/Value.h"

#include <QString>
#include <algorithm>
#include <vector>

namespace casebench::dmn {

class InputValues
{
public:
    struct Entry
    {
        QString nameSpace;
        QString name;
        feel::Value value;
        QString decision; // the decision whose result the value is, if it is one
    };

private:
    // A model has a handful of inputs (the pipeline gives four) and each decision asks for
    // some of them on every evaluation: a short list searched inline costs a fraction of
    // hashing two strings per question (a QHash lookup took 880 instructions). For set()
    // and entry() alike: `Entries` is the list, const or not.
    template <typename Entries>
    static auto *entryIn(Entries &entries, const QString &nameSpace, const QString &name)
    {
        const auto it = std::find_if(entries.begin(), entries.end(), [&](const Entry &e) {
            return feel::sameName(e.name, name) && feel::sameName(e.nameSpace, nameSpace);
        });
        return it == entries.end() ? nullptr : &*it;
    }

public:
    // nameSpace empty = the main model. Setting a name again replaces its value. `decision`:
    // the decision whose result `value` is (a pipeline stage's), for the trace to name.
    void set(const QString &name, const feel::Value &value, const QString &nameSpace = {},
             const QString &decision = {})
    {
        if (Entry *e = entryIn(m_entries, nameSpace, name)) {
            e->value = value;
            e->decision = decision;
        } else {
            m_entries.push_back({nameSpace, name, value, decision});
        }
    }
    // Input `name` with what is known of it, or nullptr.
    const Entry *entry(const QString &nameSpace, const QString &name) const
    {
        return entryIn(m_entries, nameSpace, name);
    }
    const feel::Value *find(const QString &nameSpace, const QString &name) const
    {
        const Entry *e = entry(nameSpace, name);
        return e ? &e->value : nullptr;
    }
    // Room for `count` inputs (a session: one per input data of its model).
    void reserve(std::size_t count) { m_entries.reserve(count); }
    bool isEmpty() const { return m_entries.empty(); }

private:
    std::vector<Entry> m_entries;
};

} // namespace casebench::dmn
