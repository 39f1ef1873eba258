#pragma once
// JsonTree: one JSON document read into a few flat arrays — what the application reader
// checks and the pipeline turns into FEEL values, without a QJsonDocument and without a
// heap block per value. It holds exactly what QJsonDocument::fromJson makes of the same
// bytes: objects' members sorted by key, the last of a repeated key kept, strings decoded
// (each \uXXXX one UTF-16 unit, as Qt does), numbers as QJsonValue gives them (toDouble(),
// toInteger()). Applications are read by a small parser of its own; a document it does not
// take (a syntax error, a number with a fraction or exponent, raw control characters, a key
// beyond U+D7FF, deep nesting …) is read by QJsonDocument and copied, so errors and odd
// documents read the same as ever.

#include <QByteArrayView>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>
#include <QStringView>
#include <optional>
#include <vector>

namespace casebench {

class JsonTree
{
    struct Node;
    struct Member;
    struct Number;

public:
    enum class Type : quint8 { Undefined, Null, Bool, Number, String, Array, Object };

    // One value of a tree (or Undefined: a member an object does not have). A view: valid
    // while the tree lives and is not read into again.
    class Value
    {
    public:
        Value() = default;

        Type type() const { return m_tree ? m_tree->m_nodes[m_node].type : Type::Undefined; }
        bool isUndefined() const { return type() == Type::Undefined; }
        bool isNull() const { return type() == Type::Null; }
        bool isBool() const { return type() == Type::Bool; }
        bool isNumber() const { return type() == Type::Number; }
        bool isString() const { return type() == Type::String; }
        bool isArray() const { return type() == Type::Array; }
        bool isObject() const { return type() == Type::Object; }

        // False for anything but true.
        bool toBool() const { return isBool() && node().boolean; }
        // As QJsonValue::toDouble(); 0 for anything but a number.
        double toDouble() const { return isNumber() ? number().asDouble : 0; }
        // As QJsonValue::toInteger(): empty for a number with a fraction or beyond 64 bits
        // (and for anything but a number).
        std::optional<qint64> toInteger() const
        {
            if (!isNumber() || !number().integral)
                return std::nullopt;
            return number().asInteger;
        }
        // The text of a string (empty for anything else), in the tree's own buffer.
        QStringView string() const
        {
            return isString() ? m_tree->text(node().first, node().size) : QStringView();
        }
        QString toString() const { return string().toString(); }

        // Items of an array or members of an object; 0 for anything else.
        qsizetype size() const { return isArray() || isObject() ? qsizetype(node().size) : 0; }
        // Item `i` of an array.
        Value at(qsizetype i) const
        {
            if (!isArray() || i < 0 || i >= size())
                return {};
            return Value(m_tree, m_tree->m_items[node().first + quint32(i)]);
        }
        // Member `i` of an object, in key order.
        QStringView keyAt(qsizetype i) const
        {
            if (!isObject() || i < 0 || i >= size())
                return {};
            const Member &m = m_tree->m_members[node().first + quint32(i)];
            return m_tree->text(m.keyOffset, m.keySize);
        }
        Value valueAt(qsizetype i) const
        {
            if (!isObject() || i < 0 || i >= size())
                return {};
            return Value(m_tree, m_tree->m_members[node().first + quint32(i)].node);
        }
        // The member named `key`; Undefined when there is none (or this is no object).
        Value value(QStringView key) const;
        bool contains(QStringView key) const { return !value(key).isUndefined(); }

    private:
        friend class JsonTree;
        Value(const JsonTree *tree, quint32 node) : m_tree(tree), m_node(node) {}
        const Node &node() const { return m_tree->m_nodes[m_node]; }
        const Number &number() const { return m_tree->m_numbers[node().first]; }

        const JsonTree *m_tree = nullptr;
        quint32 m_node = 0;
    };

    JsonTree() = default;

    // Reads `json` as QJsonDocument::fromJson would, replacing what the tree held (its
    // memory is kept for the next document). False on a syntax error, which `error` then
    // describes as Qt does (offset included); the root is then Undefined. The root of a
    // document that reads is an object or an array.
    bool parse(QByteArrayView json, QJsonParseError *error = nullptr);
    // A tree holding `value` (an object a caller built or parsed with Qt).
    static JsonTree fromJsonValue(const QJsonValue &value);

    Value root() const { return m_nodes.empty() ? Value() : Value(this, 0); }

private:
    struct Node
    {
        Type type = Type::Null;
        bool boolean = false;
        quint32 size = 0;  // string: UTF-16 units; array: items; object: members
        quint32 first = 0; // string: offset in m_text; number: index in m_numbers;
                           // array: first in m_items; object: first in m_members
    };
    struct Member
    {
        quint32 keyOffset; // in m_text
        quint32 keySize;
        quint32 node;
    };
    struct Number
    {
        double asDouble;
        qint64 asInteger;
        bool integral; // asInteger holds the value
    };
    class Parser;

    void clear();
    QStringView text(quint32 offset, quint32 size) const
    {
        return QStringView(m_text.constData() + offset, qsizetype(size));
    }
    quint32 addNode(Type type);
    void append(const QJsonValue &value);

    std::vector<Node> m_nodes; // [0] is the root
    std::vector<quint32> m_items;
    std::vector<Member> m_members;
    std::vector<Number> m_numbers;
    QString m_text; // every string and key, decoded, one after the other
    std::vector<Member> m_scratch; // members and items of the containers still open
};

} // namespace casebench
