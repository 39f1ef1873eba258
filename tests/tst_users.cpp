// Users and roles: a new cache gets its creator (the OS login) as administrator, adding a
// user is validated and audited, `casebench demo`'s people are added once, and role codes
// round-trip.

#include "model/AuditEventCode.h"
#include "model/AuditTrail.h"
#include "model/CacheDatabase.h"
#include "model/DemoCaseGenerator.h"
#include "model/UserRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestUsers : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    std::unique_ptr<CacheDatabase> newCache()
    {
        auto cache = CacheDatabase::open(m_dir.filePath(u"users-%1.cache"_s.arg(++m_serial)), "pw",
                                         CacheDatabase::OpenMode::CreateNew);
        return cache.ok() ? std::move(cache.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("USER", "creator.login");
    }

    void roleCodesRoundTrip()
    {
        QCOMPARE(allRoles().size(), 3);
        QCOMPARE(roleCode(UserRole::Caseworker), u"caseworker"_s);
        QCOMPARE(roleCode(UserRole::TeamLead), u"team_lead"_s);
        QCOMPARE(roleCode(UserRole::Administrator), u"administrator"_s);
        for (UserRole role : allRoles()) {
            QCOMPARE(roleFromCode(roleCode(role)), role);
            QVERIFY(!roleDisplayName(role).isEmpty());
        }
        QVERIFY(!roleFromCode(u"root"_s).has_value());
    }

    void operatingSystemLogin()
    {
        QCOMPARE(UserRepository::operatingSystemLogin(), u"creator.login"_s);
        qputenv("USER", "");
        QCOMPARE(UserRepository::operatingSystemLogin(), u"admin"_s);
        qputenv("USER", "has space");
        QCOMPARE(UserRepository::operatingSystemLogin(), u"admin"_s);
        qputenv("USER", "creator.login");
    }

    void newCacheGetsItsCreatorAsAdministrator()
    {
        auto cache = newCache();
        QVERIFY(cache);
        UserRepository users(cache->database());
        QCOMPARE(users.count(), 1);
        const auto creator = users.find(u"creator.login"_s);
        QVERIFY(creator.has_value());
        QCOMPARE(creator->role, UserRole::Administrator);
        QVERIFY(creator->active);
        QVERIFY(creator->id > 0);
        QCOMPARE(users.findById(creator->id)->login, u"creator.login"_s);
        const QList<AuditEvent> events = AuditTrail(cache->database()).all();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().event, QString(AuditEventCode::UserAdded));
        QCOMPARE(events.first().userLogin, u"creator.login"_s);
        QCOMPARE(events.first().details.value(u"role"_s).toString(), u"administrator"_s);

        // Opening it again adds nobody.
        const QString path = cache->path();
        cache.reset();
        auto again = CacheDatabase::open(path, "pw", CacheDatabase::OpenMode::OpenExisting);
        QVERIFY(again.ok());
        QCOMPARE(UserRepository(again.value()->database()).count(), 1);
    }

    void addValidatesAndAudits()
    {
        auto cache = newCache();
        QVERIFY(cache);
        UserRepository users(cache->database());
        AuditTrail audit(cache->database());
        auto added =
            users.add(u"anna.l"_s, u"  Anna L  "_s, UserRole::TeamLead, u"creator.login"_s);
        QVERIFY(added.ok());
        QCOMPARE(added.value().displayName, u"Anna L"_s);
        QCOMPARE(users.find(u"anna.l"_s)->role, UserRole::TeamLead);
        QCOMPARE(audit.count(), 2);
        QCOMPARE(audit.all().last().userLogin, u"creator.login"_s);
        QCOMPARE(audit.all().last().details.value(u"login"_s).toString(), u"anna.l"_s);

        const auto duplicate = users.add(u"anna.l"_s, u"Anna"_s, UserRole::Caseworker);
        QVERIFY(!duplicate.ok());
        QCOMPARE(duplicate.error().field, u"login"_s);
        for (const QString &bad : {QString(), u"two words"_s, u"a|b"_s, QString(65, u'x')}) {
            const auto refused = users.add(bad, u"X"_s, UserRole::Caseworker);
            QVERIFY2(!refused.ok(), qPrintable(bad));
            QCOMPARE(refused.error().field, u"login"_s);
        }
        QCOMPARE(users.count(), 2);
        QCOMPARE(audit.count(), 2);
        // Display name defaults to the login.
        QCOMPARE(users.add(u"bo"_s, {}, UserRole::Caseworker).value().displayName, u"bo"_s);
        QStringList logins;
        for (const User &u : users.all())
            logins << u.login;
        QCOMPARE(logins, (QStringList{u"anna.l"_s, u"bo"_s, u"creator.login"_s}));
        QVERIFY(!users.find(u"nobody"_s).has_value());
        QVERIFY(!users.findById(9999).has_value());
        QVERIFY(audit.verify().ok());
    }

    void demoUsersAreAddedOnce()
    {
        auto cache = newCache();
        QVERIFY(cache);
        QSqlDatabase db = cache->database();
        QCOMPARE(DemoCaseGenerator::addDemoUsers(db, u"creator.login"_s).value(), 5);
        QCOMPARE(DemoCaseGenerator::addDemoUsers(db, u"creator.login"_s).value(), 0);
        UserRepository users(db);
        QCOMPARE(users.count(), 6);
        for (const QString &login : {u"hand1"_s, u"hand2"_s, u"hand3"_s, u"hand4"_s})
            QCOMPARE(users.find(login)->role, UserRole::Caseworker);
        QCOMPARE(users.find(u"chef1"_s)->role, UserRole::TeamLead);
        QCOMPARE(users.find(u"creator.login"_s)->role, UserRole::Administrator);
        QVERIFY(AuditTrail(db).verify().ok());
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
