#include "automation/rulepack/RulePackManifest.h"

#include "automation/pipeline/ProposalOutcome.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RulePackManifest", text);
}

// Collects problems for one pack.json so every one is reported in one go.
class ManifestParser
{
public:
    ManifestParser(const QJsonObject &root, QString file) : m_root(root), m_file(std::move(file)) {}

    void problem(const QString &field, const QString &message)
    {
        m_problems.append({
            message,
            m_file,
            0,
            field,
        });
    }
    Problems problems() const { return m_problems; }

    QString string(const QJsonObject &obj, const QString &key, const QString &field, bool required)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(field, tr("required field is missing"));
            return {};
        }
        if (!v.isString()) {
            problem(field, tr("not a string"));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            problem(field, tr("must not be empty"));
        return v.toString();
    }

    QDate date(const QJsonObject &obj, const QString &key, const QString &field, bool required)
    {
        const QString text = string(obj, key, field, required);
        if (text.isEmpty())
            return {};
        static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!shape.match(text).hasMatch() || !d.isValid()) {
            problem(field, tr("not a date (YYYY-MM-DD)"));
            return {};
        }
        return d;
    }

    LocalizedText localized(const QJsonObject &obj, const QString &key, const QString &field,
                            bool required)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(field, tr("required field is missing"));
            return {};
        }
        if (!v.isObject()) {
            problem(field, tr("must be an object with \"sv\" and \"en\""));
            return {};
        }
        const QJsonObject o = v.toObject();
        return {string(o, QStringLiteral("sv"), field + QStringLiteral(".sv"), true),
                string(o, QStringLiteral("en"), field + QStringLiteral(".en"), true)};
    }

    QJsonArray array(const QJsonObject &obj, const QString &key, const QString &field,
                     bool required)
    {
        const QJsonValue v = obj.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                problem(field, tr("required field is missing"));
            return {};
        }
        if (!v.isArray()) {
            problem(field, tr("not a list"));
            return {};
        }
        return v.toArray();
    }

    QJsonObject object(const QJsonValue &v, const QString &field)
    {
        if (!v.isObject()) {
            problem(field, tr("not an object"));
            return {};
        }
        return v.toObject();
    }

    // Plain relative path inside the pack folder: no "..", no absolute paths, '/' only.
    QString relativeFile(const QJsonObject &obj, const QString &key, const QString &field,
                         bool required)
    {
        const QString path = string(obj, key, field, required);
        if (path.isEmpty())
            return path;
        const QStringList parts = path.split(QLatin1Char('/'));
        const bool escapes = path.startsWith(QLatin1Char('/')) ||
                             path.contains(QLatin1Char('\\')) ||
                             parts.contains(QStringLiteral("..")) ||
                             parts.contains(QStringLiteral(".")) || parts.contains(QString());
        if (escapes) {
            problem(field, tr("must be a relative path inside the pack folder, separated by '/'"));
            return {};
        }
        return path;
    }

private:
    QJsonObject m_root;
    QString m_file;
    Problems m_problems;
};

const QStringList &knownKeys()
{
    static const QStringList keys = {
        QStringLiteral("format"),
        QStringLiteral("id"),
        QStringLiteral("name"),
        QStringLiteral("case_type"),
        QStringLiteral("version"),
        QStringLiteral("valid_from"),
        QStringLiteral("valid_to"),
        QStringLiteral("description"),
        QStringLiteral("changelog"),
        QStringLiteral("input_schema"),
        QStringLiteral("model"),
        QStringLiteral("stages"),
        QStringLiteral("legal_references"),
        QStringLiteral("letters"),
        QStringLiteral("default_deadline_days"),
        QStringLiteral("spot_check_rate"),
    };
    return keys;
}

} // namespace

const LegalReference *RulePackManifest::legalReference(QStringView referenceId) const
{
    for (const auto &ref : legalReferences) {
        if (ref.id == referenceId)
            return &ref;
    }
    return nullptr;
}

QString RulePackManifest::spotCheckRateText() const
{
    if (spotCheckPpm >= 1'000'000)
        return QStringLiteral("1");
    QString frac = QStringLiteral("%1").arg(spotCheckPpm, 6, 10, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    return frac.isEmpty() ? QStringLiteral("0") : QStringLiteral("0.") + frac;
}

std::optional<int> RulePackManifest::parseRatePpm(QStringView text)
{
    static const QRegularExpression shape(QStringLiteral("^(0|1)(\\.(\\d{1,6}))?$"));
    const auto m = shape.match(text.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const int whole = m.capturedView(1).toInt();
    QString frac = m.captured(3);
    while (frac.size() < 6)
        frac.append(QLatin1Char('0'));
    const int ppm = whole * 1'000'000 + frac.toInt();
    if (ppm > 1'000'000)
        return std::nullopt;
    return ppm;
}

Result<RulePackManifest, Problems> RulePackManifest::read(const QByteArray &json,
                                                          const QString &file)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const int line = int(json.left(error.offset).count('\n')) + 1;
        return Problems{{tr("JSON syntax error: %1").arg(error.errorString()), file, line, {}}};
    }
    if (!doc.isObject())
        return Problems{{tr("must hold one JSON object"), file, 0, {}}};

    const QJsonObject root = doc.object();
    ManifestParser p(root, file);
    RulePackManifest m;

    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            p.problem(it.key(), tr("unknown field"));
    }
    const QString format = p.string(root, QStringLiteral("format"), QStringLiteral("format"), true);
    if (!format.isEmpty() && format != formatName())
        p.problem(QStringLiteral("format"), tr("must be \"%1\"").arg(formatName()));

    m.id = p.string(root, QStringLiteral("id"), QStringLiteral("id"), true);
    static const QRegularExpression idShape(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    if (!m.id.isEmpty() && !idShape.match(m.id).hasMatch())
        p.problem(QStringLiteral("id"),
                  tr("must be 1–64 lower-case letters, digits, '.', '_' or '-'"));
    m.name = p.localized(root, QStringLiteral("name"), QStringLiteral("name"), true);
    m.caseType = p.string(root, QStringLiteral("case_type"), QStringLiteral("case_type"), true);
    m.version = p.string(root, QStringLiteral("version"), QStringLiteral("version"), true);
    m.validFrom = p.date(root, QStringLiteral("valid_from"), QStringLiteral("valid_from"), true);
    m.validTo = p.date(root, QStringLiteral("valid_to"), QStringLiteral("valid_to"), false);
    if (m.validFrom.isValid() && m.validTo.isValid() && m.validTo < m.validFrom)
        p.problem(QStringLiteral("valid_to"), tr("is before valid_from"));
    m.description =
        p.localized(root, QStringLiteral("description"), QStringLiteral("description"), true);

    const QJsonArray changelog =
        p.array(root, QStringLiteral("changelog"), QStringLiteral("changelog"), false);
    for (qsizetype i = 0; i < changelog.size(); ++i) {
        const QString field = QStringLiteral("changelog[%1]").arg(i);
        const QJsonObject e = p.object(changelog.at(i), field);
        if (e.isEmpty())
            continue;
        m.changelog.append(
            {p.string(e, QStringLiteral("version"), field + QStringLiteral(".version"), true),
             p.date(e, QStringLiteral("date"), field + QStringLiteral(".date"), true),
             p.string(e, QStringLiteral("text"), field + QStringLiteral(".text"), true)});
    }

    const QJsonArray schema =
        p.array(root, QStringLiteral("input_schema"), QStringLiteral("input_schema"), true);
    for (qsizetype i = 0; i < schema.size(); ++i) {
        const QString field = QStringLiteral("input_schema[%1]").arg(i);
        const QJsonObject e = p.object(schema.at(i), field);
        if (e.isEmpty())
            continue;
        RulePackField f;
        f.path = p.string(e, QStringLiteral("path"), field + QStringLiteral(".path"), true);
        const QString type =
            p.string(e, QStringLiteral("type"), field + QStringLiteral(".type"), true);
        if (!type.isEmpty()) {
            if (const auto t = fieldTypeFromCode(type))
                f.type = *t;
            else
                p.problem(field + QStringLiteral(".type"), tr("unknown type \"%1\"").arg(type));
        }
        f.label = p.localized(e, QStringLiteral("label"), field + QStringLiteral(".label"), true);
        const QJsonValue req = e.value(QStringLiteral("required"));
        if (!req.isBool())
            p.problem(field + QStringLiteral(".required"), tr("must be true or false"));
        f.required = req.toBool();
        m.inputSchema.append(f);
    }

    m.model = p.relativeFile(root, QStringLiteral("model"), QStringLiteral("model"), true);
    if (!m.model.isEmpty() && !m.model.endsWith(QStringLiteral(".dmn")))
        p.problem(QStringLiteral("model"), tr("must name a .dmn file"));

    const QJsonValue stagesValue = root.value(QStringLiteral("stages"));
    if (stagesValue.isUndefined()) {
        p.problem(QStringLiteral("stages"), tr("required field is missing"));
    } else {
        const QJsonObject stages = p.object(stagesValue, QStringLiteral("stages"));
        const QStringList stageKeys = {QStringLiteral("completeness"), QStringLiteral("triage"),
                                       QStringLiteral("amount"), QStringLiteral("proposal")};
        for (auto it = stages.begin(); it != stages.end(); ++it) {
            if (!stageKeys.contains(it.key()))
                p.problem(QStringLiteral("stages.") + it.key(), tr("unknown stage"));
        }
        auto stage = [&](const QString &key) {
            return p.string(stages, key, QStringLiteral("stages.") + key, true);
        };
        m.stages = {stage(stageKeys[0]), stage(stageKeys[1]), stage(stageKeys[2]),
                    stage(stageKeys[3])};
    }

    const QJsonArray refs =
        p.array(root, QStringLiteral("legal_references"), QStringLiteral("legal_references"), true);
    for (qsizetype i = 0; i < refs.size(); ++i) {
        const QString field = QStringLiteral("legal_references[%1]").arg(i);
        const QJsonObject e = p.object(refs.at(i), field);
        if (e.isEmpty())
            continue;
        LegalReference ref{
            p.string(e, QStringLiteral("id"), field + QStringLiteral(".id"), true),
            p.string(e, QStringLiteral("citation"), field + QStringLiteral(".citation"), true),
            p.string(e, QStringLiteral("url"), field + QStringLiteral(".url"), false)};
        if (!ref.id.isEmpty() && m.legalReference(ref.id))
            p.problem(field + QStringLiteral(".id"), tr("\"%1\" is listed twice").arg(ref.id));
        m.legalReferences.append(ref);
    }

    const QJsonValue lettersValue = root.value(QStringLiteral("letters"));
    if (!lettersValue.isUndefined() && !lettersValue.isNull()) {
        const QJsonObject letters = p.object(lettersValue, QStringLiteral("letters"));
        for (auto it = letters.begin(); it != letters.end(); ++it) {
            const QString field = QStringLiteral("letters.") + it.key();
            if (!outcomeFromCode(it.key())) {
                p.problem(field,
                          tr("not an outcome (%1)").arg(outcomeCodes().join(QStringLiteral(", "))));
                continue;
            }
            const QString path = p.relativeFile(letters, it.key(), field, true);
            if (!path.isEmpty())
                m.letters.insert(it.key(), path);
        }
    }

    const QJsonValue days = root.value(QStringLiteral("default_deadline_days"));
    const qint64 dayCount = days.toInteger(-1);
    if (days.isUndefined())
        p.problem(QStringLiteral("default_deadline_days"), tr("required field is missing"));
    else if (!days.isDouble() || dayCount < 1 || dayCount > 366)
        p.problem(QStringLiteral("default_deadline_days"),
                  tr("must be a whole number of days from 1 to 366"));
    else
        m.defaultDeadlineDays = int(dayCount);

    const QString rate =
        p.string(root, QStringLiteral("spot_check_rate"), QStringLiteral("spot_check_rate"), true);
    if (!rate.isEmpty()) {
        if (const auto ppm = parseRatePpm(rate))
            m.spotCheckPpm = *ppm;
        else
            p.problem(QStringLiteral("spot_check_rate"),
                      tr("must be a decimal string from \"0\" to \"1\" with at most six decimals"));
    }

    if (!p.problems().isEmpty())
        return p.problems();
    return m;
}

} // namespace casebench
