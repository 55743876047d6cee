#pragma once

#include "xmpp/SaslCertTypes.h"

#include <QDateTime>
#include <QMap>
#include <QStringList>

namespace certdeck {

// The account's domain rules over plain data (a listing, this computer's fingerprint, the clock), so the
// window and its dialogs only ask and word the answer. AccountController offers them for its own state.

// This computer's certificate on the account, or null.
[[nodiscard]] const SaslCertItem *ownCertificate(const ItemsListing &listing, const QByteArray &ownSha256);

// `name` is the only certificate that may manage devices: without it only the password can.
[[nodiscard]] bool isLastManager(const ItemsListing &listing, const QString &name);

// What "Rotate all due" rotates.
struct RotationPlan
{
    QStringList others; // other devices past two thirds of their lifetime and not being rotated already
    bool own = false;   // this computer's certificate needs rotating (and has not expired)

    [[nodiscard]] bool isEmpty() const { return others.isEmpty() && !own; }
};
// `rotationLinks`: rotations of other devices waiting for "Finish rotation", old name -> new name.
[[nodiscard]] RotationPlan dueForRotation(const ItemsListing &listing, const QByteArray &ownSha256,
                                          const QMap<QString, QString> &rotationLinks, const QDateTime &now);

// The counts the window's summary line names.
struct AccountSummary
{
    int total = 0;
    int expiringSoon = 0; // within renewSoonDays, not expired
    int expired = 0;
};
[[nodiscard]] AccountSummary summarize(const ItemsListing &listing, const QDateTime &now);

// Whole days from `now` until `notAfter`, rounded down; negative once expired.
[[nodiscard]] qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now);

} // namespace certdeck
