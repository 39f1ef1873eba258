#include "automation/dmn/MemoizedFunction.h"

#include "automation/feel/CallContext.h"
#include "automation/feel/CallMemo.h"

namespace casebench::dmn {

namespace {

// The memo's calls for named (Argument) and positional (Value) argument lists.
bool canRemember(const QList<feel::Argument> &args)
{
    return feel::CallMemo::canRemember(args);
}
bool canRemember(const QList<feel::Value> &args)
{
    return feel::CallMemo::canRememberPositional(args);
}
const feel::Value *find(const feel::CallMemo &memo, const feel::Function *f,
                        const QList<feel::Argument> &args)
{
    return memo.find(f, args);
}
const feel::Value *find(const feel::CallMemo &memo, const feel::Function *f,
                        const QList<feel::Value> &args)
{
    return memo.findPositional(f, args);
}
void remember(feel::CallMemo &memo, std::shared_ptr<const feel::Function> f,
              const QList<feel::Argument> &args, const feel::Value &result)
{
    memo.remember(std::move(f), args, result);
}
void remember(feel::CallMemo &memo, std::shared_ptr<const feel::Function> f,
              const QList<feel::Value> &args, const feel::Value &result)
{
    memo.rememberPositional(std::move(f), args, result);
}

} // namespace

template <typename Args, typename Call>
feel::Value MemoizedFunction::remembered(const Args &args, feel::CallContext &ctx, Call call) const
{
    feel::CallMemo *memo = ctx.memo();
    if (!memo || !canRemember(args))
        return call();
    if (const feel::Value *known = find(*memo, this, args))
        return *known;
    const auto reportsBefore = ctx.reportCount();
    const auto clockReadsBefore = ctx.clockReads();
    feel::Value result = call();
    if (!ctx.exhausted() && ctx.reportCount() == reportsBefore &&
        ctx.clockReads() == clockReadsBefore)
        remember(*memo, shared_from_this(), args, result);
    return result;
}

feel::Value MemoizedFunction::invoke(const QList<feel::Argument> &args,
                                     feel::CallContext &ctx) const
{
    return remembered(args, ctx, [&] { return m_inner->invoke(args, ctx); });
}

feel::Value MemoizedFunction::invokePositional(const QList<feel::Value> &args,
                                               feel::CallContext &ctx) const
{
    return remembered(args, ctx, [&] { return m_inner->invokePositional(args, ctx); });
}

} // namespace casebench::dmn
