// FEEL context built-ins: get value, get entries, context, context put, context merge.

#include "automation/feel/BuiltinsRegistry.h"

using namespace Qt::StringLiterals;

namespace casebench::feel::builtinlib {

namespace {

// context put with a key path: replaces or adds the innermost entry, creating nothing but
// the last level (the spec: intermediate entries must be contexts).
std::optional<Context> putPath(const Context &c, const QStringList &keys, const Value &value)
{
    Context out = c;
    if (keys.size() == 1) {
        out.insert(keys.first(), value);
        return out;
    }
    const Value *inner = c.find(keys.first());
    if (!inner || !inner->is(ValueKind::Context))
        return std::nullopt;
    const auto nested = putPath(inner->context(), keys.mid(1), value);
    if (!nested)
        return std::nullopt;
    out.insert(keys.first(), Value(*nested));
    return out;
}

} // namespace

void registerContext(Registry &r)
{
    add(r, u"get value"_s,
        {{{u"m"_s, u"key"_s}, 2, false, [](const Args &a, CallContext &ctx) -> Value {
              if (a[0].isNull() || a[1].isNull())
                  return Value();
              if (!a[0].is(ValueKind::Context) || !a[1].is(ValueKind::String))
                  return fail(ctx, u"get value"_s, tr("m must be a context and key a string"));
              const Value *v = a[0].context().find(a[1].string());
              return v ? *v : Value();
          }}});

    add(r, u"get entries"_s,
        {{{u"m"_s}, 1, false, [](const Args &a, CallContext &ctx) -> Value {
              if (a[0].isNull())
                  return Value();
              if (!a[0].is(ValueKind::Context))
                  return fail(ctx, u"get entries"_s, tr("m must be a context"));
              QList<Value> entries;
              for (const auto &[key, value] : a[0].context().entries()) {
                  entries.append(Value(Context({{u"key"_s, Value(key)}, {u"value"_s, value}})));
              }
              return Value(std::move(entries));
          }}});

    add(r, u"context"_s,
        {{{u"entries"_s}, 1, false, [](const Args &a, CallContext &ctx) -> Value {
              if (a[0].isNull())
                  return Value();
              Context out;
              for (const Value &e : asList(a[0])) {
                  const Value *key = e.is(ValueKind::Context) ? e.context().find(u"key") : nullptr;
                  const Value *value =
                      e.is(ValueKind::Context) ? e.context().find(u"value") : nullptr;
                  if (!key || !value || !key->is(ValueKind::String))
                      return fail(ctx, u"context"_s,
                                  tr("entries must be contexts with a string key and a value"));
                  if (out.contains(key->string()))
                      return fail(ctx, u"context"_s, tr("duplicate key '%1'").arg(key->string()));
                  out.insert(key->string(), *value);
              }
              return Value(std::move(out));
          }}});

    // keyForm: 0 = key or keys (positional), 1 = a single key, 2 = a list of keys.
    const auto put = [](int keyForm) -> Impl {
        return [keyForm](const Args &a, CallContext &ctx) -> Value {
            if (a[0].isNull() || a[1].isNull())
                return Value();
            if (!a[0].is(ValueKind::Context))
                return fail(ctx, u"context put"_s, tr("context must be a context"));
            if ((keyForm == 1 && !a[1].is(ValueKind::String)) ||
                (keyForm == 2 && !a[1].is(ValueKind::List)))
                return fail(ctx, u"context put"_s,
                            tr("key must be a string and keys a list of strings"));
            QStringList keys;
            for (const Value &k : asList(a[1])) {
                if (!k.is(ValueKind::String))
                    return fail(ctx, u"context put"_s,
                                tr("key must be a string or list of strings"));
                keys << k.string();
            }
            if (keys.isEmpty())
                return fail(ctx, u"context put"_s, tr("keys must not be empty"));
            const auto out = putPath(a[0].context(), keys, a.size() > 2 ? a[2] : Value());
            if (!out)
                return fail(ctx, u"context put"_s, tr("the key path does not lead to a context"));
            return Value(*out);
        };
    };
    add(r, u"context put"_s,
        {{{u"context"_s, u"key"_s, u"value"_s}, 3, false, put(0), true},
         {{u"context"_s, u"key"_s, u"value"_s}, 3, false, put(1)},
         {{u"context"_s, u"keys"_s, u"value"_s}, 3, false, put(2)}});

    add(r, u"context merge"_s,
        {{{u"contexts"_s}, 1, false, [](const Args &a, CallContext &ctx) -> Value {
              if (a[0].isNull())
                  return Value();
              Context out;
              for (const Value &c : asList(a[0])) {
                  if (!c.is(ValueKind::Context))
                      return fail(ctx, u"context merge"_s, tr("contexts must be contexts"));
                  for (const auto &[key, value] : c.context().entries())
                      out.insert(key, value);
              }
              return Value(std::move(out));
          }}});
}

} // namespace casebench::feel::builtinlib
