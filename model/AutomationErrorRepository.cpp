#include "model/AutomationErrorRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AutomationErrorRepository", text);
}

} // namespace

AutomationErrorRepository::AutomationErrorRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<void> AutomationErrorRepository::record(const AutomationError &error)
{
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("INSERT INTO automation_errors (case_ref, message, pack_id, occurred_at)"
                       " SELECT id, ?, ?, ? FROM cases WHERE case_id = ?"));
    q.addBindValue(error.message);
    q.addBindValue(error.packId.isEmpty() ? QVariant() : QVariant(error.packId));
    const QDateTime when =
        error.occurredAt.isValid() ? error.occurredAt : QDateTime::currentDateTimeUtc();
    q.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
    q.addBindValue(error.caseId);
    if (!q.exec())
        return Problem{tr("Could not record the automation error of case %1: %2")
                           .arg(error.caseId, q.lastError().text()),
                       {},
                       0,
                       {}};
    if (q.numRowsAffected() != 1)
        return Problem{
            tr("There is no case %1").arg(error.caseId), {}, 0, QStringLiteral("case_id")};
    return {};
}

std::optional<AutomationError> AutomationErrorRepository::latest(const QString &caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT e.message, e.pack_id, e.occurred_at FROM automation_errors e"
                             " JOIN cases c ON c.id = e.case_ref WHERE c.case_id = ?"
                             " ORDER BY e.id DESC"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return AutomationError{caseId, q.value(0).toString(), q.value(1).toString(),
                           QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)};
}

int AutomationErrorRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM automation_errors")) && q.next()
               ? q.value(0).toInt()
               : 0;
}

} // namespace casebench
