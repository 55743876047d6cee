#pragma once

#include <QLocale>

namespace certdeck {

// Installs Qt's and Certdeck's translations for `locale` on the running application.
// English needs one too: it carries the plural forms ("1 device", "2 devices").
// Returns whether a Certdeck translation for the locale's language was found.
bool installTranslations(const QLocale &locale = QLocale());

} // namespace certdeck
