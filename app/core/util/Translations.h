#pragma once

#include <QLocale>
#include <QStringList>

namespace certdeck {

// Installs Qt's and Certdeck's translations for `locale` on the running application, replacing any installed
// earlier, and makes `locale` the default for dates and numbers. English needs one too: it carries the plural
// forms ("1 device", "2 devices"). Returns whether a Certdeck translation for the locale's language was
// found.
bool installTranslations(const QLocale &locale = QLocale());

// The languages Certdeck is translated into, as language codes ("de", "en", "es", "fr"), sorted.
[[nodiscard]] QStringList availableLanguages();

// The language chosen in the settings: a code from availableLanguages(), or empty to follow the system.
[[nodiscard]] QString languageSetting();
void setLanguageSetting(const QString &code);

// The locale to translate into: the chosen language, or the system's when none is chosen (or the choice is
// gone).
[[nodiscard]] QLocale preferredLocale();

} // namespace certdeck
