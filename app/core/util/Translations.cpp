#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace certdeck {

namespace {

const auto translatorName = QStringLiteral("certdeck-translator");
const auto languageKey = QStringLiteral("ui/language");

bool install(QTranslator *translator, bool loaded)
{
    if (loaded) {
        translator->setObjectName(translatorName);
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

bool installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    // A language switch replaces the earlier translators; a deleted translator leaves the application by
    // itself.
    const auto earlier = app->findChildren<QTranslator *>(translatorName, Qt::FindDirectChildrenOnly);
    qDeleteAll(earlier);

    auto *qt = new QTranslator(app);
    install(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                         QLibraryInfo::path(QLibraryInfo::TranslationsPath)));

    // Dates and numbers in the words' language: a German sentence with a German date.
    QLocale::setDefault(locale);
    auto *own = new QTranslator(app);
    if (install(own,
                own->load(locale, QStringLiteral("certdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))))
        return true;
    // Unknown language: fall back to English, whose file holds the plural forms.
    auto *english = new QTranslator(app);
    if (install(english, english->load(QStringLiteral(":/i18n/certdeck_en.qm"))))
        return locale.language() == QLocale::English;
    return false;
}

QStringList availableLanguages()
{
    QStringList codes;
    const auto files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("certdeck_*.qm")}, QDir::Files);
    for (const QString &file : files)
        codes << file.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
    codes.sort();
    return codes;
}

QString languageSetting()
{
    return QSettings().value(languageKey).toString();
}

void setLanguageSetting(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, code);
}

QLocale preferredLocale()
{
    const QString chosen = languageSetting();
    if (!chosen.isEmpty() && availableLanguages().contains(chosen))
        return QLocale(chosen);
    return QLocale();
}

} // namespace certdeck
