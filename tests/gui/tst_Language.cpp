// The translations and the language switch in Settings → Language.
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "util/Translations.h"
#include "xmpp/AccountSession.h"

#include <QAction>
#include <QSettings>
#include <QSignalSpy>

#include <QtTest>

using namespace certdeck;

class TestLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanupTestCase();
    void everyTranslationIsEmbedded();
    void everyLanguageTranslatesTheWindow_data();
    void everyLanguageTranslatesTheWindow();
    void germanPluralsFollowTheNumber();
    void switchingBackReplacesTheTranslation();
    void menuOffersEachLanguageInItsOwnName();
    void choosingALanguageSavesItAndSaysSoInThatLanguage();
    void choosingTheSystemLanguageForgetsTheChoice();
    void aVanishedLanguageFallsBackToTheSystem();

private:
    static QString windowText(const char *source)
    {
        return QCoreApplication::translate("certdeck::ui::MainWindow", source);
    }
    static QAction *entry(const ui::LanguageMenu &menu, const QString &label)
    {
        for (QAction *action : menu.actions())
            if (action->text() == label)
                return action;
        return nullptr;
    }
};

void TestLanguage::init()
{
    setLanguageSetting(QString());
    installTranslations(QLocale(QLocale::English));
}

void TestLanguage::cleanupTestCase()
{
    setLanguageSetting(QString());
}

void TestLanguage::everyTranslationIsEmbedded()
{
    QCOMPARE(availableLanguages(), (QStringList{QStringLiteral("de"), QStringLiteral("en"),
                                                QStringLiteral("es"), QStringLiteral("fr")}));
}

void TestLanguage::everyLanguageTranslatesTheWindow_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("lostDevice");
    QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Gerät &verloren…");
    QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Appareil &perdu…");
    QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Dispositivo &perdido…");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("&Lost device…");
}

void TestLanguage::everyLanguageTranslatesTheWindow()
{
    QFETCH(QString, code);
    QFETCH(QString, lostDevice);
    QVERIFY(installTranslations(QLocale(code)));
    QCOMPARE(windowText("&Lost device…"), lostDevice);

    // The window built afterwards carries the translation in its own actions.
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    ui::MainWindow window(&controller, &model);
    QCOMPARE(window.lostDeviceAction()->text(), lostDevice);
}

void TestLanguage::germanPluralsFollowTheNumber()
{
    QVERIFY(installTranslations(QLocale(QLocale::German)));
    QCOMPARE(QCoreApplication::translate("certdeck::ui::MainWindow", "%n device(s)", nullptr, 1),
             QStringLiteral("1 Gerät"));
    QCOMPARE(QCoreApplication::translate("certdeck::ui::MainWindow", "%n device(s)", nullptr, 3),
             QStringLiteral("3 Geräte"));
}

void TestLanguage::switchingBackReplacesTheTranslation()
{
    QVERIFY(installTranslations(QLocale(QLocale::German)));
    QVERIFY(installTranslations(QLocale(QLocale::English)));
    QCOMPARE(windowText("&Lost device…"), QStringLiteral("&Lost device…"));
    QCOMPARE(QCoreApplication::translate("certdeck::ui::MainWindow", "%n device(s)", nullptr, 1),
             QStringLiteral("1 device"));
}

void TestLanguage::menuOffersEachLanguageInItsOwnName()
{
    ui::LanguageMenu menu;
    for (const char *label : {"Deutsch", "English", "Español", "Français"})
        QVERIFY2(entry(menu, QString::fromUtf8(label)), label);
    QVERIFY(entry(menu, QStringLiteral("System language")));
    QCOMPARE(menu.checkedLanguage(), QString()); // nothing chosen yet: the system's language
}

void TestLanguage::choosingALanguageSavesItAndSaysSoInThatLanguage()
{
    ui::LanguageMenu menu;
    QSignalSpy notices(&menu, &ui::LanguageMenu::notice);
    entry(menu, QStringLiteral("Deutsch"))->trigger();
    QCOMPARE(languageSetting(), QStringLiteral("de"));
    QCOMPARE(preferredLocale().language(), QLocale::German);
    QCOMPARE(menu.checkedLanguage(), QStringLiteral("de"));
    QCOMPARE(notices.size(), 1);
    // Still in English here, but the note is in German for whoever picked German.
    QVERIFY2(notices.at(0).at(1).toString().contains(QStringLiteral("Sprache")),
             qPrintable(notices.at(0).at(1).toString()));

    // The next start finds the choice.
    ui::LanguageMenu next;
    QCOMPARE(next.checkedLanguage(), QStringLiteral("de"));
}

void TestLanguage::choosingTheSystemLanguageForgetsTheChoice()
{
    setLanguageSetting(QStringLiteral("fr"));
    ui::LanguageMenu menu;
    QCOMPARE(menu.checkedLanguage(), QStringLiteral("fr"));
    entry(menu, QStringLiteral("System language"))->trigger();
    QCOMPARE(languageSetting(), QString());
    QVERIFY(!QSettings().contains(QStringLiteral("ui/language")));
    QCOMPARE(preferredLocale(), QLocale());
}

void TestLanguage::aVanishedLanguageFallsBackToTheSystem()
{
    // A settings file from a build that had a language this one lacks.
    setLanguageSetting(QStringLiteral("xx"));
    QCOMPARE(preferredLocale(), QLocale());
    ui::LanguageMenu menu;
    QCOMPARE(menu.checkedLanguage(), QString());
}

QTEST_MAIN(TestLanguage)
#include "tst_Language.moc"
