#pragma once

#include "storage/ActivityLog.h"
#include "storage/NewDeviceStore.h"
#include "xmpp/SaslCertTypes.h"

#include <QDateTime>
#include <QSet>
#include <QString>
#include <QVector>

namespace certdeck {

// "Was this you?": an account's certificates compared with what Certdeck saw there last time, so that a
// certificate someone else added (an attacker who once had the password keeps access with it) is noticed.
// Plain data in, plain data out: the rules are tested without a server.

// Fingerprints this Certdeck (window or command line) added or removed itself, from the activity log.
struct OwnChanges
{
    QSet<QString> added;
    QSet<QString> removed;
};

struct DeviceChanges
{
    QVector<DeviceEvent> alarms;  // New and Replaced: "Was this you?"
    QVector<DeviceEvent> removed; // Removed
    QDateTime since;              // UTC: when the account was last seen without them
};

// What the listing holds, one entry per name.
[[nodiscard]] QVector<SeenCertificate> seenCertificates(const ItemsListing &listing);

// The certificates `account` got or lost through this Certdeck, in the log's order: a certificate that was
// added and later revoked counts as removed, so its return is noticed. Entries without an account (written
// before it was recorded) count too.
[[nodiscard]] OwnChanges ownChanges(const QVector<ActivityEntry> &log, const QString &account);

// The comparison. The first listing (`previous` not taken) never alarms. A certificate alarms when its
// fingerprint was not on the account before, this Certdeck did not add it, and nobody said "it was me"
// (`acknowledged`). A certificate listed under two names alarms once.
[[nodiscard]] DeviceChanges compareListings(const DeviceSnapshot &previous,
                                            const QVector<SeenCertificate> &current, const OwnChanges &own,
                                            const QSet<QString> &acknowledged);

// "A new device certificate “X” (EC P-256, AB:CD:…) appeared on your account since 2026-11-30 03:12. Was
// this you?"; several at once are one grouped alert. Names pass through visibleControls().
[[nodiscard]] QString alertText(const QVector<DeviceEvent> &alarms, const QDateTime &since);
// The calm note for certificates that disappeared without this Certdeck removing them.
[[nodiscard]] QString removedText(const QVector<DeviceEvent> &removed);
// One certificate on one line, for the command line: “X” · EC P-256 · AB:CD:… · new (or: replaced …)
[[nodiscard]] QString eventLine(const DeviceEvent &event);
// “name” · key type · SHA-256, without what happened to it.
[[nodiscard]] QString certificateLine(const SeenCertificate &certificate);
// The local date and time an alert names.
[[nodiscard]] QString alertTime(const QDateTime &utc);

} // namespace certdeck
