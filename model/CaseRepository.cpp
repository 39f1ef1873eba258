#include "model/CaseRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseRepository", text);
}

enum Slot {
    InsertCase,
    InsertPerson,
    InsertAttachment,
    InsertDeadline,
    SetStatus,
    ReadApplication
};

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// Timestamps are stored as UTC ISO 8601 text so that text order is time order.
QString timestampText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timestampFrom(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time;
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

Problem sqlProblem(const QString &what, const QSqlQuery &q)
{
    return Problem{what + QLatin1String(": ") + q.lastError().text(), {}, 0, {}};
}

} // namespace

CaseRepository::CaseRepository(QSqlDatabase db) : m_db(db), m_statements(db) {}

CaseRepository::~CaseRepository() = default;

Result<qint64> CaseRepository::insert(const CaseRecord &record)
{
    const QString now = timestampText(QDateTime::currentDateTimeUtc());
    QSqlQuery &c =
        prepared(InsertCase,
                 QStringLiteral(
                     "INSERT INTO cases (case_id, case_type, received_at, application_date, status,"
                     " applicant_personnummer, applicant_name, household_size, missing_attachments,"
                     " due_on, payload, imported_at, updated_at)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    c.addBindValue(record.caseId);
    c.addBindValue(record.caseType);
    c.addBindValue(timestampText(record.receivedAt));
    c.addBindValue(dateValue(record.applicationDate));
    c.addBindValue(statusCode(record.status));
    c.addBindValue(record.applicant.personnummer);
    c.addBindValue(record.applicant.name);
    c.addBindValue(record.householdSize());
    c.addBindValue(record.missingAttachmentCount());
    // due_on mirrors the earliest row of case_deadlines so the inbox sorts on an index.
    c.addBindValue(dateValue(record.nextDeadline()));
    c.addBindValue(QString::fromUtf8(record.payload));
    c.addBindValue(now);
    c.addBindValue(now);
    if (!c.exec() || !c.next())
        return sqlProblem(tr("Could not store case %1").arg(record.caseId), c);
    const qint64 id = c.value(0).toLongLong();
    c.finish();

    QSqlQuery &p = prepared(
        InsertPerson, QStringLiteral("INSERT INTO case_people (case_ref, position, relation,"
                                     " personnummer, name, birth_date) VALUES (?, ?, ?, ?, ?, ?)"));
    QList<Person> people{record.applicant};
    people += record.household;
    for (int i = 0; i < people.size(); ++i) {
        const Person &person = people.at(i);
        p.addBindValue(id);
        p.addBindValue(i);
        p.addBindValue(i == 0 ? QStringLiteral("applicant") : person.relation);
        p.addBindValue(person.personnummer.isEmpty() ? QVariant() : QVariant(person.personnummer));
        p.addBindValue(person.name);
        p.addBindValue(dateValue(person.birthDate));
        if (!p.exec())
            return sqlProblem(tr("Could not store the household of case %1").arg(record.caseId), p);
    }

    QSqlQuery &a =
        prepared(InsertAttachment,
                 QStringLiteral("INSERT INTO case_attachments (case_ref, position, type, name,"
                                " present) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 0; i < record.attachments.size(); ++i) {
        const Attachment &attachment = record.attachments.at(i);
        a.addBindValue(id);
        a.addBindValue(i);
        a.addBindValue(attachment.type);
        a.addBindValue(attachment.name.isEmpty() ? QVariant() : QVariant(attachment.name));
        a.addBindValue(attachment.present ? 1 : 0);
        if (!a.exec())
            return sqlProblem(tr("Could not store the attachments of case %1").arg(record.caseId),
                              a);
    }

    QSqlQuery &d = prepared(InsertDeadline,
                            QStringLiteral("INSERT INTO case_deadlines (case_ref, kind, due_on)"
                                           " VALUES (?, ?, ?)"));
    for (const Deadline &deadline : record.deadlines) {
        d.addBindValue(id);
        d.addBindValue(deadline.kind);
        d.addBindValue(dateValue(deadline.dueOn));
        if (!d.exec())
            return sqlProblem(tr("Could not store the deadlines of case %1").arg(record.caseId), d);
    }
    return id;
}

bool CaseRepository::exists(const QString &caseId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT 1 FROM cases WHERE case_id = ?"));
    q.addBindValue(caseId);
    return q.exec() && q.next();
}

std::optional<CaseRecord> CaseRepository::find(const QString &caseId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, case_id, case_type, received_at, application_date, status,"
                             " payload FROM cases WHERE case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CaseRecord record;
    record.id = q.value(0).toLongLong();
    record.caseId = q.value(1).toString();
    record.caseType = q.value(2).toString();
    record.receivedAt = timestampFrom(q.value(3));
    record.applicationDate = dateFrom(q.value(4));
    record.status = statusFromCode(q.value(5).toString()).value_or(CaseStatus::Received);
    record.payload = q.value(6).toString().toUtf8();
    q.finish();

    QSqlQuery people(m_db);
    people.setForwardOnly(true);
    people.prepare(QStringLiteral("SELECT relation, personnummer, name, birth_date FROM case_people"
                                  " WHERE case_ref = ? ORDER BY position"));
    people.addBindValue(record.id);
    if (people.exec()) {
        bool first = true;
        while (people.next()) {
            Person person{people.value(1).toString(), people.value(2).toString(),
                          people.value(0).toString(), dateFrom(people.value(3))};
            if (first)
                record.applicant = person;
            else
                record.household.append(person);
            first = false;
        }
    }

    QSqlQuery attachments(m_db);
    attachments.setForwardOnly(true);
    attachments.prepare(QStringLiteral("SELECT type, name, present FROM case_attachments"
                                       " WHERE case_ref = ? ORDER BY position"));
    attachments.addBindValue(record.id);
    if (attachments.exec()) {
        while (attachments.next()) {
            record.attachments.append(Attachment{attachments.value(0).toString(),
                                                 attachments.value(1).toString(),
                                                 attachments.value(2).toInt() != 0});
        }
    }

    QSqlQuery deadlines(m_db);
    deadlines.setForwardOnly(true);
    deadlines.prepare(QStringLiteral("SELECT kind, due_on FROM case_deadlines WHERE case_ref = ?"
                                     " ORDER BY due_on, kind"));
    deadlines.addBindValue(record.id);
    if (deadlines.exec()) {
        while (deadlines.next())
            record.deadlines.append(
                Deadline{deadlines.value(0).toString(), dateFrom(deadlines.value(1))});
    }
    return record;
}

std::optional<CaseApplication> CaseRepository::application(const QString &caseId) const
{
    QSqlQuery &q = prepared(
        ReadApplication,
        QStringLiteral("SELECT case_type, application_date, payload FROM cases WHERE case_id = ?"));
    q.bindValue(0, caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    CaseApplication application{q.value(0).toString(), dateFrom(q.value(1)),
                                q.value(2).toString().toUtf8()};
    q.finish(); // the statement is reused; it must not hold its read open meanwhile
    return application;
}

Result<void> CaseRepository::setStatus(const QString &caseId, CaseStatus status)
{
    return setStatus(caseId, status, QDateTime::currentDateTimeUtc());
}

Result<void> CaseRepository::setStatus(const QString &caseId, CaseStatus status,
                                       const QDateTime &changedAt)
{
    QSqlQuery &q = prepared(
        SetStatus, QStringLiteral("UPDATE cases SET status = ?, updated_at = ? WHERE case_id = ?"));
    q.bindValue(0, statusCode(status));
    q.bindValue(1, timestampText(changedAt));
    q.bindValue(2, caseId);
    if (!q.exec())
        return sqlProblem(tr("Could not change the status of case %1").arg(caseId), q);
    if (q.numRowsAffected() != 1)
        return Problem{tr("There is no case %1").arg(caseId), {}, 0, QStringLiteral("case_id")};
    return {};
}

QStringList CaseRepository::caseIdsWithStatus(CaseStatus status) const
{
    QStringList ids;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT case_id FROM cases WHERE status = ? ORDER BY received_at, id"));
    q.addBindValue(statusCode(status));
    if (q.exec()) {
        while (q.next())
            ids.append(q.value(0).toString());
    }
    return ids;
}

QString CaseRepository::inboxQuery()
{
    return QStringLiteral(
        "SELECT id, case_id, case_type, applicant_name, received_at, status,"
        " due_on, household_size, missing_attachments FROM cases ORDER BY received_at");
}

QList<InboxRow> CaseRepository::inboxRows() const
{
    QList<InboxRow> rows;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(inboxQuery()))
        return rows;
    while (q.next()) {
        InboxRow row;
        row.id = q.value(0).toLongLong();
        row.caseId = q.value(1).toString();
        row.caseType = q.value(2).toString();
        row.applicantName = q.value(3).toString();
        row.receivedAt = timestampFrom(q.value(4));
        row.status = statusFromCode(q.value(5).toString()).value_or(CaseStatus::Received);
        row.dueOn = dateFrom(q.value(6));
        row.householdSize = q.value(7).toInt();
        row.missingAttachments = q.value(8).toInt();
        rows.append(std::move(row));
    }
    return rows;
}

QHash<CaseStatus, int> CaseRepository::countByStatus() const
{
    QHash<CaseStatus, int> counts;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT status, COUNT(*) FROM cases GROUP BY status"))) {
        while (q.next()) {
            if (auto status = statusFromCode(q.value(0).toString()))
                counts.insert(*status, q.value(1).toInt());
        }
    }
    return counts;
}

int CaseRepository::count() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM cases")) && q.next() ? q.value(0).toInt()
                                                                            : 0;
}

QList<CaseTypeInfo> CaseRepository::caseTypes() const
{
    QList<CaseTypeInfo> types;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(QStringLiteral("SELECT code, name_sv, name_en, default_deadline_days FROM case_types"
                              " ORDER BY code"))) {
        while (q.next()) {
            types.append(CaseTypeInfo{q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toString(), q.value(3).toInt()});
        }
    }
    return types;
}

std::optional<CaseTypeInfo> CaseRepository::caseType(const QString &code) const
{
    for (const CaseTypeInfo &type : caseTypes()) {
        if (type.code == code)
            return type;
    }
    return std::nullopt;
}

} // namespace casebench
