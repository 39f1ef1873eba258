#include "automation/feel/Evaluator.h"

#include "automation/feel/Builtins.h"
#include "automation/feel/Function.h"
#include "automation/feel/UnaryTests.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>

namespace casebench::feel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench::feel::Evaluator", text);
}

// Leaves the CallContext's depth when an evaluation step returns.
struct DepthScope {
    CallContext &ctx;
    bool entered;
    explicit DepthScope(CallContext &c) : ctx(c), entered(c.enter()) {}
    ~DepthScope()
    {
        if (entered)
            ctx.leave();
    }
};

// Evaluates with another expression's text as the place diagnostics point into.
struct SourceScope {
    CallContext &ctx;
    QStringView saved;
    int savedOffset;
    SourceScope(CallContext &c, QStringView source)
        : ctx(c), saved(c.source()), savedOffset(c.currentOffset())
    {
        ctx.setSource(source);
    }
    ~SourceScope()
    {
        ctx.setSource(saved);
        ctx.setCurrentOffset(savedOffset);
    }
};

// A function written in FEEL: `function(a, b) a + b`. Closes over the scope it was
// defined in.
class UserFunction final : public Function
{
public:
    UserFunction(NodePtr definition, Scope::Ptr closure, QString source)
        : m_definition(std::move(definition))
        , m_closure(std::move(closure))
        , m_source(std::move(source))
    {
    }

    QStringList parameterNames() const override { return m_definition->names; }

    Value invoke(const QList<Argument> &args, CallContext &ctx) const override
    {
        const Node &def = *m_definition;
        QList<Value> values(def.names.size());
        for (qsizetype i = 0; i < args.size(); ++i) {
            qsizetype index = i;
            if (!args[i].name.isEmpty()) {
                index = def.names.indexOf(args[i].name);
                if (index < 0)
                    return fail(ctx, tr("The function has no parameter named '%1'.").arg(args[i].name));
            } else if (i >= def.names.size()) {
                return tooMany(ctx);
            }
            values[index] = args[i].value;
        }
        return call(std::move(values), ctx);
    }

    Value invokePositional(const QList<Value> &args, CallContext &ctx) const override
    {
        const qsizetype count = m_definition->names.size();
        if (args.size() > count)
            return tooMany(ctx);
        if (args.size() == count)
            return call(args, ctx);
        QList<Value> values = args;
        values.resize(count); // parameters not given are null
        return call(std::move(values), ctx);
    }

private:
    static Value fail(CallContext &ctx, const QString &message)
    {
        ctx.report(message, ctx.currentOffset());
        return Value::null();
    }

    Value tooMany(CallContext &ctx) const
    {
        return fail(ctx, tr("The function takes %1 argument(s) but was given more.")
                             .arg(m_definition->names.size()));
    }

    // `values`: one per parameter, in order (null where none was given).
    Value call(QList<Value> values, CallContext &ctx) const
    {
        const Node &def = *m_definition;
        const NodePtr &body = def.children.first();
        Frame frame(body->mayDefineFunction, m_closure);
        for (qsizetype i = 0; i < def.names.size(); ++i) {
            Value &v = values[i];
            const auto &type = def.paramTypes.value(i);
            if (type && !v.isNull()) {
                auto ok = Evaluator::isInstanceOf(v, *type, &ctx);
                // A single value where a list is wanted, or a one-element list where a
                // single value is wanted, converts (DMN 1.5, 10.3.2.9.4).
                if (ok && !*ok && type->kind == TypeSpec::Kind::List) {
                    const Value asList(QList<Value>{v});
                    if (Evaluator::isInstanceOf(asList, *type, &ctx).value_or(false)) {
                        v = asList;
                        ok = true;
                    }
                } else if (ok && !*ok && v.is(ValueKind::List) && v.list().size() == 1
                           && Evaluator::isInstanceOf(v.list().first(), *type, &ctx).value_or(false)) {
                    v = Value(v.list().first());
                    ok = true;
                }
                if (ok && !*ok)
                    return fail(ctx, tr("Parameter '%1' must be %2, not %3.")
                                         .arg(def.names[i], type->toString(), v.typeName()));
            }
            frame->bind(def.names[i], v);
        }
        SourceScope source(ctx, m_source);
        Evaluator evaluator(ctx);
        const Value result = evaluator.evaluate(body, frame.ptr());
        return ctx.exhausted() ? Value::null() : result;
    }

    NodePtr m_definition;
    Scope::Ptr m_closure;
    QString m_source;
};

Value numberValue(const Decimal &d)
{
    return Value(d);
}

// Date → date and time at midnight UTC, as the spec does for mixed arithmetic.
DateTime atMidnight(const Date &d)
{
    return DateTime(d, Time());
}

DateTime atMidnightUtc(const Date &d)
{
    return DateTime(d, *Time::fromParts(0, 0, 0, 0, 0));
}

} // namespace

// ---------------------------------------------------------------------------------------

Value Evaluator::error(const Node &at, const QString &message)
{
    m_ctx.report(message, at.offset);
    return Value::null();
}

Value Evaluator::evaluate(const NodePtr &node, const Scope::Ptr &scope)
{
    return eval(node, scope);
}

namespace {

// Whether a subtree's value depends on nothing but its own text. Calls are out even to
// built-ins (a name can be shadowed by a variable, and now()/today() change).
bool isConstantTree(const Node &n, int depth)
{
    if (depth > 64 || n.usesInput)
        return false;
    switch (n.kind) {
    case Node::Kind::Null:
    case Node::Kind::Boolean:
    case Node::Kind::Number:
    case Node::Kind::String:
    case Node::Kind::Temporal:
        return true;
    case Node::Kind::Negate:
    case Node::Kind::Add:
    case Node::Kind::Subtract:
    case Node::Kind::Multiply:
    case Node::Kind::Divide:
    case Node::Kind::Power:
    case Node::Kind::Equal:
    case Node::Kind::NotEqual:
    case Node::Kind::Less:
    case Node::Kind::LessEqual:
    case Node::Kind::Greater:
    case Node::Kind::GreaterEqual:
    case Node::Kind::And:
    case Node::Kind::Or:
    case Node::Kind::Between:
    case Node::Kind::If:
    case Node::Kind::List:
    case Node::Kind::Range:
    case Node::Kind::UnaryComparison:
        for (const NodePtr &child : n.children) {
            if (!child || !isConstantTree(*child, depth + 1))
                return false;
        }
        return true;
    default:
        return false;
    }
}

} // namespace

std::optional<Value> Evaluator::constantValue(const NodePtr &node)
{
    if (!node || !isConstantTree(*node, 0))
        return std::nullopt;
    CallContext ctx;
    Evaluator evaluator(ctx);
    Value v = evaluator.eval(node, Scope::make());
    if (ctx.hasDiagnostics() || ctx.exhausted())
        return std::nullopt;
    return v;
}

Value Evaluator::eval(const NodePtr &nodePtr, const Scope::Ptr &scope)
{
    DepthScope depth(m_ctx);
    if (!depth.entered || !m_ctx.step())
        return Value::null();
    const Node &n = *nodePtr;
    switch (n.kind) {
    case Node::Kind::Null:
        return Value::null();
    case Node::Kind::Boolean:
        return Value(n.flag);
    case Node::Kind::Number:
        return Value(n.number);
    case Node::Kind::String:
        return Value(n.text);
    case Node::Kind::Temporal:
        return evalTemporal(n);
    case Node::Kind::Name:
        return evalName(n, scope);
    case Node::Kind::Negate: {
        const Value v = eval(n.children[0], scope);
        switch (v.kind()) {
        case ValueKind::Null:
            return v;
        case ValueKind::Number:
            return Value(-v.number());
        case ValueKind::DaysTimeDuration:
            return Value(-v.daysTimeDuration());
        case ValueKind::YearsMonthsDuration:
            return Value(-v.yearsMonthsDuration());
        default:
            return error(n, tr("Cannot negate a %1.").arg(v.typeName()));
        }
    }
    case Node::Kind::Add:
    case Node::Kind::Subtract:
    case Node::Kind::Multiply:
    case Node::Kind::Divide:
    case Node::Kind::Power: {
        Value heldA, heldB;
        const Value &a = evalBorrowed(n.children[0], scope, heldA);
        const Value &b = evalBorrowed(n.children[1], scope, heldB);
        return evalArithmetic(n, a, b);
    }
    case Node::Kind::Equal:
    case Node::Kind::NotEqual:
    case Node::Kind::Less:
    case Node::Kind::LessEqual:
    case Node::Kind::Greater:
    case Node::Kind::GreaterEqual: {
        Value heldA, heldB;
        const Value &a = evalBorrowed(n.children[0], scope, heldA);
        const Value &b = evalBorrowed(n.children[1], scope, heldB);
        return evalComparison(n, a, b);
    }
    case Node::Kind::And:
    case Node::Kind::Or: {
        // Three-valued logic; anything not boolean counts as null. The second operand is
        // evaluated even when the first decides, so its errors are still reported.
        const bool isAnd = n.kind == Node::Kind::And;
        const Value a = eval(n.children[0], scope);
        const Value b = eval(n.children[1], scope);
        const bool aBool = a.is(ValueKind::Boolean);
        const bool bBool = b.is(ValueKind::Boolean);
        if (isAnd) {
            if ((aBool && !a.boolean()) || (bBool && !b.boolean()))
                return Value(false);
            if (aBool && bBool)
                return Value(true);
        } else {
            if ((aBool && a.boolean()) || (bBool && b.boolean()))
                return Value(true);
            if (aBool && bBool)
                return Value(false);
        }
        return Value::null();
    }
    case Node::Kind::Between: {
        const Value v = eval(n.children[0], scope);
        const Value low = eval(n.children[1], scope);
        const Value high = eval(n.children[2], scope);
        if (v.isNull() || low.isNull() || high.isNull())
            return Value::null();
        const auto c1 = feelCompare(v, low);
        const auto c2 = feelCompare(v, high);
        if (!c1 || !c2)
            return error(n, tr("Cannot compare %1 with %2 and %3 in 'between'.")
                                .arg(v.typeName(), low.typeName(), high.typeName()));
        return Value(*c1 >= 0 && *c2 <= 0);
    }
    case Node::Kind::In: {
        const Value v = eval(n.children[0], scope);
        return anyTest(n.children, 1, v, scope, false);
    }
    case Node::Kind::InstanceOf: {
        const Value v = eval(n.children[0], scope);
        const auto result = isInstanceOf(v, *n.type, &m_ctx);
        if (!result)
            return error(n, tr("Unknown type '%1'.").arg(n.type->toString()));
        return Value(*result);
    }
    case Node::Kind::If: {
        const Value c = eval(n.children[0], scope);
        // Only true takes the then-branch; false, null and non-booleans take else.
        if (c.is(ValueKind::Boolean) && c.boolean())
            return eval(n.children[1], scope);
        return eval(n.children[2], scope);
    }
    case Node::Kind::For:
        return evalFor(nodePtr, scope);
    case Node::Kind::Some:
    case Node::Kind::Every:
        return evalQuantified(nodePtr, scope);
    case Node::Kind::List: {
        QList<Value> items;
        items.reserve(n.children.size());
        for (const NodePtr &c : n.children)
            items.append(eval(c, scope));
        return Value(std::move(items));
    }
    case Node::Kind::Context:
        return evalContext(nodePtr, scope);
    case Node::Kind::Range:
        return evalRange(nodePtr, scope);
    case Node::Kind::UnaryComparison:
        return evalUnaryComparison(nodePtr, scope);
    case Node::Kind::Path: {
        // Half of the nodes evaluated in rule packs are names and paths (application.details
        // .period): a path whose every step is a context entry is read where it lives,
        // charged exactly as the nested evaluation would be.
        int levels = 0;
        if (const Value *v = peekPath(n, *scope, levels); v && m_ctx.canNest(levels)) {
            m_ctx.step(levels);
            return *v;
        }
        Value held;
        return evalPath(n, evalBorrowed(n.children[0], scope, held));
    }
    case Node::Kind::Filter:
        return evalFilter(nodePtr, scope);
    case Node::Kind::Call:
        return evalCall(nodePtr, scope);
    case Node::Kind::FunctionDefinition:
        return evalFunctionDefinition(nodePtr, scope);
    case Node::Kind::AnyInput:
    case Node::Kind::NotTests:
    case Node::Kind::Tests: {
        const Value *input = scope->lookup(u"?");
        return test(n, input ? *input : Value::null(), scope, input != nullptr);
    }
    }
    return Value::null();
}

// ---------------------------------------------------------------------------------------
// Names and literals

const Value &Evaluator::evalBorrowed(const NodePtr &nodePtr, const Scope::Ptr &scope, Value &holder)
{
    const Node &n = *nodePtr;
    // eval() would enter one level and take one step for the node itself, and peekPath()
    // one more of each per step of the path: the same is checked and charged here.
    if (n.kind == Node::Kind::Name) {
        if (const Value *v = scope->lookup(n.text); v && m_ctx.canNest(1)) {
            m_ctx.step(1);
            return *v;
        }
    } else if (n.kind == Node::Kind::Path) {
        int levels = 0;
        if (const Value *v = peekPath(n, *scope, levels); v && m_ctx.canNest(levels + 1)) {
            m_ctx.step(levels + 1);
            return *v;
        }
    }
    holder = eval(nodePtr, scope);
    return holder;
}

Value Evaluator::evalName(const Node &n, const Scope::Ptr &scope)
{
    if (const Value *v = scope->lookup(n.text))
        return *v;
    if (n.builtin)
        return Value(n.builtin);
    const auto &library = builtins();
    const auto it = library.constFind(n.text);
    if (it != library.cend())
        return Value(it.value());
    return error(n, tr("Unknown name '%1'.").arg(n.text));
}

Value Evaluator::evalTemporal(const Node &n)
{
    const QStringView text = n.text;
    const bool negative = text.startsWith(u'-');
    if (text.mid(negative ? 1 : 0).startsWith(u'P')) {
        if (auto d = DaysTimeDuration::fromString(text))
            return Value(*d);
        if (auto d = YearsMonthsDuration::fromString(text))
            return Value(*d);
    } else if (text.contains(u'T')) {
        if (auto dt = DateTime::fromString(text))
            return Value(*dt);
    } else if (text.contains(u':')) {
        if (auto t = Time::fromString(text))
            return Value(*t);
    } else if (auto d = Date::fromString(text)) {
        return Value(*d);
    }
    return error(n, tr("\"%1\" is not a valid date, time, date and time or duration.").arg(n.text));
}

// ---------------------------------------------------------------------------------------
// Arithmetic

Value Evaluator::evalArithmetic(const Node &n, const Value &a, const Value &b)
{
    if (a.isNull() || b.isNull())
        return Value::null();
    const ValueKind ka = a.kind();
    const ValueKind kb = b.kind();
    auto mismatch = [&]() {
        static const char *const names[] = {"+", "-", "*", "/", "**"};
        const int index = int(n.kind) - int(Node::Kind::Add);
        return error(n, tr("Cannot apply '%1' to %2 and %3.")
                            .arg(QLatin1String(names[index]), a.typeName(), b.typeName()));
    };
    using K = ValueKind;
    switch (n.kind) {
    case Node::Kind::Add:
        if (ka == K::Number && kb == K::Number)
            return numberValue(a.number() + b.number());
        if (ka == K::String && kb == K::String)
            return Value(a.string() + b.string());
        if (ka == K::DaysTimeDuration && kb == K::DaysTimeDuration)
            return Value(a.daysTimeDuration() + b.daysTimeDuration());
        if (ka == K::YearsMonthsDuration && kb == K::YearsMonthsDuration)
            return Value(a.yearsMonthsDuration() + b.yearsMonthsDuration());
        {
            // date/time + duration, either order
            const bool aIsDuration = ka == K::DaysTimeDuration || ka == K::YearsMonthsDuration;
            const Value &point = aIsDuration ? b : a;
            const Value &duration = aIsDuration ? a : b;
            const K kp = point.kind();
            const K kd = duration.kind();
            if (kd == K::DaysTimeDuration) {
                if (kp == K::DateTime)
                    return Value(point.dateTime().plus(duration.daysTimeDuration()));
                if (kp == K::Date)
                    return Value(atMidnight(point.date()).plus(duration.daysTimeDuration()).date());
                if (kp == K::Time) {
                    const auto &d = duration.daysTimeDuration();
                    return Value(point.time().addNanos(d.seconds(), d.nanos()));
                }
            } else if (kd == K::YearsMonthsDuration) {
                const qint64 months = duration.yearsMonthsDuration().totalMonths();
                if (kp == K::DateTime) {
                    if (auto r = point.dateTime().plus(duration.yearsMonthsDuration()))
                        return Value(*r);
                    return error(n, tr("The date is out of range."));
                }
                if (kp == K::Date) {
                    if (auto r = point.date().addMonths(months))
                        return Value(*r);
                    return error(n, tr("The date is out of range."));
                }
            }
        }
        return mismatch();
    case Node::Kind::Subtract:
        if (ka == K::Number && kb == K::Number)
            return numberValue(a.number() - b.number());
        if (ka == K::DaysTimeDuration && kb == K::DaysTimeDuration)
            return Value(a.daysTimeDuration() - b.daysTimeDuration());
        if (ka == K::YearsMonthsDuration && kb == K::YearsMonthsDuration)
            return Value(a.yearsMonthsDuration() - b.yearsMonthsDuration());
        if ((ka == K::DateTime || ka == K::Date) && (kb == K::DateTime || kb == K::Date)) {
            // Mixed with a date and time, a date is midnight UTC (DMN 1.5, 10.3.2.3.4): so it
            // pairs with zoned values only. Two dates subtract as plain calendar days.
            const bool bothDates = ka == K::Date && kb == K::Date;
            const DateTime x = ka == K::Date ? (bothDates ? atMidnight(a.date()) : atMidnightUtc(a.date())) : a.dateTime();
            const DateTime y = kb == K::Date ? (bothDates ? atMidnight(b.date()) : atMidnightUtc(b.date())) : b.dateTime();
            if (x.hasZone() != y.hasZone())
                return error(n, tr("Cannot subtract a date and time with a time zone and one without."));
            return Value(difference(x, y));
        }
        if (ka == K::Time && kb == K::Time) {
            const Time &x = a.time();
            const Time &y = b.time();
            qint64 nanos = x.nanosOfDay() - y.nanosOfDay();
            const auto ox = x.effectiveOffsetSeconds();
            const auto oy = y.effectiveOffsetSeconds();
            if (ox.has_value() != oy.has_value())
                return error(n, tr("Cannot subtract a time with a time zone and one without."));
            if (ox && oy)
                nanos -= qint64(*ox - *oy) * 1'000'000'000;
            return Value(DaysTimeDuration::fromSecondsAndNanos(nanos / 1'000'000'000, nanos % 1'000'000'000));
        }
        if (kb == K::DaysTimeDuration) {
            const DaysTimeDuration minus = -b.daysTimeDuration();
            if (ka == K::DateTime)
                return Value(a.dateTime().plus(minus));
            if (ka == K::Date)
                return Value(atMidnight(a.date()).plus(minus).date());
            if (ka == K::Time)
                return Value(a.time().addNanos(minus.seconds(), minus.nanos()));
        }
        if (kb == K::YearsMonthsDuration) {
            const YearsMonthsDuration minus = -b.yearsMonthsDuration();
            if (ka == K::DateTime) {
                if (auto r = a.dateTime().plus(minus))
                    return Value(*r);
                return error(n, tr("The date is out of range."));
            }
            if (ka == K::Date) {
                if (auto r = a.date().addMonths(minus.totalMonths()))
                    return Value(*r);
                return error(n, tr("The date is out of range."));
            }
        }
        return mismatch();
    case Node::Kind::Multiply:
        if (ka == K::Number && kb == K::Number)
            return numberValue(a.number() * b.number());
        if ((ka == K::Number) != (kb == K::Number)) {
            const Value &factor = ka == K::Number ? a : b;
            const Value &duration = ka == K::Number ? b : a;
            if (duration.is(K::DaysTimeDuration)) {
                if (auto d = DaysTimeDuration::fromSeconds(duration.daysTimeDuration().totalSeconds() * factor.number()))
                    return Value(*d);
                return error(n, tr("The duration is out of range."));
            }
            if (duration.is(K::YearsMonthsDuration)) {
                const Decimal months = (Decimal::fromInt64(duration.yearsMonthsDuration().totalMonths()) * factor.number())
                                           .round(0, RoundingMode::Down);
                if (auto m = months.toInt64())
                    return Value(YearsMonthsDuration(*m));
                return error(n, tr("The duration is out of range."));
            }
        }
        return mismatch();
    case Node::Kind::Divide:
        if (kb == K::Number) {
            if (b.number().isZero())
                return error(n, tr("Division by zero."));
            if (ka == K::Number)
                return numberValue(*a.number().divide(b.number()));
            if (ka == K::DaysTimeDuration) {
                const auto seconds = a.daysTimeDuration().totalSeconds().divide(b.number());
                if (seconds)
                    if (auto d = DaysTimeDuration::fromSeconds(*seconds))
                        return Value(*d);
                return error(n, tr("The duration is out of range."));
            }
            if (ka == K::YearsMonthsDuration) {
                const auto months = Decimal::fromInt64(a.yearsMonthsDuration().totalMonths()).divide(b.number());
                if (months)
                    if (auto m = months->round(0, RoundingMode::Down).toInt64())
                        return Value(YearsMonthsDuration(*m));
                return error(n, tr("The duration is out of range."));
            }
        }
        if (ka == K::DaysTimeDuration && kb == K::DaysTimeDuration) {
            if (auto q = a.daysTimeDuration().totalSeconds().divide(b.daysTimeDuration().totalSeconds()))
                return numberValue(*q);
            return error(n, tr("Division by zero."));
        }
        if (ka == K::YearsMonthsDuration && kb == K::YearsMonthsDuration) {
            if (auto q = Decimal::fromInt64(a.yearsMonthsDuration().totalMonths())
                             .divide(Decimal::fromInt64(b.yearsMonthsDuration().totalMonths())))
                return numberValue(*q);
            return error(n, tr("Division by zero."));
        }
        return mismatch();
    case Node::Kind::Power:
        if (ka == K::Number && kb == K::Number) {
            if (auto p = a.number().pow(b.number()))
                return numberValue(*p);
            return error(n, tr("%1 ** %2 is not defined.").arg(a.number().toString(), b.number().toString()));
        }
        return mismatch();
    default:
        return Value::null();
    }
}

Value Evaluator::evalComparison(const Node &n, const Value &a, const Value &b)
{
    if (n.kind == Node::Kind::Equal || n.kind == Node::Kind::NotEqual) {
        const Value eq = feelEquals(a, b);
        if (!eq.is(ValueKind::Boolean))
            return error(n, tr("Cannot compare %1 with %2.").arg(a.typeName(), b.typeName()));
        return n.kind == Node::Kind::Equal ? eq : Value(!eq.boolean());
    }
    if (a.isNull() || b.isNull())
        return Value::null();
    const auto c = feelCompare(a, b);
    if (!c)
        return error(n, tr("Cannot order %1 and %2.").arg(a.typeName(), b.typeName()));
    switch (n.kind) {
    case Node::Kind::Less: return Value(*c < 0);
    case Node::Kind::LessEqual: return Value(*c <= 0);
    case Node::Kind::Greater: return Value(*c > 0);
    case Node::Kind::GreaterEqual: return Value(*c >= 0);
    default: return Value::null();
    }
}

// ---------------------------------------------------------------------------------------
// Ranges and unary tests

Value Evaluator::evalRange(const NodePtr &node, const Scope::Ptr &scope)
{
    const Node &n = *node;
    Range r;
    r.startClosed = n.flag;
    r.endClosed = n.flag2;
    const Value start = eval(n.children[0], scope);
    const Value end = eval(n.children[1], scope);
    if (start.isNull() && end.isNull())
        return error(n, tr("A range needs at least one end point."));
    if (!start.isNull() && !end.isNull()) {
        const auto order = feelCompare(start, end);
        if (!order)
            return error(n, tr("The end points of a range must be of one ordered type, not %1 and %2.")
                                .arg(start.typeName(), end.typeName()));
        if (*order > 0)
            return error(n, tr("The range starts after it ends."));
    }
    // A null end point is an open-ended range ("[1..null]" reads as "≥ 1").
    if (!start.isNull())
        r.start = start;
    if (!end.isNull())
        r.end = end;
    return Value(std::move(r));
}

Value Evaluator::evalUnaryComparison(const NodePtr &node, const Scope::Ptr &scope)
{
    const Node &n = *node;
    const Value endpoint = eval(n.children[0], scope);
    if (n.op == Node::Kind::NotEqual) {
        // "!= x" only makes sense as a test; as a value it is the end point.
        return endpoint;
    }
    if (endpoint.isNull())
        return error(n, tr("The end point of a comparison range is null."));
    // "= = = x" would nest one-point ranges whose text doubles with every "=".
    if (endpoint.is(ValueKind::Range))
        return error(n, tr("The end point of a comparison range cannot be a range."));
    // The unbounded side is never "included" ((< 10).start included = false, TCK 0074);
    // "= x" is the one-point range [x..x].
    Range r;
    switch (n.op) {
    case Node::Kind::Less: r.end = endpoint; r.endClosed = false; r.startClosed = false; break;
    case Node::Kind::LessEqual: r.end = endpoint; r.endClosed = true; r.startClosed = false; break;
    case Node::Kind::Greater: r.start = endpoint; r.startClosed = false; r.endClosed = false; break;
    case Node::Kind::GreaterEqual: r.start = endpoint; r.startClosed = true; r.endClosed = false; break;
    default: r.start = endpoint; r.end = endpoint; break;
    }
    return Value(std::move(r));
}

Value Evaluator::testOne(const NodePtr &testNode, const Value &input, const Scope::Ptr &scope, bool inputBound)
{
    const Node &t = *testNode;
    if (t.kind == Node::Kind::UnaryComparison) {
        const Value endpoint = eval(t.children[0], scope);
        if (t.op == Node::Kind::Equal)
            return Value(isFeelEqual(input, endpoint));
        if (t.op == Node::Kind::NotEqual)
            return Value(!isFeelEqual(input, endpoint));
        if (input.isNull() || endpoint.isNull())
            return Value::null();
        const auto c = feelCompare(input, endpoint);
        if (!c)
            return Value::null();
        switch (t.op) {
        case Node::Kind::Less: return Value(*c < 0);
        case Node::Kind::LessEqual: return Value(*c <= 0);
        case Node::Kind::Greater: return Value(*c > 0);
        default: return Value(*c >= 0);
        }
    }
    std::optional<Frame> inputFrame;
    if (t.usesInput && !inputBound) {
        inputFrame.emplace(testNode->mayDefineFunction, scope);
        (*inputFrame)->bind(QStringLiteral("?"), input);
    }
    const Value v = eval(testNode, inputFrame ? inputFrame->ptr() : scope);
    return matchesTestValue(v, input, t.usesInput);
}

Value Evaluator::anyTest(const QList<NodePtr> &tests, qsizetype from, const Value &input, const Scope::Ptr &scope,
                         bool inputBound)
{
    bool sawNull = false;
    for (qsizetype i = from; i < tests.size(); ++i) {
        const Value r = testOne(tests[i], input, scope, inputBound);
        if (r.is(ValueKind::Boolean) && r.boolean())
            return Value(true);
        if (!r.is(ValueKind::Boolean))
            sawNull = true;
    }
    return sawNull ? Value::null() : Value(false);
}

Value Evaluator::test(const Node &tests, const Value &input, const Scope::Ptr &scope, bool inputBound)
{
    switch (tests.kind) {
    case Node::Kind::AnyInput:
        return Value(true);
    case Node::Kind::NotTests: {
        const Value r = anyTest(tests.children, 0, input, scope, inputBound);
        return r.is(ValueKind::Boolean) ? Value(!r.boolean()) : r;
    }
    case Node::Kind::Tests:
        return anyTest(tests.children, 0, input, scope, inputBound);
    default:
        return Value::null();
    }
}

// ---------------------------------------------------------------------------------------
// instance of

std::optional<bool> Evaluator::isInstanceOf(const Value &value, const TypeSpec &type, const CallContext *ctx)
{
    switch (type.kind) {
    case TypeSpec::Kind::Named: {
        const QString &name = type.name;
        if (name == u"Null")
            return value.isNull();
        if (value.isNull())
            return false;
        if (name == u"Any")
            return true;
        static const QStringList known = {
            QStringLiteral("number"), QStringLiteral("string"), QStringLiteral("boolean"),
            QStringLiteral("date"), QStringLiteral("time"), QStringLiteral("date and time"),
            QStringLiteral("days and time duration"), QStringLiteral("years and months duration"),
            QStringLiteral("list"), QStringLiteral("context"), QStringLiteral("range"),
            QStringLiteral("function"),
        };
        QString canonical = name;
        if (name == u"dateTime")
            canonical = QStringLiteral("date and time");
        else if (name == u"dayTimeDuration")
            canonical = QStringLiteral("days and time duration");
        else if (name == u"yearMonthDuration")
            canonical = QStringLiteral("years and months duration");
        if (!known.contains(canonical)) {
            if (ctx && ctx->typeCheck())
                return ctx->typeCheck()(name, value);
            return std::nullopt;
        }
        return value.typeName() == canonical;
    }
    case TypeSpec::Kind::List: {
        if (!value.is(ValueKind::List))
            return false;
        for (const Value &item : value.list()) {
            if (item.isNull())
                continue; // null conforms to every element type
            const auto ok = isInstanceOf(item, *type.parameters.first(), ctx);
            if (!ok || !*ok)
                return ok;
        }
        return true;
    }
    case TypeSpec::Kind::Range: {
        if (!value.is(ValueKind::Range))
            return false;
        const Range &r = value.range();
        for (const auto *p : {&r.start, &r.end}) {
            if (!*p)
                continue;
            const auto ok = isInstanceOf(**p, *type.parameters.first(), ctx);
            if (!ok || !*ok)
                return ok;
        }
        return true;
    }
    case TypeSpec::Kind::Context: {
        if (!value.is(ValueKind::Context))
            return false;
        for (qsizetype i = 0; i < type.fieldNames.size(); ++i) {
            const Value *entry = value.context().find(type.fieldNames[i]);
            if (!entry)
                return false;
            if (entry->isNull())
                continue;
            const auto ok = isInstanceOf(*entry, *type.parameters[i], ctx);
            if (!ok || !*ok)
                return ok;
        }
        return true;
    }
    case TypeSpec::Kind::Function: {
        if (!value.is(ValueKind::Function))
            return false;
        // Parameter types of built-ins are not declared; the arity is what can be checked.
        const QStringList params = value.function()->parameterNames();
        return params.isEmpty() || params.size() == type.parameters.size();
    }
    }
    return false;
}

// ---------------------------------------------------------------------------------------
// Paths and filters

const Value *Evaluator::peekPath(const Node &n, const Scope &scope, int &levels) const
{
    const Node &child = *n.children[0];
    const Value *target = nullptr;
    if (child.kind == Node::Kind::Name) {
        levels = 1;
        target = scope.lookup(child.text);
    } else if (child.kind == Node::Kind::Path) {
        target = peekPath(child, scope, levels);
        ++levels;
    }
    // A context's entry, or null for a missing entry or a null target, as evalPath() gives
    // them (without a diagnostic); anything else (a list, a date's year) takes evalPath().
    static const Value null;
    if (!target)
        return nullptr;
    if (target->isNull())
        return &null;
    if (!target->is(ValueKind::Context))
        return nullptr;
    const Value *entry = target->context().find(n.text);
    return entry ? entry : &null;
}

Value Evaluator::evalPath(const Node &n, const Value &target)
{
    const QString &p = n.text;
    switch (target.kind()) {
    case ValueKind::Null:
        return target;
    case ValueKind::Context: {
        const Value *v = target.context().find(p);
        return v ? *v : Value::null();
    }
    case ValueKind::List: {
        QList<Value> out;
        out.reserve(target.list().size());
        for (const Value &item : target.list()) {
            if (!m_ctx.step())
                return Value::null();
            out.append(evalPath(n, item));
        }
        return Value(std::move(out));
    }
    case ValueKind::Date:
    case ValueKind::DateTime: {
        const bool isDate = target.is(ValueKind::Date);
        const Date &d = isDate ? target.date() : target.dateTime().date();
        if (p == u"year")
            return Value::number(d.year());
        if (p == u"month")
            return Value::number(d.month());
        if (p == u"day")
            return Value::number(d.day());
        if (p == u"weekday")
            return Value::number(d.weekday());
        if (isDate)
            break;
        [[fallthrough]];
    }
    case ValueKind::Time: {
        const Time &t = target.is(ValueKind::Time) ? target.time() : target.dateTime().time();
        if (p == u"hour")
            return Value::number(t.hour());
        if (p == u"minute")
            return Value::number(t.minute());
        if (p == u"second") {
            if (t.nanosecond() == 0)
                return Value::number(t.second());
            return Value(Decimal::fromInt64(qint64(t.second()) * 1'000'000'000 + t.nanosecond())
                             .divide(Decimal::fromInt64(1'000'000'000))
                             .value_or(Decimal()));
        }
        if (p == u"time offset") {
            std::optional<int> offset = target.is(ValueKind::DateTime) ? target.dateTime().offsetSeconds()
                                                                       : t.offsetSeconds();
            if (!offset)
                return Value::null();
            return Value(DaysTimeDuration::fromSecondsAndNanos(*offset, 0));
        }
        if (p == u"timezone")
            return t.zoneId().isEmpty() ? Value::null() : Value(t.zoneId());
        break;
    }
    case ValueKind::DaysTimeDuration: {
        const DaysTimeDuration &d = target.daysTimeDuration();
        if (p == u"days")
            return Value::number(d.days());
        if (p == u"hours")
            return Value::number(d.hours());
        if (p == u"minutes")
            return Value::number(d.minutes());
        if (p == u"seconds")
            return Value::number(d.secondsPart());
        break;
    }
    case ValueKind::YearsMonthsDuration: {
        const YearsMonthsDuration &d = target.yearsMonthsDuration();
        if (p == u"years")
            return Value::number(d.years());
        if (p == u"months")
            return Value::number(d.months());
        break;
    }
    case ValueKind::Range: {
        const Range &r = target.range();
        if (p == u"start")
            return r.start.value_or(Value::null());
        if (p == u"end")
            return r.end.value_or(Value::null());
        if (p == u"start included")
            return Value(r.startClosed);
        if (p == u"end included")
            return Value(r.endClosed);
        break;
    }
    default:
        break;
    }
    return error(n, tr("A %1 has no property '%2'.").arg(target.typeName(), p));
}

Value Evaluator::evalFilter(const NodePtr &node, const Scope::Ptr &scope)
{
    const Node &n = *node;
    Value held;
    const Value &target = evalBorrowed(n.children[0], scope, held);
    if (target.isNull())
        return target;
    // A single value filters like a one-element list (spec 10.3.2.5).
    QList<Value> single;
    if (!target.is(ValueKind::List))
        single.append(target);
    const QList<Value> &items = target.is(ValueKind::List) ? target.list() : single;
    const NodePtr &condition = n.children[1];
    if (items.isEmpty()) {
        // No element to evaluate the condition with: a literal index gives null, anything
        // else filters nothing.
        const Node *c = condition.get();
        if (c->kind == Node::Kind::Negate)
            c = c->children.first().get();
        return c->kind == Node::Kind::Number ? Value::null() : Value(QList<Value>());
    }
    // Room for all the items left at the first one kept, not before: an index (list[i], the
    // most common filter in rule packs) and a filter that keeps nothing allocate no list.
    QList<Value> kept;
    // One scope for all items unless the condition defines a function (which could close
    // over the scope of its item).
    std::optional<StackScope> onStack;
    Scope::Ptr itemScope;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const Value &item = items[i];
        // An element's own entries come first: in [{item: 1}][item > 0] "item" is the entry.
        if (condition->mayDefineFunction) {
            itemScope = Scope::forItem(QStringLiteral("item"), item, scope);
        } else {
            // Read where it is: `items` outlives the frame, which nothing can keep.
            if (!itemScope) {
                onStack.emplace(scope);
                itemScope = onStack->ptr();
            }
            (*onStack)->borrowItem(u"item", &item);
        }
        const Value r = eval(condition, itemScope);
        if (m_ctx.exhausted())
            return Value::null();
        if (r.is(ValueKind::Number) && i == 0) {
            // list[3], list[-1]: an index (1-based; negative counts from the end).
            const auto index = r.number().isInteger() ? r.number().toInt64() : std::nullopt;
            if (!index || *index == 0 || *index > items.size() || *index < -items.size())
                return Value::null();
            return items[*index > 0 ? *index - 1 : items.size() + *index];
        }
        if (r.is(ValueKind::Boolean) && r.boolean()) {
            if (kept.isEmpty())
                kept.reserve(items.size() - i);
            kept.append(item);
        }
    }
    return Value(std::move(kept));
}

// ---------------------------------------------------------------------------------------
// Calls and functions

Value Evaluator::evalCall(const NodePtr &node, const Scope::Ptr &scope)
{
    const Node &n = *node;
    const Node &calleeNode = *n.children[0];
    Value callee;
    const Function *function = nullptr;
    if (calleeNode.kind == Node::Kind::Name && calleeNode.builtin) {
        // A built-in's name, resolved by the parser: unless a variable shadows it, the
        // function is called as it is, without a Value around it or a registry lookup.
        // Charged to the budget like the name's own evaluation step.
        bool counted = false;
        {
            DepthScope depth(m_ctx);
            counted = depth.entered && m_ctx.step();
        }
        if (counted) {
            if (const Value *bound = scope->lookup(calleeNode.text))
                callee = *bound;
            else
                function = calleeNode.builtin.get();
        }
    } else {
        callee = eval(n.children[0], scope);
    }
    if (!function) {
        if (!callee.is(ValueKind::Function)) {
            if (callee.isNull() && m_ctx.exhausted())
                return callee;
            const QString what = calleeNode.kind == Node::Kind::Name ? calleeNode.text : callee.typeName();
            return error(n, tr("'%1' is not a function.").arg(what));
        }
        function = callee.function().get();
    }
    const bool positional =
        std::all_of(n.names.cbegin(), n.names.cend(), [](const QString &name) { return name.isEmpty(); });
    Value result;
    if (positional) {
        QList<Value> values = takeArgumentList();
        values.reserve(n.children.size() - 1);
        for (qsizetype i = 1; i < n.children.size(); ++i)
            values.append(eval(n.children[i], scope));
        if (m_ctx.exhausted())
            return Value::null();
        const int saved = m_ctx.currentOffset();
        m_ctx.setCurrentOffset(n.offset);
        result = function->invokePositional(values, m_ctx);
        m_ctx.setCurrentOffset(saved);
        giveBackArgumentList(std::move(values));
        return result;
    }
    QList<Argument> args;
    args.reserve(n.children.size() - 1);
    for (qsizetype i = 1; i < n.children.size(); ++i)
        args.append(Argument{n.names.value(i - 1), eval(n.children[i], scope)});
    if (m_ctx.exhausted())
        return Value::null();
    const int saved = m_ctx.currentOffset();
    m_ctx.setCurrentOffset(n.offset);
    result = function->invoke(args, m_ctx);
    m_ctx.setCurrentOffset(saved);
    return result;
}

QList<Value> Evaluator::takeArgumentList()
{
    if (m_spareArgumentLists.empty())
        return {};
    QList<Value> list = std::move(m_spareArgumentLists.back());
    m_spareArgumentLists.pop_back();
    return list;
}

void Evaluator::giveBackArgumentList(QList<Value> &&list)
{
    // A list the callee kept (a memo key, a returned list) is shared: clearing it would
    // allocate anew, so it is left to its new owner. Few and short lists are kept.
    if (list.isDetached() && list.capacity() <= 16 && m_spareArgumentLists.size() < 16) {
        list.clear();
        m_spareArgumentLists.push_back(std::move(list));
    }
}

Value Evaluator::evalFunctionDefinition(const NodePtr &node, const Scope::Ptr &scope)
{
    if (node->flag)
        return error(*node, tr("External (Java/PMML) functions are not supported."));
    // The function reports its errors at offsets into the text it was defined in: the text
    // the parser shared with the node, else a copy of the one being evaluated (the same).
    QString source = node->text.isNull() ? m_ctx.source().toString() : node->text;
    return Value(std::shared_ptr<const Function>(
        std::make_shared<UserFunction>(node, scope, std::move(source))));
}

Value Evaluator::evalContext(const NodePtr &node, const Scope::Ptr &scope)
{
    const Node &n = *node;
    // The parser refuses a literal with a repeated key (and builds every Context node), so
    // each entry is appended without looking for an earlier one of the same name.
    QList<std::pair<QString, Value>> entries;
    entries.reserve(n.children.size());
    if (!n.mayDefineFunction) {
        // Nothing evaluated here can keep the frame, so it reads the entries as they are
        // built instead of holding copies.
        StackScope frame(scope);
        frame->readEntries(&entries);
        for (qsizetype i = 0; i < n.children.size(); ++i) {
            Value v = eval(n.children[i], frame.ptr());
            entries.append({n.names[i], std::move(v)});
        }
        return Value(Context(std::move(entries)));
    }
    // A function defined inside can close over the frame: it holds bindings of its own.
    auto frame = Scope::make(scope);
    frame->reserve(n.children.size());
    for (qsizetype i = 0; i < n.children.size(); ++i) {
        const Value v = eval(n.children[i], frame);
        frame->bind(n.names[i], v);
        entries.append({n.names[i], v});
    }
    // The frame must not hold the functions that close over it (a reference cycle).
    frame->dropFunctionBindings();
    return Value(Context(std::move(entries)));
}

// ---------------------------------------------------------------------------------------
// Iteration

void Evaluator::bindIteration(Scope &frame, const QString &name, const Domain &domain, qint64 i,
                              bool mayBeKept)
{
    // An element of a list is read where it is, unless a function defined in the loop could
    // keep the frame (then the frame holds its own copy); counted numbers and dates are made.
    if (!domain.counting && !mayBeKept)
        frame.borrow(name, &domain.list[i]);
    else
        frame.bind(name, domain.at(i));
}

Value Evaluator::Domain::at(qint64 i) const
{
    if (!counting)
        return list[i];
    if (first.is(ValueKind::Date))
        return Value(first.date().addDays(i * step));
    return Value(first.number() + Decimal::fromInt64(i * step));
}

std::optional<Evaluator::Domain> Evaluator::iterationDomain(const Node &n, const Value &start, const Value *end)
{
    Domain d;
    auto counting = [&](const Value &from, const Value &to, bool fromClosed, bool toClosed) -> bool {
        if (from.is(ValueKind::Number) && to.is(ValueKind::Number)) {
            if (!from.number().isInteger() || !to.number().isInteger()) {
                error(n, tr("Iteration ranges need whole numbers."));
                return false;
            }
            // Bounded far below qint64 so that counting never overflows; no budget could
            // iterate that far anyway.
            constexpr qint64 limit = 1'000'000'000'000'000;
            const auto a = from.number().toInt64();
            const auto b = to.number().toInt64();
            if (!a || !b || *a > limit || *a < -limit || *b > limit || *b < -limit) {
                error(n, tr("The iteration range is too large."));
                return false;
            }
            d.step = *a <= *b ? 1 : -1;
            qint64 lo = *a + (fromClosed ? 0 : d.step);
            qint64 hi = *b - (toClosed ? 0 : d.step);
            d.first = Value::number(lo);
            d.count = d.step > 0 ? std::max<qint64>(0, hi - lo + 1) : std::max<qint64>(0, lo - hi + 1);
            d.counting = true;
            return true;
        }
        if (from.is(ValueKind::Date) && to.is(ValueKind::Date)) {
            const qint64 a = from.date().epochDays();
            const qint64 b = to.date().epochDays();
            d.step = a <= b ? 1 : -1;
            const qint64 lo = a + (fromClosed ? 0 : d.step);
            const qint64 hi = b - (toClosed ? 0 : d.step);
            d.first = Value(Date::fromEpochDays(lo));
            d.count = d.step > 0 ? std::max<qint64>(0, hi - lo + 1) : std::max<qint64>(0, lo - hi + 1);
            d.counting = true;
            return true;
        }
        error(n, tr("Cannot iterate from %1 to %2.").arg(from.typeName(), to.typeName()));
        return false;
    };
    if (end) {
        if (start.isNull() || end->isNull()) {
            error(n, tr("The iteration range has a null end point."));
            return std::nullopt;
        }
        if (!counting(start, *end, true, true))
            return std::nullopt;
        return d;
    }
    if (start.is(ValueKind::Range)) {
        const Range &r = start.range();
        if (!r.start || !r.end) {
            error(n, tr("Cannot iterate over an unbounded range."));
            return std::nullopt;
        }
        if (!counting(*r.start, *r.end, r.startClosed, r.endClosed))
            return std::nullopt;
        return d;
    }
    if (start.is(ValueKind::List))
        d.list = start.list();
    else if (!start.isNull())
        d.list = {start};
    else {
        error(n, tr("Cannot iterate over null."));
        return std::nullopt;
    }
    return d;
}

Value Evaluator::evalFor(const NodePtr &node, const Scope::Ptr &scope)
{
    const Node &n = *node;
    const qsizetype iterators = n.names.size();
    const NodePtr &body = n.children.last();
    QList<Value> results;
    bool failed = false;
    // Nested loops, one per iteration variable; later domains may use earlier variables.
    // A lambda that is handed itself: a std::function would be allocated for every loop.
    auto loop = [&](auto &self, qsizetype level, const Scope::Ptr &outer) -> void {
        Value held;
        const Value &start = evalBorrowed(n.children[level], outer, held);
        Value endValue;
        if (n.rangeEnds[level])
            endValue = eval(n.rangeEnds[level], outer);
        const auto domain = iterationDomain(*n.children[level], start, n.rangeEnds[level] ? &endValue : nullptr);
        if (!domain) {
            failed = true;
            return;
        }
        // A single loop knows its result's size: room for it at once, bounded because a
        // counting domain may be far larger than the step budget lets the loop run.
        if (iterators == 1)
            results.reserve(std::min<qint64>(domain->size(), 1024));
        // One frame per level for all iterations, on the stack, unless the loop defines a
        // function (which could close over an iteration's frame).
        IterationFrame frames(n.mayDefineFunction, outer);
        for (qint64 i = 0; i < domain->size() && !failed; ++i) {
            if (!m_ctx.step()) {
                failed = true;
                return;
            }
            const Scope::Ptr &frame = frames.next();
            bindIteration(*frame, n.names[level], *domain, i, n.mayDefineFunction);
            if (level + 1 < iterators) {
                self(self, level + 1, frame);
            } else {
                if (body->usesPartial) {
                    // Copying the results so far is linear work; charge it so that a loop
                    // over partial cannot go quadratic past the budget.
                    if (!m_ctx.step(1 + results.size() / 8)) {
                        failed = true;
                        return;
                    }
                    frame->bind(QStringLiteral("partial"), Value(results));
                }
                results.append(eval(body, frame));
            }
        }
    };
    loop(loop, 0, scope);
    if (failed || m_ctx.exhausted())
        return Value::null();
    return Value(std::move(results));
}

Value Evaluator::evalQuantified(const NodePtr &node, const Scope::Ptr &scope)
{
    const Node &n = *node;
    const bool some = n.kind == Node::Kind::Some;
    const qsizetype iterators = n.names.size();
    const NodePtr &condition = n.children.last();
    bool decided = false;
    bool failed = false;
    // A lambda that is handed itself: a std::function would be allocated for every loop.
    auto loop = [&](auto &self, qsizetype level, const Scope::Ptr &outer) -> void {
        Value held;
        const Value &start = evalBorrowed(n.children[level], outer, held);
        const auto domain = iterationDomain(*n.children[level], start, nullptr);
        if (!domain) {
            failed = true;
            return;
        }
        // As in evalFor(): one frame on the stack unless a function defined here may keep it.
        IterationFrame frames(n.mayDefineFunction, outer);
        for (qint64 i = 0; i < domain->size() && !decided && !failed; ++i) {
            if (!m_ctx.step()) {
                failed = true;
                return;
            }
            const Scope::Ptr &frame = frames.next();
            bindIteration(*frame, n.names[level], *domain, i, n.mayDefineFunction);
            if (level + 1 < iterators) {
                self(self, level + 1, frame);
            } else {
                const Value r = eval(condition, frame);
                if (m_ctx.exhausted()) {
                    failed = true; // a cut-off evaluation's value means nothing
                    return;
                }
                const bool isTrue = r.is(ValueKind::Boolean) && r.boolean();
                if (some ? isTrue : !isTrue)
                    decided = true;
            }
        }
    };
    loop(loop, 0, scope);
    if (failed)
        return Value::null();
    return Value(some ? decided : !decided);
}

} // namespace casebench::feel
