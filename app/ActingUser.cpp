#include "app/ActingUser.h"

#include "model/UserRepository.h"

#include <QCoreApplication>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ActingUser", text);
}

} // namespace

std::optional<User> resolveActingUser(const CommandLineOptions &options, QSqlDatabase db,
                                      bool createdNow, QTextStream &err)
{
    UserRepository users(db);
    const QString login =
        options.userLogin.isEmpty() ? UserRepository::operatingSystemLogin() : options.userLogin;
    if (std::optional<User> user = users.find(login)) {
        if (user->active)
            return user;
        err << tr("The user \"%1\" is deactivated in this cache.").arg(login) << Qt::endl;
        return std::nullopt;
    }
    const bool noUsers = users.count() == 0;
    if (createdNow || noUsers) {
        // The cache was made by this command (its creator is the OS login; --user named
        // someone else) or predates users: the person running it administers it.
        auto added = users.add(login, login, UserRole::Administrator,
                               noUsers ? QString() : UserRepository::operatingSystemLogin());
        if (added)
            return added.value();
        err << added.error().message << Qt::endl;
        return std::nullopt;
    }
    err << tr("There is no user \"%1\" in this cache (use --user LOGIN).").arg(login) << Qt::endl;
    return std::nullopt;
}

} // namespace casebench
