#pragma once
// AutomationErrorRepository: why the automation could not evaluate a case (no rule pack
// valid on its application date, an evaluation error). Every attempt is a row, so the
// charts can count automation errors per period and the case view shows the latest one.

#include "model/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace casebench {

struct AutomationError
{
    QString caseId;
    QString message;
    QString packId; // empty when no pack could be chosen
    QDateTime occurredAt;
};

class AutomationErrorRepository
{
public:
    explicit AutomationErrorRepository(QSqlDatabase db);

    // Runs inside the caller's transaction, if any.
    Result<void> record(const AutomationError &error);
    std::optional<AutomationError> latest(const QString &caseId) const;
    int count() const;

private:
    QSqlDatabase m_db;
};

} // namespace casebench
