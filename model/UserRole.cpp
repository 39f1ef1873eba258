#include "model/UserRole.h"

#include <QCoreApplication>

namespace casebench {

QString roleCode(UserRole role)
{
    switch (role) {
    case UserRole::Caseworker:
        return QStringLiteral("caseworker");
    case UserRole::TeamLead:
        return QStringLiteral("team_lead");
    case UserRole::Administrator:
        return QStringLiteral("administrator");
    }
    return {};
}

std::optional<UserRole> roleFromCode(const QString &code)
{
    for (UserRole role : allRoles()) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString roleDisplayName(UserRole role)
{
    switch (role) {
    case UserRole::Caseworker:
        return QCoreApplication::translate("UserRole", "Caseworker");
    case UserRole::TeamLead:
        return QCoreApplication::translate("UserRole", "Team lead");
    case UserRole::Administrator:
        return QCoreApplication::translate("UserRole", "Administrator");
    }
    return {};
}

QList<UserRole> allRoles()
{
    return {UserRole::Caseworker, UserRole::TeamLead, UserRole::Administrator};
}

} // namespace casebench
