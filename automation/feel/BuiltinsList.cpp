// FEEL list built-ins: list contains, count, min, max, sum, mean, all, any, sublist, append,
// concatenate, insert before, remove, reverse, index of, union, distinct values, flatten,
// product, median, stddev, mode, and, or, sort, list replace.

#include "automation/feel/BuiltinsRegistry.h"

using namespace Qt::StringLiterals;

namespace casebench::feel::builtinlib {

namespace {

// The single list argument; a non-list value counts as a one-item list.
bool listArg(const Value &v, QList<Value> &out)
{
    if (v.isNull())
        return false;
    out = asList(v);
    return true;
}

// Resolves a FEEL 1-based position (negative counts from the end) into a 0-based index in
// [0, size); nullopt if out of range.
std::optional<qsizetype> indexOf(const Value &position, qsizetype size)
{
    const auto p = truncatedIntegerOf(position);
    if (!p || *p == 0 || *p > size || *p < -qint64(size))
        return std::nullopt;
    return static_cast<qsizetype>(*p > 0 ? *p - 1 : size + *p);
}

bool allNumbers(const QList<Value> &items)
{
    return std::all_of(items.begin(), items.end(),
                       [](const Value &v) { return v.is(ValueKind::Number); });
}

Signature listOrVarargs(const QString &name,
                        std::function<Value(const QList<Value> &, CallContext &)> f)
{
    return {{u"list"_s}, 1, true, [f](const Args &a, CallContext &ctx) -> Value {
                if (a.size() == 1 && a[0].isNull())
                    return Value();
                return f(listOrItems(a), ctx);
            }};
}

Value extreme(const QString &name, const QList<Value> &items, CallContext &ctx, int sign)
{
    if (items.isEmpty())
        return Value();
    Value best = items.first();
    for (const Value &v : items) {
        const auto c = feelCompare(v, best);
        if (!c)
            return fail(ctx, name, tr("the items cannot be compared"));
        if (*c * sign > 0)
            best = v;
    }
    return best;
}

std::optional<Decimal> sumOf(const QList<Value> &items)
{
    Decimal total;
    for (const Value &v : items) {
        if (!v.is(ValueKind::Number))
            return std::nullopt;
        total = total + v.number();
    }
    return total;
}

Value allOf(const QList<Value> &items)
{
    bool anyNonBoolean = false;
    for (const Value &v : items) {
        if (v.is(ValueKind::Boolean) && !v.boolean())
            return Value(false);
        if (!v.is(ValueKind::Boolean))
            anyNonBoolean = true;
    }
    return anyNonBoolean ? Value() : Value(true);
}

Value anyOf(const QList<Value> &items)
{
    bool anyNonBoolean = false;
    for (const Value &v : items) {
        if (v.is(ValueKind::Boolean) && v.boolean())
            return Value(true);
        if (!v.is(ValueKind::Boolean))
            anyNonBoolean = true;
    }
    return anyNonBoolean ? Value() : Value(false);
}

void flattenInto(const QList<Value> &items, QList<Value> &out)
{
    for (const Value &v : items) {
        if (v.is(ValueKind::List))
            flattenInto(v.list(), out);
        else
            out.append(v);
    }
}

bool containsValue(const QList<Value> &items, const Value &v)
{
    return std::any_of(items.begin(), items.end(),
                       [&](const Value &item) { return isFeelEqual(item, v); });
}

// Calls a FEEL function expecting a boolean; nullopt if it returns anything else.
std::optional<bool> callPredicate(const Function &f, const QList<Argument> &args, CallContext &ctx)
{
    if (!ctx.step())
        return std::nullopt;
    const Value r = f.invoke(args, ctx);
    if (!r.is(ValueKind::Boolean))
        return std::nullopt;
    return r.boolean();
}

} // namespace

void registerList(Registry &r)
{
    add(r, u"list contains"_s,
        {{{u"list"_s, u"element"_s}, 2, false, [](const Args &a, CallContext &ctx) -> Value {
              QList<Value> items;
              if (!listArg(a[0], items))
                  return Value();
              return Value(containsValue(items, a[1]));
          }}});

    add(r, u"count"_s, {listOrVarargs(u"count"_s, [](const QList<Value> &items, CallContext &) {
            return Value::number(items.size());
        })});
    add(r, u"min"_s, {listOrVarargs(u"min"_s, [](const QList<Value> &items, CallContext &ctx) {
            return extreme(u"min"_s, items, ctx, -1);
        })});
    add(r, u"max"_s, {listOrVarargs(u"max"_s, [](const QList<Value> &items, CallContext &ctx) {
            return extreme(u"max"_s, items, ctx, 1);
        })});
    add(r, u"sum"_s,
        {listOrVarargs(u"sum"_s, [](const QList<Value> &items, CallContext &ctx) -> Value {
            if (items.isEmpty())
                return Value();
            const auto s = sumOf(items);
            if (!s)
                return fail(ctx, u"sum"_s, tr("the items must be numbers"));
            return Value(*s);
        })});
    add(r, u"mean"_s,
        {listOrVarargs(u"mean"_s, [](const QList<Value> &items, CallContext &ctx) -> Value {
            if (items.isEmpty())
                return Value();
            const auto s = sumOf(items);
            if (!s)
                return fail(ctx, u"mean"_s, tr("the items must be numbers"));
            return Value(*s->divide(Decimal::fromInt64(items.size())));
        })});
    add(r, u"product"_s,
        {listOrVarargs(u"product"_s, [](const QList<Value> &items, CallContext &ctx) -> Value {
            if (items.isEmpty())
                return Value();
            if (!allNumbers(items))
                return fail(ctx, u"product"_s, tr("the items must be numbers"));
            Decimal p = Decimal::fromInt64(1);
            for (const Value &v : items)
                p = p * v.number();
            return Value(p);
        })});
    add(r, u"median"_s,
        {listOrVarargs(u"median"_s, [](const QList<Value> &items, CallContext &ctx) -> Value {
            if (items.isEmpty())
                return Value();
            if (!allNumbers(items))
                return fail(ctx, u"median"_s, tr("the items must be numbers"));
            QList<Value> sorted = items;
            sortValues(sorted);
            const qsizetype n = sorted.size();
            if (n % 2 == 1)
                return sorted[n / 2];
            const Decimal sum = sorted[n / 2 - 1].number() + sorted[n / 2].number();
            return Value(*sum.divide(Decimal::fromInt64(2)));
        })});
    add(r, u"stddev"_s,
        {listOrVarargs(u"stddev"_s, [](const QList<Value> &items, CallContext &ctx) -> Value {
            if (items.size() < 2)
                return items.isEmpty() || allNumbers(items)
                           ? Value()
                           : fail(ctx, u"stddev"_s, tr("the items must be numbers"));
            const auto s = sumOf(items);
            if (!s)
                return fail(ctx, u"stddev"_s, tr("the items must be numbers"));
            const Decimal n = Decimal::fromInt64(items.size());
            const Decimal mean = *s->divide(n);
            Decimal squares;
            for (const Value &v : items) {
                const Decimal d = v.number() - mean;
                squares = squares + d * d;
            }
            const auto variance = squares.divide(n - Decimal::fromInt64(1));
            return Value(*variance->sqrt());
        })});
    add(r, u"mode"_s,
        {listOrVarargs(u"mode"_s, [](const QList<Value> &items, CallContext &ctx) -> Value {
            QList<Value> sorted = items;
            if (!sortValues(sorted))
                return fail(ctx, u"mode"_s, tr("the items cannot be compared"));
            QList<Value> modes;
            qsizetype best = 0;
            for (qsizetype i = 0; i < sorted.size();) {
                qsizetype j = i;
                while (j < sorted.size() && isFeelEqual(sorted[j], sorted[i]))
                    ++j;
                if (j - i > best) {
                    best = j - i;
                    modes.clear();
                }
                if (j - i == best)
                    modes.append(sorted[i]);
                i = j;
            }
            return Value(std::move(modes));
        })});
    for (const QString &name : {u"all"_s, u"and"_s}) {
        add(r, name, {listOrVarargs(name, [](const QList<Value> &items, CallContext &) {
                return allOf(items);
            })});
    }
    for (const QString &name : {u"any"_s, u"or"_s}) {
        add(r, name, {listOrVarargs(name, [](const QList<Value> &items, CallContext &) {
                return anyOf(items);
            })});
    }

    add(r, u"sublist"_s,
        {{{u"list"_s, u"start position"_s, u"length"_s},
          2,
          false,
          [](const Args &a, CallContext &ctx) -> Value {
              QList<Value> items;
              if (!listArg(a[0], items) || a[1].isNull())
                  return Value();
              const auto from = indexOf(a[1], items.size());
              if (!from)
                  return fail(ctx, u"sublist"_s, tr("start position is out of range"));
              qsizetype count = items.size() - *from;
              if (a.size() > 2 && !a[2].isNull()) {
                  const auto l = integerOf(a[2]);
                  if (!l || *l < 0 || *l > count)
                      return fail(ctx, u"sublist"_s, tr("length is out of range"));
                  count = static_cast<qsizetype>(*l);
              }
              return Value(items.mid(*from, count));
          }}});

    add(r, u"append"_s,
        {{{u"list"_s, u"item"_s}, 1, true, [](const Args &a, CallContext &) -> Value {
              QList<Value> items;
              if (!listArg(a[0], items))
                  return Value();
              items.append(a.mid(1));
              return Value(std::move(items));
          }}});

    add(r, u"concatenate"_s, {{{u"list"_s}, 0, true, [](const Args &a, CallContext &ctx) -> Value {
                                   // Rules concatenate mostly empty lists (if … then
                                   // [reason] else []): the one non-empty list is the
                                   // result as it is, and otherwise room for all items is
                                   // made once.
                                   qsizetype total = 0;
                                   const Value *onlyNonEmpty = nullptr;
                                   for (const Value &v : a) {
                                       if (!v.is(ValueKind::List))
                                           return v.isNull()
                                                      ? Value()
                                                      : fail(ctx, u"concatenate"_s,
                                                             tr("the arguments must be lists"));
                                       if (!v.list().isEmpty()) {
                                           onlyNonEmpty = total == 0 ? &v : nullptr;
                                           total += v.list().size();
                                       }
                                   }
                                   if (onlyNonEmpty)
                                       return *onlyNonEmpty;
                                   QList<Value> items;
                                   items.reserve(total);
                                   for (const Value &v : a)
                                       items.append(v.list());
                                   return Value(std::move(items));
                               }}});

    add(r, u"insert before"_s,
        {{{u"list"_s, u"position"_s, u"newItem"_s},
          3,
          false,
          [](const Args &a, CallContext &ctx) -> Value {
              QList<Value> items;
              if (!listArg(a[0], items) || a[1].isNull())
                  return Value();
              const auto at = indexOf(a[1], items.size());
              if (!at)
                  return fail(ctx, u"insert before"_s, tr("position is out of range"));
              items.insert(*at, a[2]);
              return Value(std::move(items));
          }}});

    add(r, u"remove"_s,
        {{{u"list"_s, u"position"_s}, 2, false, [](const Args &a, CallContext &ctx) -> Value {
              QList<Value> items;
              if (!listArg(a[0], items) || a[1].isNull())
                  return Value();
              const auto at = indexOf(a[1], items.size());
              if (!at)
                  return fail(ctx, u"remove"_s, tr("position is out of range"));
              items.removeAt(*at);
              return Value(std::move(items));
          }}});

    add(r, u"reverse"_s, {{{u"list"_s}, 1, false, [](const Args &a, CallContext &) -> Value {
                               QList<Value> items;
                               if (!listArg(a[0], items))
                                   return Value();
                               std::reverse(items.begin(), items.end());
                               return Value(std::move(items));
                           }}});

    add(r, u"index of"_s,
        {{{u"list"_s, u"match"_s}, 2, false, [](const Args &a, CallContext &) -> Value {
              QList<Value> items;
              if (!listArg(a[0], items))
                  return Value();
              QList<Value> positions;
              for (qsizetype i = 0; i < items.size(); ++i) {
                  if (isFeelEqual(items[i], a[1]))
                      positions.append(Value::number(i + 1));
              }
              return Value(std::move(positions));
          }}});

    add(r, u"union"_s, {{{u"list"_s}, 0, true, [](const Args &a, CallContext &ctx) -> Value {
                             QList<Value> out;
                             for (const Value &v : a) {
                                 if (!v.is(ValueKind::List))
                                     return v.isNull() ? Value()
                                                       : fail(ctx, u"union"_s,
                                                              tr("the arguments must be lists"));
                                 for (const Value &item : v.list()) {
                                     if (!containsValue(out, item))
                                         out.append(item);
                                 }
                             }
                             return Value(std::move(out));
                         }}});

    add(r, u"distinct values"_s,
        {{{u"list"_s}, 1, false, [](const Args &a, CallContext &) -> Value {
              QList<Value> items;
              if (!listArg(a[0], items))
                  return Value();
              QList<Value> out;
              for (const Value &item : items) {
                  if (!containsValue(out, item))
                      out.append(item);
              }
              return Value(std::move(out));
          }}});

    add(r, u"flatten"_s, {{{u"list"_s}, 1, false, [](const Args &a, CallContext &) -> Value {
                               QList<Value> items;
                               if (!listArg(a[0], items))
                                   return Value();
                               QList<Value> out;
                               flattenInto(items, out);
                               return Value(std::move(out));
                           }}});

    add(r, u"sort"_s,
        {{{u"list"_s, u"precedes"_s}, 1, false, [](const Args &a, CallContext &ctx) -> Value {
              QList<Value> items;
              if (!listArg(a[0], items))
                  return Value();
              if (a.size() < 2 || a[1].isNull()) {
                  if (!sortValues(items))
                      return fail(ctx, u"sort"_s, tr("the items cannot be compared"));
                  return Value(std::move(items));
              }
              if (!a[1].is(ValueKind::Function))
                  return fail(ctx, u"sort"_s, tr("precedes must be a function"));
              const Function &precedes = *a[1].function();
              if (!acceptsArguments(precedes, 2))
                  return fail(ctx, u"sort"_s, tr("precedes must take two parameters"));
              bool ok = true;
              std::stable_sort(items.begin(), items.end(), [&](const Value &x, const Value &y) {
                  if (!ok)
                      return false;
                  const auto p = callPredicate(precedes, {{QString(), x}, {QString(), y}}, ctx);
                  if (!p) {
                      ok = false;
                      return false;
                  }
                  return *p;
              });
              if (!ok)
                  return fail(ctx, u"sort"_s, tr("precedes must return true or false"));
              return Value(std::move(items));
          }}});

    // One implementation for both forms: a position, or a match function(item, newItem).
    const Impl listReplace = [](const Args &a, CallContext &ctx) -> Value {
        QList<Value> items;
        if (!listArg(a[0], items) || a[1].isNull())
            return Value();
        if (a[1].is(ValueKind::Function)) {
            const Function &match = *a[1].function();
            if (!acceptsArguments(match, 2))
                return fail(ctx, u"list replace"_s, tr("match must take two parameters"));
            for (Value &item : items) {
                const auto p = callPredicate(match, {{QString(), item}, {QString(), a[2]}}, ctx);
                if (!p)
                    return fail(ctx, u"list replace"_s, tr("match must return true or false"));
                if (*p)
                    item = a[2];
            }
            return Value(std::move(items));
        }
        const auto at = indexOf(a[1], items.size());
        if (!at)
            return fail(ctx, u"list replace"_s, tr("position is out of range"));
        items[*at] = a[2];
        return Value(std::move(items));
    };
    add(r, u"list replace"_s,
        {{{u"list"_s, u"position"_s, u"newItem"_s}, 3, false, listReplace},
         {{u"list"_s, u"match"_s, u"newItem"_s}, 3, false, listReplace}});
}

} // namespace casebench::feel::builtinlib
