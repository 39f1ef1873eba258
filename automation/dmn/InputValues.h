#pragma once
// InputValues: the values given for a model's input data, by name and, for input data of
// imported models, by namespace.

#include "automation/feel/Value.h"

#include <QHash>
#include <QString>
#include <utility>

namespace casebench::dmn {

class InputValues
{
public:
    // nameSpace empty = the main model.
    void set(const QString &name, const feel::Value &value, const QString &nameSpace = {})
    {
        m_values.insert({nameSpace, name}, value);
    }
    const feel::Value *find(const QString &nameSpace, const QString &name) const
    {
        // A pair of shared strings: a lookup per input per evaluation allocates nothing.
        const auto it = m_values.constFind({nameSpace, name});
        return it == m_values.constEnd() ? nullptr : &*it;
    }
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    QHash<std::pair<QString, QString>, feel::Value> m_values; // (namespace, name) → value
};

} // namespace casebench::dmn
