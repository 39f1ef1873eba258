#include "automation/rulepack/RulePackValidation.h"

#include "automation/letters/LetterTemplate.h"
#include "automation/pipeline/ProposalJson.h"
#include "automation/pipeline/ProposalPipeline.h"
#include "model/ApplicationReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace casebench {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("RulePackValidation", text);
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    // Wrap scalars so QJsonDocument can print them.
    const QByteArray wrapped = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}
} // namespace

Problems RulePackValidation::validate(const RulePack &pack)
{
    const RulePackManifest &m = pack.manifest();
    const QString manifestPath = pack.filePath(RulePackManifest::fileName());
    Problems problems = pack.model().problems();

    bool hasApplicationInput = false;
    for (const auto &input : pack.model().definitions().inputData)
        hasApplicationInput |= input.name == QLatin1String("application");
    if (!hasApplicationInput)
        problems.append({tr("the model declares no input data named \"application\""),
                         pack.filePath(m.model),
                         0,
                         {}});

    const std::pair<QString, QString> stages[] = {
        {QStringLiteral("completeness"), m.stages.completeness},
        {QStringLiteral("triage"), m.stages.triage},
        {QStringLiteral("amount"), m.stages.amount},
        {QStringLiteral("proposal"), m.stages.proposal}};
    for (const auto &[stage, decision] : stages) {
        if (!pack.model().hasDecision(decision))
            problems.append({tr("decision \"%1\" is not in %2").arg(decision, m.model),
                             manifestPath, 0, QStringLiteral("stages.") + stage});
    }
    problems.append(LetterTemplate::checkPack(pack)); // unknown placeholders, file and line
    if (!problems.isEmpty())
        return problems; // examples would only repeat these
    return checkExamples(pack);
}

Problems RulePackValidation::checkExamples(const RulePack &pack)
{
    Problems problems;
    const ApplicationReader reader({{pack.caseType(), pack.manifest().defaultDeadlineDays}});
    for (const RulePackExample &example : pack.examples()) {
        auto record = reader.readFile(example.applicationFile);
        if (!record) {
            problems.append(record.error());
            continue;
        }
        auto proposal =
            ProposalPipeline::run(pack, record->payload, example.applicationFile, {.trace = false});
        if (!proposal) {
            problems.append(proposal.error());
            continue;
        }

        QFile file(example.expectedFile);
        if (!file.open(QIODevice::ReadOnly)) {
            problems.append(
                {tr("cannot read: %1").arg(file.errorString()), example.expectedFile, 0, {}});
            continue;
        }
        QJsonParseError error;
        const QJsonDocument expected = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !expected.isObject()) {
            problems.append({tr("not a JSON object: %1").arg(error.errorString()),
                             example.expectedFile,
                             0,
                             {}});
            continue;
        }
        // The expected proposal lists the keys it asserts; pack and trace change with every
        // edit of the pack, so they cannot be asserted.
        const QJsonObject actual = ProposalJson::toJson(proposal.value(), false);
        const QJsonObject want = expected.object();
        for (auto it = want.begin(); it != want.end(); ++it) {
            if (it.key() == QLatin1String("pack") || it.key() == QLatin1String("trace")) {
                problems.append({tr("cannot be asserted in an example (it changes with every edit "
                                    "of the pack)"),
                                 example.expectedFile, 0, it.key()});
                continue;
            }
            if (!actual.contains(it.key())) {
                problems.append(
                    {tr("not a field of a proposal"), example.expectedFile, 0, it.key()});
                continue;
            }
            if (actual.value(it.key()) != it.value())
                problems.append({tr("expected %1, the pack proposes %2")
                                     .arg(compact(it.value()), compact(actual.value(it.key()))),
                                 example.expectedFile, 0, it.key()});
        }
    }
    return problems;
}

} // namespace casebench
