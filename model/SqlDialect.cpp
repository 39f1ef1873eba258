#include "model/SqlDialect.h"

namespace casebench {

QString SqlDialect::ddl(QString statement) const
{
    return statement.replace(QLatin1String("{id}"), autoIdColumn());
}

QStringList SqliteDialect::connectionSetup() const
{
    return {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA foreign_keys=ON"),
        QStringLiteral("PRAGMA temp_store=MEMORY"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
    };
}

QString SqliteDialect::autoIdColumn() const
{
    return QStringLiteral("id INTEGER PRIMARY KEY");
}

} // namespace casebench
