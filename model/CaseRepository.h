#pragma once
// CaseRepository: reads and writes cases in the cache. Portable SQL only; callers own
// transactions (see Transaction) so a batch is all-or-nothing.

#include "model/CaseRecord.h"
#include "model/PreparedStatements.h"
#include "model/Result.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace casebench {

// What the inbox shows for a case: one flat row, cheap to load by the hundred thousand.
struct InboxRow
{
    qint64 id = 0;
    QString caseId;
    QString caseType;
    QString applicantName;
    QDateTime receivedAt;
    CaseStatus status = CaseStatus::Received;
    QDate dueOn; // earliest deadline, may be null
    int householdSize = 1;
    int missingAttachments = 0;
};

// What the automation reads of a case: enough to pick the pack and run it.
struct CaseApplication
{
    QString caseType;
    QDate applicationDate;
    QByteArray payload; // the application as received (casebench.application/1 JSON)
};

struct CaseTypeInfo
{
    QString code; // "ekonomiskt-bistand"
    QString nameSv;
    QString nameEn;
    int defaultDeadlineDays = 0;
};

class CaseRepository
{
public:
    explicit CaseRepository(QSqlDatabase db);
    ~CaseRepository();

    // Stores a new case with household, attachments and deadlines; returns its row id.
    // Runs inside the caller's transaction, if any.
    Result<qint64> insert(const CaseRecord &record);
    bool exists(const QString &caseId) const;
    std::optional<CaseRecord> find(const QString &caseId) const;
    // One row, one reused statement: a batch run reads thousands of these.
    std::optional<CaseApplication> application(const QString &caseId) const;
    Result<void> setStatus(const QString &caseId, CaseStatus status);
    // As setStatus(caseId, status), with updated_at = changedAt instead of now.
    Result<void> setStatus(const QString &caseId, CaseStatus status, const QDateTime &changedAt);
    // Case ids with the status, oldest received first.
    QStringList caseIdsWithStatus(CaseStatus status) const;

    QList<InboxRow> inboxRows() const;
    // The SELECT behind inboxRows(); every column it reads is in the cases_inbox index.
    static QString inboxQuery();
    QHash<CaseStatus, int> countByStatus() const;
    int count() const;

    QList<CaseTypeInfo> caseTypes() const;
    std::optional<CaseTypeInfo> caseType(const QString &code) const;

private:
    QSqlQuery &prepared(int slot, const QString &sql) const { return m_statements.get(slot, sql); }

    QSqlDatabase m_db;
    // The statements a batch runs per case.
    mutable PreparedStatements<6> m_statements;
};

} // namespace casebench
