// Swedish is the first language: the catalogue is complete, it is embedded in the program,
// and messages reach their translation whichever context spelling lupdate filed them under
// (a class's, a namespace's, or a file-local helper's short one).

#include "model/CaseStatus.h"
#include "ui/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

using namespace casebench;
using namespace Qt::StringLiterals;

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void swedishCatalogueIsComplete()
    {
        QFile ts(QStringLiteral(CASEBENCH_SOURCE_DIR "/translations/casebench_sv.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        int messages = 0;
        QStringList unfinished;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"source") {
                source = xml.readElementText();
                ++messages;
            } else if (xml.name() == u"translation") {
                if (xml.attributes().value(QLatin1String("type")) == u"unfinished")
                    unfinished << source;
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 300);
        QVERIFY2(unfinished.isEmpty(), qPrintable(u"untranslated: "_s + unfinished.mid(0, 10).join(u" | "_s)));
    }

    void messagesReachTheirTranslation()
    {
        LanguageSwitcher language;
        QVERIFY(language.setLanguage(u"sv"_s));
        // A Q_OBJECT class's context, a file-local helper's short context (filed by lupdate
        // under the class), and a free function's (filed under the namespace).
        QCOMPARE(statusDisplayName(CaseStatus::Received), u"Inkommen"_s);
        QVERIFY(QCoreApplication::translate("Money", "amount is empty") != u"amount is empty"_s);
        QVERIFY(QCoreApplication::translate("HeadlessCommands", "Cases:          %1")
                != u"Cases:          %1"_s);
        QVERIFY(QCoreApplication::translate("casebench::MainWindow", "&File") != u"&File"_s);
        // Unknown messages stay in English rather than vanish.
        QCOMPARE(QCoreApplication::translate("Nowhere", "no such message"), u"no such message"_s);

        QVERIFY(language.setLanguage(u"en"_s));
        QCOMPARE(statusDisplayName(CaseStatus::Received), u"Received"_s);
        QCOMPARE(QCoreApplication::translate("Money", "amount is empty"), u"amount is empty"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
