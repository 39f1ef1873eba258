#pragma once

#include "automation/feel/Decimal.h"
#include "automation/feel/Temporal.h"

#include <QList>
#include <QString>
#include <cstddef>
#include <memory>
#include <optional>
#include <utility>
#include <cstring>
#include <new>

namespace casebench::feel {

class Function;
class Value;
struct Range;

// What a FEEL value is.
enum class ValueKind {
    Null,
    Boolean,
    Number,
    String,
    Date,
    Time,
    DateTime,
    DaysTimeDuration,
    YearsMonthsDuration,
    List,
    Context,
    Range,
    Function
};

// A FEEL context: name → value entries in insertion order (names may contain spaces).
class Context
{
public:
    Context() = default;
    explicit Context(QList<std::pair<QString, Value>> entries);

    const QList<std::pair<QString, Value>> &entries() const { return m_entries; }
    qsizetype size() const { return m_entries.size(); }
    // The value of entry `name`, or nullptr if there is none.
    const Value *find(QStringView name) const;
    bool contains(QStringView name) const { return find(name) != nullptr; }
    // Sets entry `name`, replacing an existing one in place or appending a new one.
    void insert(const QString &name, const Value &value);
    // Room for `count` entries (a decision's scope knows how many requirements it will hold).
    void reserve(qsizetype count) { m_entries.reserve(count); }

private:
    QList<std::pair<QString, Value>> m_entries;
};

// A FEEL value: tagged, immutable, cheap to copy (lists, contexts, ranges and functions are
// shared). Accessors for the wrong kind return a static empty value of the asked type.
//
// A tagged union written out rather than a std::variant: values are copied, moved and
// destroyed several hundred times per case, and the variant does each through a table of
// functions, one indirect call per operation. Here the plain kinds (null, boolean, number,
// date, durations) copy as bytes and need no destruction, and every kind moves as bytes:
// the shared kinds (QString, QList, shared_ptr) keep no pointer to themselves, which is what
// Qt relies on when it moves them in its own containers (Q_RELOCATABLE_TYPE).
class Value
{
public:
    Value() noexcept = default; // null
    static Value null() { return Value(); }
    explicit Value(bool b) : m_kind(ValueKind::Boolean) { construct<bool>(b); }
    explicit Value(const Decimal &n) : m_kind(ValueKind::Number) { construct<Decimal>(n); }
    explicit Value(const QString &s) : m_kind(ValueKind::String) { construct<QString>(s); }
    explicit Value(const Date &d) : m_kind(ValueKind::Date) { construct<Date>(d); }
    explicit Value(const Time &t);
    explicit Value(const DateTime &dt);
    explicit Value(const DaysTimeDuration &d) : m_kind(ValueKind::DaysTimeDuration) { construct<DaysTimeDuration>(d); }
    explicit Value(const YearsMonthsDuration &d) : m_kind(ValueKind::YearsMonthsDuration)
    {
        construct<YearsMonthsDuration>(d);
    }
    explicit Value(QList<Value> list);
    explicit Value(Context context);
    explicit Value(Range range);
    explicit Value(std::shared_ptr<const Function> function);
    // Convenience: the integer n as a FEEL number.
    static Value number(qint64 n) { return Value(Decimal::fromInt64(n)); }

    Value(const Value &other) : m_kind(other.m_kind)
    {
        if (isPlain(m_kind))
            std::memcpy(m_storage, other.m_storage, sizeof m_storage);
        else
            copyShared(other);
    }
    Value(Value &&other) noexcept : m_kind(other.m_kind)
    {
        std::memcpy(m_storage, other.m_storage, sizeof m_storage);
        other.m_kind = ValueKind::Null;
    }
    Value &operator=(const Value &other)
    {
        if (this != &other) {
            Value copy(other);
            *this = std::move(copy);
        }
        return *this;
    }
    Value &operator=(Value &&other) noexcept
    {
        if (this != &other) {
            if (!isPlain(m_kind))
                destroyShared();
            m_kind = other.m_kind;
            std::memcpy(m_storage, other.m_storage, sizeof m_storage);
            other.m_kind = ValueKind::Null;
        }
        return *this;
    }
    ~Value()
    {
        if (!isPlain(m_kind))
            destroyShared();
    }

    ValueKind kind() const { return m_kind; }
    bool isNull() const { return m_kind == ValueKind::Null; }
    bool is(ValueKind k) const { return m_kind == k; }

    bool boolean() const { return m_kind == ValueKind::Boolean && as<bool>(); }
    const Decimal &number() const { return m_kind == ValueKind::Number ? as<Decimal>() : emptyNumber(); }
    const QString &string() const { return m_kind == ValueKind::String ? as<QString>() : emptyString(); }
    const Date &date() const;
    const Time &time() const;
    const DateTime &dateTime() const;
    const DaysTimeDuration &daysTimeDuration() const;
    const YearsMonthsDuration &yearsMonthsDuration() const;
    const QList<Value> &list() const { return m_kind == ValueKind::List ? as<QList<Value>>() : emptyList(); }
    const Context &context() const { return m_kind == ValueKind::Context ? as<Context>() : emptyContext(); }
    const Range &range() const;
    const std::shared_ptr<const Function> &function() const;

    // FEEL type name: "Null", "boolean", "number", "string", "date", "time",
    // "date and time", "days and time duration", "years and months duration", "list",
    // "context", "range", "function".
    QString typeName() const;
    // FEEL literal form: 1.5, "text" (quoted, escaped), true, null, [1, 2], {a: 1},
    // date("2017-01-01"), duration("P1D"), [1..10), function(a, b).
    QString toString() const;

private:
    // Kinds whose representation is its bytes: copied with memcpy, nothing to destroy.
    static constexpr bool isPlain(ValueKind k)
    {
        return k <= ValueKind::Number || k == ValueKind::Date || k == ValueKind::DaysTimeDuration ||
               k == ValueKind::YearsMonthsDuration;
    }
    template <typename T, typename Arg> void construct(Arg &&arg)
    {
        static_assert(sizeof(T) <= sizeof m_storage && alignof(T) <= alignof(std::max_align_t));
        new (m_storage) T(std::forward<Arg>(arg));
    }
    template <typename T> const T &as() const { return *std::launder(reinterpret_cast<const T *>(m_storage)); }
    template <typename T> T &as() { return *std::launder(reinterpret_cast<T *>(m_storage)); }
    void copyShared(const Value &other);
    void destroyShared() noexcept;
    static const Decimal &emptyNumber();
    static const QString &emptyString();
    static const QList<Value> &emptyList();
    static const Context &emptyContext();

    // Times and date and times (48 and 64 bytes with their zone) are rare in rules and kept
    // apart (shared_ptr), so that a value is 32 bytes: small enough that the copies into
    // every list, context and scope cost little. Lists and contexts are held in place: their
    // QList is already shared and copied by reference count, so a box around it would only
    // add an allocation per list or context built.
    alignas(8) unsigned char m_storage[24] = {}; // zeroed: copies read all of it
    ValueKind m_kind = ValueKind::Null;
};

// Whether a variable or entry name is `name`: the lengths first, inline, because most
// names compared while looking a variable up differ in length, and the shared text of one
// parsed name is compared without reading it. Names of one length mostly differ in their
// first letter: comparing it here saves the out-of-line full comparison for those.
inline bool sameName(QStringView a, QStringView b)
{
    const qsizetype n = a.size();
    if (n != b.size())
        return false;
    if (a.data() == b.data() || n == 0)
        return true;
    if (a.front() != b.front())
        return false;
    // Names are short: compared here, without the library's call and set-up for long texts.
    if (n <= 24) {
        for (qsizetype i = 1; i < n; ++i) {
            if (a[i] != b[i])
                return false;
        }
        return true;
    }
    return a == b;
}

// A FEEL range (interval): a missing end point means unbounded on that side ("< 10").
struct Range
{
    std::optional<Value> start;
    std::optional<Value> end;
    bool startClosed = true;
    bool endClosed = true;
};

// FEEL equality (=): Boolean, or null when the kinds cannot be compared. null = null is
// true; lists and contexts compare element-wise; numbers by value; times and date and times
// as instants to the millisecond (a value without zone counts as UTC).
Value feelEquals(const Value &a, const Value &b);
// FEEL ordering (<, >): -1/0/1, or nullopt when the values are not ordered (different
// kinds, booleans, lists, contexts …). Times and date and times compare as instants; one
// without a zone counts as UTC.
std::optional<int> feelCompare(const Value &a, const Value &b);
// Whether feelEquals(a, b) is true (null counts as false).
bool isFeelEqual(const Value &a, const Value &b);

inline Context::Context(QList<std::pair<QString, Value>> entries) : m_entries(std::move(entries)) {}

} // namespace casebench::feel
