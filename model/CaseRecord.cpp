#include "model/CaseRecord.h"

#include <algorithm>

namespace casebench {

int CaseRecord::missingAttachmentCount() const
{
    return int(std::count_if(attachments.begin(), attachments.end(),
                             [](const Attachment &a) { return !a.present; }));
}

QDate CaseRecord::nextDeadline() const
{
    QDate earliest;
    for (const Deadline &d : deadlines) {
        if (d.dueOn.isValid() && (!earliest.isValid() || d.dueOn < earliest))
            earliest = d.dueOn;
    }
    return earliest;
}

} // namespace casebench
