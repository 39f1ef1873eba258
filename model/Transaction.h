#pragma once
// Transaction: RAII guard — commits only when asked, rolls back otherwise, so an early
// return or an exception never leaves half a batch in the cache.

#include <QSqlDatabase>

namespace casebench {

class Transaction
{
public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace casebench
