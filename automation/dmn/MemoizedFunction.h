#pragma once

#include "automation/feel/Function.h"

#include <memory>

namespace casebench::dmn {

// A business knowledge model as the decisions see it: calls go to the BKM's function, and
// their results are remembered in the evaluation's CallMemo (when the CallContext has one)
// so that a table looked up again with the same arguments is not evaluated again — in the
// same session, or in later ones when the caller keeps one memo for many cases. A BKM's
// result depends on its arguments, on the BKMs it requires (fixed when the model is built)
// and on nothing else, unless it reads the clock: calls that called now() or today(), and
// calls that reported a diagnostic, are not remembered, so they run (and report) again.
class MemoizedFunction final : public feel::Function,
                               public std::enable_shared_from_this<MemoizedFunction>
{
public:
    explicit MemoizedFunction(std::shared_ptr<const feel::Function> inner)
        : m_inner(std::move(inner))
    {
    }

    QStringList parameterNames() const override { return m_inner->parameterNames(); }
    QString name() const override { return m_inner->name(); }
    feel::Value invoke(const QList<feel::Argument> &args, feel::CallContext &ctx) const override;
    // The evaluator's path for Kostnadsslag(item.kind): no list of Arguments is built, for
    // the memo nor for the BKM's function.
    feel::Value invokePositional(const QList<feel::Value> &args,
                                 feel::CallContext &ctx) const override;

private:
    std::shared_ptr<const feel::Function> m_inner;
};

} // namespace casebench::dmn
