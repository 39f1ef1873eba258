#pragma once
// RulePackStore: the rule packs installed in the cache (table rule_packs) — imported from a
// folder or .zip only after the same validation the registry applies (manifest, DMN,
// stage decisions, FEEL, examples), stored as drafts with all their files, then activated
// from a date or retired by an administrator. Every change is an audit event naming the
// acting user. An invalid pack is never stored.

#include "automation/rulepack/RulePack.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace casebench {

enum class RulePackStatus { Draft, Active, Retired };
QString rulePackStatusCode(RulePackStatus status); // "draft", "active", "retired"
std::optional<RulePackStatus> rulePackStatusFromCode(QStringView code);
QString rulePackStatusDisplayName(RulePackStatus status); // translated

// A pack's files: relative path ('/'-separated) → text (UTF-8). The same files the content
// hash is computed over, so writing them back reproduces the pack byte for byte.
using RulePackFiles = QMap<QString, QString>;

// One stored pack version as the pack list shows it.
struct StoredRulePack
{
    qint64 id = 0; // row id: what `casebench pack activate ID` names
    QString packId;
    QString version;
    QString caseType;
    QDate validFrom;
    QDate validTo; // null = no end
    RulePackStatus status = RulePackStatus::Draft;
    QString contentHash;
    QString importedBy; // login
    QDateTime importedAt;
    QDate appliesFrom; // named at activation
    QString activatedBy;
    QDateTime activatedAt;
    QString retiredBy;
    QDateTime retiredAt;

    // First application date the pack answers for once active: appliesFrom, else validFrom.
    QDate effectiveFrom() const { return appliesFrom.isValid() ? appliesFrom : validFrom; }
};

class RulePackStore
{
public:
    // actingUser: the login recorded as importer/activator and on the audit events.
    RulePackStore(QSqlDatabase db, QString actingUser);

    // Imports a pack folder or a .zip of one (pack.json at the top or in a single top
    // folder): validated, then stored as a draft and audited (pack_imported). Importing
    // content that is already stored is a no-op returning the stored version; the same id
    // and version with other content is refused. Problems name file, element and line.
    Result<StoredRulePack, Problems> importPath(const QString &path);
    // The same for files held in memory (a pack edited in the administration view);
    // `source` names the pack in problems.
    Result<StoredRulePack, Problems> importFiles(const RulePackFiles &files, const QString &source);

    // Every stored version, by case type, then valid_from, then version.
    QList<StoredRulePack> list() const;
    std::optional<StoredRulePack> find(qint64 id) const;
    std::optional<StoredRulePack> find(const QString &packId, const QString &version) const;

    // The stored files of a version.
    Result<RulePackFiles> files(qint64 id) const;
    // The stored version as a RulePack, read from a temporary folder that lives as long as
    // the returned pack. Its content hash is checked against the stored one. Does not run
    // the examples again (they passed at import).
    Result<std::shared_ptr<const RulePack>, Problems> load(qint64 id) const;
    // Writes the files into `dir` (created; must be empty if it exists) unchanged — the DMN
    // as imported, so modelers open it; re-importing gives the same content hash.
    Result<void, Problems> exportTo(qint64 id, const QString &dir) const;

    // Draft → active from `appliesFrom` (inside the pack's validity). Refused when the
    // dates overlap another active pack of the case type (naming it and its dates).
    // Audited (pack_activated).
    Result<StoredRulePack> activate(qint64 id, const QDate &appliesFrom);
    // Draft or active → retired. Audited (pack_retired).
    Result<StoredRulePack> retire(qint64 id);

    // What the automation uses: the cache's active packs, each answering from its
    // effectiveFrom(); for a case type without any active pack, the packs found in
    // `fallbackFolders` (the shipped packs; a pack folder or a folder of them).
    Result<RulePackRegistry, Problems>
    activeRegistry(const QStringList &fallbackFolders = {}) const;
    // As above with the fallback packs already installed (the workbench installs the shipped
    // packs once per program run; their examples need not run again for every batch).
    Result<RulePackRegistry, Problems> activeRegistry(const RulePackRegistry &fallback) const;

    // A folder's files (every regular file, hidden ones too; symbolic links and non-UTF-8
    // files are refused).
    static Result<RulePackFiles, Problems> readFolder(const QString &folder);
    static Result<void, Problems> writeFolder(const RulePackFiles &files, const QString &folder);
    // Loads files as a RulePack from a temporary folder owned by the returned pack.
    static Result<std::shared_ptr<const RulePack>, Problems> materialise(const RulePackFiles &files,
                                                                         const QString &source);

private:
    Result<StoredRulePack, Problems> store(const RulePackFiles &files, const RulePack &pack);

    QSqlDatabase m_db;
    QString m_user;
};

} // namespace casebench
