#pragma once
// SchemaMigrations: the cache's schema as an ordered list of migrations. Each runs in its
// own transaction together with the version bump, so a cache is always at exactly one
// version. Never edit a released migration; append a new one.

#include <QSqlDatabase>
#include <QStringList>

#include "model/CacheError.h"
#include "model/Result.h"
#include "model/SqlDialect.h"

namespace casebench {

struct Migration
{
    int version;
    const char *description;
    QStringList statements; // portable DDL with dialect tokens
};

class SchemaMigrations
{
public:
    static const QList<Migration> &all();
    static int latestVersion();

    // Current version of the open database (0 for an empty file).
    static int currentVersion(QSqlDatabase db);
    // Applies every migration above the current version, in order.
    static Result<void, CacheError> migrate(QSqlDatabase db, const SqlDialect &dialect);
};

} // namespace casebench
