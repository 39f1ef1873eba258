#include "automation/rulepack/RulePackStore.h"

#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackArchive.h"
#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackValidation.h"
#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RulePackStore", text);
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timestampFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time;
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("…");
}

const QString selectColumns = QStringLiteral(
    "SELECT id, pack_id, version, case_type, valid_from, valid_to, status, content_hash,"
    " imported_by, imported_at, applies_from, activated_by, activated_at, retired_by,"
    " retired_at FROM rule_packs");

StoredRulePack readRow(const QSqlQuery &q)
{
    StoredRulePack p;
    p.id = q.value(0).toLongLong();
    p.packId = q.value(1).toString();
    p.version = q.value(2).toString();
    p.caseType = q.value(3).toString();
    p.validFrom = dateFrom(q.value(4));
    p.validTo = dateFrom(q.value(5));
    p.status = rulePackStatusFromCode(q.value(6).toString()).value_or(RulePackStatus::Draft);
    p.contentHash = q.value(7).toString();
    p.importedBy = q.value(8).toString();
    p.importedAt = timestampFrom(q.value(9));
    p.appliesFrom = dateFrom(q.value(10));
    p.activatedBy = q.value(11).toString();
    p.activatedAt = timestampFrom(q.value(12));
    p.retiredBy = q.value(13).toString();
    p.retiredAt = timestampFrom(q.value(14));
    return p;
}

Problem databaseProblem(const QString &what, const QSqlError &error)
{
    return Problem{tr("%1: %2").arg(what, error.text()), {}, 0, {}};
}

// Keeps the temporary folder a stored pack was written to for as long as the pack lives.
struct MaterialisedPack
{
    std::unique_ptr<QTemporaryDir> folder;
    std::shared_ptr<const RulePack> pack;
};

// Problems found in a temporary copy name the file as the administrator knows it: the
// archive or the source named by the caller, followed by the path inside the pack.
void relabel(Problems &problems, const QString &tempFolder, const QString &label)
{
    if (label.isEmpty())
        return;
    const QString prefix = QDir::cleanPath(tempFolder);
    for (Problem &p : problems) {
        const QString file = QDir::cleanPath(p.file);
        if (file == prefix)
            p.file = label;
        else if (file.startsWith(prefix + u'/'))
            p.file = label + u'/' + file.mid(prefix.size() + 1);
        p.message.replace(prefix + u'/', label + u'/');
    }
}

// pack.json problems come with the field but no line; find the key's line in the text so
// an administrator can jump to it.
void locateManifestLines(Problems &problems, const RulePackFiles &files)
{
    const QString manifest = files.value(RulePackManifest::fileName());
    if (manifest.isEmpty())
        return;
    for (Problem &p : problems) {
        if (p.line != 0 || p.field.isEmpty() || !p.file.endsWith(RulePackManifest::fileName()))
            continue;
        // "stages.amount" → find "stages", then "amount" after it; "input_schema[2].type" alike.
        qsizetype at = 0;
        QString key;
        for (const QString &segment : p.field.split(u'.')) {
            key = segment.section(u'[', 0, 0);
            if (key.isEmpty())
                continue;
            const qsizetype found = manifest.indexOf(u'"' + key + u'"', at);
            if (found < 0)
                break;
            at = found;
        }
        if (at > 0 || manifest.startsWith(u'"' + key + u'"'))
            p.line = int(manifest.left(at).count(u'\n')) + 1;
    }
}

// Checks that only the cache can make: the case type must be one it knows.
Problems cacheChecks(QSqlDatabase db, const RulePack &pack)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT code FROM case_types ORDER BY code"));
    QStringList known;
    if (q.exec()) {
        while (q.next())
            known.append(q.value(0).toString());
    }
    if (known.contains(pack.caseType()))
        return {};
    return Problems{{tr("unknown case type \"%1\"; the cache knows %2")
                         .arg(pack.caseType(), known.join(QLatin1String(", "))),
                     pack.filePath(RulePackManifest::fileName()), 0, QStringLiteral("case_type")}};
}

bool overlaps(const QDate &aFrom, const QDate &aTo, const QDate &bFrom, const QDate &bTo)
{
    const bool aEndsBeforeB = aTo.isValid() && aTo < bFrom;
    const bool bEndsBeforeA = bTo.isValid() && bTo < aFrom;
    return !aEndsBeforeB && !bEndsBeforeA;
}

} // namespace

QString rulePackStatusCode(RulePackStatus status)
{
    switch (status) {
    case RulePackStatus::Draft:
        return QStringLiteral("draft");
    case RulePackStatus::Active:
        return QStringLiteral("active");
    case RulePackStatus::Retired:
        return QStringLiteral("retired");
    }
    return {};
}

std::optional<RulePackStatus> rulePackStatusFromCode(QStringView code)
{
    for (RulePackStatus s :
         {RulePackStatus::Draft, RulePackStatus::Active, RulePackStatus::Retired})
        if (code == rulePackStatusCode(s))
            return s;
    return std::nullopt;
}

QString rulePackStatusDisplayName(RulePackStatus status)
{
    switch (status) {
    case RulePackStatus::Draft:
        return QCoreApplication::translate("RulePackStatus", "Draft");
    case RulePackStatus::Active:
        return QCoreApplication::translate("RulePackStatus", "Active");
    case RulePackStatus::Retired:
        return QCoreApplication::translate("RulePackStatus", "Retired");
    }
    return {};
}

RulePackStore::RulePackStore(QSqlDatabase db, QString actingUser)
    : m_db(std::move(db)), m_user(std::move(actingUser))
{
}

Result<RulePackFiles, Problems> RulePackStore::readFolder(const QString &folder)
{
    const QDir root(folder);
    if (!QFileInfo(folder).isDir())
        return Problems{{tr("not a rule pack folder"), folder, 0, {}}};
    RulePackFiles files;
    Problems problems;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (QFileInfo(path).isSymLink()) {
            problems.append({tr("symbolic links are not allowed in a rule pack"), path, 0, {}});
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append({tr("cannot read: %1").arg(file.errorString()), path, 0, {}});
            continue;
        }
        const QByteArray bytes = file.readAll();
        // Stored as text: the bytes must come back exactly, or the content hash would change.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const QString text = decoder(bytes);
        if (decoder.hasError() || text.toUtf8() != bytes) {
            problems.append({tr("not UTF-8 text; a rule pack holds text files only"), path, 0, {}});
            continue;
        }
        files.insert(root.relativeFilePath(path), text);
    }
    if (!problems.isEmpty())
        return problems;
    return files;
}

Result<void, Problems> RulePackStore::writeFolder(const RulePackFiles &files, const QString &folder)
{
    const QDir root(folder);
    const QString rootPath = QDir::cleanPath(root.absolutePath());
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        const QString target = QDir::cleanPath(root.absoluteFilePath(it.key()));
        if (!target.startsWith(rootPath + u'/') || it.key().contains(u'\\'))
            return Problems{
                {tr("file name \"%1\" leads outside the pack").arg(it.key()), folder, 0, {}}};
        if (!QDir().mkpath(QFileInfo(target).path()))
            return Problems{{tr("cannot create folder"), QFileInfo(target).path(), 0, {}}};
        QFile out(target);
        const QByteArray bytes = it.value().toUtf8();
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(bytes) != bytes.size())
            return Problems{{tr("cannot write: %1").arg(out.errorString()), target, 0, {}}};
    }
    return {};
}

Result<std::shared_ptr<const RulePack>, Problems>
RulePackStore::materialise(const RulePackFiles &files, const QString &source)
{
    auto holder = std::make_shared<MaterialisedPack>();
    holder->folder = std::make_unique<QTemporaryDir>();
    if (!holder->folder->isValid())
        return Problems{
            {tr("cannot create a temporary folder: %1").arg(holder->folder->errorString()),
             {},
             0,
             {}}};
    const QString folder = holder->folder->path();
    if (auto written = writeFolder(files, folder); !written) {
        Problems problems = written.error();
        relabel(problems, folder, source);
        return problems;
    }
    auto pack = RulePackLoader::loadFolder(folder);
    if (!pack) {
        Problems problems = pack.error();
        relabel(problems, folder, source);
        locateManifestLines(problems, files);
        return problems;
    }
    holder->pack = pack.value();
    // Aliasing: the pack handed out owns the holder, and with it the temporary folder.
    return std::shared_ptr<const RulePack>(holder, holder->pack.get());
}

Result<StoredRulePack, Problems> RulePackStore::importPath(const QString &path)
{
    const QFileInfo info(path);
    if (RulePackArchive::isArchive(path)) {
        QTemporaryDir unpacked;
        if (!unpacked.isValid())
            return Problems{{tr("cannot create a temporary folder: %1").arg(unpacked.errorString()),
                             {},
                             0,
                             {}}};
        auto folder = RulePackArchive::extract(path, unpacked.path());
        if (!folder)
            return folder.error();
        // Problems name the file as it is inside the archive: "pack.zip/pack/model.dmn".
        const QString inside = QDir(unpacked.path()).relativeFilePath(folder.value());
        const QString label =
            inside == QLatin1String(".") ? path : path + QLatin1Char('/') + inside;
        auto files = readFolder(folder.value());
        if (!files) {
            Problems problems = files.error();
            relabel(problems, folder.value(), label);
            return problems;
        }
        return importFiles(files.value(), label);
    }
    if (!info.isDir())
        return Problems{{info.exists() ? tr("not a rule pack folder or .zip archive")
                                       : tr("no such file or folder"),
                         path,
                         0,
                         {}}};

    // Read once: the stored text is what the validated pack was loaded from.
    auto files = readFolder(path);
    if (!files)
        return files.error();
    auto pack = RulePackLoader::loadFolder(path);
    if (!pack) {
        Problems problems = pack.error();
        locateManifestLines(problems, files.value());
        return problems;
    }
    Problems problems = RulePackValidation::validate(*pack.value());
    problems += cacheChecks(m_db, *pack.value());
    if (!problems.isEmpty()) {
        locateManifestLines(problems, files.value());
        return problems;
    }
    return store(files.value(), *pack.value());
}

Result<StoredRulePack, Problems> RulePackStore::importFiles(const RulePackFiles &files,
                                                            const QString &source)
{
    auto pack = materialise(files, source);
    if (!pack)
        return pack.error();
    Problems problems = RulePackValidation::validate(*pack.value());
    problems += cacheChecks(m_db, *pack.value());
    if (!problems.isEmpty()) {
        relabel(problems, pack.value()->folder(), source);
        locateManifestLines(problems, files);
        return problems;
    }
    return store(files, *pack.value());
}

Result<StoredRulePack, Problems> RulePackStore::store(const RulePackFiles &files,
                                                      const RulePack &pack)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Problems{databaseProblem(tr("cannot start a transaction"), m_db.lastError())};
    for (const StoredRulePack &stored : list()) {
        if (stored.contentHash == pack.contentHash())
            return stored; // the same content again: nothing to do
        if (stored.packId == pack.id() && stored.version == pack.version())
            return Problems{
                {tr("rule pack %1 version %2 is already stored with other content (hash %3); "
                    "give the changed pack a new version")
                     .arg(pack.id(), pack.version(), stored.contentHash.left(12)),
                 pack.filePath(RulePackManifest::fileName()), 0, QStringLiteral("version")}};
    }

    QJsonObject content;
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        content.insert(it.key(), it.value());
    const RulePackManifest &m = pack.manifest();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO rule_packs (pack_id, version, case_type, valid_from,"
                             " valid_to, status, content_hash, content, imported_by, imported_at)"
                             " VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)"));
    q.addBindValue(m.id);
    q.addBindValue(m.version);
    q.addBindValue(m.caseType);
    q.addBindValue(dateValue(m.validFrom));
    q.addBindValue(dateValue(m.validTo));
    q.addBindValue(pack.contentHash());
    q.addBindValue(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_user);
    q.addBindValue(nowText());
    if (!q.exec())
        return Problems{databaseProblem(tr("cannot store the rule pack"), q.lastError())};
    const qint64 id = q.lastInsertId().toLongLong();

    const QJsonObject details{{QStringLiteral("id"), id},
                              {QStringLiteral("case_type"), m.caseType},
                              {QStringLiteral("content_hash"), pack.contentHash()},
                              {QStringLiteral("valid_from"), dateValue(m.validFrom).toString()},
                              {QStringLiteral("valid_to"), m.validTo.isValid()
                                                               ? QJsonValue(dateText(m.validTo))
                                                               : QJsonValue()}};
    if (auto audited = AuditTrail(m_db).append(m_user, AuditEventCode::PackImported, {}, m.id,
                                               m.version, details);
        !audited)
        return Problems{audited.error()};
    if (!tx.commit())
        return Problems{databaseProblem(tr("cannot store the rule pack"), m_db.lastError())};
    if (auto stored = find(id))
        return *stored;
    return Problems{databaseProblem(tr("the stored rule pack cannot be read"), m_db.lastError())};
}

QList<StoredRulePack> RulePackStore::list() const
{
    QList<StoredRulePack> packs;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(selectColumns + QStringLiteral(" ORDER BY case_type, valid_from, version, id")))
        return packs;
    while (q.next())
        packs.append(readRow(q));
    return packs;
}

std::optional<StoredRulePack> RulePackStore::find(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

std::optional<StoredRulePack> RulePackStore::find(const QString &packId,
                                                  const QString &version) const
{
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral(" WHERE pack_id = ? AND version = ?"));
    q.addBindValue(packId);
    q.addBindValue(version);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

Result<RulePackFiles> RulePackStore::files(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT content FROM rule_packs WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return databaseProblem(tr("cannot read the rule pack"), q.lastError());
    if (!q.next())
        return Problem{tr("no stored rule pack with id %1").arg(id), {}, 0, {}};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &error);
    if (!doc.isObject())
        return Problem{
            tr("stored rule pack %1 is damaged: %2").arg(id).arg(error.errorString()), {}, 0, {}};
    RulePackFiles files;
    const QJsonObject content = doc.object();
    for (auto it = content.begin(); it != content.end(); ++it)
        files.insert(it.key(), it.value().toString());
    return files;
}

Result<std::shared_ptr<const RulePack>, Problems> RulePackStore::load(qint64 id) const
{
    const std::optional<StoredRulePack> stored = find(id);
    if (!stored)
        return Problems{{tr("no stored rule pack with id %1").arg(id), {}, 0, {}}};
    auto content = files(id);
    if (!content)
        return Problems{content.error()};
    const QString source = QStringLiteral("%1-%2").arg(stored->packId, stored->version);
    auto pack = materialise(content.value(), source);
    if (!pack)
        return pack.error();
    if (pack.value()->contentHash() != stored->contentHash)
        return Problems{{tr("stored rule pack %1 %2 does not match its content hash")
                             .arg(stored->packId, stored->version),
                         {},
                         0,
                         {}}};
    return pack.value();
}

Result<void, Problems> RulePackStore::exportTo(qint64 id, const QString &dir) const
{
    auto content = files(id);
    if (!content)
        return Problems{content.error()};
    const QDir target(dir);
    if (target.exists() &&
        !target.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty())
        return Problems{
            {tr("the folder is not empty; export into a new or empty folder"), dir, 0, {}}};
    if (!QDir().mkpath(dir))
        return Problems{{tr("cannot create folder"), dir, 0, {}}};
    return writeFolder(content.value(), dir);
}

Result<StoredRulePack> RulePackStore::activate(qint64 id, const QDate &appliesFrom)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return databaseProblem(tr("cannot start a transaction"), m_db.lastError());
    const std::optional<StoredRulePack> pack = find(id);
    if (!pack)
        return Problem{tr("no stored rule pack with id %1").arg(id), {}, 0, {}};
    if (pack->status != RulePackStatus::Draft)
        return Problem{tr("rule pack %1 %2 is %3; only a draft can be activated")
                           .arg(pack->packId, pack->version, rulePackStatusCode(pack->status)),
                       {},
                       0,
                       QStringLiteral("status")};
    if (!appliesFrom.isValid() || appliesFrom < pack->validFrom ||
        (pack->validTo.isValid() && appliesFrom > pack->validTo))
        return Problem{tr("rule pack %1 %2 is valid %3 – %4; it cannot apply from %5")
                           .arg(pack->packId, pack->version, dateText(pack->validFrom),
                                dateText(pack->validTo),
                                appliesFrom.isValid() ? dateText(appliesFrom) : tr("(no date)")),
                       {},
                       0,
                       QStringLiteral("applies_from")};
    for (const StoredRulePack &other : list()) {
        if (other.id == id || other.status != RulePackStatus::Active ||
            other.caseType != pack->caseType)
            continue;
        if (overlaps(appliesFrom, pack->validTo, other.effectiveFrom(), other.validTo))
            return Problem{
                tr("rule pack %1 %2 would apply %3 – %4, which overlaps active pack %5 %6 (id %7, "
                   "applies %8 – %9) for case type %10; retire that pack or end its validity first")
                    .arg(pack->packId, pack->version, dateText(appliesFrom),
                         dateText(pack->validTo), other.packId, other.version,
                         QString::number(other.id), dateText(other.effectiveFrom()),
                         dateText(other.validTo))
                    .arg(pack->caseType),
                {},
                0,
                QStringLiteral("applies_from")};
    }

    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("UPDATE rule_packs SET status = 'active', applies_from = ?,"
                       " activated_by = ?, activated_at = ? WHERE id = ? AND status = 'draft'"));
    q.addBindValue(dateValue(appliesFrom));
    q.addBindValue(m_user);
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return databaseProblem(tr("cannot activate the rule pack"), q.lastError());
    const QJsonObject details{{QStringLiteral("id"), id},
                              {QStringLiteral("case_type"), pack->caseType},
                              {QStringLiteral("content_hash"), pack->contentHash},
                              {QStringLiteral("applies_from"), dateText(appliesFrom)},
                              {QStringLiteral("valid_to"), pack->validTo.isValid()
                                                               ? QJsonValue(dateText(pack->validTo))
                                                               : QJsonValue()}};
    if (auto audited = AuditTrail(m_db).append(m_user, AuditEventCode::PackActivated, {},
                                               pack->packId, pack->version, details);
        !audited)
        return audited.error();
    if (!tx.commit())
        return databaseProblem(tr("cannot activate the rule pack"), m_db.lastError());
    return *find(id);
}

Result<StoredRulePack> RulePackStore::retire(qint64 id)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return databaseProblem(tr("cannot start a transaction"), m_db.lastError());
    const std::optional<StoredRulePack> pack = find(id);
    if (!pack)
        return Problem{tr("no stored rule pack with id %1").arg(id), {}, 0, {}};
    if (pack->status == RulePackStatus::Retired)
        return Problem{tr("rule pack %1 %2 is already retired").arg(pack->packId, pack->version),
                       {},
                       0,
                       QStringLiteral("status")};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE rule_packs SET status = 'retired', retired_by = ?,"
                             " retired_at = ? WHERE id = ? AND status <> 'retired'"));
    q.addBindValue(m_user);
    q.addBindValue(nowText());
    q.addBindValue(id);
    if (!q.exec() || q.numRowsAffected() != 1)
        return databaseProblem(tr("cannot retire the rule pack"), q.lastError());
    const QJsonObject details{
        {QStringLiteral("id"), id},
        {QStringLiteral("case_type"), pack->caseType},
        {QStringLiteral("content_hash"), pack->contentHash},
        {QStringLiteral("previous_status"), rulePackStatusCode(pack->status)}};
    if (auto audited = AuditTrail(m_db).append(m_user, AuditEventCode::PackRetired, {},
                                               pack->packId, pack->version, details);
        !audited)
        return audited.error();
    if (!tx.commit())
        return databaseProblem(tr("cannot retire the rule pack"), m_db.lastError());
    return *find(id);
}

Result<RulePackRegistry, Problems>
RulePackStore::activeRegistry(const QStringList &fallbackFolders) const
{
    RulePackRegistry shipped;
    const Problems problems = ProposeCommand::installPacks(fallbackFolders, shipped);
    if (!problems.isEmpty())
        return problems;
    return activeRegistry(shipped);
}

Result<RulePackRegistry, Problems>
RulePackStore::activeRegistry(const RulePackRegistry &fallback) const
{
    RulePackRegistry registry;
    Problems problems;
    QSet<QString> coveredTypes;
    for (const StoredRulePack &stored : list()) {
        if (stored.status != RulePackStatus::Active)
            continue;
        auto pack = load(stored.id);
        if (!pack) {
            problems += pack.error();
            continue;
        }
        // The registry picks packs by their manifest's validity; an active pack answers
        // from the date named at activation, so its copy says so. The copy's model pointer
        // aliases the loaded pack, which keeps the model and its temporary folder alive.
        RulePackManifest manifest = pack.value()->manifest();
        manifest.validFrom = stored.effectiveFrom();
        const std::shared_ptr<const RulePack> &loaded = pack.value();
        auto effective = std::make_shared<const RulePack>(
            manifest, loaded->folder(), loaded->contentHash(),
            std::shared_ptr<const dmn::DecisionModel>(loaded, &loaded->model()),
            loaded->examples());
        if (auto installed = registry.install(effective); !installed)
            problems.append(installed.error());
        coveredTypes.insert(stored.caseType);
    }
    for (const auto &pack : fallback.packs()) {
        if (coveredTypes.contains(pack->caseType()))
            continue;
        if (auto installed = registry.install(pack); !installed)
            problems.append(installed.error());
    }
    if (!problems.isEmpty())
        return problems;
    return registry;
}

} // namespace casebench
