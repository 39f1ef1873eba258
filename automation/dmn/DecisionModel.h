#pragma once
// DecisionModel: a DMN model (with the models it imports) compiled for evaluation.
// Evaluates a decision with its requirements in dependency order, offers business
// knowledge models and decision services as FEEL functions, makes inputs and results
// conform to their types, and can record a Trace. Immutable once built; evaluate from
// any thread with one CallContext per thread.

#include <memory>

#include <QHash>
#include <QList>
#include <QString>

#include "automation/dmn/Definitions.h"
#include "automation/dmn/InputValues.h"
#include "automation/dmn/Trace.h"
#include "automation/feel/CallMemo.h"
#include "automation/feel/Value.h"
#include "model/Problem.h"
#include "model/Result.h"

namespace casebench::feel {
class CallContext;
struct Argument;
} // namespace casebench::feel

namespace casebench::dmn {

class DecisionModel
{
public:
    // Reads `path` and, transitively, the DMN models it imports from the same folder
    // (matched by namespace, or by locationURI when given).
    static Result<std::shared_ptr<const DecisionModel>> loadFile(const QString &path);
    // models.first() is the main model; the others are models it (transitively) imports.
    static Result<std::shared_ptr<const DecisionModel>> fromDefinitions(QList<Definitions> models);

    ~DecisionModel();
    DecisionModel(const DecisionModel &) = delete;
    DecisionModel &operator=(const DecisionModel &) = delete;

    const Definitions &definitions() const; // the main model
    // Problems found while compiling that do not stop the model from loading (FEEL syntax
    // errors in cells): the affected expressions evaluate to null with that message.
    const Problems &problems() const;

    bool hasDecision(const QString &name, const QString &nameSpace = {}) const;

    // Evaluates the decision `name` of the main model (or of the model with `nameSpace`).
    // Unknown names give null and a diagnostic.
    feel::Value evaluateDecision(const QString &name, const InputValues &inputs, feel::CallContext &ctx,
                                 Trace *trace = nullptr, const QString &nameSpace = {}) const;
    // Invokes a decision service with its parameters taken from `inputs` by name.
    feel::Value evaluateDecisionService(const QString &name, const InputValues &inputs, feel::CallContext &ctx,
                                        Trace *trace = nullptr) const;
    // Invokes a business knowledge model with the given (named or positional) arguments.
    feel::Value invokeKnowledgeModel(const QString &name, const QList<feel::Argument> &args,
                                     feel::CallContext &ctx) const;

    // Evaluates several decisions of the model in turn against inputs that may grow in
    // between (the proposal pipeline's stages): a decision that more than one of them
    // requires is evaluated once, and its value is reused until an input it reads, directly
    // or through other decisions, is set again. The trace lists each evaluation once: a
    // reused decision's entry is where it was evaluated, not repeated for every call that
    // reads it. Values and diagnostics are those of one evaluateDecision() call per decision:
    // a decision whose evaluation reported anything is evaluated again each time. One
    // Session per thread; the model must outlive it.
    class Session
    {
    public:
        // While the session lives, BKM results are remembered in ctx's CallMemo: the one
        // the caller set (kept across sessions), else one of the session's own.
        Session(const DecisionModel &model, feel::CallContext &ctx, Trace *trace = nullptr);
        ~Session();
        Session(const Session &) = delete;
        Session &operator=(const Session &) = delete;

        // nameSpace empty = the main model.
        void setInput(const QString &name, const feel::Value &value, const QString &nameSpace = {});
        // Input data `name` (main model) holds the result of `decision`, evaluated in this
        // session (a pipeline stage's result for the next stages): the trace entries that
        // read it name that decision's entry rather than repeat its value.
        void setDecisionResult(const QString &name, const QString &decision, const feel::Value &value);
        const InputValues &inputs() const { return m_inputs; }
        // As DecisionModel::evaluateDecision(), with the session's inputs, context and trace.
        feel::Value evaluateDecision(const QString &name, const QString &nameSpace = {});

        struct Reusable // a decision evaluated earlier in the session, without diagnostics
        {
            feel::Value value; // its trace entry is in the session's trace already
        };

    private:
        void storeInput(const QString &name, const feel::Value &value, const QString &nameSpace,
                        const QString &decision);

        const DecisionModel &m_model;
        feel::CallContext &m_ctx;
        Trace *m_trace;
        InputValues m_inputs;
        QHash<int, Reusable> m_reusable; // by decision index
        std::unique_ptr<feel::CallMemo> m_memo; // when ctx came without one
    };

    struct Impl;

private:
    explicit DecisionModel(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

} // namespace casebench::dmn
