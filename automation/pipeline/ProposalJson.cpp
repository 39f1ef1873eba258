#include "automation/pipeline/ProposalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QVarLengthArray>
#include <algorithm>
#include <cstring>
#include <deque>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace casebench {

namespace {

// The line being written: a QByteArray kept at its full size, written through a raw
// pointer. QByteArray::append per token (a detach check, a growth check and the length of
// a C string each time) was a good part of a line's cost; here a token is a few stores.
class LineBuffer
{
public:
    explicit LineBuffer(qsizetype capacity) { reallocate(capacity); }

    // Room for n more bytes at end(). Inline (a compare), the growth out of line.
    void ensure(qsizetype n)
    {
        if (m_limit - m_end < n) [[unlikely]]
            grow(n);
    }
    // Where the next byte goes; write after ensure() and hand the new end to setEnd().
    char *end() const { return m_end; }
    void setEnd(char *end) { m_end = end; }

    void put(char c)
    {
        ensure(1);
        *m_end++ = c;
    }
    void put(const char *bytes, qsizetype n)
    {
        ensure(n);
        std::memcpy(m_end, bytes, size_t(n));
        m_end += n;
    }
    // A literal; its length is known at compile time.
    template <std::size_t N> void put(const char (&literal)[N]) { put(literal, qsizetype(N - 1)); }
    // n bytes from `bytes`, which has 16 readable bytes of padding after them: copied 16
    // at a time, a short run (a key) without a call to memcpy. What lands past the n bytes
    // is overwritten by the next token.
    void putPadded(const char *bytes, qsizetype n)
    {
        ensure(n + 16);
        for (qsizetype i = 0; i < n; i += 16)
            std::memcpy(m_end + i, bytes + i, 16);
        m_end += n;
    }
    // Copies bytes written before (offset, length) to the end.
    void repeat(qsizetype offset, qsizetype n)
    {
        ensure(n); // may move the buffer: the source is addressed only afterwards
        std::memcpy(m_end, m_begin + offset, size_t(n));
        m_end += n;
    }

    qsizetype size() const { return m_end - m_begin; }

    QByteArray take()
    {
        m_bytes.resize(size()); // shrinking keeps the allocation: no copy
        m_begin = m_end = m_limit = nullptr;
        return std::move(m_bytes);
    }

private:
    [[gnu::noinline]] void grow(qsizetype n)
    {
        reallocate(std::max(2 * qsizetype(m_limit - m_begin), size() + n));
    }
    void reallocate(qsizetype capacity)
    {
        const qsizetype used = size();
        m_bytes.resize(capacity); // keeps the bytes; Qt 6 leaves the new ones uninitialised
        m_begin = m_bytes.data();
        m_end = m_begin + used;
        m_limit = m_begin + m_bytes.size();
    }

    QByteArray m_bytes;
    char *m_begin = nullptr;
    char *m_end = nullptr;
    char *m_limit = nullptr;
};

// Decimal digits of n before `out`'s position; returns the new end. Room for 20 is the
// caller's.
char *writeUnsigned(char *out, quint64 n)
{
    char digits[20];
    char *first = digits + sizeof digits;
    do {
        *--first = char('0' + n % 10);
        n /= 10;
    } while (n != 0);
    const size_t count = size_t(digits + sizeof digits - first);
    std::memcpy(out, first, count);
    return out + count;
}

char *writeSigned(char *out, qint64 n)
{
    if (n < 0) {
        *out++ = '-';
        // Negated through unsigned: copes with the minimum.
        return writeUnsigned(out, quint64(0) - quint64(n));
    }
    return writeUnsigned(out, quint64(n));
}

// A small open-addressed map from an address to an index, for the identity look-ups of
// one line: no node per entry and no hashing of a seed as in QHash; the first 64 slots
// live inside the object.
class AddressMap
{
public:
    AddressMap() { resizeEmpty(64); }

    // The index stored for `key`, or -1.
    qsizetype value(const void *key) const
    {
        for (size_t i = slotOf(key);; i = (i + 1) & mask()) {
            const Slot &s = m_slots[qsizetype(i)];
            if (s.key == key)
                return s.value;
            if (!s.key)
                return -1;
        }
    }
    // Sets the index for `key` (a non-null address), replacing one stored before.
    void insert(const void *key, qsizetype value)
    {
        if (2 * (m_count + 1) > m_slots.size())
            rehash(2 * m_slots.size());
        place(key, value);
    }

private:
    // Trivial, so that the slots are cleared as one block of zeros (an empty slot's key is
    // null; its value is never read) rather than constructed one by one for every line.
    struct Slot
    {
        const void *key;
        qsizetype value;
    };

    void resizeEmpty(qsizetype size)
    {
        m_slots.resize(size);
        std::memset(static_cast<void *>(m_slots.data()), 0, size_t(size) * sizeof(Slot));
    }

    size_t mask() const { return size_t(m_slots.size()) - 1; }
    // Fibonacci hashing: the multiplication spreads the address's varying middle bits.
    size_t slotOf(const void *key) const
    {
        return size_t((quint64(quintptr(key)) * 0x9E3779B97F4A7C15ull) >> 32) & mask();
    }
    void place(const void *key, qsizetype value)
    {
        for (size_t i = slotOf(key);; i = (i + 1) & mask()) {
            Slot &s = m_slots[qsizetype(i)];
            if (s.key == key) {
                s.value = value;
                return;
            }
            if (!s.key) {
                s = {key, value};
                ++m_count;
                return;
            }
        }
    }
    void rehash(qsizetype size)
    {
        const QVarLengthArray<Slot, 64> old = m_slots;
        m_slots.clear();
        resizeEmpty(size);
        m_count = 0;
        for (const Slot &s : old) {
            if (s.key)
                place(s.key, s.value);
        }
    }

    QVarLengthArray<Slot, 64> m_slots;
    qsizetype m_count = 0;
};

// QString's order (UTF-16 code units), which QJsonObject keeps its keys in.
inline bool keyLess(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const char16_t *x = a.utf16();
    const char16_t *y = b.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        if (x[i] != y[i])
            return x[i] < y[i];
    }
    return a.size() < b.size();
}

// What writing an object with a given list of keys needs, worked out once: the order its
// entries are written in and each key's text as it appears in the line.
struct KeyList
{
    struct Member
    {
        qsizetype index; // the entry's position in the list
        qsizetype end; // where its `,"key":` ends in text (the first member has no comma)
    };

    quint64 hash = 0;
    // Copies of the keys, which keep the strings' data (and so their addresses) from being
    // freed and reused while the list is known; a key without a block of its own (a literal,
    // QString::fromRawData) is a copy of its text instead, compared in full on a hit.
    QList<QString> keys;
    QList<Member> members; // in QJsonObject's key order; of equal keys only the last
    // The members' `,"key":` one after the other, and 16 zero bytes for putPadded().
    QByteArray text;

    template <typename KeyAt> bool matches(qsizetype size, KeyAt keyAt) const
    {
        if (keys.size() != size)
            return false;
        for (qsizetype i = 0; i < size; ++i) {
            // The same data pointer and size mostly: no text is read then.
            if (!feel::sameName(keys[i], keyAt(i)))
                return false;
        }
        return true;
    }
};

// The key lists one thread has written: the keys of contexts come from a few rule-pack
// literals and the application's schema, so the same lists recur in every line, and
// sorting and escaping them again each time was a good part of a line's cost. Looked up
// by the keys' data addresses and sizes, and checked against the copies the list keeps.
// Per thread, because ParallelProposals writes lines from several threads at once.
class KeyListCache
{
public:
    // Beyond this many lists the cache starts over, so that keys met once (an application's
    // own field names) cannot pile up.
    static constexpr qsizetype Bound = 4096;

    static KeyListCache &forThisThread()
    {
        thread_local KeyListCache cache;
        return cache;
    }

    template <typename KeyAt> static quint64 hashOf(qsizetype size, KeyAt keyAt)
    {
        quint64 h = quint64(size);
        for (qsizetype i = 0; i < size; ++i) {
            const QString &key = keyAt(i);
            h = (h ^ quint64(quintptr(key.constData()))) * 0x9E3779B97F4A7C15ull;
            h ^= quint64(key.size());
        }
        return h ^ (h >> 32);
    }

    // The list with these keys, or nullptr.
    template <typename KeyAt>
    const KeyList *find(quint64 hash, qsizetype size, KeyAt keyAt) const
    {
        if (m_slots.isEmpty())
            return nullptr;
        for (size_t i = size_t(hash) & mask();; i = (i + 1) & mask()) {
            const Slot &slot = m_slots[qsizetype(i)];
            if (!slot.list)
                return nullptr;
            if (slot.hash == hash && slot.list->matches(size, keyAt))
                return slot.list;
        }
    }

    // Lists already handed out stay where they are: a line writes the objects nested in an
    // object while it holds the outer one's list.
    const KeyList &insert(KeyList list)
    {
        if (2 * (qsizetype(m_lists.size()) + 1) > m_slots.size())
            rehash(std::max<qsizetype>(64, 2 * m_slots.size()));
        m_lists.push_back(std::move(list));
        place(&m_lists.back());
        return m_lists.back();
    }

    // Between lines only, never while one is written (see insert()): the bound can be
    // passed by one line's lists.
    void trim()
    {
        if (qsizetype(m_lists.size()) > Bound) {
            m_lists.clear();
            m_slots.clear();
        }
    }

private:
    // The hash beside the list, so that a probe past another list does not read it.
    struct Slot
    {
        quint64 hash = 0;
        const KeyList *list = nullptr;
    };

    size_t mask() const { return size_t(m_slots.size()) - 1; }
    void place(const KeyList *list)
    {
        size_t i = size_t(list->hash) & mask();
        while (m_slots[qsizetype(i)].list)
            i = (i + 1) & mask();
        m_slots[qsizetype(i)] = {list->hash, list};
    }
    void rehash(qsizetype size)
    {
        m_slots.fill(Slot(), size);
        for (const KeyList &list : m_lists)
            place(&list);
    }

    std::deque<KeyList> m_lists; // a deque: growing it moves none of them
    QList<Slot> m_slots; // open addressing; an empty slot has no list
};

// Compact JSON exactly as QJsonDocument::toJson(Compact) writes it: object keys in
// QJsonObject's order (UTF-16 code units, the last of equal keys wins), strings as UTF-8
// with the quote, the backslash and control characters escaped (b f n r t, else u00xx) and
// an unpaired surrogate as uxxxx, integers in decimal.
class CompactJsonWriter
{
public:
    // `capacity`: the line's expected size; the buffer doubles beyond it.
    CompactJsonWriter(qsizetype capacity, KeyListCache &keyLists)
        : m_out(capacity), m_keyLists(keyLists)
    {
    }

    QByteArray take() { return m_out.take(); }

    void beginObject() { open('{'); }
    void endObject()
    {
        m_out.put('}');
        m_first = false;
    }
    void beginArray() { open('['); }
    void endArray()
    {
        m_out.put(']');
        m_first = false;
    }

    // A key of a fixed shape: the caller writes them in sorted order.
    template <std::size_t N> void key(const char (&latin1)[N])
    {
        separate();
        m_out.ensure(qsizetype(N) + 2);
        char *out = m_out.end();
        *out++ = '"';
        std::memcpy(out, latin1, N - 1);
        out += N - 1;
        *out++ = '"';
        *out++ = ':';
        m_out.setEnd(out);
        m_first = true; // the value follows without a comma
    }

    void null() { value("null"); }
    void boolean(bool b)
    {
        if (b)
            value("true");
        else
            value("false");
    }
    void integer(qint64 n)
    {
        separate();
        m_out.ensure(20);
        m_out.setEnd(writeSigned(m_out.end(), n));
        m_first = false;
    }
    // As Money::toString() ("1234.50", "-0.05"), quoted.
    void money(Money amount)
    {
        separate();
        m_out.ensure(2 + 1 + 20 + 3);
        char *out = m_out.end();
        *out++ = '"';
        quint64 ore = quint64(amount.ore());
        if (amount.ore() < 0) {
            *out++ = '-';
            ore = quint64(0) - ore;
        }
        out = writeUnsigned(out, ore / 100);
        *out++ = '.';
        *out++ = char('0' + ore % 100 / 10);
        *out++ = char('0' + ore % 10);
        *out++ = '"';
        m_out.setEnd(out);
        m_first = false;
    }
    void string(QStringView s)
    {
        separate();
        escaped(s);
        m_first = false;
    }
    // "(name)", quoted: what stands for a trace input shown elsewhere (placeholderFor()).
    void placeholder(QStringView name)
    {
        QVarLengthArray<char16_t, 64> text;
        text.append(u'(');
        text.append(name.utf16(), name.size());
        text.append(u')');
        string(QStringView(text.constData(), text.size()));
    }
    // A FEEL date as Date::toString() writes it ("2017-02-28", at least four year digits,
    // a negative year with "-"), quoted.
    void date(const feel::Date &d) { date(d.year(), d.month(), d.day()); }
    // As QDate::toString(Qt::ISODate): the same form for years 0 to 9999 (Qt's own text,
    // empty, for the others and for an invalid date).
    void isoDate(const QDate &d)
    {
        if (d.isValid() && d.year() >= 0 && d.year() <= 9999)
            date(d.year(), d.month(), d.day());
        else
            string(d.toString(Qt::ISODate));
    }

    // An object with keys known only at run time, written in QJsonObject's key order.
    template <typename KeyAt, typename WriteValueAt>
    void sortedObject(qsizetype size, KeyAt keyAt, WriteValueAt writeValueAt)
    {
        const KeyList &list = keyList(size, keyAt);
        separate();
        m_out.put('{');
        const char *const text = list.text.constData();
        qsizetype begin = 0;
        for (const KeyList::Member &member : list.members) {
            m_out.putPadded(text + begin, member.end - begin);
            begin = member.end;
            m_first = true; // the value follows without a comma
            writeValueAt(member.index);
        }
        m_out.put('}');
        m_first = false;
    }

    // The cache's list for these keys, worked out now if they were not met before.
    template <typename KeyAt> const KeyList &keyList(qsizetype size, KeyAt keyAt)
    {
        const quint64 hash = KeyListCache::hashOf(size, keyAt);
        if (const KeyList *known = m_keyLists.find(hash, size, keyAt))
            return *known;
        QList<QString> keys;
        keys.reserve(size);
        for (qsizetype i = 0; i < size; ++i)
            keys.append(pinnedCopy(keyAt(i)));
        return m_keyLists.insert(makeKeyList(hash, std::move(keys)));
    }

    // A copy of `key` that stays as it is while the cache holds it (see KeyList::keys).
    static QString pinnedCopy(const QString &key)
    {
        if (key.capacity() == 0 && !key.isEmpty())
            return QString(key.constData(), key.size());
        return key;
    }

    static KeyList makeKeyList(quint64 hash, QList<QString> keys)
    {
        const qsizetype size = keys.size();
        QVarLengthArray<QStringView, 32> views(size);
        qsizetype units = 0;
        for (qsizetype i = 0; i < size; ++i) {
            views[i] = keys[i];
            units += keys[i].size();
        }
        QVarLengthArray<qsizetype, 32> order(size);
        sortKeys(views.constData(), order.data(), size);

        KeyList list;
        list.hash = hash;
        LineBuffer text(16 + 8 * size + 6 * units);
        for (qsizetype k = 0; k < size; ++k) {
            const qsizetype i = order[k];
            // QJsonObject::insert replaces the value of an equal key in place.
            if (k + 1 < size && feel::sameName(views[order[k + 1]], views[i]))
                continue;
            if (!list.members.isEmpty())
                text.put(',');
            escaped(text, views[i]);
            text.put(':');
            list.members.append({i, text.size()});
        }
        text.put("\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0", 16); // see putPadded()
        list.text = text.take();
        list.keys = std::move(keys);
        return list;
    }

    // As ProposalJson::feelValue().
    void feelValue(const feel::Value &value)
    {
        using feel::ValueKind;
        switch (value.kind()) {
        case ValueKind::Null:
            null();
            return;
        case ValueKind::Boolean:
            boolean(value.boolean());
            return;
        case ValueKind::Number:
            number(value.number());
            return;
        case ValueKind::String:
            sharedString(value.string());
            return;
        case ValueKind::Date:
            date(value.date());
            return;
        case ValueKind::List:
            list(value.list());
            return;
        case ValueKind::Context:
            context(value.context());
            return;
        default:
            string(value.toString());
            return;
        }
    }

    // Out of line, so that writing a plain value (most of them) does not pay for the
    // registers and stack a list or context needs.
    [[gnu::noinline]] void list(const QList<feel::Value> &items)
    {
        beginArray();
        for (const feel::Value &item : items)
            feelValue(item);
        endArray();
    }
    [[gnu::noinline]] void context(const feel::Context &object)
    {
        const auto &entries = object.entries();
        sortedObject(
            entries.size(), [&](qsizetype i) -> const QString & { return entries[i].first; },
            [&](qsizetype i) { feelValue(entries[i].second); });
    }

    // As feelValue(), copying the bytes when the same list or context (FEEL values share
    // them) was written before in this line: a decision's result reappears as the input of
    // each decision that requires it. A list or context is known by its shared elements (the
    // array every copy of the value points to) and their count.
    void sharedFeelValue(const feel::Value &value)
    {
        const void *identity = nullptr;
        qsizetype count = 0;
        if (value.is(feel::ValueKind::Context)) {
            identity = value.context().entries().constData();
            count = value.context().size();
        } else if (value.is(feel::ValueKind::List)) {
            identity = value.list().constData();
            count = value.list().size();
        }
        if (!identity || count == 0) {
            feelValue(value);
            return;
        }
        if (const qsizetype seen = m_writtenIndex.value(identity);
            seen >= 0 && m_written[seen].count == count) {
            separate();
            m_out.repeat(m_written[seen].offset, m_written[seen].length);
            m_first = false;
            return;
        }
        separate();
        m_first = true; // the separator is written; feelValue() must not write another
        const qsizetype start = m_out.size();
        feelValue(value);
        m_writtenIndex.insert(identity, m_written.size());
        m_written.append({start, m_out.size() - start, count});
    }

    // As string(), for a string of the proposal or its trace, which stays where it is and as
    // it is for the whole line: a long one written before in this line from the same data
    // (a rule's annotation that is also a reason, a decision's name …) has its bytes copied
    // rather than escaped again. Short ones are escaped faster than they are looked up.
    void sharedString(const QString &s)
    {
        if (s.size() <= 16) {
            string(s);
            return;
        }
        separate();
        m_first = false;
        if (const qsizetype seen = m_stringIndex.value(s.constData()); seen >= 0) {
            const WrittenString &w = m_strings[seen];
            if (w.units == s.size()) {
                m_out.repeat(w.offset, w.length);
                return;
            }
        }
        const qsizetype start = m_out.size();
        escaped(s);
        m_stringIndex.insert(s.constData(), m_strings.size());
        m_strings.append({start, m_out.size() - start, s.size()});
    }

    // The positions 0 … size - 1 into `order`, sorted stably by key. Contexts have a few
    // keys: an insertion sort with a plain code-unit comparison, std::stable_sort beyond.
    static void sortKeys(const QStringView *keys, qsizetype *order, qsizetype size)
    {
        const auto less = [keys](qsizetype a, qsizetype b) {
            return keyLess(keys[a], keys[b]);
        };
        for (qsizetype i = 0; i < size; ++i)
            order[i] = i;
        if (size > 16) {
            std::stable_sort(order, order + size, less);
            return;
        }
        for (qsizetype i = 1; i < size; ++i) {
            const qsizetype v = order[i];
            qsizetype j = i;
            for (; j > 0 && less(v, order[j - 1]); --j)
                order[j] = order[j - 1];
            order[j] = v;
        }
    }

    // A FEEL number as a JSON string in Decimal::toString()'s form, written by the number
    // itself: digits, '.', '-', 'E' and '+' need no escaping.
    void number(const feel::Decimal &n)
    {
        separate();
        m_out.ensure(2 + feel::Decimal::MaxTextLength);
        char *out = m_out.end();
        *out++ = '"';
        out += n.writePlain(out);
        *out++ = '"';
        m_out.setEnd(out);
        m_first = false;
    }

    void date(qint64 year, int month, int day)
    {
        separate();
        m_out.ensure(2 + 1 + 20 + 6);
        char *out = m_out.end();
        *out++ = '"';
        if (year < 0) {
            *out++ = '-';
            year = -year;
        }
        for (qint64 pad = 1000; pad > year && pad > 1; pad /= 10)
            *out++ = '0';
        out = writeUnsigned(out, quint64(year));
        *out++ = '-';
        *out++ = char('0' + month / 10);
        *out++ = char('0' + month % 10);
        *out++ = '-';
        *out++ = char('0' + day / 10);
        *out++ = char('0' + day % 10);
        *out++ = '"';
        m_out.setEnd(out);
        m_first = false;
    }

    void open(char bracket)
    {
        separate();
        m_out.put(bracket);
        m_first = true;
    }
    template <std::size_t N> void value(const char (&literal)[N])
    {
        separate();
        m_out.put(literal);
        m_first = false;
    }
    void separate()
    {
        if (!m_first)
            m_out.put(',');
        m_first = false;
    }

    static char hexDigit(uint n) { return char(n < 10 ? '0' + n : 'a' + n - 10); }

#if defined(__SSE2__)
    // The units of v that cannot be copied as they are: control characters, quote,
    // backslash and everything from 0x7f up. Signed 16-bit compares: units from 0x8000 up are
    // negative, so "below 0x20" catches them along with the control characters (and a
    // four-unit load's zeroed upper half, for the caller to mask off).
    static __m128i specialUnits(__m128i v)
    {
        return _mm_or_si128(_mm_or_si128(_mm_cmplt_epi16(v, _mm_set1_epi16(0x20)),
                                         _mm_cmpgt_epi16(v, _mm_set1_epi16(0x7f))),
                            _mm_or_si128(_mm_cmpeq_epi16(v, _mm_set1_epi16('"')),
                                         _mm_cmpeq_epi16(v, _mm_set1_epi16('\\'))));
    }
    // The low eight units of v as bytes (their low bytes, for plain ASCII).
    static quint64 asBytes(__m128i v)
    {
        return quint64(_mm_cvtsi128_si64(_mm_packus_epi16(v, v)));
    }
#endif

    void escaped(QStringView s) { escaped(m_out, s); }

    // Writes through a raw pointer into room reserved for the worst case (six bytes per
    // UTF-16 unit, as \u001f, and sixteen for a block's store). With SSE2, a plain ASCII
    // string of 4 to 16 units (most of a line's: keys, codes, names) is checked and copied as
    // two overlapping blocks, its first and last eight (or four) units; longer runs go sixteen
    // units at a time while plain. The rest goes a block of eight (or, in strings shorter
    // than that, four) units at a time — the last block of a string overlapping the one
    // before, so that a short tail does not go unit by unit; the unit that ends a run, and
    // every unit without SSE2, goes the scalar way.
    static void escaped(LineBuffer &buffer, QStringView s)
    {
        buffer.ensure(16 + 6 * s.size());
        char *out = buffer.end();
        *out++ = '"';
#if defined(__SSE2__)
        const char16_t *const src = s.utf16();
        const char16_t *const end = src + s.size();
        const qsizetype size = s.size();
        if (size >= 4 && size <= 16) {
            const bool eight = size >= 8;
            const __m128i first = eight ? _mm_loadu_si128(reinterpret_cast<const __m128i *>(src))
                                        : _mm_loadl_epi64(reinterpret_cast<const __m128i *>(src));
            const __m128i last = eight
                                     ? _mm_loadu_si128(reinterpret_cast<const __m128i *>(end - 8))
                                     : _mm_loadl_epi64(reinterpret_cast<const __m128i *>(end - 4));
            const uint mask =
                uint(_mm_movemask_epi8(_mm_or_si128(specialUnits(first), specialUnits(last)))) &
                (eight ? 0xffffu : 0xffu);
            if (mask == 0) {
                // The last block's store after the first's: where they overlap, the bytes
                // are the same, and a four-unit block's four zero bytes land past the end
                // or under the last block.
                const quint64 head = asBytes(first);
                const quint64 tail = asBytes(last);
                std::memcpy(out, &head, sizeof head);
                std::memcpy(out + size - (eight ? 8 : 4), &tail, sizeof tail);
                out += size;
                *out++ = '"';
                buffer.setEnd(out);
                return;
            }
        }
#endif
        escapedRuns(buffer, s);
    }

    // escaped() for the strings its whole-string check does not take, out of line so that
    // the common case stays a short function.
    [[gnu::noinline]] static void escapedRuns(LineBuffer &buffer, QStringView s)
    {
        char *out = buffer.end() + 1; // after the quote escaped() wrote
        const char16_t *src = s.utf16();
        const char16_t *const end = src + s.size();
#if defined(__SSE2__)
        while (end - src >= 16) {
            const __m128i low = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src));
            const __m128i high = _mm_loadu_si128(reinterpret_cast<const __m128i *>(src + 8));
            if (_mm_movemask_epi8(_mm_or_si128(specialUnits(low), specialUnits(high))) != 0)
                break; // the blocks of eight below find where the run ends
            _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_packus_epi16(low, high));
            src += 16;
            out += 16;
        }
        const qsizetype lanes = s.size() >= 8 ? 8 : 4;
#endif
        while (src != end) {
#if defined(__SSE2__)
            if (s.size() >= 4) {
                // A block at src, or the string's last block when fewer units are left: the
                // units in it before src were written already and are skipped.
                const char16_t *const at = end - src >= lanes ? src : end - lanes;
                const qsizetype skip = src - at;
                const __m128i v = lanes == 8
                                      ? _mm_loadu_si128(reinterpret_cast<const __m128i *>(at))
                                      : _mm_loadl_epi64(reinterpret_cast<const __m128i *>(at));
                // A four-unit load's zeroed upper half counts as special: masked off.
                const uint mask =
                    (uint(_mm_movemask_epi8(specialUnits(v))) & (lanes == 8 ? 0xffffu : 0xffu)) >>
                    (2 * skip);
                // The units as bytes, stored whatever they are: the room is there, and the
                // plain ones among them are kept.
                const quint64 bytes = asBytes(v) >> (8 * skip);
                std::memcpy(out, &bytes, sizeof bytes);
                if (mask == 0) {
                    src += lanes - skip;
                    out += lanes - skip;
                    continue;
                }
                const int plain = __builtin_ctz(mask) / 2;
                src += plain;
                out += plain;
            }
#endif
            const char16_t u = *src++;
            if (u < 0x80) {
                if (u >= 0x20 && u != u'"' && u != u'\\') {
                    *out++ = char(u);
                    continue;
                }
                *out++ = '\\';
                switch (u) {
                case u'"':
                    *out++ = '"';
                    break;
                case u'\\':
                    *out++ = '\\';
                    break;
                case 0x08:
                    *out++ = 'b';
                    break;
                case 0x0c:
                    *out++ = 'f';
                    break;
                case 0x0a:
                    *out++ = 'n';
                    break;
                case 0x0d:
                    *out++ = 'r';
                    break;
                case 0x09:
                    *out++ = 't';
                    break;
                default:
                    *out++ = 'u';
                    *out++ = '0';
                    *out++ = '0';
                    *out++ = hexDigit(u >> 4);
                    *out++ = hexDigit(u & 0xf);
                }
            } else if (u < 0x800) {
                *out++ = char(0xc0 | (u >> 6));
                *out++ = char(0x80 | (u & 0x3f));
            } else if (!QChar::isSurrogate(u)) {
                *out++ = char(0xe0 | (u >> 12));
                *out++ = char(0x80 | ((u >> 6) & 0x3f));
                *out++ = char(0x80 | (u & 0x3f));
            } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
                const char32_t c = QChar::surrogateToUcs4(u, *src++);
                *out++ = char(0xf0 | (c >> 18));
                *out++ = char(0x80 | ((c >> 12) & 0x3f));
                *out++ = char(0x80 | ((c >> 6) & 0x3f));
                *out++ = char(0x80 | (c & 0x3f));
            } else {
                *out++ = '\\';
                *out++ = 'u';
                *out++ = hexDigit((u >> 12) & 0xf);
                *out++ = hexDigit((u >> 8) & 0xf);
                *out++ = hexDigit((u >> 4) & 0xf);
                *out++ = hexDigit(u & 0xf);
            }
        }
        *out++ = '"';
        buffer.setEnd(out);
    }

    LineBuffer m_out;
    KeyListCache &m_keyLists;
    bool m_first = true;
    AddressMap m_writtenIndex; // list or context -> its bytes in m_written
    struct Written
    {
        qsizetype offset; // in m_out
        qsizetype length;
        qsizetype count; // of the list's or context's elements
    };
    QVarLengthArray<Written, 64> m_written;
    struct WrittenString
    {
        qsizetype offset; // in m_out, with the quotes
        qsizetype length;
        qsizetype units; // the string's size: a view of the same data may be shorter
    };
    AddressMap m_stringIndex; // a string's data -> its bytes in m_strings
    QVarLengthArray<WrittenString, 64> m_strings;
};

// Whether a decision's input is the application, which the line names rather than
// repeats (see toJson()). The length first: most names differ in it; then a comparison of
// known size, which the compiler writes inline (most decisions read the application).
bool isApplicationInput(QStringView name)
{
    constexpr QStringView application = u"application";
    return name.size() == application.size() &&
           std::memcmp(name.utf16(), application.utf16(),
                       sizeof(char16_t) * size_t(application.size())) == 0;
}

// The name written as "(name)" in place of input `in` of trace entry `entry`, or an empty
// view where its value is written: the application (the input file itself) and a decision's
// result that an earlier entry shows are named, not repeated — repeating them would bloat
// the line and repeat personal data. toJson() and toLine() both ask here.
QStringView placeholderFor(const dmn::Trace &trace, qsizetype entry, const dmn::TraceInput &in)
{
    if (isApplicationInput(in.name))
        return in.name;
    if (!in.decision.isEmpty() && trace.readBy(entry, in.decision))
        return in.decision;
    return {};
}

} // namespace

QJsonValue ProposalJson::amountValue(Money amount)
{
    if (amount.ore() % 100 == 0)
        return QJsonValue(amount.kronor());
    return amount.toString();
}

QJsonValue ProposalJson::feelValue(const feel::Value &value)
{
    using feel::ValueKind;
    switch (value.kind()) {
    case ValueKind::Null:
        return QJsonValue::Null;
    case ValueKind::Boolean:
        return value.boolean();
    case ValueKind::Number:
        return value.number().toString(); // exact; a JSON number would pass through double
    case ValueKind::String:
        return value.string();
    case ValueKind::Date:
        return value.date().toString();
    case ValueKind::List: {
        QJsonArray array;
        for (const auto &item : value.list())
            array.append(feelValue(item));
        return array;
    }
    case ValueKind::Context: {
        QJsonObject object;
        for (const auto &[name, item] : value.context().entries())
            object.insert(name, feelValue(item));
        return object;
    }
    default:
        return value.toString();
    }
}

QJsonObject ProposalJson::toJson(const Proposal &p, bool withTrace)
{
    QJsonObject o;
    o.insert(QStringLiteral("case_id"), p.caseId);
    o.insert(QStringLiteral("case_type"), p.caseType);
    o.insert(QStringLiteral("outcome"), outcomeCode(p.outcome));
    o.insert(QStringLiteral("amount"),
             p.amountKronor ? QJsonValue(*p.amountKronor) : QJsonValue(QJsonValue::Null));
    if (p.period) {
        o.insert(QStringLiteral("period"),
                 QJsonObject{{QStringLiteral("from"), p.period->from.toString(Qt::ISODate)},
                             {QStringLiteral("to"), p.period->to.toString(Qt::ISODate)}});
    } else {
        o.insert(QStringLiteral("period"), QJsonValue::Null);
    }

    QJsonArray missing;
    for (const auto &m : p.missing)
        missing.append(QJsonObject{{QStringLiteral("item"), m.item},
                                   {QStringLiteral("reason"), m.reason},
                                   {QStringLiteral("rule"), m.rule}});
    o.insert(QStringLiteral("missing"), missing);

    QJsonArray manual;
    for (const auto &r : p.manualReasons)
        manual.append(
            QJsonObject{{QStringLiteral("reason"), r.reason}, {QStringLiteral("rule"), r.rule}});
    o.insert(QStringLiteral("manual_reasons"), manual);

    QJsonArray reasons;
    for (const auto &r : p.reasons)
        reasons.append(QJsonObject{
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("rule"), r.rule},
            {QStringLiteral("legal_ground"),
             r.legalGround.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.legalGround)}});
    o.insert(QStringLiteral("reasons"), reasons);

    QJsonArray breakdown;
    for (const auto &line : p.breakdown)
        breakdown.append(QJsonObject{{QStringLiteral("label"), line.label},
                                     {QStringLiteral("kind"), breakdownKindCode(line.kind)},
                                     {QStringLiteral("amount"), amountValue(line.amount)},
                                     {QStringLiteral("rule"), line.rule},
                                     {QStringLiteral("legal_ground"), line.legalGround}});
    o.insert(QStringLiteral("breakdown"), breakdown);

    o.insert(QStringLiteral("pack"), QJsonObject{{QStringLiteral("id"), p.packId},
                                                 {QStringLiteral("version"), p.packVersion},
                                                 {QStringLiteral("hash"), p.packHash}});
    o.insert(QStringLiteral("spot_check"), p.spotCheck);

    if (withTrace) {
        QJsonArray trace;
        for (qsizetype k = 0; k < p.trace.decisions.size(); ++k) {
            const dmn::DecisionTrace &d = p.trace.decisions.at(k);
            QJsonObject inputs;
            for (const dmn::TraceInput &in : d.inputs) {
                const QStringView shown = placeholderFor(p.trace, k, in);
                inputs.insert(in.name, shown.isEmpty()
                                           ? feelValue(in.value)
                                           : QJsonValue(QStringLiteral("(%1)").arg(shown)));
            }
            QJsonArray rules;
            for (const auto &r : d.matchedRules)
                rules.append(QJsonObject{
                    {QStringLiteral("table"), r.tableId},
                    {QStringLiteral("index"), r.index},
                    {QStringLiteral("id"), r.ruleId},
                    {QStringLiteral("annotations"), QJsonArray::fromStringList(r.annotations)}});
            QJsonArray diagnostics;
            for (const auto &diag : d.diagnostics)
                diagnostics.append(diag.toString());
            trace.append(QJsonObject{{QStringLiteral("decision"), d.name},
                                     {QStringLiteral("inputs"), inputs},
                                     {QStringLiteral("result"), feelValue(d.result)},
                                     {QStringLiteral("matched_rules"), rules},
                                     {QStringLiteral("diagnostics"), diagnostics}});
        }
        o.insert(QStringLiteral("trace"), trace);
    }
    return o;
}

QByteArray ProposalJson::toLine(const Proposal &p, bool withTrace)
{
    // Written directly rather than through QJsonObject: a traced line holds thousands of
    // values, and building the tree only to serialise it once was half of `casebench
    // propose`. The bytes are those of QJsonDocument(toJson(p)).toJson(Compact) —
    // tst_pipeline compares the two.
    // A traced ekonomiskt-bistånd line is 10-15 kB: room for it at once rather than copying
    // the line at every doubling; an untraced line is well below 1 kB.
    KeyListCache &keyLists = KeyListCache::forThisThread();
    keyLists.trim();
    CompactJsonWriter w(withTrace ? 16 * 1024 : 1024, keyLists);
    w.beginObject();
    w.key("amount");
    if (p.amountKronor)
        w.integer(*p.amountKronor);
    else
        w.null();
    w.key("breakdown");
    w.beginArray();
    for (const auto &line : p.breakdown) {
        w.beginObject();
        w.key("amount");
        if (line.amount.ore() % 100 == 0)
            w.integer(line.amount.kronor());
        else
            w.money(line.amount);
        w.key("kind");
        w.string(breakdownKindCode(line.kind));
        w.key("label");
        w.sharedString(line.label);
        w.key("legal_ground");
        w.sharedString(line.legalGround);
        w.key("rule");
        w.sharedString(line.rule);
        w.endObject();
    }
    w.endArray();
    w.key("case_id");
    w.string(p.caseId);
    w.key("case_type");
    w.string(p.caseType);
    w.key("manual_reasons");
    w.beginArray();
    for (const auto &r : p.manualReasons) {
        w.beginObject();
        w.key("reason");
        w.sharedString(r.reason);
        w.key("rule");
        w.sharedString(r.rule);
        w.endObject();
    }
    w.endArray();
    w.key("missing");
    w.beginArray();
    for (const auto &m : p.missing) {
        w.beginObject();
        w.key("item");
        w.sharedString(m.item);
        w.key("reason");
        w.sharedString(m.reason);
        w.key("rule");
        w.sharedString(m.rule);
        w.endObject();
    }
    w.endArray();
    w.key("outcome");
    w.string(outcomeCode(p.outcome));
    w.key("pack");
    w.beginObject();
    w.key("hash");
    w.string(p.packHash);
    w.key("id");
    w.string(p.packId);
    w.key("version");
    w.string(p.packVersion);
    w.endObject();
    w.key("period");
    if (p.period) {
        w.beginObject();
        w.key("from");
        w.isoDate(p.period->from);
        w.key("to");
        w.isoDate(p.period->to);
        w.endObject();
    } else {
        w.null();
    }
    w.key("reasons");
    w.beginArray();
    for (const auto &r : p.reasons) {
        w.beginObject();
        w.key("legal_ground");
        if (r.legalGround.isEmpty())
            w.null();
        else
            w.sharedString(r.legalGround);
        w.key("reason");
        w.sharedString(r.reason);
        w.key("rule");
        w.sharedString(r.rule);
        w.endObject();
    }
    w.endArray();
    w.key("spot_check");
    w.boolean(p.spotCheck);
    if (withTrace) {
        w.key("trace");
        w.beginArray();
        for (qsizetype k = 0; k < p.trace.decisions.size(); ++k) {
            const dmn::DecisionTrace &d = p.trace.decisions.at(k);
            w.beginObject();
            w.key("decision");
            w.sharedString(d.name);
            w.key("diagnostics");
            w.beginArray();
            for (const auto &diag : d.diagnostics)
                w.string(diag.toString());
            w.endArray();
            w.key("inputs");
            w.sortedObject(
                d.inputs.size(), [&](qsizetype i) -> const QString & { return d.inputs[i].name; },
                [&](qsizetype i) {
                    const dmn::TraceInput &in = d.inputs[i];
                    if (const QStringView shown = placeholderFor(p.trace, k, in); shown.isEmpty())
                        w.sharedFeelValue(in.value);
                    else
                        w.placeholder(shown);
                });
            w.key("matched_rules");
            w.beginArray();
            for (const auto &r : d.matchedRules) {
                w.beginObject();
                w.key("annotations");
                w.beginArray();
                for (const QString &a : r.annotations)
                    w.sharedString(a);
                w.endArray();
                w.key("id");
                w.sharedString(r.ruleId);
                w.key("index");
                w.integer(r.index);
                w.key("table");
                w.sharedString(r.tableId);
                w.endObject();
            }
            w.endArray();
            w.key("result");
            w.sharedFeelValue(d.result);
            w.endObject();
        }
        w.endArray();
    }
    w.endObject();
    return w.take();
}

QByteArray ProposalJson::errorLine(const QString &caseId, const QString &caseType,
                                   const QString &source, const QString &error)
{
    QJsonObject o;
    o.insert(QStringLiteral("case_id"),
             caseId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(caseId));
    o.insert(QStringLiteral("case_type"),
             caseType.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(caseType));
    o.insert(QStringLiteral("file"), source);
    o.insert(QStringLiteral("error"), error);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace casebench
