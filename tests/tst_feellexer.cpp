// FEEL lexer: every token kind, positions (offset/line/column) across lines and comments,
// string escapes (\" \\ \n \t \uXXXX incl. surrogate pairs, \U), numbers next to "..",
// names with non-ASCII letters, and Error tokens for what FEEL does not allow.

#include "automation/feel/Lexer.h"

#include <QTest>

using namespace casebench::feel;
using namespace Qt::StringLiterals;
using K = Token::Kind;

class TestFeelLexer : public QObject
{
    Q_OBJECT

private:
    static QList<K> kinds(const QString &text)
    {
        QList<K> out;
        for (const Token &t : Lexer(text).tokenize())
            out.append(t.kind);
        return out;
    }

private Q_SLOTS:
    void operators()
    {
        QCOMPARE(kinds(u"+ - * / ** = != < <= > >= . .. , : -> ( ) [ ] { } @"_s),
                 (QList<K>{K::Plus, K::Minus, K::Star, K::Slash, K::StarStar, K::Equal, K::NotEqual,
                           K::Less, K::LessEqual, K::Greater, K::GreaterEqual, K::Dot, K::DotDot,
                           K::Comma, K::Colon, K::Arrow, K::LeftParen, K::RightParen,
                           K::LeftBracket, K::RightBracket, K::LeftBrace, K::RightBrace, K::At,
                           K::End}));
    }

    void numbersAndRanges()
    {
        const QList<Token> t = Lexer(u"1..10 0.5 .25 12"_s).tokenize();
        QCOMPARE(t.size(), 7);
        QCOMPARE(t[0].kind, K::Number);
        QCOMPARE(t[0].text, u"1"_s);
        QCOMPARE(t[1].kind, K::DotDot);
        QCOMPARE(t[2].text, u"10"_s);
        QCOMPARE(t[3].text, u"0.5"_s);
        QCOMPARE(t[4].text, u".25"_s);
        QCOMPARE(t[5].text, u"12"_s);
        const QList<Token> e = Lexer(u"1.23e4 1E-3 2e+1 3 e"_s).tokenize();
        QCOMPARE(e[0].text, u"1.23e4"_s);
        QCOMPARE(e[1].text, u"1E-3"_s);
        QCOMPARE(e[2].text, u"2e+1"_s);
        QCOMPARE(e[3].text, u"3"_s);
        QCOMPARE(e[4].kind, K::Name);
        // "1." is a number followed by a dot (a path), never "1.".
        QCOMPARE(kinds(u"1.a"_s), (QList<K>{K::Number, K::Dot, K::Name, K::End}));
    }

    void stringEscapes()
    {
        const QString text = u"\"a\\\"b\\\\c\\n\\t\\u00e5\\uD83D\\uDCA9\\U01F600\""_s;
        const QList<Token> t = Lexer(text).tokenize();
        QCOMPARE(t[0].kind, K::String);
        QCOMPARE(t[0].text, u"a\"b\\c\n\t\u00e5\U0001F4A9\U0001F600"_s);
        QCOMPARE(t[0].length, int(text.size()));
        QCOMPARE(t[1].kind, K::End);
    }

    void badStrings()
    {
        const QList<Token> open = Lexer(u"x + \"abc"_s).tokenize();
        QCOMPARE(open[2].kind, K::Error);
        QCOMPARE(open[2].offset, 4);
        // Not a FEEL escape: kept verbatim (regular expressions like "\d" rely on it).
        const QList<Token> escape = Lexer(u"\"ab\\d\""_s).tokenize();
        QCOMPARE(escape[0].kind, K::String);
        QCOMPARE(escape[0].text, u"ab\\d"_s);
        const QList<Token> hex = Lexer(u"\"\\u12G4\""_s).tokenize();
        QCOMPARE(hex[0].kind, K::Error);
        QVERIFY(hex[0].text.contains(u"hexadecimal"_s));
    }

    void positionsAcrossLinesAndComments()
    {
        const QString text = u"a // comment\n  /* block\n */ bc\n\t\"s\""_s;
        const QList<Token> t = Lexer(text).tokenize();
        QCOMPARE(t.size(), 4);
        QCOMPARE(t[0].line, 1);
        QCOMPARE(t[0].column, 1);
        QCOMPARE(t[1].text, u"bc"_s);
        QCOMPARE(t[1].line, 3);
        QCOMPARE(t[1].column, 5);
        QCOMPARE(t[1].offset, int(text.indexOf(u"bc"_s)));
        QVERIFY(t[1].spaceBefore);
        QCOMPARE(t[2].kind, K::String);
        QCOMPARE(t[2].line, 4);
        QCOMPARE(t[2].column, 2);
        QCOMPARE(t[3].kind, K::End);
    }

    void unclosedComment()
    {
        const QList<Token> t = Lexer(u"1 /* never closed"_s).tokenize();
        QCOMPARE(t[1].kind, K::Error);
        QCOMPARE(t[1].offset, 2);
    }

    void names()
    {
        const QList<Token> t = Lexer(u"Ålder ?x _a1 ärende"_s).tokenize();
        QCOMPARE(t.size(), 5);
        QCOMPARE(t[0].text, u"Ålder"_s);
        QCOMPARE(t[1].text, u"?x"_s);
        QCOMPARE(t[2].text, u"_a1"_s);
        QCOMPARE(t[3].text, u"ärende"_s);
        QVERIFY(t[1].spaceBefore);
        // A quote is no FEEL character: an Error token the parser reports (or a known name
        // such as "Applicant's Age" swallows).
        const QList<Token> q = Lexer(u"a's"_s).tokenize();
        QCOMPARE(q[1].kind, K::Error);
        QCOMPARE(q[1].offset, 1);
        QCOMPARE(kinds(u"a!b"_s), (QList<K>{K::Name, K::Error, K::Name, K::End}));
    }

    void spaceBefore()
    {
        const QList<Token> t = Lexer(u"a b-c"_s).tokenize();
        QVERIFY(t[1].spaceBefore);
        QVERIFY(!t[2].spaceBefore);
        QVERIFY(!t[3].spaceBefore);
    }
};

QTEST_GUILESS_MAIN(TestFeelLexer)
#include "tst_feellexer.moc"
