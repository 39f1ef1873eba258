#include "automation/tck/TckRunner.h"

#include "automation/dmn/DecisionModel.h"
#include "automation/feel/CallContext.h"
#include "automation/feel/Function.h"
#include "automation/tck/ResultComparison.h"
#include "automation/tck/TestCaseReader.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

#include <memory>

namespace casebench::tck {

namespace {

struct CaseRun
{
    bool passed = true;
    QString why;
    bool diagnostics = false;
};

dmn::InputValues inputsOf(const TestCase &c)
{
    dmn::InputValues values;
    for (const auto &in : c.inputs)
        values.set(in.name, in.value, in.nameSpace);
    return values;
}

CaseRun runCase(const dmn::DecisionModel &model, const TestCase &c)
{
    CaseRun run;
    const dmn::InputValues inputs = inputsOf(c);
    feel::Value serviceResult;
    bool serviceEvaluated = false;
    for (const auto &expected : c.results) {
        feel::CallContext ctx;
        feel::Value actual;
        switch (c.type) {
        case TestCase::Type::Decision: {
            const QString ns = expected.nameSpace == model.definitions().nameSpace ? QString() : expected.nameSpace;
            actual = model.evaluateDecision(expected.name, inputs, ctx, nullptr, ns);
            break;
        }
        case TestCase::Type::KnowledgeModel: {
            QList<feel::Argument> args;
            for (const auto &in : c.inputs)
                args.append({in.name, in.value});
            actual = model.invokeKnowledgeModel(c.invocableName.isEmpty() ? expected.name : c.invocableName, args, ctx);
            break;
        }
        case TestCase::Type::DecisionService:
            if (!serviceEvaluated) {
                serviceResult = model.evaluateDecisionService(c.invocableName, inputs, ctx);
                serviceEvaluated = true;
            }
            actual = serviceResult;
            // A service with several output decisions gives a context of them.
            if (actual.is(feel::ValueKind::Context) && actual.context().size() > 1) {
                if (const feel::Value *entry = actual.context().find(expected.name))
                    actual = *entry;
            }
            break;
        }
        run.diagnostics = run.diagnostics || ctx.hasDiagnostics();
        if (const auto why = compareWithExpected(expected.expected, actual)) {
            if (run.passed) {
                run.passed = false;
                run.why = QStringLiteral("%1: %2").arg(expected.name, *why);
                if (ctx.hasDiagnostics())
                    run.why += QStringLiteral(" [%1]").arg(ctx.diagnostics().first().toString());
            }
        }
    }
    return run;
}

QStringList testFiles(const QDir &dir)
{
    return dir.entryList({QStringLiteral("*-test-*.xml")}, QDir::Files, QDir::Name);
}

} // namespace

QList<TestOutcome> TckRunner::runFolder(const QString &folder)
{
    QList<TestOutcome> outcomes;
    const QDir dir(folder);
    const QString folderName = QFileInfo(folder).fileName();
    QHash<QString, Result<std::shared_ptr<const dmn::DecisionModel>>> models;
    for (const QString &file : testFiles(dir)) {
        const QString label = folderName + QLatin1Char('/') + file;
        auto cases = TestCaseReader::readFile(dir.filePath(file));
        if (!cases) {
            outcomes.append({label, false, cases.error().toString()});
            continue;
        }
        const QString modelPath = dir.filePath(cases->modelName);
        if (!models.contains(modelPath))
            models.insert(modelPath, dmn::DecisionModel::loadFile(modelPath));
        const auto &model = models.find(modelPath).value();
        for (const auto &c : cases->cases) {
            const QString caseLabel = label + QLatin1Char('#') + c.id;
            if (!model) {
                outcomes.append({caseLabel, false, QStringLiteral("model not loaded: ") + model.error().toString()});
                continue;
            }
            const CaseRun run = runCase(**model, c);
            outcomes.append({caseLabel, run.passed, run.why});
        }
    }
    return outcomes;
}

bool TckRunner::rejectsFolder(const QString &folder, QString *why)
{
    const QDir dir(folder);
    for (const QString &file : testFiles(dir)) {
        auto cases = TestCaseReader::readFile(dir.filePath(file));
        if (!cases)
            continue;
        auto model = dmn::DecisionModel::loadFile(dir.filePath(cases->modelName));
        if (!model) {
            *why = model.error().toString();
            return true;
        }
        if (!(*model)->problems().isEmpty()) {
            *why = (*model)->problems().first().toString();
            return true;
        }
        for (const auto &c : cases->cases) {
            if (runCase(**model, c).diagnostics) {
                *why = QStringLiteral("evaluation of test case %1 reports errors").arg(c.id);
                return true;
            }
        }
    }
    *why = QStringLiteral("the model loads and evaluates without error");
    return false;
}

} // namespace casebench::tck
