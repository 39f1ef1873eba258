#pragma once
// ActingUser: who a headless command acts as — the --user login (default the OS login),
// which must be an active user of the cache, so every audit event names a real person.

#include "app/CommandLine.h"
#include "model/User.h"

#include <QSqlDatabase>
#include <QTextStream>
#include <optional>

namespace casebench {

// The user named by options.userLogin. A cache this very command created (createdNow), or
// one from before users existed (no users at all), takes that login as its administrator.
// Otherwise an unknown or deactivated login is refused: the reason goes to err and the
// result is empty (the command exits 1).
std::optional<User> resolveActingUser(const CommandLineOptions &options, QSqlDatabase db,
                                      bool createdNow, QTextStream &err);

} // namespace casebench
