#pragma once
// Definitions: one DMN model file as read (DMN 1.1–1.5): its item definitions, input
// data, decisions, business knowledge models, decision services and imports.

#include <QList>
#include <QString>
#include <QStringList>

#include "automation/dmn/BoxedExpression.h"
#include "automation/dmn/ItemDefinition.h"

namespace casebench::dmn {

// A reference to another element: href="#id" or href="namespace#id" (imports).
struct ElementRef
{
    QString nameSpace; // empty = this model
    QString id;
};

struct InputData
{
    QString id;
    QString name;
    QString typeRef;
    int line = 0;
};

struct Decision
{
    QString id;
    QString name;
    QString typeRef; // of the variable
    int line = 0;
    QList<ElementRef> requiredDecisions;
    QList<ElementRef> requiredInputs;
    QList<ElementRef> requiredKnowledge;
    BoxedExpressionPtr expression; // null = decision without logic
};

struct BusinessKnowledgeModel
{
    QString id;
    QString name;
    QString typeRef;
    int line = 0;
    QList<ElementRef> requiredKnowledge;
    BoxedExpressionPtr logic; // FunctionDefinition; null = no logic
};

struct DecisionService
{
    QString id;
    QString name;
    QString typeRef;
    int line = 0;
    QList<ElementRef> outputDecisions;
    QList<ElementRef> encapsulatedDecisions;
    QList<ElementRef> inputDecisions;
    QList<ElementRef> inputData;
};

struct Import
{
    QString nameSpace;
    QString name; // prefix the importing model uses
    QString importType;
    QString locationUri;
    int line = 0;
};

struct Definitions
{
    QString fileName; // path the model was read from
    QString name;
    QString nameSpace;
    QString dmnVersion; // "1.1" … "1.5"
    QList<Import> imports;
    QList<ItemDefinition> itemDefinitions;
    QList<InputData> inputData;
    QList<Decision> decisions;
    QList<BusinessKnowledgeModel> knowledgeModels;
    QList<DecisionService> decisionServices;
};

} // namespace casebench::dmn
