// Proposal pipeline: the test pack end to end, stage results of the wrong shape refused
// with stage and field named, the spot check's determinism and rate, the JSON line's
// shape, and ProposeCommand over files and folders.

#include "automation/pipeline/ApplicationContext.h"
#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "automation/pipeline/ProposeCommand.h"
#include "automation/pipeline/SpotCheck.h"
#include "automation/rulepack/RulePackLoader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ToyPack = QStringLiteral(CASEBENCH_TEST_DATA "/rulepacks/boendeparkering-toy");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

bool copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        QDir().mkpath(QFileInfo(target).path());
        if (!QFile::copy(path, target))
            return false;
    }
    return true;
}

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

std::shared_ptr<const RulePack> loadPack(const QString &folder)
{
    auto pack = RulePackLoader::loadFolder(folder);
    if (!pack) {
        qWarning("%s", qPrintable(dump(pack.error())));
        return nullptr;
    }
    return pack.value();
}

QJsonObject example(const QString &name)
{
    return QJsonDocument::fromJson(readAll(ToyPack + u"/examples/"_s + name + u".json"_s)).object();
}

// The toy pack copied into `dir` with its DMN text changed by the (before, after) pairs, or
// nullptr, also when a `before` is not in the text (the test would pass on the unchanged
// pack otherwise).
std::shared_ptr<const RulePack> editedToyPack(const QTemporaryDir &dir,
                                              const QList<std::pair<QByteArray, QByteArray>> &edits)
{
    if (!copyFolder(ToyPack, dir.path()))
        return nullptr;
    const QString dmn = dir.filePath(u"boendeparkering.dmn"_s);
    QByteArray xml = readAll(dmn);
    for (const auto &[before, after] : edits) {
        if (!xml.contains(before)) {
            qWarning("not in the toy pack's DMN: %s", before.constData());
            return nullptr;
        }
        xml.replace(before, after);
    }
    if (!writeAll(dmn, xml))
        return nullptr;
    return loadPack(dir.path());
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_pack = loadPack(ToyPack);
        QVERIFY(m_pack);
    }

    void grantEndToEnd()
    {
        auto result = ProposalPipeline::run(*m_pack, example(u"01-bifall-agare"_s), u"01"_s, {});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : dump(result.error())));
        const Proposal &p = result.value();
        QCOMPARE(p.caseId, u"BP-T-0001"_s);
        QCOMPARE(p.caseType, u"boendeparkering"_s);
        QCOMPARE(p.outcome, ProposalOutcome::Bifall);
        QVERIFY(!p.amountKronor);
        QVERIFY(p.period);
        QCOMPARE(p.period->from, QDate(2026, 11, 3));
        QCOMPARE(p.period->to, QDate(2027, 11, 2));
        QVERIFY(p.missing.isEmpty());
        QVERIFY(p.manualReasons.isEmpty());
        QCOMPARE(p.reasons.size(), 1);
        QCOMPARE(p.reasons.first().rule, u"BP-P5"_s);
        QCOMPARE(p.reasons.first().legalGround,
                 u"Trafikförordningen (1998:1276) 10 kap. 1 §"_s); // the citation, not the id
        QCOMPARE(p.packId, u"boendeparkering-toy"_s);
        QCOMPARE(p.packVersion, u"2026.1"_s);
        QCOMPARE(p.packHash, m_pack->contentHash());

        // The trace: every stage decision, and the decision table rule that fired.
        QStringList decisions;
        for (const auto &d : p.trace.decisions)
            decisions.append(d.name);
        for (const char *name :
             {"Komplett ansökan", "Manuell handläggning", "Belopp", "Beslutsregel", "Förslag"})
            QVERIFY2(decisions.contains(QString::fromUtf8(name)),
                     qPrintable(decisions.join(u", "_s)));
        const auto *table = p.trace.find(u"Beslutsregel");
        QVERIFY(table);
        QCOMPARE(table->matchedRules.size(), 1);
        QCOMPARE(table->matchedRules.first().ruleId, u"BP-P5"_s);

        auto withoutTrace = ProposalPipeline::run(*m_pack, example(u"01-bifall-agare"_s), u"01"_s,
                                                  {.trace = false});
        QVERIFY(withoutTrace.ok());
        QVERIFY(withoutTrace.value().trace.decisions.isEmpty());
    }

    void otherOutcomesCarryTheirRules()
    {
        auto missing = ProposalPipeline::run(*m_pack, example(u"07-komplettering-leasingavtal"_s),
                                             u"07"_s, {});
        QVERIFY(missing.ok());
        QCOMPARE(missing.value().outcome, ProposalOutcome::Komplettering);
        QCOMPARE(missing.value().missing.size(), 1);
        QCOMPARE(missing.value().missing.first().item, u"attachments.leasingavtal"_s);
        QCOMPARE(missing.value().missing.first().rule, u"BP-K1"_s);
        QVERIFY(!missing.value().period);

        auto manual =
            ProposalPipeline::run(*m_pack, example(u"05-manuell-ej-i-registret"_s), u"05"_s, {});
        QVERIFY(manual.ok());
        QCOMPARE(manual.value().outcome, ProposalOutcome::ManuellBedomning);
        QCOMPARE(manual.value().manualReasons.size(), 1);
        QCOMPARE(manual.value().manualReasons.first().rule, u"BP-T1"_s);
        QVERIFY(!manual.value().spotCheck); // manual work is not sampled
    }

    void rerunningIsIdempotent()
    {
        const QJsonObject app = example(u"02-bifall-formansbil"_s);
        const QByteArray first =
            ProposalJson::toLine(ProposalPipeline::run(*m_pack, app, {}, {}).value(), true);
        const QByteArray second =
            ProposalJson::toLine(ProposalPipeline::run(*m_pack, app, {}, {}).value(), true);
        QCOMPARE(second, first);
    }

    void wrongCaseTypeIsRefused()
    {
        QJsonObject app = example(u"01-bifall-agare"_s);
        app.insert(u"case_type"_s, u"lss-sjuklon"_s);
        auto result = ProposalPipeline::run(*m_pack, app, u"x.json"_s, {});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().first().field, u"case_type"_s);
    }

    void stageResultsOfTheWrongShapeAreNamed()
    {
        QTemporaryDir dir;
        const auto pack = editedToyPack(
            dir,
            {{"{lines: [], total: null}",
              R"({lines: [{label: "Avgift", kind: "fee", amount: 1.234, rule: "R1", legal_ground: "Nowhere"}], total: 10})"},
             {"amount: null,", "amount: 12.5,"}});
        QVERIFY(pack);
        auto result = ProposalPipeline::run(*pack, example(u"01-bifall-agare"_s), u"01"_s, {});
        QVERIFY(!result.ok());
        QStringList fields;
        for (const Problem &p : result.error()) {
            fields.append(p.field);
            QVERIFY(p.file.endsWith(u"boendeparkering.dmn"_s));
        }
        QVERIFY2(fields.contains(u"amount.lines[0].kind"_s), qPrintable(dump(result.error())));
        QVERIFY(fields.contains(u"amount.lines[0].amount"_s));
        QVERIFY(fields.contains(u"amount.lines[0].legal_ground"_s));
        QVERIFY(fields.contains(u"proposal.amount"_s));
        QVERIFY(dump(result.error()).contains(u"stage amount (decision \"Belopp\")"_s));
    }

    // The field of a bad item names the stage's list, the item's index and the entry (the
    // text is spelled out only for problems, so this is the path that builds it).
    void itemFieldsAreNamedWithTheirIndex()
    {
        QTemporaryDir dir;
        const auto pack = editedToyPack(
            dir, {{R"(rule: "BP-K1"}]
      else [])",
                   R"(rule: "BP-K1"}]
      else [{item: "a", reason: "Saknas.", rule: "K"}, {item: "b", reason: " ", rule: "K"}])"},
                  {"found_in_register then []",
                   R"(found_in_register then [{reason: 7, rule: "T"}])"}});
        QVERIFY(pack);
        auto result = ProposalPipeline::run(*pack, example(u"01-bifall-agare"_s), u"01"_s, {});
        QVERIFY(!result.ok());
        QStringList fields;
        for (const Problem &p : result.error())
            fields.append(p.field);
        QVERIFY2(fields.contains(u"completeness[1].reason"_s), qPrintable(dump(result.error())));
        QVERIFY(!fields.contains(u"completeness[0].reason"_s));
        QVERIFY2(fields.contains(u"triage[0].reason"_s), qPrintable(dump(result.error())));
    }

    void breakdownLinesAreRead()
    {
        QTemporaryDir dir;
        const auto pack = editedToyPack(
            dir,
            {{"{lines: [], total: null}",
              R"({lines: [{label: "Avgift", kind: "cost", amount: 1234.5, rule: "R1", legal_ground: "LTF-BP"},
                                {label: "Rabatt", kind: "income", amount: 200, rule: "R2", legal_ground: "LTF-BP"}],
                        total: 1034.5})"},
             {"amount: null,", "amount: floor(amount.total),"},
             {"<informationRequirement><requiredDecision "
              "href=\"#Beslutsregel\"/></informationRequirement>",
              "<informationRequirement><requiredDecision "
              "href=\"#Beslutsregel\"/></informationRequirement>"
              "<informationRequirement><requiredInput href=\"#amount\"/></informationRequirement>"},
             {"<inputData id=\"triage\"",
              "<inputData id=\"amount\" name=\"amount\"><variable "
              "name=\"amount\"/></inputData><inputData id=\"triage\""}});
        QVERIFY(pack);
        auto result = ProposalPipeline::run(*pack, example(u"01-bifall-agare"_s), u"01"_s, {});
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : dump(result.error())));
        const Proposal &p = result.value();
        QCOMPARE(p.breakdown.size(), 2);
        QCOMPARE(p.breakdown[0].amount, Money::fromOre(123450));
        QCOMPARE(p.breakdown[1].kind, BreakdownKind::Income);
        QCOMPARE(p.breakdown[1].legalGround,
                 u"Kommunens lokala trafikföreskrifter om boendeparkering (exempel)"_s);
        QCOMPARE(p.breakdownTotal, Money::fromOre(103450));
        QCOMPARE(p.amountKronor, 1034);

        const QJsonObject json = ProposalJson::toJson(p, false);
        QCOMPARE(json.value(u"amount"_s), QJsonValue(1034));
        const QJsonArray breakdown = json.value(u"breakdown"_s).toArray();
        QCOMPARE(breakdown.at(0).toObject().value(u"amount"_s),
                 QJsonValue(u"1234.50"_s)); // öre: a decimal string
        QCOMPARE(breakdown.at(1).toObject().value(u"amount"_s),
                 QJsonValue(200)); // whole kronor: an integer
        QCOMPARE(breakdown.at(1).toObject().value(u"kind"_s), QJsonValue(u"income"_s));
        QCOMPARE(breakdown.at(1).toObject().value(u"rule"_s), QJsonValue(u"R2"_s));
    }

    void applicationBecomesTypedFeel()
    {
        QList<RulePackField> schema;
        schema.append({u"details.savings"_s, FieldType::Amount, {}, true});
        schema.append({u"details.incomes[].amount"_s, FieldType::Amount, {}, true});
        schema.append({u"details.incomes[].person"_s, FieldType::Integer, {}, false});
        schema.append({u"details.note"_s, FieldType::String, {}, false});
        const QJsonObject app = QJsonDocument::fromJson(R"({"application_date": "2026-12-01",
            "details": {"savings": "100.50", "incomes": [{"amount": 12500}]}})")
                                    .object();
        auto v = ApplicationContext(schema).convert(app);
        QVERIFY(v.ok());
        QCOMPARE(
            v.value().toString(),
            uR"({application_date: date("2026-12-01"), details: {incomes: [{amount: 12500, person: null}], savings: 100.5, note: null}})"_s);

        const QJsonObject fraction =
            QJsonDocument::fromJson(R"({"details": {"savings": 1.5}})").object();
        auto refused = ApplicationContext(schema).convert(fraction);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, u"details.savings"_s);
    }

    void spotCheckIsDeterministicAtTheRate()
    {
        const QString hash = m_pack->contentHash();
        QCOMPARE(SpotCheck::isDrawn(u"BP-1"_s, hash, 500'000),
                 SpotCheck::isDrawn(u"BP-1"_s, hash, 500'000));
        int drawn = 0;
        bool differsByPack = false;
        for (int i = 0; i < 20'000; ++i) {
            const QString id = u"BP-2026-%1"_s.arg(i, 6, 10, QLatin1Char('0'));
            QVERIFY(!SpotCheck::isDrawn(id, hash, 0));
            QVERIFY(SpotCheck::isDrawn(id, hash, 1'000'000));
            const bool d = SpotCheck::isDrawn(id, hash, 50'000);
            drawn += d;
            differsByPack |= d != SpotCheck::isDrawn(id, u"another-hash"_s, 50'000);
            if (d) // a case drawn at 5 % is drawn at every higher rate
                QVERIFY(SpotCheck::isDrawn(id, hash, 200'000));
        }
        // 5 % of 20 000 = 1000; the binomial standard deviation is about 31.
        QVERIFY2(drawn > 850 && drawn < 1150, qPrintable(QString::number(drawn)));
        QVERIFY(differsByPack);

        // Recomputable by anyone: first eight bytes of SHA-256(case id + hash), mod 10^6.
        const QByteArray digest = QCryptographicHash::hash("BP-1abc", QCryptographicHash::Sha256);
        quint64 n = 0;
        for (int i = 0; i < 8; ++i)
            n = (n << 8) | quint8(digest.at(i));
        const int threshold = int(n % 1'000'000);
        QVERIFY(!SpotCheck::isDrawn(u"BP-1"_s, u"abc"_s, threshold));
        QVERIFY(SpotCheck::isDrawn(u"BP-1"_s, u"abc"_s, threshold + 1));
    }

    void jsonLineShape()
    {
        const Proposal p =
            ProposalPipeline::run(*m_pack, example(u"07-komplettering-leasingavtal"_s), {}, {})
                .value();
        const QByteArray line = ProposalJson::toLine(p, false);
        QVERIFY(!line.contains('\n'));
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, QStringList({u"amount"_s, u"breakdown"_s, u"case_id"_s, u"case_type"_s,
                                    u"manual_reasons"_s, u"missing"_s, u"outcome"_s, u"pack"_s,
                                    u"period"_s, u"reasons"_s, u"spot_check"_s}));
        QCOMPARE(o.value(u"outcome"_s).toString(), u"komplettering"_s);
        QVERIFY(o.value(u"amount"_s).isNull());
        QVERIFY(o.value(u"period"_s).isNull());
        QCOMPARE(o.value(u"missing"_s).toArray().first().toObject(),
                 QJsonObject({{u"item"_s, u"attachments.leasingavtal"_s},
                              {u"reason"_s, u"Leasingavtalet för bilen har inte kommit in."_s},
                              {u"rule"_s, u"BP-K1"_s}}));
        QCOMPARE(o.value(u"pack"_s).toObject(), QJsonObject({{u"id"_s, u"boendeparkering-toy"_s},
                                                             {u"version"_s, u"2026.1"_s},
                                                             {u"hash"_s, m_pack->contentHash()}}));
        QVERIFY(o.value(u"spot_check"_s).isBool());

        const QJsonObject traced = QJsonDocument::fromJson(ProposalJson::toLine(p, true)).object();
        const QJsonArray trace = traced.value(u"trace"_s).toArray();
        QVERIFY(!trace.isEmpty());
        const QJsonObject first = trace.first().toObject();
        QCOMPARE(first.value(u"decision"_s).toString(), u"Komplett ansökan"_s);
        // The application is not repeated in the trace (it is the input file).
        QCOMPARE(first.value(u"inputs"_s).toObject().value(u"application"_s).toString(),
                 u"(application)"_s);
        QVERIFY(!ProposalJson::toLine(p, true).contains("19760323"));
    }

    // toLine() writes the line itself; its bytes must stay those of the QJsonObject form.
    void jsonLineIsTheCompactJsonDocument()
    {
        const auto compare = [](const Proposal &p, const QString &what) {
            for (const bool trace : {false, true}) {
                const QByteArray expected =
                    QJsonDocument(ProposalJson::toJson(p, trace)).toJson(QJsonDocument::Compact);
                const QByteArray line = ProposalJson::toLine(p, trace);
                if (line != expected) {
                    qWarning("%s (trace %d):\n%s\n%s", qPrintable(what), int(trace),
                             line.constData(), expected.constData());
                    return false;
                }
            }
            return true;
        };

        QStringList packs{ToyPack};
        const QDir shipped(QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks"));
        for (const QString &name : shipped.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            packs.append(shipped.filePath(name));
        int compared = 0;
        for (const QString &folder : packs) {
            const auto pack = loadPack(folder);
            QVERIFY(pack);
            for (const RulePackExample &example : pack->examples()) {
                auto p = ProposalPipeline::run(*pack, readAll(example.applicationFile),
                                               example.applicationFile, {});
                if (!p)
                    continue; // examples that must fail have no line
                QVERIFY(compare(p.value(), example.applicationFile));
                ++compared;
            }
        }
        QVERIFY(compared >= 40);

        // Strings that need escaping, keys out of order and repeated, amounts with öre.
        const QString awkward =
            u"\"quote\" back\\slash \u0001\b\f\n\r\t \u001f åäö € \U0001F600 "_s + QChar(0xD800) +
            u"x"_s + QChar(0xDC00);
        Proposal p;
        p.caseType = awkward;
        p.outcome = ProposalOutcome::DelvisBifall;
        p.amountKronor = 1234;
        p.period = ProposalPeriod{QDate(2023, 12, 1), QDate(2023, 12, 31)};
        p.missing.append({awkward, u"r"_s, u"K1"_s});
        p.manualReasons.append({u"m"_s, u"T1"_s, {}});
        p.reasons.append({u"a"_s, u"P1"_s, {}});
        p.reasons.append({u"b"_s, u"P2"_s, u"SoL 4 kap. 1 §"_s});
        p.breakdown.append({u"Hyra"_s, BreakdownKind::Cost, Money::fromOre(1234550), u"B1"_s, {}});
        p.breakdown.append(
            {u"Norm"_s, BreakdownKind::Norm, Money::fromOre(700000), u"B2"_s, u"x"_s});
        p.spotCheck = true;
        const feel::Value shared(feel::Context(
            {{u"ö"_s, feel::Value(true)},
             {u"z"_s, feel::Value::number(3)},
             {u"Z"_s, feel::Value(QList<feel::Value>{feel::Value(), feel::Value(awkward)})},
             {u"z"_s, feel::Value(*feel::Date::fromString(u"2023-01-02"_s))},
             {u"a b"_s, feel::Value(feel::Context())}}));
        dmn::DecisionTrace d;
        d.name = u"Förslag"_s;
        // Inputs that are earlier decisions' results: "(Förslag)" in the second entry (the
        // first entry is that decision's), the value where no entry above names it.
        d.inputs = {{u"triage"_s, shared, u"Förslag"_s},
                    {u"application"_s, shared, {}},
                    {u"Hushall"_s, shared, u"Hushall"_s},
                    {u"amount"_s, feel::Value(QList<feel::Value>{shared, shared}), awkward}};
        d.result = shared;
        d.matchedRules.append({u"t"_s, 2, u"r3"_s, {u"a"_s, awkward}});
        d.diagnostics.append({awkward, 1, 2, 3});
        p.trace.decisions = {d, d};
        QVERIFY(compare(p, u"awkward"_s));
        const QByteArray line = ProposalJson::toLine(p, true);
        QCOMPARE(line.count(QByteArray("\"triage\":\"(Förslag)\"")), 1); // second entry only
        QVERIFY(!line.contains("\"(Hushall)\"")); // no entry shows Hushall

        // The writer's fast paths: plain runs copied in blocks of eight with each kind of
        // character that ends them at every position of the block, numbers written from
        // integers and through toString(), dates, key orders reused for contexts that share
        // their key strings (and not for those that only seem to), more keys than the
        // insertion sort takes.
        QList<feel::Value> strings;
        const QList<QChar> enders{QChar(0x00),  QChar(0x1f),   QChar(u'"'),   QChar(u'\\'),
                                  QChar(0x7f),  QChar(0x80),   QChar(0xff),   QChar(0x7ff),
                                  QChar(0x800), QChar(0xfffe), QChar(0xD83D), QChar(0xDE00)};
        for (const QChar ender : enders) {
            for (int at = 0; at < 17; ++at) {
                QString s = u"abcdefghijklmnopqrstuvwxyz"_s.left(at) + ender + u"0123456789"_s;
                strings.append(feel::Value(s));
                strings.append(feel::Value(u"~"_s.repeated(at) + ender));
                strings.append(feel::Value(QString(ender) + u"x"_s.repeated(at)));
            }
            // Up to 40 units: the whole-string check of 4 to 16 units (two overlapping
            // blocks) and the sixteen-unit blocks of longer runs, ended at every position.
            for (int length = 1; length <= 40; ++length) {
                for (int at = 0; at < length; ++at) {
                    QString s = u"abcdefghijklmnopqrstuvwxyz0123456789ABCD"_s.left(length);
                    s[at] = ender;
                    strings.append(feel::Value(s));
                }
            }
        }
        strings.append(
            feel::Value(u"plain ASCII, long enough for many blocks of eight: 0123456789"
                        u" ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz !#$%&'()*+"_s));
        strings.append(feel::Value(u"\U0001F600\U0001F600\U0001F600\U0001F600\U0001F600"_s));
        strings.append(feel::Value(u"1234567"_s + QChar(0xD83D) + QChar(0xDE00) + u"89"_s));
        strings.append(feel::Value(QString()));
        for (int length = 1; length <= 40; ++length) // plain, of every length
            strings.append(
                feel::Value(u"ABCDEFGHIJKLMNOPQRSTUVWXYZ~ !#$%&'()*+,-./"_s.left(length)));
        QList<feel::Value> numbers;
        for (const QString &text :
             {u"0"_s, u"-7"_s, u"1E3"_s, u"-1E18"_s, u"9223372036854775807"_s,
              u"-9223372036854775808"_s, u"9223372036854775808"_s, u"-9223372036854775809"_s,
              u"123456789012345678901234567890"_s, u"0.5"_s, u"-12.345"_s, u"1E+50"_s, u"1E-50"_s,
              u"0.000001"_s, u"1234.50"_s, u"1E40"_s, u"1E41"_s}) {
            const auto n = feel::Decimal::fromString(text);
            QVERIFY2(n, qPrintable(text));
            numbers.append(feel::Value(*n));
        }
        QList<feel::Value> dates;
        for (const QString &text : {u"2023-12-31"_s, u"0005-01-02"_s, u"0000-01-01"_s,
                                    u"-0044-03-15"_s, u"12345-06-07"_s, u"0999-10-09"_s}) {
            const auto date = feel::Date::fromString(text);
            QVERIFY2(date, qPrintable(text));
            dates.append(feel::Value(*date));
        }
        // The same key strings (shared data) with other values, a prefix of them, the same
        // texts in strings of their own, and twenty keys with repeats.
        const QList<QString> keys{u"b"_s, u"a"_s, u"c"_s, u"a"_s, u"B"_s};
        const auto context = [](const QList<QString> &names, const QList<feel::Value> &values) {
            QList<std::pair<QString, feel::Value>> entries;
            for (qsizetype i = 0; i < names.size(); ++i)
                entries.append({names[i], values[i % values.size()]});
            return feel::Value(feel::Context(entries));
        };
        QList<QString> copies;
        for (const QString &k : keys)
            copies.append(QString(k.constData(), k.size())); // equal text, other data
        QList<QString> twenty;
        for (int i = 0; i < 20; ++i)
            twenty.append(QString::number((i * 7) % 13));
        QList<feel::Value> contexts{context(keys, numbers),
                                    context(keys, strings),
                                    context(keys.mid(0, 3), dates),
                                    context(copies, dates),
                                    context({keys[0], u"z"_s, u"y"_s}, numbers),
                                    context(twenty, numbers),
                                    context(twenty, strings),
                                    context({}, numbers)};
        dmn::DecisionTrace fast;
        fast.name = u"fast paths"_s;
        fast.inputs = {{u"strings"_s, feel::Value(strings), {}},
                       {u"numbers"_s, feel::Value(numbers), {}},
                       {u"dates"_s, feel::Value(dates), {}},
                       {u"contexts"_s, feel::Value(contexts), {}},
                       {u"again"_s, context(keys, dates), {}}};
        fast.result = context(twenty, contexts);
        p.trace.decisions = {fast, fast, d};
        for (const qint64 ore : {1LL, 10LL, 99LL, 101LL, -5LL, -100LL, -123456LL, 9999999999LL})
            p.breakdown.append({u"öre"_s, BreakdownKind::Income, Money::fromOre(ore), u"B"_s, {}});
        // Long strings written again from the same data are copied from their first
        // writing; views of the same data that are shorter or longer are not.
        static const char16_t raw[] = u"a rule's reason, long enough to be looked up again";
        const auto rawString = [](qsizetype size) {
            return QString::fromRawData(reinterpret_cast<const QChar *>(raw), size);
        };
        const qsizetype rawSize = qsizetype(std::size(raw)) - 1;
        const QString whole = rawString(rawSize);
        for (const qsizetype size :
             {qsizetype(17), qsizetype(16), rawSize, qsizetype(30), qsizetype(17)})
            p.reasons.append({rawString(size), whole, whole});
        p.breakdown.append({whole, BreakdownKind::Cost, Money::fromOre(100), whole, whole});
        QVERIFY(compare(p, u"fast paths"_s));
        // Periods: short years padded; beyond four digits and invalid dates as QDate writes them.
        p.period = ProposalPeriod{QDate(5, 1, 2), QDate(999, 12, 31)};
        QVERIFY(compare(p, u"short years"_s));
        p.period = ProposalPeriod{QDate(12345, 6, 7), QDate()};
        QVERIFY(compare(p, u"long year, invalid date"_s));
    }

    // The folder is listed without QDir::entryList (which holds every entry's file
    // information at once) but in its order and with its choice of files.
    void applicationFilesAreListedAsEntryListDoes()
    {
        QTemporaryDir dir;
        const QStringList names{u"b.json"_s,   u"a.json"_s,   u"B.json"_s,      u"a2.json"_s,
                                u"x.JSON"_s,   u"ä.json"_s,   u"Z-1.json"_s,    u"10.json"_s,
                                u"9.json"_s,   u"notes.txt"_s, u".hidden.json"_s, u"json"_s};
        for (const QString &name : names)
            QVERIFY(writeAll(dir.filePath(name), "{}"));
        QVERIFY(QDir(dir.path()).mkdir(u"folder.json"_s)); // a folder is not a file
        QStringList expected;
        const QDir qdir(dir.path());
        for (const QString &name : qdir.entryList({u"*.json"_s}, QDir::Files, QDir::Name))
            expected.append(qdir.filePath(name));
        QCOMPARE(expected.size(), 9);
        QCOMPARE(ProposeCommand::applicationFiles(dir.path()), expected);
    }

    void proposeCommandOverFilesAndFolders()
    {
        const ProposeOptions options{.packFolders = {CASEBENCH_TEST_DATA u"/rulepacks"_s},
                                     .trace = false};
        QTemporaryDir
            applications; // a folder of applications only (examples/ also holds expectations)
        for (const QString &name :
             QDir(ToyPack + u"/examples"_s).entryList({u"*.json"_s}, QDir::Files)) {
            if (!name.endsWith(u".expected.json"_s))
                QVERIFY(QFile::copy(ToyPack + u"/examples/"_s + name, applications.filePath(name)));
        }
        auto out = ProposeCommand::run({applications.path()}, options);
        QVERIFY2(out.problems.isEmpty(), qPrintable(dump(out.problems)));
        QVERIFY2(out.exitStatus == ProposeCommand::Success, out.lines.join('\n').constData());
        QCOMPARE(out.lines.size(), 8);
        QCOMPARE(QJsonDocument::fromJson(out.lines.first()).object().value(u"case_id"_s).toString(),
                 u"BP-T-0001"_s);

        QTemporaryDir dir;
        QJsonObject late = example(u"01-bifall-agare"_s);
        late.insert(u"application_date"_s, u"2027-02-01"_s);
        late.insert(u"received_at"_s, u"2027-02-01T10:00:00+01:00"_s);
        QVERIFY(writeAll(dir.filePath(u"late.json"_s), QJsonDocument(late).toJson()));
        QVERIFY(writeAll(dir.filePath(u"broken.json"_s), "{ \"case_id\": \"X-1\", "));
        out = ProposeCommand::run({ToyPack + u"/examples/01-bifall-agare.json"_s, dir.path()},
                                  options);
        QCOMPARE(out.exitStatus, int(ProposeCommand::ApplicationFailed));
        QCOMPARE(out.lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(out.lines[0]).object().value(u"outcome"_s).toString(),
                 u"bifall"_s);
        const QJsonObject broken = QJsonDocument::fromJson(out.lines[1]).object();
        QVERIFY(broken.value(u"error"_s).toString().contains(u"JSON"_s));
        const QJsonObject noPack = QJsonDocument::fromJson(out.lines[2]).object();
        QCOMPARE(noPack.value(u"case_id"_s).toString(), u"BP-T-0001"_s);
        QVERIFY2(noPack.value(u"error"_s).toString().contains(u"no rule pack"_s),
                 out.lines[2].constData());

        auto badPack = ProposeCommand::run({ToyPack + u"/examples"_s},
                                           {.packFolders = {dir.path()}, .trace = false});
        QCOMPARE(badPack.exitStatus, int(ProposeCommand::PackFailed));
        QVERIFY(badPack.lines.isEmpty());
        QCOMPARE(badPack.problems.size(), 1);
    }

private:
    std::shared_ptr<const RulePack> m_pack;
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
