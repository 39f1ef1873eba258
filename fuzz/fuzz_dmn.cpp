// libFuzzer target for the DMN reader and decision graph: the input is read as a DMN file;
// when it loads, every decision is evaluated with no inputs under a small budget. Any
// crash, sanitizer report or hang is a finding.

#include "automation/dmn/DecisionModel.h"
#include "automation/dmn/DmnReader.h"
#include "automation/feel/CallContext.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace casebench;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto defs = dmn::DmnReader::read(xml, QStringLiteral("fuzz.dmn"));
    if (!defs)
        return 0;
    const QList<dmn::Decision> decisions = defs->decisions;
    auto model = dmn::DecisionModel::fromDefinitions({defs.value()});
    if (!model)
        return 0;
    const dmn::InputValues noInputs;
    for (const auto &d : decisions) {
        feel::CallContext ctx(64, 100'000);
        dmn::Trace trace;
        (void)(*model)->evaluateDecision(d.name, noInputs, ctx, &trace);
    }
    return 0;
}
