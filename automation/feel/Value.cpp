#include "automation/feel/Value.h"

#include "automation/feel/Function.h"

#include <QStringList>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace casebench::feel {

namespace {

template <typename T> const T &emptyOf()
{
    static const T empty{};
    return empty;
}

// Times and date and times compare at millisecond precision: the TCK (0068-feel-equality)
// expects time("10:30:00.0001") = time("10:30:00.0002").
int millisOf(int nanosecond)
{
    return nanosecond / 1'000'000;
}

// Instant of a time for comparison in milliseconds; a time without zone is taken as UTC (the
// spec's valuet).
qint64 timeValueMillis(const Time &t)
{
    return t.nanosOfDay() / 1'000'000 - qint64(t.effectiveOffsetSeconds().value_or(0)) * 1000;
}

// -1/0/1 of two date and times as instants (no zone = UTC, the spec's valuedt).
int compareDateTimes(const DateTime &a, const DateTime &b)
{
    const qint64 sa = a.utcEpochSeconds();
    const qint64 sb = b.utcEpochSeconds();
    if (sa != sb)
        return sa < sb ? -1 : 1;
    const int na = millisOf(a.time().nanosecond());
    const int nb = millisOf(b.time().nanosecond());
    return na == nb ? 0 : (na < nb ? -1 : 1);
}

template <typename T> int threeWay(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

QString quoted(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += u"\\\""_s;
            break;
        case '\\':
            out += u"\\\\"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        case '\r':
            out += u"\\r"_s;
            break;
        case '\t':
            out += u"\\t"_s;
            break;
        default:
            out += c;
        }
    }
    out += u'"';
    return out;
}

} // namespace

// The size the boxing of times buys (see m_data); a new alternative must not undo it.
static_assert(sizeof(Value) <= 32, "a FEEL value should stay at 32 bytes");

static_assert(std::is_trivially_copyable_v<Decimal> && std::is_trivially_copyable_v<Date> &&
                  std::is_trivially_copyable_v<DaysTimeDuration> &&
                  std::is_trivially_copyable_v<YearsMonthsDuration>,
              "the plain kinds of a Value are copied as bytes");
static_assert(sizeof(QString) <= 24 && sizeof(QList<Value>) <= 24 && sizeof(Context) <= 24 &&
                  sizeof(std::shared_ptr<const Function>) <= 24 && sizeof(Decimal) <= 24,
              "every kind fits a Value's storage");

Value::Value(const Time &t) : m_kind(ValueKind::Time)
{
    construct<std::shared_ptr<const Time>>(std::make_shared<const Time>(t));
}

Value::Value(const DateTime &dt) : m_kind(ValueKind::DateTime)
{
    construct<std::shared_ptr<const DateTime>>(std::make_shared<const DateTime>(dt));
}

Value::Value(QList<Value> list) : m_kind(ValueKind::List)
{
    construct<QList<Value>>(std::move(list));
}

Value::Value(Context context) : m_kind(ValueKind::Context)
{
    construct<Context>(std::move(context));
}

Value::Value(Range range) : m_kind(ValueKind::Range)
{
    construct<std::shared_ptr<const Range>>(std::make_shared<const Range>(std::move(range)));
}

Value::Value(std::shared_ptr<const Function> function)
{
    if (function) {
        m_kind = ValueKind::Function;
        construct<std::shared_ptr<const Function>>(std::move(function));
    }
}

namespace {

enum class SharedOp { Copy, Destroy };

// Copies (into `to`, from `from`) or destroys (`to`) the representation of a shared kind,
// one switch for both so that the list of kinds and their types is written once.
template <typename T> void applyShared(SharedOp op, unsigned char *to, const unsigned char *from) noexcept
{
    if (op == SharedOp::Copy)
        new (to) T(*std::launder(reinterpret_cast<const T *>(from)));
    else
        std::launder(reinterpret_cast<T *>(to))->~T();
}

void sharedOp(SharedOp op, ValueKind kind, unsigned char *to, const unsigned char *from) noexcept
{
    switch (kind) {
    case ValueKind::String:
        return applyShared<QString>(op, to, from);
    case ValueKind::Time:
        return applyShared<std::shared_ptr<const Time>>(op, to, from);
    case ValueKind::DateTime:
        return applyShared<std::shared_ptr<const DateTime>>(op, to, from);
    case ValueKind::List:
        return applyShared<QList<Value>>(op, to, from);
    case ValueKind::Context:
        return applyShared<Context>(op, to, from);
    case ValueKind::Range:
        return applyShared<std::shared_ptr<const Range>>(op, to, from);
    case ValueKind::Function:
        return applyShared<std::shared_ptr<const Function>>(op, to, from);
    default: // the plain kinds: bytes, nothing to destroy
        if (op == SharedOp::Copy)
            std::memcpy(to, from, 24);
        return;
    }
}

} // namespace

void Value::copyShared(const Value &other)
{
    static_assert(sizeof m_storage == 24);
    sharedOp(SharedOp::Copy, m_kind, m_storage, other.m_storage);
}

void Value::destroyShared() noexcept
{
    sharedOp(SharedOp::Destroy, m_kind, m_storage, nullptr);
}

const Decimal &Value::emptyNumber()
{
    return emptyOf<Decimal>();
}

const QString &Value::emptyString()
{
    return emptyOf<QString>();
}

const QList<Value> &Value::emptyList()
{
    return emptyOf<QList<Value>>();
}

const Context &Value::emptyContext()
{
    return emptyOf<Context>();
}

const Date &Value::date() const
{
    return m_kind == ValueKind::Date ? as<Date>() : emptyOf<Date>();
}

const Time &Value::time() const
{
    return m_kind == ValueKind::Time ? *as<std::shared_ptr<const Time>>() : emptyOf<Time>();
}

const DateTime &Value::dateTime() const
{
    return m_kind == ValueKind::DateTime ? *as<std::shared_ptr<const DateTime>>() : emptyOf<DateTime>();
}

const DaysTimeDuration &Value::daysTimeDuration() const
{
    return m_kind == ValueKind::DaysTimeDuration ? as<DaysTimeDuration>() : emptyOf<DaysTimeDuration>();
}

const YearsMonthsDuration &Value::yearsMonthsDuration() const
{
    return m_kind == ValueKind::YearsMonthsDuration ? as<YearsMonthsDuration>()
                                                    : emptyOf<YearsMonthsDuration>();
}

const Range &Value::range() const
{
    return m_kind == ValueKind::Range ? *as<std::shared_ptr<const Range>>() : emptyOf<Range>();
}

const std::shared_ptr<const Function> &Value::function() const
{
    return m_kind == ValueKind::Function ? as<std::shared_ptr<const Function>>()
                                         : emptyOf<std::shared_ptr<const Function>>();
}

QString Value::typeName() const
{
    switch (kind()) {
    case ValueKind::Null:
        return u"Null"_s;
    case ValueKind::Boolean:
        return u"boolean"_s;
    case ValueKind::Number:
        return u"number"_s;
    case ValueKind::String:
        return u"string"_s;
    case ValueKind::Date:
        return u"date"_s;
    case ValueKind::Time:
        return u"time"_s;
    case ValueKind::DateTime:
        return u"date and time"_s;
    case ValueKind::DaysTimeDuration:
        return u"days and time duration"_s;
    case ValueKind::YearsMonthsDuration:
        return u"years and months duration"_s;
    case ValueKind::List:
        return u"list"_s;
    case ValueKind::Context:
        return u"context"_s;
    case ValueKind::Range:
        return u"range"_s;
    case ValueKind::Function:
        return u"function"_s;
    }
    return {};
}

namespace {

// Longest literal form toString() builds. Lists, contexts and ranges share their parts, so
// a value built in a few steps ({a: [1, 1], b: [a, a], c: [b, b] …}, or nested "= = … x")
// can stand for an exponentially long text; past this length the rest is left out ("…").
constexpr qsizetype MaxLiteralLength = 1 << 20;

// True (after marking the cut with "…" once) when `out` has reached MaxLiteralLength.
bool literalFull(QString &out)
{
    if (out.size() <= MaxLiteralLength)
        return false;
    if (!out.endsWith(u'…'))
        out += u'…';
    return true;
}

void appendLiteral(QString &out, const Value &v)
{
    if (literalFull(out))
        return;
    switch (v.kind()) {
    case ValueKind::Null:
        out += u"null"_s;
        return;
    case ValueKind::Boolean:
        out += v.boolean() ? u"true"_s : u"false"_s;
        return;
    case ValueKind::Number:
        out += v.number().toString();
        return;
    case ValueKind::String:
        out += quoted(v.string());
        return;
    case ValueKind::Date:
        out += u"date(\""_s + v.date().toString() + u"\")"_s;
        return;
    case ValueKind::Time:
        out += u"time(\""_s + v.time().toString() + u"\")"_s;
        return;
    case ValueKind::DateTime:
        out += u"date and time(\""_s + v.dateTime().toString() + u"\")"_s;
        return;
    case ValueKind::DaysTimeDuration:
        out += u"duration(\""_s + v.daysTimeDuration().toString() + u"\")"_s;
        return;
    case ValueKind::YearsMonthsDuration:
        out += u"duration(\""_s + v.yearsMonthsDuration().toString() + u"\")"_s;
        return;
    case ValueKind::List: {
        out += u'[';
        bool first = true;
        for (const Value &item : v.list()) {
            if (literalFull(out))
                break;
            if (!first)
                out += u", "_s;
            first = false;
            appendLiteral(out, item);
        }
        out += u']';
        return;
    }
    case ValueKind::Context: {
        out += u'{';
        bool first = true;
        for (const auto &[name, item] : v.context().entries()) {
            if (literalFull(out))
                break;
            if (!first)
                out += u", "_s;
            first = false;
            out += name + u": "_s;
            appendLiteral(out, item);
        }
        out += u'}';
        return;
    }
    case ValueKind::Range: {
        const Range &r = v.range();
        if (!r.start) {
            out += r.endClosed ? u"<= "_s : u"< "_s;
            if (r.end)
                appendLiteral(out, *r.end);
            else
                out += u"null"_s;
            return;
        }
        if (!r.end) {
            out += r.startClosed ? u">= "_s : u"> "_s;
            appendLiteral(out, *r.start);
            return;
        }
        out += r.startClosed ? u'[' : u'(';
        appendLiteral(out, *r.start);
        out += u".."_s;
        appendLiteral(out, *r.end);
        out += r.endClosed ? u']' : u')';
        return;
    }
    case ValueKind::Function:
        out += u"function "_s + v.function()->name() + u'(' +
               v.function()->parameterNames().join(u", "_s) + u')';
        return;
    }
}

} // namespace

QString Value::toString() const
{
    QString out;
    appendLiteral(out, *this);
    return out;
}

const Value *Context::find(QStringView name) const
{
    for (const auto &entry : m_entries) {
        if (sameName(entry.first, name))
            return &entry.second;
    }
    return nullptr;
}

void Context::insert(const QString &name, const Value &value)
{
    for (auto &entry : m_entries) {
        if (sameName(entry.first, name)) {
            entry.second = value;
            return;
        }
    }
    m_entries.append({name, value});
}

namespace {

// true/false, or nullopt when not comparable.
std::optional<bool> equalsImpl(const Value &a, const Value &b);

std::optional<bool> optionalValueEquals(const std::optional<Value> &a,
                                        const std::optional<Value> &b)
{
    if (a.has_value() != b.has_value())
        return false;
    if (!a)
        return true;
    return equalsImpl(*a, *b);
}

std::optional<bool> equalsImpl(const Value &a, const Value &b)
{
    if (a.isNull() || b.isNull())
        return a.isNull() && b.isNull();
    if (a.kind() != b.kind())
        return std::nullopt;
    switch (a.kind()) {
    case ValueKind::Null:
        return true;
    // One shared list, context or range is equal to itself (equality is reflexive for every
    // kind), and comparing it part by part could take exponential time (see appendLiteral).
    case ValueKind::List:
        if (&a.list() == &b.list())
            return true;
        break;
    case ValueKind::Context:
        if (&a.context() == &b.context())
            return true;
        break;
    case ValueKind::Range:
        if (&a.range() == &b.range())
            return true;
        break;
    default:
        break;
    }
    switch (a.kind()) {
    case ValueKind::Null:
        return true;
    case ValueKind::Boolean:
        return a.boolean() == b.boolean();
    case ValueKind::Number:
        return a.number() == b.number();
    case ValueKind::String:
        return a.string() == b.string();
    case ValueKind::Date:
        return a.date() == b.date();
    case ValueKind::Time:
        return timeValueMillis(a.time()) == timeValueMillis(b.time());
    case ValueKind::DateTime:
        return compareDateTimes(a.dateTime(), b.dateTime()) == 0;
    case ValueKind::DaysTimeDuration:
        return a.daysTimeDuration() == b.daysTimeDuration();
    case ValueKind::YearsMonthsDuration:
        return a.yearsMonthsDuration() == b.yearsMonthsDuration();
    case ValueKind::List: {
        const QList<Value> &la = a.list();
        const QList<Value> &lb = b.list();
        if (la.size() != lb.size())
            return false;
        for (qsizetype i = 0; i < la.size(); ++i) {
            const auto e = equalsImpl(la[i], lb[i]);
            if (!e || !*e)
                return e;
        }
        return true;
    }
    case ValueKind::Context: {
        const Context &ca = a.context();
        const Context &cb = b.context();
        if (ca.size() != cb.size())
            return false;
        for (const auto &[name, v] : ca.entries()) {
            const Value *other = cb.find(name);
            if (!other)
                return false;
            const auto e = equalsImpl(v, *other);
            if (!e || !*e)
                return e;
        }
        return true;
    }
    case ValueKind::Range: {
        const Range &ra = a.range();
        const Range &rb = b.range();
        if (ra.startClosed != rb.startClosed || ra.endClosed != rb.endClosed)
            return false;
        const auto s = optionalValueEquals(ra.start, rb.start);
        if (!s || !*s)
            return s;
        return optionalValueEquals(ra.end, rb.end);
    }
    case ValueKind::Function:
        return a.function() == b.function();
    }
    return std::nullopt;
}

} // namespace

Value feelEquals(const Value &a, const Value &b)
{
    const auto e = equalsImpl(a, b);
    return e ? Value(*e) : Value();
}

bool isFeelEqual(const Value &a, const Value &b)
{
    return equalsImpl(a, b).value_or(false);
}

std::optional<int> feelCompare(const Value &a, const Value &b)
{
    if (a.kind() != b.kind())
        return std::nullopt;
    switch (a.kind()) {
    case ValueKind::Number:
        return a.number().compare(b.number());
    case ValueKind::String: {
        const int c = QStringView(a.string()).compare(QStringView(b.string()));
        return c < 0 ? -1 : (c > 0 ? 1 : 0);
    }
    case ValueKind::Date:
        return threeWay(a.date(), b.date());
    case ValueKind::Time:
        return threeWay(timeValueMillis(a.time()), timeValueMillis(b.time()));
    case ValueKind::DateTime:
        return compareDateTimes(a.dateTime(), b.dateTime());
    case ValueKind::DaysTimeDuration:
        return threeWay(a.daysTimeDuration(), b.daysTimeDuration());
    case ValueKind::YearsMonthsDuration:
        return threeWay(a.yearsMonthsDuration(), b.yearsMonthsDuration());
    default:
        return std::nullopt;
    }
}

} // namespace casebench::feel
