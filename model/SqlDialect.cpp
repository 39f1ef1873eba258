#include "model/SqlDialect.h"

#include <QRegularExpression>

namespace casebench {

QString SqlDialect::ddl(QString statement) const
{
    static const QLatin1String update("{forbid_update:"), remove("{forbid_delete:");
    if (statement.endsWith(u'}') && statement.startsWith(update))
        return forbidUpdate(statement.mid(update.size(), statement.size() - update.size() - 1));
    if (statement.endsWith(u'}') && statement.startsWith(remove))
        return forbidDelete(statement.mid(remove.size(), statement.size() - remove.size() - 1));
    statement.replace(QLatin1String("{id}"), autoIdColumn());
    statement.replace(QLatin1String("{clustered}"), clusteredTableSuffix());

    // Expanded innermost first: {days_between:…} takes {day:…} values as its arguments.
    static const QRegularExpression day(QStringLiteral("\\{day:([^{};]*)\\}"));
    for (auto m = day.match(statement); m.hasMatch(); m = day.match(statement))
        statement.replace(m.capturedStart(), m.capturedLength(), dayOf(m.captured(1)));
    static const QRegularExpression between(
        QStringLiteral("\\{days_between:([^{};]*);([^{};]*)\\}"));
    for (auto m = between.match(statement); m.hasMatch(); m = between.match(statement)) {
        statement.replace(m.capturedStart(), m.capturedLength(),
                          daysBetween(m.captured(1), m.captured(2)));
    }

    static const QLatin1String trigger("{row_trigger:");
    if (statement.startsWith(trigger)) {
        const qsizetype close = statement.indexOf(u'}');
        const QStringList header =
            statement.mid(trigger.size(), close - trigger.size()).split(u'|');
        if (header.size() == 3) {
            QStringList body;
            for (const QString &part : statement.mid(close + 1).split(u';', Qt::SkipEmptyParts)) {
                if (!part.trimmed().isEmpty())
                    body.append(part.trimmed());
            }
            return rowTrigger(header.at(0), header.at(1), header.at(2), body);
        }
    }
    return statement;
}

QStringList SqliteDialect::connectionSetup() const
{
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        // 32 MiB of page cache (the default is 2 000 pages, 8 MiB): SQLCipher decrypts a page
        // every time it is read back into the cache, so with 100 000 cases' indexes a small
        // cache turns inserts and the inbox read into repeated decryption.
        QStringLiteral("PRAGMA cache_size=-32768"),
    };
}

QString SqliteDialect::autoIdColumn() const
{
    return QStringLiteral("id INTEGER PRIMARY KEY");
}

// A trigger that aborts the statement: the audit trail cannot be edited through SQL by
// mistake. (Someone holding the key can still drop the trigger — that is what the hash
// chain is for.)
QString SqliteDialect::forbidUpdate(const QString &table) const
{
    return QStringLiteral("CREATE TRIGGER %1_append_only_update BEFORE UPDATE ON %1"
                          " BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
        .arg(table);
}

QString SqliteDialect::forbidDelete(const QString &table) const
{
    return QStringLiteral("CREATE TRIGGER %1_append_only_delete BEFORE DELETE ON %1"
                          " BEGIN SELECT RAISE(ABORT, '%1 is append-only'); END")
        .arg(table);
}

// Timestamps are stored as ISO 8601 text in UTC ("2026-03-14T09:30:00.000Z"), so the day
// is its first ten characters: no date parsing per row.
QString SqliteDialect::dayOf(const QString &timestamp) const
{
    return QStringLiteral("substr(%1, 1, 10)").arg(timestamp);
}

QString SqliteDialect::daysBetween(const QString &fromDay, const QString &toDay) const
{
    return QStringLiteral("CAST(julianday(%2) - julianday(%1) AS INTEGER)").arg(fromDay, toDay);
}

QString SqliteDialect::periodStartOf(const QString &day, ChartPeriod period) const
{
    switch (period) {
    case ChartPeriod::Day:
        return day;
    case ChartPeriod::Week:
        // Back six days, then forward to the next Monday: the Monday of the ISO week.
        return QStringLiteral("date(%1, '-6 days', 'weekday 1')").arg(day);
    case ChartPeriod::Month:
        return QStringLiteral("(substr(%1, 1, 7) || '-01')").arg(day);
    }
    return day;
}

QString SqliteDialect::rowTrigger(const QString &name, const QString &event, const QString &when,
                                  const QStringList &statements) const
{
    return QStringLiteral("CREATE TRIGGER %1 %2 FOR EACH ROW WHEN (%3) BEGIN %4; END")
        .arg(name, event, when, statements.join(QStringLiteral("; ")));
}

QString SqliteDialect::clusteredTableSuffix() const
{
    return QStringLiteral(" WITHOUT ROWID");
}

} // namespace casebench
