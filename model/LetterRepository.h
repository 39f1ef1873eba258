#pragma once
// LetterRepository: the letters sent for a case (decision letters, requests for
// completion) — the PDF exactly as produced and its text — kept with the case.

#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace casebench {

struct StoredLetter
{
    qint64 id = 0;
    QString caseId;
    QString kind;         // "decision" or "completion_request" (letterKindCode)
    QString outcome;      // outcome code; may be empty
    QString language;     // "sv"
    QString body;         // the letter as plain text
    qint64 createdBy = 0; // users.id
    QDateTime createdAt;  // UTC
};

class LetterRepository
{
public:
    explicit LetterRepository(QSqlDatabase db);

    // Stores a letter inside the caller's transaction, if any; returns the letter's id.
    Result<qint64> store(const QString &caseId, const QString &kind, const QString &outcome,
                         const QString &language, const QString &body, const QByteArray &pdf,
                         qint64 createdBy);
    // The case's letters, oldest first, without their PDFs.
    QList<StoredLetter> forCase(const QString &caseId) const;
    std::optional<QByteArray> pdf(qint64 letterId) const;

private:
    QSqlDatabase m_db;
};

} // namespace casebench
