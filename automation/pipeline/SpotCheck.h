#pragma once
// SpotCheck: the deterministic random sample (stickprov) of automatically prepared
// proposals: a case is drawn when SHA-256(case id + pack hash), read as a number, falls
// below the pack's rate — the same case and pack always give the same answer, and anyone
// can recompute it.

#include <QString>

namespace casebench {

class SpotCheck
{
public:
    // rate in parts per million (0 … 1 000 000). The first eight bytes of
    // SHA-256(UTF-8 of caseId + packHash) as a big-endian unsigned number, modulo 1 000 000,
    // compared with the rate (the modulo bias is below 10⁻¹²).
    static bool isDrawn(const QString &caseId, const QString &packHash, int ratePpm);
};

} // namespace casebench
