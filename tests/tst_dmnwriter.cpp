// DmnWriter: writing rules back keeps every other character of the model; an edited cell
// is the only difference in the XML; rewritten tables read and evaluate as before.

#include "automation/dmn/DmnReader.h"
#include "automation/dmn/DmnWriter.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackStore.h"
#include "automation/rulepack/RulePackValidation.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace casebench::dmn;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

// Every decision table of a model, top level or inside knowledge models.
QList<DecisionTable> tablesOf(const Definitions &defs)
{
    QList<DecisionTable> tables;
    for (const auto &d : defs.decisions) {
        if (d.expression && d.expression->table)
            tables << *d.expression->table;
    }
    for (const auto &b : defs.knowledgeModels) {
        if (b.logic && b.logic->body && b.logic->body->table)
            tables << *b.logic->body->table;
    }
    return tables;
}

bool sameRules(const DecisionTable &a, const DecisionTable &b)
{
    if (a.rules.size() != b.rules.size())
        return false;
    for (qsizetype i = 0; i < a.rules.size(); ++i) {
        const auto &x = a.rules.at(i);
        const auto &y = b.rules.at(i);
        if (x.id != y.id || x.inputEntries != y.inputEntries ||
            x.outputEntries != y.outputEntries || x.annotations != y.annotations)
            return false;
    }
    return true;
}

// A model written the way other modelers write them: a prefix for the DMN namespace,
// CRLF line ends, entry ids, a <text/> cell, comments, an extension and diagram
// interchange that casebench does not read.
const QByteArray Prefixed =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n"
    "<dmn:definitions xmlns:dmn=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" "
    "xmlns:dmndi=\"https://www.omg.org/spec/DMN/20191111/DMNDI/\" "
    "xmlns:dc=\"http://www.omg.org/spec/DMN/20180521/DC/\" "
    "xmlns:camunda=\"http://camunda.org/schema/1.0/dmn\" id=\"defs\" name=\"Avgift\" "
    "namespace=\"urn:test\">\r\n"
    "  <dmn:inputData id=\"in\" name=\"alder\"><dmn:variable name=\"alder\" "
    "typeRef=\"number\"/></dmn:inputData>\r\n"
    "  <dmn:decision id=\"Avgift\" name=\"Avgift\" camunda:historyTimeToLive=\"180\">\r\n"
    "    <dmn:informationRequirement id=\"ir\"><dmn:requiredInput "
    "href=\"#in\"/></dmn:informationRequirement>\r\n"
    "    <dmn:decisionTable id=\"AvgiftTabell\" hitPolicy=\"FIRST\">\r\n"
    "      <dmn:input id=\"i1\" label=\"Ålder\"><dmn:inputExpression id=\"ie1\" "
    "typeRef=\"number\"><dmn:text>alder</dmn:text></dmn:inputExpression></dmn:input>\r\n"
    "      <dmn:output id=\"o1\" name=\"avgift\" typeRef=\"number\"/>\r\n"
    "      <dmn:annotation name=\"Källa\"/>\r\n"
    "      <!-- barn -->\r\n"
    "      <dmn:rule id=\"R1\">\r\n"
    "        <dmn:inputEntry id=\"R1-in\"><dmn:text>&lt; 18</dmn:text></dmn:inputEntry>\r\n"
    "        <dmn:outputEntry id=\"R1-out\"><dmn:text>0</dmn:text></dmn:outputEntry>\r\n"
    "        <dmn:annotationEntry id=\"R1-note\"><dmn:text>barn &amp; "
    "unga</dmn:text></dmn:annotationEntry>\r\n"
    "      </dmn:rule>\r\n"
    "      <dmn:rule id=\"R2\">\r\n"
    "        <dmn:inputEntry id=\"R2-in\"><dmn:text>-</dmn:text></dmn:inputEntry>\r\n"
    "        <dmn:outputEntry id=\"R2-out\"><dmn:text>100</dmn:text></dmn:outputEntry>\r\n"
    "        <dmn:annotationEntry id=\"R2-note\"><dmn:text/></dmn:annotationEntry>\r\n"
    "      </dmn:rule>\r\n"
    "    </dmn:decisionTable>\r\n"
    "  </dmn:decision>\r\n"
    "  <dmn:decision id=\"Tak\" name=\"Tak\"><dmn:literalExpression "
    "id=\"le\"><dmn:text>500</dmn:text></dmn:literalExpression></dmn:decision>\r\n"
    "  <dmndi:DMNDI><dmndi:DMNDiagram id=\"dia\"><dmndi:DMNShape id=\"s1\" "
    "dmnElementRef=\"Avgift\">"
    "<dc:Bounds height=\"80\" width=\"180\" x=\"160\" "
    "y=\"100\"/></dmndi:DMNShape></dmndi:DMNDiagram></dmndi:DMNDI>\r\n"
    "</dmn:definitions>\r\n";

} // namespace

class TestDmnWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unchangedRulesWriteTheSameBytes_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(ShippedPacks);
        for (const QString &pack : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            for (const QString &dmn : QDir(dir.filePath(pack)).entryList({u"*.dmn"_s}, QDir::Files))
                QTest::newRow(qPrintable(dmn)) << dir.filePath(pack + u'/' + dmn);
        }
        QTest::newRow("prefixed") << QString();
    }

    void unchangedRulesWriteTheSameBytes()
    {
        QFETCH(QString, file);
        const QByteArray xml = file.isEmpty() ? Prefixed : readAll(file);
        QVERIFY(!xml.isEmpty());
        auto defs = DmnReader::read(xml, file);
        QVERIFY2(defs.ok(), qPrintable(defs.ok() ? QString() : defs.error().toString()));
        auto writer = DmnWriter::read(xml, file);
        QVERIFY(writer.ok());
        const QList<DecisionTable> tables = tablesOf(*defs);
        QVERIFY(!tables.isEmpty());
        for (const DecisionTable &t : tables) {
            const auto written = writer->setRules(t.id, t.rules);
            QVERIFY2(written.ok(),
                     qPrintable(written.ok() ? QString() : written.error().toString()));
        }
        QVERIFY(!writer->isModified());
        QCOMPARE(writer->xml(), xml);
    }

    // Every table's rules removed and written anew (so each rule is generated, not kept):
    // the model reads back with the same rules, and each shipped pack's examples still pass.
    void rewrittenTablesEvaluateAsBefore_data()
    {
        QTest::addColumn<QString>("pack");
        const QDir dir(ShippedPacks);
        for (const QString &pack : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            QTest::newRow(qPrintable(pack)) << dir.filePath(pack);
    }

    void rewrittenTablesEvaluateAsBefore()
    {
        QFETCH(QString, pack);
        auto files = RulePackStore::readFolder(pack);
        QVERIFY(files.ok());
        for (auto it = files->begin(); it != files->end(); ++it) {
            if (!it.key().endsWith(u".dmn"_s))
                continue;
            const QByteArray xml = it.value().toUtf8();
            auto defs = DmnReader::read(xml, it.key());
            QVERIFY(defs.ok());
            auto writer = DmnWriter::read(xml, it.key());
            QVERIFY(writer.ok());
            const QList<DecisionTable> tables = tablesOf(*defs);
            for (const DecisionTable &t : tables) {
                QVERIFY(writer->setRules(t.id, {}).ok());
                QVERIFY(writer->setRules(t.id, t.rules).ok());
            }
            auto again = DmnReader::read(writer->xml(), it.key());
            QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
            const QList<DecisionTable> reread = tablesOf(*again);
            QCOMPARE(reread.size(), tables.size());
            for (qsizetype i = 0; i < tables.size(); ++i)
                QVERIFY2(sameRules(tables.at(i), reread.at(i)), qPrintable(tables.at(i).id));
            it.value() = QString::fromUtf8(writer->xml());
        }
        QTemporaryDir tmp;
        QVERIFY(RulePackStore::writeFolder(*files, tmp.filePath(u"pack"_s)).ok());
        auto loaded = RulePackLoader::loadFolder(tmp.filePath(u"pack"_s));
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : describe(loaded.error())));
        const Problems problems = RulePackValidation::validate(**loaded);
        QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
    }

    void editedCellIsTheOnlyDifference()
    {
        const QString path = ShippedPacks + u"/ekonomiskt-bistand/ekonomiskt-bistand.dmn"_s;
        const QByteArray xml = readAll(path);
        auto defs = DmnReader::read(xml, path);
        QVERIFY(defs.ok());
        DecisionTable vuxen;
        for (const DecisionTable &t : tablesOf(*defs)) {
            if (t.id == u"VuxennormTabell"_s)
                vuxen = t;
        }
        QCOMPARE(vuxen.rules.at(2).id, u"RN2023-V1"_s);
        vuxen.rules[2].outputEntries[0] = u"3590"_s;

        auto writer = DmnWriter::read(xml, path);
        QVERIFY(writer.ok());
        QVERIFY(writer->setRules(vuxen.id, vuxen.rules).ok());
        QVERIFY(writer->isModified());

        const QByteArray cell =
            R"(<outputEntry><text>3490</text></outputEntry><outputEntry><text>"RN2023-V1"</text>)";
        QCOMPARE(xml.count(cell), 1);
        QByteArray expected = xml;
        expected.replace(cell, QByteArray(cell).replace("3490", "3590"));
        QCOMPARE(writer->xml(), expected);
    }

    void constantIsTheOnlyDifference()
    {
        const QString path = ShippedPacks + u"/ekonomiskt-bistand/ekonomiskt-bistand.dmn"_s;
        const QByteArray xml = readAll(path);
        auto writer = DmnWriter::read(xml, path);
        QVERIFY(writer.ok());
        QVERIFY(writer->setLiteralText(u"Sparbuffert"_s, u"3000"_s).ok());
        QVERIFY(!writer->isModified());
        QVERIFY(writer->setLiteralText(u"Sparbuffert"_s, u"3500"_s).ok());
        const QByteArray before = "<literalExpression><text>3000</text></literalExpression>";
        QCOMPARE(xml.count(before), 1);
        QByteArray expected = xml;
        expected.replace(before, "<literalExpression><text>3500</text></literalExpression>");
        QCOMPARE(writer->xml(), expected);
        QVERIFY(!writer->setLiteralText(u"NoSuchDecision"_s, u"1"_s).ok());
    }

    // Moved rules take their text along, removed ones leave nothing behind, a new rule is
    // written like its neighbours: prefix, line ends, entry ids (new and unique).
    void moveRemoveAndAddInAPrefixedModel()
    {
        auto writer = DmnWriter::read(Prefixed, u"avgift.dmn"_s);
        QVERIFY(writer.ok());
        DecisionTable::Rule r1{u"R1"_s, 0, {u"< 18"_s}, {u"0"_s}, {u"barn & unga"_s}};
        DecisionTable::Rule r2{u"R2"_s, 0, {u"-"_s}, {u"100"_s}, {u"vuxna"_s}};
        DecisionTable::Rule r3{u"R3"_s, 0, {u">= 65"_s}, {u"50"_s}, {u"pensionär <65>"_s}};
        QVERIFY(writer->setRules(u"AvgiftTabell"_s, {r3, r2, r1}).ok());
        const QString out = QString::fromUtf8(writer->xml());

        // Everything outside the rules is untouched.
        const QString original = QString::fromUtf8(Prefixed);
        const qsizetype head = original.indexOf(u"      <!-- barn -->"_s);
        QVERIFY(out.startsWith(original.left(head - 2)));
        const qsizetype tail = original.indexOf(u"    </dmn:decisionTable>"_s);
        QVERIFY(out.endsWith(original.mid(tail)));
        // R1 keeps its text and the comment before it; R2's <text/> cell got its text.
        QVERIFY(out.contains(
            u"      <!-- barn -->\r\n      <dmn:rule id=\"R1\">\r\n"
            "        <dmn:inputEntry id=\"R1-in\"><dmn:text>&lt; 18</dmn:text></dmn:inputEntry>"_s));
        QVERIFY(out.contains(
            u"<dmn:annotationEntry id=\"R2-note\"><dmn:text>vuxna</dmn:text></dmn:annotationEntry>"_s));
        // R3 is cloned from a neighbour: same prefix and layout, its own ids, escaped text.
        QVERIFY2(
            out.contains(
                u"\r\n      <dmn:rule id=\"R3\">\r\n"
                "        <dmn:inputEntry id=\"R3-in1\"><dmn:text>&gt;= 65</dmn:text></dmn:inputEntry>\r\n"_s),
            qPrintable(out));
        QVERIFY(out.contains(
            u"<dmn:annotationEntry id=\"R3-note1\"><dmn:text>pensionär &lt;65&gt;</dmn:text>"_s));
        QVERIFY(out.indexOf(u"id=\"R3\""_s) < out.indexOf(u"id=\"R2\""_s));
        QVERIFY(out.indexOf(u"id=\"R2\""_s) < out.indexOf(u"id=\"R1\""_s));

        auto defs = DmnReader::read(writer->xml(), u"avgift.dmn"_s);
        QVERIFY2(defs.ok(), qPrintable(defs.ok() ? QString() : defs.error().toString()));
        const DecisionTable table = tablesOf(*defs).first();
        QVERIFY(sameRules(table, DecisionTable{u"AvgiftTabell"_s,
                                               0,
                                               HitPolicy::First,
                                               Aggregation::None,
                                               {},
                                               {},
                                               {},
                                               {},
                                               {r3, r2, r1}}));

        // Removing R2 takes its line with it.
        QVERIFY(writer->setRules(u"AvgiftTabell"_s, {r3, r1}).ok());
        const QString removed = QString::fromUtf8(writer->xml());
        QVERIFY(!removed.contains(u"R2"_s));
        QVERIFY(removed.contains(u"</dmn:rule>\r\n      <!-- barn -->"_s));
    }

    void refusesRulesThatDoNotFit()
    {
        auto writer = DmnWriter::read(Prefixed, u"avgift.dmn"_s);
        QVERIFY(writer.ok());
        const DecisionTable::Rule ok{u"R9"_s, 0, {u"-"_s}, {u"1"_s}, {}};
        QVERIFY(!writer->setRules(u"NoSuchTable"_s, {ok}).ok());
        QVERIFY(!writer->setRules(u"AvgiftTabell"_s, {ok, ok}).ok()); // id twice
        QVERIFY(!writer->setRules(u"AvgiftTabell"_s, {{u"Tak"_s, 0, {u"-"_s}, {u"1"_s}, {}}})
                     .ok()); // id of a decision
        QVERIFY(!writer->setRules(u"AvgiftTabell"_s, {{u"R9"_s, 0, {u"-"_s, u"-"_s}, {u"1"_s}, {}}})
                     .ok());
        QVERIFY(
            !writer->setRules(u"AvgiftTabell"_s, {{QString(), 0, {u"-"_s}, {u"1"_s}, {}}}).ok());
        QVERIFY(!writer->isModified());
        QCOMPARE(writer->xml(), Prefixed);
        // A table with no rule left gets new rules in the layout of its clauses.
        QVERIFY(writer->setRules(u"AvgiftTabell"_s, {}).ok());
        QVERIFY(writer->setRules(u"AvgiftTabell"_s, {ok}).ok());
        const QString out = QString::fromUtf8(writer->xml());
        QVERIFY2(out.contains(u"<dmn:annotation name=\"Källa\"/>\r\n      <dmn:rule id=\"R9\">\r\n "
                              u"       <dmn:inputEntry>"
                              "<dmn:text>-</dmn:text></dmn:inputEntry>"_s),
                 qPrintable(out));
        QVERIFY(DmnReader::read(writer->xml(), u"avgift.dmn"_s).ok());
    }

    void refusesOtherEncodings()
    {
        QByteArray latin1 = Prefixed;
        latin1.replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        QVERIFY(!DmnWriter::read(latin1, u"x.dmn"_s).ok());
        QVERIFY(!DmnWriter::read("<a><b></a>", u"x.dmn"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestDmnWriter)
#include "tst_dmnwriter.moc"
