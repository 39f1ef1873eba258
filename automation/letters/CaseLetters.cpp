#include "automation/letters/CaseLetters.h"

#include "automation/letters/LetterData.h"
#include "automation/rulepack/RulePackRegistry.h"
#include "automation/rulepack/RulePackStore.h"
#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/CaseRepository.h"
#include "model/LetterRepository.h"
#include "model/ProposalRepository.h"
#include "model/UserRepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CaseLetters", text);
}

Problem problem(const QString &message, const QString &field = {})
{
    return Problem{message, {}, 0, field};
}

} // namespace

CaseLetters::CaseLetters(QSqlDatabase db, User actingUser, const RulePackRegistry *packs)
    : m_db(std::move(db)), m_user(std::move(actingUser)), m_packs(packs)
{
}

CaseLetters::~CaseLetters() = default;

Result<std::shared_ptr<const RulePack>> CaseLetters::packFor(const DecisionRecord &decision,
                                                             const QString &caseType,
                                                             const QDate &applicationDate) const
{
    // The pack that made the proposal: its templates belong to its rules. Same content
    // first, else the same id and version.
    if (!decision.packId.isEmpty()) {
        std::shared_ptr<const RulePack> sameVersion;
        if (m_packs) {
            for (const auto &pack : m_packs->packs()) {
                if (pack->id() != decision.packId || pack->version() != decision.packVersion)
                    continue;
                if (pack->contentHash() == decision.packHash)
                    return pack;
                sameVersion = pack;
            }
        }
        if (sameVersion)
            return sameVersion;
        RulePackStore store(m_db, m_user.login);
        if (const std::optional<StoredRulePack> stored =
                store.find(decision.packId, decision.packVersion)) {
            auto loaded = store.load(stored->id);
            if (loaded)
                return loaded.value();
            return loaded.error().first();
        }
        return problem(tr("The rule pack %1 %2 that made the proposal is not installed, so its "
                          "letter template is not at hand")
                           .arg(decision.packId, decision.packVersion),
                       u"pack"_s);
    }
    // No proposal (a case a person handles from the start): the case type's pack.
    if (!m_packs)
        return problem(tr("No rule packs are loaded"), u"pack"_s);
    return m_packs->select(caseType, applicationDate);
}

Result<CaseLetter> CaseLetters::build(const DecisionRecord &decision) const
{
    const std::optional<CaseRecord> record = CaseRepository(m_db).find(decision.caseId);
    if (!record)
        return problem(tr("There is no case %1").arg(decision.caseId), u"case_id"_s);
    const std::optional<ProposalOutcome> outcome = outcomeFromCode(decision.outcome);
    if (!outcome)
        return problem(tr("The decision's outcome \"%1\" is unknown").arg(decision.outcome),
                       u"outcome"_s);

    LetterData data;
    if (const std::optional<StoredProposal> proposal =
            ProposalRepository(m_db).find(decision.caseId)) {
        auto fromProposal = LetterData::fromProposalJson(proposal->json, record->payload);
        if (!fromProposal)
            return fromProposal.error();
        data = std::move(fromProposal.value());
    } else {
        Proposal none;
        none.caseId = record->caseId;
        none.caseType = record->caseType;
        data = LetterData::fromProposal(none, QJsonDocument::fromJson(record->payload).object());
    }

    switch (decision.kind) {
    case DecisionKind::Confirmed:
        data.outcome = *outcome;
        data.amountKronor = decision.amountKronor;
        break;
    case DecisionKind::Overridden:
        data.applyOverride(*outcome, decision.amountKronor, decision.justification);
        break;
    case DecisionKind::Returned:
        // What the caseworker asked for, as edited in the return dialog.
        data.outcome = ProposalOutcome::Komplettering;
        data.missing.clear();
        for (const QString &item : decision.missing)
            data.missing.append(MissingItem{item, QString(), QString()});
        data.note = decision.justification;
        break;
    }
    data.decisionDate = decision.decidedAt.toLocalTime().date();
    data.completionDueOn = data.decisionDate.addDays(LetterData::defaultCompletionDays);
    const std::optional<User> decider = UserRepository(m_db).find(decision.decidedBy);
    data.decidedBy =
        decider && !decider->displayName.isEmpty() ? decider->displayName : decision.decidedBy;

    auto pack = packFor(decision, record->caseType, record->applicationDate);
    if (!pack)
        return pack.error();
    auto letter = DecisionLetter::build(*pack.value(), data);
    if (!letter)
        return letter.error();
    auto pdf = letter->toPdf();
    if (!pdf)
        return pdf.error();

    CaseLetter built;
    built.decisionId = decision.id;
    built.caseId = decision.caseId;
    built.kind = letter->kind();
    built.outcome = outcomeCode(letter->outcome());
    built.title = letter->title();
    built.text = letter->plainText();
    built.html = letter->html();
    built.pdf = pdf.value();
    built.letterDate = data.decisionDate;
    built.packId = pack.value()->id();
    built.packVersion = pack.value()->version();
    return built;
}

Result<void> CaseLetters::fileFor(const DecisionRecord &decision)
{
    m_notProduced.reset();
    m_lastFiled.reset();
    auto letter = build(decision);
    if (!letter) {
        m_notProduced = letter.error();
        return {};
    }
    auto id =
        LetterRepository(m_db).store(decision.caseId, letterKindCode(letter->kind), letter->outcome,
                                     u"sv"_s, letter->text, letter->pdf, m_user.id);
    if (!id)
        return id.error();
    letter->letterId = id.value();
    letter->createdAt = QDateTime::currentDateTimeUtc();
    // The PDF's hash puts the letter as sent under the audit chain.
    QJsonObject details{
        {u"letter_id"_s, letter->letterId},
        {u"decision_id"_s, decision.id},
        {u"kind"_s, letterKindCode(letter->kind)},
        {u"outcome"_s, letter->outcome},
        {u"title"_s, letter->title},
        {u"letter_date"_s, letter->letterDate.toString(Qt::ISODate)},
        {u"pdf_sha256"_s,
         QString::fromLatin1(
             QCryptographicHash::hash(letter->pdf, QCryptographicHash::Sha256).toHex())}};
    if (letter->kind == LetterKind::CompletionRequest)
        details.insert(
            u"answer_by"_s,
            letter->letterDate.addDays(LetterData::defaultCompletionDays).toString(Qt::ISODate));
    if (auto audited =
            AuditTrail(m_db).append(m_user.login, AuditEventCode::LetterProduced, decision.caseId,
                                    letter->packId, letter->packVersion, details);
        !audited)
        return audited.error();
    m_lastFiled = std::move(letter.value());
    return {};
}

CaseDecisions::FollowUp CaseLetters::followUp()
{
    return [this](const DecisionRecord &decision) {
        return fileFor(decision);
    };
}

std::optional<CaseLetter> CaseLetters::filed(const DecisionRecord &decision) const
{
    // The audit event ties the letter to its decision (the letters table knows only the case).
    std::optional<AuditEvent> produced;
    for (const AuditEvent &e : AuditTrail(m_db).forCase(decision.caseId)) {
        if (e.event == AuditEventCode::LetterProduced &&
            e.details.value("decision_id"_L1).toInteger() == decision.id)
            produced = e;
    }
    if (!produced)
        return std::nullopt;
    const qint64 letterId = produced->details.value("letter_id"_L1).toInteger();
    const LetterRepository letters(m_db);
    for (const StoredLetter &stored : letters.forCase(decision.caseId)) {
        if (stored.id != letterId)
            continue;
        CaseLetter letter;
        letter.letterId = stored.id;
        letter.decisionId = decision.id;
        letter.caseId = stored.caseId;
        letter.kind = stored.kind == letterKindCode(LetterKind::CompletionRequest)
                          ? LetterKind::CompletionRequest
                          : LetterKind::Decision;
        letter.outcome = stored.outcome;
        letter.title = produced->details.value("title"_L1).toString();
        letter.text = stored.body;
        letter.pdf = letters.pdf(stored.id).value_or(QByteArray());
        letter.letterDate =
            QDate::fromString(produced->details.value("letter_date"_L1).toString(), Qt::ISODate);
        if (!letter.letterDate.isValid())
            letter.letterDate = stored.createdAt.toLocalTime().date();
        letter.createdAt = stored.createdAt;
        letter.packId = produced->packId;
        letter.packVersion = produced->packVersion;
        return letter;
    }
    return std::nullopt;
}

Result<CaseLetter> CaseLetters::letterFor(const DecisionRecord &decision) const
{
    if (std::optional<CaseLetter> letter = filed(decision))
        return std::move(*letter);
    return build(decision);
}

} // namespace casebench
