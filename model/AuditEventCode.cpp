#include "model/AuditEventCode.h"

#include <QCoreApplication>

namespace casebench::AuditEventCode {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditEventCode", text);
}

} // namespace

QList<QString> all()
{
    return {Imported,     Proposed,      AutomationFailed, Viewed,          ReviewStarted,
            Confirmed,    Overridden,    Returned,         Reopened,        LetterProduced,
            PackImported, PackActivated, PackRetired,      SettingsChanged, UserAdded};
}

QString displayName(const QString &code)
{
    if (code == Imported)
        return tr("Imported");
    if (code == Proposed)
        return tr("Proposed by the automation");
    if (code == AutomationFailed)
        return tr("Automation failed");
    if (code == Viewed)
        return tr("Viewed");
    if (code == ReviewStarted)
        return tr("Review started");
    if (code == Confirmed)
        return tr("Confirmed");
    if (code == Overridden)
        return tr("Overridden");
    if (code == Returned)
        return tr("Returned for completion");
    if (code == Reopened)
        return tr("Reopened");
    if (code == LetterProduced)
        return tr("Letter produced");
    if (code == PackImported)
        return tr("Rule pack imported");
    if (code == PackActivated)
        return tr("Rule pack activated");
    if (code == PackRetired)
        return tr("Rule pack retired");
    if (code == SettingsChanged)
        return tr("Settings changed");
    if (code == UserAdded)
        return tr("User added");
    return code;
}

} // namespace casebench::AuditEventCode
