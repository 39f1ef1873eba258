#pragma once
// BoxedExpression: a decision's logic as written in the DMN XML (literal expression,
// decision table, context, invocation, relation, list, function definition, and the
// DMN 1.5 conditional/filter/iterator boxes), still as FEEL text. ModelCompiler turns it
// into something that evaluates.

#include <memory>

#include <QList>
#include <QString>
#include <QStringList>

namespace casebench::dmn {

struct DecisionTable;
struct BoxedExpression;
using BoxedExpressionPtr = std::shared_ptr<const BoxedExpression>;

struct ContextEntry
{
    QString name; // empty for the final (result) entry
    QString typeRef;
    int line = 0;
    BoxedExpressionPtr value; // null = an entry without an expression
};

struct InvocationBinding
{
    QString parameter;
    BoxedExpressionPtr value; // null = bind null
};

struct BoxedExpression
{
    enum class Kind {
        Literal,
        DecisionTable,
        Context,
        Invocation,
        Relation,
        List,
        FunctionDefinition,
        Conditional, // children: if, then, else
        Filter,      // children: in, match
        For,         // children: in, return
        Some,        // children: in, satisfies
        Every,       // children: in, satisfies
    };

    Kind kind = Kind::Literal;
    QString id;
    int line = 0;
    QString typeRef;

    QString text; // Literal: the FEEL text

    QList<ContextEntry> entries;                // Context
    BoxedExpressionPtr callee;                   // Invocation: the function (usually a name)
    QList<InvocationBinding> bindings;           // Invocation
    QStringList columns;                         // Relation: column names
    QList<QList<BoxedExpressionPtr>> rows;       // Relation rows
    QList<BoxedExpressionPtr> items;             // List items; children of the 1.5 boxes
    QString functionKind;                        // FunctionDefinition: FEEL, Java, PMML
    QList<std::pair<QString, QString>> parameters; // FunctionDefinition: name, typeRef
    BoxedExpressionPtr body;                     // FunctionDefinition
    QString iteratorVariable;                    // For / Some / Every
    std::shared_ptr<const DecisionTable> table;  // DecisionTable
};

} // namespace casebench::dmn
