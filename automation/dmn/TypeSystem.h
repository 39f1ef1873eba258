#pragma once
// TypeSystem: resolves typeRefs (FEEL built-in types and the item definitions of a model
// and its imports) and makes values conform to them as DMN prescribes: a value of the
// wrong type becomes null, a singleton list stands for its element, an element for a
// singleton list of a collection type, and allowed values are enforced.

#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

#include "automation/dmn/Definitions.h"
#include "automation/feel/Value.h"

namespace casebench::feel {
class CallContext;
class UnaryTests;
} // namespace casebench::feel

namespace casebench::dmn {

class TypeSystem
{
public:
    // models must outlive the TypeSystem (DecisionModel keeps both together).
    explicit TypeSystem(const QList<Definitions> &models);

    // `value` made to conform to `typeRef` as written in the model with namespace
    // `modelNamespace`; null (plus a diagnostic) when it cannot. Unknown types accept all.
    // Taken by value: a temporary passed in is moved through, not copied.
    feel::Value conform(feel::Value value, const QString &modelNamespace, const QString &typeRef,
                        feel::CallContext &ctx) const;

    // `instance of` for item definitions: whether `value` is of the type without any
    // coercion; nullopt when `typeRef` names no item definition.
    std::optional<bool> isInstance(const feel::Value &value, const QString &modelNamespace,
                                   const QString &typeRef) const;

    // The item definition a typeRef names, or nullptr for built-in/unknown types.
    const ItemDefinition *find(const QString &modelNamespace, const QString &typeRef) const;

    // Whether the FEEL built-in type `typeRef` is known; kind set unless it is "Any".
    static bool isBuiltin(const QString &typeRef);

private:
    struct ModelTypes
    {
        QHash<QString, const ItemDefinition *> byName;
        QHash<QString, QString> importNamespaces; // import name → namespace
    };
    QHash<QString, ModelTypes> m_models; // by namespace
    QHash<const ItemDefinition *, std::shared_ptr<const feel::UnaryTests>> m_allowed;
    QHash<const ItemDefinition *, QString> m_owner; // item → namespace of its model

    void index(const ItemDefinition &def, const QString &nameSpace);
    feel::Value conformToItem(const feel::Value &value, const ItemDefinition &def, bool asCollection,
                              feel::CallContext &ctx, int depth) const;
    bool isInstanceOfItem(const feel::Value &value, const ItemDefinition &def, bool asCollection, int depth) const;
    bool isInstanceOfName(const feel::Value &value, const QString &modelNamespace, const QString &typeRef,
                          int depth) const;
    feel::Value conformToName(const feel::Value &value, const QString &modelNamespace, const QString &typeRef,
                              feel::CallContext &ctx, int depth) const;
};

} // namespace casebench::dmn
