// ProposalRepository: a proposal comes back as it was stored — its JSON byte for byte,
// though stored compressed — and proposals stored as JSON text before the cache kept
// them compressed read as they always did.

#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/ProposalRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

CaseRecord sampleCase(const QString &caseId)
{
    CaseRecord r;
    r.caseId = caseId;
    r.caseType = u"ekonomiskt-bistand"_s;
    r.receivedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 15), Qt::UTC);
    r.applicationDate = QDate(2026, 11, 2);
    r.applicant =
        Person{u"19850312-1236"_s, u"Zlatan Östergrenqvist"_s, u"applicant"_s, QDate(1985, 3, 12)};
    r.payload = "{\"case_id\":\"" + caseId.toUtf8() + "\"}";
    return r;
}

// Shaped like a proposal with its trace: the same keys and rule names over and over, and
// text that is not ASCII.
QByteArray proposalJson(const QString &caseId)
{
    QByteArray json = "{\"case_id\":\"" + caseId.toUtf8() +
                      "\",\"outcome\":\"delvis_bifall\",\"reasons\":[\"Hyran överstiger "
                      "skälig nivå — 8 250 kr godtas\"],\"trace\":{\"decisions\":[";
    for (int i = 0; i < 60; ++i) {
        if (i > 0)
            json += ',';
        json += "{\"name\":\"Norm " + QByteArray::number(i) + "\",\"matched\":[{\"rule\":\"EB-N" +
                QByteArray::number(i % 7) +
                "\",\"annotation\":\"SoL 4 kap. 3 § — riksnorm\"}],\"inputs\":{\"hushåll\":" +
                QByteArray::number(i % 4 + 1) + "}}";
    }
    return json + "]}}";
}

StoredProposal sampleProposal(const QString &caseId)
{
    StoredProposal p;
    p.caseId = caseId;
    p.outcome = u"delvis_bifall"_s;
    p.amountKronor = 8250;
    p.spotCheck = true;
    p.packId = u"ekonomiskt-bistand"_s;
    p.packVersion = u"2023.2"_s;
    p.packHash = QString(64, u'a');
    p.json = proposalJson(caseId);
    p.matchedRules = {{u"Norm 1"_s, u"EB-N1"_s, u"SoL 4 kap. 3 §"_s},
                      {u"Norm 2"_s, u"EB-N2"_s, QString()}};
    p.createdAt = QDateTime(QDate(2026, 11, 3), QTime(10, 0), Qt::UTC);
    return p;
}

} // namespace

class TestProposalRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    QSqlDatabase db() const { return m_cache->database(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto cache = CacheDatabase::open(m_dir.filePath(u"proposals.cache"_s), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
        CaseRepository cases(db());
        for (const QString &id : {u"EB-2026-000001"_s, u"EB-2026-000002"_s, u"EB-2026-000003"_s})
            QVERIFY(cases.insert(sampleCase(id)).ok());
    }

    void storedProposalComesBackAsStored()
    {
        const StoredProposal stored = sampleProposal(u"EB-2026-000001"_s);
        ProposalRepository proposals(db());
        QVERIFY(proposals.store(stored).ok());
        const std::optional<StoredProposal> found = proposals.find(stored.caseId);
        QVERIFY(found.has_value());
        QCOMPARE(found->json, stored.json);
        QCOMPARE(found->outcome, stored.outcome);
        QCOMPARE(found->amountKronor, stored.amountKronor);
        QCOMPARE(found->spotCheck, stored.spotCheck);
        QCOMPARE(found->packId, stored.packId);
        QCOMPARE(found->packVersion, stored.packVersion);
        QCOMPARE(found->packHash, stored.packHash);
        QCOMPARE(found->createdAt, stored.createdAt);
        QCOMPARE(found->matchedRules.size(), 2);
        QCOMPARE(found->matchedRules.at(0).ruleId, u"EB-N1"_s);
        QCOMPARE(found->matchedRules.at(0).annotation, u"SoL 4 kap. 3 §"_s);

        // On disk the JSON is compressed, and much smaller.
        QSqlQuery q(db());
        QVERIFY(q.exec(u"SELECT p.proposal, p.proposal_packed FROM proposals p"
                       " JOIN cases c ON c.id = p.case_ref WHERE c.case_id = 'EB-2026-000001'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString());
        const QByteArray packed = q.value(1).toByteArray();
        QCOMPARE(ProposalRepository::unpackJson(packed), stored.json);
        QVERIFY2(packed.size() * 4 < stored.json.size(),
                 qPrintable(u"%1 of %2 bytes"_s.arg(packed.size()).arg(stored.json.size())));
    }

    // The batch run packs on its evaluating threads and hands over only the packed form.
    void packedJsonIsStoredAsGiven()
    {
        StoredProposal stored = sampleProposal(u"EB-2026-000002"_s);
        const QByteArray json = stored.json;
        stored.json.clear();
        ProposalRepository proposals(db());
        QVERIFY(proposals.store(stored, ProposalRepository::packJson(json)).ok());
        QCOMPARE(proposals.find(stored.caseId)->json, json);

        // Storing again replaces the proposal.
        stored.json = "{\"case_id\":\"EB-2026-000002\",\"outcome\":\"avslag\"}";
        QVERIFY(proposals.store(stored).ok());
        QCOMPARE(proposals.find(stored.caseId)->json, stored.json);
    }

    // Rows a cache holds from before proposals were compressed: the JSON as text.
    void proposalStoredAsTextIsRead()
    {
        const QByteArray json = proposalJson(u"EB-2026-000003"_s);
        QSqlQuery q(db());
        q.prepare(u"INSERT INTO proposals (case_ref, outcome, amount_kronor, spot_check, pack_id,"
                  " pack_version, pack_hash, proposal, created_at)"
                  " SELECT id, 'bifall', 5120, 0, 'ekonomiskt-bistand', '2023.1', 'h', ?,"
                  " '2026-03-01T08:00:00.000Z' FROM cases WHERE case_id = 'EB-2026-000003'"_s);
        q.addBindValue(QString::fromUtf8(json));
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        const std::optional<StoredProposal> found =
            ProposalRepository(db()).find(u"EB-2026-000003"_s);
        QVERIFY(found.has_value());
        QCOMPARE(found->json, json);
        QCOMPARE(found->outcome, u"bifall"_s);
        QCOMPARE(found->amountKronor, std::optional<qint64>(5120));
    }

    void packingRoundTrips()
    {
        for (const QByteArray &json :
             {QByteArray(), QByteArray("{}"), proposalJson(u"LSS-2026-000001"_s)})
            QCOMPARE(ProposalRepository::unpackJson(ProposalRepository::packJson(json)), json);
    }
};

QTEST_GUILESS_MAIN(TestProposalRepository)
#include "tst_proposalrepository.moc"
