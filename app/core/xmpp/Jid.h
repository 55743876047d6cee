#pragma once

#include <QString>

namespace certdeck {

// An account address as the server compares it: Prosody applies nodeprep to the local part and nameprep to
// the domain, which for the addresses people type means Unicode NFKC and case folding. "Alice@LocalHost" is
// "alice@localhost" to the server; without normalising, answers addressed to the normalised form went
// unrecognised and a login ended in a time-out. A trailing dot of the domain goes; a resource stays as typed.
[[nodiscard]] QString normalizedJid(const QString &jid);

} // namespace certdeck
