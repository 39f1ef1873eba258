#include "model/ApplicationReader.h"

#include "model/ApplicationSchema.h"
#include "model/Personnummer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <cstdlib>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationReader", text);
}

bool present(const QJsonValue &v)
{
    return !v.isUndefined() && !v.isNull();
}

// 1-based line and column (in characters) of a byte offset into UTF-8 text.
std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++line;
            column = 1;
        } else if ((byte & 0xC0) != 0x80) { // not a UTF-8 continuation byte
            ++column;
        }
    }
    return {line, column};
}

// Offset of the quote that opens the string still open at `end`, or `end` when none is.
qsizetype openingOfUnterminatedString(const QByteArray &text, qsizetype end)
{
    end = std::clamp<qsizetype>(end, 0, text.size());
    qsizetype opening = -1;
    bool inString = false;
    for (qsizetype i = 0; i < end; ++i) {
        const char c = text[i];
        if (inString && c == '\\') {
            ++i; // skip the escaped character
        } else if (c == '"') {
            inString = !inString;
            if (inString)
                opening = i;
        }
    }
    return inString && opening >= 0 ? opening : end;
}

const QRegularExpression &caseIdPattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9/._-]+$"));
    return re;
}

// ISO 8601 date-time with seconds optional, fraction optional, and an offset required:
// a time without an offset would be read in whatever zone the reading machine is in.
const QRegularExpression &receivedAtPattern()
{
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    return re;
}

// Everything that goes wrong in one file, plus what has been read so far.
class FileCheck
{
public:
    explicit FileCheck(QString source) : m_source(std::move(source)) {}

    void add(const QString &field, const QString &message, int line = 0)
    {
        Problem p;
        p.file = m_source;
        p.field = field;
        p.message = message;
        p.line = line;
        m_problems.append(p);
    }
    void addAll(const Problems &problems)
    {
        for (Problem p : problems) {
            p.file = m_source;
            m_problems.append(p);
        }
    }
    bool clean() const { return m_problems.isEmpty(); }
    const Problems &problems() const { return m_problems; }

    // A required or optional string; empty QString and a problem when it is something else.
    std::optional<QString> string(const QJsonObject &o, const QString &key, const QString &path,
                                  bool required)
    {
        const QJsonValue v = o.value(key);
        if (!present(v)) {
            if (required)
                add(path, tr("required field is missing"));
            return std::nullopt;
        }
        if (!v.isString()) {
            add(path, tr("must be a string, not %1").arg(jsonTypeName(v)));
            return std::nullopt;
        }
        return v.toString();
    }

    std::optional<QDate> date(const QJsonObject &o, const QString &key, const QString &path,
                              bool required)
    {
        const std::optional<QString> s = string(o, key, path, required);
        if (!s)
            return std::nullopt;
        const QDate d = isoDateFromString(*s);
        if (!d.isValid()) {
            add(path,
                tr("\"%1\" is not a real date YYYY-MM-DD").arg(Personnummer::maskedForMessage(*s)));
            return std::nullopt;
        }
        return d;
    }

    void unknownKeys(const QJsonObject &o, const QString &prefix, const QStringList &known,
                     const std::function<bool(const QString &, const QJsonValue &)> &extra = {})
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (known.contains(it.key()))
                continue;
            if (extra && extra(it.key(), it.value()))
                continue;
            add(prefix + it.key(), tr("unknown field"));
        }
    }

private:
    QString m_source;
    Problems m_problems;
};

std::optional<Person> readPerson(FileCheck &check, const QJsonValue &value, const QString &path,
                                 bool isApplicant, const ApplicationSchema *schema, QDate reference)
{
    if (!value.isObject()) {
        check.add(path, tr("a person must be an object, not %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const QString prefix = path + QLatin1Char('.');
    Person person;
    bool ok = true;

    if (isApplicant) {
        person.relation = QStringLiteral("applicant");
        const std::optional<QString> relation =
            check.string(o, QStringLiteral("relation"), prefix + QLatin1String("relation"), false);
        if (relation && *relation != QLatin1String("applicant")) {
            check.add(prefix + QLatin1String("relation"),
                      tr("the applicant's relation is \"applicant\" (or left out)"));
            ok = false;
        }
    } else {
        const std::optional<QString> relation =
            check.string(o, QStringLiteral("relation"), prefix + QLatin1String("relation"), true);
        static const QStringList relations{QStringLiteral("partner"), QStringLiteral("child"),
                                           QStringLiteral("adult")};
        if (!relation) {
            ok = false;
        } else if (!relations.contains(*relation)) {
            check.add(prefix + QLatin1String("relation"),
                      tr("unknown value \"%1\"; allowed: %2")
                          .arg(Personnummer::maskedForMessage(*relation),
                               relations.join(QLatin1String(", "))));
            ok = false;
        } else {
            person.relation = *relation;
        }
    }

    const std::optional<QString> name =
        check.string(o, QStringLiteral("name"), prefix + QLatin1String("name"), true);
    if (!name) {
        ok = false;
    } else if (name->trimmed().isEmpty()) {
        check.add(prefix + QLatin1String("name"), tr("must not be empty"));
        ok = false;
    } else if (name->size() > ApplicationReader::MaxNameLength) {
        check.add(prefix + QLatin1String("name"),
                  tr("is longer than %1 characters").arg(ApplicationReader::MaxNameLength));
        ok = false;
    } else {
        person.name = name->trimmed();
    }

    const bool mayOmitPersonnummer = person.relation == QLatin1String("child");
    const QString birthDatePath = prefix + QLatin1String("birth_date");
    const QString pnrPath = prefix + QLatin1String("personnummer");
    const std::optional<QDate> birthDate =
        check.date(o, QStringLiteral("birth_date"), birthDatePath, false);
    if (present(o.value(QLatin1String("birth_date"))) && !birthDate)
        ok = false;
    const QJsonValue pnrValue = o.value(QLatin1String("personnummer"));
    if (!present(pnrValue)) {
        if (!mayOmitPersonnummer || !present(o.value(QLatin1String("birth_date")))) {
            check.add(pnrPath, mayOmitPersonnummer
                                   ? tr("required field is missing (a child may be given with "
                                        "birth_date instead)")
                                   : tr("required field is missing"));
            ok = false;
        } else if (birthDate && *birthDate > reference) {
            check.add(birthDatePath, tr("lies after the date the application was received"));
            ok = false;
        } else if (birthDate) {
            person.birthDate = *birthDate;
        } // else: the unreadable birth_date has been reported above
    } else if (!pnrValue.isString()) {
        check.add(pnrPath, tr("must be a string, not %1").arg(jsonTypeName(pnrValue)));
        ok = false;
    } else {
        const auto parsed = Personnummer::parse(pnrValue.toString(), reference);
        if (!parsed.ok()) {
            check.add(pnrPath, parsed.error().message);
            ok = false;
        } else {
            person.personnummer = parsed->normalized();
            person.birthDate = parsed->birthDate();
            if (birthDate && *birthDate != parsed->birthDate()) {
                check.add(birthDatePath, tr("does not match the birth date in the personnummer"));
                ok = false;
            }
        }
    }

    static const QStringList envelopeKeys{QStringLiteral("personnummer"), QStringLiteral("name"),
                                          QStringLiteral("relation"), QStringLiteral("birth_date")};
    Problems extraProblems;
    check.unknownKeys(o, prefix, envelopeKeys, [&](const QString &key, const QJsonValue &v) {
        return schema && schema->checkPersonField(key, v, path, reference, extraProblems);
    });
    if (!extraProblems.isEmpty()) {
        check.addAll(extraProblems);
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return person;
}

std::optional<Attachment> readAttachment(FileCheck &check, const QJsonValue &value,
                                         const QString &path)
{
    if (!value.isObject()) {
        check.add(path, tr("an attachment must be an object, not %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const QString prefix = path + QLatin1Char('.');
    bool ok = true;
    Attachment a;
    const std::optional<QString> type =
        check.string(o, QStringLiteral("type"), prefix + QLatin1String("type"), true);
    static const QRegularExpression typeRe(QStringLiteral("^[a-z0-9_]{1,64}$"));
    if (!type) {
        ok = false;
    } else if (!typeRe.match(*type).hasMatch()) {
        check.add(prefix + QLatin1String("type"),
                  tr("must be an attachment type code (lower-case letters, digits, _)"));
        ok = false;
    } else {
        a.type = *type;
    }
    const QJsonValue presentValue = o.value(QLatin1String("present"));
    if (!present(presentValue)) {
        check.add(prefix + QLatin1String("present"), tr("required field is missing"));
        ok = false;
    } else if (!presentValue.isBool()) {
        check.add(prefix + QLatin1String("present"),
                  tr("must be true or false, not %1").arg(jsonTypeName(presentValue)));
        ok = false;
    } else {
        a.present = presentValue.toBool();
    }
    const std::optional<QString> name =
        check.string(o, QStringLiteral("name"), prefix + QLatin1String("name"), a.present);
    if (name) {
        if (a.present && name->trimmed().isEmpty()) {
            check.add(prefix + QLatin1String("name"),
                      tr("must name the file when present is true"));
            ok = false;
        } else if (name->size() > ApplicationReader::MaxAttachmentNameLength) {
            check.add(
                prefix + QLatin1String("name"),
                tr("is longer than %1 characters").arg(ApplicationReader::MaxAttachmentNameLength));
            ok = false;
        }
        a.name = name->trimmed();
    } else if (a.present || present(o.value(QLatin1String("name")))) {
        ok = false;
    }
    check.unknownKeys(o, prefix,
                      {QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("present")});
    if (!ok)
        return std::nullopt;
    return a;
}

} // namespace

ApplicationReader::ApplicationReader(QHash<QString, int> defaultDeadlineDays)
    : m_defaultDeadlineDays(std::move(defaultDeadlineDays))
{
}

Result<CaseRecord, Problems> ApplicationReader::readFile(const QString &path,
                                                         QJsonObject *parsed) const
{
    FileCheck check(path);
    QFile file(path);
    const QFileInfo info(path);
    if (info.isDir()) {
        check.add({}, tr("is a folder, not an application file"));
        return check.problems();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        check.add({}, tr("cannot be read: %1").arg(file.errorString()));
        return check.problems();
    }
    // Size from the open file; read one byte more than allowed so a file that grew after
    // the check is still caught.
    if (file.size() > MaxFileBytes) {
        check.add({}, tr("is larger than %1 MB; an application is a few kilobytes")
                          .arg(MaxFileBytes / (1024 * 1024)));
        return check.problems();
    }
    const QByteArray bytes = file.read(MaxFileBytes + 1);
    if (bytes.size() > MaxFileBytes) {
        check.add({}, tr("is larger than %1 MB; an application is a few kilobytes")
                          .arg(MaxFileBytes / (1024 * 1024)));
        return check.problems();
    }
    if (file.error() != QFileDevice::NoError) {
        check.add({}, tr("cannot be read: %1").arg(file.errorString()));
        return check.problems();
    }
    return read(bytes, path, parsed);
}

Result<CaseRecord, Problems> ApplicationReader::read(const QByteArray &json, const QString &source,
                                                     QJsonObject *parsed) const
{
    FileCheck check(source);
    if (json.size() > MaxFileBytes) {
        check.add({}, tr("is larger than %1 MB; an application is a few kilobytes")
                          .arg(MaxFileBytes / (1024 * 1024)));
        return check.problems();
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt reports an unterminated string at the end of the input; the place a person
        // must fix is where the string opened.
        const qsizetype offset = parseError.error == QJsonParseError::UnterminatedString
                                     ? openingOfUnterminatedString(json, parseError.offset)
                                     : parseError.offset;
        const auto [line, column] = lineAndColumn(json, offset);
        check.add({},
                  tr("JSON syntax error at line %1, column %2: %3")
                      .arg(line)
                      .arg(column)
                      .arg(parseError.errorString()),
                  line);
        return check.problems();
    }
    if (!doc.isObject()) {
        check.add({}, tr("must hold one JSON object (an application), not %1")
                          .arg(doc.isArray() ? tr("an array") : tr("a bare value")));
        return check.problems();
    }
    const QJsonObject root = doc.object();
    CaseRecord record;
    record.payload = json;
    record.status = CaseStatus::Received;

    // format
    const std::optional<QString> format =
        check.string(root, QStringLiteral("format"), QStringLiteral("format"), true);
    if (format && *format != formatName())
        check.add(QStringLiteral("format"),
                  tr("\"%1\" is not a format this version reads; expected \"%2\"")
                      .arg(Personnummer::maskedForMessage(*format), formatName()));

    // case_id
    if (const auto caseId =
            check.string(root, QStringLiteral("case_id"), QStringLiteral("case_id"), true)) {
        if (caseId->isEmpty())
            check.add(QStringLiteral("case_id"), tr("must not be empty"));
        else if (caseId->size() > MaxCaseIdLength)
            check.add(QStringLiteral("case_id"),
                      tr("is longer than %1 characters").arg(MaxCaseIdLength));
        else if (!caseIdPattern().match(*caseId).hasMatch())
            check.add(QStringLiteral("case_id"),
                      tr("may hold only letters A-Z a-z, digits and - / . _"));
        else
            record.caseId = *caseId;
    }

    // case_type
    const ApplicationSchema *schema = nullptr;
    if (const auto caseType =
            check.string(root, QStringLiteral("case_type"), QStringLiteral("case_type"), true)) {
        schema = ApplicationSchema::shipped(*caseType);
        if (!schema)
            check.add(QStringLiteral("case_type"),
                      tr("unknown case type \"%1\"; known: %2")
                          .arg(Personnummer::maskedForMessage(*caseType),
                               ApplicationSchema::shippedCaseTypes().join(QLatin1String(", "))));
        else
            record.caseType = *caseType;
    }

    // received_at: keep the sender's calendar date for the default deadline.
    QDate receivedDate;
    if (const auto receivedAt = check.string(root, QStringLiteral("received_at"),
                                             QStringLiteral("received_at"), true)) {
        const QDateTime dt = QDateTime::fromString(*receivedAt, Qt::ISODateWithMs);
        if (!receivedAtPattern().match(*receivedAt).hasMatch()) {
            const bool lacksOffset =
                QRegularExpression(
                    QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"))
                    .match(*receivedAt)
                    .hasMatch();
            check.add(QStringLiteral("received_at"),
                      lacksOffset ? tr("needs a time zone offset (\"Z\" or \"+01:00\"), e.g. "
                                       "2026-11-02T09:15:00+01:00")
                                  : tr("\"%1\" is not an ISO 8601 date-time with offset, e.g. "
                                       "2026-11-02T09:15:00+01:00")
                                        .arg(Personnummer::maskedForMessage(*receivedAt)));
        } else if (!dt.isValid()) {
            check.add(QStringLiteral("received_at"),
                      tr("\"%1\" is not a real date and time")
                          .arg(Personnummer::maskedForMessage(*receivedAt)));
        } else if (std::abs(dt.offsetFromUtc()) > 14 * 3600) {
            check.add(QStringLiteral("received_at"),
                      tr("the offset lies outside -14:00…+14:00, the range of real time zones"));
        } else {
            receivedDate = dt.date();
            record.receivedAt = dt.toUTC();
        }
    }

    if (const auto applicationDate = check.date(root, QStringLiteral("application_date"),
                                                QStringLiteral("application_date"), true))
        record.applicationDate = *applicationDate;

    // Ten-digit personnummer are read against the day the application came in, so the
    // same file reads the same way next year.
    const QDate reference = receivedDate.isValid()             ? receivedDate
                            : record.applicationDate.isValid() ? record.applicationDate
                                                               : QDate::currentDate();

    const std::optional<QDate> deadline =
        check.date(root, QStringLiteral("deadline"), QStringLiteral("deadline"), false);
    if (deadline) {
        if (receivedDate.isValid() && *deadline < receivedDate)
            check.add(QStringLiteral("deadline"),
                      tr("lies before the date the application was received"));
        else
            record.deadlines.append(Deadline{QStringLiteral("decision"), *deadline});
    } else if (!present(root.value(QLatin1String("deadline"))) && receivedDate.isValid()) {
        const auto days = m_defaultDeadlineDays.constFind(record.caseType);
        if (days != m_defaultDeadlineDays.constEnd())
            record.deadlines.append(
                Deadline{QStringLiteral("decision"), receivedDate.addDays(*days)});
    }

    // people
    const QJsonValue applicantValue = root.value(QLatin1String("applicant"));
    if (!present(applicantValue)) {
        check.add(QStringLiteral("applicant"), tr("required field is missing"));
    } else if (auto applicant = readPerson(check, applicantValue, QStringLiteral("applicant"), true,
                                           schema, reference)) {
        record.applicant = *applicant;
    }
    const QJsonValue householdValue = root.value(QLatin1String("household"));
    int personCount = 1;
    if (present(householdValue)) {
        if (!householdValue.isArray()) {
            personCount = 0; // unknown: person references cannot be checked
            check.add(QStringLiteral("household"),
                      tr("must be an array of persons, not %1").arg(jsonTypeName(householdValue)));
        } else {
            const QJsonArray members = householdValue.toArray();
            personCount += int(members.size());
            QHash<QString, QString> seenPersonnummer;
            if (!record.applicant.personnummer.isEmpty())
                seenPersonnummer.insert(record.applicant.personnummer, QStringLiteral("applicant"));
            int partners = 0;
            for (qsizetype i = 0; i < members.size(); ++i) {
                const QString path = QStringLiteral("household[%1]").arg(i);
                std::optional<Person> member =
                    readPerson(check, members[i], path, false, schema, reference);
                if (!member)
                    continue;
                if (!member->personnummer.isEmpty()) {
                    const auto earlier = seenPersonnummer.constFind(member->personnummer);
                    if (earlier != seenPersonnummer.constEnd())
                        check.add(path + QLatin1String(".personnummer"),
                                  tr("is the same personnummer as %1").arg(*earlier));
                    else
                        seenPersonnummer.insert(member->personnummer, path);
                }
                if (member->relation == QLatin1String("partner") && ++partners == 2)
                    check.add(path + QLatin1String(".relation"),
                              tr("an applicant has at most one partner in the household"));
                record.household.append(*member);
            }
        }
    }

    // attachments
    const QJsonValue attachmentsValue = root.value(QLatin1String("attachments"));
    bool attachmentsRead = false;
    if (!present(attachmentsValue)) {
        check.add(QStringLiteral("attachments"), tr("required field is missing"));
    } else if (!attachmentsValue.isArray()) {
        check.add(
            QStringLiteral("attachments"),
            tr("must be an array of attachments, not %1").arg(jsonTypeName(attachmentsValue)));
    } else {
        const QJsonArray items = attachmentsValue.toArray();
        attachmentsRead = true;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto a = readAttachment(check, items[i], QStringLiteral("attachments[%1]").arg(i)))
                record.attachments.append(*a);
            else
                attachmentsRead = false;
        }
    }

    // details
    const QJsonValue details = root.value(QLatin1String("details"));
    if (!present(details)) {
        check.add(QStringLiteral("details"), tr("required field is missing"));
    } else if (schema) {
        check.addAll(schema->checkDetails(details, personCount, reference));
        // Which attachments are required can depend on details (a benefit car needs the
        // employer's statement), so this runs over whatever details hold.
        if (attachmentsRead)
            check.addAll(schema->checkAttachments(record.attachments, details));
    } else if (!details.isObject()) {
        check.add(QStringLiteral("details"),
                  tr("must be an object, not %1").arg(jsonTypeName(details)));
    }

    check.unknownKeys(root, QString(),
                      {QStringLiteral("format"), QStringLiteral("case_id"),
                       QStringLiteral("case_type"), QStringLiteral("received_at"),
                       QStringLiteral("application_date"), QStringLiteral("deadline"),
                       QStringLiteral("applicant"), QStringLiteral("household"),
                       QStringLiteral("attachments"), QStringLiteral("details")});

    if (!check.clean())
        return check.problems();
    if (parsed)
        *parsed = root;
    return record;
}

} // namespace casebench
