#pragma once

#include <QString>

namespace casebench::feel {

// One lexical unit of FEEL text with its place in the source.
struct Token {
    enum class Kind {
        End,
        Error,       // a character FEEL does not allow, or an unterminated string/comment
        Name,        // identifier part ("Monthly", "?", "date")
        Number,      // "12", "0.5", ".5" (no sign, no exponent: FEEL literals have none)
        String,      // text holds the unescaped value
        At,          // @ (temporal literal prefix)
        Plus, Minus, Star, Slash, StarStar,
        Equal, NotEqual, Less, LessEqual, Greater, GreaterEqual,
        Dot, DotDot, Comma, Colon, Arrow,
        LeftParen, RightParen, LeftBracket, RightBracket, LeftBrace, RightBrace,
    };

    Kind kind = Kind::End;
    QString text; // the name, number digits, unescaped string, or error message
    int offset = 0; // of the first character, in UTF-16 code units
    int length = 0; // in the source, including quotes
    int line = 1;   // 1-based
    int column = 1; // 1-based
    // Whitespace or a comment comes directly before this token (names with spaces need it).
    bool spaceBefore = false;

    int end() const { return offset + length; }
    bool is(Kind k) const { return kind == k; }
    bool isName(QStringView word) const { return kind == Kind::Name && text == word; }
};

} // namespace casebench::feel
