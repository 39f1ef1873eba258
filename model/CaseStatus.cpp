#include "model/CaseStatus.h"

#include <QCoreApplication>

namespace casebench {

QString statusCode(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return QStringLiteral("received");
    case CaseStatus::Proposed:
        return QStringLiteral("proposed");
    case CaseStatus::Decided:
        return QStringLiteral("decided");
    case CaseStatus::ReturnedForCompletion:
        return QStringLiteral("returned");
    case CaseStatus::NeedsManualHandling:
        return QStringLiteral("manual");
    }
    return {};
}

std::optional<CaseStatus> statusFromCode(const QString &code)
{
    for (CaseStatus s : allStatuses()) {
        if (statusCode(s) == code)
            return s;
    }
    return std::nullopt;
}

QString statusDisplayName(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Received:
        return QCoreApplication::translate("CaseStatus", "Received");
    case CaseStatus::Proposed:
        return QCoreApplication::translate("CaseStatus", "Proposed");
    case CaseStatus::Decided:
        return QCoreApplication::translate("CaseStatus", "Decided");
    case CaseStatus::ReturnedForCompletion:
        return QCoreApplication::translate("CaseStatus", "Returned for completion");
    case CaseStatus::NeedsManualHandling:
        return QCoreApplication::translate("CaseStatus", "Needs manual handling");
    }
    return {};
}

QList<CaseStatus> allStatuses()
{
    return {CaseStatus::Received, CaseStatus::Proposed, CaseStatus::Decided,
            CaseStatus::ReturnedForCompletion, CaseStatus::NeedsManualHandling};
}

} // namespace casebench
