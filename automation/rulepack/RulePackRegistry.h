#pragma once
// RulePackRegistry: the installed rule packs, and which one answers a case — the pack for
// its case type whose validity covers the application date. Packs of one case type may
// not overlap in validity, so the choice is never ambiguous; installing one that would is
// refused.

#include "automation/rulepack/RulePack.h"
#include "model/Result.h"

#include <QDate>
#include <QList>
#include <memory>

namespace casebench {

class RulePackRegistry
{
public:
    // Adds a (validated) pack. Installing the same content again (same hash) is a no-op;
    // a different pack for the same case type with overlapping validity is refused with a
    // Problem naming both.
    Result<void> install(std::shared_ptr<const RulePack> pack);
    // Loads the folder, validates the pack (examples included) and installs it.
    Result<void, Problems> installFolder(const QString &folder);

    // The pack for `caseType` valid on `date`, or null.
    std::shared_ptr<const RulePack> find(const QString &caseType, const QDate &date) const;
    // As find(), with a Problem saying why there is none.
    Result<std::shared_ptr<const RulePack>> select(const QString &caseType,
                                                   const QDate &date) const;

    const QList<std::shared_ptr<const RulePack>> &packs() const { return m_packs; }

private:
    QList<std::shared_ptr<const RulePack>> m_packs;
};

} // namespace casebench
