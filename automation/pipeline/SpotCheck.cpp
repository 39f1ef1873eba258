#include "automation/pipeline/SpotCheck.h"

#include <QCryptographicHash>

namespace casebench {

bool SpotCheck::isDrawn(const QString &caseId, const QString &packHash, int ratePpm)
{
    if (ratePpm <= 0)
        return false;
    if (ratePpm >= 1'000'000)
        return true;
    const QByteArray digest =
        QCryptographicHash::hash((caseId + packHash).toUtf8(), QCryptographicHash::Sha256);
    quint64 n = 0;
    for (int i = 0; i < 8; ++i)
        n = (n << 8) | quint8(digest.at(i));
    return n % 1'000'000u < quint64(ratePpm);
}

} // namespace casebench
