#pragma once
// User: a person who works in this cache, recorded on every decision and audit event.

#include "model/UserRole.h"

#include <QString>

namespace casebench {

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    UserRole role = UserRole::Caseworker;
    bool active = true;
};

} // namespace casebench
