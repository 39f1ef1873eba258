// ParallelProposals: outcomes come back in input order and equal ProposalPipeline::run's
// (proposals and problems alike) whatever the number of workers, though cheap failures
// finish before the expensive cases queued ahead of them; cancel from the source or the
// sink stops at once with a prefix delivered; an exception from the caller's callbacks
// passes on with the workers stopped; an empty stream delivers nothing.

#include "automation/pipeline/ParallelProposals.h"
#include "automation/pipeline/ProposalJson.h"
#include "automation/rulepack/RulePackLoader.h"

#include <QFile>
#include <QTest>
#include <QThread>
#include <stdexcept>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString EbPack =
    QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks/ekonomiskt-bistand");

using Application = ParallelProposals::Application;

// What a test compares of an outcome: the proposal's JSON line, or the problems.
QByteArray describe(const ParallelProposals::Outcome &outcome)
{
    if (outcome.ok())
        return ProposalJson::toLine(outcome.value(), false);
    QStringList lines;
    for (const Problem &p : outcome.error())
        lines << p.toString();
    return "error: " + lines.join(u'\n').toUtf8();
}

} // namespace

class TestParallelProposals : public QObject
{
    Q_OBJECT

private:
    std::shared_ptr<const RulePack> m_pack;
    QList<Application> m_inputs; // the pack's examples and broken applications, mixed

    QList<std::pair<QString, QByteArray>> runAll(int workers) const
    {
        QList<std::pair<QString, QByteArray>> delivered;
        qsizetype next = 0;
        const bool finished =
            ParallelProposals(m_pack, {.trace = false}, workers)
                .run(
                    [&]() -> std::optional<Application> {
                        if (next == m_inputs.size())
                            return std::nullopt;
                        return m_inputs.at(next++);
                    },
                    [&](const Application &application, ParallelProposals::Outcome &&outcome) {
                        delivered.append({application.caseId, describe(outcome)});
                    });
        return finished ? delivered : QList<std::pair<QString, QByteArray>>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto pack = RulePackLoader::loadFolder(EbPack);
        QVERIFY(pack.ok());
        m_pack = pack.value();
        QVERIFY(m_pack->examples().size() >= 10);
        // Each example several times, every third entry an application that fails at once
        // (not JSON, or of another case type): those finish long before the cases queued
        // ahead of them, so handing outcomes over as they finish would show.
        for (int round = 0; round < 6; ++round) {
            for (const RulePackExample &example : m_pack->examples()) {
                QFile file(example.applicationFile);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QString id = u"R%1-%2"_s.arg(round).arg(m_inputs.size());
                m_inputs.append({id, file.readAll()});
                if (m_inputs.size() % 3 == 0)
                    m_inputs.append({id + u"-broken"_s,
                                     m_inputs.size() % 2 ? QByteArray("{\"case_id\": ")
                                                         : QByteArray("{\"case_type\": \"x\"}")});
            }
        }
    }

    void workerCount()
    {
        QCOMPARE(ParallelProposals(m_pack, {.trace = false}, 3).workers(), 3);
        const int perCore = std::max(1, QThread::idealThreadCount());
        QCOMPARE(ParallelProposals(m_pack, {.trace = false}, 0).workers(), perCore);
        QCOMPARE(ParallelProposals(m_pack, {.trace = false}, -2).workers(), perCore);
    }

    void outcomesInInputOrderAsTheyWouldBeOneByOne_data()
    {
        QTest::addColumn<int>("workers");
        QTest::newRow("1") << 1;
        QTest::newRow("2") << 2;
        QTest::newRow("5") << 5;
    }

    void outcomesInInputOrderAsTheyWouldBeOneByOne()
    {
        QFETCH(int, workers);
        QList<std::pair<QString, QByteArray>> expected;
        int failures = 0;
        for (const Application &a : std::as_const(m_inputs)) {
            const auto outcome = ProposalPipeline::run(*m_pack, a.json, a.caseId, {.trace = false});
            failures += outcome.ok() ? 0 : 1;
            expected.append({a.caseId, describe(outcome)});
        }
        QVERIFY(failures > 10);
        QVERIFY(failures < m_inputs.size() / 2);
        const auto delivered = runAll(workers);
        QCOMPARE(delivered.size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(delivered.at(i).first, expected.at(i).first);
            QCOMPARE(delivered.at(i).second, expected.at(i).second);
        }
    }

    // A failing application's problems name it by the id it was handed in with.
    void problemsNameTheApplication()
    {
        const QList<Application> broken{{u"first"_s, "not json"},
                                        {u"second"_s, "{\"case_type\": \"boendeparkering\"}"}};
        qsizetype next = 0;
        QStringList files;
        QVERIFY(ParallelProposals(m_pack, {.trace = false}, 2)
                    .run(
                        [&]() -> std::optional<Application> {
                            return next < broken.size() ? std::optional(broken.at(next++))
                                                        : std::nullopt;
                        },
                        [&](const Application &, ParallelProposals::Outcome &&outcome) {
                            QVERIFY(!outcome.ok());
                            files << outcome.error().first().file;
                        }));
        QCOMPARE(files, (QStringList{u"first"_s, u"second"_s}));
    }

    void emptySourceDeliversNothing()
    {
        int calls = 0;
        QVERIFY(ParallelProposals(m_pack).run(
            []() -> std::optional<Application> { return {}; },
            [&](const Application &, ParallelProposals::Outcome &&) { ++calls; }));
        QCOMPARE(calls, 0);
    }

    // Cancelled from the sink after 7 outcomes: run() returns false having delivered
    // exactly those 7 (the flag is looked at before each delivery), and reads no further
    // than its look-ahead.
    void cancelFromTheSinkStopsAtOnce()
    {
        std::atomic_bool cancel{false};
        qsizetype read = 0;
        QStringList delivered;
        ParallelProposals parallel(m_pack, {.trace = false}, 2);
        const bool finished = parallel.run(
            [&]() -> std::optional<Application> {
                return read < m_inputs.size() ? std::optional(m_inputs.at(read++)) : std::nullopt;
            },
            [&](const Application &application, ParallelProposals::Outcome &&) {
                delivered << application.caseId;
                if (delivered.size() == 7)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!finished);
        QCOMPARE(delivered.size(), 7);
        for (qsizetype i = 0; i < delivered.size(); ++i)
            QCOMPARE(delivered.at(i), m_inputs.at(i).caseId);
        QVERIFY(read < m_inputs.size());
        QVERIFY(read <= 7 + 16 * parallel.workers());

        // The same object runs again, to the end.
        cancel = false;
        read = 0;
        delivered.clear();
        QVERIFY(parallel.run(
            [&]() -> std::optional<Application> {
                return read < m_inputs.size() ? std::optional(m_inputs.at(read++)) : std::nullopt;
            },
            [&](const Application &application, ParallelProposals::Outcome &&) {
                delivered << application.caseId;
            },
            &cancel));
        QCOMPARE(delivered.size(), m_inputs.size());
    }

    // Cancelled while reading: the source is not called again and nothing more is delivered.
    void cancelFromTheSourceStopsReading()
    {
        std::atomic_bool cancel{false};
        qsizetype read = 0;
        int delivered = 0;
        const bool finished =
            ParallelProposals(m_pack, {.trace = false}, 2)
                .run(
                    [&]() -> std::optional<Application> {
                        if (read == 5)
                            cancel = true;
                        return m_inputs.at(read++);
                    },
                    [&](const Application &, ParallelProposals::Outcome &&) { ++delivered; },
                    &cancel);
        QVERIFY(!finished);
        QCOMPARE(read, qsizetype(6));
        QCOMPARE(delivered, 0);
    }

    // Set before the run: nothing is read.
    void cancelledBeforeReadsNothing()
    {
        std::atomic_bool cancel{true};
        int read = 0;
        QVERIFY(!ParallelProposals(m_pack).run(
            [&]() -> std::optional<Application> {
                ++read;
                return std::nullopt;
            },
            [](const Application &, ParallelProposals::Outcome &&) {}, &cancel));
        QCOMPARE(read, 0);
    }

    // An exception from the caller's side stops the workers and reaches the caller.
    void exceptionFromTheSinkPassesOn()
    {
        qsizetype read = 0;
        int delivered = 0;
        QVERIFY_THROWS_EXCEPTION(std::runtime_error,
                                 ParallelProposals(m_pack, {.trace = false}, 3)
                                     .run(
                                         [&]() -> std::optional<Application> {
                                             return read < m_inputs.size()
                                                        ? std::optional(m_inputs.at(read++))
                                                        : std::nullopt;
                                         },
                                         [&](const Application &, ParallelProposals::Outcome &&) {
                                             if (++delivered == 4)
                                                 throw std::runtime_error("sink gave up");
                                         }));
        QCOMPARE(delivered, 4);
    }
};

QTEST_GUILESS_MAIN(TestParallelProposals)
#include "tst_parallelproposals.moc"
