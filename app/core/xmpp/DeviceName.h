#pragma once

#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace certdeck {

// The rules for a new device's name, the same in the CLI and the GUI. Names identify certificates on the
// server, appear in lists and terminals, and must not be mistaken for one another:
// - stored in Unicode NFC, without leading or trailing spaces;
// - not empty, at most maxDeviceNameLength characters;
// - printable only: no control characters (tab, newline, ESC, C1), no bidi controls (U+202E), no zero-width
//   or other invisible format characters, no line separators, no unassigned or private-use code points;
// - not a look-alike of an existing name: equal after compatibility normalization (NFKC) and case folding.
inline constexpr int maxDeviceNameLength = 64;

// The name as it will be stored (NFC, trimmed), or a sentence saying what is wrong with it.
[[nodiscard]] Result<QString, QString> checkDeviceName(const QString &name,
                                                       const QStringList &existingNames = {});

// The key two names are compared by: NFKC and case folding ("Phone", "PHONE" and "ｐｈｏｎｅ" are one).
[[nodiscard]] QString deviceNameKey(const QString &name);

} // namespace certdeck
