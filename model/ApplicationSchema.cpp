#include "model/ApplicationSchema.h"

#include "model/Money.h"
#include "model/Personnummer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QRegularExpression>
#include <QVarLengthArray>
#include <cmath>
#include <map>
#include <memory>
#include <span>

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ApplicationSchema", text);
}

Problem fieldProblem(const QString &field, const QString &message)
{
    Problem p;
    p.field = field;
    p.message = message;
    return p;
}

// ---------------------------------------------------------------------------------------
// Value formats shared by several field types.

const QRegularExpression &isoDatePattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re;
}

const QRegularExpression &monthPattern()
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    return re;
}

// The patterns below are matched by hand first, since an expression costs about a thousand
// instructions a match; what the hand match does not take goes to the expression, whose
// word is final (its $ also matches before a final newline, for one).

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The ASCII digits of `s` as a number (`s` holds nothing else, at most 18 of them).
qint64 digitValue(QStringView s)
{
    qint64 value = 0;
    for (const QChar c : s)
        value = value * 10 + (c.unicode() - u'0');
    return value;
}

// `s` is ASCII digits (at least one) with '-' at the places in `dashes` and nowhere else.
bool digitsAndDashes(QStringView s, std::initializer_list<qsizetype> dashes)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const bool dash = std::find(dashes.begin(), dashes.end(), i) != dashes.end();
        if (dash ? s[i] != u'-' : !isAsciiDigit(s[i]))
            return false;
    }
    return !s.isEmpty();
}

// Decimal strings (rates, hours) as an integer scaled by 10^6, so bounds compare exactly.
constexpr int DecimalPlaces = 6;

std::optional<qint64> scaledDecimal(QStringView s)
{
    // ^(\d{1,12})(?:\.(\d{1,6}))?$ by hand: whole part, then the fraction filled up to six places.
    const qsizetype point = s.indexOf(u'.');
    const QStringView whole = point < 0 ? s : s.first(point);
    const QStringView decimals = point < 0 ? QStringView() : s.sliced(point + 1);
    const auto allDigits = [](QStringView part) {
        return std::all_of(part.begin(), part.end(), isAsciiDigit);
    };
    if (!whole.isEmpty() && whole.size() <= 12 && allDigits(whole) &&
        (point < 0 || (!decimals.isEmpty() && decimals.size() <= DecimalPlaces &&
                       allDigits(decimals)))) {
        qint64 value = digitValue(whole);
        for (int i = 0; i < DecimalPlaces; ++i)
            value = value * 10 + (i < decimals.size() ? decimals[i].unicode() - u'0' : 0);
        return value;
    }
    static const QRegularExpression re(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,6}))?$"));
    const QRegularExpressionMatch m = re.match(s.toString());
    if (!m.hasMatch())
        return std::nullopt;
    qint64 value = m.captured(1).toLongLong();
    QString fraction = m.captured(2);
    fraction = fraction.leftJustified(DecimalPlaces, QLatin1Char('0'));
    for (int i = 0; i < DecimalPlaces; ++i)
        value = value * 10;
    return value + fraction.toLongLong();
}

// Swedish registration plates: three letters then two digits and a digit or letter
// (ABC123, ABC12A since 2019). I, Q and V are never used; O not in the last place.
bool isPlateLetter(QChar c)
{
    return c >= u'A' && c <= u'Z' && c != u'I' && c != u'Q' && c != u'V';
}

bool isRegistrationPlate(const QString &s)
{
    if (s.size() == 6 && isPlateLetter(s[0]) && isPlateLetter(s[1]) && isPlateLetter(s[2]) &&
        isAsciiDigit(s[3]) && isAsciiDigit(s[4]) &&
        (isAsciiDigit(s[5]) || (isPlateLetter(s[5]) && s[5] != u'O')))
        return true;
    static const QRegularExpression re(
        QStringLiteral("^[A-HJ-PR-UW-Z]{3}[0-9]{2}[0-9A-HJ-NPR-UW-Z]$"));
    return re.match(s).hasMatch();
}

// Organisationsnummer NNNNNN-NNNN: the third digit is at least 2 (which keeps it apart from
// a personnummer) and the last is the Luhn digit over the other nine.
bool isOrgNumber(const QString &s)
{
    QString digits;
    if (s.size() == 11 && digitsAndDashes(s, {6})) {
        digits = QStringView(s).first(6).toString();
        digits += QStringView(s).last(4);
    } else if (s.size() == 10 && digitsAndDashes(s, {})) {
        digits = s;
    } else {
        static const QRegularExpression re(QStringLiteral("^(\\d{6})-?(\\d{4})$"));
        const QRegularExpressionMatch m = re.match(s);
        if (!m.hasMatch())
            return false;
        digits = m.captured(1) + m.captured(2);
    }
    if (digits[2] < u'2')
        return false;
    return Personnummer::luhnCheckDigit(QStringView(digits).first(9)) == digits[9].unicode() - u'0';
}

bool isPostalCode(const QString &s)
{
    const QStringView v(s);
    if ((v.size() == 5 && digitsAndDashes(v, {})) ||
        (v.size() == 6 && v[3] == u' ' && digitsAndDashes(v.first(3), {}) &&
         digitsAndDashes(v.last(2), {}))) {
        if (v[0] != u'0')
            return true;
    }
    static const QRegularExpression re(QStringLiteral("^[1-9]\\d{2} ?\\d{2}$"));
    return re.match(s).hasMatch();
}

const QStringList &knownFormats()
{
    static const QStringList formats{QStringLiteral("org_number"),
                                     QStringLiteral("registration_plate"),
                                     QStringLiteral("postal_code")};
    return formats;
}

QString describeFormat(const QString &format)
{
    if (format == QLatin1String("org_number"))
        return tr("not a valid organisationsnummer (NNNNNN-NNNN with a correct check digit)");
    if (format == QLatin1String("registration_plate"))
        return tr("not a Swedish registration number (three letters, two digits and a digit "
                  "or letter, e.g. ABC123 or ABC12A, without space)");
    if (format == QLatin1String("postal_code"))
        return tr("not a Swedish postal code (NNN NN)");
    return {};
}

bool matchesFormat(const QString &format, const QString &s)
{
    if (format == QLatin1String("org_number"))
        return isOrgNumber(s);
    if (format == QLatin1String("registration_plate"))
        return isRegistrationPlate(s);
    if (format == QLatin1String("postal_code"))
        return isPostalCode(s);
    return true;
}

QString expectedTypeName(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return tr("a string");
    case FieldType::Integer:
        return tr("a whole number");
    case FieldType::Amount:
        return tr("an amount (whole kronor as a JSON integer or a decimal string)");
    case FieldType::Rate:
        return tr("a rate as a decimal string, e.g. \"0.3142\"");
    case FieldType::Decimal:
        return tr("a decimal string, e.g. \"7.5\"");
    case FieldType::Date:
        return tr("a date YYYY-MM-DD");
    case FieldType::Month:
        return tr("a month YYYY-MM");
    case FieldType::Boolean:
        return tr("true or false");
    case FieldType::Personnummer:
        return tr("a personnummer as a string");
    case FieldType::Enum:
        return tr("one of the listed codes as a string");
    case FieldType::Array:
        return tr("an array");
    case FieldType::Object:
        return tr("an object");
    }
    return {};
}

QString wrongType(FieldType expected, const JsonTree::Value &got)
{
    return tr("must be %1, not %2").arg(expectedTypeName(expected), jsonTypeName(got));
}

// Values at a details path; "[]" segments fan out over array items.
void collectValues(const JsonTree::Value &value, std::span<const QStringView> segments,
                   qsizetype index, QList<JsonTree::Value> &out)
{
    if (index == qsizetype(segments.size())) {
        out.append(value);
        return;
    }
    QStringView segment = segments[size_t(index)];
    const bool fanOut = segment.endsWith(QLatin1String("[]"));
    if (fanOut)
        segment.chop(2);
    const JsonTree::Value next = value.value(segment);
    if (next.isUndefined() || next.isNull())
        return;
    if (fanOut) {
        for (qsizetype i = 0; i < next.size() && next.isArray(); ++i)
            collectValues(next.at(i), segments, index + 1, out);
    } else {
        collectValues(next, segments, index + 1, out);
    }
}

QList<JsonTree::Value> valuesAt(const JsonTree::Value &root, const QString &path)
{
    QVarLengthArray<QStringView, 8> segments;
    for (const QStringView segment : QStringView(path).tokenize(u'.'))
        segments.append(segment);
    QList<JsonTree::Value> out;
    collectValues(root, std::span<const QStringView>(segments.constData(), size_t(segments.size())),
                  0, out);
    return out;
}

bool present(const JsonTree::Value &v)
{
    return !v.isUndefined() && !v.isNull();
}

QString valueText(const JsonTree::Value &v)
{
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isNumber())
        return QString::number(v.toDouble(), 'g', 17);
    return v.toString();
}

// ---------------------------------------------------------------------------------------
// Checking an application's values against the specs.

struct CheckContext
{
    JsonTree::Value detailsRoot;
    QString detailsPrefix; // "details."
    int personCount = 1;
    QDate reference;
    Problems *problems = nullptr;
};

// Where a value is, as a chain of steps on the caller's stack: checking a valid application
// builds no path strings; a problem turns its chain into "details.incomes[2].amount".
struct FieldPath
{
    const FieldPath *parent = nullptr;
    QStringView member;            // a member of the parent object (empty for an array index)
    qsizetype index = -1;          // an index into the parent array
    const QString *root = nullptr; // the whole path, when the chain starts from a string

    QString toString() const
    {
        QString out = parent ? parent->toString() : (root ? *root : QString());
        if (index >= 0)
            out += QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
        else if (!member.isEmpty())
            out += (out.isEmpty() ? QString() : QStringLiteral(".")) + member.toString();
        return out;
    }
};

void checkValue(const FieldSpec &spec, FieldType type, const JsonTree::Value &value,
                const FieldPath &path, const CheckContext &ctx);

void checkObjectMembers(const QList<FieldSpec> &members, const JsonTree::Value &object,
                        const FieldPath &path, const CheckContext &ctx)
{
    qsizetype found = 0; // members the object has (a key may be there with null)
    for (const FieldSpec &member : members) {
        const JsonTree::Value v = object.value(member.name);
        if (!v.isUndefined())
            ++found;
        const FieldPath at{&path, member.name};
        if (!present(v)) {
            if (member.required)
                ctx.problems->append(fieldProblem(at.toString(), tr("required field is missing")));
            continue;
        }
        checkValue(member, member.type, v, at, ctx);
    }
    // Every key is a member (member names are unique): nothing unknown to look for.
    if (found == object.size())
        return;
    for (qsizetype i = 0; i < object.size(); ++i) {
        const QStringView key = object.keyAt(i);
        const bool known = std::any_of(members.begin(), members.end(),
                                       [&](const FieldSpec &m) { return m.name == key; });
        if (!known)
            ctx.problems->append(
                fieldProblem(FieldPath{&path, key}.toString(), tr("unknown field")));
    }
}

void checkValue(const FieldSpec &spec, FieldType type, const JsonTree::Value &value,
                const FieldPath &path, const CheckContext &ctx)
{
    Problems &problems = *ctx.problems;
    auto report = [&](const QString &message) {
        problems.append(fieldProblem(path.toString(), message));
    };

    switch (type) {
    case FieldType::String: {
        if (!value.isString())
            return report(wrongType(type, value));
        const QStringView s = value.string();
        if (spec.required && s.trimmed().isEmpty())
            return report(tr("must not be empty"));
        if (spec.maxLength > 0 && s.size() > spec.maxLength)
            return report(tr("is longer than %1 characters").arg(spec.maxLength));
        if (!spec.format.isEmpty() && !s.isEmpty() && !matchesFormat(spec.format, s.toString()))
            return report(describeFormat(spec.format));
        return;
    }
    case FieldType::Integer: {
        if (!value.isNumber())
            return report(wrongType(type, value));
        const double d = value.toDouble();
        if (d != std::trunc(d) || std::fabs(d) > 9.0e15)
            return report(tr("must be a whole number"));
        const qint64 n = qint64(d);
        if (spec.minimum && n < *spec.minimum)
            return report(tr("must be at least %1").arg(*spec.minimum));
        if (spec.maximum && n > *spec.maximum)
            return report(tr("must be at most %1").arg(*spec.maximum));
        if (spec.refersTo == QLatin1String("person") && ctx.personCount > 0 && n >= ctx.personCount)
            return report(tr("refers to person %1, but the application has persons 0…%2 (0 is "
                             "the applicant, 1… the household in order)")
                              .arg(n)
                              .arg(ctx.personCount - 1));
        return;
    }
    case FieldType::Amount: {
        const Result<Money> money = Money::fromJson(value);
        if (!money.ok())
            return report(money.error().message);
        if (money->isNegative())
            return report(tr("amount must not be negative"));
        if (spec.minimum && *money < Money::fromKronor(*spec.minimum))
            return report(tr("must be at least %1 kronor").arg(*spec.minimum));
        if (spec.maximum && *money > Money::fromKronor(*spec.maximum))
            return report(tr("must be at most %1 kronor").arg(*spec.maximum));
        return;
    }
    case FieldType::Rate:
    case FieldType::Decimal: {
        if (!value.isString())
            return report(wrongType(type, value));
        const std::optional<qint64> scaled = scaledDecimal(value.string());
        if (!scaled)
            return report(tr("\"%1\" is not a decimal such as \"0.3142\" (a point, at most six "
                             "decimals, not negative)")
                              .arg(Personnummer::maskedForMessage(value.string())));
        if (!spec.minimumDecimal.isEmpty() && *scaled < *scaledDecimal(spec.minimumDecimal))
            return report(tr("must be at least %1").arg(spec.minimumDecimal));
        if (!spec.maximumDecimal.isEmpty() && *scaled > *scaledDecimal(spec.maximumDecimal))
            return report(tr("must be at most %1").arg(spec.maximumDecimal));
        return;
    }
    case FieldType::Date: {
        if (!value.isString())
            return report(wrongType(type, value));
        const QStringView s = value.string();
        const QDate date = isoDateFromString(s);
        if (!date.isValid())
            return report(
                tr("\"%1\" is not a real date YYYY-MM-DD").arg(Personnummer::maskedForMessage(s)));
        if (!spec.notBefore.isEmpty()) {
            const QList<JsonTree::Value> others = valuesAt(ctx.detailsRoot, spec.notBefore);
            const QDate other = others.isEmpty()
                                    ? QDate()
                                    : QDate::fromString(others.first().string(), Qt::ISODate);
            if (other.isValid() && date < other)
                return report(tr("must not be before %1").arg(ctx.detailsPrefix + spec.notBefore));
        }
        return;
    }
    case FieldType::Month: {
        if (!value.isString())
            return report(wrongType(type, value));
        const QStringView text = value.string();
        if (text.size() == 7 && digitsAndDashes(text, {4})) {
            const qint64 month = digitValue(text.sliced(5));
            if (month >= 1 && month <= 12 && digitValue(text.first(4)) >= 1)
                return;
        } else {
            const QRegularExpressionMatch m = monthPattern().match(text.toString());
            if (m.hasMatch() && m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12 &&
                m.captured(1).toInt() >= 1)
                return;
        }
        return report(
            tr("\"%1\" is not a month YYYY-MM").arg(Personnummer::maskedForMessage(text)));
    }
    case FieldType::Boolean:
        if (!value.isBool())
            return report(wrongType(type, value));
        return;
    case FieldType::Personnummer: {
        if (!value.isString())
            return report(wrongType(type, value));
        const auto parsed = Personnummer::parse(value.string(), ctx.reference);
        if (!parsed.ok())
            return report(parsed.error().message);
        return;
    }
    case FieldType::Enum: {
        if (!value.isString())
            return report(wrongType(type, value));
        const QStringView text = value.string();
        if (std::none_of(spec.values.cbegin(), spec.values.cend(),
                         [&text](const EnumValue &v) { return v.code == text; }))
            return report(tr("unknown value \"%1\"; allowed: %2")
                              .arg(Personnummer::maskedForMessage(text),
                                   spec.enumCodes().join(QLatin1String(", "))));
        return;
    }
    case FieldType::Array: {
        if (!value.isArray())
            return report(wrongType(type, value));
        for (qsizetype i = 0; i < value.size(); ++i) {
            const JsonTree::Value item = value.at(i);
            const FieldPath itemPath{&path, {}, i};
            if (spec.itemType == FieldType::Object) {
                if (!item.isObject()) {
                    problems.append(
                        fieldProblem(itemPath.toString(), wrongType(FieldType::Object, item)));
                    continue;
                }
                checkObjectMembers(spec.children, item, itemPath, ctx);
            } else {
                checkValue(spec, spec.itemType, item, itemPath, ctx);
            }
        }
        return;
    }
    case FieldType::Object:
        if (!value.isObject())
            return report(wrongType(type, value));
        checkObjectMembers(spec.children, value, path, ctx);
        return;
    }
}

// ---------------------------------------------------------------------------------------
// Reading a field spec file.

struct FlatField
{
    FieldSpec spec;
    QString parentKey; // "" top level; "vehicle"; "incomes[]"
};

LocalizedText readText(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return LocalizedText{o.value(QLatin1String("sv")).toString(),
                         o.value(QLatin1String("en")).toString()};
}

class SpecReader
{
public:
    SpecReader(QString source, Problems &problems)
        : m_source(std::move(source)), m_problems(problems)
    {
    }

    void fail(const QString &field, const QString &message)
    {
        Problem p = fieldProblem(field, message);
        p.file = m_source;
        m_problems.append(p);
    }

    std::optional<FieldSpec> readField(const QJsonValue &v, const QString &where, bool allowNesting)
    {
        if (!v.isObject()) {
            fail(where, tr("a field spec must be an object"));
            return std::nullopt;
        }
        const QJsonObject o = v.toObject();
        FieldSpec f;
        f.path = o.value(QLatin1String("path")).toString();
        static const QRegularExpression pathRe(
            QStringLiteral("^[a-z][a-z0-9_]*(\\[\\])?(\\.[a-z][a-z0-9_]*(\\[\\])?)*$"));
        if (!pathRe.match(f.path).hasMatch() || f.path.endsWith(QLatin1String("[]"))) {
            fail(where, tr("\"path\" must be a dotted path of lower-case names, e.g. "
                           "\"incomes[].amount\""));
            return std::nullopt;
        }
        if (!allowNesting && f.path.contains(QLatin1Char('.'))) {
            fail(where, tr("person fields cannot be nested"));
            return std::nullopt;
        }
        f.name = f.path.section(QLatin1Char('.'), -1);
        const auto type = fieldTypeFromCode(o.value(QLatin1String("type")).toString());
        if (!type) {
            fail(where + QLatin1String(".type"),
                 tr("unknown field type \"%1\"").arg(o.value(QLatin1String("type")).toString()));
            return std::nullopt;
        }
        f.type = *type;
        f.required = o.value(QLatin1String("required")).toBool(false);
        f.label = readText(o.value(QLatin1String("label")));
        if (f.label.sv.isEmpty() || f.label.en.isEmpty())
            fail(where + QLatin1String(".label"), tr("needs a Swedish and an English label"));

        if (f.type == FieldType::Array) {
            const auto item = fieldTypeFromCode(o.value(QLatin1String("items")).toString());
            if (!item || *item == FieldType::Array) {
                fail(where + QLatin1String(".items"),
                     tr("an array needs \"items\": the type of each item (not array)"));
                return std::nullopt;
            }
            f.itemType = *item;
        }
        const bool enumLike = f.type == FieldType::Enum ||
                              (f.type == FieldType::Array && f.itemType == FieldType::Enum);
        const QJsonArray values = o.value(QLatin1String("values")).toArray();
        for (const QJsonValue &ev : values) {
            if (ev.isString())
                f.values.append(EnumValue{ev.toString(), {}});
            else
                f.values.append(EnumValue{ev.toObject().value(QLatin1String("code")).toString(),
                                          readText(ev.toObject().value(QLatin1String("label")))});
        }
        if (enumLike && (f.values.isEmpty() || f.enumCodes().contains(QString())))
            fail(where + QLatin1String(".values"), tr("an enum needs a list of non-empty codes"));
        if (!enumLike && o.contains(QLatin1String("values")))
            fail(where + QLatin1String(".values"), tr("\"values\" belongs to enum fields"));
        f.format = o.value(QLatin1String("format")).toString();
        if (!f.format.isEmpty() &&
            (f.type != FieldType::String || !knownFormats().contains(f.format)))
            fail(where + QLatin1String(".format"),
                 tr("\"format\" is one of %1 on string fields")
                     .arg(knownFormats().join(QLatin1String(", "))));
        f.maxLength = o.value(QLatin1String("max_length")).toInt(0);
        for (const char *key : {"min", "max"}) {
            const QJsonValue bound = o.value(QLatin1String(key));
            if (bound.isUndefined())
                continue;
            const bool isMin = qstrcmp(key, "min") == 0;
            if (f.type == FieldType::Rate || f.type == FieldType::Decimal) {
                if (!bound.isString() || !scaledDecimal(bound.toString())) {
                    fail(where + QLatin1Char('.') + QLatin1String(key),
                         tr("must be a decimal string"));
                    continue;
                }
                (isMin ? f.minimumDecimal : f.maximumDecimal) = bound.toString();
            } else if (f.type == FieldType::Integer || f.type == FieldType::Amount) {
                if (!bound.isDouble() || bound.toDouble() != std::trunc(bound.toDouble())) {
                    fail(where + QLatin1Char('.') + QLatin1String(key),
                         tr("must be a whole number"));
                    continue;
                }
                (isMin ? f.minimum : f.maximum) = qint64(bound.toDouble());
            } else {
                fail(where + QLatin1Char('.') + QLatin1String(key),
                     tr("bounds belong to integer, amount, rate and decimal fields"));
            }
        }
        f.notBefore = o.value(QLatin1String("not_before")).toString();
        if (!f.notBefore.isEmpty() &&
            (f.type != FieldType::Date || f.path.contains(QLatin1String("[]"))))
            fail(where + QLatin1String(".not_before"),
                 tr("\"not_before\" belongs to date fields outside arrays"));
        f.refersTo = o.value(QLatin1String("refers_to")).toString();
        if (!f.refersTo.isEmpty() &&
            (f.type != FieldType::Integer || f.refersTo != QLatin1String("person")))
            fail(where + QLatin1String(".refers_to"),
                 tr("\"refers_to\": \"person\" belongs to integer fields"));
        static const QStringList keys{
            QStringLiteral("path"),       QStringLiteral("type"),       QStringLiteral("required"),
            QStringLiteral("label"),      QStringLiteral("values"),     QStringLiteral("items"),
            QStringLiteral("format"),     QStringLiteral("max_length"), QStringLiteral("min"),
            QStringLiteral("max"),        QStringLiteral("not_before"), QStringLiteral("refers_to"),
            QStringLiteral("description")};
        for (const QString &key : o.keys()) {
            if (!keys.contains(key))
                fail(where + QLatin1Char('.') + key, tr("unknown key in a field spec"));
        }
        return f;
    }

    QList<FieldSpec> buildTree(const QList<FlatField> &flat, const QString &parentKey)
    {
        QList<FieldSpec> out;
        for (const FlatField &ff : flat) {
            if (ff.parentKey != parentKey)
                continue;
            FieldSpec f = ff.spec;
            if (f.type == FieldType::Object)
                f.children = buildTree(flat, f.path);
            else if (f.type == FieldType::Array && f.itemType == FieldType::Object)
                f.children = buildTree(flat, f.path + QLatin1String("[]"));
            out.append(f);
        }
        return out;
    }

private:
    QString m_source;
    Problems &m_problems;
};

const FieldSpec *findIn(const QList<FieldSpec> &fields, const QString &path)
{
    for (const FieldSpec &f : fields) {
        if (f.path == path)
            return &f;
        if (path.startsWith(f.path)) {
            if (const FieldSpec *inner = findIn(f.children, path))
                return inner;
        }
    }
    return nullptr;
}

void flatten(const QList<FieldSpec> &fields, QList<const FieldSpec *> &out)
{
    for (const FieldSpec &f : fields) {
        out.append(&f);
        flatten(f.children, out);
    }
}

} // namespace

QString jsonTypeName(const JsonTree::Value &v)
{
    switch (v.type()) {
    case JsonTree::Type::Null:
        return QStringLiteral("null");
    case JsonTree::Type::Bool:
        return tr("a boolean");
    case JsonTree::Type::Number:
        return tr("a number");
    case JsonTree::Type::String:
        return tr("a string");
    case JsonTree::Type::Array:
        return tr("an array");
    case JsonTree::Type::Object:
        return tr("an object");
    case JsonTree::Type::Undefined:
        break;
    }
    return tr("nothing");
}

QDate isoDateFromString(QStringView text)
{
    if (text.size() == 10 && digitsAndDashes(text, {4, 7})) {
        // What QDate::fromString(Qt::ISODate) makes of this shape, without its general
        // parser: years from 1 (there is no year 0), then QDate's own check of the day.
        const int year = int(digitValue(text.first(4)));
        if (year < 1)
            return {};
        return QDate(year, int(digitValue(text.sliced(5, 2))), int(digitValue(text.sliced(8, 2))));
    }
    if (!isoDatePattern().match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString fieldTypeCode(FieldType type)
{
    switch (type) {
    case FieldType::String:
        return QStringLiteral("string");
    case FieldType::Integer:
        return QStringLiteral("integer");
    case FieldType::Amount:
        return QStringLiteral("amount");
    case FieldType::Rate:
        return QStringLiteral("rate");
    case FieldType::Decimal:
        return QStringLiteral("decimal");
    case FieldType::Date:
        return QStringLiteral("date");
    case FieldType::Month:
        return QStringLiteral("month");
    case FieldType::Boolean:
        return QStringLiteral("boolean");
    case FieldType::Personnummer:
        return QStringLiteral("personnummer");
    case FieldType::Enum:
        return QStringLiteral("enum");
    case FieldType::Array:
        return QStringLiteral("array");
    case FieldType::Object:
        return QStringLiteral("object");
    }
    return {};
}

std::optional<FieldType> fieldTypeFromCode(const QString &code)
{
    for (FieldType t :
         {FieldType::String, FieldType::Integer, FieldType::Amount, FieldType::Rate,
          FieldType::Decimal, FieldType::Date, FieldType::Month, FieldType::Boolean,
          FieldType::Personnummer, FieldType::Enum, FieldType::Array, FieldType::Object}) {
        if (fieldTypeCode(t) == code)
            return t;
    }
    return std::nullopt;
}

QString LocalizedText::text(const QString &language) const
{
    if (language.startsWith(QLatin1String("en")) && !en.isEmpty())
        return en;
    return sv.isEmpty() ? en : sv;
}

QStringList FieldSpec::enumCodes() const
{
    QStringList codes;
    codes.reserve(values.size());
    for (const EnumValue &v : values)
        codes.append(v.code);
    return codes;
}

Result<ApplicationSchema, Problems> ApplicationSchema::fromJson(const QByteArray &json,
                                                                const QString &source)
{
    Problems problems;
    SpecReader reader(source, problems);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        reader.fail({}, tr("not a JSON object: %1").arg(parseError.errorString()));
        return problems;
    }
    const QJsonObject root = doc.object();
    if (root.value(QLatin1String("format")).toString() != QLatin1String("casebench.casetype/1"))
        reader.fail(QStringLiteral("format"), tr("must be \"casebench.casetype/1\""));

    ApplicationSchema schema;
    schema.m_caseType = root.value(QLatin1String("code")).toString();
    static const QRegularExpression codeRe(QStringLiteral("^[a-z][a-z0-9-]{0,63}$"));
    if (!codeRe.match(schema.m_caseType).hasMatch())
        reader.fail(QStringLiteral("code"), tr("must be a lower-case case type code"));
    schema.m_name = readText(root.value(QLatin1String("name")));

    // details: a flat list in the file; parents first, then their members.
    QList<FlatField> flat;
    QHash<QString, FieldType> containers; // key a member's parentKey must match
    const QJsonArray details = root.value(QLatin1String("details")).toArray();
    for (qsizetype i = 0; i < details.size(); ++i) {
        const QString where = QStringLiteral("details[%1]").arg(i);
        std::optional<FieldSpec> f = reader.readField(details[i], where, true);
        if (!f)
            continue;
        const qsizetype dot = f->path.lastIndexOf(QLatin1Char('.'));
        const QString parentKey = dot < 0 ? QString() : f->path.left(dot);
        if (!parentKey.isEmpty() && !containers.contains(parentKey)) {
            reader.fail(where, tr("\"%1\" comes before its parent object or array \"%2\"")
                                   .arg(f->path, parentKey));
            continue;
        }
        if (std::any_of(flat.begin(), flat.end(),
                        [&](const FlatField &other) { return other.spec.path == f->path; })) {
            reader.fail(where, tr("\"%1\" is listed twice").arg(f->path));
            continue;
        }
        if (f->type == FieldType::Object)
            containers.insert(f->path, FieldType::Object);
        else if (f->type == FieldType::Array && f->itemType == FieldType::Object)
            containers.insert(f->path + QLatin1String("[]"), FieldType::Array);
        flat.append(FlatField{*f, parentKey});
    }
    schema.m_details = reader.buildTree(flat, QString());
    for (const FlatField &ff : flat) {
        if (!ff.spec.notBefore.isEmpty()) {
            const FieldSpec *other = findIn(schema.m_details, ff.spec.notBefore);
            if (!other || other->type != FieldType::Date)
                reader.fail(ff.spec.path,
                            tr("\"not_before\" names \"%1\", which is not a date field")
                                .arg(ff.spec.notBefore));
        }
    }

    const QJsonArray personFields = root.value(QLatin1String("person_fields")).toArray();
    static const QStringList envelopePersonKeys{QStringLiteral("personnummer"),
                                                QStringLiteral("name"), QStringLiteral("relation"),
                                                QStringLiteral("birth_date")};
    for (qsizetype i = 0; i < personFields.size(); ++i) {
        const QString where = QStringLiteral("person_fields[%1]").arg(i);
        std::optional<FieldSpec> f = reader.readField(personFields[i], where, false);
        if (!f)
            continue;
        if (envelopePersonKeys.contains(f->name) || f->type == FieldType::Object ||
            f->type == FieldType::Array) {
            reader.fail(where, tr("a person field is a plain value and not one of the envelope's"));
            continue;
        }
        schema.m_personFields.append(*f);
    }

    const QJsonArray constraints = root.value(QLatin1String("constraints")).toArray();
    for (qsizetype i = 0; i < constraints.size(); ++i) {
        const QString where = QStringLiteral("constraints[%1]").arg(i);
        const QJsonArray groups =
            constraints[i].toObject().value(QLatin1String("one_of")).toArray();
        QList<QStringList> oneOf;
        for (const QJsonValue &g : groups) {
            QStringList paths;
            for (const QJsonValue &p : g.toArray()) {
                const FieldSpec *f = findIn(schema.m_details, p.toString());
                if (!f || f->required || p.toString().contains(QLatin1Char('.')))
                    reader.fail(
                        where,
                        tr("\"%1\" is not an optional top-level details field").arg(p.toString()));
                paths.append(p.toString());
            }
            if (!paths.isEmpty())
                oneOf.append(paths);
        }
        if (oneOf.size() < 2)
            reader.fail(where, tr("a constraint is {\"one_of\": [[fields…], [fields…], …]}"));
        schema.m_oneOf.append(oneOf);
    }

    const QJsonObject attachments = root.value(QLatin1String("attachments")).toObject();
    schema.m_attachmentsExact = attachments.value(QLatin1String("exact")).toBool(false);
    const QJsonArray types = attachments.value(QLatin1String("types")).toArray();
    for (qsizetype i = 0; i < types.size(); ++i) {
        const QString where = QStringLiteral("attachments.types[%1]").arg(i);
        const QJsonObject o = types[i].toObject();
        AttachmentTypeSpec a;
        a.code = o.value(QLatin1String("code")).toString();
        a.label = readText(o.value(QLatin1String("label")));
        a.required = o.value(QLatin1String("required")).toBool(false);
        const QJsonObject when = o.value(QLatin1String("required_when")).toObject();
        a.requiredWhenField = when.value(QLatin1String("field")).toString();
        // As the application's value will be written, to compare the two.
        a.requiredWhenEquals =
            valueText(JsonTree::fromJsonValue(when.value(QLatin1String("equals"))).root());
        if (a.code.isEmpty() || a.label.sv.isEmpty() || a.label.en.isEmpty())
            reader.fail(where,
                        tr("an attachment type needs a code and Swedish and English labels"));
        if (!a.requiredWhenField.isEmpty() && !findIn(schema.m_details, a.requiredWhenField))
            reader.fail(where + QLatin1String(".required_when"),
                        tr("names \"%1\", which is not a details field").arg(a.requiredWhenField));
        if (schema.m_attachmentsExact && !a.required)
            reader.fail(where, tr("with \"exact\": true every attachment type is required"));
        schema.m_attachmentTypes.append(a);
        schema.m_attachmentCodes.append(a.code);
    }

    if (!problems.isEmpty())
        return problems;
    return schema;
}

namespace {

QString resourcePath(const QString &caseType)
{
    return QStringLiteral(":/casetypes/%1.json").arg(caseType);
}

} // namespace

QStringList ApplicationSchema::shippedCaseTypes()
{
    QStringList codes;
    const QStringList files = QDir(QStringLiteral(":/casetypes"))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        codes.append(file.chopped(5));
    return codes;
}

const ApplicationSchema *ApplicationSchema::shipped(const QString &caseType)
{
    // Parsed on first use and kept for the life of the program; the specs are part of the
    // binary, so a failure to parse one is a build defect and shows as "unknown case type"
    // plus a warning.
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<ApplicationSchema>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(caseType);
    if (it != cache.end())
        return it->second.get();
    static const QRegularExpression codeRe(QStringLiteral("^[a-z][a-z0-9-]{0,63}$"));
    QFile file(resourcePath(caseType));
    // Unknown codes are not remembered: each file may name a different one.
    if (!codeRe.match(caseType).hasMatch() || !file.open(QIODevice::ReadOnly))
        return nullptr;
    std::unique_ptr<ApplicationSchema> loaded;
    Result<ApplicationSchema, Problems> parsed = fromJson(file.readAll(), file.fileName());
    if (parsed.ok() && parsed->caseType() == caseType) {
        loaded = std::make_unique<ApplicationSchema>(std::move(parsed).value());
    } else {
        qWarning("casetype spec %s does not load", qUtf8Printable(file.fileName()));
        if (!parsed.ok()) {
            for (const Problem &p : parsed.error())
                qWarning("casetype spec: %s", qUtf8Printable(p.toString()));
        }
    }
    const ApplicationSchema *result = loaded.get();
    cache.emplace(caseType, std::move(loaded));
    return result;
}

QList<const FieldSpec *> ApplicationSchema::allDetailFields() const
{
    QList<const FieldSpec *> out;
    flatten(m_details, out);
    return out;
}

const FieldSpec *ApplicationSchema::detailField(const QString &path) const
{
    return findIn(m_details, path);
}

Problems ApplicationSchema::checkDetails(const JsonTree::Value &details, int personCount,
                                         QDate reference) const
{
    Problems problems;
    const QString prefix = QStringLiteral("details");
    if (!details.isObject()) {
        problems.append(fieldProblem(prefix, wrongType(FieldType::Object, details)));
        return problems;
    }
    CheckContext ctx;
    ctx.detailsRoot = details;
    ctx.detailsPrefix = prefix + QLatin1Char('.');
    ctx.personCount = personCount;
    ctx.reference = reference;
    ctx.problems = &problems;
    checkObjectMembers(m_details, details, FieldPath{nullptr, {}, -1, &prefix}, ctx);

    // The messages' lists are built only for an application that breaks a constraint.
    for (const QList<QStringList> &groups : m_oneOf) {
        int complete = 0;
        for (const QStringList &group : groups) {
            const qsizetype given = std::count_if(group.cbegin(), group.cend(), [&](const QString &path) {
                return present(details.value(path));
            });
            if (given == group.size()) {
                ++complete;
            } else if (given > 0) {
                QStringList givenPaths;
                QStringList missing;
                for (const QString &path : group)
                    (present(details.value(path)) ? givenPaths : missing).append(path);
                for (const QString &path : missing)
                    problems.append(fieldProblem(
                        ctx.detailsPrefix + path,
                        tr("required together with %1").arg(givenPaths.join(QLatin1String(", ")))));
            }
        }
        if (complete != 1) {
            QStringList alternatives;
            for (const QStringList &group : groups)
                alternatives.append(group.join(QLatin1String(" + ")));
            problems.append(fieldProblem(
                prefix,
                tr("give exactly one of: %1").arg(alternatives.join(QLatin1String(" | ")))));
        }
    }
    return problems;
}

bool ApplicationSchema::checkPersonField(QStringView key, const JsonTree::Value &value,
                                         const QString &personPath, QDate reference,
                                         Problems &problems) const
{
    for (const FieldSpec &f : m_personFields) {
        if (f.name != key)
            continue;
        if (!present(value))
            return true;
        CheckContext ctx;
        ctx.reference = reference;
        ctx.problems = &problems;
        const FieldPath person{nullptr, {}, -1, &personPath};
        checkValue(f, f.type, value, FieldPath{&person, key}, ctx);
        return true;
    }
    return false;
}

Problems ApplicationSchema::checkAttachments(const QList<Attachment> &attachments,
                                             const JsonTree::Value &details) const
{
    Problems problems;
    const QStringList &known = m_attachmentCodes;

    // How often each type is listed, by its first place in `known`.
    QVarLengthArray<int, 16> seen(known.size(), 0);
    for (qsizetype i = 0; i < attachments.size(); ++i) {
        const QString &type = attachments[i].type;
        const qsizetype index = known.indexOf(type);
        if (index < 0) {
            problems.append(fieldProblem(QStringLiteral("attachments[%1].type").arg(i),
                                         tr("unknown attachment type \"%1\" for %2; known: %3")
                                             .arg(Personnummer::maskedForMessage(type), m_caseType,
                                                  known.join(QLatin1String(", ")))));
            continue;
        }
        if (++seen[index] == 2 && m_attachmentsExact)
            problems.append(fieldProblem(QStringLiteral("attachments[%1].type").arg(i),
                                         tr("attachment type \"%1\" is listed twice").arg(type)));
    }
    if (m_attachmentsExact && attachments.size() != m_attachmentTypes.size()) {
        problems.append(fieldProblem(QStringLiteral("attachments"),
                                     tr("lists %1 attachments; %2 needs exactly %3: %4")
                                         .arg(attachments.size())
                                         .arg(m_caseType)
                                         .arg(m_attachmentTypes.size())
                                         .arg(known.join(QLatin1String(", ")))));
    }
    for (const AttachmentTypeSpec &t : m_attachmentTypes) {
        if (seen[known.indexOf(t.code)] > 0)
            continue;
        bool needed = t.required;
        if (!needed && !t.requiredWhenField.isEmpty()) {
            const QList<JsonTree::Value> values = valuesAt(details, t.requiredWhenField);
            needed = std::any_of(values.begin(), values.end(), [&](const JsonTree::Value &v) {
                return valueText(v) == t.requiredWhenEquals;
            });
        }
        if (!needed)
            continue;
        const QString message =
            t.requiredWhenField.isEmpty()
                ? tr("attachment \"%1\" must be listed (with \"present\": false if it is missing)")
                      .arg(t.code)
                : tr("attachment \"%1\" must be listed because %2 is \"%3\" (with \"present\": "
                     "false if it is missing)")
                      .arg(t.code, QLatin1String("details.") + t.requiredWhenField,
                           t.requiredWhenEquals);
        problems.append(fieldProblem(QStringLiteral("attachments"), message));
    }
    return problems;
}

} // namespace casebench
