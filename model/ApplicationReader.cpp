#include "model/ApplicationReader.h"

#include "model/ApplicationSchema.h"
#include "model/Personnummer.h"
#include "model/SmallFile.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <cstdlib>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationReader", text);
}

bool present(const JsonTree::Value &v)
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

// The patterns below are matched by hand first, since an expression costs about a thousand
// instructions a match; what the hand match does not take goes to the expression, whose
// word is final (its $ also matches before a final newline, for one).

bool isCaseId(QStringView id)
{
    const auto plain = [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') ||
               c == u'/' || c == u'.' || c == u'_' || c == u'-';
    };
    if (!id.isEmpty() && std::all_of(id.begin(), id.end(), plain))
        return true;
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9/._-]+$"));
    return re.match(id.toString()).hasMatch();
}

// Reads ASCII digits at `pos`, at least `min` and at most `max`, and moves past them.
bool digits(QStringView s, qsizetype &pos, qsizetype min, qsizetype max)
{
    qsizetype n = 0;
    while (n < max && pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
        ++pos;
        ++n;
    }
    return n >= min;
}

bool literalAt(QStringView s, qsizetype pos, char16_t c)
{
    return pos < s.size() && s[pos] == c;
}

bool literal(QStringView s, qsizetype &pos, char16_t c)
{
    if (pos >= s.size() || s[pos] != c)
        return false;
    ++pos;
    return true;
}

// ISO 8601 date-time with seconds optional, fraction optional, and an offset required:
// a time without an offset would be read in whatever zone the reading machine is in.
bool isReceivedAt(QStringView text)
{
    const QStringView s = text;
    qsizetype pos = 0;
    bool shaped = digits(s, pos, 4, 4) && literal(s, pos, u'-') && digits(s, pos, 2, 2) &&
                  literal(s, pos, u'-') && digits(s, pos, 2, 2) && literal(s, pos, u'T') &&
                  digits(s, pos, 2, 2) && literal(s, pos, u':') && digits(s, pos, 2, 2);
    if (shaped && literal(s, pos, u':')) {
        shaped = digits(s, pos, 2, 2);
        if (shaped && literal(s, pos, u'.'))
            shaped = digits(s, pos, 1, 9);
    }
    if (shaped) {
        if (!literal(s, pos, u'Z'))
            shaped = (literal(s, pos, u'+') || literal(s, pos, u'-')) && digits(s, pos, 2, 2) &&
                     literal(s, pos, u':') && digits(s, pos, 2, 2);
    }
    if (shaped && pos == s.size())
        return true;
    static const QRegularExpression re(QStringLiteral(
        "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    return re.match(text.toString()).hasMatch();
}

// `count` ASCII digits at `pos` as a number; false when any is missing or no digit.
bool fixedDigits(QStringView s, qsizetype pos, qsizetype count, int &value)
{
    if (pos + count > s.size())
        return false;
    value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        if (s[i] < u'0' || s[i] > u'9')
            return false;
        value = value * 10 + (s[i].unicode() - u'0');
    }
    return true;
}

// The date and time of the form every sender uses — YYYY-MM-DDTHH:MM[:SS[.f]] with Z or
// ±HH:MM, a fraction of at most three digits — read by hand into the QDateTime Qt's ISO parse
// makes of it (that parse costs thousands of instructions a file). Empty for anything else,
// valid or not: an hour 24, a longer fraction (which Qt rounds through a double), a year 0,
// a date or time that does not exist are left to Qt, whose reading is the one that counts.
std::optional<QDateTime> commonReceivedAt(QStringView s)
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    if (!fixedDigits(s, 0, 4, year) || !literalAt(s, 4, u'-') || !fixedDigits(s, 5, 2, month) ||
        !literalAt(s, 7, u'-') || !fixedDigits(s, 8, 2, day) || !literalAt(s, 10, u'T') ||
        !fixedDigits(s, 11, 2, hour) || !literalAt(s, 13, u':') || !fixedDigits(s, 14, 2, minute))
        return std::nullopt;
    qsizetype pos = 16;
    int second = 0;
    int msec = 0;
    if (literalAt(s, pos, u':')) {
        if (!fixedDigits(s, pos + 1, 2, second))
            return std::nullopt;
        pos += 3;
        if (literalAt(s, pos, u'.')) {
            ++pos;
            int scale = 100;
            const qsizetype first = pos;
            while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9' && pos - first < 3) {
                msec += (s[pos].unicode() - u'0') * scale;
                scale /= 10;
                ++pos;
            }
            if (pos == first || (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9'))
                return std::nullopt;
        }
    }
    int offset = 0;
    bool utc = false;
    if (literalAt(s, pos, u'Z') && pos + 1 == s.size()) {
        utc = true;
    } else if ((literalAt(s, pos, u'+') || literalAt(s, pos, u'-')) && pos + 6 == s.size()) {
        int offsetHours = 0;
        int offsetMinutes = 0;
        if (!fixedDigits(s, pos + 1, 2, offsetHours) || !literalAt(s, pos + 3, u':') ||
            !fixedDigits(s, pos + 4, 2, offsetMinutes) || offsetHours > 23 || offsetMinutes > 59)
            return std::nullopt;
        offset = (offsetHours * 60 + offsetMinutes) * 60 * (s[pos] == u'-' ? -1 : 1);
    } else {
        return std::nullopt;
    }
    if (year == 0 || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    // What Qt builds from the parts it reads (an offset of 0 gives UTC there as here).
    const QTime time(hour, minute, second, msec);
    return utc ? QDateTime(date, time, Qt::UTC) : QDateTime(date, time, Qt::OffsetFromUTC, offset);
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

    // A required or optional string `v` (looked up by the caller, who may need it again);
    // empty QString and a problem when it is something else. `path()` gives the field's
    // path, built only for a problem.
    template <typename Path>
    std::optional<QStringView> string(const JsonTree::Value &v, const Path &path, bool required)
    {
        if (!present(v)) {
            if (required)
                add(path(), tr("required field is missing"));
            return std::nullopt;
        }
        if (!v.isString()) {
            add(path(), tr("must be a string, not %1").arg(jsonTypeName(v)));
            return std::nullopt;
        }
        return v.string();
    }

    template <typename Path>
    std::optional<QDate> date(const JsonTree::Value &v, const Path &path, bool required)
    {
        const std::optional<QStringView> s = string(v, path, required);
        if (!s)
            return std::nullopt;
        const QDate d = isoDateFromString(*s);
        if (!d.isValid()) {
            add(path(),
                tr("\"%1\" is not a real date YYYY-MM-DD").arg(Personnummer::maskedForMessage(*s)));
            return std::nullopt;
        }
        return d;
    }

    // `parent()`: the object's path ("" for the root), built only when a key is looked at.
    // `knownGiven`: how many of `known` the object has (null ones included); when that is
    // all its keys, none is unknown.
    template <typename Path>
    void unknownKeys(const JsonTree::Value &o, const Path &parent, const QStringList &known,
                     qsizetype knownGiven,
                     const std::function<bool(QStringView, const JsonTree::Value &)> &extra = {})
    {
        if (knownGiven == o.size())
            return;
        const QString prefix = parent();
        for (qsizetype i = 0; i < o.size(); ++i) {
            const QStringView key = o.keyAt(i);
            if (known.contains(key))
                continue;
            if (extra && extra(key, o.valueAt(i)))
                continue;
            add(prefix.isEmpty() ? key.toString() : prefix + QLatin1Char('.') + key.toString(),
                tr("unknown field"));
        }
    }

private:
    QString m_source;
    Problems m_problems;
};

std::optional<Person> readPerson(FileCheck &check, const JsonTree::Value &value, const QString &path,
                                 bool isApplicant, const ApplicationSchema *schema, QDate reference)
{
    if (!value.isObject()) {
        check.add(path, tr("a person must be an object, not %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const JsonTree::Value &o = value;
    // Field paths ("household[1].name") are built only for a problem.
    const auto at = [&path](QLatin1String name) {
        return [&path, name] { return path + QLatin1Char('.') + name; };
    };
    const auto relationPath = at(QLatin1String("relation"));
    const auto namePath = at(QLatin1String("name"));
    const auto birthDatePath = at(QLatin1String("birth_date"));
    const auto pnrPath = at(QLatin1String("personnummer"));
    // Each envelope key looked up once.
    const JsonTree::Value relationValue = o.value(u"relation");
    const JsonTree::Value nameValue = o.value(u"name");
    const JsonTree::Value birthDateValue = o.value(u"birth_date");
    const JsonTree::Value pnrValue = o.value(u"personnummer");
    Person person;
    bool ok = true;

    if (isApplicant) {
        person.relation = QStringLiteral("applicant");
        const std::optional<QStringView> relation = check.string(relationValue, relationPath, false);
        if (relation && *relation != u"applicant") {
            check.add(relationPath(), tr("the applicant's relation is \"applicant\" (or left out)"));
            ok = false;
        }
    } else {
        const std::optional<QStringView> relation = check.string(relationValue, relationPath, true);
        static const QStringList relations{QStringLiteral("partner"), QStringLiteral("child"),
                                           QStringLiteral("adult")};
        if (!relation) {
            ok = false;
        } else if (!relations.contains(*relation)) {
            check.add(relationPath(),
                      tr("unknown value \"%1\"; allowed: %2")
                          .arg(Personnummer::maskedForMessage(*relation),
                               relations.join(QLatin1String(", "))));
            ok = false;
        } else {
            person.relation = relation->toString();
        }
    }

    const std::optional<QStringView> name = check.string(nameValue, namePath, true);
    if (!name) {
        ok = false;
    } else if (name->trimmed().isEmpty()) {
        check.add(namePath(), tr("must not be empty"));
        ok = false;
    } else if (name->size() > ApplicationReader::MaxNameLength) {
        check.add(namePath(),
                  tr("is longer than %1 characters").arg(ApplicationReader::MaxNameLength));
        ok = false;
    } else {
        person.name = name->trimmed().toString();
    }

    const bool mayOmitPersonnummer = person.relation == QLatin1String("child");
    const std::optional<QDate> birthDate = check.date(birthDateValue, birthDatePath, false);
    if (present(birthDateValue) && !birthDate)
        ok = false;
    if (!present(pnrValue)) {
        if (!mayOmitPersonnummer || !present(birthDateValue)) {
            check.add(pnrPath(), mayOmitPersonnummer
                                     ? tr("required field is missing (a child may be given with "
                                          "birth_date instead)")
                                     : tr("required field is missing"));
            ok = false;
        } else if (birthDate && *birthDate > reference) {
            check.add(birthDatePath(), tr("lies after the date the application was received"));
            ok = false;
        } else if (birthDate) {
            person.birthDate = *birthDate;
        } // else: the unreadable birth_date has been reported above
    } else if (!pnrValue.isString()) {
        check.add(pnrPath(), tr("must be a string, not %1").arg(jsonTypeName(pnrValue)));
        ok = false;
    } else {
        const auto parsed = Personnummer::parse(pnrValue.string(), reference);
        if (!parsed.ok()) {
            check.add(pnrPath(), parsed.error().message);
            ok = false;
        } else {
            person.personnummer = parsed->normalized();
            person.birthDate = parsed->birthDate();
            if (birthDate && *birthDate != parsed->birthDate()) {
                check.add(birthDatePath(), tr("does not match the birth date in the personnummer"));
                ok = false;
            }
        }
    }

    static const QStringList envelopeKeys{QStringLiteral("personnummer"), QStringLiteral("name"),
                                          QStringLiteral("relation"), QStringLiteral("birth_date")};
    const qsizetype envelopeGiven = !relationValue.isUndefined() + !nameValue.isUndefined() +
                                    !birthDateValue.isUndefined() + !pnrValue.isUndefined();
    Problems extraProblems;
    check.unknownKeys(o, [&path] { return path; }, envelopeKeys, envelopeGiven,
                      [&](QStringView key, const JsonTree::Value &v) {
                          return schema &&
                                 schema->checkPersonField(key, v, path, reference, extraProblems);
                      });
    if (!extraProblems.isEmpty()) {
        check.addAll(extraProblems);
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return person;
}

bool isAttachmentTypeCode(QStringView type)
{
    // ^[a-z0-9_]{1,64}$ by hand; what the loop does not take goes to the expression, whose
    // word is final (its $ also matches before a final newline).
    const auto plain = [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
    };
    if (!type.isEmpty() && type.size() <= 64 && std::all_of(type.begin(), type.end(), plain))
        return true;
    static const QRegularExpression typeRe(QStringLiteral("^[a-z0-9_]{1,64}$"));
    return typeRe.match(type.toString()).hasMatch();
}

// `index`: the attachment's place in "attachments", which names it in problems.
std::optional<Attachment> readAttachment(FileCheck &check, const JsonTree::Value &value,
                                         qsizetype index)
{
    const auto path = [index] {
        return QLatin1String("attachments[") + QString::number(index) + QLatin1Char(']');
    };
    if (!value.isObject()) {
        check.add(path(), tr("an attachment must be an object, not %1").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const JsonTree::Value &o = value;
    const auto at = [&path](QLatin1String name) {
        return [&path, name] { return path() + QLatin1Char('.') + name; };
    };
    const auto typePath = at(QLatin1String("type"));
    const auto presentPath = at(QLatin1String("present"));
    const auto namePath = at(QLatin1String("name"));
    const JsonTree::Value typeValue = o.value(u"type");
    const JsonTree::Value presentValue = o.value(u"present");
    const JsonTree::Value nameValue = o.value(u"name");
    bool ok = true;
    Attachment a;
    const std::optional<QStringView> type = check.string(typeValue, typePath, true);
    if (!type) {
        ok = false;
    } else if (!isAttachmentTypeCode(*type)) {
        check.add(typePath(),
                  tr("must be an attachment type code (lower-case letters, digits, _)"));
        ok = false;
    } else {
        a.type = type->toString();
    }
    if (!present(presentValue)) {
        check.add(presentPath(), tr("required field is missing"));
        ok = false;
    } else if (!presentValue.isBool()) {
        check.add(presentPath(),
                  tr("must be true or false, not %1").arg(jsonTypeName(presentValue)));
        ok = false;
    } else {
        a.present = presentValue.toBool();
    }
    const std::optional<QStringView> name = check.string(nameValue, namePath, a.present);
    if (name) {
        if (a.present && name->trimmed().isEmpty()) {
            check.add(namePath(), tr("must name the file when present is true"));
            ok = false;
        } else if (name->size() > ApplicationReader::MaxAttachmentNameLength) {
            check.add(
                namePath(),
                tr("is longer than %1 characters").arg(ApplicationReader::MaxAttachmentNameLength));
            ok = false;
        }
        a.name = name->trimmed().toString();
    } else if (a.present || present(nameValue)) {
        ok = false;
    }
    static const QStringList keys{QStringLiteral("type"), QStringLiteral("name"),
                                  QStringLiteral("present")};
    const qsizetype given =
        !typeValue.isUndefined() + !presentValue.isUndefined() + !nameValue.isUndefined();
    check.unknownKeys(o, path, keys, given);
    if (!ok)
        return std::nullopt;
    return a;
}

} // namespace

QDateTime ApplicationReader::dateTimeFromString(QStringView text)
{
    if (std::optional<QDateTime> common = commonReceivedAt(text))
        return *std::move(common);
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

ApplicationReader::ApplicationReader(QHash<QString, int> defaultDeadlineDays)
    : m_defaultDeadlineDays(std::move(defaultDeadlineDays))
{
}

Result<CaseRecord, Problems> ApplicationReader::readFile(const QString &path,
                                                         JsonTree *parsed) const
{
    // SmallFile: as few system calls as the platform allows (`casebench propose` reads
    // 100 000 files).
    return readContents(SmallFile::read(path, MaxFileBytes), path, parsed);
}

Result<CaseRecord, Problems> ApplicationReader::readContents(const SmallFile::Contents &file,
                                                             const QString &path,
                                                             JsonTree *parsed) const
{
    FileCheck check(path);
    switch (file.status) {
    case SmallFile::Status::Read:
        return read(file.bytes, path, parsed);
    case SmallFile::Status::IsFolder:
        check.add({}, tr("is a folder, not an application file"));
        break;
    case SmallFile::Status::TooLarge:
        check.add({}, tr("is larger than %1 MB; an application is a few kilobytes")
                          .arg(MaxFileBytes / (1024 * 1024)));
        break;
    case SmallFile::Status::Unreadable:
        check.add({}, tr("cannot be read: %1").arg(file.error));
        break;
    }
    return check.problems();
}

Result<CaseRecord, Problems> ApplicationReader::read(const QByteArray &json, const QString &source,
                                                     JsonTree *parsed) const
{
    FileCheck check(source);
    if (json.size() > MaxFileBytes) {
        check.add({}, tr("is larger than %1 MB; an application is a few kilobytes")
                          .arg(MaxFileBytes / (1024 * 1024)));
        return check.problems();
    }
    JsonTree local;
    JsonTree &tree = parsed ? *parsed : local;
    QJsonParseError parseError;
    if (!tree.parse(json, &parseError)) {
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
    const JsonTree::Value root = tree.root();
    if (!root.isObject()) {
        check.add({}, tr("must hold one JSON object (an application), not %1")
                          .arg(root.isArray() ? tr("an array") : tr("a bare value")));
        return check.problems();
    }
    // Each envelope key looked up once.
    const JsonTree::Value formatValue = root.value(u"format");
    const JsonTree::Value caseIdValue = root.value(u"case_id");
    const JsonTree::Value caseTypeValue = root.value(u"case_type");
    const JsonTree::Value receivedAtValue = root.value(u"received_at");
    const JsonTree::Value applicationDateValue = root.value(u"application_date");
    const JsonTree::Value deadlineValue = root.value(u"deadline");
    const JsonTree::Value applicantValue = root.value(u"applicant");
    const JsonTree::Value householdValue = root.value(u"household");
    const JsonTree::Value attachmentsValue = root.value(u"attachments");
    const JsonTree::Value details = root.value(u"details");
    const auto named = [](QString key) { return [key = std::move(key)] { return key; }; };
    CaseRecord record;
    record.payload = json;
    record.status = CaseStatus::Received;

    // format
    const std::optional<QStringView> format =
        check.string(formatValue, named(QStringLiteral("format")), true);
    if (format && *format != formatName())
        check.add(QStringLiteral("format"),
                  tr("\"%1\" is not a format this version reads; expected \"%2\"")
                      .arg(Personnummer::maskedForMessage(*format), formatName()));

    // case_id
    if (const auto caseId =
            check.string(caseIdValue, named(QStringLiteral("case_id")), true)) {
        if (caseId->isEmpty())
            check.add(QStringLiteral("case_id"), tr("must not be empty"));
        else if (caseId->size() > MaxCaseIdLength)
            check.add(QStringLiteral("case_id"),
                      tr("is longer than %1 characters").arg(MaxCaseIdLength));
        else if (!isCaseId(*caseId))
            check.add(QStringLiteral("case_id"),
                      tr("may hold only letters A-Z a-z, digits and - / . _"));
        else
            record.caseId = caseId->toString();
    }

    // case_type
    const ApplicationSchema *schema = nullptr;
    if (const auto caseTypeText =
            check.string(caseTypeValue, named(QStringLiteral("case_type")), true)) {
        QString caseType = caseTypeText->toString();
        schema = ApplicationSchema::shipped(caseType);
        if (!schema)
            check.add(QStringLiteral("case_type"),
                      tr("unknown case type \"%1\"; known: %2")
                          .arg(Personnummer::maskedForMessage(caseType),
                               ApplicationSchema::shippedCaseTypes().join(QLatin1String(", "))));
        else
            record.caseType = std::move(caseType);
    }

    // received_at: keep the sender's calendar date for the default deadline.
    QDate receivedDate;
    if (const auto receivedAt =
            check.string(receivedAtValue, named(QStringLiteral("received_at")), true)) {
        // The common form is known to be shaped right: only others are matched.
        const std::optional<QDateTime> common = commonReceivedAt(*receivedAt);
        if (!common && !isReceivedAt(*receivedAt)) {
            const bool lacksOffset =
                QRegularExpression(
                    QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$"))
                    .match(receivedAt->toString())
                    .hasMatch();
            check.add(QStringLiteral("received_at"),
                      lacksOffset ? tr("needs a time zone offset (\"Z\" or \"+01:00\"), e.g. "
                                       "2026-11-02T09:15:00+01:00")
                                  : tr("\"%1\" is not an ISO 8601 date-time with offset, e.g. "
                                       "2026-11-02T09:15:00+01:00")
                                        .arg(Personnummer::maskedForMessage(*receivedAt)));
        } else if (const QDateTime dt =
                       common ? *common : QDateTime::fromString(*receivedAt, Qt::ISODateWithMs);
                   !dt.isValid()) {
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

    if (const auto applicationDate =
            check.date(applicationDateValue, named(QStringLiteral("application_date")), true))
        record.applicationDate = *applicationDate;

    // Ten-digit personnummer are read against the day the application came in, so the
    // same file reads the same way next year.
    const QDate reference = receivedDate.isValid()             ? receivedDate
                            : record.applicationDate.isValid() ? record.applicationDate
                                                               : QDate::currentDate();

    const std::optional<QDate> deadline =
        check.date(deadlineValue, named(QStringLiteral("deadline")), false);
    if (deadline) {
        if (receivedDate.isValid() && *deadline < receivedDate)
            check.add(QStringLiteral("deadline"),
                      tr("lies before the date the application was received"));
        else
            record.deadlines.append(Deadline{QStringLiteral("decision"), *deadline});
    } else if (!present(deadlineValue) && receivedDate.isValid()) {
        const auto days = m_defaultDeadlineDays.constFind(record.caseType);
        if (days != m_defaultDeadlineDays.constEnd())
            record.deadlines.append(
                Deadline{QStringLiteral("decision"), receivedDate.addDays(*days)});
    }

    // people
    if (!present(applicantValue)) {
        check.add(QStringLiteral("applicant"), tr("required field is missing"));
    } else if (auto applicant = readPerson(check, applicantValue, QStringLiteral("applicant"), true,
                                           schema, reference)) {
        record.applicant = *applicant;
    }
    int personCount = 1;
    if (present(householdValue)) {
        if (!householdValue.isArray()) {
            personCount = 0; // unknown: person references cannot be checked
            check.add(QStringLiteral("household"),
                      tr("must be an array of persons, not %1").arg(jsonTypeName(householdValue)));
        } else {
            const JsonTree::Value &members = householdValue;
            personCount += int(members.size());
            QHash<QString, QString> seenPersonnummer;
            if (!record.applicant.personnummer.isEmpty())
                seenPersonnummer.insert(record.applicant.personnummer, QStringLiteral("applicant"));
            int partners = 0;
            for (qsizetype i = 0; i < members.size(); ++i) {
                const QString path =
                    QLatin1String("household[") + QString::number(i) + QLatin1Char(']');
                std::optional<Person> member =
                    readPerson(check, members.at(i), path, false, schema, reference);
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
    bool attachmentsRead = false;
    if (!present(attachmentsValue)) {
        check.add(QStringLiteral("attachments"), tr("required field is missing"));
    } else if (!attachmentsValue.isArray()) {
        check.add(
            QStringLiteral("attachments"),
            tr("must be an array of attachments, not %1").arg(jsonTypeName(attachmentsValue)));
    } else {
        const JsonTree::Value &items = attachmentsValue;
        attachmentsRead = true;
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (auto a = readAttachment(check, items.at(i), i))
                record.attachments.append(*a);
            else
                attachmentsRead = false;
        }
    }

    // details
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

    const qsizetype envelopeGiven =
        !formatValue.isUndefined() + !caseIdValue.isUndefined() + !caseTypeValue.isUndefined() +
        !receivedAtValue.isUndefined() + !applicationDateValue.isUndefined() +
        !deadlineValue.isUndefined() + !applicantValue.isUndefined() +
        !householdValue.isUndefined() + !attachmentsValue.isUndefined() + !details.isUndefined();
    static const QStringList envelopeKeys{
        QStringLiteral("format"),      QStringLiteral("case_id"),
        QStringLiteral("case_type"),   QStringLiteral("received_at"),
        QStringLiteral("application_date"), QStringLiteral("deadline"),
        QStringLiteral("applicant"),   QStringLiteral("household"),
        QStringLiteral("attachments"), QStringLiteral("details")};
    check.unknownKeys(root, named(QString()), envelopeKeys, envelopeGiven);

    if (!check.clean())
        return check.problems();
    return record;
}

} // namespace casebench
