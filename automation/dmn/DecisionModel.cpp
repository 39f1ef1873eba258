#include "automation/dmn/DecisionModel.h"

#include "automation/dmn/CompiledExpression.h"
#include "automation/dmn/DmnReader.h"
#include "automation/dmn/MemoizedFunction.h"
#include "automation/dmn/TypeSystem.h"
#include "automation/feel/CallContext.h"
#include "automation/feel/Function.h"
#include "automation/feel/SourceText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QVarLengthArray>

namespace casebench::dmn {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DecisionModel", text);
}

struct Requirement
{
    enum class Kind { Input, Decision, Knowledge };
    Kind kind = Kind::Input;
    int index = 0;  // into Impl::inputs / decisions / knowledge
    QString prefix; // import name when the element lives in an imported model
    QString name;
};

struct DecisionNode
{
    int model = 0;
    QString id;
    QString name;
    QString typeRef;
    QString where;
    QList<Requirement> requirements;
    CompiledExpressionPtr expression;
};

struct InputNode
{
    int model = 0;
    QString name;
    QString typeRef;
};

// A business knowledge model or a decision service: something a decision invokes.
struct KnowledgeNode
{
    int model = 0;
    bool isService = false;
    int definitionIndex = 0; // into the model's knowledgeModels / decisionServices
    QString name;
    QList<Requirement> requirements;
    feel::Value function;
};

// The decisions one evaluation has computed, by decision index. A run computes a handful,
// so a flat list searched in order beats a hash table, which allocates its buckets on the
// first insert of every evaluation.
class DecisionValues
{
public:
    const feel::Value *find(int decision) const
    {
        for (const auto &[index, value] : m_values) {
            if (index == decision)
                return &value;
        }
        return nullptr;
    }
    void insert(int decision, const feel::Value &value)
    {
        for (auto &[index, existing] : m_values) {
            if (index == decision) {
                existing = value;
                return;
            }
        }
        m_values.append({decision, value});
    }

private:
    QVarLengthArray<std::pair<int, feel::Value>, 8> m_values;
};

struct Run
{
    const InputValues &inputs;
    feel::CallContext &ctx;
    Trace *trace = nullptr;
    DecisionValues cache;
    QVarLengthArray<int, 8> active; // decisions being evaluated, for cycle messages
    // A Session's decisions from earlier calls, still valid for the current inputs.
    QHash<int, DecisionModel::Session::Reusable> *reusable = nullptr;
};

QString key(int model, const QString &id)
{
    return QString::number(model) + QLatin1Char('#') + id;
}

} // namespace

struct DecisionModel::Impl
{
    QList<Definitions> models;
    std::unique_ptr<TypeSystem> types;
    Problems problems;
    QList<DecisionNode> decisions;
    QList<InputNode> inputs;
    QList<KnowledgeNode> knowledge;
    QHash<QString, int> decisionById, inputById, knowledgeById;
    QHash<QString, int> modelByNamespace;
    // Input data index → the decisions that read it, directly or through other decisions:
    // what a Session must evaluate again when that input is set.
    QList<QList<int>> decisionsReadingInput;

    Problem problemAt(int model, int line, const QString &where, const QString &message) const
    {
        Problem p;
        p.file = models.at(model).fileName;
        p.line = line;
        p.field = where;
        p.message = message;
        return p;
    }

    // Resolves a requirement reference from model `model`; false (and a problem) if dangling.
    std::optional<Requirement> resolve(int model, const ElementRef &ref, Requirement::Kind expected) const
    {
        int target = model;
        if (!ref.nameSpace.isEmpty()) {
            const auto it = modelByNamespace.constFind(ref.nameSpace);
            if (it == modelByNamespace.constEnd())
                return std::nullopt;
            target = *it;
        }
        Requirement r;
        r.kind = expected;
        const QString k = key(target, ref.id);
        switch (expected) {
        case Requirement::Kind::Input: {
            const auto it = inputById.constFind(k);
            if (it == inputById.constEnd())
                return std::nullopt;
            r.index = *it;
            r.name = inputs.at(*it).name;
            break;
        }
        case Requirement::Kind::Decision: {
            const auto it = decisionById.constFind(k);
            if (it == decisionById.constEnd())
                return std::nullopt;
            r.index = *it;
            r.name = decisions.at(*it).name;
            break;
        }
        case Requirement::Kind::Knowledge: {
            const auto it = knowledgeById.constFind(k);
            if (it == knowledgeById.constEnd())
                return std::nullopt;
            r.index = *it;
            r.name = knowledge.at(*it).name;
            break;
        }
        }
        if (target != model) {
            for (const auto &imp : models.at(model).imports) {
                if (imp.nameSpace == models.at(target).nameSpace)
                    r.prefix = imp.name;
            }
        }
        // The names are entries of every decision's scope, built per evaluation: kept, so
        // that putting them there costs no reference count (see feel::SourceText).
        r.name = feel::SourceText::kept(r.name);
        r.prefix = feel::SourceText::kept(r.prefix);
        return r;
    }

    static void put(feel::Context &scope, const Requirement &r, const feel::Value &v)
    {
        if (r.prefix.isEmpty()) {
            scope.insert(r.name, v);
            return;
        }
        const feel::Value *existing = scope.find(r.prefix);
        feel::Context inner = existing && existing->is(feel::ValueKind::Context) ? existing->context() : feel::Context();
        inner.insert(r.name, v);
        scope.insert(r.prefix, feel::Value(std::move(inner)));
    }

    static QStringList namesOf(const QList<Requirement> &reqs)
    {
        QStringList names;
        for (const auto &r : reqs) {
            if (r.prefix.isEmpty()) {
                names << r.name;
            } else {
                names << r.prefix << r.name;
            }
        }
        return names;
    }

    // The value given for input data `index` (under its model's namespace, or for the main
    // model also without one), conformed to its type; `decision` is set to the decision
    // whose result it is (a pipeline stage's, see Session::setDecisionResult) when there is
    // one and conforming left the value as it was, so that the trace never names an entry
    // whose result differs from the value read. One search of the given inputs for both.
    feel::Value inputValue(int index, Run &run, QString *decision) const
    {
        const InputNode &in = inputs.at(index);
        const QString &ns = models.at(in.model).nameSpace;
        const InputValues::Entry *given = run.inputs.entry(ns, in.name);
        if (!given && in.model == 0)
            given = run.inputs.entry(QString(), in.name);
        if (!given)
            return {};
        feel::Value v = types->conform(given->value, ns, in.typeRef, run.ctx);
        if (decision && !given->decision.isEmpty() &&
            (in.typeRef.isEmpty() || feel::isFeelEqual(given->value, v)))
            *decision = given->decision;
        return v;
    }

    // A decision the session evaluated before without diagnostics: its requirements are
    // walked as an evaluation would, so that one it read from this run's cache then, and
    // that reported something, is evaluated again and reports again. Its own trace entry is
    // already in the session's trace, where it was evaluated: not added a second time.
    feel::Value reuse(int index, const feel::Value &value, Run &run) const
    {
        for (const auto &r : decisions.at(index).requirements) {
            if (r.kind == Requirement::Kind::Decision)
                decisionValue(r.index, run);
        }
        run.cache.insert(index, value);
        return value;
    }

    feel::Value decisionValue(int index, Run &run) const
    {
        if (const feel::Value *cached = run.cache.find(index))
            return *cached;
        if (run.reusable) {
            if (const auto it = run.reusable->constFind(index); it != run.reusable->constEnd())
                return reuse(index, it->value, run);
        }
        const DecisionNode &node = decisions.at(index);
        if (run.active.contains(index)) {
            QStringList cycle;
            for (qsizetype i = run.active.indexOf(index); i < run.active.size(); ++i)
                cycle << decisions.at(run.active.at(i)).name;
            cycle << node.name;
            run.ctx.report(tr("decisions require each other in a cycle: %1").arg(cycle.join(QStringLiteral(" → "))));
            return {};
        }
        run.active << index;
        const qsizetype diagnosticsAtStart = run.ctx.diagnostics().size();
        feel::Context scope;
        scope.reserve(node.requirements.size());
        DecisionTrace trace;
        trace.id = node.id;
        trace.name = node.name;
        if (run.trace)
            trace.inputs.reserve(node.requirements.size());
        for (const auto &r : node.requirements) {
            feel::Value v;
            QString fromDecision; // the trace names it instead of repeating the value
            switch (r.kind) {
            case Requirement::Kind::Input:
                v = inputValue(r.index, run, run.trace ? &fromDecision : nullptr);
                break;
            case Requirement::Kind::Decision:
                v = decisionValue(r.index, run);
                if (run.trace)
                    fromDecision = decisions.at(r.index).name;
                break;
            case Requirement::Kind::Knowledge:
                v = knowledge.at(r.index).function;
                break;
            }
            put(scope, r, v);
            if (run.trace && r.kind != Requirement::Kind::Knowledge) {
                trace.inputs.append({r.prefix.isEmpty() ? r.name : r.prefix + QLatin1Char('.') + r.name,
                                     v, std::move(fromDecision)});
            }
        }
        const qsizetype diagnosticsBefore = run.ctx.diagnostics().size();
        EvaluationEnv env{run.ctx, run.trace ? &trace : nullptr};
        feel::Value result;
        if (node.expression) {
            result = node.expression->evaluate(feel::Value(std::move(scope)), env);
            result = types->conform(result, models.at(node.model).nameSpace, node.typeRef, run.ctx);
        } else {
            run.ctx.report(tr("decision '%1' has no logic").arg(node.name));
        }
        run.active.removeLast();
        run.cache.insert(index, result);
        if (run.trace) {
            trace.result = result;
            trace.diagnostics = run.ctx.diagnostics().mid(diagnosticsBefore);
        }
        // Reused only if nothing was reported on the way (inputs, requirements, itself), so
        // that reusing it cannot hide a diagnostic; and the step budget is not spent.
        if (run.reusable && !run.ctx.exhausted() &&
            run.ctx.diagnostics().size() == diagnosticsAtStart &&
            diagnosticsAtStart < feel::CallContext::maxDiagnostics)
            run.reusable->insert(index, {result});
        if (run.trace)
            run.trace->decisions.append(std::move(trace)); // last use: moved, not copied
        return result;
    }

    feel::Value invokeService(int knowledgeIndex, const InputValues &values, feel::CallContext &ctx,
                              Trace *trace) const
    {
        const KnowledgeNode &k = knowledge.at(knowledgeIndex);
        const Definitions &defs = models.at(k.model);
        const DecisionService &ds = defs.decisionServices.at(k.definitionIndex);
        Run run{values, ctx, trace, {}, {}, nullptr};
        for (const auto &ref : ds.inputDecisions) {
            const auto r = resolve(k.model, ref, Requirement::Kind::Decision);
            if (!r)
                continue;
            const DecisionNode &dn = decisions.at(r->index);
            const QString &ns = models.at(dn.model).nameSpace;
            const feel::Value *v = values.find(ns, dn.name);
            if (!v)
                v = values.find(QString(), dn.name);
            run.cache.insert(r->index, types->conform(v ? *v : feel::Value(), ns, dn.typeRef, ctx));
        }
        QList<std::pair<QString, feel::Value>> outputs;
        for (const auto &ref : ds.outputDecisions) {
            const auto r = resolve(k.model, ref, Requirement::Kind::Decision);
            if (!r) {
                ctx.report(tr("decision service '%1' names an unknown output decision").arg(ds.name));
                return {};
            }
            outputs.append({r->name, decisionValue(r->index, run)});
        }
        feel::Value result;
        if (outputs.size() == 1)
            result = outputs.first().second;
        else
            result = feel::Value(feel::Context(outputs));
        return types->conform(result, defs.nameSpace, ds.typeRef, ctx);
    }

    struct ServiceParameter
    {
        QString name;
        QString nameSpace;
        QString typeRef;
    };

    // The parameters of a decision service: input data, then input decisions (the order
    // the TCK invokes them in).
    QList<ServiceParameter> serviceParameters(int knowledgeIndex) const
    {
        const KnowledgeNode &k = knowledge.at(knowledgeIndex);
        const DecisionService &ds = models.at(k.model).decisionServices.at(k.definitionIndex);
        QList<ServiceParameter> params;
        for (const auto &ref : ds.inputData) {
            if (const auto r = resolve(k.model, ref, Requirement::Kind::Input)) {
                const InputNode &in = inputs.at(r->index);
                params.append({r->name, models.at(in.model).nameSpace, in.typeRef});
            }
        }
        for (const auto &ref : ds.inputDecisions) {
            if (const auto r = resolve(k.model, ref, Requirement::Kind::Decision)) {
                const DecisionNode &dn = decisions.at(r->index);
                params.append({r->name, models.at(dn.model).nameSpace, dn.typeRef});
            }
        }
        return params;
    }
};

namespace {

// Answers FEEL `instance of` for the model's item definitions while the model evaluates,
// and puts back what the caller's context had before.
class TypeCheckScope
{
public:
    TypeCheckScope(feel::CallContext &ctx, const TypeSystem &types, QString nameSpace)
        : m_ctx(ctx), m_previous(ctx.typeCheck())
    {
        ctx.setTypeCheck([&types, ns = std::move(nameSpace)](const QString &typeName, const feel::Value &value) {
            return types.isInstance(value, ns, typeName);
        });
    }
    ~TypeCheckScope() { m_ctx.setTypeCheck(m_previous); }
    TypeCheckScope(const TypeCheckScope &) = delete;
    TypeCheckScope &operator=(const TypeCheckScope &) = delete;

private:
    feel::CallContext &m_ctx;
    feel::CallContext::TypeCheck m_previous;
};

// A decision service as a FEEL function: parameters are its input decisions and input data.
class DecisionServiceFunction final : public feel::Function
{
public:
    DecisionServiceFunction(const DecisionModel::Impl *impl, int index, QString name)
        : m_impl(impl), m_index(index), m_name(std::move(name))
    {
    }
    QString name() const override { return m_name; }
    QStringList parameterNames() const override
    {
        QStringList names;
        for (const auto &p : m_impl->serviceParameters(m_index))
            names << p.name;
        return names;
    }
    feel::Value invoke(const QList<feel::Argument> &args, feel::CallContext &ctx) const override
    {
        const auto params = m_impl->serviceParameters(m_index);
        QList<std::optional<feel::Value>> given(params.size());
        const bool named = !args.isEmpty() && !args.first().name.isEmpty();
        if (named) {
            for (const auto &a : args) {
                qsizetype index = -1;
                for (qsizetype i = 0; i < params.size(); ++i) {
                    if (params.at(i).name == a.name)
                        index = i;
                }
                if (index < 0) {
                    ctx.report(tr("decision service '%1' has no parameter '%2'").arg(m_name, a.name));
                    return {};
                }
                given[index] = a.value;
            }
        } else {
            if (args.size() != params.size()) {
                ctx.report(tr("decision service '%1' takes %2 arguments, not %3")
                               .arg(m_name)
                               .arg(params.size())
                               .arg(args.size()));
                return {};
            }
            for (qsizetype i = 0; i < args.size(); ++i)
                given[i] = args.at(i).value;
        }
        InputValues values;
        for (qsizetype i = 0; i < params.size(); ++i) {
            const auto &p = params.at(i);
            const feel::Value v = given.at(i).value_or(feel::Value());
            // An argument of the wrong type means the service is not invoked at all.
            const feel::Value conformed = m_impl->types->conform(v, p.nameSpace, p.typeRef, ctx);
            if (conformed.isNull() && !v.isNull())
                return {};
            values.set(p.name, conformed, p.nameSpace);
        }
        return m_impl->invokeService(m_index, values, ctx, nullptr);
    }

private:
    const DecisionModel::Impl *m_impl; // owned by the DecisionModel, which outlives its evaluations
    int m_index;
    QString m_name;
};

// Depth-first search for requirement cycles among decisions or among knowledge models.
template <typename Next>
std::optional<QList<int>> findCycle(int count, Next next)
{
    QList<int> state(count, 0); // 0 new, 1 on stack, 2 done
    QList<int> stack;
    std::function<std::optional<QList<int>>(int)> visit = [&](int n) -> std::optional<QList<int>> {
        state[n] = 1;
        stack << n;
        for (int m : next(n)) {
            if (state.at(m) == 1) {
                QList<int> cycle = stack.mid(stack.indexOf(m));
                cycle << m;
                return cycle;
            }
            if (state.at(m) == 0) {
                if (auto c = visit(m))
                    return c;
            }
        }
        stack.removeLast();
        state[n] = 2;
        return std::nullopt;
    };
    for (int n = 0; n < count; ++n) {
        if (state.at(n) == 0) {
            if (auto c = visit(n))
                return c;
        }
    }
    return std::nullopt;
}

} // namespace

DecisionModel::DecisionModel(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}

DecisionModel::~DecisionModel() = default;

const Definitions &DecisionModel::definitions() const
{
    return d->models.first();
}

const Problems &DecisionModel::problems() const
{
    return d->problems;
}

Result<std::shared_ptr<const DecisionModel>> DecisionModel::loadFile(const QString &path)
{
    auto main = DmnReader::readFile(path);
    if (!main)
        return main.error();
    QList<Definitions> models{main.value()};
    const QDir folder = QFileInfo(path).absoluteDir();
    QHash<QString, Definitions> siblings; // by namespace, read on first need
    bool siblingsRead = false;
    QSet<QString> loaded{main->nameSpace};
    for (qsizetype i = 0; i < models.size(); ++i) {
        const QList<Import> imports = models.at(i).imports;
        for (const auto &imp : imports) {
            if (!DmnReader::isDmnNamespace(imp.importType) && !imp.importType.contains(QLatin1String("DMN")))
                continue; // PMML or XSD imports: nothing to evaluate
            if (loaded.contains(imp.nameSpace))
                continue;
            std::optional<Definitions> found;
            if (!imp.locationUri.isEmpty() && !imp.locationUri.contains(QLatin1String("://"))) {
                auto r = DmnReader::readFile(folder.filePath(imp.locationUri));
                if (r && r->nameSpace == imp.nameSpace)
                    found = r.value();
            }
            if (!found) {
                if (!siblingsRead) {
                    siblingsRead = true;
                    const auto files = folder.entryList({QStringLiteral("*.dmn")}, QDir::Files, QDir::Name);
                    for (const QString &f : files) {
                        auto r = DmnReader::readFile(folder.filePath(f));
                        if (r)
                            siblings.insert(r->nameSpace, r.value());
                    }
                }
                if (siblings.contains(imp.nameSpace))
                    found = siblings.value(imp.nameSpace);
            }
            if (!found) {
                Problem p;
                p.file = models.at(i).fileName;
                p.line = imp.line;
                p.field = QStringLiteral("import '%1'").arg(imp.name);
                p.message = tr("no model with namespace \"%1\" in the folder").arg(imp.nameSpace);
                return p;
            }
            loaded.insert(imp.nameSpace);
            models << *found;
        }
    }
    return fromDefinitions(models);
}

Result<std::shared_ptr<const DecisionModel>> DecisionModel::fromDefinitions(QList<Definitions> models)
{
    auto impl = std::make_unique<Impl>();
    impl->models = std::move(models);
    const QList<Definitions> &ms = impl->models; // never detached again: pointers into it stay valid
    impl->types = std::make_unique<TypeSystem>(ms);
    for (int m = 0; m < ms.size(); ++m) {
        const Definitions &defs = ms.at(m);
        impl->modelByNamespace.insert(defs.nameSpace, m);
        for (const auto &in : defs.inputData) {
            impl->inputById.insert(key(m, in.id), int(impl->inputs.size()));
            impl->inputs.append({m, in.name, in.typeRef});
        }
        for (const auto &dec : defs.decisions) {
            impl->decisionById.insert(key(m, dec.id), int(impl->decisions.size()));
            DecisionNode node;
            node.model = m;
            node.id = dec.id;
            node.name = dec.name;
            node.typeRef = dec.typeRef;
            node.where = QStringLiteral("decision '%1'").arg(dec.name);
            impl->decisions << node;
        }
        for (int b = 0; b < defs.knowledgeModels.size(); ++b) {
            impl->knowledgeById.insert(key(m, defs.knowledgeModels.at(b).id), int(impl->knowledge.size()));
            impl->knowledge.append({m, false, b, defs.knowledgeModels.at(b).name, {}, {}});
        }
        for (int s = 0; s < defs.decisionServices.size(); ++s) {
            impl->knowledgeById.insert(key(m, defs.decisionServices.at(s).id), int(impl->knowledge.size()));
            impl->knowledge.append({m, true, s, defs.decisionServices.at(s).name, {}, {}});
        }
    }

    // Names every expression of a model may use besides its requirements: lets the FEEL
    // parser read multi-word names of components ("Monthly Income") after a dot.
    auto extraNames = [&](int m) {
        QStringList names;
        std::function<void(const ItemDefinition &)> addComponents = [&](const ItemDefinition &def) {
            for (const auto &c : def.components) {
                names << c.name;
                addComponents(c);
            }
        };
        for (const auto &def : ms.at(m).itemDefinitions)
            addComponents(def);
        return names;
    };

    auto dangling = [&](int m, int line, const QString &where, const ElementRef &ref) {
        return impl->problemAt(m, line, where,
                               tr("requirement \"%1#%2\" names no element of the right kind").arg(ref.nameSpace, ref.id));
    };

    // Requirements of decisions and knowledge models.
    int decisionIndex = 0;
    for (int m = 0; m < ms.size(); ++m) {
        for (const auto &dec : ms.at(m).decisions) {
            DecisionNode &node = impl->decisions[decisionIndex++];
            const QList<std::pair<const QList<ElementRef> *, Requirement::Kind>> groups = {
                {&dec.requiredInputs, Requirement::Kind::Input},
                {&dec.requiredDecisions, Requirement::Kind::Decision},
                {&dec.requiredKnowledge, Requirement::Kind::Knowledge}};
            for (const auto &[refs, kind] : groups) {
                for (const auto &ref : *refs) {
                    const auto r = impl->resolve(m, ref, kind);
                    if (!r)
                        return dangling(m, dec.line, node.where, ref);
                    node.requirements << *r;
                }
            }
        }
    }
    for (auto &k : impl->knowledge) {
        if (k.isService)
            continue;
        const auto &bkm = ms.at(k.model).knowledgeModels.at(k.definitionIndex);
        for (const auto &ref : bkm.requiredKnowledge) {
            const auto r = impl->resolve(k.model, ref, Requirement::Kind::Knowledge);
            if (!r)
                return dangling(k.model, bkm.line, QStringLiteral("business knowledge model '%1'").arg(bkm.name), ref);
            k.requirements << *r;
        }
    }

    // Cycles are errors of the model, found before anything runs.
    const auto decisionCycle = findCycle(int(impl->decisions.size()), [&](int n) {
        QList<int> next;
        for (const auto &r : impl->decisions.at(n).requirements) {
            if (r.kind == Requirement::Kind::Decision)
                next << r.index;
        }
        return next;
    });
    if (decisionCycle) {
        QStringList names;
        for (int n : *decisionCycle)
            names << impl->decisions.at(n).name;
        const DecisionNode &first = impl->decisions.at(decisionCycle->first());
        return impl->problemAt(first.model, ms.at(first.model).decisions.value(0).line, first.where,
                               tr("decisions require each other in a cycle: %1").arg(names.join(QStringLiteral(" → "))));
    }
    const auto knowledgeCycle = findCycle(int(impl->knowledge.size()), [&](int n) {
        QList<int> next;
        for (const auto &r : impl->knowledge.at(n).requirements)
            next << r.index;
        return next;
    });
    if (knowledgeCycle) {
        QStringList names;
        for (int n : *knowledgeCycle)
            names << impl->knowledge.at(n).name;
        const KnowledgeNode &first = impl->knowledge.at(knowledgeCycle->first());
        return impl->problemAt(first.model, 0, QStringLiteral("business knowledge model '%1'").arg(first.name),
                               tr("business knowledge models require each other in a cycle: %1")
                                   .arg(names.join(QStringLiteral(" → "))));
    }

    // Which decisions read each input data, transitively (no cycles remain to trip over).
    impl->decisionsReadingInput.resize(impl->inputs.size());
    for (int n = 0; n < impl->decisions.size(); ++n) {
        QSet<int> seen{n};
        QList<int> pending{n};
        QSet<int> inputsRead;
        while (!pending.isEmpty()) {
            const int m = pending.takeLast();
            for (const auto &r : impl->decisions.at(m).requirements) {
                if (r.kind == Requirement::Kind::Input)
                    inputsRead.insert(r.index);
                else if (r.kind == Requirement::Kind::Decision && !seen.contains(r.index)) {
                    seen.insert(r.index);
                    pending.append(r.index);
                }
            }
        }
        for (int input : std::as_const(inputsRead))
            impl->decisionsReadingInput[input].append(n);
    }

    // Compile decisions.
    for (auto &node : impl->decisions) {
        const Definitions &defs = ms.at(node.model);
        const Decision *dec = nullptr;
        for (const auto &candidate : defs.decisions) {
            if (candidate.id == node.id)
                dec = &candidate;
        }
        ExpressionCompiler compiler(*impl->types, defs.nameSpace, defs.fileName, impl->problems);
        if (dec && dec->expression) {
            QStringList names = Impl::namesOf(node.requirements) + extraNames(node.model);
            node.expression = compiler.compile(*dec->expression, names, node.where);
        }
    }

    // Knowledge models become function values; a model's requirements come first.
    QList<int> state(impl->knowledge.size(), 0);
    std::function<void(int)> build = [&](int k) {
        if (state.at(k) != 0)
            return;
        state[k] = 1;
        KnowledgeNode &node = impl->knowledge[k];
        for (const auto &r : node.requirements)
            build(r.index);
        const Definitions &defs = ms.at(node.model);
        if (node.isService) {
            node.function = feel::Value(std::shared_ptr<const feel::Function>(
                std::make_shared<DecisionServiceFunction>(impl.get(), k, node.name)));
        } else {
            const auto &bkm = defs.knowledgeModels.at(node.definitionIndex);
            ExpressionCompiler compiler(*impl->types, defs.nameSpace, defs.fileName, impl->problems);
            const QString where = QStringLiteral("business knowledge model '%1'").arg(bkm.name);
            feel::Context scope;
            for (const auto &r : node.requirements)
                Impl::put(scope, r, impl->knowledge.at(r.index).function);
            if (bkm.logic) {
                const QStringList names = Impl::namesOf(node.requirements) + extraNames(node.model);
                const CompiledExpressionPtr fn = compiler.compile(*bkm.logic, names, where);
                feel::CallContext ctx;
                EvaluationEnv env{ctx, nullptr};
                node.function = fn->evaluate(feel::Value(scope), env);
                // Decisions call a BKM through a wrapper that remembers results per session.
                if (node.function.is(feel::ValueKind::Function))
                    node.function = feel::Value(std::shared_ptr<const feel::Function>(
                        std::make_shared<MemoizedFunction>(node.function.function())));
            }
        }
        state[k] = 2;
    };
    for (int k = 0; k < impl->knowledge.size(); ++k)
        build(k);

    return std::shared_ptr<const DecisionModel>(new DecisionModel(std::move(impl)));
}

bool DecisionModel::hasDecision(const QString &name, const QString &nameSpace) const
{
    const int model = nameSpace.isEmpty() ? 0 : d->modelByNamespace.value(nameSpace, -1);
    for (const auto &node : d->decisions) {
        if (node.model == model && node.name == name)
            return true;
    }
    return false;
}

feel::Value DecisionModel::evaluateDecision(const QString &name, const InputValues &inputs, feel::CallContext &ctx,
                                            Trace *trace, const QString &nameSpace) const
{
    const int model = nameSpace.isEmpty() ? 0 : d->modelByNamespace.value(nameSpace, -1);
    for (int i = 0; i < d->decisions.size(); ++i) {
        if (d->decisions.at(i).model == model && d->decisions.at(i).name == name) {
            TypeCheckScope typeCheck(ctx, *d->types, d->models.at(model).nameSpace);
            Run run{inputs, ctx, trace, {}, {}, nullptr};
            return d->decisionValue(i, run);
        }
    }
    ctx.report(tr("the model has no decision '%1'").arg(name));
    return {};
}

DecisionModel::Session::Session(const DecisionModel &model, feel::CallContext &ctx, Trace *trace)
    : m_model(model), m_ctx(ctx), m_trace(trace)
{
    // One slot per input data of the model: the pipeline's stages set them one by one.
    m_inputs.reserve(std::size_t(m_model.d->inputs.size()));
    // A memo the caller keeps for many sessions (one per thread) serves this one too.
    if (!m_ctx.memo()) {
        m_memo = std::make_unique<feel::CallMemo>();
        m_ctx.setMemo(m_memo.get());
    }
}

DecisionModel::Session::~Session()
{
    if (m_memo)
        m_ctx.setMemo(nullptr);
}

void DecisionModel::Session::setDecisionResult(const QString &name, const QString &decision,
                                               const feel::Value &value)
{
    storeInput(name, value, {}, decision);
}

void DecisionModel::Session::setInput(const QString &name, const feel::Value &value,
                                      const QString &nameSpace)
{
    storeInput(name, value, nameSpace, {});
}

void DecisionModel::Session::storeInput(const QString &name, const feel::Value &value,
                                        const QString &nameSpace, const QString &fromDecision)
{
    m_inputs.set(name, value, nameSpace, fromDecision);
    // Every input data of that name, whatever its model: a reuse lost, never a stale one.
    const Impl &d = *m_model.d;
    for (int i = 0; i < d.inputs.size(); ++i) {
        if (d.inputs.at(i).name == name) {
            for (int decision : d.decisionsReadingInput.at(i))
                m_reusable.remove(decision);
        }
    }
}

feel::Value DecisionModel::Session::evaluateDecision(const QString &name, const QString &nameSpace)
{
    const Impl &d = *m_model.d;
    const int model = nameSpace.isEmpty() ? 0 : d.modelByNamespace.value(nameSpace, -1);
    for (int i = 0; i < d.decisions.size(); ++i) {
        if (d.decisions.at(i).model == model && d.decisions.at(i).name == name) {
            TypeCheckScope typeCheck(m_ctx, *d.types, d.models.at(model).nameSpace);
            Run run{m_inputs, m_ctx, m_trace, {}, {}, &m_reusable};
            return d.decisionValue(i, run);
        }
    }
    m_ctx.report(tr("the model has no decision '%1'").arg(name));
    return {};
}

feel::Value DecisionModel::evaluateDecisionService(const QString &name, const InputValues &inputs,
                                                   feel::CallContext &ctx, Trace *trace) const
{
    for (int k = 0; k < d->knowledge.size(); ++k) {
        const auto &node = d->knowledge.at(k);
        if (node.isService && node.model == 0 && node.name == name) {
            TypeCheckScope typeCheck(ctx, *d->types, d->models.first().nameSpace);
            return d->invokeService(k, inputs, ctx, trace);
        }
    }
    ctx.report(tr("the model has no decision service '%1'").arg(name));
    return {};
}

feel::Value DecisionModel::invokeKnowledgeModel(const QString &name, const QList<feel::Argument> &args,
                                                feel::CallContext &ctx) const
{
    for (const auto &node : d->knowledge) {
        if (node.model == 0 && node.name == name) {
            if (!node.function.is(feel::ValueKind::Function)) {
                ctx.report(tr("business knowledge model '%1' has no logic").arg(name));
                return {};
            }
            TypeCheckScope typeCheck(ctx, *d->types, d->models.first().nameSpace);
            return node.function.function()->invoke(args, ctx);
        }
    }
    ctx.report(tr("the model has no business knowledge model '%1'").arg(name));
    return {};
}

} // namespace casebench::dmn
