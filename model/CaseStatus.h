#pragma once
// CaseStatus: where a case stands in its life: received → proposed → decided, or
// returned to the applicant for completion; a case the automation could not evaluate
// (no pack for its date, evaluation failed) needs manual handling — never a silent skip.

#include <QList>
#include <QString>
#include <optional>

namespace casebench {

enum class CaseStatus {
    Received,
    Proposed,
    Decided,
    ReturnedForCompletion,
    NeedsManualHandling,
};

// The stable code stored in the cache and used on the command line ("received" …).
QString statusCode(CaseStatus status);
std::optional<CaseStatus> statusFromCode(const QString &code);
// Translated name for people ("Inkommen", "Förslag" …).
QString statusDisplayName(CaseStatus status);
QList<CaseStatus> allStatuses();

} // namespace casebench
