#include "app/AuditCommand.h"

#include "app/ActingUser.h"
#include "app/CacheOpener.h"
#include "model/AuditTrail.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <spdlog/spdlog.h>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("AuditCommand", text);
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

int verify(const AuditTrail &audit, QTextStream &out, QTextStream &err)
{
    const AuditTrail::Verification v = audit.verify();
    // Counts only in the log: events name cases.
    spdlog::info("audit verify: {} events checked, {}", v.checked, v.ok() ? "intact" : "broken");
    if (v.ok()) {
        out << QCoreApplication::translate("AuditCommand", "%n event(s) checked: chain intact",
                                           nullptr, int(v.checked))
            << Qt::endl;
        return ExitOk;
    }
    out << QCoreApplication::translate("AuditCommand", "%n event(s) checked before the break",
                                       nullptr, int(v.checked))
        << Qt::endl;
    err << tr("The audit chain is broken at event %1: %2").arg(*v.firstBrokenSeq).arg(v.reason)
        << Qt::endl;
    return ExitFailure;
}

void show(const QList<AuditEvent> &events, QTextStream &out)
{
    for (const AuditEvent &e : events) {
        const QString pack =
            e.packId.isEmpty() ? QStringLiteral("-") : e.packId + QLatin1Char('@') + e.packVersion;
        out << e.seq << u' ' << e.occurredAt.toUTC().toString(Qt::ISODateWithMs) << u' '
            << e.userLogin << u' ' << e.event << u' ' << orDash(e.caseId) << u' ' << pack << u' '
            << QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)) << u'\n';
    }
    out.flush();
}

} // namespace

int runAuditCommand(const CommandLineOptions &options, QTextStream &out, QTextStream &err)
{
    OpenedCache opened = openCache(options, CacheDatabase::OpenMode::OpenExisting, err);
    if (!opened.cache)
        return opened.exitCode;
    QSqlDatabase db = opened.cache->database();
    if (!resolveActingUser(options, db, false, err))
        return ExitFailure;
    const AuditTrail audit(db);
    const QString verb = options.arguments.value(0);
    if (verb == QLatin1String("verify"))
        return verify(audit, out, err);
    if (verb == QLatin1String("show")) {
        show(options.arguments.size() > 1 ? audit.forCase(options.arguments.at(1)) : audit.all(),
             out);
        return ExitOk;
    }
    err << tr("audit needs verify or show") << Qt::endl;
    return ExitFailure;
}

} // namespace casebench
