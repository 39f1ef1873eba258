#include "model/AuditTrail.h"

#include "model/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditTrail", text);
}

// A field of the hash input: '\' and '|' escaped so no field can borrow a separator from
// its neighbour ("A|B" + "" must not hash like "A" + "B").
QByteArray field(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('\\', "\\\\");
    bytes.replace('|', "\\|");
    return bytes;
}

// QJsonObject keeps its keys sorted, so the compact form is canonical.
QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString timestamp(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

const QString selectColumns = QStringLiteral(
    "SELECT seq, occurred_at, user_login, event, case_id, pack_id, pack_version, details,"
    " prev_hash, hash FROM audit_events");

AuditEvent eventFrom(const QSqlQuery &q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.occurredAt = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
    e.userLogin = q.value(2).toString();
    e.event = q.value(3).toString();
    e.caseId = q.value(4).toString();
    e.packId = q.value(5).toString();
    e.packVersion = q.value(6).toString();
    e.details = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
    e.prevHash = q.value(8).toString();
    e.hash = q.value(9).toString();
    return e;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

AuditTrail::AuditTrail(QSqlDatabase db) : m_db(db), m_statements(db) {}

AuditTrail::~AuditTrail() = default;

QString AuditTrail::genesisHash()
{
    return QString(64, u'0');
}

QByteArray AuditTrail::canonical(const QString &prevHash, qint64 seq, const QString &occurredAt,
                                 const QString &userLogin, const QString &event,
                                 const QString &caseId, const QString &packId,
                                 const QString &packVersion, const QString &detailsJson)
{
    return field(prevHash) + '|' + QByteArray::number(seq) + '|' + field(occurredAt) + '|' +
           field(userLogin) + '|' + field(event) + '|' + field(caseId) + '|' + field(packId) + '|' +
           field(packVersion) + '|' + field(detailsJson);
}

Result<AuditEvent> AuditTrail::append(const QString &userLogin, const QString &event,
                                      const QString &caseId, const QString &packId,
                                      const QString &packVersion, const QJsonObject &details)
{
    return appendAt(QDateTime::currentDateTimeUtc(), userLogin, event, caseId, packId, packVersion,
                    details);
}

Result<AuditEvent> AuditTrail::appendAt(const QDateTime &occurredAt, const QString &userLogin,
                                        const QString &event, const QString &caseId,
                                        const QString &packId, const QString &packVersion,
                                        const QJsonObject &details)
{
    if (userLogin.isEmpty())
        return Problem{tr("An audit event needs the acting user"), {}, 0, QStringLiteral("user")};
    if (event.isEmpty())
        return Problem{tr("An audit event needs its event code"), {}, 0, QStringLiteral("event")};
    // Reading the last link and writing the next must not interleave with another writer:
    // inside the caller's transaction that is the caller's; otherwise this one's. (BEGIN
    // fails inside an open transaction, which leaves the caller's in charge.)
    Transaction own(m_db);

    AuditEvent e;
    e.seq = 1;
    e.prevHash = genesisHash();
    {
        QSqlQuery &last = m_statements.get(
            0, QStringLiteral("SELECT seq, hash FROM audit_events ORDER BY seq DESC LIMIT 1"));
        if (!last.exec())
            return Problem{
                tr("Could not read the audit trail: %1").arg(last.lastError().text()), {}, 0, {}};
        if (last.next()) {
            e.seq = last.value(0).toLongLong() + 1;
            e.prevHash = last.value(1).toString();
        }
        last.finish();
    }
    e.occurredAt = occurredAt.toUTC();
    e.userLogin = userLogin;
    e.event = event;
    e.caseId = caseId;
    e.packId = packId;
    e.packVersion = packVersion;
    e.details = details;
    const QString when = timestamp(e.occurredAt);
    const QString detailsJson = compactJson(details);
    e.hash = QString::fromLatin1(
        QCryptographicHash::hash(canonical(e.prevHash, e.seq, when, userLogin, event, caseId,
                                           packId, packVersion, detailsJson),
                                 QCryptographicHash::Sha256)
            .toHex());

    QSqlQuery &insert = m_statements.get(
        1, QStringLiteral(
               "INSERT INTO audit_events (seq, occurred_at, user_login, event, case_id, pack_id,"
               " pack_version, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, e.seq);
    insert.bindValue(1, when);
    insert.bindValue(2, userLogin);
    insert.bindValue(3, event);
    insert.bindValue(4, textOrNull(caseId));
    insert.bindValue(5, textOrNull(packId));
    insert.bindValue(6, textOrNull(packVersion));
    insert.bindValue(7, detailsJson);
    insert.bindValue(8, e.prevHash);
    insert.bindValue(9, e.hash);
    if (!insert.exec())
        return Problem{
            tr("Could not record the audit event: %1").arg(insert.lastError().text()), {}, 0, {}};
    if (own.isActive() && !own.commit())
        return Problem{
            tr("Could not record the audit event: %1").arg(m_db.lastError().text()), {}, 0, {}};
    return e;
}

AuditTrail::Verification AuditTrail::verify() const
{
    Verification v;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT seq, occurred_at, user_login, event, case_id, pack_id,"
                               " pack_version, details, prev_hash, hash FROM audit_events"
                               " ORDER BY seq"))) {
        v.firstBrokenSeq = 0;
        v.reason = tr("The audit trail could not be read: %1").arg(q.lastError().text());
        return v;
    }
    qint64 expectedSeq = 1;
    QString expectedPrev = genesisHash();
    while (q.next()) {
        const qint64 seq = q.value(0).toLongLong();
        if (seq != expectedSeq) {
            v.firstBrokenSeq = expectedSeq;
            v.reason =
                tr("event %1 is missing (the next stored event is %2)").arg(expectedSeq).arg(seq);
            return v;
        }
        const QString prevHash = q.value(8).toString();
        const QString hash = q.value(9).toString();
        if (prevHash != expectedPrev) {
            v.firstBrokenSeq = seq;
            v.reason =
                tr("event %1 does not link to the event before it (prev_hash differs)").arg(seq);
            return v;
        }
        const QByteArray input =
            canonical(prevHash, seq, q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                      q.value(6).toString(), q.value(7).toString());
        const QString computed = QString::fromLatin1(
            QCryptographicHash::hash(input, QCryptographicHash::Sha256).toHex());
        if (computed != hash) {
            v.firstBrokenSeq = seq;
            v.reason = tr("event %1 was changed after it was recorded (its hash does not match "
                          "its fields)")
                           .arg(seq);
            return v;
        }
        ++v.checked;
        ++expectedSeq;
        expectedPrev = hash;
    }
    return v;
}

QList<AuditEvent> AuditTrail::forCase(const QString &caseId) const
{
    QList<AuditEvent> events;
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral(" WHERE case_id = ? ORDER BY seq"));
    q.addBindValue(caseId);
    if (q.exec()) {
        while (q.next())
            events.append(eventFrom(q));
    }
    return events;
}

QList<AuditEvent> AuditTrail::all() const
{
    QList<AuditEvent> events;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (q.exec(selectColumns + QStringLiteral(" ORDER BY seq"))) {
        while (q.next())
            events.append(eventFrom(q));
    }
    return events;
}

qint64 AuditTrail::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events")) && q.next()
               ? q.value(0).toLongLong()
               : 0;
}

} // namespace casebench
