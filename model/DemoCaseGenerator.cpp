#include "model/DemoCaseGenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QSqlError>
#include <QTimeZone>
#include <algorithm>

#include "model/CaseRepository.h"
#include "model/Personnummer.h"
#include "model/SwedishNames.h"
#include "model/Transaction.h"
#include "model/UserRepository.h"

namespace casebench {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoCaseGenerator", text);
}

const QString EkonomisktBistand = QStringLiteral("ekonomiskt-bistand");
const QString Boendeparkering = QStringLiteral("boendeparkering");
const QString LssSjuklon = QStringLiteral("lss-sjuklon");

// Every attachment list of a case is marked incomplete with this chance, as in a real inbox
// where roughly one application in seven lacks something.
constexpr int MissingAttachmentPercent = 15;
constexpr int ReceivedWithinDays = 60;

const QString &pick(DemoRandom &random, const QStringList &list)
{
    return list.at(qsizetype(random.below(quint64(list.size()))));
}

// --- time ---------------------------------------------------------------------------------

QDate lastSundayOf(int year, int month)
{
    const QDate last(year, month, QDate(year, month, 1).daysInMonth());
    return last.addDays(-(last.dayOfWeek() % 7));
}

// Swedish local time offset, by the EU rule (summer time from the last Sunday of March to
// the last Sunday of October), so results never depend on the machine's time zone data.
int stockholmOffsetSeconds(const QDate &date, int hour)
{
    const QDate springForward = lastSundayOf(date.year(), 3);
    const QDate fallBack = lastSundayOf(date.year(), 10);
    bool summer = date > springForward && date < fallBack;
    if (date == springForward)
        summer = hour >= 3;
    else if (date == fallBack)
        summer = hour < 3;
    return summer ? 2 * 3600 : 3600;
}

// Applications come in around the clock through the e-service, most in office hours.
QDateTime receivedLocalTime(DemoRandom &random, const QDate &today)
{
    QDate day = today.addDays(-random.between(1, ReceivedWithinDays));
    // Fewer on weekends: redraw most weekend days.
    while (day.dayOfWeek() >= 6 && random.percent(60))
        day = today.addDays(-random.between(1, ReceivedWithinDays));
    int hour = random.weighted(
        {1, 1, 1, 1, 1, 1, 2, 4, 7, 8, 8, 8, 7, 8, 8, 7, 6, 5, 5, 5, 4, 3, 2, 1});
    if (day == lastSundayOf(day.year(), 3) && hour == 2)
        hour = 3; // 02:00–02:59 does not exist that night
    const QTime time(hour, random.between(0, 59), random.between(0, 59));
    return QDateTime(day, time, QTimeZone(stockholmOffsetSeconds(day, hour)));
}

// Older cases have more often moved on; most of the inbox is still waiting.
CaseStatus statusForAge(DemoRandom &random, qint64 ageDays)
{
    if (ageDays <= 3)
        return random.percent(95) ? CaseStatus::Received : CaseStatus::Proposed;
    const int choice = ageDays <= 14 ? random.weighted({72, 15, 8, 5}) : random.weighted({55, 10, 8, 27});
    switch (choice) {
    case 0:
        return CaseStatus::Received;
    case 1:
        return CaseStatus::Proposed;
    case 2:
        return CaseStatus::ReturnedForCompletion;
    default:
        return CaseStatus::Decided;
    }
}

// --- people -------------------------------------------------------------------------------

// What an adult of an ekonomiskt bistånd household lives on this month.
enum class Livelihood {
    Nothing,
    Wage,
    UnemploymentBenefit,
    SicknessBenefit,
    ActivitySupport,
    ParentalBenefit,
    Pension,
};

struct DemoPerson
{
    Person person;
    bool female = false;
    int age = 0;
    bool withPersonnummer = true;
    Livelihood livelihood = Livelihood::Nothing;
    bool ableToWork = false;
    bool registeredAtArbetsformedlingen = false;
};

// A birth date that makes the person exactly `age` years old on `onDate`.
QDate birthDateForAge(DemoRandom &random, const QDate &onDate, int age)
{
    return onDate.addYears(-age).addDays(-random.between(0, 364));
}

DemoPerson makePerson(DemoRandom &random, const QDate &onDate, int age, bool female,
                      const QString &surname, const QString &relation)
{
    DemoPerson p;
    p.female = female;
    p.age = age;
    p.person.relation = relation;
    p.person.birthDate = birthDateForAge(random, onDate, age);
    p.person.name = pick(random, female ? swedishFemaleFirstNames() : swedishMaleFirstNames())
                    + u' ' + surname;
    // The last digit of the serial tells the sex: odd for men, even for women.
    const int serial = random.between(1, 99) * 10 + 2 * random.between(0, 4) + (female ? 0 : 1);
    // Samordningsnummer: people not (yet) folkbokförda, mostly recently arrived adults.
    const bool coordination = age >= 18 && random.percent(3);
    p.person.personnummer = Personnummer::compose(p.person.birthDate, serial, coordination);
    return p;
}

QJsonObject envelopePerson(const DemoPerson &p)
{
    QJsonObject o;
    if (p.withPersonnummer)
        o.insert(u"personnummer"_qs, p.person.personnummer);
    else
        o.insert(u"birth_date"_qs, p.person.birthDate.toString(Qt::ISODate));
    o.insert(u"name"_qs, p.person.name);
    o.insert(u"relation"_qs, p.person.relation);
    return o;
}

// --- assembling a case --------------------------------------------------------------------

struct DemoAttachment
{
    QString type;
    QString fileName;
    bool sent = true; // false: listed by the applicant but not (yet) sent
};

// A case while it is being made: the people, attachments and details the payload and the
// record are both built from.
struct DraftCase
{
    QList<DemoPerson> people; // applicant first
    QList<QJsonObject> personJson;
    QList<DemoAttachment> attachments;
    QJsonObject details;
    QDate applicationDate;
};

QJsonObject amountItem(const QString &kind, int kronor)
{
    QJsonObject o;
    o.insert(u"kind"_qs, kind);
    o.insert(u"amount"_qs, kronor);
    return o;
}

// --- ekonomiskt bistånd ---------------------------------------------------------------------

enum class HouseholdShape { Single, SingleParent, Couple, CoupleWithChildren, SharedHousehold };

Livelihood adultLivelihood(DemoRandom &random, const DemoPerson &adult, bool hasInfant)
{
    if (adult.age >= 65)
        return random.percent(85) ? Livelihood::Pension : Livelihood::Nothing;
    if (hasInfant && random.percent(adult.female ? 60 : 20))
        return Livelihood::ParentalBenefit;
    switch (random.weighted({38, 22, 10, 14, 16})) {
    case 0:
        return Livelihood::Nothing;
    case 1:
        return Livelihood::Wage;
    case 2:
        return Livelihood::UnemploymentBenefit;
    case 3:
        return Livelihood::SicknessBenefit;
    default:
        return Livelihood::ActivitySupport;
    }
}

void setWorkFacts(DemoRandom &random, DemoPerson &adult)
{
    switch (adult.livelihood) {
    case Livelihood::Pension:
    case Livelihood::SicknessBenefit:
        adult.ableToWork = false;
        break;
    case Livelihood::Nothing:
        adult.ableToWork = adult.age < 65 && random.percent(85);
        break;
    default:
        adult.ableToWork = true;
    }
    int registeredPercent = 0;
    switch (adult.livelihood) {
    case Livelihood::Nothing:
    case Livelihood::UnemploymentBenefit:
    case Livelihood::ActivitySupport:
        registeredPercent = 93;
        break;
    case Livelihood::Wage:
        registeredPercent = 50; // part-time work, looking for more
        break;
    default:
        registeredPercent = 0;
    }
    adult.registeredAtArbetsformedlingen = adult.ableToWork && random.percent(registeredPercent);
}

int livelihoodAmount(DemoRandom &random, Livelihood livelihood)
{
    switch (livelihood) {
    case Livelihood::Wage:
        return random.between(2000, 16000);
    case Livelihood::UnemploymentBenefit:
        return random.between(5000, 14000);
    case Livelihood::SicknessBenefit:
        return random.between(4000, 13000);
    case Livelihood::ActivitySupport:
        return random.between(3000, 9500);
    case Livelihood::ParentalBenefit:
        return random.between(4000, 12000);
    case Livelihood::Pension:
        return random.between(6000, 13000);
    case Livelihood::Nothing:
        break;
    }
    return 0;
}

QString livelihoodKind(Livelihood livelihood)
{
    switch (livelihood) {
    case Livelihood::Wage:
        return u"lon"_qs;
    case Livelihood::UnemploymentBenefit:
        return u"a-kassa"_qs;
    case Livelihood::SicknessBenefit:
        return u"sjukpenning"_qs;
    case Livelihood::ActivitySupport:
        return u"aktivitetsstod"_qs;
    case Livelihood::ParentalBenefit:
        return u"foraldrapenning"_qs;
    case Livelihood::Pension:
        return u"pension"_qs;
    case Livelihood::Nothing:
        break;
    }
    return {};
}

// Barnbidrag (1 250 kr a month per child under 16) with flerbarnstillägg, which counts the
// children with studiebidrag too.
int childAllowance(int childrenUnder16, int childrenWithStudyGrant)
{
    static const int supplement[] = {0, 0, 150, 730, 1740, 2990};
    const int counted = childrenUnder16 + childrenWithStudyGrant;
    const int extra = counted <= 5 ? supplement[counted] : 2990 + (counted - 5) * 1250;
    return childrenUnder16 * 1250 + (childrenUnder16 > 0 ? extra : 0);
}

// Underhållsstöd per child by age (Försäkringskassan's full amounts).
int maintenanceSupport(int age)
{
    if (age <= 6)
        return 1673;
    if (age <= 14)
        return 1823;
    return 2223;
}

// Monthly rent by household size: small flats for singles up to large ones for big families.
int rentFor(DemoRandom &random, int householdSize)
{
    static const int low[] = {4000, 5000, 6000, 6500, 7500};
    static const int high[] = {7500, 8500, 9500, 10000, 11000};
    const int i = std::min(householdSize, 5) - 1;
    return random.between(low[i], high[i]);
}

QString monthName(int month)
{
    static const char16_t *const names[] = {u"januari", u"februari", u"mars",     u"april",
                                            u"maj",     u"juni",     u"juli",     u"augusti",
                                            u"september", u"oktober", u"november", u"december"};
    return QString::fromUtf16(names[month - 1]);
}

void buildEkonomisktBistand(DemoRandom &random, const QDate &received, DraftCase &draft)
{
    const auto shape = HouseholdShape(random.weighted({45, 22, 8, 20, 5}));
    const QString surname = pick(random, swedishSurnames());
    const bool applicantFemale = shape == HouseholdShape::SingleParent ? random.percent(82)
                                                                        : random.percent(50);
    int applicantAge = 0;
    switch (shape) {
    case HouseholdShape::Single:
        applicantAge = random.percent(6) ? random.between(65, 85) : random.between(18, 64);
        break;
    case HouseholdShape::SingleParent:
        applicantAge = random.between(19, 52);
        break;
    case HouseholdShape::Couple:
        applicantAge = random.between(20, 66);
        break;
    case HouseholdShape::CoupleWithChildren:
        applicantAge = random.between(21, 52);
        break;
    case HouseholdShape::SharedHousehold:
        applicantAge = random.between(40, 64);
        break;
    }
    draft.people.append(makePerson(random, received, applicantAge, applicantFemale, surname,
                                   u"applicant"_qs));
    int youngestParentAge = applicantAge;

    if (shape == HouseholdShape::Couple || shape == HouseholdShape::CoupleWithChildren) {
        const int age = std::clamp(applicantAge + random.between(-6, 6), 18, 80);
        const bool female = random.percent(96) ? !applicantFemale : applicantFemale;
        const QString partnerSurname = random.percent(60) ? surname : pick(random, swedishSurnames());
        draft.people.append(makePerson(random, received, age, female, partnerSurname, u"partner"_qs));
        youngestParentAge = std::min(youngestParentAge, age);
    } else if (shape == HouseholdShape::SharedHousehold) {
        // A grown child still living at home, with an own household share.
        draft.people.append(makePerson(random, received, random.between(21, 26), random.percent(50),
                                       surname, u"adult"_qs));
    }

    int childCount = 0;
    if (shape == HouseholdShape::SingleParent)
        childCount = 1 + random.weighted({45, 30, 15, 6, 3, 1});
    else if (shape == HouseholdShape::CoupleWithChildren)
        childCount = 1 + random.weighted({35, 30, 18, 10, 7});
    const int maxChildAge = std::min(20, youngestParentAge - 17);
    for (int i = 0; i < childCount; ++i) {
        const int age = random.between(0, maxChildAge);
        DemoPerson child = makePerson(random, received, age, random.percent(50), surname, u"child"_qs);
        // Some newborns have no personnummer yet when the application is made.
        child.withPersonnummer = age > 0 || random.percent(75);
        if (!child.withPersonnummer)
            child.person.personnummer.clear();
        draft.people.append(child);
    }

    bool hasInfant = false;
    for (const DemoPerson &p : std::as_const(draft.people))
        hasInfant = hasInfant || (p.person.relation == u"child" && p.age <= 1);

    // People's extra facts, incomes per person.
    QJsonArray incomes;
    bool anyWage = false;
    bool anyUnemploymentBenefit = false;
    bool anyWorkOrStudyForChildcare = false;
    int childrenUnder16 = 0;
    int childrenWithStudyGrant = 0;
    bool youngChild = false;
    for (qsizetype i = 0; i < draft.people.size(); ++i) {
        DemoPerson &p = draft.people[i];
        QJsonObject json = envelopePerson(p);
        if (p.person.relation == u"child") {
            // Riksnorm: ages 0–6 get a lower figure when they eat lunch at preschool.
            if (p.age <= 6)
                json.insert(u"lunch_at_home"_qs, p.age == 0 || random.percent(15));
            if (p.age >= 16) {
                json.insert(u"in_school"_qs, true);
                ++childrenWithStudyGrant;
                QJsonObject grant = amountItem(u"csn"_qs, 1250);
                grant.insert(u"person"_qs, int(i));
                incomes.append(grant);
            } else {
                ++childrenUnder16;
            }
            youngChild = youngChild || (p.age >= 1 && p.age <= 5);
        } else {
            p.livelihood = adultLivelihood(random, p, hasInfant);
            setWorkFacts(random, p);
            json.insert(u"able_to_work"_qs, p.ableToWork);
            json.insert(u"registered_at_arbetsformedlingen"_qs, p.registeredAtArbetsformedlingen);
            if (p.livelihood != Livelihood::Nothing) {
                QJsonObject income = amountItem(livelihoodKind(p.livelihood),
                                                livelihoodAmount(random, p.livelihood));
                income.insert(u"person"_qs, int(i));
                incomes.append(income);
            }
            anyWage = anyWage || p.livelihood == Livelihood::Wage;
            anyUnemploymentBenefit =
                anyUnemploymentBenefit || p.livelihood == Livelihood::UnemploymentBenefit;
            anyWorkOrStudyForChildcare = anyWorkOrStudyForChildcare || p.livelihood == Livelihood::Wage
                                         || p.livelihood == Livelihood::ActivitySupport;
        }
        draft.personJson.append(json);
    }
    const int householdSize = int(draft.people.size());

    if (childrenUnder16 > 0)
        incomes.append(amountItem(u"barnbidrag"_qs, childAllowance(childrenUnder16, childrenWithStudyGrant)));
    if (shape == HouseholdShape::SingleParent) {
        for (qsizetype i = 1; i < draft.people.size(); ++i) {
            if (draft.people[i].age < 18 && random.percent(70)) {
                QJsonObject support = amountItem(u"underhallsstod"_qs, maintenanceSupport(draft.people[i].age));
                support.insert(u"person"_qs, int(i));
                incomes.append(support);
            }
        }
    }
    if (childCount > 0 ? random.percent(65) : (applicantAge < 29 && random.percent(15)))
        incomes.append(amountItem(u"bostadsbidrag"_qs, childCount > 0 ? random.between(1000, 4500)
                                                                      : random.between(500, 1500)));
    if (random.percent(3))
        incomes.append(amountItem(u"skatteaterbaring"_qs, random.between(500, 6000)));
    if (random.percent(3))
        incomes.append(amountItem(u"ovrigt"_qs, random.between(200, 3000)));

    // Costs outside the norm.
    QJsonArray costs;
    const QDate periodStart = QDate(received.year(), received.month(), 1).addMonths(1);
    const QString period = periodStart.toString(u"yyyy-MM"_qs);
    const QString month = monthName(received.month());
    const bool paysRent = random.percent(94);
    if (paysRent) {
        costs.append(amountItem(u"hyra"_qs, rentFor(random, householdSize)));
        draft.attachments.append({u"hyresavi"_qs, QStringLiteral("hyresavi-%1.pdf").arg(period)});
    }
    if (random.percent(55))
        costs.append(amountItem(u"hushallsel"_qs, random.between(200, 900)));
    if (random.percent(65))
        costs.append(amountItem(u"hemforsakring"_qs, random.between(90, 280)));
    if (anyWage && random.percent(85))
        costs.append(amountItem(u"arbetsresor"_qs, random.between(550, 970)));
    if (anyWage && random.percent(30))
        costs.append(amountItem(u"fackavgift"_qs, random.between(150, 450)));
    if ((anyWage || anyUnemploymentBenefit) && random.percent(40))
        costs.append(amountItem(u"a-kasseavgift"_qs, random.between(90, 180)));
    if (youngChild && anyWorkOrStudyForChildcare && random.percent(60))
        costs.append(amountItem(u"barnomsorg"_qs, random.between(150, 1700)));

    // Needs-tested costs come with a receipt or a quote.
    struct NeedsTested
    {
        const char16_t *kind;
        int percent;
        int low;
        int high;
        const char16_t *note;
        const char16_t *attachmentType;
        const char16_t *fileName;
    };
    static const NeedsTested needsTested[] = {
        {u"tandvard", 5, 800, 9000, u"Akut tandvård, kostnadsförslag bifogas", u"kostnadsforslag",
         u"kostnadsförslag tandläkare.pdf"},
        {u"glasogon", 3, 900, 3500, u"Nya glasögon, synundersökning gjord", u"kvitto",
         u"kvitto glasögon.jpg"},
        {u"lakarvard", 8, 100, 1400, u"Läkarbesök och medicin", u"kvitto",
         u"kvitton läkare och apotek.pdf"},
        {u"mobler", 3, 1500, 8000, u"Säng och madrass", u"kostnadsforslag", u"offert möbler.pdf"},
        {u"ovrigt", 3, 200, 2500, u"Busskort för barn till skolan", u"kvitto", u"kvitto.pdf"},
    };
    for (const NeedsTested &n : needsTested) {
        if (!random.percent(n.percent))
            continue;
        QJsonObject cost = amountItem(QString::fromUtf16(n.kind), random.between(n.low, n.high));
        cost.insert(u"note"_qs, QString::fromUtf16(n.note));
        costs.append(cost);
        draft.attachments.append({QString::fromUtf16(n.attachmentType), QString::fromUtf16(n.fileName)});
    }

    static const char16_t *const statementNames[] = {
        u"kontoutdrag.pdf", u"kontoutdrag-%1.pdf", u"Skärmbild kontoutdrag %1.png", u"IMG_%2.jpg"};
    const QString statementName = QString::fromUtf16(statementNames[random.below(4)])
                                      .replace(u"%1"_qs, month)
                                      .replace(u"%2"_qs, QString::number(random.between(1000, 9999)));
    draft.attachments.append({u"kontoutdrag"_qs, statementName});
    if (anyWage)
        draft.attachments.append({u"lonespecifikation"_qs, QStringLiteral("lönespec %1.pdf").arg(month)});

    const bool firstApplication = random.percent(10);
    if (firstApplication && paysRent)
        draft.attachments.append({u"hyreskontrakt"_qs, u"hyreskontrakt.pdf"_qs});

    QJsonObject &d = draft.details;
    d.insert(u"period"_qs, period);
    d.insert(u"first_application"_qs, firstApplication);
    d.insert(u"household_changed"_qs, !firstApplication && random.percent(5));
    d.insert(u"address_changed"_qs, !firstApplication && random.percent(4));
    d.insert(u"self_employed"_qs, random.percent(3));
    d.insert(u"savings"_qs, random.percent(12) ? random.between(500, 25000) : 0);
    d.insert(u"incomes"_qs, incomes);
    d.insert(u"costs"_qs, costs);
    draft.applicationDate = periodStart;
}

// --- boendeparkering ----------------------------------------------------------------------

struct ParkingStreet
{
    const char16_t *street;
    const char16_t *postalCode;
    const char16_t *zone;
};

// Streets of central Göteborg with their postal code and parking zone.
const ParkingStreet parkingStreets[] = {
    {u"Linnégatan", u"413 04", u"L"},          {u"Övre Husargatan", u"413 14", u"L"},
    {u"Sprängkullsgatan", u"411 23", u"H"},    {u"Järntorgsgatan", u"413 01", u"H"},
    {u"Första Långgatan", u"413 03", u"M"},    {u"Kungsladugårdsgatan", u"414 76", u"M"},
    {u"Aschebergsgatan", u"411 27", u"A"},     {u"Vasagatan", u"411 24", u"A"},
    {u"Södra Vägen", u"412 54", u"C"},         {u"Mölndalsvägen", u"412 63", u"C"},
    {u"Karl Johansgatan", u"414 59", u"M"},    {u"Övre Majorsgatan", u"413 08", u"L"},
    {u"Kastellgatan", u"413 07", u"H"},        {u"Tegnérsgatan", u"416 52", u"E"},
    {u"Redbergsvägen", u"416 65", u"E"},       {u"Friggagatan", u"411 01", u"B"},
};

// Swedish plates: three letters (never I, Q, V, Å, Ä, Ö) and three digits, or since 2019
// two digits and a letter (never O); written without the space, as the register does.
QString registrationPlate(DemoRandom &random)
{
    static const QString letters = u"ABCDEFGHJKLMNOPRSTUWXYZ"_qs;
    static const QString lastLetters = u"ABCDEFGHJKLMNPRSTUWXYZ"_qs;
    QString plate;
    for (int i = 0; i < 3; ++i)
        plate.append(letters.at(qsizetype(random.below(quint64(letters.size())))));
    plate.append(QString::number(random.between(0, 9)));
    plate.append(QString::number(random.between(0, 9)));
    if (random.percent(30))
        plate.append(lastLetters.at(qsizetype(random.below(quint64(lastLetters.size())))));
    else
        plate.append(QString::number(random.between(0, 9)));
    return plate;
}

void buildBoendeparkering(DemoRandom &random, const QDate &received, DraftCase &draft)
{
    DemoPerson applicant = makePerson(random, received, random.between(20, 82), random.percent(50),
                                      pick(random, swedishSurnames()), u"applicant"_qs);
    draft.people.append(applicant);
    draft.personJson.append(envelopePerson(applicant));

    const ParkingStreet &s = parkingStreets[random.below(std::size(parkingStreets))];
    QJsonObject address;
    address.insert(u"street"_qs, QStringLiteral("%1 %2").arg(QString::fromUtf16(s.street)).arg(random.between(1, 60)));
    address.insert(u"postal_code"_qs, QString::fromUtf16(s.postalCode));
    address.insert(u"city"_qs, u"Göteborg"_qs);

    QJsonObject vehicle;
    vehicle.insert(u"registration"_qs, registrationPlate(random));
    const int relation = random.weighted({75, 15, 10});
    bool employerStatement = false;
    if (relation == 0) {
        vehicle.insert(u"relation"_qs, u"owner"_qs);
    } else if (relation == 1) {
        vehicle.insert(u"relation"_qs, u"lessee"_qs);
        draft.attachments.append({u"leasingavtal"_qs, u"leasingavtal.pdf"_qs});
    } else {
        vehicle.insert(u"relation"_qs, u"benefit_car"_qs);
        // The statement is required for a benefit car; a quarter of applicants forget it.
        employerStatement = random.percent(75);
        draft.attachments.append({u"intyg_formansbil"_qs, u"intyg förmånsbil.pdf"_qs, employerStatement});
    }
    vehicle.insert(u"employer_statement"_qs, employerStatement);
    // Registry check done on receipt; a few plates are mistyped by the applicant.
    vehicle.insert(u"found_in_register"_qs, random.percent(97));

    QJsonObject &d = draft.details;
    d.insert(u"registered_address"_qs, address);
    d.insert(u"zone"_qs, QString::fromUtf16(s.zone));
    d.insert(u"registered_at_address"_qs, random.percent(95));
    d.insert(u"vehicle"_qs, vehicle);
    d.insert(u"existing_permit"_qs, random.percent(40));
    draft.applicationDate = received;
}

// --- sjuklöneersättning LSS ---------------------------------------------------------------

struct AssistanceProvider
{
    QString name;
    QString orgNumber;
    bool ivoRegistered = true;
    QString ivoRegistration;
};

// A stable set of providers for one generator, so the same provider sends many cases. Each
// is the "provider" object of an LSS application.
QList<QJsonObject> makeProviders(DemoRandom &random)
{
    static const char16_t *const names[] = {
        u"Assistans i Norr AB",          u"Omsorgshuset Väst AB",   u"Trygg Assistans Skåne AB",
        u"Personlig Assistans Öresund AB", u"Vardagsstöd Göteborg AB", u"Assistanskooperativet Ängen ek. för.",
        u"Hemma Assistans AB",           u"Livskvalitet Assistans AB", u"Frihet & Stöd AB",
        u"Älvstrandens Assistans AB",
    };
    QList<AssistanceProvider> providers;
    for (const char16_t *name : names) {
        AssistanceProvider p;
        p.name = QString::fromUtf16(name);
        // Aktiebolag numbers start 559, economic associations 769; both carry a Luhn digit.
        const bool association = p.name.endsWith(u"ek. för.");
        const QString nine = QStringLiteral("%1%2")
                                 .arg(association ? u"769"_qs : u"559"_qs)
                                 .arg(random.between(0, 999999), 6, 10, QLatin1Char('0'));
        p.orgNumber = QStringLiteral("%1-%2%3")
                          .arg(nine.left(6), nine.mid(6))
                          .arg(Personnummer::luhnCheckDigit(nine));
        p.ivoRegistration = QStringLiteral("IVO 3.5.1-%1/%2")
                                .arg(random.between(10000, 59999))
                                .arg(random.between(2011, 2025));
        providers.append(p);
    }
    // One provider lost its permit: its applications must fail the IVO check.
    providers.last().ivoRegistered = false;
    providers.last().ivoRegistration.clear();

    QList<QJsonObject> objects;
    for (const AssistanceProvider &p : providers) {
        QJsonObject provider;
        provider.insert(u"name"_qs, p.name);
        provider.insert(u"org_number"_qs, p.orgNumber);
        provider.insert(u"ivo_registered"_qs, p.ivoRegistered);
        if (!p.ivoRegistration.isEmpty())
            provider.insert(u"ivo_registration"_qs, p.ivoRegistration);
        objects.append(provider);
    }
    return objects;
}

// Hours in quarter hours, as a decimal string ("37.5", "21.25"): never a double.
QString quarterHours(int quarters)
{
    static const char *const fractions[] = {"", ".25", ".5", ".75"};
    return QString::number(quarters / 4) + QLatin1String(fractions[quarters % 4]);
}

void buildLssSjuklon(DemoRandom &random, const QDate &received, const QList<QJsonObject> &providers,
                     DraftCase &draft)
{
    // The applicant is the provider's contact person, signing for the company.
    DemoPerson contact = makePerson(random, received, random.between(28, 64), random.percent(60),
                                    pick(random, swedishSurnames()), u"applicant"_qs);
    draft.people.append(contact);
    draft.personJson.append(envelopePerson(contact));

    const QJsonObject &provider = providers.at(qsizetype(random.below(quint64(providers.size()))));

    const DemoPerson assistantPerson = makePerson(random, received, random.between(19, 66), random.percent(70),
                                                  pick(random, swedishSurnames()), u"adult"_qs);
    QJsonObject assistant;
    assistant.insert(u"personnummer"_qs, assistantPerson.person.personnummer);
    assistant.insert(u"name"_qs, assistantPerson.person.name);

    // Sick pay covers days 1–14 of a sick period; providers apply a few weeks after.
    const QDate from = received.addDays(-random.between(14, 50));
    const int days = random.weighted({10, 14, 14, 12, 10, 6, 8, 4, 3, 3, 2, 2, 2, 10}) + 1;
    QJsonObject sickPeriod;
    sickPeriod.insert(u"from"_qs, from.toString(Qt::ISODate));
    sickPeriod.insert(u"to"_qs, from.addDays(days - 1).toString(Qt::ISODate));

    QJsonObject &d = draft.details;
    d.insert(u"provider"_qs, provider);
    d.insert(u"assistant"_qs, assistant);
    d.insert(u"sick_period"_qs, sickPeriod);
    d.insert(u"sick_days"_qs, days);
    // A full-time assistant works about 37.5 hours a week; part-timers from 20.
    const int weeklyQuarterHours = random.percent(60) ? 150 : random.between(80, 149);
    const int scheduledQuarterHours = weeklyQuarterHours * days / 7;
    d.insert(u"average_weekly_hours"_qs, quarterHours(weeklyQuarterHours));
    d.insert(u"scheduled_hours"_qs, quarterHours(scheduledQuarterHours));
    d.insert(u"monthly_wage"_qs, random.percent(70) ? random.between(24000, 32000) : random.between(9000, 23999));
    d.insert(u"employer_contribution_rate"_qs, u"0.3142"_qs);
    d.insert(u"collective_agreement_supplement"_qs, random.percent(50) ? random.between(200, 1500) : 0);

    // The four attachments the municipality asks for.
    draft.attachments.append({u"sjukanmalan"_qs, u"sjukanmälan.pdf"_qs});
    draft.attachments.append({u"lonespecifikation"_qs, QStringLiteral("lönespec %1.pdf").arg(monthName(from.month()))});
    draft.attachments.append({u"schema"_qs, u"schema sjukperioden.pdf"_qs});
    draft.attachments.append({u"lakarintyg"_qs, u"läkarintyg.pdf"_qs});
    draft.applicationDate = received;
}

} // namespace

DemoCaseGenerator::DemoCaseGenerator(quint64 seed, int firstSerial)
    : m_random(seed), m_firstSerial(firstSerial)
{
}

void DemoCaseGenerator::setDeadlineDays(const QHash<QString, int> &daysByCaseType)
{
    m_deadlineDays = daysByCaseType;
}

CaseRecord DemoCaseGenerator::next(const QDate &today)
{
    // Providers are drawn once, on first use, so they are the same throughout a run.
    if (m_providers.isEmpty())
        m_providers = makeProviders(m_random);

    const int typeChoice = m_random.weighted({70, 20, 10});
    const QString &caseType = typeChoice == 0 ? EkonomisktBistand
                              : typeChoice == 1 ? Boendeparkering
                                                : LssSjuklon;
    const QDateTime localReceived = receivedLocalTime(m_random, today);
    const QDate received = localReceived.date();

    DraftCase draft;
    if (typeChoice == 0)
        buildEkonomisktBistand(m_random, received, draft);
    else if (typeChoice == 1)
        buildBoendeparkering(m_random, received, draft);
    else
        buildLssSjuklon(m_random, received, m_providers, draft);

    CaseRecord record;
    static const QHash<QString, QString> prefixes{
        {EkonomisktBistand, u"EB"_qs}, {Boendeparkering, u"BP"_qs}, {LssSjuklon, u"LSS"_qs}};
    const int serial = m_nextSerial.value(caseType, m_firstSerial);
    m_nextSerial.insert(caseType, serial + 1);
    record.caseId = QStringLiteral("%1-%2-%3")
                        .arg(prefixes.value(caseType))
                        .arg(received.year())
                        .arg(serial, 6, 10, QLatin1Char('0'));
    record.caseType = caseType;
    record.receivedAt = localReceived.toUTC();
    record.applicationDate = draft.applicationDate;
    record.status = statusForAge(m_random, received.daysTo(today));
    record.applicant = draft.people.first().person;
    for (qsizetype i = 1; i < draft.people.size(); ++i)
        record.household.append(draft.people[i].person);

    // Mark one attachment (now and then two) as not sent.
    QList<bool> present;
    for (const DemoAttachment &attachment : draft.attachments)
        present.append(attachment.sent);
    if (!draft.attachments.isEmpty() && m_random.percent(MissingAttachmentPercent)) {
        const int missing = draft.attachments.size() > 1 && m_random.percent(25) ? 2 : 1;
        for (int i = 0; i < missing; ++i)
            present[qsizetype(m_random.below(quint64(draft.attachments.size())))] = false;
    }
    QJsonArray attachments;
    for (qsizetype i = 0; i < draft.attachments.size(); ++i) {
        Attachment a;
        a.type = draft.attachments[i].type;
        a.present = present[i];
        a.name = a.present ? draft.attachments[i].fileName : QString();
        record.attachments.append(a);
        QJsonObject json;
        json.insert(u"type"_qs, a.type);
        json.insert(u"name"_qs, a.name);
        json.insert(u"present"_qs, a.present);
        attachments.append(json);
    }

    if (m_deadlineDays.contains(caseType))
        record.deadlines.append({u"decision"_qs, received.addDays(m_deadlineDays.value(caseType))});
    if (record.status == CaseStatus::ReturnedForCompletion)
        record.deadlines.append({u"completion"_qs, received.addDays(m_random.between(10, 21))});

    QJsonObject payload;
    payload.insert(u"format"_qs, u"casebench.application/1"_qs);
    payload.insert(u"case_id"_qs, record.caseId);
    payload.insert(u"case_type"_qs, caseType);
    payload.insert(u"received_at"_qs, localReceived.toString(Qt::ISODate));
    payload.insert(u"application_date"_qs, draft.applicationDate.toString(Qt::ISODate));
    payload.insert(u"applicant"_qs, draft.personJson.first());
    if (draft.personJson.size() > 1) {
        QJsonArray household;
        for (qsizetype i = 1; i < draft.personJson.size(); ++i)
            household.append(draft.personJson[i]);
        payload.insert(u"household"_qs, household);
    }
    payload.insert(u"attachments"_qs, attachments);
    payload.insert(u"details"_qs, draft.details);
    record.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return record;
}

QList<CaseRecord> DemoCaseGenerator::generate(int count, const QDate &today)
{
    QList<CaseRecord> records;
    records.reserve(count);
    for (int i = 0; i < count; ++i)
        records.append(next(today));
    return records;
}

Result<int> DemoCaseGenerator::writeApplicationFiles(const QString &dir, int count, const QDate &today)
{
    if (!QDir().mkpath(dir))
        return Problem{tr("Could not create the folder."), dir, 0, {}};
    for (int i = 0; i < count; ++i) {
        const CaseRecord record = next(today);
        const QString path = QDir(dir).filePath(record.caseId + u".json"_qs);
        // A plain QFile, not QSaveFile: demo files can be made again, and an fsync per file
        // makes writing thousands of them take minutes.
        QFile file(path);
        const QByteArray bytes = QJsonDocument::fromJson(record.payload).toJson(QJsonDocument::Indented);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return Problem{tr("Could not write the file: %1").arg(file.errorString()), path, 0, {}};
    }
    return count;
}

Result<int> DemoCaseGenerator::fill(QSqlDatabase db, int count, const QDate &today, int batchSize)
{
    CaseRepository repository(db);
    QHash<QString, int> days;
    for (const CaseTypeInfo &type : repository.caseTypes())
        days.insert(type.code, type.defaultDeadlineDays);
    setDeadlineDays(days);

    batchSize = std::max(1, batchSize);
    int stored = 0;
    while (stored < count) {
        Transaction tx(db);
        if (!tx.isActive())
            return Problem{tr("Could not start a transaction: %1").arg(db.lastError().text()), {}, 0, {}};
        const int batchEnd = std::min(count, stored + batchSize);
        for (int i = stored; i < batchEnd; ++i) {
            const CaseRecord record = next(today);
            Result<qint64> inserted = repository.insert(record);
            if (!inserted) {
                return Problem{tr("Stored %1 demo cases; the next batch failed and was rolled back: %2")
                                   .arg(stored)
                                   .arg(inserted.error().message),
                               {}, 0, {}};
            }
        }
        if (!tx.commit()) {
            return Problem{tr("Stored %1 demo cases; committing the next batch failed: %2")
                               .arg(stored)
                               .arg(db.lastError().text()),
                           {}, 0, {}};
        }
        stored = batchEnd;
    }
    return stored;
}

Result<int> DemoCaseGenerator::addDemoUsers(QSqlDatabase db, const QString &addedBy)
{
    struct DemoUser
    {
        QString login;
        QString displayName;
        UserRole role;
    };
    const QList<DemoUser> people{
        {QStringLiteral("hand1"), tr("Demo caseworker %1").arg(1), UserRole::Caseworker},
        {QStringLiteral("hand2"), tr("Demo caseworker %1").arg(2), UserRole::Caseworker},
        {QStringLiteral("hand3"), tr("Demo caseworker %1").arg(3), UserRole::Caseworker},
        {QStringLiteral("hand4"), tr("Demo caseworker %1").arg(4), UserRole::Caseworker},
        {QStringLiteral("chef1"), tr("Demo team lead"), UserRole::TeamLead},
    };
    UserRepository users(db);
    int added = 0;
    for (const DemoUser &person : people) {
        if (users.find(person.login))
            continue;
        auto user = users.add(person.login, person.displayName, person.role, addedBy);
        if (!user)
            return user.error();
        ++added;
    }
    return added;
}

} // namespace casebench
