#include "automation/pipeline/ProposalPipeline.h"

#include "automation/feel/CallContext.h"
#include "automation/pipeline/ApplicationContext.h"
#include "automation/pipeline/SpotCheck.h"

#include <QCoreApplication>
#include <QJsonParseError>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ProposalPipeline", text);
}

using feel::Value;
using feel::ValueKind;

// Where in a stage's result a value sits: "amount.lines[2]" and, for an entry of it,
// "amount.lines[2].amount". Spelled out only when a problem is reported: building the text
// for every item of every case (a QString::arg and an allocation each) cost more than
// reading the items.
class Field
{
public:
    Field(QString base, qsizetype index = -1, QString entryName = {})
        : m_base(std::move(base)), m_index(index), m_entryName(std::move(entryName))
    {
    }

    // The field of entry `name` inside this one.
    Field entry(QString name) const { return Field(m_base, m_index, std::move(name)); }

    QString toString() const
    {
        QString text = m_base;
        if (m_index >= 0)
            text += QLatin1Char('[') + QString::number(m_index) + QLatin1Char(']');
        if (!m_entryName.isEmpty())
            text += QLatin1Char('.') + m_entryName;
        return text;
    }

private:
    QString m_base;
    qsizetype m_index;
    QString m_entryName;
};

// Reads one stage's result into the proposal; every shape error is collected with the
// field it concerns ("triage[1].rule").
class StageReader
{
public:
    StageReader(const RulePack &pack, Problems &problems) : m_pack(pack), m_problems(problems) {}

    void begin(const QString &stage, const QString &decision)
    {
        m_stage = stage;
        m_decision = decision;
    }

    void problem(const QString &field, const QString &message)
    {
        m_problems.append({tr("stage %1 (decision \"%2\"): %3").arg(m_stage, m_decision, message),
                           m_pack.filePath(m_pack.manifest().model), 0, field});
    }

    void problem(const Field &field, const QString &message) { problem(field.toString(), message); }

    const Value *entry(const Value &context, const Field &field, const QString &name)
    {
        const Value *v = context.context().find(name);
        if (!v)
            problem(field, tr("has no entry \"%1\"").arg(name));
        return v;
    }

    QString text(const Value &context, const Field &field, const QString &name,
                 bool nullable = false)
    {
        const Value *v = entry(context, field, name);
        if (!v)
            return {};
        if (nullable && v->isNull())
            return {};
        // Checked on a view: trimming the string itself would make a copy of every text
        // of every proposal (some thirty per case) only to test it.
        if (!v->is(ValueKind::String) || QStringView(v->string()).trimmed().isEmpty()) {
            problem(field.entry(name),
                    tr("must be a non-empty string, not %1").arg(v->toString()));
            return {};
        }
        return v->string();
    }

    // A legal reference id resolved to its citation in pack.json.
    QString legalGround(const Value &context, const Field &field, bool required)
    {
        const QString id = text(context, field, QStringLiteral("legal_ground"), !required);
        if (id.isEmpty())
            return {};
        const LegalReference *ref = m_pack.manifest().legalReference(id);
        if (!ref) {
            problem(field.entry(QStringLiteral("legal_ground")),
                    tr("\"%1\" is not listed in pack.json legal_references").arg(id));
            return {};
        }
        return ref->citation;
    }

    // A FEEL list of contexts; a problem (and no items) when it is something else.
    QList<Value> contexts(const Value &list, const QString &field)
    {
        if (!list.is(ValueKind::List)) {
            problem(field, tr("must be a list, not %1").arg(list.toString()));
            return {};
        }
        QList<Value> items;
        for (qsizetype i = 0; i < list.list().size(); ++i) {
            const Value &item = list.list().at(i);
            if (!item.is(ValueKind::Context))
                problem(QStringLiteral("%1[%2]").arg(field).arg(i),
                        tr("must be a context, not %1").arg(item.toString()));
            else
                items.append(item);
        }
        return items;
    }

    // A number with at most two decimals as Money.
    std::optional<Money> money(const Value &v, const Field &field)
    {
        if (v.is(ValueKind::Number)) {
            // Most amounts are whole kronor: no decimal multiplication for those.
            if (const auto kronor = v.number().toInt64();
                kronor && qAbs(*kronor) <= Money::MaxKronor)
                return Money::fromOre(*kronor * 100);
            // toInt64() is empty unless the öre are a whole number that fits.
            if (const auto ore = (v.number() * feel::Decimal::fromInt64(100)).toInt64();
                ore && qAbs(*ore) <= Money::MaxKronor * 100)
                return Money::fromOre(*ore);
        }
        problem(
            field,
            tr("must be an amount in kronor with at most two decimals, not %1").arg(v.toString()));
        return std::nullopt;
    }

    static QDate qdate(const feel::Date &d) { return QDate(int(d.year()), d.month(), d.day()); }

private:
    const RulePack &m_pack;
    Problems &m_problems;
    QString m_stage;
    QString m_decision;
};

} // namespace

Result<Proposal, Problems> ProposalPipeline::run(const RulePack &pack,
                                                 const QByteArray &applicationJson,
                                                 const QString &source, const Options &options,
                                                 feel::CallMemo *memo)
{
    JsonTree tree;
    QJsonParseError error;
    if (!tree.parse(applicationJson, &error) || !tree.root().isObject())
        return Problems{{tr("not a JSON object: %1").arg(error.errorString()), source, 0, {}}};
    return run(pack, tree.root(), source, options, memo);
}

Result<Proposal, Problems> ProposalPipeline::run(const RulePack &pack,
                                                 const QJsonObject &application,
                                                 const QString &source, const Options &options,
                                                 feel::CallMemo *memo)
{
    const JsonTree tree = JsonTree::fromJsonValue(application);
    return run(pack, tree.root(), source, options, memo);
}

Result<Proposal, Problems> ProposalPipeline::run(const RulePack &pack,
                                                 const JsonTree::Value &application,
                                                 const QString &source, const Options &options,
                                                 feel::CallMemo *memo)
{
    const RulePackManifest &manifest = pack.manifest();
    Proposal proposal;
    proposal.caseId = application.value(u"case_id").toString();
    proposal.caseType = application.value(u"case_type").toString();
    proposal.packId = manifest.id;
    proposal.packVersion = manifest.version;
    proposal.packHash = pack.contentHash();
    if (proposal.caseType != manifest.caseType)
        return Problems{{tr("case type \"%1\" is not the rule pack's (%2)")
                             .arg(proposal.caseType, manifest.caseType),
                         source, 0, QStringLiteral("case_type")}};

    auto input = pack.applicationContext().convert(application);
    if (!input) {
        Problem p = input.error();
        p.file = source;
        return Problems{p};
    }

    feel::CallContext ctx;
    ctx.setMemo(memo);
    // One session for all stages: a decision several stages require (the household, say)
    // is evaluated once and listed once in the trace; a stage's result is the next stages'
    // input data, and their entries name the stage decision's entry rather than repeat it.
    dmn::DecisionModel::Session session(pack.model(), ctx,
                                        options.trace ? &proposal.trace : nullptr);
    session.setInput(QStringLiteral("application"), input.value());
    Problems problems;
    StageReader reader(pack, problems);

    auto evaluate = [&](const QString &stage, const QString &decision) {
        reader.begin(stage, decision);
        ctx.clearDiagnostics();
        Value result = session.evaluateDecision(decision);
        if (result.isNull()) {
            QStringList why;
            for (const auto &d : ctx.diagnostics())
                why.append(d.toString());
            reader.problem(
                QString(), why.isEmpty()
                        ? tr("the decision gave null")
                        : tr("the decision gave null: %1").arg(why.join(QStringLiteral("; "))));
        }
        session.setDecisionResult(stage, decision, result);
        return result;
    };

    // Completeness: [{item, reason, rule}]
    const Value completeness =
        evaluate(QStringLiteral("completeness"), manifest.stages.completeness);
    if (!completeness.isNull()) {
        const auto items = reader.contexts(completeness, QStringLiteral("completeness"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Field field(QStringLiteral("completeness"), i);
            proposal.missing.append({reader.text(items[i], field, QStringLiteral("item")),
                                     reader.text(items[i], field, QStringLiteral("reason")),
                                     reader.text(items[i], field, QStringLiteral("rule"))});
        }
    }

    // Triage: [{reason, rule}]
    const Value triage = evaluate(QStringLiteral("triage"), manifest.stages.triage);
    if (!triage.isNull()) {
        const auto items = reader.contexts(triage, QStringLiteral("triage"));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Field field(QStringLiteral("triage"), i);
            proposal.manualReasons.append({reader.text(items[i], field, QStringLiteral("reason")),
                                           reader.text(items[i], field, QStringLiteral("rule")),
                                           {}});
        }
    }

    // Amount: {lines: [{label, kind, amount, rule, legal_ground}], total: number or null}
    const Value amount = evaluate(QStringLiteral("amount"), manifest.stages.amount);
    if (!amount.isNull()) {
        if (!amount.is(ValueKind::Context)) {
            reader.problem(QStringLiteral("amount"),
                           tr("must be a context {lines, total}, not %1").arg(amount.toString()));
        } else {
            if (const Value *lines =
                    reader.entry(amount, QStringLiteral("amount"), QStringLiteral("lines"))) {
                const auto items = reader.contexts(*lines, QStringLiteral("amount.lines"));
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const Field field(QStringLiteral("amount.lines"), i);
                    BreakdownLine line;
                    line.label = reader.text(items[i], field, QStringLiteral("label"));
                    const QString kind = reader.text(items[i], field, QStringLiteral("kind"));
                    if (const auto k = breakdownKindFromCode(kind))
                        line.kind = *k;
                    else if (!kind.isEmpty())
                        reader.problem(field.entry(QStringLiteral("kind")),
                                       tr("must be \"norm\", \"cost\" or \"income\""));
                    if (const Value *a = reader.entry(items[i], field, QStringLiteral("amount"))) {
                        const auto m = reader.money(*a, field.entry(QStringLiteral("amount")));
                        if (m && m->isNegative())
                            reader.problem(
                                field.entry(QStringLiteral("amount")),
                                tr("must not be negative (the kind says whether it is deducted)"));
                        line.amount = m.value_or(Money());
                    }
                    line.rule = reader.text(items[i], field, QStringLiteral("rule"));
                    line.legalGround = reader.legalGround(items[i], field, true);
                    proposal.breakdown.append(line);
                }
            }
            if (const Value *total =
                    reader.entry(amount, QStringLiteral("amount"), QStringLiteral("total"));
                total && !total->isNull())
                proposal.breakdownTotal = reader.money(*total, QStringLiteral("amount.total"));
        }
    }

    // Proposal: {outcome, amount, period: {from, to} or null, reasons: [{reason, rule,
    // legal_ground}]}
    const Value result = evaluate(QStringLiteral("proposal"), manifest.stages.proposal);
    if (!result.isNull()) {
        const QString field = QStringLiteral("proposal");
        if (!result.is(ValueKind::Context)) {
            reader.problem(field, tr("must be a context {outcome, amount, period, reasons}, not %1")
                                      .arg(result.toString()));
        } else {
            const QString outcome = reader.text(result, field, QStringLiteral("outcome"));
            if (const auto o = outcomeFromCode(outcome))
                proposal.outcome = *o;
            else if (!outcome.isEmpty())
                reader.problem(field + QStringLiteral(".outcome"),
                               tr("\"%1\" is not one of %2")
                                   .arg(outcome, outcomeCodes().join(QStringLiteral(", "))));

            if (const Value *a = reader.entry(result, field, QStringLiteral("amount"));
                a && !a->isNull()) {
                const auto kronor = a->is(ValueKind::Number) ? a->number().toInt64() : std::nullopt;
                if (!kronor || *kronor < 0 || *kronor > Money::MaxKronor)
                    reader.problem(field + QStringLiteral(".amount"),
                                   tr("must be whole kronor, not negative, or null (round in the "
                                      "pack); got %1")
                                       .arg(a->toString()));
                else
                    proposal.amountKronor = *kronor;
            }

            if (const Value *period = reader.entry(result, field, QStringLiteral("period"));
                period && !period->isNull()) {
                const Value *from =
                    period->is(ValueKind::Context) ? period->context().find(u"from") : nullptr;
                const Value *to =
                    period->is(ValueKind::Context) ? period->context().find(u"to") : nullptr;
                if (!from || !to || !from->is(ValueKind::Date) || !to->is(ValueKind::Date) ||
                    to->date() < from->date())
                    reader.problem(
                        field + QStringLiteral(".period"),
                        tr("must be null or {from: date, to: date} with to not before from; got %1")
                            .arg(period->toString()));
                else
                    proposal.period = ProposalPeriod{StageReader::qdate(from->date()),
                                                     StageReader::qdate(to->date())};
            }

            if (const Value *reasons = reader.entry(result, field, QStringLiteral("reasons"))) {
                const auto items = reader.contexts(*reasons, QStringLiteral("proposal.reasons"));
                for (qsizetype i = 0; i < items.size(); ++i) {
                    const Field f(QStringLiteral("proposal.reasons"), i);
                    proposal.reasons.append({reader.text(items[i], f, QStringLiteral("reason")),
                                             reader.text(items[i], f, QStringLiteral("rule")),
                                             reader.legalGround(items[i], f, false)});
                }
            }
        }
    }

    if (!problems.isEmpty())
        return problems;

    // A person handles a manual case anyway; the sample is of automatically prepared work.
    proposal.spotCheck =
        proposal.outcome != ProposalOutcome::ManuellBedomning &&
        SpotCheck::isDrawn(proposal.caseId, pack.contentHash(), manifest.spotCheckPpm);
    return proposal;
}

} // namespace casebench
