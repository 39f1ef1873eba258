#pragma once
// CaseTypeSettings: what administrators set per case type — the days from receipt to the
// decision deadline and the spot-check rate (per mille; none = the active rule pack's
// rate). Each change is an audit event (settings_changed) with the old and new value.

#include "model/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <optional>

namespace casebench {

struct CaseTypeSetting
{
    QString code; // "ekonomiskt-bistand"
    QString nameSv;
    QString nameEn;
    int deadlineDays = 0;
    std::optional<int> spotCheckPermille; // 0–1000; none = the rule pack's spot_check_rate
};

class CaseTypeSettings
{
public:
    static constexpr int maxDeadlineDays = 366;
    static constexpr int maxSpotCheckPermille = 1000;

    // actingUser: the login recorded on the audit events.
    CaseTypeSettings(QSqlDatabase db, QString actingUser);

    QList<CaseTypeSetting> all() const; // by code
    std::optional<CaseTypeSetting> find(const QString &code) const;

    // 1–366 days. Setting the current value again changes nothing and is not audited.
    Result<CaseTypeSetting> setDeadlineDays(const QString &code, int days);
    // 0–1000 ‰, or none to follow the pack's rate.
    Result<CaseTypeSetting> setSpotCheckPermille(const QString &code, std::optional<int> permille);

private:
    Result<CaseTypeSetting> change(const QString &code, const QString &column,
                                   const QVariant &value, const QString &setting);

    QSqlDatabase m_db;
    QString m_user;
};

} // namespace casebench
