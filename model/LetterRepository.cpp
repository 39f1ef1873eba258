#include "model/LetterRepository.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LetterRepository", text);
}

} // namespace

LetterRepository::LetterRepository(QSqlDatabase db) : m_db(std::move(db)) {}

Result<qint64> LetterRepository::store(const QString &caseId, const QString &kind,
                                       const QString &outcome, const QString &language,
                                       const QString &body, const QByteArray &pdf, qint64 createdBy)
{
    QSqlQuery id(m_db);
    id.prepare(u"SELECT id FROM cases WHERE case_id = ?"_s);
    id.addBindValue(caseId);
    if (!id.exec() || !id.next())
        return Problem{tr("There is no case %1").arg(caseId), {}, 0, u"case_id"_s};
    const qint64 caseRef = id.value(0).toLongLong();

    QSqlQuery insert(m_db);
    insert.prepare(u"INSERT INTO letters (case_ref, kind, outcome, language, body, pdf, "
                   "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    insert.addBindValue(caseRef);
    insert.addBindValue(kind);
    insert.addBindValue(outcome.isEmpty() ? QVariant() : QVariant(outcome));
    insert.addBindValue(language);
    insert.addBindValue(body);
    insert.addBindValue(pdf);
    insert.addBindValue(createdBy);
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return Problem{
            tr("Could not store the letter of case %1: %2").arg(caseId, insert.lastError().text()),
            {},
            0,
            {}};
    return insert.lastInsertId().toLongLong();
}

QList<StoredLetter> LetterRepository::forCase(const QString &caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT l.id, l.kind, l.outcome, l.language, l.body, l.created_by, l.created_at"
              " FROM letters l JOIN cases c ON c.id = l.case_ref"
              " WHERE c.case_id = ? ORDER BY l.id"_s);
    q.addBindValue(caseId);
    QList<StoredLetter> letters;
    if (!q.exec())
        return letters;
    while (q.next()) {
        StoredLetter l;
        l.id = q.value(0).toLongLong();
        l.caseId = caseId;
        l.kind = q.value(1).toString();
        l.outcome = q.value(2).toString();
        l.language = q.value(3).toString();
        l.body = q.value(4).toString();
        l.createdBy = q.value(5).toLongLong();
        l.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
        letters.append(l);
    }
    return letters;
}

std::optional<QByteArray> LetterRepository::pdf(qint64 letterId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT pdf FROM letters WHERE id = ?"_s);
    q.addBindValue(letterId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

} // namespace casebench
