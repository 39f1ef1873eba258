#pragma once
// DemoCaseGenerator: realistic synthetic applications (households, ages, rents, incomes,
// missing attachments) for demos, tests and benchmarks — the same cases for the same seed
// on every machine. Each case carries its application in the intake format
// (casebench.application/1), so demo data also exercises the importer's format.

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "model/CaseRecord.h"
#include "model/DemoRandom.h"
#include "model/Result.h"

namespace casebench {

class DemoCaseGenerator
{
public:
    // firstSerial numbers the first case id of each case type ("EB-2026-000001" for 1). To
    // add to a cache that already holds demo cases, pass one more than the cases it holds.
    explicit DemoCaseGenerator(quint64 seed, int firstSerial = 1);

    // Days from receipt to the decision deadline, by case type code — the cache's
    // case_types.default_deadline_days (fill() reads them itself). A case type missing here
    // gets no decision deadline in the record; the payload never carries one, as an
    // applicant does not set it.
    void setDeadlineDays(const QHash<QString, int> &daysByCaseType);

    // One more case, received within the 60 days before today.
    CaseRecord next(const QDate &today);
    QList<CaseRecord> generate(int count, const QDate &today);

    // Writes count applications as "<case id>.json" (indented UTF-8) into dir, creating it
    // if needed; returns the number written. Input for `casebench import`.
    Result<int> writeApplicationFiles(const QString &dir, int count, const QDate &today);

    // Stores count cases through CaseRepository, batchSize cases per transaction; returns
    // the number stored. A failing batch is rolled back; batches before it stay.
    Result<int> fill(QSqlDatabase db, int count, const QDate &today, int batchSize = 10000);

    // The demo's people: caseworkers hand1..hand4 and team lead chef1, each added unless the
    // cache already has that login (the administrator is the cache's creator). Returns the
    // number added.
    static Result<int> addDemoUsers(QSqlDatabase db, const QString &addedBy);

private:
    DemoRandom m_random;
    int m_firstSerial;
    QHash<QString, int> m_nextSerial;
    QHash<QString, int> m_deadlineDays;
    QList<QJsonObject> m_providers; // LSS assistance providers, drawn on first use
};

} // namespace casebench
