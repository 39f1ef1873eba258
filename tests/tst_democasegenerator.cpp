// DemoCaseGenerator: the same seed gives the same cases; every generated application passes
// the importer's checks (demo data exercises the real intake format); the cases look like a
// real inbox (households of 1–7, every case type, a share with missing attachments).

#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/Importer.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestDemoCaseGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameCases()
    {
        const QDate today(2026, 11, 23);
        DemoCaseGenerator a(42);
        DemoCaseGenerator b(42);
        DemoCaseGenerator c(43);
        const QList<CaseRecord> first = a.generate(200, today);
        const QList<CaseRecord> second = b.generate(200, today);
        const QList<CaseRecord> other = c.generate(200, today);
        QCOMPARE(first.size(), 200);
        int differing = 0;
        for (int i = 0; i < first.size(); ++i) {
            QCOMPARE(first[i].caseId, second[i].caseId);
            QCOMPARE(first[i].payload, second[i].payload);
            QCOMPARE(first[i].receivedAt, second[i].receivedAt);
            if (first[i].payload != other[i].payload)
                ++differing;
        }
        QVERIFY2(differing > 190, "another seed must give other cases");
    }

    void looksLikeARealInbox()
    {
        DemoCaseGenerator generator(7);
        const QList<CaseRecord> cases = generator.generate(3000, QDate(2026, 11, 23));
        QSet<int> householdSizes;
        QSet<QString> caseTypes;
        QSet<QString> ids;
        int withMissing = 0;
        for (const CaseRecord &record : cases) {
            householdSizes.insert(record.householdSize());
            caseTypes.insert(record.caseType);
            ids.insert(record.caseId);
            if (record.missingAttachmentCount() > 0)
                ++withMissing;
            QVERIFY(record.receivedAt.date() <= QDate(2026, 11, 23));
            QVERIFY(record.applicant.name.size() > 3);
        }
        QCOMPARE(ids.size(), cases.size());
        QCOMPARE(caseTypes,
                 (QSet<QString>{u"ekonomiskt-bistand"_s, u"boendeparkering"_s, u"lss-sjuklon"_s}));
        for (int size = 1; size <= 7; ++size)
            QVERIFY2(householdSizes.contains(size), qPrintable(u"no household of %1"_s.arg(size)));
        QVERIFY(*std::max_element(householdSizes.begin(), householdSizes.end()) <= 7);
        const double share = double(withMissing) / double(cases.size());
        QVERIFY2(share > 0.08 && share < 0.35, qPrintable(QString::number(share)));
    }

    // Demo files are ordinary applications: the importer takes every one of them.
    void generatedFilesImportCleanly()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString files = dir.filePath(u"files"_s);
        DemoCaseGenerator generator(11);
        Result<int> written = generator.writeApplicationFiles(files, 400, QDate(2026, 11, 23));
        QVERIFY(written);
        QCOMPARE(written.value(), 400);

        auto cache = CacheDatabase::open(dir.filePath(u"c.cache"_s), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache);
        Importer importer(cache.value()->database());
        const ImportReport report = importer.import({files});
        QStringList problems;
        for (const Problem &p : report.problems.mid(0, 10))
            problems << p.toString();
        QVERIFY2(!report.hasProblems(), qPrintable(problems.join(u'\n')));
        QCOMPARE(report.imported, 400);
        QCOMPARE(CaseRepository(cache.value()->database()).count(), 400);
    }

    void fillContinuesNumbering()
    {
        QTemporaryDir dir;
        auto cache = CacheDatabase::open(dir.filePath(u"c.cache"_s), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache);
        QSqlDatabase db = cache.value()->database();
        Result<int> first = DemoCaseGenerator(1).fill(db, 150, QDate(2026, 11, 23), 40);
        QVERIFY(first);
        QCOMPARE(first.value(), 150);
        CaseRepository repository(db);
        Result<int> second =
            DemoCaseGenerator(1, repository.count() + 1).fill(db, 50, QDate(2026, 11, 23));
        QVERIFY2(second, second ? "" : qPrintable(second.error().toString()));
        QCOMPARE(repository.count(), 200);
        // Stored cases carry their decision deadline from the case type.
        const auto stored = repository.find(u"EB-2026-000001"_s);
        QVERIFY(stored.has_value());
        QVERIFY(stored->nextDeadline().isValid());
    }
};

QTEST_GUILESS_MAIN(TestDemoCaseGenerator)
#include "tst_democasegenerator.moc"
