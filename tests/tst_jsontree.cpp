// JsonTree: every document reads exactly as QJsonDocument::fromJson reads it — the same
// values, members in the same (key) order with the same one of a repeated key kept, numbers
// with the same toDouble() and toInteger(), strings decoded the same way — and every
// document Qt refuses is refused with Qt's error and offset. Checked against Qt itself on
// hand-picked edges and on many documents made at random or damaged at random.

#include "model/JsonTree.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <cstring>
#include <limits>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

QString typeName(JsonTree::Type type)
{
    switch (type) {
    case JsonTree::Type::Undefined:
        return u"undefined"_s;
    case JsonTree::Type::Null:
        return u"null"_s;
    case JsonTree::Type::Bool:
        return u"bool"_s;
    case JsonTree::Type::Number:
        return u"number"_s;
    case JsonTree::Type::String:
        return u"string"_s;
    case JsonTree::Type::Array:
        return u"array"_s;
    case JsonTree::Type::Object:
        return u"object"_s;
    }
    return {};
}

JsonTree::Type typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return JsonTree::Type::Null;
    case QJsonValue::Bool:
        return JsonTree::Type::Bool;
    case QJsonValue::Double:
        return JsonTree::Type::Number;
    case QJsonValue::String:
        return JsonTree::Type::String;
    case QJsonValue::Array:
        return JsonTree::Type::Array;
    case QJsonValue::Object:
        return JsonTree::Type::Object;
    case QJsonValue::Undefined:
        break;
    }
    return JsonTree::Type::Undefined;
}

// Where `tree` and `qt` first differ ("" when they do not), `at` naming the place.
QString difference(const JsonTree::Value &tree, const QJsonValue &qt, const QString &at)
{
    if (tree.type() != typeOf(qt))
        return u"%1: %2, Qt has %3"_s.arg(at, typeName(tree.type()), typeName(typeOf(qt)));
    switch (tree.type()) {
    case JsonTree::Type::Bool:
        if (tree.toBool() != qt.toBool())
            return at + u": another boolean"_s;
        break;
    case JsonTree::Type::Number: {
        // Bit for bit, so that -0.0 and 0.0 differ.
        const double a = tree.toDouble();
        const double b = qt.toDouble();
        if (std::memcmp(&a, &b, sizeof a) != 0)
            return u"%1: %2, Qt has %3"_s.arg(at).arg(a, 0, 'g', 17).arg(b, 0, 'g', 17);
        constexpr qint64 lowest = std::numeric_limits<qint64>::min();
        const std::optional<qint64> n = tree.toInteger();
        const bool qtIntegral = qt.toInteger(lowest) != lowest || qt.toInteger(0) == lowest;
        if (n.has_value() != qtIntegral || (n && *n != qt.toInteger()))
            return u"%1: toInteger() differs"_s.arg(at);
        break;
    }
    case JsonTree::Type::String:
        if (tree.string() != qt.toString())
            return u"%1: \"%2\", Qt has \"%3\""_s.arg(at, tree.toString(), qt.toString());
        break;
    case JsonTree::Type::Array: {
        const QJsonArray array = qt.toArray();
        if (tree.size() != array.size())
            return u"%1: %2 items, Qt has %3"_s.arg(at).arg(tree.size()).arg(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString d = difference(tree.at(i), array[i], at + u'[' + QString::number(i) + u']');
            if (!d.isEmpty())
                return d;
        }
        break;
    }
    case JsonTree::Type::Object: {
        const QJsonObject object = qt.toObject();
        if (tree.size() != object.size())
            return u"%1: %2 members, Qt has %3"_s.arg(at).arg(tree.size()).arg(object.size());
        qsizetype i = 0;
        for (auto it = object.begin(); it != object.end(); ++it, ++i) {
            if (tree.keyAt(i) != it.key())
                return u"%1: member %2 is \"%3\", Qt has \"%4\""_s.arg(at).arg(i).arg(
                    tree.keyAt(i).toString(), it.key());
            const QString d = difference(tree.valueAt(i), it.value(), at + u'.' + it.key());
            if (!d.isEmpty())
                return d;
            const JsonTree::Value byKey = tree.value(it.key());
            const JsonTree::Value byIndex = tree.valueAt(i);
            if (byKey.type() != byIndex.type() || byKey.size() != byIndex.size() ||
                byKey.string() != byIndex.string())
                return u"%1: value(\"%2\") is not member %3"_s.arg(at, it.key()).arg(i);
        }
        break;
    }
    case JsonTree::Type::Null:
    case JsonTree::Type::Undefined:
        break;
    }
    return {};
}

// Where JsonTree reads `json` otherwise than Qt ("" when it does not).
QString differenceFromQt(const QByteArray &json)
{
    JsonTree tree;
    QJsonParseError treeError;
    const bool read = tree.parse(json, &treeError);
    QJsonParseError qtError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &qtError);
    if (treeError.error != qtError.error || treeError.offset != qtError.offset)
        return u"error %1 at %2, Qt has %3 at %4"_s.arg(treeError.errorString())
            .arg(treeError.offset)
            .arg(qtError.errorString())
            .arg(qtError.offset);
    if (read != (qtError.error == QJsonParseError::NoError))
        return u"read, Qt refuses"_s;
    if (!read)
        return tree.root().isUndefined() ? QString() : u"a refused document has a root"_s;
    return difference(tree.root(), doc.isArray() ? QJsonValue(doc.array()) : doc.object(),
                      u"root"_s);
}

// A random JSON text: structure, keys (repeated ones too), strings with escapes and
// non-ASCII characters, numbers of every shape.
class RandomJson
{
public:
    explicit RandomJson(quint32 seed) : m_random(seed) {}

    QByteArray document()
    {
        QByteArray out;
        if (m_random.bounded(10) == 0)
            out += "\xEF\xBB\xBF";
        object(out, 0);
        if (m_random.bounded(4) == 0)
            out += " \n";
        return out;
    }

private:
    int pick(int n) { return int(m_random.bounded(n)); }

    void space(QByteArray &out)
    {
        static const char *const spaces[] = {"", "", "", " ", "\n  ", "\t", "\r\n"};
        out += spaces[pick(7)];
    }

    void value(QByteArray &out, int depth)
    {
        switch (pick(depth > 4 ? 4 : 6)) {
        case 0:
            string(out);
            return;
        case 1:
            number(out);
            return;
        case 2: {
            static const char *const literals[] = {"true", "false", "null"};
            out += literals[pick(3)];
            return;
        }
        case 3:
            string(out);
            return;
        case 4:
            object(out, depth + 1);
            return;
        default:
            array(out, depth + 1);
            return;
        }
    }

    void object(QByteArray &out, int depth)
    {
        out += '{';
        const int n = pick(6);
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                out += ',';
            space(out);
            key(out);
            space(out);
            out += ':';
            space(out);
            value(out, depth);
        }
        space(out);
        out += '}';
    }

    void array(QByteArray &out, int depth)
    {
        out += '[';
        const int n = pick(5);
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                out += ',';
            space(out);
            value(out, depth);
        }
        space(out);
        out += ']';
    }

    void key(QByteArray &out)
    {
        // Few distinct keys, so that objects repeat some; some spelled two ways.
        static const char *const keys[] = {"\"a\"",      "\"b\"",         "\"B\"",  "\"_\"",
                                           "\"a b\"",    "\"\"",          "\"\\u0061\"",
                                           "\"\xC3\xA9\"", "\"\\u00e9\"", "\"z\"",
                                           "\"\xE2\x82\xAC\"", "\"e\\u0301\"", "\"\xF0\x9F\x98\x80\""};
        out += keys[pick(int(std::size(keys)))];
    }

    void string(QByteArray &out)
    {
        static const char *const parts[] = {
            "x",         "Karin Holm", "\\\"",      "\\\\",      "\\/",       "\\b",
            "\\f",       "\\n",        "\\r",       "\\t",       "\\u0041",   "\\u00e5",
            "\\uD83D\\uDE00", "\\ud800", "\\uDC00", "\xC3\xA5",  "\xE2\x82\xAC", "\xF0\x9F\x98\x80",
            "\xEF\xBF\xBF", "\t",      "\\x",       " ",         "19760323-2252", "\\u0000"};
        out += '"';
        const int n = pick(4);
        for (int i = 0; i < n; ++i)
            out += parts[pick(int(std::size(parts)))];
        out += '"';
    }

    void number(QByteArray &out)
    {
        static const char *const numbers[] = {
            "0",       "-0",     "7",       "-12500",       "123456789012345678",
            "1234567890123456789", "9223372036854775807", "9223372036854775808",
            "-9223372036854775808", "9007199254740993", "1.0", "1.5", "-0.0", "1e3",
            "1E+2",    "2e-1",   "1e400",   "-1e400",       "0.1e1", "12500.50"};
        out += numbers[pick(int(std::size(numbers)))];
    }

    QRandomGenerator m_random;
};

} // namespace

class TestJsonTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAsQt_data();
    void readsAsQt();
    void randomDocumentsReadAsQt();
    void damagedExamplesReadAsQt();
    void longRunsReadAsQt();
    void lookups();
    void reusedTreeForgetsTheLastDocument();
    void fromJsonValue();
};

void TestJsonTree::readsAsQt_data()
{
    QTest::addColumn<QByteArray>("json");
    const auto row = [](const char *name, const QByteArray &json) {
        QTest::newRow(name) << json;
    };
    // Shape, white space, byte order mark, what may follow the document
    row("empty object", "{}");
    row("spaces", " \t\r\n{ \"a\" : 1 , \"b\" :[ ] }\n");
    row("bom", "\xEF\xBB\xBF{\"a\":1}");
    row("bom alone", "\xEF\xBB\xBF");
    row("bom and brace", "\xEF\xBB\xBF{");
    row("bom then space", "\xEF\xBB\xBF {}");
    row("bom twice", "\xEF\xBB\xBF\xEF\xBB\xBF{}");
    row("root array", "[1,2,{\"a\":3}]");
    row("root number", "42");
    row("root string", "\"an application\"");
    row("root null", "null");
    row("empty", "");
    row("only space", "  \n");
    row("garbage after", "{} x");
    row("second object", "{}{}");
    row("closing brace after", "{}}");
    row("comma after", "{},");
    row("nul after", QByteArray("{}\0", 3));
    row("form feed as space", "{\f}");
    // Syntax errors
    row("missing colon", "{\"a\" 1}");
    row("missing value", "{\"a\":}");
    row("trailing comma in object", "{\"a\":1,}");
    row("trailing comma in array", "{\"a\":[1,]}");
    row("leading comma in array", "{\"a\":[,1]}");
    row("comma alone", "{,}");
    row("missing comma", "{\"a\":1 \"b\":2}");
    row("missing comma in array", "{\"a\":[1 2]}");
    row("unterminated string", "{\"a\":\"abc}");
    row("unterminated object", "{\"a\":1");
    row("unterminated array", "{\"a\":[1");
    row("array closed by brace", "{\"a\":[}");
    row("key without quotes", "{a:1}");
    row("single quotes", "{'a':1}");
    row("number key", "{1:1}");
    // Literals
    row("literals", "{\"t\":true,\"f\":false,\"n\":null}");
    row("tru", "{\"t\":tru}");
    row("nul", "{\"n\":nul}");
    row("nulll", "{\"n\":nulll}");
    row("truex", "{\"t\":truex}");
    row("True", "{\"t\":True}");
    row("null at the end", "[null]");
    row("true at the end", "[true");
    // Numbers
    row("integers", "{\"a\":0,\"b\":-0,\"c\":1,\"d\":-1,\"e\":12500}");
    row("18 digits", "[123456789012345678,-999999999999999999]");
    row("19 digits", "[1234567890123456789,-1234567890123456789]");
    row("int64 edges", "[9223372036854775807,-9223372036854775808]");
    row("beyond int64", "[9223372036854775808,-9223372036854775809]");
    row("beyond 2^53", "[9007199254740993,9007199254740993.0,9007199254740992]");
    row("fractions", "[1.0,1.5,-0.0,0.5,12500.50,0.1e1]");
    row("exponents", "[1e3,1E+3,1e-3,2e0,-1e400,1e400,1e-400]");
    row("leading zero", "[01]");
    row("minus alone", "[-]");
    row("minus letter", "[-a]");
    row("point at the end", "[1.]");
    row("point first", "[.5]");
    row("bare exponent", "[2e]");
    row("plus", "[+1]");
    row("number at the very end", "[1");
    row("hex", "[0x10]");
    row("infinity", "[Infinity,NaN]");
    // Strings
    row("escapes", "[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]");
    row("unicode escapes", "[\"\\u0041\\u00e9\\u20AC\\uFFFF\"]");
    row("surrogate pair", "[\"\\ud83d\\ude00\"]");
    row("lone high surrogate", "[\"\\ud800\"]");
    row("lone low surrogate", "[\"x\\udc00y\"]");
    row("reversed pair", "[\"\\ude00\\ud83d\"]");
    row("escaped nul", "[\"a\\u0000b\"]");
    row("short unicode escape", "[\"\\u12\"]");
    row("bad hex", "[\"\\u12G4\"]");
    row("unknown escape", "[\"\\x\"]");
    row("escaped non-ascii", "[\"\\\xC3\xA9\"]");
    row("escape at the end", "[\"\\");
    row("raw tab", "[\"a\tb\"]");
    row("raw newline", "[\"a\nb\"]");
    row("raw nul", QByteArray("[\"a\0b\"]", 7));
    row("raw delete", "[\"a\x7F\"]");
    row("utf-8", "[\"\xC3\xA5\xC3\xA4\xC3\xB6 \xE2\x82\xAC \xF0\x9F\x98\x80\"]");
    row("overlong", "[\"\xC0\x80\"]");
    row("overlong three", "[\"\xE0\x80\xAF\"]");
    row("encoded surrogate", "[\"\xED\xA0\x80\"]");
    row("beyond U+10FFFF", "[\"\xF4\x90\x80\x80\"]");
    row("lone continuation", "[\"\x80\"]");
    row("truncated sequence", "[\"\xE2\x82\"]");
    row("truncated at the end", "[\"\xE2\x82");
    row("noncharacter", "[\"\xEF\xBF\xBF\xEF\xB7\x90\"]");
    row("latin-1 byte", "[\"\xE5\"]");
    row("F5 byte", "[\"\xF5\x80\x80\x80\"]");
    // Keys: order, repeats, spellings
    row("unsorted", "{\"b\":1,\"a\":2,\"c\":3,\"B\":4,\"_\":5,\"0\":6,\"\":7}");
    row("repeated", "{\"b\":1,\"a\":2,\"b\":3}");
    row("repeated thrice", "{\"a\":1,\"a\":{\"x\":1},\"a\":[2]}");
    row("repeated nested", "{\"a\":{\"k\":1,\"k\":2},\"a\":{\"k\":3}}");
    row("prefix keys", "{\"ab\":1,\"a\":2,\"abc\":3}");
    row("non-ascii keys", "{\"\xC3\xA9\":1,\"z\":2,\"\xE2\x82\xAC\":3,\"e\":4}");
    row("escaped key repeats raw key", "{\"\xC3\xA9\":1,\"\\u00e9\":2}");
    row("escaped ascii key", "{\"\\u0061\":1,\"a\":2}");
    row("supplementary key", "{\"\xF0\x9F\x98\x80\":1,\"\xEF\xBF\xBF\":2,\"a\":3}");
    row("surrogate escape key", "{\"\\ud800\":1,\"\\uffff\":2}");
    row("keys with dots", "{\"a.b\":1,\"a[\":2,\"a\":{\"b\":3}}");
}

void TestJsonTree::readsAsQt()
{
    QFETCH(QByteArray, json);
    const QString d = differenceFromQt(json);
    QVERIFY2(d.isEmpty(), qPrintable(d));
}

void TestJsonTree::randomDocumentsReadAsQt()
{
    RandomJson random(20261206);
    for (int i = 0; i < 5000; ++i) {
        const QByteArray json = random.document();
        const QString d = differenceFromQt(json);
        QVERIFY2(d.isEmpty(), qPrintable(d + u"\n"_s + QString::fromUtf8(json)));
    }
}

void TestJsonTree::damagedExamplesReadAsQt()
{
    // Deeply nested documents, and the documented examples cut short and with bytes
    // changed, added and removed.
    for (const int depth : {100, 255, 256, 257, 300, 1023, 1024, 1025}) {
        for (const auto &[open, close] : {std::pair{"[", "]"}, std::pair{"{\"a\":", "}"}}) {
            QByteArray json = "{\"a\":";
            for (int i = 1; i < depth - 1; ++i)
                json += open;
            json += "1";
            for (int i = 1; i < depth - 1; ++i)
                json += close;
            json += "}";
            const QString d = differenceFromQt(json);
            QVERIFY2(d.isEmpty(), qPrintable(u"depth %1: "_s.arg(depth) + d));
        }
    }
    QRandomGenerator random(20261207);
    const QStringList examples =
        QDir(QStringLiteral(CASEBENCH_SOURCE_DIR "/docs/examples")).entryList({u"*.json"_s});
    QVERIFY(!examples.isEmpty());
    for (const QString &name : examples) {
        const QByteArray original =
            readAll(QStringLiteral(CASEBENCH_SOURCE_DIR "/docs/examples/") + name);
        QVERIFY(!original.isEmpty());
        QVERIFY(differenceFromQt(original).isEmpty());
        for (qsizetype cut = 0; cut < original.size(); ++cut) {
            const QString d = differenceFromQt(original.left(cut));
            QVERIFY2(d.isEmpty(), qPrintable(name + u" cut at "_s + QString::number(cut) + d));
        }
        for (int round = 0; round < 3000; ++round) {
            QByteArray noisy = original;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = qsizetype(random.bounded(int(noisy.size())));
                const char byte = char(random.bounded(256));
                switch (random.bounded(3)) {
                case 0:
                    noisy[at] = byte;
                    break;
                case 1:
                    noisy.insert(at, byte);
                    break;
                default:
                    noisy.remove(at, 1);
                    break;
                }
            }
            const QString d = differenceFromQt(noisy);
            QVERIFY2(d.isEmpty(), qPrintable(d + u"\n"_s + QString::fromUtf8(noisy)));
        }
    }
}

// Strings and white space are scanned a block of 16 bytes at a time: every byte that ends a
// plain run (a quote, an escape, a control character, a byte beyond ASCII, broken UTF-8) is
// put at every place of a block, in runs longer than a block, and near the end of the
// document, where fewer than 16 bytes are left.
void TestJsonTree::longRunsReadAsQt()
{
    static const char *const stops[] = {
        "\\\\", "\\\"", "\\n", "\\u00e5", "\\uD83D\\uDE00", "\\u0000", "\\x", "\\",
        "\xC3\xA5", "\xE2\x82\xAC", "\xF0\x9F\x98\x80", "\x7F", "\x1F", "\t", "\x80",
        "\xC3", "\xED\xA0\x80", "\xFF", "\"", ""};
    int documents = 0;
    const auto check = [&documents](const QByteArray &json) {
        const QString d = differenceFromQt(json);
        ++documents;
        return d.isEmpty() ? d : d + u"\n"_s + QString::fromLatin1(json.toPercentEncoding());
    };
    for (int before = 0; before <= 34; ++before) {
        for (int after = 0; after <= 18; after += 3) {
            for (const char *stop : stops) {
                const QByteArray run = QByteArray(before, 'a') + stop + QByteArray(after, 'b');
                for (const QByteArray &json :
                     {"{\"k\":\"" + run + "\"}", "[\"" + run + "\"]", "{\"" + run + "\":1}",
                      "{\"" + run + "\":\"" + run + "\",\"z\":[\"" + run + "\"]}",
                      "[\"" + run}) {
                    const QString d = check(json);
                    QVERIFY2(d.isEmpty(), qPrintable(d));
                }
            }
        }
    }
    // White space of every length up to three blocks, of every kind, wherever the grammar
    // allows it, and then something that is no white space — or the end of the document.
    for (int length = 0; length <= 48; ++length) {
        for (const char *unit : {" ", "\n", "\t", "\r", "\r\n", "    ", "\n \t"}) {
            QByteArray space;
            while (space.size() < length)
                space += unit;
            space.truncate(length);
            for (const QByteArray &json :
                 {space + "{" + space + "\"a\"" + space + ":" + space + "[" + space + "1" + space +
                      "," + space + "true" + space + "]" + space + "}" + space,
                  "[" + space + "]", "{" + space + "}" + space + "x", space + "[1," + space + "x]",
                  "[" + space, "[\"" + QByteArray(length, 'x') + "\"" + space + "]",
                  space + "\xC2\xA0" + space + "[]", "[" + space + "\v" + "]"}) {
                const QString d = check(json);
                QVERIFY2(d.isEmpty(), qPrintable(d));
            }
        }
    }
    QVERIFY(documents > 5000);
}

void TestJsonTree::lookups()
{
    JsonTree tree;
    QVERIFY(tree.root().isUndefined());
    QVERIFY(tree.parse("{\"name\":\"Karin\",\"n\":[1,true,null],\"o\":{}}"));
    const JsonTree::Value root = tree.root();
    QVERIFY(root.isObject());
    QCOMPARE(root.size(), 3);
    QCOMPARE(root.value(u"name").string(), u"Karin");
    QVERIFY(root.value(u"nam").isUndefined());
    QVERIFY(root.value(u"names").isUndefined());
    QVERIFY(!root.contains(u"x"));
    QVERIFY(root.contains(u"o"));
    const JsonTree::Value n = root.value(u"n");
    QCOMPARE(n.size(), 3);
    QCOMPARE(n.at(0).toInteger(), std::optional<qint64>(1));
    QVERIFY(n.at(1).toBool());
    QVERIFY(n.at(2).isNull());
    QVERIFY(n.at(3).isUndefined());
    QVERIFY(n.at(-1).isUndefined());
    // Asking a value for what it is not gives nothing, never a crash.
    QVERIFY(n.value(u"a").isUndefined());
    QVERIFY(n.keyAt(0).isEmpty());
    QVERIFY(root.at(0).isUndefined());
    QVERIFY(root.value(u"name").string().size() == 5);
    QCOMPARE(root.value(u"name").size(), 0);
    QCOMPARE(root.value(u"o").size(), 0);
    QVERIFY(!root.toBool());
    QCOMPARE(root.toDouble(), 0.0);
    QVERIFY(!root.toInteger());
    QVERIFY(root.string().isEmpty());
}

void TestJsonTree::reusedTreeForgetsTheLastDocument()
{
    JsonTree tree;
    QVERIFY(tree.parse("{\"a\":\"a long string that fills the text buffer\",\"b\":[1,2,3]}"));
    QVERIFY(tree.parse("{\"c\":\"x\"}"));
    QCOMPARE(tree.root().size(), 1);
    QCOMPARE(tree.root().value(u"c").string(), u"x");
    QVERIFY(tree.root().value(u"a").isUndefined());
    QJsonParseError error;
    QVERIFY(!tree.parse("{\"c\":", &error));
    QCOMPARE(error.error, QJsonParseError::UnterminatedObject);
    QVERIFY(tree.root().isUndefined());
    QVERIFY(tree.parse("[\"\\u00e9\"]", &error));
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(tree.root().at(0).string(), u"\u00e9");
}

void TestJsonTree::fromJsonValue()
{
    QJsonObject o{{u"b"_s, 1.5}, {u"a"_s, QJsonArray{1, u"x"_s, QJsonValue()}}};
    const JsonTree tree = JsonTree::fromJsonValue(o);
    const QString d = difference(tree.root(), o, u"root"_s);
    QVERIFY2(d.isEmpty(), qPrintable(d));
    QCOMPARE(tree.root().keyAt(0), u"a");
    QVERIFY(!tree.root().value(u"b").toInteger());
    QCOMPARE(tree.root().value(u"b").toDouble(), 1.5);
}

QTEST_GUILESS_MAIN(TestJsonTree)
#include "tst_jsontree.moc"
