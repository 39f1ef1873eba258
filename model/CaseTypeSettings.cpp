#include "model/CaseTypeSettings.h"

#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/Transaction.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseTypeSettings", text);
}

const QString selectColumns = QStringLiteral(
    "SELECT code, name_sv, name_en, default_deadline_days, spot_check_permille FROM case_types");

CaseTypeSetting readRow(const QSqlQuery &q)
{
    CaseTypeSetting s;
    s.code = q.value(0).toString();
    s.nameSv = q.value(1).toString();
    s.nameEn = q.value(2).toString();
    s.deadlineDays = q.value(3).toInt();
    if (!q.value(4).isNull())
        s.spotCheckPermille = q.value(4).toInt();
    return s;
}

QJsonValue jsonOf(const QVariant &value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toInt());
}

} // namespace

CaseTypeSettings::CaseTypeSettings(QSqlDatabase db, QString actingUser)
    : m_db(std::move(db)), m_user(std::move(actingUser))
{
}

QList<CaseTypeSetting> CaseTypeSettings::all() const
{
    QList<CaseTypeSetting> settings;
    QSqlQuery q(m_db);
    if (!q.exec(selectColumns + QStringLiteral(" ORDER BY code")))
        return settings;
    while (q.next())
        settings.append(readRow(q));
    return settings;
}

std::optional<CaseTypeSetting> CaseTypeSettings::find(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(selectColumns + QStringLiteral(" WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return readRow(q);
}

Result<CaseTypeSetting> CaseTypeSettings::setDeadlineDays(const QString &code, int days)
{
    if (days < 1 || days > maxDeadlineDays)
        return Problem{
            tr("deadline days must be from 1 to %1, not %2").arg(maxDeadlineDays).arg(days),
            {},
            0,
            QStringLiteral("default_deadline_days")};
    return change(code, QStringLiteral("default_deadline_days"), days,
                  QStringLiteral("deadline_days"));
}

Result<CaseTypeSetting> CaseTypeSettings::setSpotCheckPermille(const QString &code,
                                                               std::optional<int> permille)
{
    if (permille && (*permille < 0 || *permille > maxSpotCheckPermille))
        return Problem{tr("the spot-check rate must be from 0 to %1 per mille, not %2")
                           .arg(maxSpotCheckPermille)
                           .arg(*permille),
                       {},
                       0,
                       QStringLiteral("spot_check_permille")};
    return change(code, QStringLiteral("spot_check_permille"),
                  permille ? QVariant(*permille) : QVariant(),
                  QStringLiteral("spot_check_permille"));
}

Result<CaseTypeSetting> CaseTypeSettings::change(const QString &code, const QString &column,
                                                 const QVariant &value, const QString &setting)
{
    Transaction tx(m_db);
    if (!tx.isActive())
        return Problem{
            tr("cannot start a transaction: %1").arg(m_db.lastError().text()), {}, 0, {}};
    QSqlQuery read(m_db);
    // column is one of two names chosen above, never input.
    read.prepare(QStringLiteral("SELECT %1 FROM case_types WHERE code = ?").arg(column));
    read.addBindValue(code);
    if (!read.exec())
        return Problem{tr("cannot read the case type: %1").arg(read.lastError().text()), {}, 0, {}};
    if (!read.next())
        return Problem{tr("unknown case type \"%1\"").arg(code), {}, 0, QStringLiteral("code")};
    const QVariant old = read.value(0);
    read.finish();
    if (old.isNull() == value.isNull() && (old.isNull() || old.toInt() == value.toInt()))
        return *find(code); // unchanged: nothing to record

    QSqlQuery update(m_db);
    update.prepare(QStringLiteral("UPDATE case_types SET %1 = ? WHERE code = ?").arg(column));
    update.addBindValue(value.isNull() ? QVariant(QMetaType::fromType<int>()) : value);
    update.addBindValue(code);
    if (!update.exec())
        return Problem{
            tr("cannot change the setting: %1").arg(update.lastError().text()), {}, 0, column};
    const QJsonObject details{{QStringLiteral("case_type"), code},
                              {QStringLiteral("setting"), setting},
                              {QStringLiteral("old"), jsonOf(old)},
                              {QStringLiteral("new"), jsonOf(value)}};
    if (auto audited =
            AuditTrail(m_db).append(m_user, AuditEventCode::SettingsChanged, {}, {}, {}, details);
        !audited)
        return audited.error();
    if (!tx.commit())
        return Problem{
            tr("cannot change the setting: %1").arg(m_db.lastError().text()), {}, 0, column};
    return *find(code);
}

} // namespace casebench
