#include "app/PackCommands.h"

#include "app/ActingUser.h"
#include "app/CacheOpener.h"
#include "automation/rulepack/RulePackStore.h"
#include "automation/rulepack/WhatIfRun.h"
#include "model/CaseTypeSettings.h"
#include "model/UserRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <spdlog/spdlog.h>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackCommands", text);
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("…");
}

QString amountText(const std::optional<qint64> &kronor)
{
    return kronor ? QString::number(*kronor) : QStringLiteral("–");
}

int report(const Problems &problems, QTextStream &err)
{
    for (const Problem &problem : problems)
        err << problem.toString() << Qt::endl;
    return ExitFailure;
}

// Changing packs and settings is an administrator's job; reading them is anyone's.
bool mayAdminister(const User &user, QTextStream &err)
{
    if (user.role == UserRole::Administrator)
        return true;
    err << tr("%1 is %2; only an administrator may change rule packs and settings")
               .arg(user.login, roleDisplayName(user.role))
        << Qt::endl;
    return false;
}

std::optional<qint64> packId(const QString &text, QTextStream &err)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        err << tr("\"%1\" is not a pack id (see casebench pack list)").arg(text) << Qt::endl;
        return std::nullopt;
    }
    return id;
}

void printList(const QList<StoredRulePack> &packs, QTextStream &out)
{
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8")
               .arg(tr("ID"), 4)
               .arg(tr("PACK"), -22)
               .arg(tr("VERSION"), -9)
               .arg(tr("CASE TYPE"), -20)
               .arg(tr("VALID"), -23)
               .arg(tr("STATUS"), -8)
               .arg(tr("APPLIES FROM"), -12)
               .arg(tr("HASH"))
        << Qt::endl;
    for (const StoredRulePack &p : packs) {
        QString who;
        if (p.status == RulePackStatus::Active)
            who = tr("activated by %1 %2").arg(p.activatedBy, p.activatedAt.toString(Qt::ISODate));
        else if (p.status == RulePackStatus::Retired)
            who = tr("retired by %1 %2").arg(p.retiredBy, p.retiredAt.toString(Qt::ISODate));
        else
            who = tr("imported by %1 %2").arg(p.importedBy, p.importedAt.toString(Qt::ISODate));
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9")
                   .arg(p.id, 4)
                   .arg(p.packId, -22)
                   .arg(p.version, -9)
                   .arg(p.caseType, -20)
                   .arg(dateText(p.validFrom) + QStringLiteral(" – ") + dateText(p.validTo), -23)
                   .arg(rulePackStatusCode(p.status), -8)
                   .arg(p.appliesFrom.isValid() ? dateText(p.appliesFrom) : QString(), -12)
                   .arg(p.contentHash.left(12), who)
            << Qt::endl;
    }
}

int runWhatIf(const CommandLineOptions &options, CacheDatabase &cache, const User &user, qint64 id,
              QTextStream &out, QTextStream &err)
{
    RulePackStore store(cache.database(), user.login);
    auto pack = store.load(id);
    if (!pack)
        return report(pack.error(), err);
    WhatIfScope scope;
    scope.lastCases = options.lastCases;
    scope.decidedFrom = options.fromDate;
    scope.decidedTo = options.toDate;
    QElapsedTimer timer;
    timer.start();
    int lastTenth = -1;
    auto result = WhatIfRun(cache.database(), pack.value()).run(scope, [&](int done, int total) {
        const int tenth = total > 0 ? int(qint64(done) * 10 / total) : 10;
        if (tenth != lastTenth) {
            lastTenth = tenth;
            err << QStringLiteral("%1 % (%2/%3)").arg(tenth * 10).arg(done).arg(total) << Qt::endl;
        }
    });
    if (!result)
        return report({result.error()}, err);
    const WhatIfReport &r = result.value();
    for (const WhatIfChange &c : r.changes) {
        if (!c.error.isEmpty())
            out << tr("%1: cannot be evaluated: %2").arg(c.caseId, c.error) << Qt::endl;
        else
            out << tr("%1: %2 %3 → %4 %5 (decided %6 %7)")
                       .arg(c.caseId, c.oldOutcome, amountText(c.oldAmountKronor), c.newOutcome,
                            amountText(c.newAmountKronor), c.decidedOutcome,
                            amountText(c.decidedAmountKronor))
                << Qt::endl;
    }
    const double seconds = double(timer.elapsed()) / 1000.0;
    out << tr("%1 %2 over %3 decided cases: %4 evaluated, %5 change outcome, %6 change amount, "
              "%7 cannot be evaluated; amount difference %8 kr (%9 s)")
               .arg(pack.value()->id(), pack.value()->version())
               .arg(r.total)
               .arg(r.evaluated)
               .arg(r.changedOutcome)
               .arg(r.changedAmount)
               .arg(r.failed)
               .arg(r.amountDifferenceKronor)
               .arg(seconds, 0, 'f', 1)
        << Qt::endl;
    spdlog::info("pack whatif: {} cases, {} changed outcome, {} changed amount, {} failed", r.total,
                 r.changedOutcome, r.changedAmount, r.failed);
    return r.failed > 0 ? ExitFailure : ExitOk;
}

} // namespace

int runPackCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    const QString verb = options.arguments.value(0);
    const QStringList args = options.arguments.mid(1);
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenExisting, err);
    if (!opened.cache)
        return opened.exitCode;
    QSqlDatabase db = opened.cache->database();
    const std::optional<User> user = resolveActingUser(options, db, false, err);
    if (!user)
        return ExitFailure;
    RulePackStore store(db, user->login);

    if (verb == QLatin1String("list")) {
        printList(store.list(), out);
        return ExitOk;
    }
    if (verb == QLatin1String("import")) {
        if (!mayAdminister(*user, err))
            return ExitFailure;
        auto imported = store.importPath(args.value(0));
        if (!imported) {
            err << tr("%1: not imported; nothing was stored").arg(args.value(0)) << Qt::endl;
            return report(imported.error(), err);
        }
        const StoredRulePack &p = imported.value();
        out << tr("%1 %2 (%3, valid %4 – %5) stored as %6, id %7, hash %8")
                   .arg(p.packId, p.version, p.caseType, dateText(p.validFrom), dateText(p.validTo),
                        rulePackStatusCode(p.status))
                   .arg(p.id)
                   .arg(p.contentHash)
            << Qt::endl;
        spdlog::info("pack import: {} {} id {}", p.packId.toStdString(), p.version.toStdString(),
                     p.id);
        return ExitOk;
    }

    const std::optional<qint64> id = packId(args.value(0), err);
    if (!id)
        return ExitFailure;
    if (verb == QLatin1String("export")) {
        if (auto exported = store.exportTo(*id, args.value(1)); !exported)
            return report(exported.error(), err);
        out << tr("Pack %1 written to %2").arg(*id).arg(args.value(1)) << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("whatif"))
        return runWhatIf(options, *opened.cache, *user, *id, out, err);
    if (!mayAdminister(*user, err))
        return ExitFailure;
    if (verb == QLatin1String("activate")) {
        auto activated = store.activate(*id, options.fromDate);
        if (!activated)
            return report({activated.error()}, err);
        out << tr("%1 %2 is active for %3 from %4 to %5")
                   .arg(activated->packId, activated->version, activated->caseType,
                        dateText(activated->appliesFrom), dateText(activated->validTo))
            << Qt::endl;
        return ExitOk;
    }
    if (verb == QLatin1String("retire")) {
        auto retired = store.retire(*id);
        if (!retired)
            return report({retired.error()}, err);
        out << tr("%1 %2 is retired").arg(retired->packId, retired->version) << Qt::endl;
        return ExitOk;
    }
    err << tr("Unknown pack command \"%1\"; see --help").arg(verb) << Qt::endl;
    return ExitFailure;
}

int runSettingsCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenExisting, err);
    if (!opened.cache)
        return opened.exitCode;
    QSqlDatabase db = opened.cache->database();
    const std::optional<User> user = resolveActingUser(options, db, false, err);
    if (!user)
        return ExitFailure;
    CaseTypeSettings settings(db, user->login);
    const QStringList &args = options.arguments;
    if (!args.isEmpty()) {
        // set TYPE deadline-days N | set TYPE spot-check PERMILLE|pack
        if (args.size() != 4 || args.at(0) != QLatin1String("set")) {
            err << tr("settings takes no arguments, or: set TYPE deadline-days N | set TYPE "
                      "spot-check PERMILLE|pack")
                << Qt::endl;
            return ExitFailure;
        }
        if (!mayAdminister(*user, err))
            return ExitFailure;
        const QString &type = args.at(1);
        const QString &what = args.at(2);
        const QString &value = args.at(3);
        bool ok = false;
        const int number = value.toInt(&ok);
        Result<CaseTypeSetting> changed = Problem{
            tr("unknown setting \"%1\" (deadline-days or spot-check)").arg(what), {}, 0, {}};
        if (what == QLatin1String("deadline-days"))
            changed = ok ? settings.setDeadlineDays(type, number)
                         : Result<CaseTypeSetting>(
                               Problem{tr("\"%1\" is not a number of days").arg(value), {}, 0, {}});
        else if (what == QLatin1String("spot-check"))
            changed =
                value == QLatin1String("pack") ? settings.setSpotCheckPermille(type, std::nullopt)
                : ok                           ? settings.setSpotCheckPermille(type, number)
                                               : Result<CaseTypeSetting>(
                           Problem{tr("\"%1\" is not a rate in per mille").arg(value), {}, 0, {}});
        if (!changed)
            return report({changed.error()}, err);
    }
    out << QStringLiteral("%1  %2  %3")
               .arg(tr("CASE TYPE"), -20)
               .arg(tr("DEADLINE DAYS"), 13)
               .arg(tr("SPOT CHECK"))
        << Qt::endl;
    for (const CaseTypeSetting &s : settings.all())
        out << QStringLiteral("%1  %2  %3")
                   .arg(s.code, -20)
                   .arg(s.deadlineDays, 13)
                   .arg(s.spotCheckPermille ? tr("%1 ‰").arg(*s.spotCheckPermille)
                                            : tr("the pack's rate"))
            << Qt::endl;
    return ExitOk;
}

} // namespace casebench
