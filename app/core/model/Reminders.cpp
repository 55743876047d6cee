#include "Reminders.h"

namespace certdeck {

QVector<Reminder> dueReminders(const ItemsListing &listing, const QDateTime &now,
                               const QStringList &alreadySent, QStringList *alsoMarkSent)
{
    QVector<Reminder> due;
    for (const SaslCertItem &item : listing.items) {
        const qint64 secsLeft = now.secsTo(item.certificate.notAfter);
        if (secsLeft <= 0)
            continue; // expired: the table says so; a reminder would come too late
        const qint64 daysLeft = secsLeft / 86400;
        const QString sha = QString::fromLatin1(item.certificate.sha256.toHex());
        int tightest = 0;
        for (const int days : reminderDays)
            if (secsLeft <= qint64(days) * 86400)
                tightest = days;
        if (tightest == 0)
            continue;
        const QString key = sha + QLatin1Char(':') + QString::number(tightest);
        if (alsoMarkSent)
            for (const int days : reminderDays)
                if (days > tightest)
                    *alsoMarkSent << sha + QLatin1Char(':') + QString::number(days);
        if (!alreadySent.contains(key))
            due.append({item.name, tightest, daysLeft, key});
    }
    return due;
}

} // namespace certdeck
