#include "ui/Preferences.h"

#include <QSettings>

namespace casebench {

namespace {

struct Entry
{
    Preferences::Key key;
    const char *name;
    QVariant defaultValue;
};

const QList<Entry> &entries()
{
    static const QList<Entry> table = {
        // Ten minutes: long enough not to interrupt reading a case, short enough that an
        // unattended screen does not stay open for long.
        {Preferences::Key::AutoLockMinutes, "security/autoLockMinutes", 10},
        {Preferences::Key::Language, "ui/language", QString()},
        {Preferences::Key::LastCachePath, "cache/lastPath", QString()},
        {Preferences::Key::MainWindowGeometry, "ui/mainWindowGeometry", QByteArray()},
        {Preferences::Key::InboxHeaderState, "ui/inboxHeaderState", QByteArray()},
    };
    return table;
}

const Entry &entry(Preferences::Key key)
{
    for (const Entry &e : entries()) {
        if (e.key == key)
            return e;
    }
    Q_UNREACHABLE();
}

} // namespace

QString Preferences::name(Key key)
{
    return QString::fromLatin1(entry(key).name);
}

QVariant Preferences::defaultValue(Key key)
{
    return entry(key).defaultValue;
}

QVariant Preferences::value(Key key)
{
    return QSettings().value(name(key), defaultValue(key));
}

void Preferences::setValue(Key key, const QVariant &value)
{
    QSettings().setValue(name(key), value);
}

int Preferences::autoLockMinutes()
{
    bool ok = false;
    const int minutes = value(Key::AutoLockMinutes).toInt(&ok);
    return ok && minutes >= 0 ? minutes : defaultValue(Key::AutoLockMinutes).toInt();
}

} // namespace casebench
