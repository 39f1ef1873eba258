#pragma once

#include "automation/feel/Ast.h"
#include "automation/feel/CallContext.h"
#include "automation/feel/Scope.h"
#include "automation/feel/Value.h"

#include <vector>

namespace casebench::feel {

// Walks a parsed FEEL tree. Errors become null plus a diagnostic at the node's position;
// depth and work are charged to the CallContext so that evaluation always ends.
class Evaluator
{
public:
    explicit Evaluator(CallContext &ctx) : m_ctx(ctx) {}

    Value evaluate(const NodePtr &node, const Scope::Ptr &scope);
    // Applies unary tests (AnyInput, NotTests or Tests root) to `input`. inputBound: "?" is
    // already bound to `input` in scope (saves a frame per test when called from the facade).
    Value test(const Node &tests, const Value &input, const Scope::Ptr &scope, bool inputBound = false);

    // Whether `value` conforms to `type` (instance of); nullopt for an unknown type name.
    // Names FEEL does not know go to the context's type check (DMN item definitions).
    static std::optional<bool> isInstanceOf(const Value &value, const TypeSpec &type,
                                            const CallContext *ctx = nullptr);

    // The value of a subtree built only from literals and operators (no names, calls, "?",
    // instance of), computed once so that decision-table cells and outputs need not be
    // re-evaluated per case. nullopt when the subtree is not constant or its evaluation
    // reports an error: that error then belongs to every real evaluation.
    static std::optional<Value> constantValue(const NodePtr &node);

private:
    Value eval(const NodePtr &node, const Scope::Ptr &scope);
    Value error(const Node &at, const QString &message);
    Value testOne(const NodePtr &test, const Value &input, const Scope::Ptr &scope, bool inputBound);
    Value anyTest(const QList<NodePtr> &tests, qsizetype from, const Value &input, const Scope::Ptr &scope,
                  bool inputBound);

    Value evalName(const Node &n, const Scope::Ptr &scope);
    // The value of `node` read where it lives when it is a variable or a path of context
    // entries (no copy, so no reference count touched: half of the nodes evaluated in rule
    // packs are such names and paths), else evaluated into `holder`. Charged exactly as
    // eval(). The reference lasts while the scopes seen from `scope` keep their bindings,
    // which they do until the construct asking returns: for its operands, not for its value.
    const Value &evalBorrowed(const NodePtr &node, const Scope::Ptr &scope, Value &holder);
    Value evalArithmetic(const Node &n, const Value &a, const Value &b);
    Value evalComparison(const Node &n, const Value &a, const Value &b);
    Value evalTemporal(const Node &n);
    Value evalRange(const NodePtr &node, const Scope::Ptr &scope);
    Value evalUnaryComparison(const NodePtr &node, const Scope::Ptr &scope);
    Value evalPath(const Node &n, const Value &target);
    // Where the value of a path over a name (a.b.c) lives, read in place without copying
    // the contexts on the way; nullptr when it does not resolve that way (then eval() does
    // the work). `levels` counts the nodes below `n` it went through.
    const Value *peekPath(const Node &n, const Scope &scope, int &levels) const;
    Value evalFilter(const NodePtr &node, const Scope::Ptr &scope);
    Value evalCall(const NodePtr &node, const Scope::Ptr &scope);
    Value evalFor(const NodePtr &node, const Scope::Ptr &scope);
    Value evalQuantified(const NodePtr &node, const Scope::Ptr &scope);
    Value evalContext(const NodePtr &node, const Scope::Ptr &scope);
    Value evalFunctionDefinition(const NodePtr &node, const Scope::Ptr &scope);
    // The values an iteration variable takes: a list, a range of integers or dates (never
    // materialised: "1..1000000000" costs nothing until iterated), or a single value as a
    // one-element list.
    struct Domain {
        QList<Value> list;
        bool counting = false; // integers or dates from `first`, `count` of them
        Value first;
        qint64 count = 0;
        int step = 1;
        qint64 size() const { return counting ? count : list.size(); }
        Value at(qint64 i) const;
    };
    // Binds a loop variable to the domain's i-th value in `frame`.
    static void bindIteration(Scope &frame, const QString &name, const Domain &domain, qint64 i,
                              bool mayBeKept);
    // nullopt after reporting an error.
    std::optional<Domain> iterationDomain(const Node &n, const Value &start, const Value *end);

    // Argument lists of positional calls, kept for the next call: an expression makes many
    // calls, and each would otherwise allocate its list.
    QList<Value> takeArgumentList();
    void giveBackArgumentList(QList<Value> &&list);

    CallContext &m_ctx;
    std::vector<QList<Value>> m_spareArgumentLists;
};

} // namespace casebench::feel
