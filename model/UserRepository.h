#pragma once
// UserRepository: the users of one cache and their roles. Adding a user is audited
// ("user_added") in the same transaction.

#include "model/Result.h"
#include "model/User.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <optional>

namespace casebench {

class UserRepository
{
public:
    explicit UserRepository(QSqlDatabase db);

    // addedBy is the acting user's login recorded on the audit event; empty means the new
    // user added themselves (the creator of a new cache).
    Result<User> add(const QString &login, const QString &displayName, UserRole role,
                     const QString &addedBy = {});
    std::optional<User> find(const QString &login) const;
    std::optional<User> findById(qint64 id) const;
    QList<User> all() const; // ordered by login
    int count() const;

    // The person at the keyboard as the operating system knows them: $USER, else "admin".
    static QString operatingSystemLogin();
    // 1 to 64 letters, digits or . _ @ -
    static bool isValidLogin(const QString &login);

private:
    QSqlDatabase m_db;
};

} // namespace casebench
