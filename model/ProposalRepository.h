#pragma once
// ProposalRepository: the current proposal of each case, as the automation produced it —
// outcome, amount and rule pack as columns (for the inbox and the charts), the whole
// proposal with reasons, breakdown and trace as its JSON, stored compressed. Storing
// replaces the case's previous proposal, so re-running the pipeline is idempotent.

#include "model/PreparedStatements.h"
#include "model/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <memory>
#include <optional>

namespace casebench {

// A rule that matched while the proposal was computed (from the DMN trace).
struct ProposalRule
{
    QString decision; // the decision's name
    QString ruleId;
    QString annotation; // the rule's annotation entries joined, as the pack author wrote them
};

struct StoredProposal
{
    QString caseId;
    QString outcome; // bifall, delvis_bifall, avslag, komplettering, manuell_bedomning
    std::optional<qint64> amountKronor; // none when nothing is to be paid
    bool spotCheck = false;
    QString packId;
    QString packVersion;
    QString packHash;
    QByteArray json; // the proposal as `casebench propose --trace` prints it
    QList<ProposalRule> matchedRules;
    QDateTime createdAt;
};

class ProposalRepository
{
public:
    explicit ProposalRepository(QSqlDatabase db);
    ~ProposalRepository();
    ProposalRepository(const ProposalRepository &) = delete;
    ProposalRepository &operator=(const ProposalRepository &) = delete;

    // Replaces the case's proposal; runs inside the caller's transaction, if any.
    Result<void> store(const StoredProposal &proposal);
    // As store(proposal), with its JSON already packed (packJson; proposal.json is not
    // read): a batch packs on the threads that evaluate instead of the one that stores.
    Result<void> store(const StoredProposal &proposal, const QByteArray &packedJson);
    // Reads proposals stored either way: as JSON text (before schema 8) or compressed.
    std::optional<StoredProposal> find(const QString &caseId) const;
    int count() const;

    // The stored form of a proposal's JSON: zlib (qCompress, its length first). A trace
    // repeats its keys and rule names, so 10 kB of JSON become 1.3 kB: two encrypted pages
    // fewer to write per case, and a smaller cache to read through.
    static QByteArray packJson(const QByteArray &json);
    static QByteArray unpackJson(const QByteArray &packed);

private:
    QSqlDatabase m_db;
    PreparedStatements<4> m_statements; // store()'s
};

} // namespace casebench
