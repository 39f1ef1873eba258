#pragma once
// AuditTrail: the append-only record of who did what to which case, each event chained to
// the previous one by a SHA-256, so editing or deleting a stored event breaks the chain at
// that event and verify() names it.

#include "model/PreparedStatements.h"
#include "model/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

namespace casebench {

struct AuditEvent
{
    qint64 seq = 0;
    QDateTime occurredAt; // UTC
    QString userLogin;
    QString event; // an AuditEventCode
    QString caseId;
    QString packId;
    QString packVersion;
    QJsonObject details;
    QString prevHash;
    QString hash;
};

class AuditTrail
{
public:
    explicit AuditTrail(QSqlDatabase db);
    ~AuditTrail();
    AuditTrail(const AuditTrail &) = delete;
    AuditTrail &operator=(const AuditTrail &) = delete;

    // Appends inside the caller's transaction (if any; otherwise in its own). hash = SHA-256
    // hex over the previous event's hash and this event's canonical fields; the first
    // event's prev_hash is 64 '0'.
    Result<AuditEvent> append(const QString &userLogin, const QString &event,
                              const QString &caseId = {}, const QString &packId = {},
                              const QString &packVersion = {}, const QJsonObject &details = {});
    // As append(), stamped occurredAt instead of now (a batch run's clock).
    Result<AuditEvent> appendAt(const QDateTime &occurredAt, const QString &userLogin,
                                const QString &event, const QString &caseId = {},
                                const QString &packId = {}, const QString &packVersion = {},
                                const QJsonObject &details = {});

    struct Verification
    {
        qint64 checked = 0;
        std::optional<qint64> firstBrokenSeq;
        QString reason; // translated; empty when the chain is intact
        bool ok() const { return !firstBrokenSeq.has_value(); }
    };
    // Walks the events in seq order; names the first event whose prev_hash or hash does
    // not match, or the first missing seq.
    Verification verify() const;

    QList<AuditEvent> forCase(const QString &caseId) const; // in seq order
    QList<AuditEvent> all() const;                          // in seq order
    qint64 count() const;

    // The hash input of an event, exposed so tests and tools can recompute it.
    static QByteArray canonical(const QString &prevHash, qint64 seq, const QString &occurredAt,
                                const QString &userLogin, const QString &event,
                                const QString &caseId, const QString &packId,
                                const QString &packVersion, const QString &detailsJson);
    static QString genesisHash(); // 64 '0'

private:
    QSqlDatabase m_db;
    PreparedStatements<2> m_statements; // append()'s
};

} // namespace casebench
