#include "automation/feel/Lexer.h"

#include <QChar>
#include <QCoreApplication>

namespace casebench::feel {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("casebench::feel::Lexer", text);
}

bool isFeelSpace(char32_t c)
{
    // The spec's whitespace includes the Unicode separators and the BOM / zero-width space.
    return c == 0xFEFF || c == 0x200B || QChar::isSpace(c);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

bool Lexer::isNameStart(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '?';
    return c != 0xD7 && c != 0xF7 && !isFeelSpace(c);
}

bool Lexer::isNamePart(char32_t c)
{
    return isNameStart(c) || (c >= '0' && c <= '9');
}

char32_t Lexer::peekCodePoint(qsizetype at, int *units) const
{
    if (at >= m_text.size()) {
        if (units)
            *units = 0;
        return 0;
    }
    const QChar c = m_text[at];
    if (c.isHighSurrogate() && at + 1 < m_text.size() && m_text[at + 1].isLowSurrogate()) {
        if (units)
            *units = 2;
        return QChar::surrogateToUcs4(c, m_text[at + 1]);
    }
    if (units)
        *units = 1;
    return c.unicode();
}

void Lexer::advance(qsizetype units)
{
    for (qsizetype i = 0; i < units && m_pos < m_text.size(); ++i) {
        if (m_text[m_pos] == u'\n') {
            ++m_line;
            m_column = 1;
        } else if (!m_text[m_pos].isLowSurrogate()) {
            ++m_column;
        }
        ++m_pos;
    }
}

Token Lexer::make(Token::Kind kind, qsizetype start, int line, int column) const
{
    Token t;
    t.kind = kind;
    t.offset = int(start);
    t.length = int(m_pos - start);
    t.line = line;
    t.column = column;
    return t;
}

bool Lexer::skipSpaceAndComments(Token &errorOut)
{
    bool skipped = false;
    while (m_pos < m_text.size()) {
        int units = 0;
        const char32_t c = peekCodePoint(m_pos, &units);
        if (isFeelSpace(c)) {
            advance(units);
            skipped = true;
        } else if (c == '/' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'/') {
            while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
                advance(1);
            skipped = true;
        } else if (c == '/' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'*') {
            const qsizetype start = m_pos;
            const int line = m_line;
            const int column = m_column;
            advance(2);
            bool closed = false;
            while (m_pos < m_text.size()) {
                if (m_text[m_pos] == u'*' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'/') {
                    advance(2);
                    closed = true;
                    break;
                }
                advance(1);
            }
            if (!closed) {
                errorOut = make(Token::Kind::Error, start, line, column);
                errorOut.text = tr("Comment is not closed with */.");
                return skipped;
            }
            skipped = true;
        } else {
            break;
        }
    }
    return skipped;
}

QList<Token> Lexer::tokenize()
{
    QList<Token> tokens;
    for (;;) {
        tokens.append(next());
        if (tokens.constLast().kind == Token::Kind::End)
            break;
    }
    return tokens;
}

Token Lexer::lexString(qsizetype start, int line, int column)
{
    advance(1); // opening quote
    QString value;
    while (m_pos < m_text.size()) {
        const QChar c = m_text[m_pos];
        if (c == u'"') {
            advance(1);
            Token t = make(Token::Kind::String, start, line, column);
            t.text = value;
            return t;
        }
        if (c != u'\\') {
            value.append(c);
            advance(1);
            continue;
        }
        const qsizetype escapeAt = m_pos;
        if (m_pos + 1 >= m_text.size())
            break;
        const QChar e = m_text[m_pos + 1];
        auto bad = [&](const QString &message) {
            m_pos = escapeAt; // report at the backslash but skip past the string afterwards
            Token t = make(Token::Kind::Error, escapeAt, m_line, m_column);
            t.length = 2;
            t.text = message;
            // Skip to the closing quote so that one bad escape gives one error.
            while (m_pos < m_text.size() && m_text[m_pos] != u'"')
                advance(m_text[m_pos] == u'\\' ? 2 : 1);
            advance(1);
            return t;
        };
        switch (e.unicode()) {
        case u'"': value.append(u'"'); advance(2); break;
        case u'\'': value.append(u'\''); advance(2); break;
        case u'\\': value.append(u'\\'); advance(2); break;
        case u'n': value.append(u'\n'); advance(2); break;
        case u'r': value.append(u'\r'); advance(2); break;
        case u't': value.append(u'\t'); advance(2); break;
        case u'u':
        case u'U': {
            const int digits = e == u'u' ? 4 : 6;
            char32_t code = 0;
            for (int i = 0; i < digits; ++i) {
                const qsizetype at = m_pos + 2 + i;
                const int h = at < m_text.size() ? hexValue(m_text[at]) : -1;
                if (h < 0)
                    return bad(e == u'u' ? tr("\\u must be followed by 4 hexadecimal digits.")
                                         : tr("\\U must be followed by 6 hexadecimal digits."));
                code = code * 16 + char32_t(h);
            }
            if (code > 0x10FFFF)
                return bad(tr("\\U names a code point beyond U+10FFFF."));
            if (QChar::requiresSurrogates(code)) {
                value.append(QChar(QChar::highSurrogate(code)));
                value.append(QChar(QChar::lowSurrogate(code)));
            } else {
                value.append(QChar(char16_t(code)));
            }
            advance(2 + digits);
            break;
        }
        default:
            // Not a FEEL escape: kept as written, so regular expressions such as "\\d{3}"
            // reach the string functions intact (as the TCK expects).
            value.append(c);
            value.append(e);
            advance(2);
            break;
        }
    }
    Token t = make(Token::Kind::Error, start, line, column);
    t.text = tr("String is not closed with a double quote.");
    return t;
}

Token Lexer::lexNumber(qsizetype start, int line, int column)
{
    auto isDigit = [&](qsizetype at) {
        return at < m_text.size() && m_text[at] >= u'0' && m_text[at] <= u'9';
    };
    while (isDigit(m_pos))
        advance(1);
    // A '.' belongs to the number only when a digit follows ("1..5" is a range).
    if (m_pos < m_text.size() && m_text[m_pos] == u'.' && isDigit(m_pos + 1)) {
        advance(1);
        while (isDigit(m_pos))
            advance(1);
    }
    // DMN 1.5 exponent: "1.23e4", "1E-3" — only when digits follow, so "2 exp" stays apart.
    if (m_pos < m_text.size() && (m_text[m_pos] == u'e' || m_text[m_pos] == u'E')) {
        qsizetype at = m_pos + 1;
        if (at < m_text.size() && (m_text[at] == u'+' || m_text[at] == u'-'))
            ++at;
        if (isDigit(at)) {
            advance(at - m_pos);
            while (isDigit(m_pos))
                advance(1);
        }
    }
    Token t = make(Token::Kind::Number, start, line, column);
    t.text = m_text.mid(start, m_pos - start).toString();
    return t;
}

Token Lexer::next()
{
    Token error;
    const bool spaced = skipSpaceAndComments(error);
    if (error.kind == Token::Kind::Error) {
        error.spaceBefore = spaced;
        return error;
    }
    const qsizetype start = m_pos;
    const int line = m_line;
    const int column = m_column;
    auto result = [&](Token t) {
        t.spaceBefore = spaced || start == 0;
        return t;
    };
    if (m_pos >= m_text.size())
        return result(make(Token::Kind::End, start, line, column));

    int units = 0;
    const char32_t c = peekCodePoint(m_pos, &units);
    auto next1 = [&](char16_t ch) { return m_pos + 1 < m_text.size() && m_text[m_pos + 1] == ch; };
    auto single = [&](Token::Kind kind, int length) {
        advance(length);
        return result(make(kind, start, line, column));
    };

    if (c >= '0' && c <= '9')
        return result(lexNumber(start, line, column));
    if (c == '.' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] >= u'0' && m_text[m_pos + 1] <= u'9')
        return result(lexNumber(start, line, column));
    if (c == '"')
        return result(lexString(start, line, column));
    if (isNameStart(c)) {
        while (m_pos < m_text.size()) {
            int u = 0;
            const char32_t p = peekCodePoint(m_pos, &u);
            if (!isNamePart(p))
                break;
            advance(u);
        }
        Token t = make(Token::Kind::Name, start, line, column);
        t.text = m_text.mid(start, m_pos - start).toString();
        return result(t);
    }
    switch (c) {
    case '@': return single(Token::Kind::At, 1);
    case '+': return single(Token::Kind::Plus, 1);
    case '-': return next1(u'>') ? single(Token::Kind::Arrow, 2) : single(Token::Kind::Minus, 1);
    case '*': return next1(u'*') ? single(Token::Kind::StarStar, 2) : single(Token::Kind::Star, 1);
    case '/': return single(Token::Kind::Slash, 1);
    case '=': return single(Token::Kind::Equal, 1);
    case '!':
        if (next1(u'='))
            return single(Token::Kind::NotEqual, 2);
        break;
    case '<': return next1(u'=') ? single(Token::Kind::LessEqual, 2) : single(Token::Kind::Less, 1);
    case '>': return next1(u'=') ? single(Token::Kind::GreaterEqual, 2) : single(Token::Kind::Greater, 1);
    case '.': return next1(u'.') ? single(Token::Kind::DotDot, 2) : single(Token::Kind::Dot, 1);
    case ',': return single(Token::Kind::Comma, 1);
    case ':': return single(Token::Kind::Colon, 1);
    case '(': return single(Token::Kind::LeftParen, 1);
    case ')': return single(Token::Kind::RightParen, 1);
    case '[': return single(Token::Kind::LeftBracket, 1);
    case ']': return single(Token::Kind::RightBracket, 1);
    case '{': return single(Token::Kind::LeftBrace, 1);
    case '}': return single(Token::Kind::RightBrace, 1);
    default: break;
    }
    advance(units);
    Token t = make(Token::Kind::Error, start, line, column);
    t.text = tr("Unexpected character '%1'.").arg(m_text.mid(start, units).toString());
    return result(t);
}

} // namespace casebench::feel
