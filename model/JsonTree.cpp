#include "model/JsonTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace casebench {

namespace {

// Qt's own limit is 1024; deeper documents go to Qt, which also says when they are too deep.
constexpr int MaxDepth = 256;
// Integers of up to this many digits fit in 64 bits, as QJsonDocument keeps them.
constexpr int MaxIntegerDigits = 18;

// The white space JSON allows between tokens.
constexpr std::array<bool, 256> spaceBytes = [] {
    std::array<bool, 256> space{};
    for (const char c : {' ', '\t', '\n', '\r'})
        space[size_t(uchar(c))] = true;
    return space;
}();

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Bytes a string holds as they are: printable ASCII but the quote and the backslash.
constexpr std::array<bool, 256> plainStringBytes = [] {
    std::array<bool, 256> plain{};
    for (int c = 0x20; c < 0x80; ++c)
        plain[size_t(c)] = c != '"' && c != '\\';
    return plain;
}();

#if defined(__SSE2__)
// Applications are mostly indentation and short ASCII texts, so white space and strings are
// scanned sixteen bytes at a time where SSE2 is there (always, on x86-64).

__m128i loadBlock(const char *p)
{
    return _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
}

// Bit i set for byte i of `block` that is white space.
int spaceMask(__m128i block)
{
    const __m128i space = _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8(' ')),
                                       _mm_cmpeq_epi8(block, _mm_set1_epi8('\n')));
    const __m128i tabOrReturn = _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('\t')),
                                             _mm_cmpeq_epi8(block, _mm_set1_epi8('\r')));
    return _mm_movemask_epi8(_mm_or_si128(space, tabOrReturn));
}

// Bit i set for byte i of `block` that is no plain string byte (see plainStringBytes).
int notPlainMask(__m128i block)
{
    const __m128i quoteOrBackslash = _mm_or_si128(_mm_cmpeq_epi8(block, _mm_set1_epi8('"')),
                                                  _mm_cmpeq_epi8(block, _mm_set1_epi8('\\')));
    // As signed bytes those beyond ASCII are negative: one comparison finds them and the
    // control characters.
    const __m128i controlOrBeyond = _mm_cmplt_epi8(block, _mm_set1_epi8(0x20));
    return _mm_movemask_epi8(_mm_or_si128(quoteOrBackslash, controlOrBeyond));
}

// The sixteen bytes of `block` as sixteen UTF-16 units at `out` (the ASCII of a block is
// widened whole, whatever part of it the caller keeps).
void storeWidened(char16_t *out, __m128i block)
{
    const __m128i zero = _mm_setzero_si128();
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out), _mm_unpacklo_epi8(block, zero));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(out + 8), _mm_unpackhi_epi8(block, zero));
}
#endif

} // namespace

// The parser for the documents applications are. Every method returns false for input it
// does not take — a syntax error or a rarity — and the caller hands the bytes to Qt instead,
// so nothing here has to reproduce Qt's error messages or its lenient corners.
class JsonTree::Parser
{
public:
    Parser(JsonTree &tree, QByteArrayView json)
        : m_tree(tree), m_p(json.data()), m_end(json.data() + json.size())
    {
    }

    bool document()
    {
        // As Qt: a UTF-8 byte order mark is skipped when more follows it.
        if (m_end - m_p > 3 && uchar(m_p[0]) == 0xEF && uchar(m_p[1]) == 0xBB &&
            uchar(m_p[2]) == 0xBF)
            m_p += 3;
        skipSpace();
        // As Qt: an object or an array, nothing else.
        if (m_p == m_end || (*m_p != '{' && *m_p != '['))
            return false;
        if (!value(0))
            return false;
        skipSpace();
        return m_p == m_end;
    }

    qsizetype textSize() const { return m_out - m_textStart; }

    void beginText(char16_t *start)
    {
        m_textStart = start;
        m_out = start;
    }

private:
    void skipSpace()
    {
        // Most calls find no white space at all (a comma after a value, say) or a single
        // space (after a colon): both are told byte by byte, before any block is loaded.
        if (m_p == m_end || !spaceBytes[uchar(*m_p)])
            return;
        ++m_p;
        if (m_p == m_end || !spaceBytes[uchar(*m_p)])
            return;
#if defined(__SSE2__)
        while (m_end - m_p >= 16) {
            const int notSpace = ~spaceMask(loadBlock(m_p)) & 0xFFFF;
            if (notSpace != 0) {
                m_p += std::countr_zero(unsigned(notSpace));
                return;
            }
            m_p += 16;
        }
#endif
        while (m_p < m_end && spaceBytes[uchar(*m_p)])
            ++m_p;
    }

    bool literal(const char *word, qsizetype size)
    {
        if (m_end - m_p < size || std::memcmp(m_p, word, size_t(size)) != 0)
            return false;
        m_p += size;
        return true;
    }

    bool value(int depth)
    {
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"': {
            const quint32 node = m_tree.addNode(Type::String);
            quint32 offset = 0;
            quint32 size = 0;
            if (!string(offset, size))
                return false;
            m_tree.m_nodes[node].first = offset;
            m_tree.m_nodes[node].size = size;
            return true;
        }
        case 't':
            if (!literal("true", 4))
                return false;
            m_tree.m_nodes[m_tree.addNode(Type::Bool)].boolean = true;
            return true;
        case 'f':
            if (!literal("false", 5))
                return false;
            m_tree.addNode(Type::Bool);
            return true;
        case 'n':
            if (!literal("null", 4))
                return false;
            m_tree.addNode(Type::Null);
            return true;
        default:
            return number();
        }
    }

    // -?(0|[1-9][0-9]*) of at most 18 digits: what QJsonDocument keeps as an integer. A
    // fraction or an exponent, and longer numbers, are Qt's to read.
    bool number()
    {
        const bool negative = *m_p == '-';
        if (negative)
            ++m_p;
        if (m_p == m_end || *m_p < '0' || *m_p > '9')
            return false;
        qint64 n = 0;
        int digits = 0;
        if (*m_p == '0') {
            ++m_p;
            digits = 1;
        } else {
            while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
                if (++digits > MaxIntegerDigits)
                    return false;
                n = n * 10 + (*m_p - '0');
                ++m_p;
            }
        }
        if (m_p < m_end && ((*m_p >= '0' && *m_p <= '9') || *m_p == '.' || *m_p == 'e' ||
                            *m_p == 'E'))
            return false;
        if (negative)
            n = -n;
        const quint32 node = m_tree.addNode(Type::Number);
        m_tree.m_nodes[node].first = quint32(m_tree.m_numbers.size());
        m_tree.m_numbers.push_back({double(n), n, true});
        return true;
    }

    // The string whose opening quote is at m_p, decoded into the text buffer.
    bool string(quint32 &offset, quint32 &size)
    {
        ++m_p;
        char16_t *const begin = m_out;
        while (true) {
            copyPlain();
            if (m_p == m_end)
                return false;
            const uchar c = uchar(*m_p);
            if (c == '"') {
                ++m_p;
                break;
            }
            if (c < 0x20) // Qt takes raw control characters; they are rare enough for it
                return false;
            if (c == '\\') {
                if (!escape())
                    return false;
            } else if (!utf8()) {
                return false;
            }
            m_beyondAscii = true;
        }
        offset = quint32(begin - m_textStart);
        size = quint32(m_out - begin);
        return true;
    }

    // Copies the plain bytes at m_p (see plainStringBytes) to the text, one unit each.
    void copyPlain()
    {
#if defined(__SSE2__)
        // A whole block is stored, and only its plain start kept. There is room for it: the
        // text has a unit for every byte of the document, and m_out is never further into
        // the text than m_p is into the document (no byte gives more than one unit but the
        // four of a sequence beyond U+FFFF, which give two).
        while (m_end - m_p >= 16) {
            const __m128i block = loadBlock(m_p);
            storeWidened(m_out, block);
            const int stops = notPlainMask(block);
            if (stops != 0) {
                const int plain = std::countr_zero(unsigned(stops));
                m_p += plain;
                m_out += plain;
                return;
            }
            m_p += 16;
            m_out += 16;
        }
#else
        // Four bytes a round while they are all plain, then one by one.
        const auto plain = [this](int i) { return plainStringBytes[uchar(m_p[i])]; };
        while (m_end - m_p >= 4 && plain(0) && plain(1) && plain(2) && plain(3)) {
            for (int i = 0; i < 4; ++i)
                m_out[i] = char16_t(uchar(m_p[i]));
            m_out += 4;
            m_p += 4;
        }
#endif
        while (m_p < m_end && plainStringBytes[uchar(*m_p)])
            *m_out++ = char16_t(uchar(*m_p++));
    }

    bool escape()
    {
        if (m_end - m_p < 2)
            return false;
        const char c = m_p[1];
        m_p += 2;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            *m_out++ = char16_t(c);
            return true;
        case 'b':
            *m_out++ = u'\b';
            return true;
        case 'f':
            *m_out++ = u'\f';
            return true;
        case 'n':
            *m_out++ = u'\n';
            return true;
        case 'r':
            *m_out++ = u'\r';
            return true;
        case 't':
            *m_out++ = u'\t';
            return true;
        case 'u': {
            if (m_end - m_p < 4)
                return false;
            int unit = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = hexValue(m_p[i]);
                if (digit < 0)
                    return false;
                unit = unit * 16 + digit;
            }
            m_p += 4;
            // One UTF-16 unit per escape, as Qt: a pair gives the character, a lone
            // surrogate stays what it is.
            *m_out++ = char16_t(unit);
            return true;
        }
        default: // Qt takes any other escaped character as itself; rare, so Qt's to read
            return false;
        }
    }

    // One UTF-8 sequence, well-formed (no overlong form, no surrogate, at most U+10FFFF).
    bool utf8()
    {
        const auto *s = reinterpret_cast<const uchar *>(m_p);
        const auto *end = reinterpret_cast<const uchar *>(m_end);
        const uchar lead = s[0];
        int length = 0;
        char32_t cp = 0;
        uchar low = 0x80;
        uchar high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            cp = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            cp = lead & 0x0F;
            if (lead == 0xE0)
                low = 0xA0;
            else if (lead == 0xED)
                high = 0x9F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            cp = lead & 0x07;
            if (lead == 0xF0)
                low = 0x90;
            else if (lead == 0xF4)
                high = 0x8F;
        } else {
            return false;
        }
        if (end - s < length)
            return false;
        for (int i = 1; i < length; ++i) {
            const uchar c = s[i];
            if (c < (i == 1 ? low : 0x80) || c > (i == 1 ? high : 0xBF))
                return false;
            cp = (cp << 6) | (c & 0x3F);
        }
        m_p += length;
        if (cp < 0x10000) {
            *m_out++ = char16_t(cp);
        } else {
            *m_out++ = QChar::highSurrogate(cp);
            *m_out++ = QChar::lowSurrogate(cp);
        }
        return true;
    }

    bool object(int depth)
    {
        if (depth > MaxDepth)
            return false;
        const quint32 node = m_tree.addNode(Type::Object);
        ++m_p;
        std::vector<Member> &scratch = m_tree.m_scratch;
        const size_t mark = scratch.size();
        skipSpace();
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
        } else {
            while (true) {
                if (m_p == m_end || *m_p != '"')
                    return false;
                Member member{0, 0, 0};
                m_beyondAscii = false;
                if (!string(member.keyOffset, member.keySize))
                    return false;
                // Qt orders keys by code point, UTF-16 code units here: the same below
                // the surrogates. Keys beyond are Qt's to order.
                if (m_beyondAscii) {
                    for (const QChar c : m_tree.text(member.keyOffset, member.keySize)) {
                        if (c.unicode() >= 0xD800)
                            return false;
                    }
                }
                skipSpace();
                if (m_p == m_end || *m_p != ':')
                    return false;
                ++m_p;
                skipSpace();
                member.node = quint32(m_tree.m_nodes.size());
                if (!value(depth))
                    return false;
                scratch.push_back(member);
                skipSpace();
                if (m_p == m_end)
                    return false;
                if (*m_p == ',') {
                    ++m_p;
                    skipSpace();
                    continue;
                }
                if (*m_p != '}')
                    return false;
                ++m_p;
                break;
            }
        }
        closeObject(node, mark);
        return true;
    }

    // The members collected since `mark` in key order, the last of equal keys kept — as
    // QJsonDocument has them.
    void closeObject(quint32 node, size_t mark)
    {
        std::vector<Member> &scratch = m_tree.m_scratch;
        const char16_t *const text = reinterpret_cast<const char16_t *>(m_tree.m_text.constData());
        // <0, 0, >0 as the keys compare by UTF-16 code unit (keys are short: no library call).
        const auto compare = [text](const Member &a, const Member &b) {
            const char16_t *x = text + a.keyOffset;
            const char16_t *y = text + b.keyOffset;
            const quint32 n = std::min(a.keySize, b.keySize);
            for (quint32 i = 0; i < n; ++i) {
                if (x[i] != y[i])
                    return int(x[i]) - int(y[i]);
            }
            return int(a.keySize) - int(b.keySize);
        };
        // Insertion sort, stable: members usually come sorted (QJsonDocument writes them so).
        // A repeated key stops the insertion of its later copy at an equal one, so `repeated`
        // tells whether there is any.
        bool repeated = false;
        for (size_t i = mark + 1; i < scratch.size(); ++i) {
            const Member moving = scratch[i];
            size_t j = i;
            int order = 0;
            while (j > mark && (order = compare(scratch[j - 1], moving)) > 0) {
                scratch[j] = scratch[j - 1];
                --j;
            }
            repeated = repeated || (j > mark && order == 0);
            scratch[j] = moving;
        }
        std::vector<Member> &members = m_tree.m_members;
        const size_t first = members.size();
        if (!repeated) {
            members.insert(members.end(), scratch.begin() + qsizetype(mark), scratch.end());
        } else {
            for (size_t i = mark; i < scratch.size(); ++i) {
                if (members.size() > first && compare(members.back(), scratch[i]) == 0)
                    members.back().node = scratch[i].node;
                else
                    members.push_back(scratch[i]);
            }
        }
        scratch.resize(mark);
        Node &n = m_tree.m_nodes[node];
        n.first = quint32(first);
        n.size = quint32(members.size() - first);
    }

    bool array(int depth)
    {
        if (depth > MaxDepth)
            return false;
        const quint32 node = m_tree.addNode(Type::Array);
        ++m_p;
        std::vector<Member> &scratch = m_tree.m_scratch;
        const size_t mark = scratch.size();
        skipSpace();
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
        } else {
            while (true) {
                const quint32 item = quint32(m_tree.m_nodes.size());
                if (!value(depth))
                    return false;
                scratch.push_back({0, 0, item});
                skipSpace();
                if (m_p == m_end)
                    return false;
                if (*m_p == ',') {
                    ++m_p;
                    skipSpace();
                    continue;
                }
                if (*m_p != ']')
                    return false;
                ++m_p;
                break;
            }
        }
        std::vector<quint32> &items = m_tree.m_items;
        const size_t first = items.size();
        for (size_t i = mark; i < scratch.size(); ++i)
            items.push_back(scratch[i].node);
        scratch.resize(mark);
        Node &n = m_tree.m_nodes[node];
        n.first = quint32(first);
        n.size = quint32(items.size() - first);
        return true;
    }

    JsonTree &m_tree;
    const char *m_p;
    const char *m_end;
    char16_t *m_textStart = nullptr;
    char16_t *m_out = nullptr;
    bool m_beyondAscii = false; // the last string had an escape or a multi-byte character
};

void JsonTree::clear()
{
    m_nodes.clear();
    m_items.clear();
    m_members.clear();
    m_numbers.clear();
    m_text.resize(0);
    m_scratch.clear();
}

quint32 JsonTree::addNode(Type type)
{
    m_nodes.push_back(Node{type, false, 0, 0});
    return quint32(m_nodes.size() - 1);
}

bool JsonTree::parse(QByteArrayView json, QJsonParseError *error)
{
    clear();
    // Each byte gives at most one UTF-16 unit (a four-byte sequence gives two), so the
    // decoded text fits in as many units as the document has bytes.
    m_text.resize(json.size());
    Parser parser(*this, json);
    parser.beginText(reinterpret_cast<char16_t *>(m_text.data()));
    if (parser.document()) {
        m_text.resize(parser.textSize());
        if (error)
            *error = QJsonParseError{0, QJsonParseError::NoError};
        return true;
    }
    clear();
    QJsonParseError qtError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &qtError);
    if (error)
        *error = qtError;
    if (qtError.error != QJsonParseError::NoError)
        return false;
    append(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    return true;
}

JsonTree JsonTree::fromJsonValue(const QJsonValue &value)
{
    JsonTree tree;
    tree.append(value);
    return tree;
}

void JsonTree::append(const QJsonValue &value)
{
    const auto addText = [this](const QString &s) {
        const auto offset = quint32(m_text.size());
        m_text.append(s);
        return offset;
    };
    switch (value.type()) {
    case QJsonValue::Undefined:
    case QJsonValue::Null:
        addNode(Type::Null);
        return;
    case QJsonValue::Bool:
        m_nodes[addNode(Type::Bool)].boolean = value.toBool();
        return;
    case QJsonValue::Double: {
        constexpr qint64 lowest = std::numeric_limits<qint64>::min();
        const qint64 n = value.toInteger(lowest);
        const bool integral = n != lowest || value.toInteger(0) == lowest;
        m_nodes[addNode(Type::Number)].first = quint32(m_numbers.size());
        m_numbers.push_back({value.toDouble(), n, integral});
        return;
    }
    case QJsonValue::String: {
        const QString s = value.toString();
        const quint32 node = addNode(Type::String);
        const quint32 offset = addText(s);
        m_nodes[node].first = offset;
        m_nodes[node].size = quint32(s.size());
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        const quint32 node = addNode(Type::Array);
        std::vector<quint32> items;
        items.reserve(size_t(array.size()));
        for (const QJsonValue &item : array) {
            items.push_back(quint32(m_nodes.size()));
            append(item);
        }
        m_nodes[node].first = quint32(m_items.size());
        m_nodes[node].size = quint32(items.size());
        m_items.insert(m_items.end(), items.begin(), items.end());
        return;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        const quint32 node = addNode(Type::Object);
        // QJsonObject iterates its members sorted by key, each key once.
        std::vector<Member> members;
        members.reserve(size_t(object.size()));
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString key = it.key();
            const quint32 keyOffset = addText(key);
            members.push_back({keyOffset, quint32(key.size()), quint32(m_nodes.size())});
            append(it.value());
        }
        m_nodes[node].first = quint32(m_members.size());
        m_nodes[node].size = quint32(members.size());
        m_members.insert(m_members.end(), members.begin(), members.end());
        return;
    }
    }
}

JsonTree::Value JsonTree::Value::value(QStringView key) const
{
    if (!isObject())
        return {};
    const Node &n = m_tree->m_nodes[m_node];
    const Member *begin = m_tree->m_members.data() + n.first;
    const auto *text = reinterpret_cast<const char16_t *>(m_tree->m_text.constData());
    for (const Member *m = begin; m != begin + n.size; ++m) {
        if (m->keySize == quint32(key.size()) &&
            std::memcmp(text + m->keyOffset, key.utf16(), size_t(key.size()) * 2) == 0)
            return Value(m_tree, m->node);
    }
    return {};
}

} // namespace casebench
