#pragma once
// ProposalPipeline: turns one application into a Proposal using a rule pack — the
// application as FEEL input data `application`, then the pack's stage decisions in order
// (completeness, triage, amount, proposal), each later stage also given the earlier
// stages' results as input data `completeness`, `triage` and `amount`; then the spot
// check. Every stage result must have the shape docs/rule-packs.md defines; a result
// that does not is a Problem naming the stage, decision and field — never a guess.
// No case-type logic lives here. Stateless; call from any thread.

#include "automation/feel/CallMemo.h"
#include "automation/pipeline/Proposal.h"
#include "automation/rulepack/RulePack.h"
#include "model/JsonTree.h"
#include "model/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace casebench {

class ProposalPipeline
{
public:
    struct Options
    {
        bool trace = true; // record the DMN trace in Proposal::trace
    };

    // `source` names the application in problems (a file path or the case id). `memo`
    // remembers the pack's lookup-table (BKM) results from one case to the next: a caller
    // that runs many cases keeps one per thread; nullptr remembers within the case only.
    static Result<Proposal, Problems> run(const RulePack &pack,
                                          const JsonTree::Value &application,
                                          const QString &source, const Options &options,
                                          feel::CallMemo *memo = nullptr);
    static Result<Proposal, Problems> run(const RulePack &pack, const QJsonObject &application,
                                          const QString &source, const Options &options,
                                          feel::CallMemo *memo = nullptr);
    static Result<Proposal, Problems> run(const RulePack &pack, const QByteArray &applicationJson,
                                          const QString &source, const Options &options,
                                          feel::CallMemo *memo = nullptr);
};

} // namespace casebench
