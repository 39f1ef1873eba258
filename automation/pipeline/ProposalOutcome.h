#pragma once
// ProposalOutcome: what a proposal recommends, with the codes rule packs and the JSON
// line use ("bifall", "delvis_bifall", "avslag", "komplettering", "manuell_bedomning").

#include <QString>
#include <QStringList>
#include <QStringView>
#include <optional>

namespace casebench {

enum class ProposalOutcome {
    Bifall,           // grant in full
    DelvisBifall,     // grant in part
    Avslag,           // refuse
    Komplettering,    // ask the applicant for what is missing
    ManuellBedomning, // a person must assess the case
};

QString outcomeCode(ProposalOutcome outcome);
std::optional<ProposalOutcome> outcomeFromCode(QStringView code);
QStringList outcomeCodes();

} // namespace casebench
