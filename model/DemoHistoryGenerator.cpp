#include "model/DemoHistoryGenerator.h"

#include "model/AutomationErrorRepository.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/ProposalRepository.h"
#include "model/Transaction.h"
#include "model/UserRepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoHistoryGenerator", text);
}

// A rule a proposal of the case type may have matched: how often (per cent of proposals)
// and how much more often than usual caseworkers override a proposal it took part in.
struct DemoRule
{
    const char16_t *decision;
    const char16_t *ruleId;
    int matchedPercent;
    double overrideFactor;
};

struct DemoCaseType
{
    const char16_t *code;
    const char16_t *packId;
    const char16_t *packVersion;
    int baseOverridePermille; // before the rules' factors
    double leadDays;          // typical days from receipt to decision
    QList<DemoRule> rules;
};

// Overrides concentrate where judgement is needed: rent above the ceiling and incomplete
// applications in ekonomiskt bistånd, refusals for a registered address in parking, the
// waiting-day deduction in LSS sick pay.
const QList<DemoCaseType> &caseTypes()
{
    static const QList<DemoCaseType> types{
        {u"ekonomiskt-bistand",
         u"ekonomiskt-bistand",
         u"2023.1",
         40,
         6.0,
         {{u"Riksnorm", u"RN2023-H1", 45, 1.0},
          {u"Riksnorm", u"RN2023-H2", 30, 1.0},
          {u"Riksnorm", u"RN2023-H3", 25, 1.2},
          {u"Personliga kostnader", u"RN2023-B7", 60, 1.0},
          {u"Hyresprovning", u"HYRA-TAK", 22, 5.0},
          {u"Komplett ansökan", u"KOMPL-INKOMST", 15, 3.0},
          {u"Förslag", u"EB-F1", 100, 1.0}}},
        {u"boendeparkering",
         u"boendeparkering",
         u"2026.1",
         20,
         4.0,
         {{u"Beslutsregel", u"BP-P1", 60, 1.0},
          {u"Beslutsregel", u"BP-P2", 25, 1.0},
          {u"Avslagsgrunder", u"BP-A1", 10, 1.5},
          {u"Avslagsgrunder", u"BP-A2", 8, 6.0}}},
        {u"lss-sjuklon",
         u"lss-sjuklon",
         u"2024.1",
         35,
         12.0,
         {{u"Beslutsregel", u"LSS-P1", 70, 1.0},
          {u"Beslutsregel", u"LSS-P3", 20, 1.0},
          {u"Karensavdrag", u"LSS-KAR", 30, 3.5},
          {u"Tillägg enligt kollektivavtal", u"LSS-TILL", 12, 2.0}}},
    };
    return types;
}

struct DemoWorker
{
    const char16_t *login;
    const char16_t *name;
    bool teamLead;
    int share;    // of the decisions
    double speed; // lead-time factor
};

const QList<DemoWorker> &workers()
{
    static const QList<DemoWorker> list{{u"hand1", u"Handläggare Ett", false, 35, 0.8},
                                        {u"hand2", u"Handläggare Två", false, 30, 1.0},
                                        {u"hand3", u"Handläggare Tre", false, 20, 1.2},
                                        {u"hand4", u"Handläggare Fyra", false, 10, 1.6},
                                        {u"chef1", u"Gruppledare Ett", true, 5, 1.0}};
    return list;
}

QString str(const char16_t *text)
{
    return QString::fromUtf16(text);
}

// Next working day at or after day (decisions are taken Monday to Friday).
QDate workingDay(QDate day)
{
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return day;
}

QString otherOutcome(DemoRandom &random, const QString &proposed)
{
    static const QStringList outcomes{QStringLiteral("bifall"), QStringLiteral("delvis_bifall"),
                                      QStringLiteral("avslag")};
    QString outcome = proposed;
    while (outcome == proposed)
        outcome = outcomes.at(qsizetype(random.below(quint64(outcomes.size()))));
    return outcome;
}

} // namespace

DemoHistoryGenerator::DemoHistoryGenerator(quint64 seed)
    : m_random(seed ^ 0x6869'7374'6f72'79ULL), m_seed(seed)
{
}

Result<DemoHistoryGenerator::Summary>
DemoHistoryGenerator::fill(QSqlDatabase db, int days, const QDate &today, int casesPerDay)
{
    Summary summary;
    if (days <= 0)
        return summary;

    // The caseworkers deciding the history.
    UserRepository users(db);
    QList<qint64> workerIds;
    for (const DemoWorker &w : workers()) {
        std::optional<User> user = users.find(str(w.login));
        if (!user) {
            auto added = users.add(str(w.login), str(w.name),
                                   w.teamLead ? UserRole::TeamLead : UserRole::Caseworker);
            if (!added)
                return added.error();
            user = added.value();
        }
        workerIds.append(user->id);
    }

    CaseRepository cases(db);
    QHash<QString, int> deadlineDays;
    for (const CaseTypeInfo &type : cases.caseTypes())
        deadlineDays.insert(type.code, type.defaultDeadlineDays);
    // Case ids continue after the cases already in the cache.
    DemoCaseGenerator generator(m_seed + 7919, cases.count() + 1);
    generator.setDeadlineDays(deadlineDays);
    ProposalRepository proposals(db);
    AutomationErrorRepository errors(db);

    QSqlQuery decision(db);
    decision.prepare(QStringLiteral(
        "INSERT INTO decisions (case_ref, kind, outcome, amount_kronor, proposed_outcome,"
        " proposed_amount_kronor, spot_check, justification, decided_by, decided_at, pack_id,"
        " pack_version, pack_hash, reopened_at, reopened_by, reopen_reason)"
        " VALUES (?, ?, ?, NULL, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));

    const QTimeZone stockholm("Europe/Stockholm");
    // Decisions up to now; for another day (tests), up to its noon.
    const QDateTime now = today == QDate::currentDate()
                              ? QDateTime::currentDateTimeUtc()
                              : QDateTime(today, QTime(12, 0), stockholm).toUTC();
    const int total = days * casesPerDay * 5 / 7;
    const int batch = 1000;
    for (int done = 0; done < total;) {
        Transaction tx(db);
        for (int i = 0; i < batch && done < total; ++i, ++done) {
            // The generator receives a case within the 60 days before the day it is given;
            // spreading those days over the history spreads the receipts.
            const int span = std::max(0, days - 60);
            CaseRecord record =
                generator.next(today.addDays(-int(m_random.below(quint64(span + 1)))));
            const QDate received = record.receivedAt.toTimeZone(stockholm).date();
            if (received < today.addDays(-days)) {
                --done;
                continue;
            }
            const auto type =
                std::find_if(caseTypes().cbegin(), caseTypes().cend(),
                             [&](const DemoCaseType &t) { return str(t.code) == record.caseType; });
            if (type == caseTypes().cend())
                continue;
            record.deadlines.clear();
            if (deadlineDays.contains(record.caseType))
                record.deadlines.append({QStringLiteral("decision"),
                                         received.addDays(deadlineDays.value(record.caseType))});

            // What the automation made of it.
            const bool automationFailed = m_random.below(1000) < 15;
            QString proposed;
            QList<ProposalRule> matched;
            double overrideFactor = 1.0;
            bool spotCheck = false;
            if (!automationFailed) {
                const int o = m_random.weighted({56, 10, 14, 12, 8});
                static const QStringList outcomes{
                    QStringLiteral("bifall"), QStringLiteral("delvis_bifall"),
                    QStringLiteral("avslag"), QStringLiteral("komplettering"),
                    QStringLiteral("manuell_bedomning")};
                proposed = outcomes.at(o);
                for (const DemoRule &rule : type->rules) {
                    if (m_random.percent(rule.matchedPercent)) {
                        matched.append(
                            ProposalRule{str(rule.decision), str(rule.ruleId), QString()});
                        overrideFactor = std::max(overrideFactor, rule.overrideFactor);
                    }
                }
                spotCheck = m_random.percent(5);
            }

            // How long it took: the caseworker's pace, the case type, summer holidays,
            // now and then a case that waits for something.
            const int worker = m_random.weighted({workers().at(0).share, workers().at(1).share,
                                                  workers().at(2).share, workers().at(3).share,
                                                  workers().at(4).share});
            const int decider = spotCheck && m_random.percent(50) ? 4 : worker;
            double lead = type->leadDays * workers().at(decider).speed *
                          (0.3 + 1.4 * double(m_random.below(1000)) / 1000.0);
            if (received.month() == 7 || (received.month() == 8 && received.day() < 10))
                lead *= 2.2;
            if (m_random.percent(4))
                lead += m_random.between(10, 30);
            const QDate decidedDay = workingDay(received.addDays(qint64(std::lround(lead))));
            const QDateTime decidedAt =
                QDateTime(decidedDay, QTime(8 + int(m_random.below(9)), int(m_random.below(60))),
                          stockholm)
                    .toUTC();
            const bool open = decidedAt > now;

            // What the caseworker did.
            const bool manual = automationFailed || proposed == QLatin1String("manuell_bedomning");
            QString kind = QStringLiteral("confirmed");
            QString outcome = proposed;
            if (manual) {
                kind = m_random.percent(15) ? QStringLiteral("returned")
                                            : QStringLiteral("overridden");
                outcome = kind == QLatin1String("returned") ? QStringLiteral("komplettering")
                                                            : otherOutcome(m_random, QString());
            } else if (proposed == QLatin1String("komplettering")) {
                if (m_random.percent(85)) {
                    kind = QStringLiteral("returned");
                } else {
                    kind = QStringLiteral("overridden");
                    outcome = otherOutcome(m_random, proposed);
                }
            } else {
                const double p = std::min(0.6, type->baseOverridePermille / 1000.0 *
                                                   overrideFactor * (spotCheck ? 1.5 : 1.0));
                if (double(m_random.below(10000)) / 10000.0 < p) {
                    kind = QStringLiteral("overridden");
                    outcome = otherOutcome(m_random, proposed);
                } else if (m_random.percent(3)) {
                    kind = QStringLiteral("returned");
                    outcome = QStringLiteral("komplettering");
                }
            }

            record.status =
                open ? (automationFailed ? CaseStatus::NeedsManualHandling : CaseStatus::Proposed)
                : kind == QLatin1String("returned") ? CaseStatus::ReturnedForCompletion
                                                    : CaseStatus::Decided;
            auto caseRef = cases.insert(record);
            if (!caseRef)
                return caseRef.error();
            ++summary.cases;
            const QDateTime proposedAt =
                record.receivedAt.addSecs(60 + qint64(m_random.below(600)));
            if (automationFailed) {
                auto recorded = errors.record(AutomationError{
                    record.caseId, tr("No rule pack could evaluate the application (demo history)"),
                    str(type->packId), proposedAt});
                if (!recorded)
                    return recorded.error();
            } else {
                QJsonObject json{{QStringLiteral("case_id"), record.caseId},
                                 {QStringLiteral("outcome"), proposed},
                                 {QStringLiteral("synthetic"), true}};
                auto stored = proposals.store(StoredProposal{
                    record.caseId, proposed, std::nullopt, spotCheck, str(type->packId),
                    str(type->packVersion), QStringLiteral("demo-history"),
                    QJsonDocument(json).toJson(QJsonDocument::Compact), matched, proposedAt});
                if (!stored)
                    return stored.error();
            }
            if (open) {
                ++summary.open;
                continue;
            }

            auto insertDecision = [&](const QString &k, const QString &out, qint64 by,
                                      const QDateTime &at, const QDateTime &reopenedAt) {
                decision.bindValue(0, caseRef.value());
                decision.bindValue(1, k);
                decision.bindValue(2, out);
                decision.bindValue(3, proposed.isEmpty() ? QVariant() : QVariant(proposed));
                decision.bindValue(4, spotCheck ? 1 : 0);
                decision.bindValue(
                    5, k == QLatin1String("overridden")
                           ? QVariant(tr("Demo history: the caseworker assessed it differently."))
                           : QVariant());
                decision.bindValue(6, by);
                decision.bindValue(7, at.toString(Qt::ISODateWithMs));
                decision.bindValue(8,
                                   proposed.isEmpty() ? QVariant() : QVariant(str(type->packId)));
                decision.bindValue(9, proposed.isEmpty() ? QVariant()
                                                         : QVariant(str(type->packVersion)));
                decision.bindValue(
                    10, proposed.isEmpty() ? QVariant() : QVariant(QStringLiteral("demo-history")));
                decision.bindValue(11, reopenedAt.isValid()
                                           ? QVariant(reopenedAt.toString(Qt::ISODateWithMs))
                                           : QVariant());
                decision.bindValue(12,
                                   reopenedAt.isValid() ? QVariant(workerIds.at(4)) : QVariant());
                decision.bindValue(13, reopenedAt.isValid()
                                           ? QVariant(tr("Demo history: new information."))
                                           : QVariant());
                return decision.exec();
            };
            // One decision in a hundred was reopened and taken again a few days later.
            QDateTime finalAt = decidedAt;
            if (m_random.percent(1) && decidedAt.addDays(7) < now) {
                const QDateTime reopenedAt = decidedAt.addDays(2);
                finalAt = decidedAt.addDays(5);
                if (!insertDecision(QStringLiteral("confirmed"),
                                    proposed.isEmpty() ? outcome : proposed, workerIds.at(decider),
                                    decidedAt, reopenedAt))
                    return Problem{
                        tr("Could not store a demo decision: %1").arg(decision.lastError().text()),
                        {},
                        0,
                        {}};
                ++summary.reopened;
            }
            if (!insertDecision(kind, outcome, workerIds.at(decider), finalAt, QDateTime()))
                return Problem{
                    tr("Could not store a demo decision: %1").arg(decision.lastError().text()),
                    {},
                    0,
                    {}};
            if (manual)
                ++summary.manual;
            if (kind == QLatin1String("returned"))
                ++summary.returned;
            else
                ++summary.decided;
            if (kind == QLatin1String("overridden") && !manual)
                ++summary.overridden;
        }
        if (!tx.commit())
            return Problem{
                tr("Could not store the demo history: %1").arg(db.lastError().text()), {}, 0, {}};
    }
    return summary;
}

} // namespace casebench
