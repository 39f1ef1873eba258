// ProposalJson::toLine() and the key lists it keeps per thread (each list's sorted order and
// escaped key texts, found again by the keys' data addresses): lines written with the cache
// are QJsonDocument's compact form of toJson(), for keys that need escaping and sorting,
// for different lists of the same sizes or at the same addresses, beyond the cache's bound
// and from several threads at once.

#include "automation/pipeline/ProposalJson.h"

#include <QJsonDocument>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

using Entries = QList<std::pair<QString, feel::Value>>;

feel::Value context(Entries entries)
{
    return feel::Value(feel::Context(std::move(entries)));
}

feel::Value number(qint64 n)
{
    return feel::Value::number(n);
}

// A string with a block of its own, as parsed names have (a literal has none, and the cache
// copies its text rather than keeping its address).
QString allocated(QStringView text)
{
    return text.toString();
}

// A proposal whose trace has one decision that read `inputs` and gave `result`.
Proposal traced(Entries inputs, feel::Value result)
{
    Proposal p;
    p.caseId = u"case-1"_s;
    p.caseType = u"test"_s;
    dmn::DecisionTrace d;
    d.name = u"D"_s;
    for (auto &[name, value] : inputs)
        d.inputs.append({name, value, {}});
    d.result = std::move(result);
    p.trace.decisions.append(d);
    return p;
}

QByteArray expectedLine(const Proposal &p)
{
    return QJsonDocument(ProposalJson::toJson(p, true)).toJson(QJsonDocument::Compact);
}

// toLine() against QJsonDocument; both lines in the log when they differ (test data only).
bool writesJsonDocumentLine(const Proposal &p)
{
    const QByteArray expected = expectedLine(p);
    const QByteArray line = ProposalJson::toLine(p, true);
    if (line == expected)
        return true;
    qWarning("toLine:        %s\nQJsonDocument: %s", line.constData(), expected.constData());
    return false;
}

} // namespace

class TestProposalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Keys out of order, repeated (the last one wins, as in QJsonObject) and needing escapes,
    // as literals and as allocated strings; each line written twice, so that the second
    // time the key lists come from the cache. A context nested in one with the same keys
    // asks for the list that is being written.
    void escapedAndSortedKeysAsJsonDocument()
    {
        const QStringList texts{u"z"_s,         u"\"quote\""_s, u"back\\slash"_s,
                                u"tab\there"_s, u"\u0001ctl"_s, u"ö"_s,
                                u"Z"_s,         u"a b"_s,       u"€ \U0001F600"_s,
                                u"z"_s,         QString(),      u"line\nbreak"_s};
        for (const bool useLiterals : {true, false}) {
            Entries entries;
            for (qsizetype i = 0; i < texts.size(); ++i)
                entries.append(
                    {useLiterals ? texts[i] : allocated(texts[i]), number(i)});
            const feel::Value inner = context(entries);
            Entries outerEntries = entries;
            outerEntries[0].second = inner; // "z", overwritten by the second "z"
            outerEntries[3].second = inner;
            const feel::Value outer = context(outerEntries);
            Entries inputs;
            for (qsizetype i = 0; i < texts.size(); ++i)
                inputs.append({useLiterals ? texts[i] : allocated(texts[i]), outer});
            inputs.append({u"application"_s, inner});
            const Proposal p = traced(inputs, outer);
            for (int round = 0; round < 2; ++round)
                QVERIFY(writesJsonDocumentLine(p));
            const QByteArray line = ProposalJson::toLine(p, true);
            QVERIFY(line.contains("\"\\\"quote\\\"\":"));
            QVERIFY(line.contains("\"back\\\\slash\":"));
            QVERIFY(line.contains("\"\\u0001ctl\":"));
            QVERIFY(line.contains("\"application\":\"(application)\""));
        }
    }

    // Lists whose keys have the same sizes but other texts never share an entry, whether
    // they live side by side or one is built after the other is gone.
    void sameSizesOtherTextsKeepTheirKeys()
    {
        const feel::Value first =
            context({{allocated(u"ab"), number(1)}, {allocated(u"cd"), number(2)}});
        const feel::Value second =
            context({{allocated(u"xy"), number(3)}, {allocated(u"wz"), number(4)}});
        const Proposal both = traced({{allocated(u"in"), first}, {allocated(u"on"), second}},
                                     feel::Value(QList<feel::Value>{second, first}));
        QVERIFY(writesJsonDocumentLine(both));
        QVERIFY(ProposalJson::toLine(both, true).contains("{\"wz\":\"4\",\"xy\":\"3\"}"));

        // Keys freed and built again, of the same sizes: the allocator may hand out the
        // same addresses.
        for (int i = 0; i < 64; ++i) {
            const QString a = QString::asprintf("k%03d", i);
            const QString b = QString::asprintf("j%03d", 63 - i);
            const Proposal p = traced({{a, context({{a, number(i)}, {b, number(-i)}})}},
                                      context({{b, number(i)}, {a, number(i)}}));
            QVERIFY(writesJsonDocumentLine(p));
        }
    }

    // A key that does not own its text (QString::fromRawData) keeps its address while the
    // text under it changes: the cache must see the new text, and its new order.
    void rewrittenRawKeysAreSeen()
    {
        char16_t first[] = u"bbb";
        char16_t second[] = u"ccc";
        const QString a = QString::fromRawData(reinterpret_cast<const QChar *>(first), 3);
        const QString b = QString::fromRawData(reinterpret_cast<const QChar *>(second), 3);
        const auto proposal = [&] {
            return traced({{a, context({{a, number(1)}, {b, number(2)}})}},
                          context({{a, number(1)}, {b, number(2)}}));
        };
        QVERIFY(writesJsonDocumentLine(proposal()));
        QVERIFY(ProposalJson::toLine(proposal(), true).contains("{\"bbb\":\"1\",\"ccc\":\"2\"}"));

        std::copy_n(u"ddd", 3, first); // now after the other key
        QVERIFY(writesJsonDocumentLine(proposal()));
        QVERIFY(ProposalJson::toLine(proposal(), true).contains("{\"ccc\":\"2\",\"ddd\":\"1\"}"));

        std::copy_n(u"ccc", 3, first); // now equal to the other key: one entry is left
        QVERIFY(writesJsonDocumentLine(proposal()));
        QVERIFY(ProposalJson::toLine(proposal(), true).contains("{\"ccc\":\"2\"}"));
    }

    // More distinct key lists than the cache keeps (4096): it starts over between lines and
    // the lines stay right, also those written again afterwards.
    void moreKeyListsThanTheBound()
    {
        QList<Proposal> proposals;
        int lists = 0;
        for (int line = 0; line < 12; ++line) {
            QList<feel::Value> results;
            for (int i = 0; i < 500; ++i, ++lists) {
                results.append(context({{QString::asprintf("b%d", lists), number(i)},
                                        {QString::asprintf("a%d", lists), number(line)}}));
            }
            proposals.append(traced({{allocated(u"x"), number(line)}},
                                    feel::Value(std::move(results))));
        }
        QVERIFY(lists > 4096);
        for (const Proposal &p : proposals)
            QVERIFY(writesJsonDocumentLine(p));
        QVERIFY(writesJsonDocumentLine(proposals.first()));
        QVERIFY(writesJsonDocumentLine(proposals.last()));
    }

    // ParallelProposals writes lines from several threads at once; each has its own cache.
    void linesFromSeveralThreads()
    {
        const feel::Value shared =
            context({{allocated(u"beta"), number(2)}, {allocated(u"alpha"), number(1)}});
        QList<Proposal> proposals;
        for (int i = 0; i < 8; ++i) {
            const QString own = QString::asprintf("own%d", i);
            proposals.append(traced({{own, shared}, {allocated(u"shared"), shared}},
                                    context({{own, shared}, {allocated(u"n"), number(i)}})));
        }
        QList<QByteArray> expected;
        for (const Proposal &p : proposals)
            expected.append(expectedLine(p));

        std::atomic<int> wrong = 0;
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int round = 0; round < 200; ++round) {
                    for (qsizetype i = 0; i < proposals.size(); ++i) {
                        if (ProposalJson::toLine(proposals[i], true) != expected[i])
                            ++wrong;
                    }
                }
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        QCOMPARE(wrong.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProposalJson)
#include "tst_proposaljson.moc"
