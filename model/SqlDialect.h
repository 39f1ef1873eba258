#pragma once
// SqlDialect: the one place that knows the SQL engine behind the cache. Repositories write
// portable SQL (it must run on PostgreSQL later); everything SQLite-specific — PRAGMAs,
// the auto id column — comes from here.

#include "model/ChartPeriod.h"

#include <QString>
#include <QStringList>

namespace casebench {

class SqlDialect
{
public:
    virtual ~SqlDialect() = default;
    // Statements run once on every new connection, after the key is accepted.
    virtual QStringList connectionSetup() const = 0;
    // Column definition of an auto-numbered primary key.
    virtual QString autoIdColumn() const = 0;
    // Replaces the dialect tokens of a portable DDL statement: {id} anywhere; a statement
    // that is exactly {forbid_update:TABLE} or {forbid_delete:TABLE} becomes the engine's
    // way of making the table refuse updates / deletes (append-only tables).
    // For the chart tallies (migration 6): {day:EXPR} → dayOf(EXPR),
    // {days_between:FROM;TO} → daysBetween(FROM, TO), {clustered} → clusteredTableSuffix(),
    // and a statement "{row_trigger:NAME|EVENT|WHEN}S1;S2…" → rowTrigger(…).
    QString ddl(QString statement) const;
    virtual QString forbidUpdate(const QString &table) const = 0;
    virtual QString forbidDelete(const QString &table) const = 0;

    // The calendar day (UTC, as stored) of a timestamp column, as a value that compares
    // and groups as a date.
    virtual QString dayOf(const QString &timestamp) const = 0;
    // Whole days from one day value to another (negative when to is earlier).
    virtual QString daysBetween(const QString &fromDay, const QString &toDay) const = 0;
    // The first day of the period (day, ISO week from Monday, month) holding a day value:
    // the charts group by it.
    virtual QString periodStartOf(const QString &day, ChartPeriod period) const = 0;
    // A FOR EACH ROW trigger running the statements when the condition holds; event is
    // e.g. "AFTER INSERT ON decisions" or "AFTER UPDATE OF reopened_at ON decisions" and the
    // statements see the row as NEW / OLD.
    virtual QString rowTrigger(const QString &name, const QString &event, const QString &when,
                               const QStringList &statements) const = 0;
    // Appended to CREATE TABLE of a table that should be stored in its primary key's order
    // (small tally tables read by key ranges); empty where the engine has no such option.
    virtual QString clusteredTableSuffix() const = 0;
};

// SQLite/SQLCipher: WAL, foreign keys on, temp tables in memory (Debian's SQLCipher is
// built with TEMP_STORE=1, which would write decrypted temp data to disk).
class SqliteDialect final : public SqlDialect
{
public:
    QStringList connectionSetup() const override;
    QString autoIdColumn() const override;
    QString forbidUpdate(const QString &table) const override;
    QString forbidDelete(const QString &table) const override;
    QString dayOf(const QString &timestamp) const override;
    QString daysBetween(const QString &fromDay, const QString &toDay) const override;
    QString periodStartOf(const QString &day, ChartPeriod period) const override;
    QString rowTrigger(const QString &name, const QString &event, const QString &when,
                       const QStringList &statements) const override;
    QString clusteredTableSuffix() const override;
};

} // namespace casebench
