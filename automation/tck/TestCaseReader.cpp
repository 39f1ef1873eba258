#include "automation/tck/TestCaseReader.h"

#include "automation/feel/Temporal.h"

#include <QCoreApplication>
#include <QFile>
#include <QXmlStreamReader>

#include <optional>

namespace casebench::tck {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TestCaseReader", text);
}

const QString kXsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");

// xsd:duration: a years-months duration when it has only Y/M parts, else days-time.
std::optional<feel::Value> durationValue(const QString &text)
{
    const qsizetype t = text.indexOf(QLatin1Char('T'));
    const QString datePart = t < 0 ? text : text.left(t);
    const bool yearsMonths = (datePart.contains(QLatin1Char('Y')) || datePart.contains(QLatin1Char('M')))
        && !datePart.contains(QLatin1Char('D')) && t < 0;
    if (yearsMonths) {
        if (const auto d = feel::YearsMonthsDuration::fromString(text))
            return feel::Value(*d);
    }
    if (const auto d = feel::DaysTimeDuration::fromString(text))
        return feel::Value(*d);
    if (const auto d = feel::YearsMonthsDuration::fromString(text))
        return feel::Value(*d);
    return std::nullopt;
}

class Parser
{
public:
    Parser(const QByteArray &xml, QString fileName) : m_xml(xml), m_file(std::move(fileName)) {}

    Result<TestCases> run()
    {
        TestCases tc;
        tc.fileName = m_file;
        if (!m_xml.readNextStartElement() || m_xml.name() != u"testCases")
            return problem(tr("the root element is not <testCases>"));
        while (m_xml.readNextStartElement()) {
            const auto n = m_xml.name();
            if (n == u"modelName") {
                tc.modelName = m_xml.readElementText().trimmed();
            } else if (n == u"testCase") {
                TestCase c;
                c.line = int(m_xml.lineNumber());
                c.id = attr(u"id");
                const QString type = attr(u"type");
                c.type = type == u"bkm"               ? TestCase::Type::KnowledgeModel
                       : type == u"decisionService" ? TestCase::Type::DecisionService
                                                      : TestCase::Type::Decision;
                c.invocableName = attr(u"invocableName");
                while (m_xml.readNextStartElement()) {
                    const auto cn = m_xml.name();
                    if (cn == u"inputNode") {
                        TestInput in;
                        in.name = attr(u"name");
                        in.nameSpace = attr(u"namespace");
                        in.value = readValueType();
                        c.inputs << in;
                    } else if (cn == u"resultNode") {
                        ExpectedResult r;
                        r.name = attr(u"name");
                        r.nameSpace = attr(u"namespace");
                        r.errorResult = attr(u"errorResult") == u"true";
                        while (m_xml.readNextStartElement()) {
                            if (m_xml.name() == u"expected")
                                r.expected = readValueType();
                            else
                                m_xml.skipCurrentElement();
                        }
                        c.results << r;
                    } else {
                        m_xml.skipCurrentElement();
                    }
                }
                tc.cases << c;
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (m_xml.hasError())
            return problem(m_xml.errorString());
        if (m_problem)
            return *m_problem;
        return tc;
    }

private:
    QXmlStreamReader m_xml;
    QString m_file;
    std::optional<Problem> m_problem;

    QString attr(QStringView name) const { return m_xml.attributes().value(name.toString()).toString(); }

    Problem problem(const QString &message) const
    {
        Problem p;
        p.file = m_file;
        p.line = int(m_xml.lineNumber());
        p.message = message;
        return p;
    }

    bool isNil() const { return m_xml.attributes().value(kXsi, QStringLiteral("nil")) == u"true"; }

    // The current element is of valueType: its value (or components, or list).
    feel::Value readValueType()
    {
        if (isNil()) {
            m_xml.skipCurrentElement();
            return {};
        }
        std::optional<feel::Value> value;
        feel::Context components;
        bool hasComponents = false;
        while (m_xml.readNextStartElement()) {
            const auto n = m_xml.name();
            if (n == u"value") {
                value = readSimpleValue();
            } else if (n == u"component") {
                hasComponents = true;
                const QString name = attr(u"name");
                components.insert(name, readValueType());
            } else if (n == u"list") {
                if (isNil()) {
                    m_xml.skipCurrentElement();
                    value = feel::Value();
                    continue;
                }
                QList<feel::Value> items;
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"item")
                        items << readValueType();
                    else
                        m_xml.skipCurrentElement();
                }
                value = feel::Value(std::move(items));
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (hasComponents)
            return feel::Value(components);
        return value.value_or(feel::Value());
    }

    feel::Value readSimpleValue()
    {
        if (isNil()) {
            m_xml.skipCurrentElement();
            return {};
        }
        QString type = m_xml.attributes().value(kXsi, QStringLiteral("type")).toString();
        type = type.mid(type.indexOf(QLatin1Char(':')) + 1);
        const QString text = m_xml.readElementText(QXmlStreamReader::IncludeChildElements);
        const QString t = text.trimmed();
        std::optional<feel::Value> v;
        if (type == u"decimal" || type == u"double" || type == u"float" || type == u"int" || type == u"integer"
            || type == u"long" || type == u"short") {
            if (const auto d = feel::Decimal::fromString(t))
                v = feel::Value(*d);
        } else if (type == u"boolean") {
            if (t == u"true" || t == u"1")
                v = feel::Value(true);
            else if (t == u"false" || t == u"0")
                v = feel::Value(false);
        } else if (type == u"date") {
            if (const auto d = feel::Date::fromString(t))
                v = feel::Value(*d);
        } else if (type == u"dateTime") {
            if (const auto d = feel::DateTime::fromString(t))
                v = feel::Value(*d);
        } else if (type == u"time") {
            if (const auto d = feel::Time::fromString(t))
                v = feel::Value(*d);
        } else if (type == u"duration") {
            v = durationValue(t);
        } else {
            v = feel::Value(text); // xsd:string or untyped
        }
        // A value that does not parse as its type is kept as text, so that the test still
        // runs (and fails visibly) instead of losing the whole file.
        return v.value_or(feel::Value(text));
    }
};

} // namespace

Result<TestCases> TestCaseReader::readFile(const QString &path)
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

Result<TestCases> TestCaseReader::read(const QByteArray &xml, const QString &fileName)
{
    Parser parser(xml, fileName);
    return parser.run();
}

} // namespace casebench::tck
