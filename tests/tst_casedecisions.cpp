// CaseDecisions: confirm, override (justification ≥ 20 characters after trimming, must
// differ from the proposal), return for completion and reopen each leave exactly the right
// rows — decision, case status, audit event — in one transaction; every refusal leaves the
// store unchanged; a decided case is read-only until reopened; the chain still verifies.

#include "automation/pipeline/InboxAutomation.h"
#include "automation/pipeline/ProposeCommand.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/CacheDatabase.h"
#include "model/CaseDecisions.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/ProposalRepository.h"
#include "model/UserRepository.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

namespace {

const QString ShippedPacks = QStringLiteral(CASEBENCH_SOURCE_DIR "/resources/rulepacks");
const QDate Today(2026, 3, 1);
const QString Twenty = u"Hyresavin visar mer."_s; // 20 characters

// Everything a decision may touch, to compare before and after a refusal.
struct StoreState
{
    int decisions = 0;
    int auditEvents = 0;
    QString status;
    QVariant reviewer;
    QString reopened; // reopened_at of every decision, joined
    bool operator==(const StoreState &) const = default;
};

int scalar(QSqlDatabase db, const QString &sql, const QString &bind = {})
{
    QSqlQuery q(db);
    q.prepare(sql);
    if (!bind.isNull())
        q.addBindValue(bind);
    return q.exec() && q.next() ? q.value(0).toInt() : -1;
}

StoreState state(QSqlDatabase db, const QString &caseId)
{
    StoreState s;
    s.decisions = scalar(db, u"SELECT COUNT(*) FROM decisions"_s);
    s.auditEvents = scalar(db, u"SELECT COUNT(*) FROM audit_events"_s);
    QSqlQuery q(db);
    q.prepare(u"SELECT status, reviewer FROM cases WHERE case_id = ?"_s);
    q.addBindValue(caseId);
    if (q.exec() && q.next()) {
        s.status = q.value(0).toString();
        s.reviewer = q.value(1);
    }
    QSqlQuery r(db);
    if (r.exec(u"SELECT COALESCE(reopened_at, '-') FROM decisions ORDER BY id"_s)) {
        while (r.next())
            s.reopened += r.value(0).toString() + u';';
    }
    return s;
}

} // namespace

class TestCaseDecisions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    RulePackRegistry m_registry;
    std::unique_ptr<CacheDatabase> m_cache;
    QSqlDatabase m_db;
    User m_hand1;
    User m_hand2;
    QStringList m_unused;     // proposed cases with a decidable outcome and an amount, not yet used
    QString m_completionCase; // proposed "komplettering"
    QString m_manualCase;     // needs manual handling (no proposal)
    QString m_receivedCase;

    QString takeCase() { return m_unused.isEmpty() ? QString() : m_unused.takeFirst(); }

    StoredProposal proposalOf(const QString &caseId)
    {
        return ProposalRepository(m_db).find(caseId).value_or(StoredProposal{});
    }

    QString otherOutcome(const QString &outcome)
    {
        return outcome == u"avslag"_s ? u"bifall"_s : u"avslag"_s;
    }

    AuditEvent lastEvent()
    {
        const QList<AuditEvent> events = AuditTrail(m_db).all();
        return events.isEmpty() ? AuditEvent{} : events.last();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("USER", "tester");
        const Problems problems = ProposeCommand::installPacks({ShippedPacks}, m_registry);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
        auto cache = CacheDatabase::open(m_dir.filePath(u"decisions.cache"_s), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        QVERIFY(cache.ok());
        m_cache = std::move(cache.value());
        m_db = m_cache->database();
        QVERIFY(DemoCaseGenerator(11).fill(m_db, 200, Today).ok());
        QVERIFY(DemoCaseGenerator::addDemoUsers(m_db, u"tester"_s).ok());
        m_hand1 = UserRepository(m_db).find(u"hand1"_s).value();
        m_hand2 = UserRepository(m_db).find(u"hand2"_s).value();
        auto summary = InboxAutomation(m_db, m_registry).run();
        QVERIFY(summary.ok());
        CaseRepository cases(m_db);
        for (const QString &id : cases.caseIdsWithStatus(CaseStatus::Proposed)) {
            const StoredProposal p = proposalOf(id);
            if (CaseDecisions::decisionOutcomes().contains(p.outcome) && p.amountKronor &&
                *p.amountKronor > 0)
                m_unused << id;
            else if (p.outcome == u"komplettering"_s && m_completionCase.isEmpty())
                m_completionCase = id;
        }
        QVERIFY2(m_unused.size() >= 10, qPrintable(QString::number(m_unused.size())));
        QVERIFY(!m_completionCase.isEmpty());
        m_manualCase = cases.caseIdsWithStatus(CaseStatus::NeedsManualHandling).value(0);
        QVERIFY(!m_manualCase.isEmpty());
        // One case that has not been through the automation.
        QVERIFY(DemoCaseGenerator(13, 5000).fill(m_db, 20, Today).ok());
        m_receivedCase = cases.caseIdsWithStatus(CaseStatus::Received).value(0);
        QVERIFY(!m_receivedCase.isEmpty());
    }

    void cleanup()
    {
        // Whatever a test did, the chain holds.
        const AuditTrail::Verification v = AuditTrail(m_db).verify();
        QVERIFY2(v.ok(), qPrintable(v.reason));
    }

    void confirmRecordsTheProposal()
    {
        const QString caseId = takeCase();
        const StoredProposal p = proposalOf(caseId);
        const StoreState before = state(m_db, caseId);
        auto decided = CaseDecisions(m_db, m_hand1).confirm(caseId);
        QVERIFY2(decided.ok(), qPrintable(decided.ok() ? QString() : decided.error().message));
        const DecisionRecord &d = decided.value();
        QCOMPARE(d.kind, DecisionKind::Confirmed);
        QCOMPARE(d.outcome, p.outcome);
        QCOMPARE(d.amountKronor, p.amountKronor);
        QCOMPARE(d.proposedOutcome, p.outcome);
        QCOMPARE(d.proposedAmountKronor, p.amountKronor);
        QCOMPARE(d.decidedBy, u"hand1"_s);
        QCOMPARE(d.packId, p.packId);
        QCOMPARE(d.packHash, p.packHash);
        QVERIFY2(d.period.contains(u'/'), qPrintable(d.period));

        const StoreState after = state(m_db, caseId);
        QCOMPARE(after.decisions, before.decisions + 1);
        QCOMPARE(after.auditEvents, before.auditEvents + 1);
        QCOMPARE(after.status, u"decided"_s);
        QCOMPARE(scalar(m_db,
                        u"SELECT decided_by FROM decisions d JOIN cases c ON c.id = d.case_ref"
                        u" WHERE c.case_id = ?"_s,
                        caseId),
                 int(m_hand1.id));
        const AuditEvent e = lastEvent();
        QCOMPARE(e.event, QString(AuditEventCode::Confirmed));
        QCOMPARE(e.caseId, caseId);
        QCOMPARE(e.userLogin, u"hand1"_s);
        QCOMPARE(e.packId, p.packId);
        QCOMPARE(e.packVersion, p.packVersion);
        QCOMPARE(e.details.value(u"decision_id"_s).toInteger(), d.id);

        const auto current = CaseDecisions(m_db, m_hand2).current(caseId);
        QVERIFY(current.has_value());
        QCOMPARE(current->id, d.id);
        QCOMPARE(current->decidedBy, u"hand1"_s);
        QCOMPARE(current->amountKronor, p.amountKronor);
    }

    void decidedCaseIsReadOnly()
    {
        const QString caseId = takeCase();
        const StoredProposal p = proposalOf(caseId);
        CaseDecisions desk(m_db, m_hand1);
        QVERIFY(desk.confirm(caseId).ok());
        const StoreState before = state(m_db, caseId);
        const auto again = desk.confirm(caseId);
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(u"read-only"_s), qPrintable(again.error().message));
        QVERIFY(!desk.override(caseId, otherOutcome(p.outcome), 0, Twenty + u"mer"_s).ok());
        QVERIFY(!desk.returnForCompletion(caseId, {u"hyresavi"_s}, {}).ok());
        QCOMPARE(state(m_db, caseId), before);
    }

    void overrideNeedsAJustification_data()
    {
        QTest::addColumn<QString>("justification");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("none") << QString() << false;
        QTest::newRow("blank") << u"                         "_s << false;
        QTest::newRow("19 characters") << Twenty.left(19) << false;
        QTest::newRow("19 characters padded") << u"   "_s + Twenty.left(19) + u"    "_s << false;
        QTest::newRow("20 characters") << Twenty << true;
        QTest::newRow("20 characters padded") << u"  "_s + Twenty + u"\n"_s << true;
    }

    void overrideNeedsAJustification()
    {
        QFETCH(QString, justification);
        QFETCH(bool, accepted);
        QCOMPARE(int(Twenty.size()), CaseDecisions::minimumJustificationLength);
        const QString caseId = takeCase();
        const StoredProposal p = proposalOf(caseId);
        const qint64 amount = *p.amountKronor + 500;
        const QString outcome = p.outcome == u"avslag"_s ? u"delvis_bifall"_s : p.outcome;
        const StoreState before = state(m_db, caseId);
        auto result = CaseDecisions(m_db, m_hand2).override(caseId, outcome, amount, justification);
        if (!accepted) {
            QVERIFY(!result.ok());
            QCOMPARE(result.error().field, u"justification"_s);
            QVERIFY(result.error().message.contains(u"justification"_s));
            QCOMPARE(state(m_db, caseId), before);
            m_unused << caseId; // untouched: usable again
            return;
        }
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        const DecisionRecord &d = result.value();
        QCOMPARE(d.kind, DecisionKind::Overridden);
        QCOMPARE(d.outcome, outcome);
        QCOMPARE(d.amountKronor.value_or(-1), amount);
        QCOMPARE(d.proposedAmountKronor, p.amountKronor);
        QCOMPARE(d.justification, Twenty);
        const StoreState after = state(m_db, caseId);
        QCOMPARE(after.decisions, before.decisions + 1);
        QCOMPARE(after.auditEvents, before.auditEvents + 1);
        QCOMPARE(after.status, u"decided"_s);
        const AuditEvent e = lastEvent();
        QCOMPARE(e.event, QString(AuditEventCode::Overridden));
        QCOMPARE(e.userLogin, u"hand2"_s);
        QCOMPARE(e.details.value(u"justification"_s).toString(), Twenty);
        QCOMPARE(e.details.value(u"amount_kronor"_s).toInteger(), amount);
        QCOMPARE(e.details.value(u"proposed_amount_kronor"_s).toInteger(), *p.amountKronor);
        const auto stored = CaseDecisions(m_db, m_hand1).current(caseId);
        QCOMPARE(stored->justification, Twenty);
        QCOMPARE(stored->kind, DecisionKind::Overridden);
    }

    void overrideMustDifferFromTheProposal()
    {
        const QString caseId = takeCase();
        const StoredProposal p = proposalOf(caseId);
        const StoreState before = state(m_db, caseId);
        CaseDecisions desk(m_db, m_hand1);
        auto same = desk.override(caseId, p.outcome, p.amountKronor, Twenty);
        QVERIFY(!same.ok());
        QCOMPARE(same.error().field, u"outcome"_s);
        auto unknown = desk.override(caseId, u"kanske"_s, p.amountKronor, Twenty);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().field, u"outcome"_s);
        auto negative = desk.override(caseId, p.outcome, -1, Twenty);
        QVERIFY(!negative.ok());
        QCOMPARE(negative.error().field, u"amount"_s);
        auto refusalPays = desk.override(caseId, u"avslag"_s, 100, Twenty);
        QVERIFY(!refusalPays.ok());
        QCOMPARE(refusalPays.error().field, u"amount"_s);
        QCOMPARE(state(m_db, caseId), before);
        // Only the outcome changed is a difference too.
        auto outcomeOnly = desk.override(
            caseId, otherOutcome(p.outcome),
            otherOutcome(p.outcome) == u"avslag"_s ? std::optional<qint64>() : p.amountKronor,
            Twenty);
        QVERIFY2(outcomeOnly.ok(),
                 qPrintable(outcomeOnly.ok() ? QString() : outcomeOnly.error().message));
    }

    void diffSummary()
    {
        StoredProposal p;
        p.outcome = u"bifall"_s;
        p.amountKronor = 5400;
        const OverrideDiff d = CaseDecisions::diff(p, u"avslag"_s, 4900);
        QVERIFY(d.outcomeChanged);
        QVERIFY(d.amountChanged);
        QCOMPARE(d.amountDifference.value_or(0), -500);
        QCOMPARE(d.summary(), u"Outcome bifall → avslag; amount 5\u00a0400 → 4\u00a0900\u00a0kr "
                              u"(\u2212500\u00a0kr)"_s);
        const OverrideDiff up = CaseDecisions::diff(p, u"bifall"_s, 12400);
        QVERIFY(!up.outcomeChanged);
        QCOMPARE(up.summary(), u"Amount 5\u00a0400 → 12\u00a0400\u00a0kr (+7\u00a0000\u00a0kr)"_s);
        const OverrideDiff none = CaseDecisions::diff(p, u"bifall"_s, 5400);
        QVERIFY(!none.changesAnything());
        const OverrideDiff noAmount = CaseDecisions::diff(p, u"avslag"_s, std::nullopt);
        QVERIFY(noAmount.amountChanged);
        QVERIFY(!noAmount.amountDifference);
        QCOMPARE(noAmount.summary(), u"Outcome bifall → avslag; amount 5\u00a0400 → none"_s);
    }

    void returnForCompletion()
    {
        const QString caseId = m_completionCase;
        CaseDecisions desk(m_db, m_hand1);
        const StoreState before = state(m_db, caseId);
        // A komplettering proposal is not confirmed as a decision.
        auto confirmed = desk.confirm(caseId);
        QVERIFY(!confirmed.ok());
        QCOMPARE(confirmed.error().field, u"outcome"_s);
        auto nothingMissing = desk.returnForCompletion(caseId, {u"  "_s}, u"note"_s);
        QVERIFY(!nothingMissing.ok());
        QCOMPARE(nothingMissing.error().field, u"missing"_s);
        QCOMPARE(state(m_db, caseId), before);

        auto returned = desk.returnForCompletion(
            caseId, {u"attachments.hyresavi"_s, u" attachments.lonespecifikation "_s},
            u"Skicka in senast den 15 mars"_s);
        QVERIFY2(returned.ok(), qPrintable(returned.ok() ? QString() : returned.error().message));
        QCOMPARE(returned.value().kind, DecisionKind::Returned);
        QCOMPARE(returned.value().outcome, u"komplettering"_s);
        const StoreState after = state(m_db, caseId);
        QCOMPARE(after.decisions, before.decisions + 1);
        QCOMPARE(after.auditEvents, before.auditEvents + 1);
        QCOMPARE(after.status, u"returned"_s);
        const AuditEvent e = lastEvent();
        QCOMPARE(e.event, QString(AuditEventCode::Returned));
        QCOMPARE(e.details.value(u"missing"_s).toArray().size(), 2);
        const auto current = desk.current(caseId);
        QCOMPARE(current->missing,
                 (QStringList{u"attachments.hyresavi"_s, u"attachments.lonespecifikation"_s}));
        QCOMPARE(current->justification, u"Skicka in senast den 15 mars"_s);
        // Returned is read-only as well.
        QVERIFY(!desk.returnForCompletion(caseId, {u"x"_s}, {}).ok());
        QCOMPARE(state(m_db, caseId), after);
    }

    void reopenIsExplicitAndAudited()
    {
        const QString caseId = takeCase();
        const StoredProposal p = proposalOf(caseId);
        CaseDecisions desk(m_db, m_hand1);
        StoreState before = state(m_db, caseId);
        auto notDecided = desk.reopen(caseId, u"fel"_s);
        QVERIFY(!notDecided.ok());
        QCOMPARE(state(m_db, caseId), before);

        const auto first = desk.confirm(caseId);
        QVERIFY(first.ok());
        before = state(m_db, caseId);
        auto noReason = CaseDecisions(m_db, m_hand2).reopen(caseId, u"   "_s);
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().field, u"reason"_s);
        QCOMPARE(state(m_db, caseId), before);

        QVERIFY(CaseDecisions(m_db, m_hand2).reopen(caseId, u" Ny inkomstuppgift "_s).ok());
        const StoreState after = state(m_db, caseId);
        QCOMPARE(after.status, u"proposed"_s);
        QCOMPARE(after.decisions, before.decisions); // the decision is stamped, not deleted
        QCOMPARE(after.auditEvents, before.auditEvents + 1);
        QVERIFY(!desk.current(caseId).has_value());
        const QList<DecisionRecord> history = desk.history(caseId);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().reopenedBy, u"hand2"_s);
        QCOMPARE(history.first().reopenReason, u"Ny inkomstuppgift"_s);
        QVERIFY(history.first().reopenedAt.isValid());
        const AuditEvent e = lastEvent();
        QCOMPARE(e.event, QString(AuditEventCode::Reopened));
        QCOMPARE(e.userLogin, u"hand2"_s);
        QCOMPARE(e.details.value(u"reason"_s).toString(), u"Ny inkomstuppgift"_s);
        QCOMPARE(e.details.value(u"decision_id"_s).toInteger(), first.value().id);

        // Reopened, it can be decided again; the history keeps both.
        auto second = desk.override(caseId, otherOutcome(p.outcome),
                                    otherOutcome(p.outcome) == u"avslag"_s ? std::optional<qint64>()
                                                                           : p.amountKronor,
                                    Twenty);
        QVERIFY(second.ok());
        QCOMPARE(desk.history(caseId).size(), 2);
        QCOMPARE(desk.current(caseId)->id, second.value().id);
        QCOMPARE(state(m_db, caseId).status, u"decided"_s);
        const QList<AuditEvent> events = AuditTrail(m_db).forCase(caseId);
        QStringList codes;
        for (const AuditEvent &event : events)
            codes << event.event;
        QCOMPARE(codes,
                 (QStringList{u"proposed"_s, u"confirmed"_s, u"reopened"_s, u"overridden"_s}));
    }

    void markViewedStartsTheReviewOnce()
    {
        const QString caseId = takeCase();
        const StoreState before = state(m_db, caseId);
        QVERIFY(before.reviewer.isNull());
        QVERIFY(CaseDecisions(m_db, m_hand1).markViewed(caseId).ok());
        StoreState after = state(m_db, caseId);
        QCOMPARE(after.reviewer.toLongLong(), m_hand1.id);
        QCOMPARE(after.auditEvents, before.auditEvents + 2);
        QCOMPARE(after.status, u"proposed"_s);
        QVERIFY(
            scalar(
                m_db,
                u"SELECT COUNT(*) FROM cases WHERE case_id = ? AND review_started_at IS NOT NULL"_s,
                caseId) == 1);
        const QList<AuditEvent> events = AuditTrail(m_db).forCase(caseId);
        QCOMPARE(events.at(events.size() - 2).event, QString(AuditEventCode::Viewed));
        QCOMPARE(events.last().event, QString(AuditEventCode::ReviewStarted));

        QVERIFY(CaseDecisions(m_db, m_hand2).markViewed(caseId).ok());
        after = state(m_db, caseId);
        QCOMPARE(after.reviewer.toLongLong(), m_hand1.id); // still the first reviewer
        QCOMPARE(after.auditEvents, before.auditEvents + 3);
        QCOMPARE(lastEvent().event, QString(AuditEventCode::Viewed));
        QCOMPARE(lastEvent().userLogin, u"hand2"_s);
        QVERIFY(!CaseDecisions(m_db, m_hand1).markViewed(u"NO-SUCH-CASE"_s).ok());
    }

    void manualCaseIsDecidedByOverride()
    {
        CaseDecisions desk(m_db, m_hand1);
        const StoreState before = state(m_db, m_manualCase);
        QVERIFY(!desk.confirm(m_manualCase).ok());
        QCOMPARE(state(m_db, m_manualCase), before);
        auto decided = desk.override(m_manualCase, u"bifall"_s, 1200, Twenty);
        QVERIFY2(decided.ok(), qPrintable(decided.ok() ? QString() : decided.error().message));
        QVERIFY(decided.value().proposedOutcome.isEmpty());
        QCOMPARE(state(m_db, m_manualCase).status, u"decided"_s);
        // Reopened without a proposal, it goes back to manual handling.
        QVERIFY(desk.reopen(m_manualCase, u"Fel belopp"_s).ok());
        QCOMPARE(state(m_db, m_manualCase).status, u"manual"_s);
    }

    void refusals()
    {
        const QString caseId = takeCase();
        const StoreState before = state(m_db, caseId);
        const auto received = CaseDecisions(m_db, m_hand1).confirm(m_receivedCase);
        QVERIFY(!received.ok());
        QCOMPARE(received.error().field, u"status"_s);
        const auto missing = CaseDecisions(m_db, m_hand1).confirm(u"NO-SUCH-CASE"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().field, u"case_id"_s);
        User stranger;
        stranger.login = u"stranger"_s;
        QVERIFY(!CaseDecisions(m_db, stranger).confirm(caseId).ok());
        User inactive = m_hand2;
        inactive.active = false;
        QVERIFY(!CaseDecisions(m_db, inactive).confirm(caseId).ok());
        QCOMPARE(state(m_db, caseId), before);
        m_unused << caseId;
    }

    // Decision, status and audit event are one transaction: if the audit event cannot be
    // written, neither is the decision nor the status.
    void allOrNothing()
    {
        const QString caseId = takeCase();
        const StoreState before = state(m_db, caseId);
        QSqlQuery q(m_db);
        QVERIFY(q.exec(u"CREATE TEMP TRIGGER refuse_audit BEFORE INSERT ON audit_events"
                       u" BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"_s));
        const auto confirmed = CaseDecisions(m_db, m_hand1).confirm(caseId);
        const auto reopenOther = CaseDecisions(m_db, m_hand1).markViewed(caseId);
        QVERIFY(q.exec(u"DROP TRIGGER refuse_audit"_s));
        QVERIFY(!confirmed.ok());
        QVERIFY(!reopenOther.ok());
        QCOMPARE(state(m_db, caseId), before);
        QVERIFY(CaseDecisions(m_db, m_hand1).confirm(caseId).ok());
    }
};

QTEST_GUILESS_MAIN(TestCaseDecisions)
#include "tst_casedecisions.moc"
