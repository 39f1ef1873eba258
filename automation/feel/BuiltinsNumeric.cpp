// FEEL numeric built-ins: decimal, floor, ceiling, round *, abs, modulo, sqrt, log, exp,
// odd, even.

#include "automation/feel/BuiltinsRegistry.h"

using namespace Qt::StringLiterals;

namespace casebench::feel::builtinlib {

namespace {

// The scale range the spec allows (decimal128 exponent limits).
constexpr qint64 MinScale = -6111;
constexpr qint64 MaxScale = 6176;

Impl rounding(const QString &name, RoundingMode mode)
{
    return [name, mode](const Args &a, CallContext &ctx) -> Value {
        if (a.isEmpty() || a[0].isNull() || (a.size() > 1 && a[1].isNull()))
            return Value();
        if (!a[0].is(ValueKind::Number))
            return fail(ctx, name, tr("n must be a number"));
        qint64 scale = 0;
        if (a.size() > 1) {
            const auto s = truncatedIntegerOf(a[1]);
            if (!s || *s < MinScale || *s > MaxScale)
                return fail(ctx, name, tr("scale must be an integer from -6111 to 6176"));
            scale = *s;
        }
        return Value(a[0].number().round(static_cast<int>(scale), mode));
    };
}

// A one-number function that may be undefined for some inputs.
Impl unary(const QString &name, std::function<std::optional<Decimal>(const Decimal &)> f)
{
    return [name, f](const Args &a, CallContext &ctx) -> Value {
        if (a[0].isNull())
            return Value();
        if (!a[0].is(ValueKind::Number))
            return fail(ctx, name, tr("the argument must be a number"));
        const auto r = f(a[0].number());
        if (!r)
            return fail(ctx, name, tr("undefined for %1").arg(a[0].toString()));
        return Value(*r);
    };
}

Impl parity(const QString &name, bool odd)
{
    return [name, odd](const Args &a, CallContext &ctx) -> Value {
        if (a[0].isNull())
            return Value();
        if (!a[0].is(ValueKind::Number))
            return fail(ctx, name, tr("the argument must be a number"));
        if (!a[0].number().isInteger())
            return fail(ctx, name, tr("the argument must be an integer"));
        const auto r = a[0].number().modulo(Decimal::fromInt64(2));
        return Value(r->isZero() != odd);
    };
}

} // namespace

void registerNumeric(Registry &r)
{
    add(r, u"decimal"_s,
        {{{u"n"_s, u"scale"_s}, 2, false, rounding(u"decimal"_s, RoundingMode::HalfEven)}});
    add(r, u"floor"_s,
        {{{u"n"_s, u"scale"_s}, 1, false, rounding(u"floor"_s, RoundingMode::Floor)}});
    add(r, u"ceiling"_s,
        {{{u"n"_s, u"scale"_s}, 1, false, rounding(u"ceiling"_s, RoundingMode::Ceiling)}});
    add(r, u"round up"_s,
        {{{u"n"_s, u"scale"_s}, 1, false, rounding(u"round up"_s, RoundingMode::Up)}});
    add(r, u"round down"_s,
        {{{u"n"_s, u"scale"_s}, 1, false, rounding(u"round down"_s, RoundingMode::Down)}});
    add(r, u"round half up"_s,
        {{{u"n"_s, u"scale"_s}, 1, false, rounding(u"round half up"_s, RoundingMode::HalfUp)}});
    add(r, u"round half down"_s,
        {{{u"n"_s, u"scale"_s}, 1, false, rounding(u"round half down"_s, RoundingMode::HalfDown)}});

    add(r, u"abs"_s, {{{u"n"_s}, 1, false, [](const Args &a, CallContext &ctx) -> Value {
                           switch (a[0].kind()) {
                           case ValueKind::Null:
                               return Value();
                           case ValueKind::Number:
                               return Value(a[0].number().abs());
                           case ValueKind::DaysTimeDuration: {
                               const auto &d = a[0].daysTimeDuration();
                               return Value(d.isNegative() ? -d : d);
                           }
                           case ValueKind::YearsMonthsDuration: {
                               const auto &d = a[0].yearsMonthsDuration();
                               return Value(d.totalMonths() < 0 ? -d : d);
                           }
                           default:
                               return fail(ctx, u"abs"_s, tr("n must be a number or a duration"));
                           }
                       }}});

    add(r, u"modulo"_s,
        {{{u"dividend"_s, u"divisor"_s}, 2, false, [](const Args &a, CallContext &ctx) -> Value {
              if (a[0].isNull() || a[1].isNull())
                  return Value();
              if (!a[0].is(ValueKind::Number) || !a[1].is(ValueKind::Number))
                  return fail(ctx, u"modulo"_s, tr("dividend and divisor must be numbers"));
              const auto m = a[0].number().modulo(a[1].number());
              if (!m)
                  return fail(ctx, u"modulo"_s, tr("division by zero"));
              return Value(*m);
          }}});

    add(r, u"sqrt"_s,
        {{{u"number"_s}, 1, false, unary(u"sqrt"_s, [](const Decimal &d) { return d.sqrt(); })}});
    add(r, u"log"_s,
        {{{u"number"_s}, 1, false, unary(u"log"_s, [](const Decimal &d) { return d.ln(); })}});
    add(r, u"exp"_s,
        {{{u"number"_s}, 1, false, unary(u"exp"_s, [](const Decimal &d) { return d.exp(); })}});
    add(r, u"odd"_s, {{{u"number"_s}, 1, false, parity(u"odd"_s, true)}});
    add(r, u"even"_s, {{{u"number"_s}, 1, false, parity(u"even"_s, false)}});
}

} // namespace casebench::feel::builtinlib
