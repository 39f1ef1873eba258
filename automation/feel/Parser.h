#pragma once

#include "automation/feel/Ast.h"
#include "automation/feel/Diagnostic.h"
#include "automation/feel/Token.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace casebench::feel {

// Recursive-descent parser for FEEL (DMN 1.5 grammar) producing an AST with source
// positions. Stops at the first error and reports it with its position. Names with spaces
// are read greedily from knownNames, the built-in function names and the names the text
// itself introduces (context keys, parameters, iteration variables).
class Parser
{
public:
    // Nesting limit of the produced tree; deeper input is rejected instead of risking the
    // stack in parser, evaluator and destructor.
    static constexpr int maxTreeHeight = 300;

    Parser(QStringView text, const QStringList &knownNames);
    // The same over a text held in a QString: a function definition's node then shares it
    // (Node::text), so that each function value made from it refers to the text instead of
    // copying it at every evaluation.
    Parser(const QString &text, const QStringList &knownNames);

    NodePtr parseExpression();
    NodePtr parseUnaryTests();
    const QList<Diagnostic> &errors() const { return m_errors; }

private:
    struct KnownName {
        QString name;
        QStringList tokenTexts; // source text of each token of the name
    };

    // tokens
    const Token &peek(int ahead = 0) const;
    const Token &advance();
    bool check(Token::Kind kind) const { return peek().kind == kind; }
    bool accept(Token::Kind kind);
    bool checkKeyword(QStringView word, int ahead = 0) const;
    bool acceptKeyword(QStringView word);
    bool expect(Token::Kind kind, const QString &what);
    bool expectKeyword(QStringView word);
    QString tokenSource(const Token &t) const;
    QString describe(const Token &t) const;

    // errors
    std::nullptr_t fail(const Token &at, const QString &message);
    bool failed() const { return !m_errors.isEmpty(); }

    // nodes
    std::shared_ptr<Node> make(Node::Kind kind, const Token &at) const;
    NodePtr finish(std::shared_ptr<Node> node);

    // names
    void addKnownName(const QString &name);
    std::optional<KnownName> matchKnownName(int at) const;
    QString readNameUntil(const QList<QStringView> &stopWords, bool stopAtColon, Token *first);
    bool isKeyword(const Token &t) const;

    // grammar
    NodePtr parseTextual();
    NodePtr parseOr();
    NodePtr parseAnd();
    NodePtr parseComparison();
    NodePtr parseAdditive();
    NodePtr parseMultiplicative();
    NodePtr parsePower();
    NodePtr parseUnary();
    NodePtr parsePostfix();
    NodePtr parsePrimary();
    NodePtr parseName();
    NodePtr parseParenthesized();
    NodePtr parseBracketed();
    NodePtr parseOpenStartRange();
    NodePtr finishRange(std::shared_ptr<Node> range);
    NodePtr parseContext();
    NodePtr parseIf();
    NodePtr parseFor();
    NodePtr parseQuantified(Node::Kind kind);
    NodePtr parseFunctionDefinition();
    NodePtr parseCallArguments(NodePtr callee);
    NodePtr parseInTests(NodePtr value, const Token &at);
    std::shared_ptr<const TypeSpec> parseType();
    bool canStartExpression(const Token &t) const;

    QStringView m_text;
    QString m_textHeld; // m_text, when given as a QString (else null)
    QList<Token> m_tokens;
    int m_pos = 0;
    int m_depth = 0;
    QList<Diagnostic> m_errors;
    QHash<QString, QList<KnownName>> m_known; // first token text → names, longest first
};

} // namespace casebench::feel
