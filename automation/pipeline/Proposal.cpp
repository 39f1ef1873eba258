#include "automation/pipeline/Proposal.h"

namespace casebench {

QString breakdownKindCode(BreakdownKind kind)
{
    switch (kind) {
    case BreakdownKind::Norm:
        return QStringLiteral("norm");
    case BreakdownKind::Cost:
        return QStringLiteral("cost");
    case BreakdownKind::Income:
        return QStringLiteral("income");
    }
    return {};
}

std::optional<BreakdownKind> breakdownKindFromCode(QStringView code)
{
    if (code == QLatin1String("norm"))
        return BreakdownKind::Norm;
    if (code == QLatin1String("cost"))
        return BreakdownKind::Cost;
    if (code == QLatin1String("income"))
        return BreakdownKind::Income;
    return std::nullopt;
}

} // namespace casebench
