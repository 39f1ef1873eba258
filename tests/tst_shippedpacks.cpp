// The shipped rule packs (resources/rulepacks/*): every pack installs, which runs all its
// examples, and all of them fit in one registry. For ekonomiskt bistånd: a month without
// a riksnorm is refused naming the year, and a changed norm cell is a data change that
// moves exactly the amounts it should.

#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackRegistry.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
const QString EbPack = ShippedPacks + u"/ekonomiskt-bistand"_s;

QStringList shippedFolders()
{
    QStringList folders;
    const QDir dir(ShippedPacks);
    for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        folders.append(dir.filePath(name));
    return folders;
}

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

bool copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + u'/' + QDir(from).relativeFilePath(path);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(path, target))
            return false;
    }
    return true;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The proposal as JSON without what changes with every edit of the pack (its hash, and
// the spot check drawn from it).
QJsonObject proposalJson(const RulePack &pack, const QByteArray &application, const QString &source)
{
    auto proposal = ProposalPipeline::run(pack, application, source, {.trace = false});
    if (!proposal)
        return QJsonObject{{u"error"_s, describe(proposal.error())}};
    QJsonObject json = ProposalJson::toJson(proposal.value(), false);
    json.remove(u"pack"_s);
    json.remove(u"spot_check"_s);
    return json;
}

} // namespace

class TestShippedPacks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPackInstalls_data()
    {
        QTest::addColumn<QString>("folder");
        const QStringList folders = shippedFolders();
        QVERIFY2(!folders.isEmpty(), qPrintable(u"no packs in "_s + ShippedPacks));
        for (const QString &folder : folders)
            QTest::newRow(qPrintable(QFileInfo(folder).fileName())) << folder;
    }

    void everyPackInstalls()
    {
        QFETCH(QString, folder);
        RulePackRegistry registry;
        const auto installed = registry.installFolder(folder);
        QVERIFY2(installed.ok(), qPrintable(u"pack %1 cannot be installed:\n%2"_s.arg(
                                     QFileInfo(folder).fileName(),
                                     installed.ok() ? QString() : describe(installed.error()))));
        QCOMPARE(registry.packs().size(), 1);
        QVERIFY2(!registry.packs().first()->examples().isEmpty(), qPrintable(folder));
    }

    // A shipped pack's rules evaluate without a FEEL error on any of its examples. An error
    // turns the expression into null and FEEL's three-valued logic then quietly takes
    // another branch (EB 2023.1 called `trim`, which FEEL does not have, and so accepted a
    // blank reason for not being registered) — and the caseworker's "Why?" panel lists it.
    void shippedExamplesEvaluateWithoutDiagnostics_data() { everyPackInstalls_data(); }

    void shippedExamplesEvaluateWithoutDiagnostics()
    {
        QFETCH(QString, folder);
        auto pack = RulePackLoader::loadFolder(folder);
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : describe(pack.error())));
        for (const RulePackExample &example : pack.value()->examples()) {
            auto proposal = ProposalPipeline::run(*pack.value(), readAll(example.applicationFile),
                                                  example.applicationFile, {.trace = true});
            QVERIFY2(proposal.ok(), qPrintable(example.applicationFile));
            for (const dmn::DecisionTrace &decision : proposal->trace.decisions) {
                if (!decision.diagnostics.isEmpty())
                    QFAIL(qPrintable(u"%1, decision '%2': %3"_s.arg(
                        QFileInfo(example.applicationFile).fileName(), decision.name,
                        decision.diagnostics.first().toString())));
            }
        }
    }

    void traceListsEachDecisionOnce_data() { everyPackInstalls_data(); }

    // A traced proposal lists each decision once (the examples report nothing, so nothing
    // is evaluated twice); an input that is a decision's result names an entry above with
    // that very result, and the line writes it as "(name)": no personnummer of the
    // application is written more than once, however many stages read the household.
    void traceListsEachDecisionOnce()
    {
        QFETCH(QString, folder);
        auto pack = RulePackLoader::loadFolder(folder);
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : describe(pack.error())));
        const QRegularExpression personnummer(u"\\b\\d{8}-\\d{4}\\b"_s);
        int references = 0;
        for (const RulePackExample &example : pack.value()->examples()) {
            const QByteArray application = readAll(example.applicationFile);
            auto proposal = ProposalPipeline::run(*pack.value(), application,
                                                  example.applicationFile, {.trace = true});
            QVERIFY2(proposal.ok(), qPrintable(example.applicationFile));
            const dmn::Trace &trace = proposal->trace;
            QSet<QString> listed;
            for (qsizetype k = 0; k < trace.decisions.size(); ++k) {
                const dmn::DecisionTrace &d = trace.decisions.at(k);
                QVERIFY2(!listed.contains(d.name), qPrintable(example.applicationFile + u": "_s + d.name));
                listed.insert(d.name);
                for (const dmn::TraceInput &in : d.inputs) {
                    if (in.decision.isEmpty())
                        continue;
                    const dmn::DecisionTrace *shown = trace.readBy(k, in.decision);
                    QVERIFY2(shown, qPrintable(d.name + u" reads "_s + in.name));
                    QVERIFY(feel::isFeelEqual(shown->result, in.value));
                    ++references;
                }
            }
            const QString line = QString::fromUtf8(ProposalJson::toLine(*proposal, true));
            auto numbers = personnummer.globalMatch(QString::fromUtf8(application));
            while (numbers.hasNext()) {
                const QString number = numbers.next().captured();
                QVERIFY2(line.count(number) <= 1, qPrintable(example.applicationFile + u": "_s + number));
            }
        }
        QVERIFY(references > 0); // every pack's stages read earlier stages' results
    }

    // Packs of one case type may not overlap; the shipped set must load side by side.
    void allPacksInstallIntoOneRegistry()
    {
        RulePackRegistry registry;
        for (const QString &folder : shippedFolders()) {
            const auto installed = registry.installFolder(folder);
            QVERIFY2(installed.ok(),
                     qPrintable(u"pack %1 cannot join the others:\n%2"_s.arg(
                         QFileInfo(folder).fileName(),
                         installed.ok() ? QString() : describe(installed.error()))));
        }
        QCOMPARE(registry.packs().size(), shippedFolders().size());
    }

    // The pack covers 2019–2023 but has riksnorm only for 2019 and 2023: a month in
    // between is an error naming the year, never a guessed amount; a month after the
    // pack's validity has no pack at all.
    void ebMonthWithoutNormIsRefusedNamingTheYear()
    {
        auto pack = RulePackLoader::loadFolder(EbPack);
        QVERIFY2(pack.ok(), qPrintable(pack.ok() ? QString() : describe(pack.error())));
        const QString example = EbPack + u"/examples/01-bifall-ensamstaende-2023.json"_s;
        QJsonObject application = QJsonDocument::fromJson(readAll(example)).object();
        QVERIFY(!application.isEmpty());
        application[u"received_at"_s] = u"2021-04-25T09:30:00+01:00"_s;
        application[u"application_date"_s] = u"2021-05-01"_s;
        QJsonObject details = application[u"details"_s].toObject();
        details[u"period"_s] = u"2021-05"_s;
        application[u"details"_s] = details;

        const auto proposal =
            ProposalPipeline::run(*pack.value(), application, example, {.trace = false});
        QVERIFY(!proposal.ok());
        const QString message = describe(proposal.error());
        QVERIFY2(message.contains(u"Riksnorm för år 2021 saknas"_s), qPrintable(message));
        QVERIFY2(message.contains(u"stage amount"_s), qPrintable(message));

        RulePackRegistry registry;
        QVERIFY(registry.installFolder(EbPack).ok());
        QVERIFY(registry.find(u"ekonomiskt-bistand"_s, QDate(2023, 12, 31)));
        QVERIFY(!registry.find(u"ekonomiskt-bistand"_s, QDate(2026, 1, 1)));
        QVERIFY(!registry.find(u"ekonomiskt-bistand"_s, QDate(2018, 12, 31)));
    }

    // Next year's norm is a data change: raise one cell (2023, single adult 3 490 → 3 590)
    // in a copy of the pack. Exactly the examples with a single adult in 2023 change: their
    // RN2023-V1 line and any granted amount by 100 kr; every other example's proposal is
    // identical. The copy's own examples then no longer hold, so it is not installed.
    void ebNormCellChangeMovesExactlyTheAffectedAmounts()
    {
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        const QString copy = tmp.filePath(u"ekonomiskt-bistand"_s);
        QVERIFY(copyFolder(EbPack, copy));

        const QString model = copy + u"/ekonomiskt-bistand.dmn"_s;
        QByteArray dmn = readAll(model);
        const QByteArray cell =
            R"(<outputEntry><text>3490</text></outputEntry><outputEntry><text>"RN2023-V1"</text>)";
        QCOMPARE(dmn.count(cell), 1);
        dmn.replace(cell, QByteArray(cell).replace("3490", "3590"));
        {
            QFile out(model);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(out.write(dmn), dmn.size());
        }

        auto original = RulePackLoader::loadFolder(EbPack);
        auto changed = RulePackLoader::loadFolder(copy);
        QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : describe(original.error())));
        QVERIFY2(changed.ok(), qPrintable(changed.ok() ? QString() : describe(changed.error())));
        QVERIFY(original.value()->contentHash() != changed.value()->contentHash());

        int affected = 0;
        int unaffected = 0;
        QSet<QString> affectedFiles;   // expected files of the affected examples
        QSet<QString> grantedAffected; // … of those with a granted amount
        for (const RulePackExample &example : changed.value()->examples()) {
            const QString name = QFileInfo(example.applicationFile).fileName();
            const QByteArray application = readAll(example.applicationFile);
            const QJsonObject input = QJsonDocument::fromJson(application).object();

            // Decided from the application, not from the pack: 2023 and no partner.
            bool partner = false;
            for (const QJsonValue &p : input[u"household"_s].toArray())
                partner |= p[u"relation"_s].toString() == u"partner"_s;
            const bool singleIn2023 =
                input[u"details"_s][u"period"_s].toString().startsWith(u"2023-"_s) && !partner;

            const QJsonObject before = proposalJson(*original.value(), application, name);
            QJsonObject after = proposalJson(*changed.value(), application, name);
            QVERIFY2(!before.contains(u"error"_s), qPrintable(name));
            QVERIFY2(!after.contains(u"error"_s), qPrintable(name));

            if (!singleIn2023) {
                ++unaffected;
                QVERIFY2(before == after, qPrintable(name + u": changed although it has no single "
                                                            u"adult in 2023"_s));
                continue;
            }
            ++affected;
            affectedFiles.insert(QFileInfo(example.expectedFile).fileName());
            // Undo the expected change in `after`, then it must equal `before`.
            QJsonArray breakdown = after[u"breakdown"_s].toArray();
            int cells = 0;
            for (qsizetype i = 0; i < breakdown.size(); ++i) {
                QJsonObject line = breakdown[i].toObject();
                if (line[u"rule"_s].toString() == u"RN2023-V1"_s) {
                    ++cells;
                    QCOMPARE(line[u"amount"_s].toInteger(), qint64(3590));
                    line[u"amount"_s] = 3490;
                    breakdown[i] = line;
                }
            }
            QVERIFY2(cells == 1, qPrintable(name + u": expected one RN2023-V1 line"_s));
            after[u"breakdown"_s] = breakdown;

            const QString outcome = after[u"outcome"_s].toString();
            if (outcome == u"bifall"_s || outcome == u"delvis_bifall"_s) {
                QCOMPARE(after[u"amount"_s].toInteger() - before[u"amount"_s].toInteger(),
                         qint64(100));
                grantedAffected.insert(QFileInfo(example.expectedFile).fileName());
                // The amounts also appear in the reason text; compare the rest exactly.
                after[u"amount"_s] = before[u"amount"_s];
                after[u"reasons"_s] = before[u"reasons"_s];
            } else if (outcome == u"avslag"_s) {
                // Still covered by the incomes: no amount, but the reason quotes the need.
                QCOMPARE(after[u"amount"_s].toInteger(), qint64(0));
                after[u"reasons"_s] = before[u"reasons"_s];
            }
            QVERIFY2(before == after, qPrintable(name + u": changed beyond the norm cell"_s));
        }
        // Both kinds must be represented or the test proves nothing.
        QVERIFY2(affected >= 5, qPrintable(QString::number(affected)));
        QVERIFY2(unaffected >= 5, qPrintable(QString::number(unaffected)));
        QVERIFY(grantedAffected.size() >= 3);

        // The examples guard the pack: the copy is refused, naming exactly the expected
        // files of the affected examples (every one asserts its breakdown).
        RulePackRegistry registry;
        const auto installed = registry.installFolder(copy);
        QVERIFY(!installed.ok());
        QSet<QString> failing;
        for (const Problem &p : installed.error())
            failing.insert(QFileInfo(p.file).fileName());
        QVERIFY2(failing == affectedFiles, qPrintable(describe(installed.error())));
    }
};

QTEST_GUILESS_MAIN(TestShippedPacks)
#include "tst_shippedpacks.moc"
