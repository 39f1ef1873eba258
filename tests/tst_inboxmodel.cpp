// The inbox model and its proxy: the item-model contract, columns and roles, sorting by
// every column in both directions (Swedish order for names), every filter and their
// combinations, and sort/filter times on 100 000 rows.
#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <functional>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include "model/CacheDatabase.h"
#include "model/CaseRepository.h"
#include "model/DemoCaseGenerator.h"
#include "model/InboxFilterProxy.h"
#include "model/InboxModel.h"

using namespace casebench;

namespace {

const QString EB = QStringLiteral("ekonomiskt-bistand");
const QString BP = QStringLiteral("boendeparkering");
const QString LSS = QStringLiteral("lss-sjuklon");

QList<CaseTypeInfo> caseTypes()
{
    return {
        {EB, QStringLiteral("Ekonomiskt bistånd"), QStringLiteral("Financial assistance"), 14},
        {BP, QStringLiteral("Boendeparkering"), QStringLiteral("Resident parking permit"), 21},
        {LSS, QStringLiteral("Sjuklöneersättning LSS"), QStringLiteral("LSS sick-pay compensation"), 30},
    };
}

InboxRow makeRow(const QString &caseId, const QString &type, const QString &name, int receivedDay,
                 CaseStatus status, QDate due, int household, int missing)
{
    InboxRow r;
    r.caseId = caseId;
    r.caseType = type;
    r.applicantName = name;
    r.receivedAt = QDateTime(QDate(2026, 3, receivedDay), QTime(8, 30), Qt::UTC);
    r.status = status;
    r.dueOn = due;
    r.householdSize = household;
    r.missingAttachments = missing;
    return r;
}

// Six cases whose every column orders them differently.
QList<InboxRow> sampleRows()
{
    return {
        makeRow(QStringLiteral("EB-2026-000003"), EB, QStringLiteral("Östen Ek"), 5,
                CaseStatus::Proposed, QDate(2026, 3, 20), 3, 0),
        makeRow(QStringLiteral("BP-2026-000001"), BP, QStringLiteral("Åsa Berg"), 2,
                CaseStatus::Received, QDate(2026, 3, 23), 1, 2),
        makeRow(QStringLiteral("EB-2026-000001"), EB, QStringLiteral("Ärla Lind"), 9,
                CaseStatus::Decided, QDate(2026, 3, 10), 5, 1),
        makeRow(QStringLiteral("LSS-2026-000002"), LSS, QStringLiteral("Zelda Ahl"), 1,
                CaseStatus::ReturnedForCompletion, QDate(2026, 3, 15), 2, 4),
        makeRow(QStringLiteral("EB-2026-000002"), EB, QStringLiteral("Émile Andersson"), 7,
                CaseStatus::Received, QDate(), 7, 3),
        makeRow(QStringLiteral("BP-2026-000002"), BP, QStringLiteral("anders Öberg"), 3,
                CaseStatus::Proposed, QDate(2026, 3, 18), 4, 5),
    };
}

QStringList shownCaseIds(const QAbstractItemModel &model)
{
    QStringList ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(InboxModel::CaseIdRole).toString();
    return ids;
}

QList<InboxRow> syntheticRows(int count)
{
    static const QStringList first = {
        QStringLiteral("Anna"), QStringLiteral("Åsa"), QStringLiteral("Örjan"), QStringLiteral("Erik"),
        QStringLiteral("Ärla"), QStringLiteral("Zlatan"), QStringLiteral("Maria"), QStringLiteral("Johan"),
        QStringLiteral("Karin"), QStringLiteral("Lars"), QStringLiteral("Émilie"), QStringLiteral("Björn")};
    static const QStringList last = {
        QStringLiteral("Andersson"), QStringLiteral("Öberg"), QStringLiteral("Åberg"),
        QStringLiteral("Ängström"), QStringLiteral("Johansson"), QStringLiteral("Karlsson"),
        QStringLiteral("Nilsson"), QStringLiteral("Eriksson"), QStringLiteral("Larsson"),
        QStringLiteral("Olsson"), QStringLiteral("Persson"), QStringLiteral("Svensson"),
        QStringLiteral("Gustafsson"), QStringLiteral("Pettersson"), QStringLiteral("Jönsson"),
        QStringLiteral("Lindberg"), QStringLiteral("Lindqvist"), QStringLiteral("Sjöberg")};
    const QStringList types = {EB, BP, LSS};
    QRandomGenerator random(7);
    QList<InboxRow> rows;
    rows.reserve(count);
    for (int i = 0; i < count; ++i) {
        InboxRow r;
        r.id = i + 1;
        r.caseType = types.at(random.bounded(3));
        r.caseId = QStringLiteral("EB-2026-%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        r.applicantName = first.at(random.bounded(first.size())) + u' '
                          + last.at(random.bounded(last.size()));
        r.receivedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC)
                           .addSecs(random.bounded(86400 * 300));
        r.status = CaseStatus(random.bounded(4));
        r.dueOn = QDate(2026, 1, 1).addDays(random.bounded(400));
        r.householdSize = 1 + random.bounded(7);
        r.missingAttachments = random.bounded(4);
        rows.append(r);
    }
    // Shuffle the case numbers so that source order is not case number order.
    for (int i = count - 1; i > 0; --i)
        std::swap(rows[i].caseId, rows[random.bounded(i + 1)].caseId);
    return rows;
}

} // namespace

class TestInboxModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelContract();
    void proxyContract();
    void columnsAndHeaders();
    void displayAndRoles();
    void swedishSortKey_data();
    void swedishSortKey();
    void sortByEveryColumn_data();
    void sortByEveryColumn();
    void filterByStatus();
    void filterByCaseType();
    void filterByText_data();
    void filterByText();
    void filterCombinations();
    void filtersSurviveReload();
    void languageChangesTypeNamesAndMatches();
    void deadlineStates();
    void reloadFromRepository();
    void hundredThousandRows();
};

void TestInboxModel::initTestCase()
{
    // English type names unless a test says otherwise; the locale must not decide.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
}

void TestInboxModel::modelContract()
{
    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(sampleRows(), caseTypes());
    model.setLanguage(QStringLiteral("sv"));
    model.setRows({}, caseTypes());
    model.setRows(sampleRows(), caseTypes());
    model.setToday(QDate(2026, 3, 18));
    QCOMPARE(model.rowCount(), 6);
}

void TestInboxModel::proxyContract()
{
    InboxModel model;
    model.setRows(sampleRows(), caseTypes());
    InboxFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.sort(InboxModel::ApplicantColumn, Qt::DescendingOrder);
    proxy.setStatusFilter({CaseStatus::Received});
    proxy.setTextFilter(QStringLiteral("a"));
    proxy.setCaseTypeFilter(BP);
    proxy.clearFilters();
    model.setRows(sampleRows().mid(2), caseTypes());
    model.setLanguage(QStringLiteral("sv"));
    QCOMPARE(proxy.rowCount(), 4);
}

void TestInboxModel::columnsAndHeaders()
{
    InboxModel model;
    model.setRows(sampleRows(), caseTypes());
    QCOMPARE(model.columnCount(), 8);
    QStringList headers;
    for (int column = 0; column < model.columnCount(); ++column)
        headers << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(headers, (QStringList{QStringLiteral("Case number"), QStringLiteral("Case type"),
                                   QStringLiteral("Applicant"), QStringLiteral("Received"),
                                   QStringLiteral("Status"), QStringLiteral("Due"),
                                   QStringLiteral("Household"),
                                   QStringLiteral("Missing attachments")}));
    QCOMPARE(model.headerData(InboxModel::HouseholdColumn, Qt::Horizontal, Qt::TextAlignmentRole)
                 .toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
}

void TestInboxModel::displayAndRoles()
{
    InboxModel model;
    model.setLanguage(QStringLiteral("en"));
    model.setRows(sampleRows(), caseTypes());
    const auto cell = [&](int column, int role = Qt::DisplayRole) {
        return model.index(0, column).data(role);
    };
    QCOMPARE(cell(InboxModel::CaseIdColumn).toString(), QStringLiteral("EB-2026-000003"));
    QCOMPARE(cell(InboxModel::CaseTypeColumn).toString(), QStringLiteral("Financial assistance"));
    QCOMPARE(cell(InboxModel::ApplicantColumn).toString(), QStringLiteral("Östen Ek"));
    const QDateTime received(QDate(2026, 3, 5), QTime(8, 30), Qt::UTC);
    QCOMPARE(cell(InboxModel::ReceivedColumn).toString(),
             received.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(cell(InboxModel::StatusColumn).toString(), statusDisplayName(CaseStatus::Proposed));
    QCOMPARE(cell(InboxModel::DueColumn).toString(), QStringLiteral("2026-03-20"));
    QCOMPARE(cell(InboxModel::HouseholdColumn).toString(), QStringLiteral("3"));
    QCOMPARE(cell(InboxModel::MissingAttachmentsColumn).toString(), QStringLiteral("0"));
    QCOMPARE(cell(InboxModel::MissingAttachmentsColumn, Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));
    QVERIFY(!cell(InboxModel::ApplicantColumn, Qt::TextAlignmentRole).isValid());

    // Custom roles answer on every column.
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        QCOMPARE(cell(column, InboxModel::CaseIdRole).toString(), QStringLiteral("EB-2026-000003"));
        QCOMPARE(cell(column, InboxModel::StatusRole).toString(), QStringLiteral("proposed"));
        QCOMPARE(cell(column, InboxModel::CaseTypeRole).toString(), EB);
    }
    QCOMPARE(cell(InboxModel::MissingAttachmentsColumn, Qt::ToolTipRole).toString(),
             QStringLiteral("All attachments present"));
    QCOMPARE(model.index(1, InboxModel::MissingAttachmentsColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("2 attachment(s) missing"));
    QCOMPARE(model.index(4, InboxModel::DueColumn).data().toString(), QString());
    QCOMPARE(model.index(4, InboxModel::DueColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("No deadline"));
    QVERIFY(model.roleNames().contains(InboxModel::CaseIdRole));
    QCOMPARE(model.rowOfCase(QStringLiteral("EB-2026-000001")), 2);
    QCOMPARE(model.rowOfCase(QStringLiteral("nope")), -1);
}

void TestInboxModel::swedishSortKey_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("z before å") << QStringLiteral("Zorn") << QStringLiteral("Åberg");
    QTest::newRow("å before ä") << QStringLiteral("Åberg") << QStringLiteral("Ädel");
    QTest::newRow("ä before ö") << QStringLiteral("Ädel") << QStringLiteral("Öberg");
    QTest::newRow("lower case ä before upper Ö") << QStringLiteral("ärla") << QStringLiteral("Örjan");
    QTest::newRow("case does not decide") << QStringLiteral("anders") << QStringLiteral("Anna");
    QTest::newRow("é is an e") << QStringLiteral("Émile") << QStringLiteral("Erik");
    QTest::newRow("é is not an ä") << QStringLiteral("Élise") << QStringLiteral("Ängel");
    QTest::newRow("ü is a y") << QStringLiteral("Müller") << QStringLiteral("Myra");
    QTest::newRow("ü after x") << QStringLiteral("Mxa") << QStringLiteral("Müller");
    QTest::newRow("ø is an ö") << QStringLiteral("Zeta") << QStringLiteral("Øst");
    QTest::newRow("space before letters") << QStringLiteral("Ek Anna") << QStringLiteral("Ekberg");
    QTest::newRow("shorter first") << QStringLiteral("Lind") << QStringLiteral("Lindqvist");
    QTest::newRow("digits before letters") << QStringLiteral("A1") << QStringLiteral("AB");
}

void TestInboxModel::swedishSortKey()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY2(InboxModel::swedishSortKey(before) < InboxModel::swedishSortKey(after),
             qPrintable(before + QStringLiteral(" < ") + after));
    QCOMPARE(InboxModel::swedishSortKey(QStringLiteral("ÅSA")),
             InboxModel::swedishSortKey(QStringLiteral("åsa")));
}

void TestInboxModel::sortByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("ascending");

    const auto ids = [](std::initializer_list<const char *> shortIds) {
        // "E3" → "EB-2026-000003" and so on, to keep the table readable.
        QStringList out;
        for (const char *s : shortIds) {
            const QString id = QString::fromLatin1(s);
            const QString prefix = id.startsWith(u'E') ? QStringLiteral("EB")
                                   : id.startsWith(u'B') ? QStringLiteral("BP")
                                                         : QStringLiteral("LSS");
            out << QStringLiteral("%1-2026-00000%2").arg(prefix, id.right(1));
        }
        return out;
    };
    QTest::newRow("case number") << int(InboxModel::CaseIdColumn) << QStringLiteral("en")
                                 << ids({"B1", "B2", "E1", "E2", "E3", "L2"});
    // en: Financial assistance (E*) < LSS sick-pay (L2) < Resident parking (B*)
    QTest::newRow("case type en") << int(InboxModel::CaseTypeColumn) << QStringLiteral("en")
                                  << ids({"E3", "E1", "E2", "L2", "B1", "B2"});
    // sv: Boendeparkering < Ekonomiskt bistånd < Sjuklöneersättning
    QTest::newRow("case type sv") << int(InboxModel::CaseTypeColumn) << QStringLiteral("sv")
                                  << ids({"B1", "B2", "E3", "E1", "E2", "L2"});
    // anders Öberg, Émile Andersson, Zelda Ahl, Åsa Berg, Ärla Lind, Östen Ek
    QTest::newRow("applicant") << int(InboxModel::ApplicantColumn) << QStringLiteral("en")
                               << ids({"B2", "E2", "L2", "B1", "E1", "E3"});
    QTest::newRow("received") << int(InboxModel::ReceivedColumn) << QStringLiteral("en")
                              << ids({"L2", "B1", "B2", "E3", "E2", "E1"});
    // Workflow order: received, proposed, decided, returned; ties keep source order.
    QTest::newRow("status") << int(InboxModel::StatusColumn) << QStringLiteral("en")
                            << ids({"B1", "E2", "E3", "B2", "E1", "L2"});
    // No deadline last.
    QTest::newRow("due") << int(InboxModel::DueColumn) << QStringLiteral("en")
                         << ids({"E1", "L2", "B2", "E3", "B1", "E2"});
    QTest::newRow("household") << int(InboxModel::HouseholdColumn) << QStringLiteral("en")
                               << ids({"B1", "L2", "E3", "B2", "E1", "E2"});
    QTest::newRow("missing attachments")
        << int(InboxModel::MissingAttachmentsColumn) << QStringLiteral("en")
        << ids({"E3", "E1", "B1", "E2", "L2", "B2"});
}

void TestInboxModel::sortByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(QString, language);
    QFETCH(QStringList, ascending);

    InboxModel model;
    model.setLanguage(language);
    model.setRows(sampleRows(), caseTypes());
    InboxFilterProxy proxy;
    proxy.setSourceModel(&model);

    proxy.sort(column, Qt::AscendingOrder);
    QCOMPARE(shownCaseIds(proxy), ascending);

    proxy.sort(column, Qt::DescendingOrder);
    QStringList descending = shownCaseIds(proxy);
    // Equal keys keep their relative order in both directions (stable sort), so compare
    // descending against the reversed ascending order only where keys differ.
    QStringList reversed = ascending;
    std::reverse(reversed.begin(), reversed.end());
    for (int i = 0; i + 1 < descending.size(); ++i) {
        const int a = model.rowOfCase(descending.at(i));
        const int b = model.rowOfCase(descending.at(i + 1));
        QVERIFY2(model.sortKey(a, column) >= model.sortKey(b, column),
                 qPrintable(descending.join(u',')));
    }
    if (column != InboxModel::StatusColumn && column != InboxModel::CaseTypeColumn)
        QCOMPARE(descending, reversed);
}

void TestInboxModel::filterByStatus()
{
    InboxModel model;
    model.setRows(sampleRows(), caseTypes());
    InboxFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InboxModel::CaseIdColumn);
    QSignalSpy changed(&proxy, &InboxFilterProxy::filterChanged);

    proxy.setStatusFilter({CaseStatus::Received});
    QCOMPARE(shownCaseIds(proxy),
             (QStringList{QStringLiteral("BP-2026-000001"), QStringLiteral("EB-2026-000002")}));
    proxy.setStatusFilter({CaseStatus::Proposed, CaseStatus::ReturnedForCompletion});
    QCOMPARE(shownCaseIds(proxy),
             (QStringList{QStringLiteral("BP-2026-000002"), QStringLiteral("EB-2026-000003"),
                          QStringLiteral("LSS-2026-000002")}));
    QCOMPARE(proxy.statusFilter(),
             (QSet<CaseStatus>{CaseStatus::Proposed, CaseStatus::ReturnedForCompletion}));
    QVERIFY(proxy.isFiltered());
    proxy.setStatusFilter({});
    QCOMPARE(proxy.rowCount(), 6);
    QVERIFY(!proxy.isFiltered());
    QCOMPARE(changed.count(), 3);
    proxy.setStatusFilter({}); // unchanged: no signal, no work
    QCOMPARE(changed.count(), 3);
}

void TestInboxModel::filterByCaseType()
{
    InboxModel model;
    model.setRows(sampleRows(), caseTypes());
    InboxFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InboxModel::CaseIdColumn);
    proxy.setCaseTypeFilter(BP);
    QCOMPARE(shownCaseIds(proxy),
             (QStringList{QStringLiteral("BP-2026-000001"), QStringLiteral("BP-2026-000002")}));
    proxy.setCaseTypeFilter(LSS);
    QCOMPARE(shownCaseIds(proxy), QStringList{QStringLiteral("LSS-2026-000002")});
    proxy.setCaseTypeFilter(QStringLiteral("no-such-type"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setCaseTypeFilter(QString());
    QCOMPARE(proxy.rowCount(), 6);
}

void TestInboxModel::filterByText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("case number part") << QStringLiteral("000002")
                                      << QStringList{QStringLiteral("BP-2026-000002"),
                                                     QStringLiteral("EB-2026-000002"),
                                                     QStringLiteral("LSS-2026-000002")};
    QTest::newRow("case number lower case") << QStringLiteral("lss-")
                                            << QStringList{QStringLiteral("LSS-2026-000002")};
    QTest::newRow("applicant, other case") << QStringLiteral("ÖBERG")
                                           << QStringList{QStringLiteral("BP-2026-000002")};
    QTest::newRow("applicant, accents matter") << QStringLiteral("emile") << QStringList{};
    QTest::newRow("applicant, accent typed") << QStringLiteral("émile")
                                             << QStringList{QStringLiteral("EB-2026-000002")};
    QTest::newRow("two applicants") << QStringLiteral("anders")
                                    << QStringList{QStringLiteral("BP-2026-000002"),
                                                   QStringLiteral("EB-2026-000002")};
    QTest::newRow("case type name") << QStringLiteral("parking")
                                    << QStringList{QStringLiteral("BP-2026-000001"),
                                                   QStringLiteral("BP-2026-000002")};
    QTest::newRow("fixed string, not a pattern") << QStringLiteral("a.*b") << QStringList{};
    QTest::newRow("no match across fields") << QStringLiteral("000003östen") << QStringList{};
    QTest::newRow("surrounding blanks ignored") << QStringLiteral("  zelda ")
                                                << QStringList{QStringLiteral("LSS-2026-000002")};
}

void TestInboxModel::filterByText()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    InboxModel model;
    model.setLanguage(QStringLiteral("en"));
    model.setRows(sampleRows(), caseTypes());
    InboxFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InboxModel::CaseIdColumn);
    proxy.setTextFilter(text);
    QCOMPARE(shownCaseIds(proxy), expected);
    QCOMPARE(proxy.textFilter(), text);
}

void TestInboxModel::filterCombinations()
{
    InboxModel model;
    model.setLanguage(QStringLiteral("en"));
    model.setRows(sampleRows(), caseTypes());
    InboxFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InboxModel::ApplicantColumn);

    proxy.setCaseTypeFilter(EB);
    proxy.setStatusFilter({CaseStatus::Received, CaseStatus::Proposed});
    QCOMPARE(shownCaseIds(proxy),
             (QStringList{QStringLiteral("EB-2026-000002"), QStringLiteral("EB-2026-000003")}));
    proxy.setTextFilter(QStringLiteral("ek"));
    QCOMPARE(shownCaseIds(proxy), QStringList{QStringLiteral("EB-2026-000003")});
    // The text matches the type name of every EB case, but status still applies.
    proxy.setTextFilter(QStringLiteral("financial"));
    QCOMPARE(shownCaseIds(proxy),
             (QStringList{QStringLiteral("EB-2026-000002"), QStringLiteral("EB-2026-000003")}));
    proxy.setCaseTypeFilter(BP);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.clearFilters();
    QCOMPARE(proxy.rowCount(), 6);
    QCOMPARE(proxy.caseIdAt(0), QStringLiteral("BP-2026-000002")); // "anders Öberg" first
    QCOMPARE(proxy.caseIdAt(99), QString());
}

void TestInboxModel::filtersSurviveReload()
{
    InboxModel model;
    model.setRows(sampleRows(), caseTypes());
    InboxFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setCaseTypeFilter(LSS);
    proxy.setTextFilter(QStringLiteral("zelda"));
    QCOMPARE(proxy.rowCount(), 1);

    // New rows in which the case type has another index than before.
    QList<InboxRow> rows = sampleRows();
    rows.prepend(makeRow(QStringLiteral("LSS-2026-000009"), LSS, QStringLiteral("Zelda Berg"), 4,
                         CaseStatus::Received, QDate(), 1, 0));
    QList<CaseTypeInfo> types = caseTypes();
    std::reverse(types.begin(), types.end());
    model.setRows(rows, types);
    QCOMPARE(proxy.rowCount(), 2);
}

void TestInboxModel::languageChangesTypeNamesAndMatches()
{
    InboxModel model;
    model.setLanguage(QStringLiteral("en"));
    model.setRows(sampleRows(), caseTypes());
    InboxFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setTextFilter(QStringLiteral("bistånd"));
    QCOMPARE(proxy.rowCount(), 0);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setLanguage(QStringLiteral("sv"));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(0, InboxModel::CaseTypeColumn).data().toString(),
             QStringLiteral("Ekonomiskt bistånd"));
    QCOMPARE(proxy.rowCount(), 3);
    QCOMPARE(model.caseTypeName(LSS), QStringLiteral("Sjuklöneersättning LSS"));
    model.setLanguage(QStringLiteral("sv"));
    QCOMPARE(reset.count(), 1);
}

void TestInboxModel::deadlineStates()
{
    InboxModel model;
    model.setRows(sampleRows(), caseTypes());
    model.setToday(QDate(2026, 3, 18));
    using S = InboxModel::DeadlineState;
    const auto state = [&](int row) {
        return S(model.index(row, InboxModel::DueColumn).data(InboxModel::DeadlineStateRole).toInt());
    };
    QCOMPARE(state(0), S::Upcoming);  // due 03-20
    QCOMPARE(state(2), S::None);      // decided: its deadline no longer matters
    QCOMPARE(state(3), S::Overdue);   // due 03-15, returned for completion
    QCOMPARE(state(4), S::None);      // no deadline
    QCOMPARE(state(5), S::DueToday);  // due 03-18
    QCOMPARE(model.index(3, InboxModel::DueColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Overdue by 3 day(s)"));
    QCOMPARE(model.index(5, InboxModel::DueColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Due today"));
}

void TestInboxModel::reloadFromRepository()
{
    QTemporaryDir dir;
    auto cache = CacheDatabase::open(dir.filePath(QStringLiteral("inbox.cache")),
                                     QByteArrayLiteral("correct horse"),
                                     CacheDatabase::OpenMode::CreateNew);
    QVERIFY2(cache.ok(), cache ? "" : qPrintable(cache.error().message));
    DemoCaseGenerator generator(11);
    auto filled = generator.fill(cache.value()->database(), 40, QDate(2026, 3, 1));
    QVERIFY(filled.ok());
    CaseRepository repository(cache.value()->database());

    InboxModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLanguage(QStringLiteral("sv"));
    model.reload(repository);
    QCOMPARE(model.rowCount(), 40);
    QCOMPARE(model.caseTypeCount(), int(repository.caseTypes().size()));
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString caseId = model.index(row, 0).data().toString();
        const std::optional<CaseRecord> record = repository.find(caseId);
        QVERIFY(record);
        QCOMPARE(model.index(row, InboxModel::ApplicantColumn).data().toString(),
                 record->applicant.name);
        QCOMPARE(model.index(row, InboxModel::HouseholdColumn).data().toInt(),
                 record->householdSize());
        QCOMPARE(model.index(row, InboxModel::MissingAttachmentsColumn).data().toInt(),
                 record->missingAttachmentCount());
        QCOMPARE(model.index(row, InboxModel::CaseTypeColumn).data().toString(),
                 repository.caseType(record->caseType)->nameSv);
    }
}

void TestInboxModel::hundredThousandRows()
{
    // The targets are 150 ms on a release build; the bounds here are loose enough for a
    // debug build on a busy CI machine and still catch an accidental quadratic path.
    constexpr qint64 bound = 2000;
    const QList<InboxRow> rows = syntheticRows(100000);
    InboxModel model;
    model.setRows(rows, caseTypes());
    InboxFilterProxy proxy;
    proxy.setSourceModel(&model);
    QPersistentModelIndex current = proxy.index(10, 0); // as a view's current index would be
    QElapsedTimer timer;

    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            timer.start();
            proxy.sort(column, order);
            const int count = proxy.rowCount();
            const qint64 ms = timer.elapsed();
            qInfo("sort column %d %s: %lld ms", column,
                  order == Qt::AscendingOrder ? "asc" : "desc", ms);
            QCOMPARE(count, 100000);
            QVERIFY(ms < bound);
        }
    }
    // A view's current case survives re-sorting (a filter that hides it may drop it, as in
    // any QSortFilterProxyModel).
    QVERIFY(current.isValid());
    // Spot-check the order after the last (descending) sort of the applicant column.
    proxy.sort(InboxModel::ApplicantColumn, Qt::AscendingOrder);
    QString previous;
    for (int row = 0; row < proxy.rowCount(); row += 997) {
        const QString key = InboxModel::swedishSortKey(
            proxy.index(row, InboxModel::ApplicantColumn).data().toString());
        QVERIFY(previous <= key);
        previous = key;
    }

    const auto timeFilter = [&](const char *what, const std::function<void()> &change) {
        timer.start();
        change();
        const int count = proxy.rowCount();
        const qint64 ms = timer.elapsed();
        qInfo("filter %s: %lld ms, %d rows", what, ms, count);
        if (ms >= bound)
            QTest::qFail("filter too slow", __FILE__, __LINE__);
        return count;
    };
    const int oberg = timeFilter("text 'öberg' (first: folds the names)",
                                 [&] { proxy.setTextFilter(QStringLiteral("öberg")); });
    QVERIFY(oberg > 1000 && oberg < 20000);
    timeFilter("text 'örjan öberg'", [&] { proxy.setTextFilter(QStringLiteral("örjan öberg")); });
    QCOMPARE(timeFilter("clear text", [&] { proxy.setTextFilter(QString()); }), 100000);
    const int received =
        timeFilter("status received", [&] { proxy.setStatusFilter({CaseStatus::Received}); });
    QVERIFY(received > 20000 && received < 30000);
    timeFilter("+ case type", [&] { proxy.setCaseTypeFilter(EB); });
    timeFilter("+ text 'assistance'", [&] { proxy.setTextFilter(QStringLiteral("assistance")); });
    QCOMPARE(timeFilter("clear all", [&] { proxy.clearFilters(); }), 100000);
}

QTEST_GUILESS_MAIN(TestInboxModel)
#include "tst_inboxmodel.moc"
