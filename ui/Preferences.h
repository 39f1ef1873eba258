#pragma once
// Preferences: the workbench's settings — one table of key → {QSettings name, default} over
// QSettings, so that every setting and its default is written down once.

#include <QVariant>

namespace casebench {

class Preferences
{
public:
    enum class Key {
        AutoLockMinutes,    // int, 0 = never lock automatically
        Language,           // "sv", "en" or "" (system locale)
        LastCachePath,      // QString
        MainWindowGeometry, // QByteArray
        InboxHeaderState,   // QByteArray
    };

    static QString name(Key key);
    static QVariant defaultValue(Key key);
    static QVariant value(Key key);
    static void setValue(Key key, const QVariant &value);

    static int autoLockMinutes();
};

} // namespace casebench
