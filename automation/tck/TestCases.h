#pragma once
// TestCases: one TCK test file (testCases.xsd): the model it is for and its test cases,
// with input and expected values already converted to FEEL values.

#include <QList>
#include <QString>

#include "automation/feel/Value.h"

namespace casebench::tck {

struct TestInput
{
    QString name;
    QString nameSpace; // empty = the main model
    feel::Value value;
};

struct ExpectedResult
{
    QString name;
    QString nameSpace;
    bool errorResult = false;
    feel::Value expected; // null when the test expects nil or gives no value
};

struct TestCase
{
    enum class Type { Decision, KnowledgeModel, DecisionService };
    QString id;
    Type type = Type::Decision;
    QString invocableName;
    int line = 0;
    QList<TestInput> inputs;
    QList<ExpectedResult> results;
};

struct TestCases
{
    QString fileName;
    QString modelName;
    QList<TestCase> cases;
};

} // namespace casebench::tck
