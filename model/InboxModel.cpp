#include "model/InboxModel.h"

#include <QLocale>
#include <algorithm>
#include <limits>
#include <numeric>

namespace casebench {

namespace {

// Places in the sort key: letters come after digits and punctuation, Swedish letters after
// z, anything unknown after all of them, in its own code order.
constexpr char16_t LetterBase = 0x0100;
constexpr char16_t OtherBase = 0x0200;

char16_t swedishLetterCode(char16_t lower)
{
    if (lower >= u'a' && lower <= u'z')
        return char16_t(LetterBase + (lower - u'a'));
    switch (lower) {
    case u'å':
        return LetterBase + 26;
    case u'ä':
    case u'æ': // Danish/Norwegian letters sort with their Swedish counterparts
        return LetterBase + 27;
    case u'ö':
    case u'ø':
        return LetterBase + 28;
    case u'ü': // Swedish alphabetises ü as y
        return LetterBase + (u'y' - u'a');
    default:
        return 0;
    }
}

// Latin letters without a canonical decomposition, folded to what a Swedish reader
// would file them under.
QStringView foldedSpecialLetter(char16_t lower)
{
    switch (lower) {
    case u'ß':
        return u"ss";
    case u'ł':
        return u"l";
    case u'đ':
    case u'ð':
        return u"d";
    case u'þ':
        return u"th";
    case u'ı':
        return u"i";
    default:
        return {};
    }
}

// Writes the key characters of c at out (at most two) and returns the position after them.
char16_t *writeSwedishKey(char16_t *out, QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        // Most names are plain ASCII: no table look-ups.
        if (u >= u'a' && u <= u'z')
            *out++ = char16_t(LetterBase + (u - u'a'));
        else if (u >= u'A' && u <= u'Z')
            *out++ = char16_t(LetterBase + (u - u'A'));
        else
            *out++ = u;
        return out;
    }
    const char16_t lower = c.toLower().unicode();
    if (const char16_t code = swedishLetterCode(lower)) {
        *out++ = code;
        return out;
    }
    if (c.isDigit()) {
        *out++ = char16_t(u'0' + c.digitValue());
        return out;
    }
    if (!c.isLetter()) {
        // Non-ASCII spaces and dashes sort with punctuation, before letters.
        *out++ = 0x7f;
        return out;
    }
    if (const QStringView special = foldedSpecialLetter(lower); !special.isEmpty()) {
        for (QChar s : special)
            *out++ = swedishLetterCode(s.unicode());
        return out;
    }
    if (c.decompositionTag() == QChar::Canonical) {
        // é → e, ñ → n …: the base letter of an accented Latin letter.
        const QChar base = c.decomposition().at(0).toLower();
        if (const char16_t code = swedishLetterCode(base.unicode())) {
            *out++ = code;
            return out;
        }
    }
    // Other scripts: after the Swedish alphabet, in code order.
    *out++ = std::max(lower, char16_t(OtherBase));
    return out;
}

// The first 16 characters of a sort key, one byte each, in two integers: most comparisons
// while ranking are decided here, without touching the strings.
struct PackedKey
{
    quint64 high = 0;
    quint64 low = 0;
    int row = 0;
};

PackedKey packKey(const QString &key, int row)
{
    PackedKey packed;
    packed.row = row;
    bool lossy = false;
    for (int i = 0; i < 16; ++i) {
        quint64 byte = 0;
        if (lossy) {
            // Bytes after an approximated character must not decide: make them equal.
            byte = 0xff;
        } else if (i < key.size()) {
            const char16_t code = key.at(i).unicode();
            if (code < 0x80) {
                byte = code;
            } else if (code >= LetterBase && code < LetterBase + 0x7f) {
                byte = 0x80 + (code - LetterBase);
            } else {
                byte = 0xff;
                lossy = true;
            }
        }
        if (i < 8)
            packed.high |= byte << (8 * (7 - i));
        else
            packed.low |= byte << (8 * (15 - i));
    }
    return packed;
}

QString caseTypeDisplayName(const CaseTypeInfo &info, const QString &language)
{
    const QString &name = language == u"en" ? info.nameEn : info.nameSv;
    return name.isEmpty() ? info.code : name;
}

QString languageFromLocale()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en")
                                                     : QStringLiteral("sv");
}

} // namespace

InboxModel::InboxModel(QObject *parent)
    : QAbstractTableModel(parent), m_language(languageFromLocale())
{}

void InboxModel::reload(const CaseRepository &repository)
{
    setRows(repository.inboxRows(), repository.caseTypes());
}

void InboxModel::setRows(QList<InboxRow> rows, QList<CaseTypeInfo> caseTypes)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_caseTypes = std::move(caseTypes);
    rebuildTypeIndex();
    rebuildTypeRanks();
    dropCaches();
    endResetModel();
}

void InboxModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    beginResetModel();
    m_language = language;
    rebuildTypeRanks();
    endResetModel();
}

void InboxModel::setToday(QDate today)
{
    if (today == m_pinnedToday)
        return;
    m_pinnedToday = today;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::ToolTipRole, DeadlineStateRole});
    }
}

QDate InboxModel::today() const
{
    return m_pinnedToday.isValid() ? m_pinnedToday : QDate::currentDate();
}

void InboxModel::rebuildTypeIndex()
{
    QHash<QString, int> indexOfCode;
    for (int i = 0; i < m_caseTypes.size(); ++i)
        indexOfCode.insert(m_caseTypes.at(i).code, i);
    m_typeIndexOfRow.resize(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString &code = m_rows.at(row).caseType;
        auto it = indexOfCode.constFind(code);
        if (it == indexOfCode.constEnd()) {
            // A code the cache's type table does not know still needs a place to sort in.
            it = indexOfCode.insert(code, int(m_caseTypes.size()));
            m_caseTypes.append(CaseTypeInfo{code, {}, {}, 0});
        }
        m_typeIndexOfRow[row] = it.value();
    }
}

void InboxModel::rebuildTypeRanks()
{
    QList<QString> keys;
    keys.reserve(m_caseTypes.size());
    for (const CaseTypeInfo &info : m_caseTypes)
        keys.append(swedishSortKey(caseTypeDisplayName(info, m_language)));
    QList<int> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&keys](int a, int b) { return keys.at(a) < keys.at(b); });
    m_typeRank.resize(keys.size());
    qint64 rank = 0;
    for (int i = 0; i < order.size(); ++i) {
        if (i > 0 && keys.at(order.at(i)) != keys.at(order.at(i - 1)))
            ++rank;
        m_typeRank[order.at(i)] = rank;
    }
}

void InboxModel::dropCaches()
{
    for (QList<qint64> &ranks : m_ranks)
        ranks.clear();
    m_searchText.clear();
}

QString InboxModel::caseTypeName(int typeIndex) const
{
    if (typeIndex < 0 || typeIndex >= m_caseTypes.size())
        return {};
    return caseTypeDisplayName(m_caseTypes.at(typeIndex), m_language);
}

QString InboxModel::caseTypeName(const QString &code) const
{
    for (const CaseTypeInfo &info : m_caseTypes) {
        if (info.code == code)
            return caseTypeDisplayName(info, m_language);
    }
    return code;
}

QString InboxModel::foldForSearch(QStringView text)
{
    return text.toString().toCaseFolded();
}

QString InboxModel::swedishSortKey(QStringView text)
{
    // A raw buffer: QString::append() per character costs more than the folding itself.
    QString key(text.size() * 2, Qt::Uninitialized);
    char16_t *const begin = reinterpret_cast<char16_t *>(key.data());
    char16_t *out = begin;
    for (QChar c : text)
        out = writeSwedishKey(out, c);
    key.truncate(out - begin);
    return key;
}

const QList<qint64> &InboxModel::rankOf(int column) const
{
    QList<qint64> &ranks = m_ranks[std::size_t(column)];
    if (!ranks.isEmpty() || m_rows.isEmpty())
        return ranks;
    const int n = int(m_rows.size());
    ranks.resize(n);
    if (column == ReceivedColumn) {
        // QDateTime::toMSecsSinceEpoch() is too slow to call 3.4 million times per sort.
        for (int row = 0; row < n; ++row) {
            const QDateTime &at = m_rows.at(row).receivedAt;
            ranks[row] = at.isValid() ? at.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
        }
        return ranks;
    }

    // Sorting the strings once and handing out ranks makes every later comparison an
    // integer comparison; names and case numbers do not change until the next reload.
    QList<QString> keys(n);
    QList<PackedKey> packed(n);
    for (int row = 0; row < n; ++row) {
        const InboxRow &r = m_rows.at(row);
        keys[row] = swedishSortKey(column == ApplicantColumn ? r.applicantName : r.caseId);
        packed[row] = packKey(keys.at(row), row);
    }
    const auto original = [this, column](int row) -> const QString & {
        return column == ApplicantColumn ? m_rows.at(row).applicantName : m_rows.at(row).caseId;
    };
    const auto compare = [&](const PackedKey &a, const PackedKey &b) {
        if (a.high != b.high)
            return a.high < b.high ? -1 : 1;
        if (a.low != b.low)
            return a.low < b.low ? -1 : 1;
        if (const int byKey = keys.at(a.row).compare(keys.at(b.row)); byKey != 0)
            return byKey;
        // Same letters ("de Geer", "De Geer"): code order, so that the result does not
        // depend on the input order.
        return original(a.row).compare(original(b.row));
    };
    std::sort(packed.begin(), packed.end(),
              [&](const PackedKey &a, const PackedKey &b) { return compare(a, b) < 0; });
    qint64 rank = 0;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && compare(packed.at(i - 1), packed.at(i)) != 0)
            ++rank;
        ranks[packed.at(i).row] = rank;
    }
    return ranks;
}

qint64 InboxModel::sortKey(int row, int column) const
{
    const InboxRow &r = m_rows.at(row);
    switch (column) {
    case CaseIdColumn:
    case ApplicantColumn:
    case ReceivedColumn:
        return rankOf(column).at(row);
    case CaseTypeColumn:
        return m_typeRank.at(m_typeIndexOfRow.at(row));
    case StatusColumn:
        // Workflow order (received → proposed → decided → returned), the same in every
        // language.
        return qint64(r.status);
    case DueColumn:
        // No deadline is the least urgent: last when sorting by urgency.
        return r.dueOn.isValid() ? r.dueOn.toJulianDay() : std::numeric_limits<qint64>::max();
    case HouseholdColumn:
        return r.householdSize;
    case MissingAttachmentsColumn:
        return r.missingAttachments;
    default:
        return 0;
    }
}

const QString &InboxModel::foldedSearchText(int row) const
{
    if (m_searchText.size() != m_rows.size()) {
        m_searchText.resize(m_rows.size());
        for (int i = 0; i < m_rows.size(); ++i) {
            const InboxRow &r = m_rows.at(i);
            // A separator no one types keeps a match from spanning two fields.
            m_searchText[i] = foldForSearch(QString(r.caseId + QChar(0x1f) + r.applicantName));
        }
    }
    return m_searchText.at(row);
}

InboxModel::DeadlineState InboxModel::deadlineState(int row) const
{
    const InboxRow &r = m_rows.at(row);
    if (!r.dueOn.isValid() || r.status == CaseStatus::Decided)
        return DeadlineState::None;
    const QDate day = today();
    if (r.dueOn < day)
        return DeadlineState::Overdue;
    if (r.dueOn == day)
        return DeadlineState::DueToday;
    return DeadlineState::Upcoming;
}

int InboxModel::rowOfCase(const QString &caseId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).caseId == caseId)
            return row;
    }
    return -1;
}

int InboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex InboxModel::index(int row, int column, const QModelIndex &parent) const
{
    // The proxy asks for two indexes per comparison while sorting; skip the virtual
    // rowCount()/columnCount() calls of the default hasIndex() check.
    if (parent.isValid() || row < 0 || row >= m_rows.size() || column < 0
        || column >= ColumnCount)
        return {};
    return createIndex(row, column);
}

QString InboxModel::displayText(int row, int column) const
{
    const InboxRow &r = m_rows.at(row);
    switch (column) {
    case CaseIdColumn:
        return r.caseId;
    case CaseTypeColumn:
        return caseTypeName(m_typeIndexOfRow.at(row));
    case ApplicantColumn:
        return r.applicantName;
    case ReceivedColumn:
        return r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case StatusColumn:
        return statusDisplayName(r.status);
    case DueColumn:
        return r.dueOn.toString(QStringLiteral("yyyy-MM-dd"));
    case HouseholdColumn:
        return QString::number(r.householdSize);
    case MissingAttachmentsColumn:
        return QString::number(r.missingAttachments);
    default:
        return {};
    }
}

QString InboxModel::toolTip(int row, int column) const
{
    const InboxRow &r = m_rows.at(row);
    switch (column) {
    case ReceivedColumn:
        return r.receivedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    case DueColumn: {
        if (!r.dueOn.isValid())
            return tr("No deadline");
        const int days = int(today().daysTo(r.dueOn));
        switch (deadlineState(row)) {
        case DeadlineState::Overdue:
            return tr("Overdue by %n day(s)", nullptr, -days);
        case DeadlineState::DueToday:
            return tr("Due today");
        case DeadlineState::Upcoming:
            return tr("Due in %n day(s)", nullptr, days);
        case DeadlineState::None:
            return tr("Decided; the deadline was %1")
                .arg(r.dueOn.toString(QStringLiteral("yyyy-MM-dd")));
        }
        return {};
    }
    case HouseholdColumn:
        return tr("%n person(s) in the household", nullptr, r.householdSize);
    case MissingAttachmentsColumn:
        return r.missingAttachments == 0
                   ? tr("All attachments present")
                   : tr("%n attachment(s) missing", nullptr, r.missingAttachments);
    default:
        return displayText(row, column);
    }
}

QVariant InboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column == HouseholdColumn || column == MissingAttachmentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortKey(row, column);
    case CaseIdRole:
        return m_rows.at(row).caseId;
    case StatusRole:
        return statusCode(m_rows.at(row).status);
    case CaseTypeRole:
        return m_rows.at(row).caseType;
    case DeadlineStateRole:
        return int(deadlineState(row));
    default:
        return {};
    }
}

QVariant InboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        if (section == HouseholdColumn || section == MissingAttachmentsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (section) {
    case CaseIdColumn:
        return tr("Case number");
    case CaseTypeColumn:
        return tr("Case type");
    case ApplicantColumn:
        return tr("Applicant");
    case ReceivedColumn:
        return tr("Received");
    case StatusColumn:
        return tr("Status");
    case DueColumn:
        return role == Qt::ToolTipRole ? tr("Earliest deadline of the case") : tr("Due");
    case HouseholdColumn:
        return role == Qt::ToolTipRole ? tr("Number of people in the household")
                                       : tr("Household");
    case MissingAttachmentsColumn:
        return tr("Missing attachments");
    default:
        return {};
    }
}

QHash<int, QByteArray> InboxModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortKey"));
    names.insert(CaseIdRole, QByteArrayLiteral("caseId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(CaseTypeRole, QByteArrayLiteral("caseType"));
    names.insert(DeadlineStateRole, QByteArrayLiteral("deadlineState"));
    return names;
}

} // namespace casebench
