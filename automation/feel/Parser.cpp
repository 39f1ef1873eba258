#include "automation/feel/Parser.h"

#include "automation/feel/Builtins.h"
#include "automation/feel/CallContext.h"
#include "automation/feel/Lexer.h"
#include "automation/feel/SourceText.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace casebench::feel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench::feel::Parser", text);
}

// Words that end a name read token by token; they are never part of a name unless a known
// name says so ("date and time").
bool isReservedWord(QStringView w)
{
    return w == u"and" || w == u"or" || w == u"in" || w == u"then" || w == u"else"
        || w == u"return" || w == u"satisfies" || w == u"between" || w == u"instance"
        || w == u"of" || w == u"if" || w == u"for" || w == u"some" || w == u"every"
        || w == u"function" || w == u"true" || w == u"false" || w == u"null"
        || w == u"external";
}

QString collapseSpaces(QString s)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    return s.replace(spaces, QStringLiteral(" ")).trimmed();
}

struct DepthGuard {
    int &depth;
    explicit DepthGuard(int &d) : depth(d) { ++depth; }
    ~DepthGuard() { --depth; }
};

constexpr int maxRecursion = 200;

} // namespace

Parser::Parser(const QString &text, const QStringList &knownNames)
    : Parser(QStringView(text), knownNames)
{
    m_textHeld = text;
}

Parser::Parser(QStringView text, const QStringList &knownNames)
    : m_text(text)
{
    m_tokens = Lexer(text).tokenize();
    for (const QString &name : knownNames)
        addKnownName(name);
    // Built-in names with spaces are always known; computed once, shared by all parsers.
    static const QStringList builtinNames = [] {
        QStringList names;
        for (auto it = builtins().cbegin(); it != builtins().cend(); ++it)
            if (it.key().contains(u' '))
                names.append(it.key());
        return names;
    }();
    for (const QString &name : builtinNames)
        addKnownName(name);
}

void Parser::addKnownName(const QString &name)
{
    const QList<Token> tokens = Lexer(name).tokenize();
    if (tokens.size() <= 2) // one token + End: read as an ordinary name anyway
        return;
    KnownName known;
    known.name = name;
    for (const Token &t : tokens) {
        if (t.kind == Token::Kind::End)
            break;
        known.tokenTexts.append(QStringView(name).mid(t.offset, t.length).toString());
    }
    QList<KnownName> &bucket = m_known[known.tokenTexts.first()];
    for (const KnownName &k : bucket)
        if (k.tokenTexts == known.tokenTexts)
            return;
    bucket.append(known);
    std::stable_sort(bucket.begin(), bucket.end(), [](const KnownName &a, const KnownName &b) {
        return a.tokenTexts.size() > b.tokenTexts.size();
    });
}

std::optional<Parser::KnownName> Parser::matchKnownName(int at) const
{
    if (m_known.isEmpty() || at >= m_tokens.size())
        return std::nullopt;
    const auto it = m_known.constFind(tokenSource(m_tokens[at]));
    if (it == m_known.cend())
        return std::nullopt;
    for (const KnownName &k : *it) {
        if (at + k.tokenTexts.size() > m_tokens.size())
            continue;
        bool same = true;
        for (qsizetype i = 1; i < k.tokenTexts.size() && same; ++i)
            same = tokenSource(m_tokens[at + int(i)]) == k.tokenTexts[i];
        if (same)
            return k;
    }
    return std::nullopt;
}

const Token &Parser::peek(int ahead) const
{
    const int i = std::min<int>(m_pos + ahead, int(m_tokens.size()) - 1);
    return m_tokens[i];
}

const Token &Parser::advance()
{
    const Token &t = m_tokens[std::min<int>(m_pos, int(m_tokens.size()) - 1)];
    if (m_pos < m_tokens.size() - 1)
        ++m_pos;
    return t;
}

bool Parser::accept(Token::Kind kind)
{
    if (!check(kind))
        return false;
    advance();
    return true;
}

bool Parser::checkKeyword(QStringView word, int ahead) const
{
    return peek(ahead).isName(word);
}

bool Parser::acceptKeyword(QStringView word)
{
    if (!checkKeyword(word))
        return false;
    advance();
    return true;
}

QString Parser::tokenSource(const Token &t) const
{
    return m_text.mid(t.offset, t.length).toString();
}

QString Parser::describe(const Token &t) const
{
    if (t.kind == Token::Kind::End)
        return tr("the end of the expression");
    return QStringLiteral("'%1'").arg(tokenSource(t));
}

bool Parser::expect(Token::Kind kind, const QString &what)
{
    if (accept(kind))
        return true;
    fail(peek(), tr("Expected %1 but found %2.").arg(what, describe(peek())));
    return false;
}

bool Parser::expectKeyword(QStringView word)
{
    if (acceptKeyword(word))
        return true;
    fail(peek(), tr("Expected '%1' but found %2.").arg(word.toString(), describe(peek())));
    return false;
}

std::nullptr_t Parser::fail(const Token &at, const QString &message)
{
    if (m_errors.isEmpty()) {
        const QString text = at.kind == Token::Kind::Error ? at.text : message;
        m_errors.append(diagnosticAt(m_text, at.offset, text));
    }
    return nullptr;
}

std::shared_ptr<Node> Parser::make(Node::Kind kind, const Token &at) const
{
    auto n = std::make_shared<Node>();
    n->kind = kind;
    n->offset = at.offset;
    return n;
}

NodePtr Parser::finish(std::shared_ptr<Node> node)
{
    int height = 0;
    bool usesInput = node->kind == Node::Kind::Name && node->text == u"?";
    bool usesPartial = node->kind == Node::Kind::Name && node->text == u"partial";
    bool definesFunction = node->kind == Node::Kind::FunctionDefinition;
    auto visit = [&](const NodePtr &c) {
        if (!c)
            return;
        height = std::max(height, c->height);
        usesInput = usesInput || c->usesInput;
        usesPartial = usesPartial || c->usesPartial;
        definesFunction = definesFunction || c->mayDefineFunction;
    };
    for (const NodePtr &c : node->children)
        visit(c);
    for (const NodePtr &c : node->rangeEnds)
        visit(c);
    node->height = height + 1;
    // A nested function definition gets its own "?" only when called; still, a "?" inside
    // it refers to the test input, so propagating is right.
    node->usesInput = usesInput;
    node->usesPartial = usesPartial;
    node->mayDefineFunction = definesFunction;
    const int end = m_pos > 0 ? m_tokens[m_pos - 1].end() : 0;
    node->length = std::max(0, end - node->offset);
    // Names and literals are copied into the contexts and results of every evaluation:
    // kept for the program's life, a copy costs no reference count (see SourceText).
    if (node->kind == Node::Kind::Name || node->kind == Node::Kind::Path ||
        node->kind == Node::Kind::String)
        node->text = SourceText::kept(node->text);
    for (QString &name : node->names)
        name = SourceText::kept(name);
    if (node->height > maxTreeHeight)
        return fail(m_tokens[std::max(0, m_pos - 1)], tr("Expression is nested too deeply."));
    return node;
}

bool Parser::isKeyword(const Token &t) const
{
    return t.kind == Token::Kind::Name && isReservedWord(t.text);
}

bool Parser::canStartExpression(const Token &t) const
{
    switch (t.kind) {
    case Token::Kind::End:
    case Token::Kind::Comma:
    case Token::Kind::RightParen:
    case Token::Kind::RightBracket:
    case Token::Kind::RightBrace:
    case Token::Kind::Colon:
    case Token::Kind::DotDot:
    case Token::Kind::Dot: // "[1..10[.start included": the '[' closed the range
        return false;
    case Token::Kind::Name:
        return !(t.text == u"and" || t.text == u"or" || t.text == u"then" || t.text == u"else"
                 || t.text == u"return" || t.text == u"satisfies" || t.text == u"in"
                 || t.text == u"between" || t.text == u"instance");
    default:
        return true;
    }
}

// ---------------------------------------------------------------------------------------
// Entry points

NodePtr Parser::parseExpression()
{
    if (check(Token::Kind::End))
        return fail(peek(), tr("The expression is empty."));
    NodePtr e = parseTextual();
    if (!e || failed())
        return nullptr;
    if (!check(Token::Kind::End))
        return fail(peek(), tr("Unexpected %1 after the end of the expression.").arg(describe(peek())));
    return e;
}

NodePtr Parser::parseUnaryTests()
{
    const Token &first = peek();
    if (first.kind == Token::Kind::End)
        return fail(first, tr("The unary tests are empty."));
    if (first.kind == Token::Kind::Minus && peek(1).kind == Token::Kind::End) {
        advance();
        return finish(make(Node::Kind::AnyInput, first));
    }
    // not( tests ) — only when the closing parenthesis ends the text; otherwise "not(x) or y"
    // is an ordinary expression.
    if (first.isName(u"not") && peek(1).kind == Token::Kind::LeftParen) {
        int depth = 0;
        int closing = -1;
        for (int i = m_pos + 1; i < m_tokens.size(); ++i) {
            const Token::Kind k = m_tokens[i].kind;
            if (k == Token::Kind::LeftParen)
                ++depth;
            else if (k == Token::Kind::RightParen && --depth == 0) {
                closing = i;
                break;
            }
        }
        if (closing > 0 && m_tokens[closing + 1].kind == Token::Kind::End) {
            advance();
            advance();
            auto n = make(Node::Kind::NotTests, first);
            do {
                NodePtr t = parseTextual();
                if (!t)
                    return nullptr;
                n->children.append(t);
            } while (accept(Token::Kind::Comma));
            if (!expect(Token::Kind::RightParen, tr("')'")))
                return nullptr;
            return finish(n);
        }
    }
    auto n = make(Node::Kind::Tests, first);
    do {
        NodePtr t = parseTextual();
        if (!t)
            return nullptr;
        n->children.append(t);
    } while (accept(Token::Kind::Comma));
    if (!check(Token::Kind::End))
        return fail(peek(), tr("Unexpected %1 in unary tests.").arg(describe(peek())));
    return finish(n);
}

// ---------------------------------------------------------------------------------------
// Operators, lowest precedence first

NodePtr Parser::parseTextual()
{
    DepthGuard guard(m_depth);
    if (m_depth > maxRecursion)
        return fail(peek(), tr("Expression is nested too deeply."));
    return parseOr();
}

NodePtr Parser::parseOr()
{
    NodePtr left = parseAnd();
    while (left && checkKeyword(u"or")) {
        auto n = make(Node::Kind::Or, m_tokens[m_pos]);
        n->offset = left->offset;
        advance();
        NodePtr right = parseAnd();
        if (!right)
            return nullptr;
        n->children = {left, right};
        left = finish(n);
    }
    return left;
}

NodePtr Parser::parseAnd()
{
    NodePtr left = parseComparison();
    while (left && checkKeyword(u"and")) {
        auto n = make(Node::Kind::And, m_tokens[m_pos]);
        n->offset = left->offset;
        advance();
        NodePtr right = parseComparison();
        if (!right)
            return nullptr;
        n->children = {left, right};
        left = finish(n);
    }
    return left;
}

NodePtr Parser::parseComparison()
{
    NodePtr left = parseAdditive();
    while (left) {
        const Token &t = peek();
        Node::Kind kind;
        switch (t.kind) {
        case Token::Kind::Equal: kind = Node::Kind::Equal; break;
        case Token::Kind::NotEqual: kind = Node::Kind::NotEqual; break;
        case Token::Kind::Less: kind = Node::Kind::Less; break;
        case Token::Kind::LessEqual: kind = Node::Kind::LessEqual; break;
        case Token::Kind::Greater: kind = Node::Kind::Greater; break;
        case Token::Kind::GreaterEqual: kind = Node::Kind::GreaterEqual; break;
        default:
            if (t.isName(u"between")) {
                auto n = make(Node::Kind::Between, t);
                n->offset = left->offset;
                advance();
                NodePtr low = parseAdditive();
                if (!low || !expectKeyword(u"and"))
                    return nullptr;
                NodePtr high = parseAdditive();
                if (!high)
                    return nullptr;
                n->children = {left, low, high};
                left = finish(n);
                continue;
            }
            if (t.isName(u"in")) {
                const Token at = t;
                advance();
                left = parseInTests(left, at);
                continue;
            }
            if (t.isName(u"instance") && checkKeyword(u"of", 1)) {
                auto n = make(Node::Kind::InstanceOf, t);
                n->offset = left->offset;
                advance();
                advance();
                n->type = parseType();
                if (!n->type)
                    return nullptr;
                n->children = {left};
                left = finish(n);
                continue;
            }
            return left;
        }
        auto n = make(kind, t);
        n->offset = left->offset;
        advance();
        NodePtr right = parseAdditive();
        if (!right)
            return nullptr;
        n->children = {left, right};
        left = finish(n);
    }
    return left;
}

NodePtr Parser::parseInTests(NodePtr value, const Token &at)
{
    auto n = make(Node::Kind::In, at);
    n->offset = value->offset;
    n->children.append(value);
    if (check(Token::Kind::LeftParen)) {
        // "(1..5]" is a range, "(1, 2, < 0)" a list of tests, "(x)" one test.
        const Token open = advance();
        NodePtr first = parseTextual();
        if (!first)
            return nullptr;
        if (check(Token::Kind::DotDot)) {
            auto range = make(Node::Kind::Range, open);
            range->flag = false;
            range->children.append(first);
            NodePtr r = finishRange(range);
            if (!r)
                return nullptr;
            n->children.append(r);
            return finish(n);
        }
        n->children.append(first);
        while (accept(Token::Kind::Comma)) {
            NodePtr t = parseTextual();
            if (!t)
                return nullptr;
            n->children.append(t);
        }
        if (!expect(Token::Kind::RightParen, tr("')'")))
            return nullptr;
        return finish(n);
    }
    NodePtr test = parseAdditive();
    if (!test)
        return nullptr;
    n->children.append(test);
    return finish(n);
}

NodePtr Parser::parseAdditive()
{
    NodePtr left = parseMultiplicative();
    while (left && (check(Token::Kind::Plus) || check(Token::Kind::Minus))) {
        auto n = make(check(Token::Kind::Plus) ? Node::Kind::Add : Node::Kind::Subtract, peek());
        n->offset = left->offset;
        advance();
        NodePtr right = parseMultiplicative();
        if (!right)
            return nullptr;
        n->children = {left, right};
        left = finish(n);
    }
    return left;
}

NodePtr Parser::parseMultiplicative()
{
    NodePtr left = parsePower();
    while (left && (check(Token::Kind::Star) || check(Token::Kind::Slash))) {
        auto n = make(check(Token::Kind::Star) ? Node::Kind::Multiply : Node::Kind::Divide, peek());
        n->offset = left->offset;
        advance();
        NodePtr right = parsePower();
        if (!right)
            return nullptr;
        n->children = {left, right};
        left = finish(n);
    }
    return left;
}

NodePtr Parser::parsePower()
{
    // Left-associative (3 ** 4 ** 5 = (3 ** 4) ** 5), below negation (-3 ** 2 = 9): the
    // DMN 1.5 grammar and the TCK agree on both.
    NodePtr left = parseUnary();
    while (left && check(Token::Kind::StarStar)) {
        auto n = make(Node::Kind::Power, peek());
        n->offset = left->offset;
        advance();
        NodePtr right = parseUnary();
        if (!right)
            return nullptr;
        n->children = {left, right};
        left = finish(n);
    }
    return left;
}

NodePtr Parser::parseUnary()
{
    DepthGuard guard(m_depth);
    if (m_depth > maxRecursion)
        return fail(peek(), tr("Expression is nested too deeply."));
    if (check(Token::Kind::Minus)) {
        auto n = make(Node::Kind::Negate, peek());
        advance();
        NodePtr operand = parseUnary();
        if (!operand)
            return nullptr;
        n->children = {operand};
        return finish(n);
    }
    return parsePostfix();
}

NodePtr Parser::parsePostfix()
{
    NodePtr e = parsePrimary();
    while (e && !failed()) {
        if (check(Token::Kind::Dot)) {
            auto n = make(Node::Kind::Path, peek());
            n->offset = e->offset;
            advance();
            const Token &nameToken = peek();
            if (nameToken.kind != Token::Kind::Name)
                return fail(nameToken, tr("Expected a name after '.' but found %1.").arg(describe(nameToken)));
            if (auto known = matchKnownName(m_pos)) {
                n->text = known->name;
                for (qsizetype i = 0; i < known->tokenTexts.size(); ++i)
                    advance();
            } else {
                n->text = readNameUntil({}, false, nullptr);
            }
            n->children = {e};
            e = finish(n);
        } else if (check(Token::Kind::LeftBracket)) {
            // "]1..x[" ends an open range with '[': a '[' that cannot open a filter is left
            // for the range to take.
            if (!canStartExpression(peek(1)))
                return e;
            auto n = make(Node::Kind::Filter, peek());
            n->offset = e->offset;
            advance();
            NodePtr condition = parseTextual();
            if (!condition || !expect(Token::Kind::RightBracket, tr("']'")))
                return nullptr;
            n->children = {e, condition};
            e = finish(n);
        } else if (check(Token::Kind::LeftParen)) {
            e = parseCallArguments(e);
        } else {
            break;
        }
    }
    return failed() ? nullptr : e;
}

NodePtr Parser::parseCallArguments(NodePtr callee)
{
    auto n = make(Node::Kind::Call, peek());
    n->offset = callee->offset;
    advance(); // (
    n->children.append(callee);
    if (accept(Token::Kind::RightParen))
        return finish(n);
    // Named arguments: "name:" (names may have spaces) before the first value.
    bool named = false;
    for (int i = m_pos; i < m_tokens.size(); ++i) {
        const Token::Kind k = m_tokens[i].kind;
        if (k == Token::Kind::Colon) {
            named = i > m_pos;
            break;
        }
        if (k != Token::Kind::Name && k != Token::Kind::Number && k != Token::Kind::Minus
            && k != Token::Kind::Dot && k != Token::Kind::Slash && k != Token::Kind::Plus
            && k != Token::Kind::Star && k != Token::Kind::Error)
            break;
    }
    do {
        if (named) {
            const Token first = peek();
            int i = m_pos;
            while (i < m_tokens.size() && m_tokens[i].kind != Token::Kind::Colon
                   && m_tokens[i].kind != Token::Kind::End && m_tokens[i].kind != Token::Kind::Comma
                   && m_tokens[i].kind != Token::Kind::RightParen)
                ++i;
            if (i == m_pos || m_tokens[i].kind != Token::Kind::Colon)
                return fail(first, tr("Expected a parameter name and ':' (do not mix named and positional arguments)."));
            const int endOffset = m_tokens[i - 1].end();
            n->names.append(collapseSpaces(m_text.mid(first.offset, endOffset - first.offset).toString()));
            m_pos = i + 1;
        } else {
            n->names.append(QString());
        }
        NodePtr arg = parseTextual();
        if (!arg)
            return nullptr;
        n->children.append(arg);
    } while (accept(Token::Kind::Comma));
    if (!expect(Token::Kind::RightParen, tr("')' or ','")))
        return nullptr;
    return finish(n);
}

// ---------------------------------------------------------------------------------------
// Primaries

QString Parser::readNameUntil(const QList<QStringView> &stopWords, bool stopAtColon, Token *first)
{
    // Reads one name token and then further name/number tokens separated by spaces: FEEL
    // names may contain spaces, and no valid FEEL has two names in a row otherwise.
    const Token start = advance();
    if (first)
        *first = start;
    int endOffset = start.end();
    while (true) {
        const Token &t = peek();
        const bool nameLike = (t.kind == Token::Kind::Name && !isKeyword(t))
                              || (t.kind == Token::Kind::Number && !t.text.contains(u'.'));
        if (!nameLike || !t.spaceBefore)
            break;
        bool stop = false;
        for (QStringView w : stopWords)
            stop = stop || t.isName(w);
        if (stop || (stopAtColon && t.kind == Token::Kind::Colon))
            break;
        endOffset = t.end();
        advance();
    }
    return collapseSpaces(m_text.mid(start.offset, endOffset - start.offset).toString());
}

NodePtr Parser::parseName()
{
    const Token &t = peek();
    auto n = make(Node::Kind::Name, t);
    if (auto known = matchKnownName(m_pos)) {
        n->text = known->name;
        for (qsizetype i = 0; i < known->tokenTexts.size(); ++i)
            advance();
    } else {
        n->text = readNameUntil({}, false, nullptr);
    }
    n->builtin = builtins().value(n->text);
    return finish(n);
}

NodePtr Parser::parsePrimary()
{
    const Token &t = peek();
    switch (t.kind) {
    case Token::Kind::Number: {
        auto n = make(Node::Kind::Number, t);
        const auto value = Decimal::fromString(t.text);
        if (!value)
            return fail(t, tr("'%1' is not a number.").arg(t.text));
        n->number = *value;
        advance();
        return finish(n);
    }
    case Token::Kind::String: {
        auto n = make(Node::Kind::String, t);
        n->text = t.text;
        advance();
        return finish(n);
    }
    case Token::Kind::At: {
        auto n = make(Node::Kind::Temporal, t);
        advance();
        if (!check(Token::Kind::String))
            return fail(peek(), tr("Expected a string after '@', as in @\"2024-01-31\"."));
        n->text = advance().text;
        return finish(n);
    }
    case Token::Kind::LeftParen:
        return parseParenthesized();
    case Token::Kind::LeftBracket:
        return parseBracketed();
    case Token::Kind::RightBracket:
        return parseOpenStartRange();
    case Token::Kind::LeftBrace:
        return parseContext();
    case Token::Kind::Less:
    case Token::Kind::LessEqual:
    case Token::Kind::Greater:
    case Token::Kind::GreaterEqual:
    case Token::Kind::Equal:
    case Token::Kind::NotEqual: {
        // A simple positive unary test ("< 10") used as an expression or test.
        auto n = make(Node::Kind::UnaryComparison, t);
        static const QHash<Token::Kind, Node::Kind> ops = {
            {Token::Kind::Less, Node::Kind::Less},
            {Token::Kind::LessEqual, Node::Kind::LessEqual},
            {Token::Kind::Greater, Node::Kind::Greater},
            {Token::Kind::GreaterEqual, Node::Kind::GreaterEqual},
            {Token::Kind::Equal, Node::Kind::Equal},
            {Token::Kind::NotEqual, Node::Kind::NotEqual},
        };
        n->op = ops.value(t.kind);
        advance();
        NodePtr endpoint = parseAdditive();
        if (!endpoint)
            return nullptr;
        n->children = {endpoint};
        return finish(n);
    }
    case Token::Kind::Name:
        break;
    case Token::Kind::Error:
        return fail(t, t.text);
    default:
        return fail(t, tr("Expected an expression but found %1.").arg(describe(t)));
    }

    if (matchKnownName(m_pos))
        return parseName();
    if (t.text == u"true" || t.text == u"false") {
        auto n = make(Node::Kind::Boolean, t);
        n->flag = t.text == u"true";
        advance();
        return finish(n);
    }
    if (t.text == u"null") {
        auto n = make(Node::Kind::Null, t);
        advance();
        return finish(n);
    }
    if (t.text == u"if")
        return parseIf();
    if (t.text == u"for" && peek(1).kind == Token::Kind::Name)
        return parseFor();
    if (t.text == u"some" && peek(1).kind == Token::Kind::Name)
        return parseQuantified(Node::Kind::Some);
    if (t.text == u"every" && peek(1).kind == Token::Kind::Name)
        return parseQuantified(Node::Kind::Every);
    if (t.text == u"function" && peek(1).kind == Token::Kind::LeftParen)
        return parseFunctionDefinition();
    // The list forms of all/any are built-ins named like the operators: and([…]), or([…]).
    if ((t.text == u"and" || t.text == u"or") && peek(1).kind == Token::Kind::LeftParen) {
        auto n = make(Node::Kind::Name, t);
        n->text = advance().text;
        return finish(n);
    }
    if (isKeyword(t))
        return fail(t, tr("Expected an expression but found the keyword '%1'.").arg(t.text));
    return parseName();
}

NodePtr Parser::parseParenthesized()
{
    const Token open = advance();
    NodePtr inner = parseTextual();
    if (!inner)
        return nullptr;
    if (check(Token::Kind::DotDot)) {
        auto range = make(Node::Kind::Range, open);
        range->flag = false;
        range->children.append(inner);
        return finishRange(range);
    }
    if (!expect(Token::Kind::RightParen, tr("')'")))
        return nullptr;
    return inner;
}

NodePtr Parser::parseBracketed()
{
    const Token open = advance();
    if (check(Token::Kind::RightBracket)) {
        advance();
        return finish(make(Node::Kind::List, open));
    }
    NodePtr first = parseTextual();
    if (!first)
        return nullptr;
    if (check(Token::Kind::DotDot)) {
        auto range = make(Node::Kind::Range, open);
        range->flag = true;
        range->children.append(first);
        return finishRange(range);
    }
    auto list = make(Node::Kind::List, open);
    list->children.append(first);
    while (accept(Token::Kind::Comma)) {
        NodePtr item = parseTextual();
        if (!item)
            return nullptr;
        list->children.append(item);
    }
    if (!expect(Token::Kind::RightBracket, tr("']' or ','")))
        return nullptr;
    return finish(list);
}

NodePtr Parser::parseOpenStartRange()
{
    const Token open = advance(); // ]
    NodePtr start = parseTextual();
    if (!start)
        return nullptr;
    if (!check(Token::Kind::DotDot))
        return fail(peek(), tr("Expected '..' in the range but found %1.").arg(describe(peek())));
    auto range = make(Node::Kind::Range, open);
    range->flag = false;
    range->children.append(start);
    return finishRange(range);
}

NodePtr Parser::finishRange(std::shared_ptr<Node> range)
{
    advance(); // ..
    if (check(Token::Kind::RightBracket) || check(Token::Kind::RightParen) || check(Token::Kind::End))
        return fail(peek(), tr("The range needs an end point after '..'."));
    NodePtr end = parseTextual();
    if (!end)
        return nullptr;
    range->children.append(end);
    const Token &close = peek();
    if (close.kind == Token::Kind::RightBracket)
        range->flag2 = true;
    else if (close.kind == Token::Kind::RightParen || close.kind == Token::Kind::LeftBracket)
        range->flag2 = false;
    else
        return fail(close, tr("Expected ']', ')' or '[' to close the range but found %1.").arg(describe(close)));
    advance();
    return finish(range);
}

NodePtr Parser::parseContext()
{
    const Token open = advance();
    auto n = make(Node::Kind::Context, open);
    if (accept(Token::Kind::RightBrace))
        return finish(n);
    do {
        const Token keyToken = peek();
        QString key;
        if (keyToken.kind == Token::Kind::String) {
            key = keyToken.text;
            advance();
        } else if (keyToken.kind == Token::Kind::Name) {
            // Keys may be any name, with spaces and symbols: everything up to ':'.
            int i = m_pos;
            while (i < m_tokens.size() && m_tokens[i].kind != Token::Kind::Colon
                   && m_tokens[i].kind != Token::Kind::End && m_tokens[i].kind != Token::Kind::Comma
                   && m_tokens[i].kind != Token::Kind::RightBrace && m_tokens[i].kind != Token::Kind::String)
                ++i;
            const int endOffset = m_tokens[i - 1].end();
            key = collapseSpaces(m_text.mid(keyToken.offset, endOffset - keyToken.offset).toString());
            m_pos = i;
        } else {
            return fail(keyToken, tr("Expected a context key (a name or a string) but found %1.").arg(describe(keyToken)));
        }
        if (!expect(Token::Kind::Colon, tr("':' after the context key")))
            return nullptr;
        if (n->names.contains(key))
            return fail(keyToken, tr("The context has two entries named '%1'.").arg(key));
        addKnownName(key); // later entries may refer to it
        NodePtr value = parseTextual();
        if (!value)
            return nullptr;
        n->names.append(key);
        n->children.append(value);
    } while (accept(Token::Kind::Comma));
    if (!expect(Token::Kind::RightBrace, tr("'}' or ','")))
        return nullptr;
    return finish(n);
}

NodePtr Parser::parseIf()
{
    auto n = make(Node::Kind::If, advance());
    NodePtr condition = parseTextual();
    if (!condition || !expectKeyword(u"then"))
        return nullptr;
    NodePtr thenBranch = parseTextual();
    if (!thenBranch || !expectKeyword(u"else"))
        return nullptr;
    NodePtr elseBranch = parseTextual();
    if (!elseBranch)
        return nullptr;
    n->children = {condition, thenBranch, elseBranch};
    return finish(n);
}

NodePtr Parser::parseFor()
{
    auto n = make(Node::Kind::For, advance());
    do {
        if (peek().kind != Token::Kind::Name || isKeyword(peek()))
            return fail(peek(), tr("Expected the name of the iteration variable but found %1.").arg(describe(peek())));
        const QString name = readNameUntil({u"in"}, false, nullptr);
        if (!expectKeyword(u"in"))
            return nullptr;
        addKnownName(name);
        NodePtr domain = parseTextual();
        if (!domain)
            return nullptr;
        NodePtr end;
        if (accept(Token::Kind::DotDot)) {
            end = parseTextual();
            if (!end)
                return nullptr;
        }
        n->names.append(name);
        n->children.append(domain);
        n->rangeEnds.append(end);
    } while (accept(Token::Kind::Comma));
    if (!expectKeyword(u"return"))
        return nullptr;
    NodePtr body = parseTextual();
    if (!body)
        return nullptr;
    n->children.append(body);
    return finish(n);
}

NodePtr Parser::parseQuantified(Node::Kind kind)
{
    auto n = make(kind, advance());
    do {
        if (peek().kind != Token::Kind::Name || isKeyword(peek()))
            return fail(peek(), tr("Expected the name of the iteration variable but found %1.").arg(describe(peek())));
        const QString name = readNameUntil({u"in"}, false, nullptr);
        if (!expectKeyword(u"in"))
            return nullptr;
        addKnownName(name);
        NodePtr domain = parseTextual();
        if (!domain)
            return nullptr;
        n->names.append(name);
        n->children.append(domain);
    } while (accept(Token::Kind::Comma));
    if (!expectKeyword(u"satisfies"))
        return nullptr;
    NodePtr condition = parseTextual();
    if (!condition)
        return nullptr;
    n->children.append(condition);
    return finish(n);
}

NodePtr Parser::parseFunctionDefinition()
{
    auto n = make(Node::Kind::FunctionDefinition, advance());
    n->text = m_textHeld; // the whole source, shared (see Node::text)
    advance(); // (
    if (!check(Token::Kind::RightParen)) {
        do {
            if (peek().kind != Token::Kind::Name)
                return fail(peek(), tr("Expected a parameter name but found %1.").arg(describe(peek())));
            const QString name = readNameUntil({}, true, nullptr);
            std::shared_ptr<const TypeSpec> type;
            if (accept(Token::Kind::Colon)) {
                type = parseType();
                if (!type)
                    return nullptr;
            }
            if (n->names.contains(name))
                return fail(peek(), tr("Two parameters are named '%1'.").arg(name));
            addKnownName(name);
            n->names.append(name);
            n->paramTypes.append(type);
        } while (accept(Token::Kind::Comma));
    }
    if (!expect(Token::Kind::RightParen, tr("')' after the parameters")))
        return nullptr;
    n->flag = acceptKeyword(u"external");
    NodePtr body = parseTextual();
    if (!body)
        return nullptr;
    n->children = {body};
    return finish(n);
}

std::shared_ptr<const TypeSpec> Parser::parseType()
{
    DepthGuard guard(m_depth);
    if (m_depth > maxRecursion) {
        fail(peek(), tr("Type is nested too deeply."));
        return nullptr;
    }
    const Token &t = peek();
    if (t.kind != Token::Kind::Name) {
        fail(t, tr("Expected a type name but found %1.").arg(describe(t)));
        return nullptr;
    }
    auto type = std::make_shared<TypeSpec>();
    if ((t.text == u"list" || t.text == u"range") && peek(1).kind == Token::Kind::Less) {
        type->kind = t.text == u"list" ? TypeSpec::Kind::List : TypeSpec::Kind::Range;
        advance();
        advance();
        auto element = parseType();
        if (!element || !expect(Token::Kind::Greater, tr("'>'")))
            return nullptr;
        type->parameters.append(element);
        return type;
    }
    if (t.text == u"context" && peek(1).kind == Token::Kind::Less) {
        type->kind = TypeSpec::Kind::Context;
        advance();
        advance();
        if (!check(Token::Kind::Greater)) {
            do {
                if (peek().kind != Token::Kind::Name && peek().kind != Token::Kind::String) {
                    fail(peek(), tr("Expected a context entry name but found %1.").arg(describe(peek())));
                    return nullptr;
                }
                const QString name = peek().kind == Token::Kind::String ? advance().text
                                                                         : readNameUntil({}, true, nullptr);
                if (!expect(Token::Kind::Colon, tr("':'")))
                    return nullptr;
                auto field = parseType();
                if (!field)
                    return nullptr;
                type->fieldNames.append(name);
                type->parameters.append(field);
            } while (accept(Token::Kind::Comma));
        }
        if (!expect(Token::Kind::Greater, tr("'>'")))
            return nullptr;
        return type;
    }
    if (t.text == u"function" && peek(1).kind == Token::Kind::Less) {
        type->kind = TypeSpec::Kind::Function;
        advance();
        advance();
        if (!check(Token::Kind::Greater)) {
            do {
                auto p = parseType();
                if (!p)
                    return nullptr;
                type->parameters.append(p);
            } while (accept(Token::Kind::Comma));
        }
        if (!expect(Token::Kind::Greater, tr("'>'")) || !expect(Token::Kind::Arrow, tr("'->'")))
            return nullptr;
        type->result = parseType();
        if (!type->result)
            return nullptr;
        return type;
    }
    // Multi-word built-in type names, then a possibly qualified name ("ns.T").
    static const QList<QStringList> multiWord = {
        {QStringLiteral("date"), QStringLiteral("and"), QStringLiteral("time")},
        {QStringLiteral("days"), QStringLiteral("and"), QStringLiteral("time"), QStringLiteral("duration")},
        {QStringLiteral("years"), QStringLiteral("and"), QStringLiteral("months"), QStringLiteral("duration")},
    };
    for (const QStringList &words : multiWord) {
        bool same = true;
        for (int i = 0; i < words.size() && same; ++i)
            same = peek(i).isName(words[i]);
        if (same) {
            for (int i = 0; i < words.size(); ++i)
                advance();
            type->name = words.join(u' ');
            return type;
        }
    }
    type->name = advance().text;
    while (check(Token::Kind::Dot) && peek(1).kind == Token::Kind::Name) {
        advance();
        type->name += u'.' + advance().text;
    }
    return type;
}

QString TypeSpec::toString() const
{
    auto join = [](const QList<std::shared_ptr<const TypeSpec>> &types) {
        QStringList parts;
        for (const auto &t : types)
            parts.append(t ? t->toString() : QStringLiteral("Any"));
        return parts.join(QStringLiteral(", "));
    };
    switch (kind) {
    case Kind::Named:
        return name;
    case Kind::List:
        return QStringLiteral("list<%1>").arg(join(parameters));
    case Kind::Range:
        return QStringLiteral("range<%1>").arg(join(parameters));
    case Kind::Context: {
        QStringList parts;
        for (qsizetype i = 0; i < fieldNames.size(); ++i)
            parts.append(fieldNames[i] + QStringLiteral(": ") + parameters[i]->toString());
        return QStringLiteral("context<%1>").arg(parts.join(QStringLiteral(", ")));
    }
    case Kind::Function:
        return QStringLiteral("function<%1>->%2").arg(join(parameters), result ? result->toString() : QStringLiteral("Any"));
    }
    return name;
}

} // namespace casebench::feel
