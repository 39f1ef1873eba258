#pragma once
// AuditEventCode: the stable codes of audit events as stored in audit_events.event, and
// their translated names for the case history and the audit views.

#include <QLatin1String>
#include <QList>
#include <QString>

namespace casebench::AuditEventCode {

inline constexpr QLatin1String Imported{"imported"};
inline constexpr QLatin1String Proposed{"proposed"};
inline constexpr QLatin1String AutomationFailed{"automation_failed"};
inline constexpr QLatin1String Viewed{"viewed"};
inline constexpr QLatin1String ReviewStarted{"review_started"};
inline constexpr QLatin1String Confirmed{"confirmed"};
inline constexpr QLatin1String Overridden{"overridden"};
inline constexpr QLatin1String Returned{"returned"};
inline constexpr QLatin1String Reopened{"reopened"};
inline constexpr QLatin1String LetterProduced{"letter_produced"};
inline constexpr QLatin1String PackImported{"pack_imported"};
inline constexpr QLatin1String PackActivated{"pack_activated"};
inline constexpr QLatin1String PackRetired{"pack_retired"};
inline constexpr QLatin1String SettingsChanged{"settings_changed"};
inline constexpr QLatin1String UserAdded{"user_added"};

QList<QString> all();
// Translated name ("Confirmed", "Viewed" …); an unknown code is returned as it is.
QString displayName(const QString &code);

} // namespace casebench::AuditEventCode
