#pragma once
// LanguageSwitcher: which language casebench speaks. Installs the program's translation
// (:/i18n/casebench_<lang>.qm) and Qt's own (qtbase_<lang>.qm); installing makes Qt send
// every widget a LanguageChange event, so open windows retranslate live. QtCore only, so
// the headless command line uses it too.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QTranslator>

#include "ui/ProgramTranslator.h"

namespace casebench {

class LanguageSwitcher : public QObject
{
    Q_OBJECT
public:
    explicit LanguageSwitcher(QObject *parent = nullptr);
    ~LanguageSwitcher() override;

    // "sv", "en" — Swedish first.
    static QStringList supportedLanguages();
    // "sv_SE", "en-GB", "EN" → "sv", "en"; anything else → "".
    static QString normalise(const QString &language);
    // The system locale's language if supported, otherwise Swedish.
    static QString systemLanguage();
    // The language's own name, for menus: "Svenska", "English".
    static QString nativeName(const QString &language);

    // Installs the translators for language (normalised); false and no change if the
    // language is not supported. Also makes QLocale's default match.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    QString m_language;
    ProgramTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    bool m_appInstalled = false;
    bool m_qtInstalled = false;
};

} // namespace casebench
