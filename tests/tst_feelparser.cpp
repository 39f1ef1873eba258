// FEEL parser: operator precedence and associativity (DMN 1.5: ** left-associative and
// below negation), every literal form, names with spaces from knownNames and from the text
// itself, unary tests, and error messages with their line/column.

#include "automation/feel/Ast.h"
#include "automation/feel/Feel.h"
#include "automation/feel/Parser.h"
#include "automation/feel/SourceText.h"

#include <QTest>

using namespace casebench::feel;
using namespace Qt::StringLiterals;

namespace {

QString dump(const NodePtr &n);

QString quoted(const QString &name)
{
    for (QChar c : name)
        if (!c.isLetterOrNumber() && c != u'_' && c != u'?')
            return u'`' + name + u'`';
    return name;
}

QString dumpAll(const QList<NodePtr> &nodes)
{
    QStringList parts;
    for (const NodePtr &c : nodes)
        parts.append(dump(c));
    return parts.join(u' ');
}

// An S-expression of the tree, enough to see how the parser grouped things.
QString dump(const NodePtr &n)
{
    if (!n)
        return u"_"_s;
    using K = Node::Kind;
    auto op = [&](const QString &name) { return u"("_s + name + u' ' + dumpAll(n->children) + u')'; };
    switch (n->kind) {
    case K::Null: return u"null"_s;
    case K::Boolean: return n->flag ? u"true"_s : u"false"_s;
    case K::Number: return n->number.toString();
    case K::String: return u'"' + n->text + u'"';
    case K::Temporal: return u"@\""_s + n->text + u'"';
    case K::Name: return quoted(n->text);
    case K::Negate: return op(u"neg"_s);
    case K::Add: return op(u"+"_s);
    case K::Subtract: return op(u"-"_s);
    case K::Multiply: return op(u"*"_s);
    case K::Divide: return op(u"/"_s);
    case K::Power: return op(u"**"_s);
    case K::Equal: return op(u"="_s);
    case K::NotEqual: return op(u"!="_s);
    case K::Less: return op(u"<"_s);
    case K::LessEqual: return op(u"<="_s);
    case K::Greater: return op(u">"_s);
    case K::GreaterEqual: return op(u">="_s);
    case K::And: return op(u"and"_s);
    case K::Or: return op(u"or"_s);
    case K::Between: return op(u"between"_s);
    case K::In: return op(u"in"_s);
    case K::InstanceOf: return u"(instance "_s + dump(n->children[0]) + u' ' + n->type->toString() + u')';
    case K::If: return op(u"if"_s);
    case K::For:
    case K::Some:
    case K::Every: {
        QString s = n->kind == K::For ? u"(for"_s : n->kind == K::Some ? u"(some"_s : u"(every"_s;
        for (qsizetype i = 0; i < n->names.size(); ++i) {
            s += u" ["_s + n->names[i] + u' ' + dump(n->children[i]);
            if (i < n->rangeEnds.size() && n->rangeEnds[i])
                s += u".."_s + dump(n->rangeEnds[i]);
            s += u']';
        }
        return s + u' ' + dump(n->children.last()) + u')';
    }
    case K::List: return u"["_s + dumpAll(n->children) + u']';
    case K::Context: {
        QStringList parts;
        for (qsizetype i = 0; i < n->names.size(); ++i)
            parts.append(n->names[i] + u": "_s + dump(n->children[i]));
        return u"{"_s + parts.join(u", "_s) + u'}';
    }
    case K::Range:
        return (n->flag ? u"["_s : u"("_s) + dump(n->children[0]) + u".."_s + dump(n->children[1])
               + (n->flag2 ? u"]"_s : u")"_s);
    case K::UnaryComparison: {
        const QString o = n->op == K::Less ? u"<"_s : n->op == K::LessEqual ? u"<="_s
                        : n->op == K::Greater ? u">"_s : n->op == K::GreaterEqual ? u">="_s
                        : n->op == K::Equal ? u"="_s : u"!="_s;
        return u"(test"_s + o + u' ' + dump(n->children[0]) + u')';
    }
    case K::Path: return u"(. "_s + dump(n->children[0]) + u' ' + quoted(n->text) + u')';
    case K::Filter: return op(u"filter"_s);
    case K::Call: {
        QString s = u"(call "_s + dump(n->children[0]);
        for (qsizetype i = 1; i < n->children.size(); ++i)
            s += u' ' + (n->names[i - 1].isEmpty() ? QString() : n->names[i - 1] + u':') + dump(n->children[i]);
        return s + u')';
    }
    case K::FunctionDefinition: {
        QStringList params;
        for (qsizetype i = 0; i < n->names.size(); ++i)
            params.append(n->paramTypes[i] ? n->names[i] + u':' + n->paramTypes[i]->toString() : n->names[i]);
        return u"(function ("_s + params.join(u' ') + u")"_s + (n->flag ? u" external "_s : u" "_s)
               + dump(n->children[0]) + u')';
    }
    case K::AnyInput: return u"-"_s;
    case K::NotTests: return op(u"not"_s);
    case K::Tests: return op(u"tests"_s);
    }
    return u"?"_s;
}

QString parse(const QString &text, const QStringList &known = {})
{
    Parser p(text, known);
    const NodePtr n = p.parseExpression();
    if (!p.errors().isEmpty())
        return u"ERROR "_s + p.errors().first().toString();
    return dump(n);
}

QString parseTests(const QString &text, const QStringList &known = {})
{
    Parser p(text, known);
    const NodePtr n = p.parseUnaryTests();
    if (!p.errors().isEmpty())
        return u"ERROR "_s + p.errors().first().toString();
    return dump(n);
}

} // namespace

class TestFeelParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expressions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("known");
        QTest::addColumn<QString>("tree");
        auto row = [](const char *name, const QString &text, const QString &tree, const QStringList &known = {}) {
            QTest::newRow(name) << text << known << tree;
        };
        // precedence and associativity
        row("mul over add", u"1 + 2 * 3"_s, u"(+ 1 (* 2 3))"_s);
        row("left assoc sub", u"1 - 2 - 3"_s, u"(- (- 1 2) 3)"_s);
        row("left assoc div", u"8 / 4 / 2"_s, u"(/ (/ 8 4) 2)"_s);
        row("power left assoc", u"3 ** 4 ** 5"_s, u"(** (** 3 4) 5)"_s);
        row("negation below power", u"-3 ** 2"_s, u"(** (neg 3) 2)"_s);
        row("power over mul", u"2 * 3 ** 2"_s, u"(* 2 (** 3 2))"_s);
        row("double negation", u"--10"_s, u"(neg (neg 10))"_s);
        row("parentheses", u"(1 + 2) * 3"_s, u"(* (+ 1 2) 3)"_s);
        row("comparison over and", u"a < 1 and b >= 2 or c != 3"_s,
            u"(or (and (< a 1) (>= b 2)) (!= c 3))"_s);
        row("and over or", u"a or b and c"_s, u"(or a (and b c))"_s);
        row("arith in comparison", u"1 + 1 = 2"_s, u"(= (+ 1 1) 2)"_s);
        row("between", u"x between 1 + 1 and 10"_s, u"(between x (+ 1 1) 10)"_s);
        row("between in and", u"x between 1 and 3 and y"_s, u"(and (between x 1 3) y)"_s);
        row("in list of tests", u"x in (1, 2, < 0)"_s, u"(in x 1 2 (test< 0))"_s);
        row("in range", u"x in (1..5]"_s, u"(in x (1..5])"_s);
        row("in single", u"x in [1, 2]"_s, u"(in x [1 2])"_s);
        row("in unary comparison", u"x in >= 3"_s, u"(in x (test>= 3))"_s);
        row("instance of", u"x instance of number"_s, u"(instance x number)"_s);
        row("instance of multiword", u"x instance of date and time"_s, u"(instance x date and time)"_s);
        row("instance of list", u"x instance of list<days and time duration>"_s,
            u"(instance x list<days and time duration>)"_s);
        row("instance of context", u"x instance of context<a: number, b: list<string>>"_s,
            u"(instance x context<a: number, b: list<string>>)"_s);
        row("instance of function", u"f instance of function<number, string>->boolean"_s,
            u"(instance f function<number, string>->boolean)"_s);
        row("instance of range", u"r instance of range<date>"_s, u"(instance r range<date>)"_s);
        row("if", u"if a > 1 then \"x\" else \"y\""_s, u"(if (> a 1) \"x\" \"y\")"_s);
        row("if inside arithmetic", u"1 + if c then 1 else 2 + 3"_s, u"(+ 1 (if c 1 (+ 2 3)))"_s);
        row("for", u"for i in 1..3, j in [1, 2] return i * j"_s, u"(for [i 1..3] [j [1 2]] (* i j))"_s);
        row("for over range", u"for i in [1..3) return partial"_s, u"(for [i [1..3)] partial)"_s);
        row("some", u"some x in xs satisfies x > 1"_s, u"(some [x xs] (> x 1))"_s);
        row("every two", u"every x in a, y in b satisfies x < y"_s, u"(every [x a] [y b] (< x y))"_s);
        row("path", u"a.b.c"_s, u"(. (. a b) c)"_s);
        row("path property with space", u"r.start included"_s, u"(. r `start included`)"_s);
        row("filter", u"xs[item > 2]"_s, u"(filter xs (> item 2))"_s);
        row("filter index", u"xs[-1].name"_s, u"(. (filter xs (neg 1)) name)"_s);
        row("call positional", u"substring(\"abc\", 2)"_s, u"(call substring \"abc\" 2)"_s);
        row("call named", u"substring(string: \"abc\", start position: 2)"_s,
            u"(call substring string:\"abc\" start position:2)"_s);
        row("builtin with spaces", u"string length(\"ab\") + 1"_s, u"(+ (call `string length` \"ab\") 1)"_s);
        row("date and time call", u"date and time(\"2020-01-01T00:00:00\")"_s,
            u"(call `date and time` \"2020-01-01T00:00:00\")"_s);
        row("call result called", u"(function(a) a)(10)"_s, u"(call (function (a) a) 10)"_s);
        row("function typed", u"function(a: number, b) a + b"_s, u"(function (a:number b) (+ a b))"_s);
        row("function external", u"function(x) external {java: {class: \"X\"}}"_s,
            u"(function (x) external {java: {class: \"X\"}})"_s);
        // literals
        row("null", u"null"_s, u"null"_s);
        row("booleans", u"[true, false]"_s, u"[true false]"_s);
        row("numbers", u"[1, 0.5, .25, 1000000000000000000000]"_s, u"[1 0.5 0.25 1000000000000000000000]"_s);
        row("string", u"\"a\\\"b\""_s, u"\"a\"b\""_s);
        row("temporal", u"@\"2024-01-31\""_s, u"@\"2024-01-31\""_s);
        row("empty list", u"[]"_s, u"[]"_s);
        row("nested list", u"[[1], []]"_s, u"[[1] []]"_s);
        row("closed range", u"[1..10]"_s, u"[1..10]"_s);
        row("open ranges", u"[(1..2), ]1..2[, (1..2], [1..2)]"_s, u"[(1..2) (1..2) (1..2] [1..2)]"_s);
        row("range of dates", u"[@\"2020-01-01\"..@\"2020-12-31\"]"_s, u"[@\"2020-01-01\"..@\"2020-12-31\"]"_s);
        row("unary comparison value", u"< 10"_s, u"(test< 10)"_s);
        row("empty context", u"{}"_s, u"{}"_s);
        row("context", u"{a: 1, \"b c\": 2, d e: a + 1}"_s, u"{a: 1, b c: 2, d e: (+ a 1)}"_s);
        row("context key used later", u"{monthly pay: 10, yearly: monthly pay * 12}"_s,
            u"{monthly pay: 10, yearly: (* `monthly pay` 12)}"_s);
        // names
        row("known name with operators", u"Loan-To-Value * 2"_s, u"(* `Loan-To-Value` 2)"_s,
            {u"Loan-To-Value"_s});
        row("known name with quote", u"Applicant's Age >= 18"_s, u"(>= `Applicant's Age` 18)"_s,
            {u"Applicant's Age"_s});
        row("longest known name wins", u"Monthly Salary Total - Monthly Salary"_s,
            u"(- `Monthly Salary Total` `Monthly Salary`)"_s, {u"Monthly Salary"_s, u"Monthly Salary Total"_s});
        row("unknown name with spaces", u"Monthly  Salary * 12"_s, u"(* `Monthly Salary` 12)"_s);
        row("name with digits", u"Rule 2 + 1"_s, u"(+ `Rule 2` 1)"_s);
        row("comments", u"1 /* one */ + // two\n 2"_s, u"(+ 1 2)"_s);
        row("question mark", u"? > 5"_s, u"(> ? 5)"_s);
    }

    void expressions()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, known);
        QFETCH(QString, tree);
        QCOMPARE(parse(text, known), tree);
    }

    void unaryTests_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("tree");
        QTest::newRow("dash") << u"-"_s << u"-"_s;
        QTest::newRow("comparison") << u"< 10"_s << u"(tests (test< 10))"_s;
        QTest::newRow("strings") << u"\"a\", \"b\""_s << u"(tests \"a\" \"b\")"_s;
        QTest::newRow("ranges") << u"[1..5], >= 10"_s << u"(tests [1..5] (test>= 10))"_s;
        QTest::newRow("not") << u"not(1, 2)"_s << u"(not 1 2)"_s;
        QTest::newRow("not as expression") << u"not(x) or y"_s << u"(tests (or (call not x) y))"_s;
        QTest::newRow("negative number") << u"-5"_s << u"(tests (neg 5))"_s;
        QTest::newRow("question mark") << u"starts with(?, \"a\")"_s << u"(tests (call `starts with` ? \"a\"))"_s;
        QTest::newRow("null") << u"null"_s << u"(tests null)"_s;
    }

    void unaryTests()
    {
        QFETCH(QString, text);
        QFETCH(QString, tree);
        QCOMPARE(parseTests(text), tree);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty") << u""_s << 1 << 1 << u"empty"_s;
        QTest::newRow("dangling operator") << u"1 +"_s << 1 << 4 << u"end of the expression"_s;
        QTest::newRow("missing then") << u"if x 1 else 2"_s << 1 << 8 << u"'then'"_s;
        QTest::newRow("unclosed list") << u"[1, 2"_s << 1 << 6 << u"']'"_s;
        QTest::newRow("second line") << u"{a: 1,\n  b 2}"_s << 2 << 6 << u"':'"_s;
        QTest::newRow("bad character") << u"a ! b"_s << 1 << 3 << u"'!'"_s;
        QTest::newRow("bad unicode escape") << u"\"x\\u12\""_s << 1 << 3 << u"hexadecimal"_s;
        QTest::newRow("trailing") << u"1 2 3"_s << 1 << 3 << u"'2'"_s;
        QTest::newRow("keyword") << u"1 + then"_s << 1 << 5 << u"'then'"_s;
        QTest::newRow("duplicate key") << u"{a: 1, a: 2}"_s << 1 << 8 << u"two entries"_s;
        QTest::newRow("range without end") << u"[1..]"_s << 1 << 5 << u"end point"_s;
        QTest::newRow("temporal without string") << u"@ 1"_s << 1 << 3 << u"@"_s;
        QTest::newRow("unclosed comment") << u"1 + /* x"_s << 1 << 5 << u"*/"_s;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, fragment);
        const ParseResult r = parseExpression(text);
        QVERIFY(!r.ok());
        QVERIFY(!r.expr);
        QCOMPARE(r.errors.size(), 1);
        const Diagnostic &d = r.errors.first();
        QVERIFY2(d.message.contains(fragment), qPrintable(d.message));
        QCOMPARE(d.line, line);
        QCOMPARE(d.column, column);
    }

    void deepNestingIsRejectedNotCrashed()
    {
        const QString deep = QString(5000, u'(') + u'1' + QString(5000, u')');
        QVERIFY(!parseExpression(deep).ok());
        QString chain = u"1"_s;
        for (int i = 0; i < 2000; ++i)
            chain += u" + 1"_s;
        const ParseResult r = parseExpression(chain);
        QVERIFY(!r.ok());
        QVERIFY(r.errors.first().message.contains(u"nested"_s));
        QString minus(5000, u'-');
        QVERIFY(!parseExpression(minus + u'1').ok());
    }

    void facadeKeepsSource()
    {
        const ParseResult r = parseExpression(u"a + 1"_s);
        QVERIFY(r.ok());
        QCOMPARE(sourceText(*r.expr), u"a + 1"_s);
        const UnaryTestsParseResult t = parseUnaryTests(u"< 3"_s);
        QVERIFY(t.ok());
        QCOMPARE(sourceText(*t.tests), u"< 3"_s);
        QVERIFY(!parseUnaryTests(u"< "_s).ok());
    }

    // Names and literals of a parsed expression are kept for the program's life (no
    // shared header to count references in), equal texts share one copy, and only source
    // texts of reasonable size are kept.
    void namesAndLiteralsAreKept()
    {
        auto unshared = [](QString s) { return s.data_ptr().d_ptr() == nullptr; };
        Parser p(u"{kostnad typ: \"hyra\", b: kostnad typ}.b"_s, {});
        const NodePtr n = p.parseExpression();
        QVERIFY(p.errors().isEmpty());
        const Node &context = *n->children[0];
        QCOMPARE(context.kind, Node::Kind::Context);
        QCOMPARE(context.names, QStringList({u"kostnad typ"_s, u"b"_s}));
        for (const QString &name : context.names)
            QVERIFY(unshared(name));
        QVERIFY(unshared(context.children[0]->text)); // the literal "hyra"
        QCOMPARE(context.children[1]->text, u"kostnad typ"_s);
        QCOMPARE(context.children[1]->text.constData(), context.names[0].constData());
        QVERIFY(unshared(n->text)); // the path's property

        const QString once = SourceText::kept(u"en text som bara finns här"_s);
        const qsizetype total = SourceText::keptChars();
        QCOMPARE(SourceText::kept(u"en text som bara finns här"_s).constData(), once.constData());
        QCOMPARE(SourceText::keptChars(), total);
        const QString longText(SourceText::maxTextChars + 1, u'x');
        QVERIFY(!unshared(SourceText::kept(longText)));
        QVERIFY(SourceText::kept(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFeelParser)
#include "tst_feelparser.moc"
