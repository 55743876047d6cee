#pragma once

#include "xmpp/SaslCertTypes.h"

#include <QDateTime>
#include <QStringList>
#include <QVector>

namespace certdeck {

// Expiry reminders 28, 7, 3 and 1 days before a certificate expires, each shown once.
struct Reminder
{
    QString device;
    int daysBefore; // the threshold reached: 28, 7, 3 or 1
    qint64 daysLeft;
    QString key; // "<sha256 hex>:<threshold>", remembered once shown
};

inline constexpr int reminderDays[] = {28, 7, 3, 1};

// The reminders due at `now` that are not in `alreadySent`. A certificate first seen late gets one reminder,
// for the tightest threshold reached; the larger ones are returned in `alsoMarkSent` so they never fire
// afterwards.
[[nodiscard]] QVector<Reminder> dueReminders(const ItemsListing &listing, const QDateTime &now,
                                             const QStringList &alreadySent,
                                             QStringList *alsoMarkSent = nullptr);

} // namespace certdeck
