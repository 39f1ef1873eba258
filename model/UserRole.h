#pragma once
// UserRole: what a person may do in this cache — caseworkers decide cases, team leads
// also follow the team's work, administrators manage rule packs, users and settings.

#include <QList>
#include <QString>
#include <optional>

namespace casebench {

enum class UserRole { Caseworker, TeamLead, Administrator };

// The stable code stored in the cache ("caseworker", "team_lead", "administrator").
QString roleCode(UserRole role);
std::optional<UserRole> roleFromCode(const QString &code);
// Translated name for people.
QString roleDisplayName(UserRole role);
QList<UserRole> allRoles();

} // namespace casebench
