#pragma once
// InputValues: the values given for a model's input data, by name and, for input data of
// imported models, by namespace.

#include <QHash>
#include <QString>

#include "automation/feel/Value.h"

namespace casebench::dmn {

class InputValues
{
public:
    // nameSpace empty = the main model.
    void set(const QString &name, const feel::Value &value, const QString &nameSpace = {})
    {
        m_values.insert(key(nameSpace, name), value);
    }
    const feel::Value *find(const QString &nameSpace, const QString &name) const
    {
        const auto it = m_values.constFind(key(nameSpace, name));
        return it == m_values.constEnd() ? nullptr : &*it;
    }
    bool isEmpty() const { return m_values.isEmpty(); }

private:
    static QString key(const QString &nameSpace, const QString &name) { return nameSpace + QChar(0x1f) + name; }
    QHash<QString, feel::Value> m_values;
};

} // namespace casebench::dmn
