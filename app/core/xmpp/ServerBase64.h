#pragma once

#include <QByteArray>

#include <optional>

namespace certdeck {

// Base64 decoded the way Prosody's util.encodings.base64.decode does (measured on Prosody 0.12 and 13), so
// that Certdeck reads a listed certificate as the server that accepted it did: spaces, tabs, CR, LF, FF, VT
// and BS are skipped; each '=' ends the group it stands in (a group of n < 4 characters gives n - 1 bytes),
// so padding may be repeated or stand in the middle; a group left unfinished at the end is dropped; a NUL
// ends the text; any other character outside the alphabet makes the whole text unreadable (nullopt).
[[nodiscard]] std::optional<QByteArray> decodeBase64AsServer(const QByteArray &text);

} // namespace certdeck
