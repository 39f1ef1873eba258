// AuditTrail: every event is chained to the one before by a SHA-256, so the chain verifies
// after many events and changing or deleting any one stored row makes verify() name exactly
// that row. Plus the events the existing flows leave: "imported" per imported case,
// "proposed" and "automation_failed" from the inbox automation, all with the acting user.

#include "automation/pipeline/InboxAutomation.h"
#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/Importer.h"
#include "model/ProposalRepository.h"
#include "model/Transaction.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
const QDate Today(2026, 3, 1);

bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

// What an auditor with SQL access would have to do first.
bool dropAppendOnlyTriggers(QSqlDatabase db)
{
    return exec(db, u"DROP TRIGGER audit_events_append_only_update"_s) &&
           exec(db, u"DROP TRIGGER audit_events_append_only_delete"_s);
}

int countEvents(QSqlDatabase db, const QString &event)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT COUNT(*) FROM audit_events WHERE event = ?"_s);
    q.addBindValue(event);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<CacheDatabase> newCache()
    {
        auto cache = CacheDatabase::open(m_dir.filePath(u"audit-%1.cache"_s.arg(++m_serial)), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        return cache.ok() ? std::move(cache.value()) : nullptr;
    }

    // A cache whose chain holds `events` events (the creator's user_added included).
    std::unique_ptr<CacheDatabase> cacheWithEvents(int events)
    {
        auto cache = newCache();
        if (!cache)
            return nullptr;
        AuditTrail audit(cache->database());
        Transaction tx(cache->database());
        for (qint64 i = audit.count(); i < events; ++i) {
            const QString caseId = u"EB-2026-%1"_s.arg(i % 7, 6, 10, QLatin1Char('0'));
            if (!audit.append(u"hand%1"_s.arg(i % 4 + 1), AuditEventCode::Viewed, caseId,
                              u"ekonomiskt-bistand"_s, u"2023.1"_s,
                              QJsonObject{{u"n"_s, i}, {u"note"_s, u"a|b\\c"_s}}))
                return nullptr;
        }
        return tx.commit() ? std::move(cache) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("USER", "tester");
    }

    void chainVerifiesAfterManyEvents()
    {
        auto cache = cacheWithEvents(2000);
        QVERIFY(cache);
        AuditTrail audit(cache->database());
        QCOMPARE(audit.count(), 2000);
        const AuditTrail::Verification v = audit.verify();
        QVERIFY2(v.ok(), qPrintable(v.reason));
        QCOMPARE(v.checked, 2000);
        QVERIFY(v.reason.isEmpty());
    }

    void eachEventHashesThePreviousHashAndItsFields()
    {
        auto cache = cacheWithEvents(5);
        QVERIFY(cache);
        const QList<AuditEvent> events = AuditTrail(cache->database()).all();
        QCOMPARE(events.size(), 5);
        QCOMPARE(events.first().seq, 1);
        QCOMPARE(events.first().prevHash, QString(64, u'0'));
        QCOMPARE(events.first().event, QString(AuditEventCode::UserAdded));
        QCOMPARE(events.first().userLogin, u"tester"_s);
        for (qsizetype i = 1; i < events.size(); ++i) {
            const AuditEvent &e = events[i];
            QCOMPARE(e.seq, i + 1);
            QCOMPARE(e.prevHash, events[i - 1].hash);
            QSqlQuery q(cache->database());
            q.prepare(u"SELECT occurred_at, details FROM audit_events WHERE seq = ?"_s);
            q.addBindValue(e.seq);
            QVERIFY(q.exec() && q.next());
            // The stored time is ISO 8601 UTC with milliseconds; details compact JSON with
            // sorted keys.
            QVERIFY2(q.value(0).toString().endsWith(u'Z') && q.value(0).toString().size() == 24,
                     qPrintable(q.value(0).toString()));
            QCOMPARE(q.value(1).toString(),
                     u"{\"n\":%1,\"note\":\"a|b\\\\c\"}"_s.arg(e.details.value(u"n"_s).toInt()));
            const QByteArray input = AuditTrail::canonical(e.prevHash, e.seq, q.value(0).toString(),
                                                           e.userLogin, e.event, e.caseId, e.packId,
                                                           e.packVersion, q.value(1).toString());
            QCOMPARE(QString::fromLatin1(
                         QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex()),
                     e.hash);
        }
    }

    // A separator inside a field cannot make two different events hash alike.
    void fieldsCannotBorrowSeparators()
    {
        const QString zero(64, u'0');
        const auto a = AuditTrail::canonical(zero, 1, u"t"_s, u"u"_s, u"e"_s, u"A|B"_s, {}, {}, {});
        const auto b =
            AuditTrail::canonical(zero, 1, u"t"_s, u"u"_s, u"e"_s, u"A"_s, u"B"_s, {}, {});
        QVERIFY(a != b);
        const auto c =
            AuditTrail::canonical(zero, 1, u"t"_s, u"u"_s, u"e"_s, u"A\\"_s, u"B"_s, {}, {});
        const auto d =
            AuditTrail::canonical(zero, 1, u"t"_s, u"u"_s, u"e"_s, u"A\\|B"_s, {}, {}, {});
        QVERIFY(c != d);
    }

    void tamperingOneFieldNamesThatRow_data()
    {
        QTest::addColumn<QString>("assignment");
        QTest::addColumn<qint64>("seq");
        QTest::newRow("occurred_at") << u"occurred_at = '2020-01-01T00:00:00.000Z'"_s << qint64(17);
        QTest::newRow("user_login") << u"user_login = 'mallory'"_s << qint64(42);
        QTest::newRow("event") << u"event = 'confirmed'"_s << qint64(100);
        QTest::newRow("case_id") << u"case_id = 'EB-2026-999999'"_s << qint64(2);
        QTest::newRow("pack_id") << u"pack_id = NULL"_s << qint64(250);
        QTest::newRow("pack_version") << u"pack_version = '2023.2'"_s << qint64(299);
        QTest::newRow("details") << u"details = '{\"n\":0}'"_s << qint64(150);
        QTest::newRow("prev_hash") << u"prev_hash = hash"_s << qint64(60);
        QTest::newRow("hash") << u"hash = prev_hash"_s << qint64(61);
        QTest::newRow("first row") << u"user_login = 'root'"_s << qint64(1);
        QTest::newRow("last row") << u"details = '{}'"_s << qint64(300);
    }

    void tamperingOneFieldNamesThatRow()
    {
        QFETCH(QString, assignment);
        QFETCH(qint64, seq);
        auto cache = cacheWithEvents(300);
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        // The triggers refuse the edit until they are dropped.
        QVERIFY(!QSqlQuery(db).exec(
            u"UPDATE audit_events SET %1 WHERE seq = %2"_s.arg(assignment).arg(seq)));
        QVERIFY(AuditTrail(db).verify().ok());
        QVERIFY(dropAppendOnlyTriggers(db));
        QVERIFY(exec(db, u"UPDATE audit_events SET %1 WHERE seq = %2"_s.arg(assignment).arg(seq)));
        const AuditTrail::Verification v = AuditTrail(db).verify();
        QVERIFY(!v.ok());
        QCOMPARE(v.firstBrokenSeq.value(), seq);
        QCOMPARE(v.checked, seq - 1);
        QVERIFY2(v.reason.contains(QString::number(seq)), qPrintable(v.reason));
    }

    // Rewriting a row and its hash consistently still breaks the link of the next row.
    void rehashedRowBreaksTheNextLink()
    {
        auto cache = cacheWithEvents(50);
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        QVERIFY(dropAppendOnlyTriggers(db));
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT prev_hash, occurred_at, user_login, event, case_id, pack_id,"
                       u" pack_version FROM audit_events WHERE seq = 20"_s) &&
                q.next());
        const QString details = u"{\"n\":-1}"_s;
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(
                AuditTrail::canonical(q.value(0).toString(), 20, q.value(1).toString(),
                                      u"mallory"_s, q.value(3).toString(), q.value(4).toString(),
                                      q.value(5).toString(), q.value(6).toString(), details),
                QCryptographicHash::Sha256)
                .toHex());
        QSqlQuery update(db);
        update.prepare(u"UPDATE audit_events SET user_login = 'mallory', details = ?, hash = ?"
                       u" WHERE seq = 20"_s);
        update.addBindValue(details);
        update.addBindValue(hash);
        QVERIFY(update.exec());
        const AuditTrail::Verification v = AuditTrail(db).verify();
        QCOMPARE(v.firstBrokenSeq.value(), 21);
        QVERIFY2(v.reason.contains(u"prev_hash"_s), qPrintable(v.reason));
    }

    void deletingARowNamesThatRow_data()
    {
        QTest::addColumn<qint64>("seq");
        QTest::newRow("first") << qint64(1);
        QTest::newRow("middle") << qint64(123);
        QTest::newRow("second to last") << qint64(199);
    }

    void deletingARowNamesThatRow()
    {
        QFETCH(qint64, seq);
        auto cache = cacheWithEvents(200);
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        QVERIFY(!QSqlQuery(db).exec(u"DELETE FROM audit_events WHERE seq = %1"_s.arg(seq)));
        QVERIFY(dropAppendOnlyTriggers(db));
        QVERIFY(exec(db, u"DELETE FROM audit_events WHERE seq = %1"_s.arg(seq)));
        const AuditTrail::Verification v = AuditTrail(db).verify();
        QCOMPARE(v.firstBrokenSeq.value(), seq);
        QVERIFY2(v.reason.contains(u"missing"_s), qPrintable(v.reason));
    }

    void appendInTheCallersTransactionRollsBackWithIt()
    {
        auto cache = cacheWithEvents(10);
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        AuditTrail audit(db);
        {
            Transaction tx(db);
            QVERIFY(tx.isActive());
            QVERIFY(audit.append(u"hand1"_s, AuditEventCode::Viewed, u"X-1"_s).ok());
            QVERIFY(audit.append(u"hand1"_s, AuditEventCode::Viewed, u"X-1"_s).ok());
            QCOMPARE(audit.count(), 12);
        } // rolled back
        QCOMPARE(audit.count(), 10);
        const auto next = audit.append(u"hand2"_s, AuditEventCode::Viewed, u"X-2"_s);
        QVERIFY(next.ok());
        QCOMPARE(next.value().seq, 11);
        QVERIFY(audit.verify().ok());
        QCOMPARE(audit.forCase(u"X-1"_s).size(), 0);
        QCOMPARE(audit.forCase(u"X-2"_s).size(), 1);
        QCOMPARE(audit.forCase(u"X-2"_s).first().userLogin, u"hand2"_s);
    }

    void appendNeedsUserAndEvent()
    {
        auto cache = newCache();
        QVERIFY(cache);
        AuditTrail audit(cache->database());
        const qint64 before = audit.count();
        const auto noUser = audit.append({}, AuditEventCode::Viewed);
        QVERIFY(!noUser.ok());
        QCOMPARE(noUser.error().field, u"user"_s);
        QVERIFY(!audit.append(u"hand1"_s, {}).ok());
        QCOMPARE(audit.count(), before);
    }

    void eventCodesHaveDisplayNames()
    {
        QCOMPARE(AuditEventCode::all().size(), 15);
        for (const QString &code : AuditEventCode::all())
            QVERIFY2(AuditEventCode::displayName(code) != code, qPrintable(code));
        QCOMPARE(AuditEventCode::displayName(u"unknown_code"_s), u"unknown_code"_s);
    }

    void importerRecordsImportedPerCase()
    {
        auto cache = newCache();
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        const QString files = m_dir.filePath(u"applications"_s);
        DemoCaseGenerator generator(3);
        QCOMPARE(generator.writeApplicationFiles(files, 12, Today).value(), 12);
        ImportOptions options;
        options.actingUser = u"hand3"_s;
        const ImportReport report = Importer(db).import({files}, options);
        QCOMPARE(report.imported, 12);
        QCOMPARE(countEvents(db, AuditEventCode::Imported), 12);
        for (const QString &caseId : CaseRepository(db).caseIdsWithStatus(CaseStatus::Received)) {
            const QList<AuditEvent> events = AuditTrail(db).forCase(caseId);
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().event, QString(AuditEventCode::Imported));
            QCOMPARE(events.first().userLogin, u"hand3"_s);
            QVERIFY(!events.first().details.value(u"case_type"_s).toString().isEmpty());
        }
        // A batch that writes nothing leaves no events; the default user is the OS login.
        const QString more = m_dir.filePath(u"more"_s);
        DemoCaseGenerator(4, 100).writeApplicationFiles(more, 3, Today).value();
        QFile bad(more + u"/zz-broken.json"_s);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{ not json");
        bad.close();
        QCOMPARE(Importer(db).import({more}).imported, 0);
        QCOMPARE(countEvents(db, AuditEventCode::Imported), 12);
        QVERIFY(QFile::remove(more + u"/zz-broken.json"_s));
        QCOMPARE(Importer(db).import({more}).imported, 3);
        QCOMPARE(countEvents(db, AuditEventCode::Imported), 15);
        QCOMPARE(AuditTrail(db).all().last().userLogin, u"tester"_s);
        QVERIFY(AuditTrail(db).verify().ok());
    }

    void inboxAutomationRecordsProposedAndFailed()
    {
        RulePackRegistry registry;
        const Problems problems = ProposeCommand::installPacks({ShippedPacks}, registry);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        auto cache = newCache();
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        QVERIFY(DemoCaseGenerator(7).fill(db, 80, Today).ok());
        InboxAutomation automation(db, registry);
        QCOMPARE(automation.actingUser(), u"tester"_s);
        automation.setActingUser(u"hand2"_s);
        // The demo also makes cases that are already further along; only the received ones
        // go through the automation.
        const QStringList received = CaseRepository(db).caseIdsWithStatus(CaseStatus::Received);
        auto summary = automation.run();
        QVERIFY(summary.ok());
        QVERIFY(summary.value().proposed > 0);
        QVERIFY(!summary.value().failures.isEmpty());
        QCOMPARE(countEvents(db, AuditEventCode::Proposed), summary.value().proposed);
        QCOMPARE(countEvents(db, AuditEventCode::AutomationFailed),
                 summary.value().failures.size());
        for (const QString &caseId : received) {
            if (CaseRepository(db).find(caseId)->status != CaseStatus::Proposed)
                continue;
            const QList<AuditEvent> events = AuditTrail(db).forCase(caseId);
            QCOMPARE(events.size(), 1);
            const AuditEvent &e = events.first();
            const StoredProposal p = ProposalRepository(db).find(caseId).value();
            QCOMPARE(e.event, QString(AuditEventCode::Proposed));
            QCOMPARE(e.userLogin, u"hand2"_s);
            QCOMPARE(e.packId, p.packId);
            QCOMPARE(e.packVersion, p.packVersion);
            QCOMPARE(e.details.value(u"outcome"_s).toString(), p.outcome);
        }
        for (const QString &caseId : received) {
            if (CaseRepository(db).find(caseId)->status != CaseStatus::NeedsManualHandling)
                continue;
            const QList<AuditEvent> events = AuditTrail(db).forCase(caseId);
            QCOMPARE(events.size(), 1);
            QCOMPARE(events.first().event, QString(AuditEventCode::AutomationFailed));
            QVERIFY(summary.value().failures.contains(
                caseId + u": "_s + events.first().details.value(u"message"_s).toString()));
        }
        QVERIFY(AuditTrail(db).verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
