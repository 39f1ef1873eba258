#include "automation/rulepack/RulePackRegistry.h"

#include "automation/rulepack/RulePackLoader.h"
#include "automation/rulepack/RulePackValidation.h"

#include <QCoreApplication>

namespace casebench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RulePackRegistry", text);
}

QString validityText(const RulePackManifest &m)
{
    return QStringLiteral("%1 – %2").arg(m.validFrom.toString(Qt::ISODate),
                                         m.validTo.isNull() ? QStringLiteral("…")
                                                            : m.validTo.toString(Qt::ISODate));
}

bool overlaps(const RulePackManifest &a, const RulePackManifest &b)
{
    const bool aEndsBeforeB = !a.validTo.isNull() && a.validTo < b.validFrom;
    const bool bEndsBeforeA = !b.validTo.isNull() && b.validTo < a.validFrom;
    return !aEndsBeforeB && !bEndsBeforeA;
}
} // namespace

Result<void> RulePackRegistry::install(std::shared_ptr<const RulePack> pack)
{
    for (const auto &installed : std::as_const(m_packs)) {
        if (installed->contentHash() == pack->contentHash())
            return {};
        if (installed->caseType() != pack->caseType() ||
            !overlaps(installed->manifest(), pack->manifest()))
            continue;
        return Problem{
            tr("rule pack %1 %2 (valid %3) overlaps installed pack %4 %5 (valid %6) for case type "
               "%7")
                .arg(pack->id(), pack->version(), validityText(pack->manifest()), installed->id(),
                     installed->version(), validityText(installed->manifest()), pack->caseType()),
            pack->filePath(RulePackManifest::fileName()), 0, QStringLiteral("valid_from")};
    }
    m_packs.append(std::move(pack));
    return {};
}

Result<void, Problems> RulePackRegistry::installFolder(const QString &folder)
{
    auto pack = RulePackLoader::loadFolder(folder);
    if (!pack)
        return pack.error();
    if (Problems problems = RulePackValidation::validate(*pack.value()); !problems.isEmpty())
        return problems;
    if (auto installed = install(pack.value()); !installed)
        return Problems{installed.error()};
    return {};
}

std::shared_ptr<const RulePack> RulePackRegistry::find(const QString &caseType,
                                                       const QDate &date) const
{
    for (const auto &pack : m_packs) {
        if (pack->caseType() == caseType && pack->manifest().isValidOn(date))
            return pack;
    }
    return nullptr;
}

Result<std::shared_ptr<const RulePack>> RulePackRegistry::select(const QString &caseType,
                                                                 const QDate &date) const
{
    if (auto pack = find(caseType, date))
        return pack;
    return Problem{tr("no rule pack for case type \"%1\" is valid on %2")
                       .arg(caseType, date.toString(Qt::ISODate)),
                   {},
                   0,
                   QStringLiteral("application_date")};
}

} // namespace casebench
