#pragma once

#include "automation/feel/Token.h"

#include <QList>
#include <QStringView>

namespace casebench::feel {

// Splits FEEL text into tokens, skipping whitespace and // and /* */ comments. Never fails:
// bad input becomes Error tokens that the parser reports with their position.
class Lexer
{
public:
    explicit Lexer(QStringView text) : m_text(text) {}

    // The whole text as tokens, ending with one End token.
    QList<Token> tokenize();
    Token next();

    // FEEL name characters (DMN 1.5 grammar rules 27-31, plus '?').
    static bool isNameStart(char32_t c);
    static bool isNamePart(char32_t c);

private:
    char32_t peekCodePoint(qsizetype at, int *units = nullptr) const;
    void advance(qsizetype units);
    bool skipSpaceAndComments(Token &errorOut);
    Token make(Token::Kind kind, qsizetype start, int line, int column) const;
    Token lexString(qsizetype start, int line, int column);
    Token lexNumber(qsizetype start, int line, int column);

    QStringView m_text;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
};

} // namespace casebench::feel
