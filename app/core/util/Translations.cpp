#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace certdeck {

bool installTranslations(const QLocale &locale)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (own->load(locale, QStringLiteral("certdeck"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        QCoreApplication::installTranslator(own);
        return true;
    }
    delete own;
    // Unknown language: fall back to English, whose file holds the plural forms.
    auto *english = new QTranslator(app);
    if (english->load(QStringLiteral(":/i18n/certdeck_en.qm"))) {
        QCoreApplication::installTranslator(english);
        return locale.language() == QLocale::English;
    }
    delete english;
    return false;
}

} // namespace certdeck
