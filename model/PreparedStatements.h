#pragma once
// PreparedStatements: a repository's statements, each prepared on first use and reused.
// A batch (import, the automation's run) executes the same SQL thousands of times through
// one repository, and preparing costs more than executing.

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <array>
#include <memory>

namespace casebench {

template <std::size_t Count> class PreparedStatements
{
public:
    explicit PreparedStatements(QSqlDatabase db) : m_db(std::move(db)) {}

    // The statement in slot, prepared from sql the first time it is asked for.
    QSqlQuery &get(std::size_t slot, const QString &sql)
    {
        std::unique_ptr<QSqlQuery> &statement = m_statements.at(slot);
        if (!statement) {
            statement = std::make_unique<QSqlQuery>(m_db);
            statement->setForwardOnly(true);
            statement->prepare(sql);
        }
        return *statement;
    }

private:
    QSqlDatabase m_db;
    std::array<std::unique_ptr<QSqlQuery>, Count> m_statements;
};

} // namespace casebench
