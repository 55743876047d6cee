#include "DeviceUse.h"

#include <QLocale>

#include <algorithm>
#include <limits>

namespace certdeck {

DeviceUse deviceUse(const SaslCertItem &item, const QStringList &presence)
{
    DeviceUse use;
    use.first = item.use.first;
    use.last = item.use.last;
    if (item.hasUsers) {
        use.resources = item.users;
    } else {
        // A certificate made for a full JID names the resource its device uses: presence is evidence then.
        for (const QString &address : item.certificate.xmppAddresses) {
            const QString resource = address.section(QLatin1Char('/'), 1);
            if (!resource.isEmpty() && presence.contains(resource) && !use.resources.contains(resource))
                use.resources << resource;
        }
    }
    if (!use.resources.isEmpty())
        use.state = DeviceUse::State::Online;
    else if (item.use.reported)
        use.state = use.last.isValid() ? DeviceUse::State::LastUsed : DeviceUse::State::NeverUsed;
    else if (item.hasUsers)
        use.state = DeviceUse::State::Offline;
    return use;
}

bool reportsUse(const ItemsListing &listing)
{
    return std::any_of(listing.items.cbegin(), listing.items.cend(),
                       [](const SaslCertItem &item) { return item.hasUsers || item.use.reported; });
}

qint64 daysSince(const QDateTime &t, const QDateTime &now)
{
    return std::max<qint64>(0, t.secsTo(now) / 86400);
}

bool isLongUnused(const SaslCertItem &item, const DeviceUse &use, const QDateTime &now, int days)
{
    // An expired certificate logs in no more; its row already says so.
    if (item.certificate.notAfter.isValid() && item.certificate.notAfter <= now)
        return false;
    switch (use.state) {
    case DeviceUse::State::LastUsed:
        return daysSince(use.last, now) >= days;
    case DeviceUse::State::NeverUsed:
        // A certificate made recently may simply not be installed yet.
        return item.certificate.notBefore.isValid() && daysSince(item.certificate.notBefore, now) >= days;
    case DeviceUse::State::Online:
    case DeviceUse::State::Offline:
    case DeviceUse::State::Unknown:
        break;
    }
    return false;
}

QVector<UnusedDevice> longUnusedDevices(const ItemsListing &listing, const QStringList &presence,
                                        const QByteArray &ownSha256, const QDateTime &now, int days)
{
    QVector<UnusedDevice> unused;
    for (const SaslCertItem &item : listing.items) {
        if (!ownSha256.isEmpty() && item.certificate.sha256 == ownSha256)
            continue;
        const DeviceUse use = deviceUse(item, presence);
        if (!isLongUnused(item, use, now, days))
            continue;
        const bool never = use.state == DeviceUse::State::NeverUsed;
        unused.append({item.name, daysSince(never ? item.certificate.notBefore : use.last, now), never});
    }
    return unused;
}

QString DeviceUseText::unusedHint(const QVector<UnusedDevice> &devices, int days)
{
    if (devices.size() == 1) {
        const UnusedDevice &device = devices.constFirst();
        const int n = static_cast<int>(std::min<qint64>(device.days, std::numeric_limits<int>::max()));
        return device.never
                   ? tr("“%1” has never logged in, and its certificate was made %n day(s) ago. If no "
                        "device uses it, disable it: an unused certificate is one more key to your "
                        "account.",
                        nullptr, n)
                         .arg(device.name)
                   : tr("“%1” has not logged in for %n day(s). If you no longer use that device, "
                        "disable its certificate: an unused certificate is one more key to your "
                        "account.",
                        nullptr, n)
                         .arg(device.name);
    }
    QStringList names;
    for (const UnusedDevice &device : devices)
        names << tr("“%1”").arg(device.name);
    //: %1: the devices' names, quoted, separated by commas
    return tr("%1 have not logged in for %n day(s) or more. If you no longer use those devices, disable "
              "their "
              "certificates: an unused certificate is one more key to your account.",
              nullptr, days)
        .arg(names.join(QStringLiteral(", ")));
}

QVector<OnlineSession> onlineSessions(const ItemsListing &listing, const QMap<QString, QString> &presence,
                                      const QString &ownResource)
{
    const bool tied = std::any_of(listing.items.cbegin(), listing.items.cend(),
                                  [](const SaslCertItem &item) { return item.hasUsers; });
    QStringList resources = presence.keys();
    for (const SaslCertItem &item : listing.items)
        for (const QString &resource : item.users)
            if (!resources.contains(resource))
                resources << resource;
    resources.removeAll(ownResource);
    resources.sort();
    QVector<OnlineSession> sessions;
    for (const QString &resource : std::as_const(resources)) {
        OnlineSession session{resource,
                              presence.value(resource),
                              tied ? OnlineSession::Owner::NoCertificate : OnlineSession::Owner::NotSaid,
                              {}};
        for (const SaslCertItem &item : listing.items) {
            if (deviceUse(item, presence.keys()).resources.contains(resource)) {
                session.owner = OnlineSession::Owner::Device;
                session.device = item.name;
                break;
            }
        }
        sessions << session;
    }
    return sessions;
}

QString DeviceUseText::session(const OnlineSession &session)
{
    QString text;
    switch (session.owner) {
    case OnlineSession::Owner::Device:
        //: %1: the session's resource, %2: the device name
        text = tr("%1 — %2").arg(session.resource, session.device);
        break;
    case OnlineSession::Owner::NoCertificate:
        text =
            tr("%1 — no listed certificate (password login, or a removed certificate)").arg(session.resource);
        break;
    case OnlineSession::Owner::NotSaid:
        text = session.resource;
        break;
    }
    //: %1: the session and its device, %2: the status text the session's client published
    return session.status.isEmpty() ? text : tr("%1 (“%2”)").arg(text, session.status);
}

QString DeviceUseText::ago(const QDateTime &t, const QDateTime &now)
{
    const qint64 secs = t.secsTo(now);
    if (secs < 60) // also a time slightly ahead of this computer's clock
        return tr("just now");
    if (secs < 3600)
        return tr("%n minute(s) ago", nullptr, static_cast<int>(secs / 60));
    if (secs < 86400)
        return tr("%n hour(s) ago", nullptr, static_cast<int>(secs / 3600));
    if (secs < 60 * 86400)
        return tr("%n day(s) ago", nullptr, static_cast<int>(secs / 86400));
    return tr("on %1").arg(QLocale().toString(t.toLocalTime().date(), QLocale::ShortFormat));
}

QString DeviceUseText::status(const DeviceUse &use, const QDateTime &now)
{
    switch (use.state) {
    case DeviceUse::State::Online:
        //: %1: the resources (sessions) logged in with this device's certificate, e.g. "phone"
        return tr("Online now · %1").arg(use.resources.join(QStringLiteral(", ")));
    case DeviceUse::State::LastUsed:
        //: %1: "3 days ago", "just now" or "on <date>"
        return tr("Last used %1").arg(ago(use.last, now));
    case DeviceUse::State::NeverUsed:
        return tr("Never used");
    case DeviceUse::State::Offline:
        return tr("Offline");
    case DeviceUse::State::Unknown:
        break;
    }
    return {};
}

QString DeviceUseText::when(const QDateTime &t, const QDateTime &now)
{
    if (!t.isValid())
        return tr("Never");
    //: %1: date and time, %2: "3 days ago"
    return tr("%1 (%2)").arg(QLocale().toString(t.toLocalTime(), QLocale::ShortFormat), ago(t, now));
}

} // namespace certdeck
