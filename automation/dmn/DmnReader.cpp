#include "automation/dmn/DmnReader.h"

#include "automation/dmn/DecisionTable.h"
#include "automation/feel/SourceText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <optional>

namespace casebench::dmn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DmnReader", text);
}

struct DmnNamespace
{
    const char16_t *uri;
    const char16_t *version;
};

constexpr DmnNamespace kModelNamespaces[] = {
    {u"http://www.omg.org/spec/DMN/20151101/dmn.xsd", u"1.1"},
    {u"http://www.omg.org/spec/DMN/20180521/MODEL/", u"1.2"},
    {u"https://www.omg.org/spec/DMN/20191111/MODEL/", u"1.3"},
    {u"https://www.omg.org/spec/DMN/20211108/MODEL/", u"1.4"},
    {u"https://www.omg.org/spec/DMN/20230324/MODEL/", u"1.5"},
};

// Namespaces whose prefix on a typeRef QName (DMN 1.1 "feel:string") names a FEEL type.
constexpr const char16_t *kFeelNamespaces[] = {
    u"http://www.omg.org/spec/FEEL/20140401",
    u"http://www.omg.org/spec/DMN/20180521/FEEL/",
    u"https://www.omg.org/spec/DMN/20191111/FEEL/",
    u"https://www.omg.org/spec/DMN/20211108/FEEL/",
    u"https://www.omg.org/spec/DMN/20230324/FEEL/",
};

QString versionOf(QStringView uri)
{
    for (const auto &ns : kModelNamespaces) {
        if (uri == QStringView(ns.uri))
            return QString::fromUtf16(ns.version);
    }
    return {};
}

class Parser
{
public:
    Parser(const QByteArray &xml, QString fileName) : m_xml(xml), m_file(std::move(fileName)) {}

    Result<Definitions> run()
    {
        Definitions defs;
        defs.fileName = m_file;
        if (!m_xml.readNextStartElement()) {
            fail(m_xml.hasError() ? m_xml.errorString() : tr("the file holds no XML element"));
            return *m_problem;
        }
        if (m_xml.name() != u"definitions" || versionOf(m_xml.namespaceUri()).isEmpty()) {
            fail(tr("the root element is not a DMN <definitions> (namespace \"%1\")")
                     .arg(m_xml.namespaceUri().toString()));
            return *m_problem;
        }
        rememberNamespaces();
        defs.dmnVersion = versionOf(m_xml.namespaceUri());
        m_dmnNamespace = m_xml.namespaceUri().toString();
        defs.name = attr(u"name");
        defs.nameSpace = attr(u"namespace");
        m_modelNamespace = defs.nameSpace;
        parseDefinitionsBody(defs);
        if (!m_problem && m_xml.hasError())
            fail(m_xml.errorString());
        if (m_problem)
            return *m_problem;
        return defs;
    }

private:
    QXmlStreamReader m_xml;
    QString m_file;
    QString m_dmnNamespace;
    QString m_modelNamespace;
    QHash<QString, QString> m_prefixes;
    std::optional<Problem> m_problem;

    void fail(const QString &message, const QString &where = {}, int line = -1)
    {
        if (m_problem)
            return;
        Problem p;
        p.file = m_file;
        p.line = line >= 0 ? line : int(m_xml.lineNumber());
        p.field = where;
        p.message = message;
        m_problem = p;
        m_xml.raiseError(message);
    }

    bool ok() const { return !m_problem && !m_xml.hasError(); }

    void rememberNamespaces()
    {
        const auto decls = m_xml.namespaceDeclarations();
        for (const auto &d : decls)
            m_prefixes.insert(d.prefix().toString(), d.namespaceUri().toString());
    }

    // Names, ids and namespaces are copied into every evaluation's scopes, traces and
    // results: kept for the program's life, a copy costs no reference count (see
    // feel::SourceText). Other attributes (labels, typeRefs, URIs) are read as they are.
    QString attr(QStringView name) const
    {
        QString value = m_xml.attributes().value(name.toString()).toString();
        if (name == u"name" || name == u"id" || name == u"namespace")
            return feel::SourceText::kept(value);
        return value;
    }

    // A typeRef without a FEEL or model namespace prefix ("feel:number" → "number").
    QString typeRefAttr(QStringView name = u"typeRef")
    {
        return cleanTypeRef(attr(name));
    }

    QString cleanTypeRef(const QString &raw) const
    {
        const QString t = raw.trimmed();
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            return t;
        const QString prefix = t.left(colon);
        const auto it = m_prefixes.constFind(prefix);
        if (it == m_prefixes.constEnd())
            return t;
        for (const auto *feelNs : kFeelNamespaces) {
            if (*it == QStringView(feelNs))
                return t.mid(colon + 1);
        }
        if (*it == m_modelNamespace || *it == m_dmnNamespace)
            return t.mid(colon + 1);
        return t;
    }

    bool isDmnElement() const { return m_xml.namespaceUri() == m_dmnNamespace; }

    int line() const { return int(m_xml.lineNumber()); }

    static QString describe(const QString &kind, const QString &name, const QString &id)
    {
        const QString label = !name.isEmpty() ? name : id;
        return label.isEmpty() ? kind : QStringLiteral("%1 '%2'").arg(kind, label);
    }

    // Reads the children of the current element, calling f at each DMN child start
    // element; f must consume the element. Non-DMN children (extensions, DI) are skipped.
    template <typename F>
    void children(F f)
    {
        while (ok() && m_xml.readNextStartElement()) {
            rememberNamespaces();
            if (!isDmnElement()) {
                m_xml.skipCurrentElement();
                continue;
            }
            f(m_xml.name());
        }
    }

    QString readText() { return m_xml.readElementText(QXmlStreamReader::IncludeChildElements); }

    // <text> child of the current element (literal expressions, unary tests …).
    QString readTextChild()
    {
        QString text;
        children([&](QStringView n) {
            if (n == u"text")
                text = readText();
            else
                m_xml.skipCurrentElement();
        });
        return text;
    }

    ElementRef readHref()
    {
        const QString href = attr(u"href").trimmed();
        m_xml.skipCurrentElement();
        const qsizetype hash = href.indexOf(QLatin1Char('#'));
        if (hash < 0)
            return {QString(), href};
        ElementRef ref{href.left(hash), href.mid(hash + 1)};
        if (ref.nameSpace == m_modelNamespace)
            ref.nameSpace.clear();
        return ref;
    }

    void parseDefinitionsBody(Definitions &defs)
    {
        children([&](QStringView n) {
            if (n == u"import") {
                Import imp;
                imp.line = line();
                imp.nameSpace = attr(u"namespace");
                imp.name = attr(u"name");
                imp.importType = attr(u"importType");
                imp.locationUri = attr(u"locationURI");
                m_xml.skipCurrentElement();
                defs.imports << imp;
            } else if (n == u"itemDefinition") {
                defs.itemDefinitions << parseItemDefinition();
            } else if (n == u"inputData") {
                InputData in;
                in.line = line();
                in.id = attr(u"id");
                in.name = attr(u"name");
                children([&](QStringView c) {
                    if (c == u"variable") {
                        in.typeRef = typeRefAttr();
                        if (in.name.isEmpty())
                            in.name = attr(u"name");
                    }
                    m_xml.skipCurrentElement();
                });
                if (in.name.isEmpty())
                    fail(tr("input data has no name"), describe(QStringLiteral("inputData"), in.name, in.id), in.line);
                defs.inputData << in;
            } else if (n == u"decision") {
                defs.decisions << parseDecision();
            } else if (n == u"businessKnowledgeModel") {
                defs.knowledgeModels << parseKnowledgeModel();
            } else if (n == u"decisionService") {
                defs.decisionServices << parseDecisionService();
            } else {
                m_xml.skipCurrentElement();
            }
        });
    }

    ItemDefinition parseItemDefinition()
    {
        ItemDefinition def;
        def.line = line();
        def.id = attr(u"id");
        def.name = attr(u"name");
        def.isCollection = attr(u"isCollection") == u"true";
        def.typeRef = typeRefAttr(); // not in the schema, but some exporters write it
        children([&](QStringView n) {
            if (n == u"typeRef") {
                def.typeRef = cleanTypeRef(readText());
            } else if (n == u"allowedValues") {
                def.allowedValues = readTextChild();
            } else if (n == u"typeConstraint") {
                def.typeConstraint = readTextChild();
            } else if (n == u"itemComponent") {
                def.components << parseItemDefinition();
            } else if (n == u"functionItem") {
                def.isFunction = true;
                def.functionOutputTypeRef = cleanTypeRef(attr(u"outputTypeRef"));
                children([&](QStringView c) {
                    if (c == u"parameters")
                        def.functionParameters.append({attr(u"name"), typeRefAttr()});
                    m_xml.skipCurrentElement();
                });
            } else {
                m_xml.skipCurrentElement();
            }
        });
        return def;
    }

    static bool isExpressionElement(QStringView n)
    {
        return n == u"literalExpression" || n == u"decisionTable" || n == u"context"
            || n == u"invocation" || n == u"relation" || n == u"list" || n == u"functionDefinition"
            || n == u"conditional" || n == u"filter" || n == u"for" || n == u"some" || n == u"every";
    }

    Decision parseDecision()
    {
        Decision d;
        d.line = line();
        d.id = attr(u"id");
        d.name = attr(u"name");
        const QString where = describe(QStringLiteral("decision"), d.name, d.id);
        children([&](QStringView n) {
            if (n == u"variable") {
                d.typeRef = typeRefAttr();
                m_xml.skipCurrentElement();
            } else if (n == u"informationRequirement") {
                children([&](QStringView c) {
                    if (c == u"requiredDecision")
                        d.requiredDecisions << readHref();
                    else if (c == u"requiredInput")
                        d.requiredInputs << readHref();
                    else
                        m_xml.skipCurrentElement();
                });
            } else if (n == u"knowledgeRequirement") {
                children([&](QStringView c) {
                    if (c == u"requiredKnowledge")
                        d.requiredKnowledge << readHref();
                    else
                        m_xml.skipCurrentElement();
                });
            } else if (isExpressionElement(n)) {
                d.expression = parseExpression(where);
            } else {
                m_xml.skipCurrentElement();
            }
        });
        if (ok() && d.name.isEmpty())
            fail(tr("decision has no name"), where, d.line);
        return d;
    }

    BusinessKnowledgeModel parseKnowledgeModel()
    {
        BusinessKnowledgeModel b;
        b.line = line();
        b.id = attr(u"id");
        b.name = attr(u"name");
        const QString where = describe(QStringLiteral("business knowledge model"), b.name, b.id);
        children([&](QStringView n) {
            if (n == u"variable") {
                b.typeRef = typeRefAttr();
                m_xml.skipCurrentElement();
            } else if (n == u"encapsulatedLogic") {
                auto fn = std::make_shared<BoxedExpression>();
                fn->kind = BoxedExpression::Kind::FunctionDefinition;
                readFunctionDefinition(*fn, where);
                b.logic = fn;
            } else if (n == u"knowledgeRequirement") {
                children([&](QStringView c) {
                    if (c == u"requiredKnowledge")
                        b.requiredKnowledge << readHref();
                    else
                        m_xml.skipCurrentElement();
                });
            } else {
                m_xml.skipCurrentElement();
            }
        });
        if (ok() && b.name.isEmpty())
            fail(tr("business knowledge model has no name"), where, b.line);
        return b;
    }

    DecisionService parseDecisionService()
    {
        DecisionService s;
        s.line = line();
        s.id = attr(u"id");
        s.name = attr(u"name");
        children([&](QStringView n) {
            if (n == u"variable") {
                s.typeRef = typeRefAttr();
                m_xml.skipCurrentElement();
            } else if (n == u"outputDecision") {
                s.outputDecisions << readHref();
            } else if (n == u"encapsulatedDecision") {
                s.encapsulatedDecisions << readHref();
            } else if (n == u"inputDecision") {
                s.inputDecisions << readHref();
            } else if (n == u"inputData") {
                s.inputData << readHref();
            } else {
                m_xml.skipCurrentElement();
            }
        });
        if (ok() && s.outputDecisions.isEmpty())
            fail(tr("decision service has no output decision"),
                 describe(QStringLiteral("decision service"), s.name, s.id), s.line);
        return s;
    }

    // The current element (functionDefinition or encapsulatedLogic) into fn.
    void readFunctionDefinition(BoxedExpression &fn, const QString &where)
    {
        fn.line = line();
        fn.id = attr(u"id");
        fn.typeRef = typeRefAttr();
        fn.functionKind = attr(u"kind");
        if (fn.functionKind.isEmpty())
            fn.functionKind = QStringLiteral("FEEL");
        children([&](QStringView n) {
            if (n == u"formalParameter") {
                fn.parameters.append({attr(u"name"), typeRefAttr()});
                m_xml.skipCurrentElement();
            } else if (isExpressionElement(n)) {
                fn.body = parseExpression(where);
            } else {
                m_xml.skipCurrentElement();
            }
        });
    }

    // The single expression inside a wrapper element (<if>, <in>, <then> …).
    BoxedExpressionPtr parseWrapped(const QString &where)
    {
        BoxedExpressionPtr inner;
        children([&](QStringView n) {
            if (isExpressionElement(n))
                inner = parseExpression(where);
            else
                m_xml.skipCurrentElement();
        });
        return inner;
    }

    BoxedExpressionPtr parseExpression(const QString &where)
    {
        auto e = std::make_shared<BoxedExpression>();
        e->line = line();
        e->id = attr(u"id");
        e->typeRef = typeRefAttr();
        const QString n = m_xml.name().toString();
        using K = BoxedExpression::Kind;
        if (n == u"literalExpression") {
            e->kind = K::Literal;
            children([&](QStringView c) {
                if (c == u"text")
                    e->text = readText();
                else
                    m_xml.skipCurrentElement();
            });
        } else if (n == u"decisionTable") {
            e->kind = K::DecisionTable;
            e->table = parseDecisionTable(where);
        } else if (n == u"context") {
            e->kind = K::Context;
            children([&](QStringView c) {
                if (c != u"contextEntry") {
                    m_xml.skipCurrentElement();
                    return;
                }
                ContextEntry entry;
                entry.line = line();
                children([&](QStringView cc) {
                    if (cc == u"variable") {
                        entry.name = attr(u"name");
                        entry.typeRef = typeRefAttr();
                        m_xml.skipCurrentElement();
                    } else if (isExpressionElement(cc)) {
                        entry.value = parseExpression(where);
                    } else {
                        m_xml.skipCurrentElement();
                    }
                });
                e->entries << entry;
            });
            for (qsizetype i = 0; ok() && i + 1 < e->entries.size(); ++i) {
                if (e->entries.at(i).name.isEmpty())
                    fail(tr("only the last context entry may lack a variable"), where, e->entries.at(i).line);
            }
        } else if (n == u"invocation") {
            e->kind = K::Invocation;
            children([&](QStringView c) {
                if (c == u"binding") {
                    InvocationBinding b;
                    children([&](QStringView cc) {
                        if (cc == u"parameter") {
                            b.parameter = attr(u"name");
                            m_xml.skipCurrentElement();
                        } else if (isExpressionElement(cc)) {
                            b.value = parseExpression(where);
                        } else {
                            m_xml.skipCurrentElement();
                        }
                    });
                    e->bindings << b;
                } else if (isExpressionElement(c)) {
                    e->callee = parseExpression(where);
                } else {
                    m_xml.skipCurrentElement();
                }
            });
            if (ok() && !e->callee)
                fail(tr("invocation names no function"), where, e->line);
        } else if (n == u"relation") {
            e->kind = K::Relation;
            children([&](QStringView c) {
                if (c == u"column") {
                    e->columns << attr(u"name");
                    m_xml.skipCurrentElement();
                } else if (c == u"row") {
                    QList<BoxedExpressionPtr> row;
                    const int rowLine = line();
                    children([&](QStringView cc) {
                        if (isExpressionElement(cc))
                            row << parseExpression(where);
                        else
                            m_xml.skipCurrentElement();
                    });
                    if (ok() && row.size() != e->columns.size())
                        fail(tr("relation row has %1 cells for %2 columns").arg(row.size()).arg(e->columns.size()),
                             where, rowLine);
                    e->rows << row;
                } else {
                    m_xml.skipCurrentElement();
                }
            });
        } else if (n == u"list") {
            e->kind = K::List;
            children([&](QStringView c) {
                if (isExpressionElement(c))
                    e->items << parseExpression(where);
                else
                    m_xml.skipCurrentElement();
            });
        } else if (n == u"functionDefinition") {
            e->kind = K::FunctionDefinition;
            readFunctionDefinition(*e, where);
        } else if (n == u"conditional" || n == u"filter" || n == u"for" || n == u"some" || n == u"every") {
            QStringList slotNames;
            if (n == u"conditional") {
                e->kind = K::Conditional;
                slotNames = {QStringLiteral("if"), QStringLiteral("then"), QStringLiteral("else")};
            } else if (n == u"filter") {
                e->kind = K::Filter;
                slotNames = {QStringLiteral("in"), QStringLiteral("match")};
            } else {
                e->kind = n == u"for" ? K::For : n == u"some" ? K::Some : K::Every;
                slotNames = {QStringLiteral("in"), n == u"for" ? QStringLiteral("return") : QStringLiteral("satisfies")};
                e->iteratorVariable = attr(u"iteratorVariable");
            }
            e->items.resize(slotNames.size());
            children([&](QStringView c) {
                const qsizetype slot = slotNames.indexOf(c.toString());
                if (slot < 0) {
                    m_xml.skipCurrentElement();
                    return;
                }
                e->items[slot] = parseWrapped(where);
            });
            for (qsizetype i = 0; ok() && i < slotNames.size(); ++i) {
                if (!e->items.at(i))
                    fail(tr("<%1> has no <%2> expression").arg(n, slotNames.at(i)), where, e->line);
            }
        }
        return e;
    }

    std::shared_ptr<const DecisionTable> parseDecisionTable(const QString &where)
    {
        auto t = std::make_shared<DecisionTable>();
        t->line = line();
        t->id = attr(u"id");
        t->outputLabel = attr(u"outputLabel");
        const QString hp = attr(u"hitPolicy");
        if (hp.isEmpty() || hp == u"UNIQUE")
            t->hitPolicy = HitPolicy::Unique;
        else if (hp == u"ANY")
            t->hitPolicy = HitPolicy::Any;
        else if (hp == u"PRIORITY")
            t->hitPolicy = HitPolicy::Priority;
        else if (hp == u"FIRST")
            t->hitPolicy = HitPolicy::First;
        else if (hp == u"COLLECT")
            t->hitPolicy = HitPolicy::Collect;
        else if (hp == u"RULE ORDER")
            t->hitPolicy = HitPolicy::RuleOrder;
        else if (hp == u"OUTPUT ORDER")
            t->hitPolicy = HitPolicy::OutputOrder;
        else
            fail(tr("unknown hit policy \"%1\"").arg(hp), where);
        const QString agg = attr(u"aggregation");
        if (agg == u"SUM")
            t->aggregation = Aggregation::Sum;
        else if (agg == u"MIN")
            t->aggregation = Aggregation::Min;
        else if (agg == u"MAX")
            t->aggregation = Aggregation::Max;
        else if (agg == u"COUNT")
            t->aggregation = Aggregation::Count;
        else if (!agg.isEmpty())
            fail(tr("unknown aggregation \"%1\"").arg(agg), where);
        if (ok() && t->aggregation != Aggregation::None && t->hitPolicy != HitPolicy::Collect)
            fail(tr("an aggregation needs the COLLECT hit policy"), where);

        children([&](QStringView n) {
            if (n == u"input") {
                DecisionTable::Input in;
                in.line = line();
                in.id = attr(u"id");
                in.label = attr(u"label");
                children([&](QStringView c) {
                    if (c == u"inputExpression") {
                        in.typeRef = typeRefAttr();
                        in.expression = readTextChild();
                    } else if (c == u"inputValues") {
                        in.inputValues = readTextChild();
                    } else {
                        m_xml.skipCurrentElement();
                    }
                });
                t->inputs << in;
            } else if (n == u"output") {
                DecisionTable::Output out;
                out.line = line();
                out.id = attr(u"id");
                out.name = attr(u"name");
                out.label = attr(u"label");
                out.typeRef = typeRefAttr();
                children([&](QStringView c) {
                    if (c == u"outputValues")
                        out.outputValues = readTextChild();
                    else if (c == u"defaultOutputEntry")
                        out.defaultOutputEntry = readTextChild();
                    else
                        m_xml.skipCurrentElement();
                });
                t->outputs << out;
            } else if (n == u"annotation") {
                t->annotationNames << attr(u"name");
                m_xml.skipCurrentElement();
            } else if (n == u"rule") {
                DecisionTable::Rule r;
                r.line = line();
                r.id = attr(u"id");
                children([&](QStringView c) {
                    if (c == u"inputEntry")
                        r.inputEntries << readTextChild();
                    else if (c == u"outputEntry")
                        r.outputEntries << readTextChild();
                    else if (c == u"annotationEntry")
                        r.annotations << readTextChild();
                    else
                        m_xml.skipCurrentElement();
                });
                t->rules << r;
            } else {
                m_xml.skipCurrentElement();
            }
        });
        if (!ok())
            return t;
        if (t->outputs.isEmpty()) {
            fail(tr("decision table has no output"), where, t->line);
            return t;
        }
        if (t->outputs.size() > 1) {
            for (const auto &o : std::as_const(t->outputs)) {
                if (o.name.isEmpty()) {
                    fail(tr("an output of a multi-output decision table has no name"), where, o.line);
                    return t;
                }
            }
        }
        for (const auto &r : std::as_const(t->rules)) {
            const QString ruleLabel = r.id.isEmpty() ? tr("a rule") : tr("rule '%1'").arg(r.id);
            if (r.inputEntries.size() != t->inputs.size()) {
                fail(tr("%1 has %2 input entries for %3 inputs")
                         .arg(ruleLabel)
                         .arg(r.inputEntries.size())
                         .arg(t->inputs.size()),
                     where, r.line);
                return t;
            }
            if (r.outputEntries.size() != t->outputs.size()) {
                fail(tr("%1 has %2 output entries for %3 outputs")
                         .arg(ruleLabel)
                         .arg(r.outputEntries.size())
                         .arg(t->outputs.size()),
                     where, r.line);
                return t;
            }
        }
        return t;
    }
};

} // namespace

bool DmnReader::isDmnNamespace(QStringView uri)
{
    return !versionOf(uri).isEmpty();
}

Result<Definitions> DmnReader::readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        Problem p;
        p.file = path;
        p.message = tr("cannot read the file: %1").arg(f.errorString());
        return p;
    }
    return read(f.readAll(), path);
}

Result<Definitions> DmnReader::read(const QByteArray &xml, const QString &fileName)
{
    Parser parser(xml, fileName);
    return parser.run();
}

} // namespace casebench::dmn
