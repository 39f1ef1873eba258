#include "automation/feel/Function.h"

namespace casebench::feel {

Value Function::invokePositional(const QList<Value> &args, CallContext &ctx) const
{
    QList<Argument> named;
    named.reserve(args.size());
    for (const Value &v : args)
        named.append(Argument{QString(), v});
    return invoke(named, ctx);
}

} // namespace casebench::feel
