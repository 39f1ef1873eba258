#include "automation/pipeline/ProposalOutcome.h"

namespace casebench {

namespace {
constexpr std::pair<ProposalOutcome, const char *> Codes[] = {
    {ProposalOutcome::Bifall, "bifall"},
    {ProposalOutcome::DelvisBifall, "delvis_bifall"},
    {ProposalOutcome::Avslag, "avslag"},
    {ProposalOutcome::Komplettering, "komplettering"},
    {ProposalOutcome::ManuellBedomning, "manuell_bedomning"},
};
} // namespace

QString outcomeCode(ProposalOutcome outcome)
{
    for (const auto &[o, code] : Codes) {
        if (o == outcome)
            return QString::fromLatin1(code);
    }
    return {};
}

std::optional<ProposalOutcome> outcomeFromCode(QStringView code)
{
    for (const auto &[o, c] : Codes) {
        if (code == QLatin1String(c))
            return o;
    }
    return std::nullopt;
}

QStringList outcomeCodes()
{
    QStringList codes;
    for (const auto &entry : Codes)
        codes.append(QString::fromLatin1(entry.second));
    return codes;
}

} // namespace casebench
