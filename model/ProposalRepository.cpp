#include "model/ProposalRepository.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProposalRepository", text);
}

enum Slot { FindCaseRef, RemoveProposal, InsertProposal, InsertRule };

} // namespace

ProposalRepository::ProposalRepository(QSqlDatabase db) : m_db(db), m_statements(db) {}

ProposalRepository::~ProposalRepository() = default;

Result<void> ProposalRepository::store(const StoredProposal &proposal)
{
    return store(proposal, packJson(proposal.json));
}

Result<void> ProposalRepository::store(const StoredProposal &proposal, const QByteArray &packedJson)
{
    QSqlQuery &id =
        m_statements.get(FindCaseRef, QStringLiteral("SELECT id FROM cases WHERE case_id = ?"));
    id.bindValue(0, proposal.caseId);
    if (!id.exec() || !id.next())
        return Problem{
            tr("There is no case %1").arg(proposal.caseId), {}, 0, QStringLiteral("case_id")};
    const qint64 caseRef = id.value(0).toLongLong();
    id.finish();

    // Delete + insert rather than an upsert: portable to PostgreSQL without dialect syntax.
    QSqlQuery &remove = m_statements.get(
        RemoveProposal, QStringLiteral("DELETE FROM proposals WHERE case_ref = ?"));
    remove.bindValue(0, caseRef);
    if (!remove.exec())
        return Problem{tr("Could not replace the proposal of case %1: %2")
                           .arg(proposal.caseId, remove.lastError().text()),
                       {},
                       0,
                       {}};
    // The JSON goes compressed into proposal_packed; proposal, the JSON text of rows stored
    // before schema 8, stays NOT NULL and gets an empty text.
    QSqlQuery &insert = m_statements.get(
        InsertProposal,
        QStringLiteral("INSERT INTO proposals (case_ref, outcome, amount_kronor, spot_check,"
                       " pack_id, pack_version, pack_hash, proposal, proposal_packed, created_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, ?)"));
    insert.bindValue(0, caseRef);
    insert.bindValue(1, proposal.outcome);
    insert.bindValue(2, proposal.amountKronor ? QVariant(*proposal.amountKronor) : QVariant());
    insert.bindValue(3, proposal.spotCheck ? 1 : 0);
    insert.bindValue(4, proposal.packId);
    insert.bindValue(5, proposal.packVersion);
    insert.bindValue(6, proposal.packHash);
    insert.bindValue(7, packedJson);
    const QDateTime created =
        proposal.createdAt.isValid() ? proposal.createdAt : QDateTime::currentDateTimeUtc();
    insert.bindValue(8, created.toUTC().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return Problem{tr("Could not store the proposal of case %1: %2")
                           .arg(proposal.caseId, insert.lastError().text()),
                       {},
                       0,
                       {}};
    // The old proposal's rules went with it (ON DELETE CASCADE).
    QSqlQuery &rule = m_statements.get(
        InsertRule, QStringLiteral("INSERT INTO proposal_rules (case_ref, decision, "
                                   "rule_id, annotation) VALUES (?, ?, ?, ?)"));
    QSet<std::pair<QString, QString>> seen; // a rule matching twice (collect) is one row
    for (const ProposalRule &r : proposal.matchedRules) {
        if (seen.contains({r.decision, r.ruleId}))
            continue;
        seen.insert({r.decision, r.ruleId});
        rule.bindValue(0, caseRef);
        rule.bindValue(1, r.decision);
        rule.bindValue(2, r.ruleId);
        rule.bindValue(3, r.annotation.isEmpty() ? QVariant() : QVariant(r.annotation));
        if (!rule.exec())
            return Problem{tr("Could not store the matched rules of case %1: %2")
                               .arg(proposal.caseId, rule.lastError().text()),
                           {},
                           0,
                           {}};
    }
    return {};
}

std::optional<StoredProposal> ProposalRepository::find(const QString &caseId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "SELECT p.outcome, p.amount_kronor, p.spot_check, p.pack_id, p.pack_version, p.pack_hash,"
        " p.proposal, p.created_at, p.proposal_packed FROM proposals p"
        " JOIN cases c ON c.id = p.case_ref"
        " WHERE c.case_id = ?"));
    q.addBindValue(caseId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    StoredProposal p;
    p.caseId = caseId;
    p.outcome = q.value(0).toString();
    if (!q.isNull(1))
        p.amountKronor = q.value(1).toLongLong();
    p.spotCheck = q.value(2).toInt() != 0;
    p.packId = q.value(3).toString();
    p.packVersion = q.value(4).toString();
    p.packHash = q.value(5).toString();
    p.json = q.isNull(8) ? q.value(6).toString().toUtf8() : unpackJson(q.value(8).toByteArray());
    p.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    QSqlQuery rules(m_db);
    rules.prepare(QStringLiteral("SELECT r.decision, r.rule_id, r.annotation FROM proposal_rules r"
                                 " JOIN cases c ON c.id = r.case_ref WHERE c.case_id = ?"
                                 " ORDER BY r.decision, r.rule_id"));
    rules.addBindValue(caseId);
    if (rules.exec()) {
        while (rules.next())
            p.matchedRules.append(
                {rules.value(0).toString(), rules.value(1).toString(), rules.value(2).toString()});
    }
    return p;
}

QByteArray ProposalRepository::packJson(const QByteArray &json)
{
    // Level 1: within a tenth of the size level 6 reaches, at two thirds of its time.
    return qCompress(json, 1);
}

QByteArray ProposalRepository::unpackJson(const QByteArray &packed)
{
    return qUncompress(packed);
}

int ProposalRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM proposals")) && q.next() ? q.value(0).toInt()
                                                                                : 0;
}

} // namespace casebench
