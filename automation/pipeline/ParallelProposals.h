#pragma once
// ParallelProposals: runs ProposalPipeline over a stream of applications in worker
// threads and hands each outcome back on the calling thread in the order the
// applications came in — so a caller that reads rows from its own database connection
// and writes a report (or stores proposals) sees exactly what a loop calling
// ProposalPipeline::run would see, only sooner. The workers share the pack read-only
// (RulePack and its DecisionModel are immutable; each evaluation has its own
// CallContext).
//
//   ParallelProposals proposals(pack, {.trace = false});
//   proposals.run(
//       [&]() -> std::optional<ParallelProposals::Application> {
//           if (!query.next())
//               return std::nullopt;
//           return ParallelProposals::Application{caseId, payload};
//       },
//       [&](const ParallelProposals::Application &application,
//           ParallelProposals::Outcome &&outcome) { /* in input order */ },
//       &cancel);

#include "automation/pipeline/ProposalPipeline.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace casebench {

class ParallelProposals
{
public:
    struct Application
    {
        QString caseId;  // names the application in problems (the pipeline's `source`)
        QByteArray json; // the application as stored: a JSON object, parsed by the worker
    };
    using Outcome = Result<Proposal, Problems>;
    // The next application, called on the calling thread; std::nullopt when there are no more.
    using Source = std::function<std::optional<Application>()>;
    // One application's outcome, called on the calling thread in the source's order.
    using Sink = std::function<void(const Application &application, Outcome &&outcome)>;

    // workers: how many threads evaluate; 0 = QThread::idealThreadCount(); at least 1.
    explicit ParallelProposals(std::shared_ptr<const RulePack> pack,
                               ProposalPipeline::Options options = {.trace = false},
                               int workers = 0);

    int workers() const { return m_workers; }

    // Evaluates what `next` gives until it returns std::nullopt and hands every outcome to
    // `deliver`; true then. Returns false as soon as it sees *cancel set (checked before
    // each application is read and each outcome delivered): outcomes not yet delivered are
    // dropped, and it waits only for the evaluations already under way. `next` and
    // `deliver` are never called at the same time and never after run() returns. An
    // exception thrown by an evaluation is rethrown here, in its turn, once the workers
    // have stopped; one thrown by `next` or `deliver` stops the workers and passes on.
    // Workers are started and joined within the call; run() may be called again.
    bool run(const Source &next, const Sink &deliver,
             const std::atomic_bool *cancel = nullptr) const;

private:
    std::shared_ptr<const RulePack> m_pack;
    ProposalPipeline::Options m_options;
    int m_workers;
};

} // namespace casebench
