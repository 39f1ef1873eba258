#pragma once
// RulePack: one installed version of a rule pack — its manifest, the folder it was read
// from, its content hash and the compiled DMN model whose decisions answer the
// pipeline's stages. Immutable once loaded; share it between threads.

#include "automation/dmn/DecisionModel.h"
#include "automation/pipeline/ApplicationContext.h"
#include "automation/rulepack/RulePackManifest.h"

#include <QList>
#include <QString>
#include <memory>

namespace casebench {

// One example the pack must pass: an application and the proposal expected for it.
struct RulePackExample
{
    QString applicationFile; // absolute path
    QString expectedFile;    // absolute path
};

class RulePack
{
public:
    RulePack(RulePackManifest manifest, QString folder, QString contentHash,
             std::shared_ptr<const dmn::DecisionModel> model, QList<RulePackExample> examples)
        : m_manifest(std::move(manifest)), m_folder(std::move(folder)),
          m_hash(std::move(contentHash)), m_model(std::move(model)),
          m_examples(std::move(examples)),
          m_applicationContext(std::make_shared<const ApplicationContext>(m_manifest.inputSchema))
    {
    }

    const RulePackManifest &manifest() const { return m_manifest; }
    const QString &id() const { return m_manifest.id; }
    const QString &version() const { return m_manifest.version; }
    const QString &caseType() const { return m_manifest.caseType; }
    const QString &folder() const { return m_folder; }
    const QString &contentHash() const { return m_hash; }
    const dmn::DecisionModel &model() const { return *m_model; }
    const QList<RulePackExample> &examples() const { return m_examples; }
    // The input schema as the converter of applications: built once per pack, since its
    // lookup tables cost about half as much as converting a whole application.
    const ApplicationContext &applicationContext() const { return *m_applicationContext; }
    // Absolute path of a file named relative to the pack folder (letters, model).
    QString filePath(const QString &relative) const
    {
        return m_folder + QLatin1Char('/') + relative;
    }

private:
    RulePackManifest m_manifest;
    QString m_folder;
    QString m_hash;
    std::shared_ptr<const dmn::DecisionModel> m_model;
    QList<RulePackExample> m_examples;
    std::shared_ptr<const ApplicationContext> m_applicationContext;
};

} // namespace casebench
