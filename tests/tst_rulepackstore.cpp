// RulePackStore: every pack of the broken corpus (tests/data/broken-packs) is refused with
// its expected message and stores nothing; a valid pack imports as a draft, exports
// byte for byte and re-imports to the same hash and the same proposals; activation
// refuses overlapping dates; retire; every change is in the audit trail. Also the case
// type settings administrators change next to the packs.

#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "automation/rulepack/RulePackHash.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackStore.h"
#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/CacheDatabase.h"
#include "model/CaseTypeSettings.h"
#include "model/DemoCaseGenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString BrokenPacks = QStringLiteral(CASEBENCH_TEST_DATA "/broken-packs");
const QString ToyPack = QStringLiteral(CASEBENCH_TEST_DATA "/rulepacks/boendeparkering-toy");
const QString ToyZip = QStringLiteral(CASEBENCH_TEST_DATA "/rulepacks/boendeparkering-toy.zip");
const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
const QString Admin = QStringLiteral("admin-test");

QString describe(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(u'\n');
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
}

int countRows(QSqlDatabase db, const QString &table)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// The pack path of a corpus case: its .zip when it has one, else its folder.
QString corpusPack(const QString &caseFolder)
{
    const QString zip = caseFolder + u"/pack.zip"_s;
    return QFileInfo::exists(zip) ? zip : caseFolder + u"/pack"_s;
}

// Proposals with trace, or the errors (which name the pack's folder: left out, as the
// stored pack is read from a temporary one).
QStringList proposalsFor(const RulePack &pack, const QList<QByteArray> &applications)
{
    QStringList lines;
    for (const QByteArray &application : applications) {
        auto proposal = ProposalPipeline::run(pack, application, u"case"_s, {.trace = true});
        lines.append(proposal ? QString::fromUtf8(ProposalJson::toLine(proposal.value(), true))
                              : describe(proposal.error()).replace(pack.folder(), u"PACK"_s));
    }
    return lines;
}

} // namespace

class TestRulePackStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;
    int m_serial = 0;

    std::unique_ptr<CacheDatabase> newCache()
    {
        auto cache = CacheDatabase::open(m_dir.filePath(u"cache-%1.db"_s.arg(++m_serial)), "pass",
                                         CacheDatabase::OpenMode::CreateNew);
        if (!cache)
            return nullptr;
        return std::move(cache.value());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_cache = newCache();
        QVERIFY(m_cache);
    }

    void cleanup() { m_cache.reset(); }

    void brokenPackIsRefusedAndNothingStored_data()
    {
        QTest::addColumn<QString>("folder");
        const QDir dir(BrokenPacks);
        const QStringList cases = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY2(cases.size() >= 10, qPrintable(QString::number(cases.size())));
        for (const QString &name : cases) {
            if (!QFileInfo::exists(dir.filePath(name + u"/activate-from.txt"_s)))
                QTest::newRow(qPrintable(name)) << dir.filePath(name);
        }
    }

    void brokenPackIsRefusedAndNothingStored()
    {
        QFETCH(QString, folder);
        const QString expected = readText(folder + u"/expected.txt"_s);
        QVERIFY(!expected.isEmpty());
        QSqlDatabase db = m_cache->database();
        const int packsBefore = countRows(db, u"rule_packs"_s);
        const int eventsBefore = countRows(db, u"audit_events"_s);

        RulePackStore store(db, Admin);
        const auto imported = store.importPath(corpusPack(folder));
        QVERIFY2(!imported.ok(), qPrintable(folder + u": was stored"_s));
        const QString message = describe(imported.error());
        QVERIFY2(message.contains(expected),
                 qPrintable(u"expected \"%1\" in:\n%2"_s.arg(expected, message)));
        for (const Problem &p : imported.error())
            QVERIFY2(!p.file.isEmpty(), qPrintable(u"problem without a file: "_s + p.toString()));
        QCOMPARE(countRows(db, u"rule_packs"_s), packsBefore);
        QCOMPARE(countRows(db, u"audit_events"_s), eventsBefore);
        QVERIFY(store.list().isEmpty());
    }

    // A FEEL error names the DMN file, the decision and the line of the rule holding the
    // broken cell.
    void feelErrorNamesFileElementAndLine()
    {
        const QString folder = BrokenPacks + u"/03-feel-syntax-error/pack"_s;
        const QString dmn = readText(folder + u"/boendeparkering.dmn"_s);
        const int line = int(dmn.left(dmn.indexOf(u"<rule id=\"BP-P3\">"_s)).count(u'\n')) + 1;
        QVERIFY(line > 1);
        RulePackStore store(m_cache->database(), Admin);
        const auto imported = store.importPath(folder);
        QVERIFY(!imported.ok());
        bool found = false;
        for (const Problem &p : imported.error())
            found |= p.file.endsWith(u"boendeparkering.dmn"_s) &&
                     p.field.contains(u"Beslutsregel"_s) && p.line == line;
        QVERIFY2(found, qPrintable(describe(imported.error()) + u"\nwanted line "_s +
                                   QString::number(line)));
    }

    // A pack.json problem carries the line of the offending key.
    void manifestProblemHasTheKeysLine()
    {
        RulePackStore store(m_cache->database(), Admin);
        const auto imported =
            store.importPath(BrokenPacks + u"/08-valid-to-before-valid-from/pack"_s);
        QVERIFY(!imported.ok());
        const QString manifest =
            readText(BrokenPacks + u"/08-valid-to-before-valid-from/pack/pack.json"_s);
        const int line = int(manifest.left(manifest.indexOf(u"\"valid_to\""_s)).count(u'\n')) + 1;
        bool found = false;
        for (const Problem &p : imported.error())
            found |= p.field == u"valid_to"_s && p.line == line;
        QVERIFY2(found, qPrintable(describe(imported.error()) + u"\nwanted line "_s +
                                   QString::number(line)));
    }

    // Import → export → re-import into another cache: the same files, the same hash, and
    // the same proposals for the pack's examples and for demo cases of its case type.
    void importExportReimportRoundTrip_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<QDate>("today"); // demo cases fall within the pack's validity
        QTest::newRow("toy") << ToyPack << QDate(2026, 12, 15);
        QTest::newRow("ekonomiskt-bistand")
            << ShippedPacks + u"/ekonomiskt-bistand"_s << QDate(2023, 12, 31);
        QTest::newRow("boendeparkering")
            << ShippedPacks + u"/boendeparkering"_s << QDate(2026, 12, 15);
        QTest::newRow("lss-sjuklon") << ShippedPacks + u"/lss-sjuklon"_s << QDate(2024, 12, 15);
    }

    void importExportReimportRoundTrip()
    {
        QFETCH(QString, folder);
        QFETCH(QDate, today);
        RulePackStore store(m_cache->database(), Admin);
        const auto imported = store.importPath(folder);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : describe(imported.error())));
        QCOMPARE(imported->status, RulePackStatus::Draft);
        QCOMPARE(imported->importedBy, Admin);
        const auto original = RulePackLoader::loadFolder(folder);
        QVERIFY(original.ok());
        QCOMPARE(imported->contentHash, original.value()->contentHash());

        const QString exported = m_dir.filePath(u"export-%1"_s.arg(++m_serial));
        const auto written = store.exportTo(imported->id, exported);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : describe(written.error())));
        QCOMPARE(RulePackHash::listing(exported).value(), RulePackHash::listing(folder).value());
        // Exporting over files is refused: an export never mixes with other files.
        QVERIFY(!store.exportTo(imported->id, exported).ok());

        std::unique_ptr<CacheDatabase> other = newCache();
        QVERIFY(other);
        RulePackStore otherStore(other->database(), Admin);
        const auto reimported = otherStore.importPath(exported);
        QVERIFY2(reimported.ok(),
                 qPrintable(reimported.ok() ? QString() : describe(reimported.error())));
        QCOMPARE(reimported->contentHash, imported->contentHash);

        const auto loaded = otherStore.load(reimported->id);
        QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : describe(loaded.error())));
        QCOMPARE(loaded.value()->contentHash(), original.value()->contentHash());

        QList<QByteArray> applications;
        for (const RulePackExample &example : original.value()->examples()) {
            QFile file(example.applicationFile);
            QVERIFY(file.open(QIODevice::ReadOnly));
            applications.append(file.readAll());
        }
        DemoCaseGenerator generator(7);
        int demo = 0;
        for (const CaseRecord &record : generator.generate(300, today)) {
            if (record.caseType == original.value()->caseType()) {
                applications.append(record.payload);
                ++demo;
            }
        }
        QVERIFY(demo >= 10);
        const QStringList before = proposalsFor(*original.value(), applications);
        const QStringList after = proposalsFor(*loaded.value(), applications);
        QCOMPARE(after, before);
        QVERIFY(before.first().startsWith(u"{"_s)); // proposals, not errors
    }

    void zipImportsLikeTheFolder()
    {
        RulePackStore store(m_cache->database(), Admin);
        const auto imported = store.importPath(ToyZip);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : describe(imported.error())));
        QCOMPARE(imported->contentHash, RulePackHash::compute(ToyPack).value());
    }

    void sameContentAgainIsANoOp()
    {
        RulePackStore store(m_cache->database(), Admin);
        const auto first = store.importPath(ToyPack);
        QVERIFY(first.ok());
        const int events = countRows(m_cache->database(), u"audit_events"_s);
        const auto second = store.importPath(ToyPack);
        QVERIFY(second.ok());
        QCOMPARE(second->id, first->id);
        QCOMPARE(store.list().size(), 1);
        QCOMPARE(countRows(m_cache->database(), u"audit_events"_s), events);
    }

    void sameVersionWithOtherContentIsRefused()
    {
        RulePackStore store(m_cache->database(), Admin);
        QVERIFY(store.importPath(ToyPack).ok());
        auto files = RulePackStore::readFolder(ToyPack);
        QVERIFY(files.ok());
        files.value()[u"letters/bifall.md"_s] += u"\nÄndrad.\n"_s;
        const auto changed = store.importFiles(files.value(), u"edited"_s);
        QVERIFY(!changed.ok());
        QVERIFY2(describe(changed.error()).contains(u"already stored with other content"_s),
                 qPrintable(describe(changed.error())));
        // With a new version it is a new draft.
        files.value()[u"pack.json"_s].replace(u"\"version\": \"2026.1\""_s,
                                              u"\"version\": \"2026.2\""_s);
        const auto next = store.importFiles(files.value(), u"edited"_s);
        QVERIFY2(next.ok(), qPrintable(next.ok() ? QString() : describe(next.error())));
        QCOMPARE(next->version, u"2026.2"_s);
        QCOMPARE(store.list().size(), 2);
        QVERIFY(store.files(next->id).value() == files.value());
    }

    void activateRetireAndAudit()
    {
        QSqlDatabase db = m_cache->database();
        RulePackStore store(db, Admin);
        const auto draft = store.importPath(ToyPack);
        QVERIFY(draft.ok());

        // Outside the pack's validity (2026): refused, naming the dates.
        const auto early = store.activate(draft->id, QDate(2025, 12, 31));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(u"2026-01-01"_s),
                 qPrintable(early.error().message));

        const auto active = store.activate(draft->id, QDate(2026, 3, 1));
        QVERIFY2(active.ok(), qPrintable(active.ok() ? QString() : active.error().message));
        QCOMPARE(active->status, RulePackStatus::Active);
        QCOMPARE(active->appliesFrom, QDate(2026, 3, 1));
        QCOMPARE(active->activatedBy, Admin);
        QVERIFY(active->activatedAt.isValid());
        QVERIFY(!store.activate(draft->id, QDate(2026, 3, 1)).ok()); // already active

        // The registry answers from the activation date on; shipped packs fill the case
        // types without an active pack.
        const auto registry = store.activeRegistry({ShippedPacks});
        QVERIFY2(registry.ok(), qPrintable(registry.ok() ? QString() : describe(registry.error())));
        QVERIFY(!registry->find(u"boendeparkering"_s, QDate(2026, 2, 28)));
        const auto bp = registry->find(u"boendeparkering"_s, QDate(2026, 3, 1));
        QVERIFY(bp);
        QCOMPARE(bp->id(), u"boendeparkering-toy"_s);
        QCOMPARE(bp->contentHash(), draft->contentHash);
        QVERIFY(registry->find(u"ekonomiskt-bistand"_s, QDate(2023, 6, 1)));

        const auto retired = store.retire(draft->id);
        QVERIFY(retired.ok());
        QCOMPARE(retired->status, RulePackStatus::Retired);
        QCOMPARE(retired->retiredBy, Admin);
        QVERIFY(!store.retire(draft->id).ok());
        QVERIFY(!store.activate(draft->id, QDate(2026, 3, 1)).ok());
        const auto afterRetire = store.activeRegistry({ShippedPacks});
        QVERIFY(afterRetire.ok());
        QCOMPARE(afterRetire->find(u"boendeparkering"_s, QDate(2026, 3, 1))->id(),
                 u"boendeparkering"_s); // the shipped pack again

        AuditTrail audit(db);
        QStringList events;
        for (const AuditEvent &e : audit.all()) {
            if (e.packId != u"boendeparkering-toy"_s)
                continue;
            events.append(e.event);
            QCOMPARE(e.userLogin, Admin);
            QCOMPARE(e.packVersion, u"2026.1"_s);
            QCOMPARE(e.details.value(u"content_hash"_s).toString(), draft->contentHash);
            if (e.event == AuditEventCode::PackActivated)
                QCOMPARE(e.details.value(u"applies_from"_s).toString(), u"2026-03-01"_s);
        }
        QCOMPARE(events, (QStringList{AuditEventCode::PackImported, AuditEventCode::PackActivated,
                                      AuditEventCode::PackRetired}));
        QVERIFY(audit.verify().ok());
    }

    void overlappingActivationIsRefused()
    {
        const QString folder = BrokenPacks + u"/16-overlap-on-activation"_s;
        const QDate from =
            QDate::fromString(readText(folder + u"/activate-from.txt"_s), Qt::ISODate);
        QVERIFY(from.isValid());
        RulePackStore store(m_cache->database(), Admin);
        const auto toy = store.importPath(ToyPack);
        QVERIFY(toy.ok());
        QVERIFY(store.activate(toy->id, QDate(2026, 1, 1)).ok());
        const auto second = store.importPath(corpusPack(folder));
        QVERIFY2(second.ok(), qPrintable(second.ok() ? QString() : describe(second.error())));
        const int events = countRows(m_cache->database(), u"audit_events"_s);

        const auto refused = store.activate(second->id, from);
        QVERIFY(!refused.ok());
        const QString expected = readText(folder + u"/expected.txt"_s);
        QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"2026-12-31"_s),
                 qPrintable(refused.error().message)); // the other pack's dates
        QCOMPARE(store.find(second->id)->status, RulePackStatus::Draft);
        QCOMPARE(countRows(m_cache->database(), u"audit_events"_s), events);

        // Once the first is retired, the second may apply.
        QVERIFY(store.retire(toy->id).ok());
        QVERIFY(store.activate(second->id, from).ok());
    }

    void storedContentIsCheckedAgainstItsHash()
    {
        RulePackStore store(m_cache->database(), Admin);
        const auto stored = store.importPath(ToyPack);
        QVERIFY(stored.ok());
        auto files = store.files(stored->id).value();
        files[u"letters/bifall.md"_s] += u"x"_s;
        QSqlQuery q(m_cache->database());
        QJsonObject content;
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            content.insert(it.key(), it.value());
        q.prepare(u"UPDATE rule_packs SET content = ? WHERE id = ?"_s);
        q.addBindValue(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
        q.addBindValue(stored->id);
        QVERIFY(q.exec());
        const auto loaded = store.load(stored->id);
        QVERIFY(!loaded.ok());
        QVERIFY2(describe(loaded.error()).contains(u"content hash"_s),
                 qPrintable(describe(loaded.error())));
    }

    void caseTypeSettingsAreAudited()
    {
        QSqlDatabase db = m_cache->database();
        CaseTypeSettings settings(db, Admin);
        const auto before = settings.find(u"ekonomiskt-bistand"_s);
        QVERIFY(before);
        QCOMPARE(before->deadlineDays, 14);
        QVERIFY(!before->spotCheckPermille);

        const auto days = settings.setDeadlineDays(u"ekonomiskt-bistand"_s, 20);
        QVERIFY(days.ok());
        QCOMPARE(days->deadlineDays, 20);
        const auto rate = settings.setSpotCheckPermille(u"ekonomiskt-bistand"_s, 50);
        QVERIFY(rate.ok());
        QCOMPARE(rate->spotCheckPermille.value_or(-1), 50);
        const auto back = settings.setSpotCheckPermille(u"ekonomiskt-bistand"_s, std::nullopt);
        QVERIFY(back.ok());
        QVERIFY(!back->spotCheckPermille);

        const int events = countRows(db, u"audit_events"_s);
        QVERIFY(settings.setDeadlineDays(u"ekonomiskt-bistand"_s, 20).ok()); // unchanged
        QVERIFY(!settings.setDeadlineDays(u"ekonomiskt-bistand"_s, 0).ok());
        QVERIFY(!settings.setDeadlineDays(u"ekonomiskt-bistand"_s, 367).ok());
        QVERIFY(!settings.setSpotCheckPermille(u"ekonomiskt-bistand"_s, 1001).ok());
        QVERIFY(!settings.setDeadlineDays(u"hundtillstand"_s, 10).ok());
        QCOMPARE(countRows(db, u"audit_events"_s), events);
        QCOMPARE(settings.find(u"ekonomiskt-bistand"_s)->deadlineDays, 20);

        QList<QJsonObject> changes;
        for (const AuditEvent &e : AuditTrail(db).all()) {
            if (e.event == AuditEventCode::SettingsChanged) {
                QCOMPARE(e.userLogin, Admin);
                changes.append(e.details);
            }
        }
        QCOMPARE(changes.size(), 3);
        QCOMPARE(changes[0].value(u"setting"_s).toString(), u"deadline_days"_s);
        QCOMPARE(changes[0].value(u"old"_s).toInt(), 14);
        QCOMPARE(changes[0].value(u"new"_s).toInt(), 20);
        QVERIFY(changes[1].value(u"old"_s).isNull());
        QCOMPARE(changes[1].value(u"new"_s).toInt(), 50);
        QCOMPARE(changes[2].value(u"old"_s).toInt(), 50);
        QVERIFY(changes[2].value(u"new"_s).isNull());
    }
};

QTEST_GUILESS_MAIN(TestRulePackStore)
#include "tst_rulepackstore.moc"
