#include "automation/dmn/MemoizedFunction.h"

#include "automation/feel/CallContext.h"
#include "automation/feel/CallMemo.h"

#include <algorithm>

namespace casebench::dmn {

feel::Value MemoizedFunction::invoke(const QList<feel::Argument> &args,
                                     feel::CallContext &ctx) const
{
    // A call with a named argument is never remembered (CallMemo::canRemember); one without
    // is the positional call, which goes through the memo.
    if (std::any_of(args.cbegin(), args.cend(),
                    [](const feel::Argument &a) { return !a.name.isEmpty(); }))
        return m_inner->invoke(args, ctx);
    QList<feel::Value> values;
    values.reserve(args.size());
    for (const feel::Argument &a : args)
        values.append(a.value);
    return invokePositional(values, ctx);
}

feel::Value MemoizedFunction::invokePositional(const QList<feel::Value> &args,
                                               feel::CallContext &ctx) const
{
    feel::CallMemo *memo = ctx.memo();
    if (!memo || !feel::CallMemo::canRememberPositional(args))
        return m_inner->invokePositional(args, ctx);
    if (const feel::Value *known = memo->findPositional(this, args))
        return *known;
    const auto reportsBefore = ctx.reportCount();
    const auto clockReadsBefore = ctx.clockReads();
    feel::Value result = m_inner->invokePositional(args, ctx);
    if (!ctx.exhausted() && ctx.reportCount() == reportsBefore &&
        ctx.clockReads() == clockReadsBefore)
        memo->rememberPositional(shared_from_this(), args, result);
    return result;
}

} // namespace casebench::dmn
