#include "model/UserRepository.h"

#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UserRepository", text);
}

const QString selectColumns =
    QStringLiteral("SELECT id, login, display_name, role, active FROM users");

User userFrom(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.login = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.role = roleFromCode(q.value(3).toString()).value_or(UserRole::Caseworker);
    u.active = q.value(4).toInt() != 0;
    return u;
}

} // namespace

UserRepository::UserRepository(QSqlDatabase db) : m_db(std::move(db)) {}

// Logins appear on the command line (--user) and in every audit event: one word.
bool UserRepository::isValidLogin(const QString &login)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9._@-]{1,64}$"));
    return valid.match(login).hasMatch();
}

QString UserRepository::operatingSystemLogin()
{
    const QString login =
        QProcessEnvironment::systemEnvironment().value(QStringLiteral("USER")).trimmed();
    return isValidLogin(login) ? login : QStringLiteral("admin");
}

Result<User> UserRepository::add(const QString &login, const QString &displayName, UserRole role,
                                 const QString &addedBy)
{
    if (!isValidLogin(login))
        return Problem{tr("A login is 1 to 64 letters, digits or . _ @ -, not \"%1\"").arg(login),
                       {},
                       0,
                       QStringLiteral("login")};
    if (find(login))
        return Problem{
            tr("There is already a user \"%1\"").arg(login), {}, 0, QStringLiteral("login")};
    User user;
    user.login = login;
    user.displayName = displayName.trimmed().isEmpty() ? login : displayName.trimmed();
    user.role = role;

    // The user and its audit event together or not at all; inside the caller's
    // transaction if there is one (BEGIN then fails and the caller's stays in charge).
    Transaction own(m_db);
    QSqlQuery insert(m_db);
    insert.prepare(QStringLiteral("INSERT INTO users (login, display_name, role, active,"
                                  " created_at) VALUES (?, ?, ?, 1, ?)"));
    insert.addBindValue(user.login);
    insert.addBindValue(user.displayName);
    insert.addBindValue(roleCode(role));
    insert.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    if (!insert.exec())
        return Problem{
            tr("Could not add the user \"%1\": %2").arg(login, insert.lastError().text()),
            {},
            0,
            {}};
    user.id = insert.lastInsertId().toLongLong();
    auto audited = AuditTrail(m_db).append(
        addedBy.isEmpty() ? login : addedBy, AuditEventCode::UserAdded, {}, {}, {},
        QJsonObject{{QStringLiteral("login"), login}, {QStringLiteral("role"), roleCode(role)}});
    if (!audited)
        return audited.error();
    if (own.isActive() && !own.commit())
        return Problem{
            tr("Could not add the user \"%1\": %2").arg(login, m_db.lastError().text()), {}, 0, {}};
    return user;
}

std::optional<User> UserRepository::find(const QString &login) const
{
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral(" WHERE login = ?"));
    q.addBindValue(login);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return userFrom(q);
}

std::optional<User> UserRepository::findById(qint64 id) const
{
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return userFrom(q);
}

QList<User> UserRepository::all() const
{
    QList<User> users;
    QSqlQuery q(m_db);
    if (q.exec(selectColumns + QStringLiteral(" ORDER BY login"))) {
        while (q.next())
            users.append(userFrom(q));
    }
    return users;
}

int UserRepository::count() const
{
    QSqlQuery q(m_db);
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) && q.next() ? q.value(0).toInt()
                                                                            : 0;
}

} // namespace casebench
