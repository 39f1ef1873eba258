#pragma once

#include "automation/feel/Decimal.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace casebench::feel {

class Function;

// A FEEL type as written after "instance of" or in a typed function parameter:
// "number", "date and time", "list<number>", "context<a: number>", "range<date>",
// "function<number, string>->boolean".
struct TypeSpec {
    enum class Kind { Named, List, Context, Range, Function };
    Kind kind = Kind::Named;
    QString name;                                            // Named: "number", "Any", "ns.T"
    QList<std::shared_ptr<const TypeSpec>> parameters;       // List/Range: 1; Function: params
    QStringList fieldNames;                                  // Context: names of `parameters`
    std::shared_ptr<const TypeSpec> result;                  // Function only

    QString toString() const;
};

// One node of a parsed FEEL expression or unary test. Immutable after parsing and shared
// (function values keep their body alive after the expression that made them is gone).
struct Node {
    enum class Kind {
        // literals
        Null, Boolean, Number, String, Temporal,
        Name,        // variable or function name (text)
        Negate,      // -a
        Add, Subtract, Multiply, Divide, Power,
        Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
        And, Or,
        Between,     // children: value, low, high
        In,          // children[0] in children[1..] (positive unary tests; any may match)
        InstanceOf,  // children[0], type
        If,          // condition, then, else
        For,         // names[i] in children[i] (.. rangeEnds[i]); last child is the body
        Some, Every, // names[i] in children[i]; last child is the condition
        List,
        Context,     // names[i]: children[i]
        Range,       // children[0]/[1] are start/end, nullptr when open-ended
        UnaryComparison, // "< 10" as a value or test: op in `op`, endpoint children[0]
        Path,        // children[0] . text
        Filter,      // children[0] [ children[1] ]
        Call,        // children[0] ( children[1..] ), names = argument names ("" positional)
        FunctionDefinition, // names = parameters, paramTypes, children[0] = body
        // unary tests
        AnyInput,    // "-"
        NotTests,    // not( children... )
        Tests,       // children are positive unary tests, any may match
    };

    Kind kind = Kind::Null;
    int offset = 0; // where the construct starts in the source
    int length = 0;
    // Name/String/Temporal text, Path property; FunctionDefinition: the whole source text it
    // was parsed from, shared with the Expression (null when the parser was given a view)
    QString text;
    Decimal number;
    bool flag = false; // Boolean value; Range: startClosed; FunctionDefinition: external
    bool flag2 = false; // Range: endClosed
    Kind op = Kind::Null; // UnaryComparison: Less/LessEqual/Greater/GreaterEqual/Equal/NotEqual
    QList<std::shared_ptr<const Node>> children;
    QList<std::shared_ptr<const Node>> rangeEnds; // For: optional end of "a..b" domains
    QStringList names;
    QList<std::shared_ptr<const TypeSpec>> paramTypes; // FunctionDefinition: nullptr = any
    std::shared_ptr<const TypeSpec> type;              // InstanceOf
    // Name: the built-in function of that name, if there is one (a variable of the same
    // name still shadows it), looked up once by the parser instead of at every call.
    std::shared_ptr<const Function> builtin;
    bool usesInput = false; // the subtree mentions "?" (unary tests compare otherwise)
    bool usesPartial = false; // the subtree mentions "partial" (for loops bind it only then)
    // The subtree may define a function (only such a subtree can make a value that closes
    // over a context literal's frame). True until the parser has looked: a node built any
    // other way is treated as if it might.
    bool mayDefineFunction = true;
    int height = 1;         // of the subtree, bounded by the parser
};

using NodePtr = std::shared_ptr<const Node>;

// A parsed FEEL expression: its source text and the root of its tree.
class Expression
{
public:
    Expression(QString source, NodePtr root) : m_source(std::move(source)), m_root(std::move(root)) {}
    const QString &source() const { return m_source; }
    const Node &root() const { return *m_root; }
    const NodePtr &rootPtr() const { return m_root; }

private:
    QString m_source;
    NodePtr m_root;
};

// Parsed unary tests (a decision table input entry, an allowed-values list): root is an
// AnyInput, NotTests or Tests node.
class UnaryTests
{
public:
    UnaryTests(QString source, NodePtr root) : m_source(std::move(source)), m_root(std::move(root)) {}
    const QString &source() const { return m_source; }
    const Node &root() const { return *m_root; }

private:
    QString m_source;
    NodePtr m_root;
};

} // namespace casebench::feel
