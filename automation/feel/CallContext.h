#pragma once

#include "automation/feel/Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <cstdint>
#include <functional>
#include <optional>

namespace casebench::feel {

class Value;
class CallMemo;

// The per-evaluation companion of every FEEL call: collects diagnostics (errors are null
// values plus a message, never exceptions) and holds the budget that keeps hostile or
// mistaken rules from recursing or looping without end. One CallContext per thread.
class CallContext
{
public:
    static constexpr int defaultMaxDepth = 512;
    static constexpr std::int64_t defaultMaxSteps = 10'000'000;
    // Keeps a runaway loop from filling memory with copies of one message.
    static constexpr int maxDiagnostics = 200;

    explicit CallContext(int maxDepth = defaultMaxDepth, std::int64_t maxSteps = defaultMaxSteps);

    // offset < 0 means "where the current call is" (set by the evaluator before it calls a
    // function), so built-ins need not know positions.
    void report(const QString &message, int offset = -1);
    QList<Diagnostic> diagnostics() const { return m_diagnostics; }
    bool hasDiagnostics() const { return !m_diagnostics.isEmpty(); }
    void clearDiagnostics() { m_diagnostics.clear(); }
    // How many times report() was called, including reports dropped past maxDiagnostics:
    // a caller compares two counts to learn whether a step reported anything.
    std::int64_t reportCount() const { return m_reportCount; }

    // Depth guard: enter() returns false (and reports once) when the nesting limit is
    // reached; every successful enter() must be paired with leave().
    // Inline: the evaluator calls these for every call and iteration step.
    bool enter()
    {
        if (m_exhausted || m_depth >= m_maxDepth)
            return refuseEnter();
        ++m_depth;
        return true;
    }
    void leave()
    {
        if (m_depth > 0)
            --m_depth;
    }
    int depth() const { return m_depth; }

    // Iteration guard: counts work; returns false (and reports once) when spent.
    bool step(std::int64_t cost = 1)
    {
        if (m_exhausted)
            return false;
        m_steps += cost;
        return m_steps <= m_maxSteps || refuseStep();
    }
    // Whether `levels` nested enter()s, each with a step(), would all succeed: then a caller
    // that does that work without nesting (the evaluator reading a.b.c in place) charges
    // step(levels) and leaves the count where the nested evaluation would have left it.
    bool canNest(int levels) const
    {
        return !m_exhausted && m_depth + levels <= m_maxDepth && m_steps + levels <= m_maxSteps;
    }
    // True once either limit was hit; evaluation then unwinds returning null.
    bool exhausted() const { return m_exhausted; }
    std::int64_t stepsUsed() const { return m_steps; }

    // Text against which offsets are turned into line/column, and the offset that
    // report(msg) uses by default. The evaluator maintains both.
    QStringView source() const { return m_source; }
    void setSource(QStringView text) { m_source = text; }
    int currentOffset() const { return m_currentOffset; }
    void setCurrentOffset(int offset) { m_currentOffset = offset; }

    // Answers `instance of` (and typed parameters) for type names FEEL does not know itself,
    // i.e. a DMN model's item definitions ("tNumberList", "t_context_013"): true/false, or
    // nullopt when the name is unknown there too. Set by the DMN layer.
    using TypeCheck =
        std::function<std::optional<bool>(const QString &typeName, const Value &value)>;
    void setTypeCheck(TypeCheck check) { m_typeCheck = std::move(check); }
    const TypeCheck &typeCheck() const { return m_typeCheck; }

    // now() and today() count their calls here: a result computed while the count grew
    // depends on the time of day and must not be remembered.
    void noteClockRead() { ++m_clockReads; }
    std::int64_t clockReads() const { return m_clockReads; }

    // Where pure functions remember their results during this evaluation (see CallMemo);
    // nullptr: nothing is remembered. Not owned.
    void setMemo(CallMemo *memo) { m_memo = memo; }
    CallMemo *memo() const { return m_memo; }

private:
    // The rare ends of enter() and step(): mark the context exhausted, report, false.
    bool refuseEnter();
    bool refuseStep();

    TypeCheck m_typeCheck;
    QList<Diagnostic> m_diagnostics;
    QStringView m_source;
    CallMemo *m_memo = nullptr;
    std::int64_t m_reportCount = 0;
    std::int64_t m_clockReads = 0;
    int m_currentOffset = -1;
    int m_maxDepth;
    int m_depth = 0;
    std::int64_t m_maxSteps;
    std::int64_t m_steps = 0;
    bool m_exhausted = false;
};

// Line/column (1-based) of an offset in a text; used by parser and CallContext alike.
Diagnostic diagnosticAt(QStringView text, int offset, const QString &message);

} // namespace casebench::feel
