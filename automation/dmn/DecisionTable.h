#pragma once
// DecisionTable: a DMN decision table as written in the model (hit policy, inputs,
// outputs, rules), still as FEEL text; DecisionTableEvaluator runs a compiled form.

#include <QList>
#include <QString>
#include <QStringList>

namespace casebench::dmn {

enum class HitPolicy { Unique, Any, Priority, First, Collect, RuleOrder, OutputOrder };
enum class Aggregation { None, Sum, Min, Max, Count };

struct DecisionTable
{
    struct Input
    {
        QString id;
        QString label;
        QString expression; // FEEL text of the input expression
        QString typeRef;
        QString inputValues; // unary tests text; empty = none
        int line = 0;
    };
    struct Output
    {
        QString id;
        QString name;
        QString label;
        QString typeRef;
        QString outputValues; // unary tests text; empty = none
        QString defaultOutputEntry;
        int line = 0;
    };
    struct Rule
    {
        QString id;
        int line = 0;
        QStringList inputEntries;  // unary tests texts
        QStringList outputEntries; // expression texts
        QStringList annotations;
    };

    QString id;
    int line = 0;
    HitPolicy hitPolicy = HitPolicy::Unique;
    Aggregation aggregation = Aggregation::None;
    QString outputLabel;
    QList<Input> inputs;
    QList<Output> outputs;
    QStringList annotationNames;
    QList<Rule> rules;
};

} // namespace casebench::dmn
