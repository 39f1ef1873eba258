#include "model/SchemaMigrations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

#include "model/Transaction.h"

namespace casebench {

namespace {

// Migration 6: the charts read day-by-day tallies instead of the cases and decisions
// themselves. Counting a million decisions per chart on every refresh cannot be fast in an
// encrypted file (each page read back is decrypted); the tallies hold one row per day,
// case type, rule pack and caseworker and stay true because triggers keep them: a case
// inserted, a decision taken, a decision reopened (counted out again, it is no longer the
// case's current decision), an automation error recorded. Cases and decisions are never
// deleted (the audit trail refers to them), so there are no delete triggers. Lead times
// are kept as a histogram in whole days, which gives exact percentiles in days.
QStringList chartTallyStatements()
{
    // The columns a decision adds to a tally, per decision row R (NEW when taken, OLD when
    // reopened). Manual handling is a decision on a case the automation did not propose.
    const QString manual =
        QStringLiteral("(R.proposed_outcome IS NULL OR R.proposed_outcome = 'manuell_bedomning')");
    const QString dimensions = QStringLiteral("case_type, pack_id, pack_version, decided_by");
    const QString dimensionValues = QStringLiteral(
        "c.case_type, COALESCE(R.pack_id, ''), COALESCE(R.pack_version, ''), R.decided_by");
    struct Count
    {
        QString column;
        QString value; // per decision, 0 or 1
    };
    const QList<Count> decisionCounts{
        {QStringLiteral("confirmed"),
         QStringLiteral("CASE WHEN NOT %1 AND R.kind = 'confirmed' THEN 1 ELSE 0 END").arg(manual)},
        {QStringLiteral("overridden"),
         QStringLiteral("CASE WHEN NOT %1 AND R.kind = 'overridden' THEN 1 ELSE 0 END")
             .arg(manual)},
        {QStringLiteral("returned"),
         QStringLiteral("CASE WHEN NOT %1 AND R.kind = 'returned' THEN 1 ELSE 0 END").arg(manual)},
        {QStringLiteral("manual_decided"),
         QStringLiteral("CASE WHEN %1 AND R.kind <> 'returned' THEN 1 ELSE 0 END").arg(manual)},
        {QStringLiteral("manual_returned"),
         QStringLiteral("CASE WHEN %1 AND R.kind = 'returned' THEN 1 ELSE 0 END").arg(manual)},
        {QStringLiteral("spot_checked"), QStringLiteral("R.spot_check")},
        {QStringLiteral("spot_failed"),
         QStringLiteral("CASE WHEN R.spot_check = 1 AND R.kind = 'overridden' THEN 1 ELSE 0 END")},
        {QStringLiteral("past_deadline"),
         QStringLiteral("CASE WHEN R.kind <> 'returned' AND c.due_on IS NOT NULL"
                        " AND {day:R.decided_at} > c.due_on THEN 1 ELSE 0 END")},
    };
    const QList<Count> leadCounts{{QStringLiteral("decided"), QStringLiteral("1")}};
    const QList<Count> ruleCounts{
        {QStringLiteral("matched"), QStringLiteral("1")},
        {QStringLiteral("overridden"),
         QStringLiteral("CASE WHEN R.kind = 'overridden' THEN 1 ELSE 0 END")},
    };
    struct Tally
    {
        QString table;
        QString keyColumns; // in primary key order
        QString keyValues;
        QString from;  // joined with cases c, for decision R
        QString where; // beyond R being the case's current decision
        QList<Count> counts;
    };
    const QList<Tally> tallies{
        {QStringLiteral("chart_decision_days"), QStringLiteral("day, ") + dimensions,
         QStringLiteral("{day:R.decided_at}, ") + dimensionValues, QStringLiteral("cases c"),
         QStringLiteral("c.id = R.case_ref"), decisionCounts},
        {QStringLiteral("chart_lead_days"), QStringLiteral("day, lead_days, ") + dimensions,
         QStringLiteral(
             "{day:R.decided_at}, {days_between:{day:c.received_at};{day:R.decided_at}}, ") +
             dimensionValues,
         QStringLiteral("cases c"), QStringLiteral("c.id = R.case_ref AND R.kind <> 'returned'"),
         leadCounts},
        {QStringLiteral("chart_rule_days"), QStringLiteral("rule_id, decision, day, ") + dimensions,
         QStringLiteral("pr.rule_id, pr.decision, {day:R.decided_at}, ") + dimensionValues,
         QStringLiteral("proposal_rules pr JOIN cases c ON c.id = pr.case_ref"),
         QStringLiteral(
             "pr.case_ref = R.case_ref AND R.kind IN ('confirmed', 'overridden') AND NOT ") +
             manual,
         ruleCounts},
    };

    QStringList statements{
        QStringLiteral(
            "CREATE TABLE chart_received_days (day DATE NOT NULL, case_type VARCHAR(64) NOT NULL,"
            " received INTEGER NOT NULL, PRIMARY KEY (day, case_type)){clustered}"),
        QStringLiteral(
            "CREATE TABLE chart_error_days (day DATE NOT NULL, case_type VARCHAR(64) NOT NULL,"
            " errors INTEGER NOT NULL, PRIMARY KEY (day, case_type)){clustered}"),
        QStringLiteral("INSERT INTO chart_received_days (day, case_type, received)"
                       " SELECT {day:received_at}, case_type, COUNT(*) FROM cases"
                       " GROUP BY {day:received_at}, case_type"),
        QStringLiteral("INSERT INTO chart_error_days (day, case_type, errors)"
                       " SELECT {day:e.occurred_at}, c.case_type, COUNT(*)"
                       " FROM automation_errors e JOIN cases c ON c.id = e.case_ref"
                       " GROUP BY {day:e.occurred_at}, c.case_type"),
        QStringLiteral("{row_trigger:chart_case_received|AFTER INSERT ON cases|1 = 1}"
                       "INSERT INTO chart_received_days (day, case_type, received)"
                       " VALUES ({day:NEW.received_at}, NEW.case_type, 1)"
                       " ON CONFLICT (day, case_type) DO UPDATE"
                       " SET received = chart_received_days.received + 1"),
        QStringLiteral(
            "{row_trigger:chart_automation_error|AFTER INSERT ON automation_errors|1 = 1}"
            "INSERT INTO chart_error_days (day, case_type, errors)"
            " SELECT {day:NEW.occurred_at}, c.case_type, 1 FROM cases c WHERE c.id = NEW.case_ref"
            " ON CONFLICT (day, case_type) DO UPDATE SET errors = chart_error_days.errors + 1"),
    };
    QStringList taken, reopened;
    for (const Tally &t : tallies) {
        QStringList columns, definitions, sums, values, updates;
        for (const Count &count : t.counts) {
            columns.append(count.column);
            definitions.append(count.column + QStringLiteral(" INTEGER NOT NULL"));
            sums.append(QStringLiteral("SUM(%1)").arg(count.value));
            values.append(QStringLiteral("S * (%1)").arg(count.value));
            updates.append(QStringLiteral("%1 = %2.%1 + excluded.%1").arg(count.column, t.table));
        }
        QString keyDefinitions;
        for (const QString &key : t.keyColumns.split(QStringLiteral(", "))) {
            const bool text =
                key != QLatin1String("decided_by") && key != QLatin1String("lead_days");
            keyDefinitions +=
                key + (key == QLatin1String("day") ? QStringLiteral(" DATE NOT NULL, ")
                       : text                      ? QStringLiteral(" VARCHAR(200) NOT NULL, ")
                                                   : QStringLiteral(" INTEGER NOT NULL, "));
        }
        statements.append(QStringLiteral("CREATE TABLE %1 (%2%3, PRIMARY KEY (%4)){clustered}")
                              .arg(t.table, keyDefinitions, definitions.join(QStringLiteral(", ")),
                                   t.keyColumns));
        // What the cache already holds, then the triggers for what comes.
        statements.append(
            QStringLiteral("INSERT INTO %1 (%2, %3) SELECT %4, %5 FROM decisions R JOIN %6"
                           " WHERE R.reopened_at IS NULL AND %7 GROUP BY %4")
                .arg(t.table, t.keyColumns, columns.join(QStringLiteral(", ")), t.keyValues,
                     sums.join(QStringLiteral(", ")),
                     t.from.startsWith(QLatin1String("cases c"))
                         ? QStringLiteral("cases c ON c.id = R.case_ref")
                         : QStringLiteral("proposal_rules pr ON pr.case_ref = R.case_ref"
                                          " JOIN cases c ON c.id = R.case_ref"),
                     t.where));
        const QString upsert =
            QStringLiteral("INSERT INTO %1 (%2, %3) SELECT %4, %5 FROM %6 WHERE %7"
                           " ON CONFLICT (%2) DO UPDATE SET %8")
                .arg(t.table, t.keyColumns, columns.join(QStringLiteral(", ")), t.keyValues,
                     values.join(QStringLiteral(", ")), t.from, t.where,
                     updates.join(QStringLiteral(", ")));
        taken.append(QString(upsert)
                         .replace(QLatin1String("R."), QLatin1String("NEW."))
                         .replace(QLatin1String("S * "), QString()));
        reopened.append(QString(upsert)
                            .replace(QLatin1String("R."), QLatin1String("OLD."))
                            .replace(QLatin1String("S * "), QLatin1String("-1 * ")));
    }
    statements.append(QStringLiteral("{row_trigger:chart_decision_taken|AFTER INSERT ON decisions|"
                                     "NEW.reopened_at IS NULL}") +
                      taken.join(QStringLiteral(";")));
    statements.append(
        QStringLiteral("{row_trigger:chart_decision_reopened|AFTER UPDATE OF reopened_at ON"
                       " decisions|OLD.reopened_at IS NULL AND NEW.reopened_at IS NOT NULL}") +
        reopened.join(QStringLiteral(";")));
    return statements;
}

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
    list.append(Migration{
        3,
        "proposals",
        {
            // One current proposal per case (re-running the pipeline replaces it). The
            // columns the inbox and charts read are columns; the whole proposal with its
            // reasons, breakdown and trace is kept as the JSON the pipeline produced.
            QStringLiteral("CREATE TABLE proposals ("
                           " case_ref INTEGER PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,"
                           " outcome VARCHAR(32) NOT NULL,"
                           " amount_kronor BIGINT,"
                           " spot_check INTEGER NOT NULL CHECK (spot_check IN (0, 1)),"
                           " pack_id VARCHAR(64) NOT NULL,"
                           " pack_version VARCHAR(32) NOT NULL,"
                           " pack_hash VARCHAR(64) NOT NULL,"
                           " proposal TEXT NOT NULL,"
                           " created_at TIMESTAMP NOT NULL)"),
            QStringLiteral("CREATE INDEX proposals_outcome ON proposals (outcome)"),
        }});
    list.append(Migration{
        4,
        "the caseworker's desk: users, decisions, audit trail, letters, automation errors",
        {
            // Users of this cache and their role; the acting user is recorded on every
            // decision and audit event, menus follow the role.
            QStringLiteral("CREATE TABLE users ("
                           " {id},"
                           " login VARCHAR(64) NOT NULL UNIQUE,"
                           " display_name VARCHAR(200) NOT NULL,"
                           " role VARCHAR(16) NOT NULL CHECK (role IN ('caseworker', 'team_lead', 'administrator')),"
                           " active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),"
                           " created_at TIMESTAMP NOT NULL)"),
            // Which matched rules produced a case's proposal: the charts rank rules by how
            // often caseworkers override them, and the case list of a rule comes from here.
            QStringLiteral("CREATE TABLE proposal_rules ("
                           " case_ref INTEGER NOT NULL REFERENCES proposals(case_ref) ON DELETE CASCADE,"
                           " decision VARCHAR(200) NOT NULL,"
                           " rule_id VARCHAR(200) NOT NULL,"
                           " annotation TEXT,"
                           " PRIMARY KEY (case_ref, decision, rule_id))"),
            QStringLiteral("CREATE INDEX proposal_rules_rule ON proposal_rules (rule_id, decision)"),
            // Every decision ever taken on a case. Reopening does not delete a decision: it
            // stamps reopened_at/by, so the history (and the charts' past periods) stay
            // true; the case's current decision is the one not reopened.
            QStringLiteral("CREATE TABLE decisions ("
                           " {id},"
                           " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " kind VARCHAR(16) NOT NULL CHECK (kind IN ('confirmed', 'overridden', 'returned')),"
                           " outcome VARCHAR(32) NOT NULL,"
                           " amount_kronor BIGINT,"
                           " period VARCHAR(32),"
                           " proposed_outcome VARCHAR(32),"
                           " proposed_amount_kronor BIGINT,"
                           " spot_check INTEGER NOT NULL DEFAULT 0 CHECK (spot_check IN (0, 1)),"
                           " justification TEXT,"
                           " decided_by INTEGER NOT NULL REFERENCES users(id),"
                           " decided_at TIMESTAMP NOT NULL,"
                           " pack_id VARCHAR(64),"
                           " pack_version VARCHAR(32),"
                           " pack_hash VARCHAR(64),"
                           " reopened_at TIMESTAMP,"
                           " reopened_by INTEGER REFERENCES users(id),"
                           " reopen_reason TEXT)"),
            QStringLiteral("CREATE INDEX decisions_case ON decisions (case_ref)"),
            QStringLiteral("CREATE INDEX decisions_decided ON decisions (decided_at, kind, outcome)"),
            // Cases the automation could not evaluate (no pack valid on the application
            // date, evaluation failed): one row per attempt, the case's status says
            // "manual"; the charts count these per period.
            QStringLiteral("CREATE TABLE automation_errors ("
                           " {id},"
                           " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " message TEXT NOT NULL,"
                           " pack_id VARCHAR(64),"
                           " occurred_at TIMESTAMP NOT NULL)"),
            QStringLiteral("CREATE INDEX automation_errors_case ON automation_errors (case_ref)"),
            QStringLiteral("CREATE INDEX automation_errors_when ON automation_errors (occurred_at)"),
            // Letters produced for a case (decision letters, requests for completion): the
            // PDF as sent and its text, kept with the case.
            QStringLiteral("CREATE TABLE letters ("
                           " {id},"
                           " case_ref INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,"
                           " kind VARCHAR(32) NOT NULL CHECK (kind IN ('decision', 'completion_request')),"
                           " outcome VARCHAR(32),"
                           " language VARCHAR(8) NOT NULL,"
                           " body TEXT NOT NULL,"
                           " pdf BLOB NOT NULL,"
                           " created_by INTEGER NOT NULL REFERENCES users(id),"
                           " created_at TIMESTAMP NOT NULL)"),
            QStringLiteral("CREATE INDEX letters_case ON letters (case_ref)"),
            // Who has a proposed case open for review, since when (the "in review" stage).
            QStringLiteral("ALTER TABLE cases ADD COLUMN reviewer INTEGER REFERENCES users(id)"),
            QStringLiteral("ALTER TABLE cases ADD COLUMN review_started_at TIMESTAMP"),
            // Spot-check rate per case type, set by administrators; NULL keeps the rate of
            // the case type's active rule pack.
            QStringLiteral("ALTER TABLE case_types ADD COLUMN spot_check_permille INTEGER"
                           " CHECK (spot_check_permille BETWEEN 0 AND 1000)"),
            // The audit trail: append-only, each event chained to the previous one by a
            // SHA-256 over the previous event's hash and this event's fields, so editing or
            // deleting a row breaks the chain at that row. seq is the chain order.
            QStringLiteral("CREATE TABLE audit_events ("
                           " seq INTEGER PRIMARY KEY,"
                           " occurred_at TIMESTAMP NOT NULL,"
                           " user_login VARCHAR(64) NOT NULL,"
                           " event VARCHAR(32) NOT NULL,"
                           " case_id VARCHAR(64),"
                           " pack_id VARCHAR(64),"
                           " pack_version VARCHAR(32),"
                           " details TEXT NOT NULL,"
                           " prev_hash CHAR(64) NOT NULL,"
                           " hash CHAR(64) NOT NULL)"),
            QStringLiteral("CREATE INDEX audit_events_case ON audit_events (case_id, seq)"),
            QStringLiteral("CREATE INDEX audit_events_when ON audit_events (occurred_at, event)"),
            QStringLiteral("{forbid_update:audit_events}"),
            QStringLiteral("{forbid_delete:audit_events}"),
        }});
    list.append(Migration{
        5,
        "installed rule packs",
        {
            // Rule packs as administrators import them: the pack's files are stored (as a
            // JSON object of relative path → text, the same listing the content hash is
            // computed over) so a stored version can be loaded, diffed, exported and
            // re-run long after its folder is gone. One pack version per (pack_id,
            // version); status draft → active → retired; applies_from is the date named
            // at activation.
            QStringLiteral("CREATE TABLE rule_packs ("
                           " {id},"
                           " pack_id VARCHAR(64) NOT NULL,"
                           " version VARCHAR(32) NOT NULL,"
                           " case_type VARCHAR(64) NOT NULL,"
                           " valid_from DATE NOT NULL,"
                           " valid_to DATE,"
                           " status VARCHAR(16) NOT NULL CHECK (status IN ('draft', 'active', 'retired')),"
                           " content_hash VARCHAR(64) NOT NULL UNIQUE,"
                           " content TEXT NOT NULL,"
                           " imported_by VARCHAR(64) NOT NULL,"
                           " imported_at TIMESTAMP NOT NULL,"
                           " applies_from DATE,"
                           " activated_by VARCHAR(64),"
                           " activated_at TIMESTAMP,"
                           " retired_by VARCHAR(64),"
                           " retired_at TIMESTAMP,"
                           " UNIQUE (pack_id, version))"),
            QStringLiteral("CREATE INDEX rule_packs_type ON rule_packs (case_type, status)"),
        }});
    list.append(Migration{6, "tallies for the team lead's charts", chartTallyStatements()});
    list.append(Migration{
        7,
        "cases by type and application date",
        {
            // A what-if run finds the decided cases of one case type whose application
            // date a pack covers. From the table, every case of the type drags its JSON
            // payload's pages through decryption (3 s for 200 000 cases); from this index
            // it takes a tenth of a second. It replaces the plain case_type index, which
            // it begins with.
            QStringLiteral("CREATE INDEX cases_type_date ON cases (case_type, application_date)"),
            QStringLiteral("DROP INDEX cases_type"),
        }});
    list.append(Migration{
        8,
        "proposals stored compressed",
        {
            // A proposal's JSON with its trace averages 10 kB: three encrypted pages per case
            // for the batch run to write and the cache to carry. Compressed (qCompress, see
            // ProposalRepository::packJson) it is a seventh of that. New rows keep it in
            // proposal_packed and an empty proposal; older rows keep their JSON text, and
            // ProposalRepository reads both.
            QStringLiteral("ALTER TABLE proposals ADD COLUMN proposal_packed BLOB"),
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
