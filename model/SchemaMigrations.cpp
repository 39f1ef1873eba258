#include "model/SchemaMigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include "model/Transaction.h"

namespace casebench {

namespace {

QList<Migration> buildMigrations()
{
    QList<Migration> list;
    list.append(Migration{
        1,
        "cases, people, attachments, deadlines, case types",
        {
            QStringLiteral("CREATE TABLE case_types ("
                           " code VARCHAR(64) PRIMARY KEY,"
                           " name_sv VARCHAR(200) NOT NULL,"
                           " name_en VARCHAR(200) NOT NULL,"
                           " default_deadline_days INTEGER NOT NULL CHECK (default_deadline_days >= 0))"),
            // Default deadlines: ekonomiskt bistånd within 14 days is common municipal
            // practice; parking permits 21 days; LSS compensation 30 days. Administrators
            // change them later (issue 7); they are data, not code.
            QStringLiteral("INSERT INTO case_types (code, name_sv, name_en, default_deadline_days) VALUES"
                           " ('ekonomiskt-bistand', 'Ekonomiskt bistånd', 'Financial assistance', 14),"
                           " ('boendeparkering', 'Boendeparkering', 'Resident parking permit', 21),"
                           " ('lss-sjuklon', 'Sjuklöneersättning LSS', 'LSS sick-pay compensation', 30)"),
            QStringLiteral("CREATE TABLE cases ("
                           " {id},"
                           " case_id VARCHAR(64) NOT NULL UNIQUE,"
                           " case_type VARCHAR(64) NOT NULL REFERENCES case_types(code),"
                           " received_at TIMESTAMP NOT NULL,"
                           " application_date DATE NOT NULL,"
                           " status VARCHAR(16) NOT NULL,"
                           " applicant_personnummer VARCHAR(13) NOT NULL,"
                           " applicant_name VARCHAR(200) NOT NULL,"
                           " household_size INTEGER NOT NULL,"
                           " missing_attachments INTEGER NOT NULL DEFAULT 0,"
                           " due_on DATE,"
                           " payload TEXT NOT NULL,"
                           " imported_at TIMESTAMP NOT NULL,"
                           " updated_at TIMESTAMP NOT NULL)"),
            QStringLiteral("CREATE INDEX cases_status ON cases (status)"),
            QStringLiteral("CREATE INDEX cases_type ON cases (case_type)"),
            QStringLiteral("CREATE INDEX cases_received ON cases (received_at)"),
            QStringLiteral("CREATE INDEX cases_due ON cases (due_on)"),
            QStringLiteral("CREATE INDEX cases_applicant_name ON cases (applicant_name)"),
            QStringLiteral("CREATE TABLE case_people ("
                           " {id},"
                           " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " relation VARCHAR(16) NOT NULL,"
                           " personnummer VARCHAR(13),"
                           " name VARCHAR(200) NOT NULL,"
                           " birth_date DATE,"
                           " UNIQUE (case_ref, position))"),
            QStringLiteral("CREATE TABLE case_attachments ("
                           " {id},"
                           " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " position INTEGER NOT NULL,"
                           " type VARCHAR(64) NOT NULL,"
                           " name VARCHAR(260),"
                           " present INTEGER NOT NULL CHECK (present IN (0, 1)),"
                           " UNIQUE (case_ref, position))"),
            QStringLiteral("CREATE TABLE case_deadlines ("
                           " {id},"
                           " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " kind VARCHAR(32) NOT NULL,"
                           " due_on DATE NOT NULL,"
                           " UNIQUE (case_ref, kind))"),
            QStringLiteral("CREATE INDEX case_deadlines_due ON case_deadlines (due_on)"),
        }});
    list.append(Migration{
        2,
        "covering index for the inbox",
        {
            // The inbox reads these columns of every case at unlock. Served from the table,
            // each row drags its JSON payload's pages through decryption (3 s for 100 000
            // cases); from an index holding just these columns it takes a fraction. It
            // replaces the plain received_at index, which it begins with.
            QStringLiteral("CREATE INDEX cases_inbox ON cases (received_at, case_id, case_type,"
                           " applicant_name, status, due_on, household_size, missing_attachments)"),
            QStringLiteral("DROP INDEX cases_received"),
        }});
    return list;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("SchemaMigrations", text);
}

} // namespace

const QList<Migration> &SchemaMigrations::all()
{
    static const QList<Migration> migrations = buildMigrations();
    return migrations;
}

int SchemaMigrations::latestVersion()
{
    return all().isEmpty() ? 0 : all().last().version;
}

int SchemaMigrations::currentVersion(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_migrations")) || !q.next())
        return 0;
    return q.value(0).toInt();
}

Result<void, CacheError> SchemaMigrations::migrate(QSqlDatabase db, const SqlDialect &dialect)
{
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                                   " version INTEGER PRIMARY KEY,"
                                   " description VARCHAR(200) NOT NULL,"
                                   " applied_at TIMESTAMP NOT NULL)"))) {
            return CacheError{CacheError::Kind::Migration,
                              tr("Could not create the schema version table: %1")
                                  .arg(q.lastError().text())};
        }
    }
    const int current = currentVersion(db);
    if (current > latestVersion()) {
        return CacheError{CacheError::Kind::TooNew,
                          tr("The cache has schema version %1, newer than this program "
                             "understands (%2). Update casebench.")
                              .arg(current)
                              .arg(latestVersion())};
    }
    for (const Migration &m : all()) {
        if (m.version <= current)
            continue;
        Transaction tx(db);
        if (!tx.isActive()) {
            return CacheError{CacheError::Kind::Migration,
                              tr("Could not start a transaction for migration %1: %2")
                                  .arg(m.version)
                                  .arg(db.lastError().text())};
        }
        for (const QString &statement : m.statements) {
            QSqlQuery q(db);
            if (!q.exec(dialect.ddl(statement))) {
                return CacheError{CacheError::Kind::Migration,
                                  tr("Migration %1 failed: %2").arg(m.version).arg(q.lastError().text())};
            }
        }
        QSqlQuery bump(db);
        bump.prepare(QStringLiteral("INSERT INTO schema_migrations (version, description, applied_at)"
                                    " VALUES (?, ?, ?)"));
        bump.addBindValue(m.version);
        bump.addBindValue(QString::fromUtf8(m.description));
        bump.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!bump.exec() || !tx.commit()) {
            return CacheError{CacheError::Kind::Migration,
                              tr("Could not record migration %1: %2").arg(m.version).arg(db.lastError().text())};
        }
    }
    return {};
}

} // namespace casebench
