#include "automation/dmn/MemoizedFunction.h"

#include "automation/feel/CallContext.h"
#include "automation/feel/CallMemo.h"

namespace casebench::dmn {

feel::Value MemoizedFunction::invoke(const QList<feel::Argument> &args,
                                     feel::CallContext &ctx) const
{
    feel::CallMemo *memo = ctx.memo();
    if (!memo || !feel::CallMemo::canRemember(args))
        return m_inner->invoke(args, ctx);
    if (const feel::Value *known = memo->find(this, args))
        return *known;
    const auto reportsBefore = ctx.reportCount();
    const auto clockReadsBefore = ctx.clockReads();
    feel::Value result = m_inner->invoke(args, ctx);
    if (!ctx.exhausted() && ctx.reportCount() == reportsBefore &&
        ctx.clockReads() == clockReadsBefore)
        memo->remember(shared_from_this(), args, result);
    return result;
}

} // namespace casebench::dmn
