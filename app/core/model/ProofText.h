#pragma once

#include "storage/ActivityLog.h"
#include "xmpp/ChangeReport.h"
#include "xmpp/SaslCertTypes.h"

#include <QString>

namespace certdeck {

// The one-line proof of a change, the same words everywhere a person reads it: the command line, the Lost
// device dialog, the window's banner and the activity log. It claims only what was observed: sessions that
// went offline with evidence tying them to the revoke are "closed"; Prosody never says which sessions use a
// certificate, so nothing is said about sessions that were not seen going offline.
// Example: Revoked “Phone” · 1 session closed (you@example.org/phone) · verified at 18:03:12
[[nodiscard]] QString proofText(const ChangeReport &report);

// A change that was sent but could not be confirmed: never worded as success.
// Example: Revoke of “Phone” sent, not confirmed · The server did not answer in time.
[[nodiscard]] QString notConfirmedText(ChangeReport::Action action, const QString &name,
                                       const SaslCertError &error);

// The proof of a recorded change (confirmed, or "sent, not confirmed" without the cause, which the entry's
// detail holds), or empty for an attempt or a refusal. A rotation's entry names the certificate that took
// over.
[[nodiscard]] QString proofText(const ActivityEntry &entry);

// The time of day a proof names, in local time.
[[nodiscard]] QString proofTime(const QDateTime &utc);

} // namespace certdeck
