#pragma once
// ItemDefinition: a DMN data type as written in the model (base type, allowed values,
// components, collection flag, function signature); DmnTypes checks values against it.

#include <QList>
#include <QString>

namespace casebench::dmn {

struct ItemDefinition
{
    QString id;
    QString name;
    int line = 0;
    QString typeRef;       // base type (FEEL built-in or another item definition); empty if structured
    QString allowedValues; // unary tests text; empty = no restriction
    QString typeConstraint; // DMN 1.5 typeConstraint (unary tests), empty = none
    bool isCollection = false;
    QList<ItemDefinition> components;
    bool isFunction = false;
    QList<std::pair<QString, QString>> functionParameters; // name, typeRef
    QString functionOutputTypeRef;
};

} // namespace casebench::dmn
