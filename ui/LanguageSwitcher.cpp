#include "ui/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>

namespace casebench {

LanguageSwitcher::LanguageSwitcher(QObject *parent) : QObject(parent) {}

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
}

QStringList LanguageSwitcher::supportedLanguages()
{
    return {QStringLiteral("sv"), QStringLiteral("en")};
}

QString LanguageSwitcher::normalise(const QString &language)
{
    const QString lower = language.trimmed().toLower();
    for (const QString &supported : supportedLanguages()) {
        if (lower == supported || lower.startsWith(supported + u'_')
            || lower.startsWith(supported + u'-'))
            return supported;
    }
    return {};
}

QString LanguageSwitcher::systemLanguage()
{
    switch (QLocale::system().language()) {
    case QLocale::English:
        return QStringLiteral("en");
    default:
        // Swedish municipalities are the users: Swedish unless the system says English.
        return QStringLiteral("sv");
    }
}

QString LanguageSwitcher::nativeName(const QString &language)
{
    // Each language named in itself, so that someone who cannot read the current one
    // still finds theirs: deliberately not translated.
    if (language == u"sv")
        return QStringLiteral("Svenska");
    if (language == u"en")
        return QStringLiteral("English");
    return language;
}

bool LanguageSwitcher::setLanguage(const QString &language)
{
    const QString lang = normalise(language);
    if (lang.isEmpty())
        return false;
    if (lang == m_language)
        return true;

    if (m_appInstalled)
        QCoreApplication::removeTranslator(&m_appTranslator);
    if (m_qtInstalled)
        QCoreApplication::removeTranslator(&m_qtTranslator);
    m_appInstalled = false;
    m_qtInstalled = false;

    QLocale::setDefault(QLocale(lang == u"sv" ? QLocale::Swedish : QLocale::English,
                                lang == u"sv" ? QLocale::Sweden : QLocale::UnitedKingdom));
    if (m_appTranslator.load(QStringLiteral(":/i18n/casebench_%1.qm").arg(lang)))
        m_appInstalled = QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's dialogs and context menus: qtbase_<lang> where the distribution ships it,
    // else the qt_<lang> meta catalogue.
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (m_qtTranslator.load(QStringLiteral("qtbase_") + lang, qtDir)
        || m_qtTranslator.load(QStringLiteral("qt_") + lang, qtDir))
        m_qtInstalled = QCoreApplication::installTranslator(&m_qtTranslator);

    m_language = lang;
    Q_EMIT languageChanged(lang);
    return true;
}

} // namespace casebench
