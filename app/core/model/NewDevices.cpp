#include "NewDevices.h"

#include "util/DisplayText.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace certdeck {
namespace {

QString quoted(const QString &name)
{
    return QCoreApplication::translate("NewDevices", "“%1”",
                                       "a device's name in the language's quotation marks")
        .arg(visibleControls(name));
}

// When the alert's story begins, the way the person's language writes a date and time.
QString alertTimeShown(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// An entry the server lists but Certdeck cannot read has no fingerprint; it is remembered by its name.
const QString unreadablePrefix = QStringLiteral("unreadable:");

QString fingerprintShown(const SeenCertificate &c)
{
    return c.sha256.startsWith(unreadablePrefix)
               ? QCoreApplication::translate("NewDevices", "no fingerprint: Certdeck cannot read it")
               : c.sha256;
}

QString described(const SeenCertificate &c)
{
    return QCoreApplication::translate("NewDevices", "%1 (%2, %3)")
        .arg(quoted(c.name), c.keyType, fingerprintShown(c));
}

} // namespace

QVector<SeenCertificate> seenCertificates(const ItemsListing &listing)
{
    QVector<SeenCertificate> out;
    out.reserve(listing.items.size());
    for (const auto &item : listing.items)
        out.append({item.name, item.certificate.sha256Fingerprint(), item.certificate.keyDescription()});
    // An entry Certdeck cannot read may log in all the same: a new one alarms like a new certificate.
    for (const auto &problem : listing.problems)
        if (!problem.name.isEmpty())
            out.append({problem.name, unreadablePrefix + problem.name,
                        QCoreApplication::translate("NewDevices", "unreadable entry")});
    return out;
}

OwnChanges ownChanges(const QVector<ActivityEntry> &log, const QString &account)
{
    OwnChanges own;
    for (const ActivityEntry &e : log) {
        if (e.fingerprint.isEmpty() ||
            (!e.account.isEmpty() && e.account.compare(account, Qt::CaseInsensitive) != 0))
            continue;
        // Every attempt counts, not only confirmed ones: an enrollment that was sent but not confirmed may
        // well be on the account, and it is still this Certdeck's doing.
        if (e.result == QLatin1String("failed"))
            continue;
        if (e.action == QLatin1String("enroll")) {
            own.added.insert(e.fingerprint);
            own.removed.remove(e.fingerprint);
        } else if (e.action == QLatin1String("revoke") || e.action == QLatin1String("disable")) {
            own.removed.insert(e.fingerprint);
            own.added.remove(e.fingerprint);
        }
    }
    return own;
}

DeviceChanges compareListings(const DeviceSnapshot &previous, const QVector<SeenCertificate> &current,
                              const OwnChanges &own, const QSet<QString> &acknowledged)
{
    DeviceChanges changes;
    changes.since = previous.time;
    if (!previous.taken)
        return changes;
    QSet<QString> before;
    QHash<QString, QString> nameBefore; // name -> fingerprint
    for (const auto &c : previous.certificates) {
        before.insert(c.sha256);
        nameBefore.insert(c.name, c.sha256);
    }
    QSet<QString> now;
    QSet<QString> replaced; // fingerprints that a replacement already accounts for
    for (const auto &c : current) {
        // A certificate the account already held, listed under a name it did not have: a copy that survives
        // the revoke of the first name unless someone notices. Certdeck never adds one.
        if (before.contains(c.sha256)) {
            now.insert(c.sha256);
            if (nameBefore.value(c.name) != c.sha256)
                changes.alarms.append({DeviceEvent::Kind::New, c});
            continue;
        }
        // A new certificate under a second name alarms for that name too, even one Certdeck added or
        // someone acknowledged: Certdeck never lists one certificate twice, and each name is a way in.
        if (now.contains(c.sha256)) {
            changes.alarms.append({DeviceEvent::Kind::New, c});
            continue;
        }
        now.insert(c.sha256);
        if (own.added.contains(c.sha256) || acknowledged.contains(c.sha256))
            continue;
        const QString old = nameBefore.value(c.name);
        if (!old.isEmpty() && old != c.sha256) {
            changes.alarms.append({DeviceEvent::Kind::Replaced, c, old});
            replaced.insert(old);
        } else {
            changes.alarms.append({DeviceEvent::Kind::New, c});
        }
    }
    QSet<QString> gone;
    for (const auto &c : previous.certificates) {
        if (now.contains(c.sha256) || own.removed.contains(c.sha256) || replaced.contains(c.sha256) ||
            gone.contains(c.sha256))
            continue;
        gone.insert(c.sha256);
        changes.removed.append({DeviceEvent::Kind::Removed, c});
    }
    return changes;
}

QString alertTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString alertText(const QVector<DeviceEvent> &alarms, const QDateTime &since)
{
    if (alarms.isEmpty())
        return {};
    if (alarms.size() == 1) {
        const DeviceEvent &e = alarms.constFirst();
        return e.kind == DeviceEvent::Kind::Replaced
                   ? QCoreApplication::translate(
                         "NewDevices", "The device certificate %1 was replaced by a new one (%2, %3) on your "
                                       "account since %4. Was this you?")
                         .arg(quoted(e.certificate.name), e.certificate.keyType,
                              fingerprintShown(e.certificate), alertTimeShown(since))
                   : QCoreApplication::translate("NewDevices",
                                                 "A new device certificate %1 (%2, %3) appeared on your "
                                                 "account since %4. Was this you?")
                         .arg(quoted(e.certificate.name), e.certificate.keyType,
                              fingerprintShown(e.certificate), alertTimeShown(since));
    }
    QStringList lines;
    for (const auto &e : alarms)
        lines << (e.kind == DeviceEvent::Kind::Replaced
                      ? QCoreApplication::translate("NewDevices",
                                                    "%1, replacing the certificate of that name")
                            .arg(described(e.certificate))
                      : described(e.certificate));
    // Only for two or more (one has its own sentence above), so no singular form is needed.
    return QCoreApplication::translate(
               "NewDevices", "%1 new device certificates appeared on your account since %2. Was this you?")
               .arg(alarms.size())
               .arg(alertTimeShown(since)) +
           QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

QString removedText(const QVector<DeviceEvent> &removed)
{
    QStringList names;
    for (const auto &e : removed)
        names << quoted(e.certificate.name);
    if (names.isEmpty())
        return {};
    if (names.size() == 1)
        return QCoreApplication::translate("NewDevices",
                                           "The device certificate %1 left your account without Certdeck "
                                           "removing it. That device can no longer log in with it.")
            .arg(names.constFirst());
    return QCoreApplication::translate(
               "NewDevices", "Device certificates left your account without Certdeck removing them: "
                             "%1. Those devices can no longer log in with them.")
        .arg(names.join(QStringLiteral(", ")));
}

QString eventLine(const DeviceEvent &e)
{
    QString what;
    switch (e.kind) {
    case DeviceEvent::Kind::New:
        what = QCoreApplication::translate("NewDevices", "new");
        break;
    case DeviceEvent::Kind::Replaced:
        what = QCoreApplication::translate("NewDevices", "replaced the certificate of that name");
        break;
    case DeviceEvent::Kind::Removed:
        what = QCoreApplication::translate("NewDevices", "removed");
        break;
    }
    return QStringLiteral("%1 · %2").arg(certificateLine(e.certificate), what);
}

QString certificateLine(const SeenCertificate &certificate)
{
    return QStringLiteral("%1 · %2 · %3")
        .arg(quoted(certificate.name), certificate.keyType, fingerprintShown(certificate));
}

} // namespace certdeck
