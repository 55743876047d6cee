#pragma once
// Whether a device is in use: who is online with its certificate, and when it last logged in. Evidence only:
// the server's <users> and <used> (module fix in packaging/prosody), or presence for a certificate that names
// its resource. Without either the answer is Unknown, never a guess.

#include "xmpp/SaslCertTypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QStringList>
#include <QVector>

namespace certdeck {

struct DeviceUse
{
    enum class State
    {
        Online,    // resources non-empty
        LastUsed,  // offline; `last` says when it was last used
        NeverUsed, // offline, and the server says it never logged in
        Offline,   // offline; the server does not say when it was last used
        Unknown,   // the server says neither
    };
    State state = State::Unknown;
    QStringList resources; // online sessions with this certificate
    QDateTime first;       // first login, if the server says
    QDateTime last;        // latest login or logout, if the server says
};

// A device that has not logged in for this long gets a calm hint (with a one-click Disable).
inline constexpr int defaultUnusedDays = 90;

// `presence`: the account's resources online now, used only for a certificate that names its resource.
[[nodiscard]] DeviceUse deviceUse(const SaslCertItem &item, const QStringList &presence);

// Whether the server reports use at all in this listing (then "Unknown" rows are the exception).
[[nodiscard]] bool reportsUse(const ItemsListing &listing);

// Not online and not used for `days` days: last login that long ago, or never used and made that long ago.
// Only with evidence; a server that says nothing never makes a device look unused. An expired certificate is
// not "unused": it cannot log in, and its row says why.
[[nodiscard]] bool isLongUnused(const SaslCertItem &item, const DeviceUse &use, const QDateTime &now,
                                int days = defaultUnusedDays);

// The devices of the listing unused for `days` days (see isLongUnused), but this computer's own certificate
// (`ownSha256`): the hint offers to disable them.
struct UnusedDevice
{
    QString name;
    qint64 days = 0;    // since last use, or since the certificate was made
    bool never = false; // never used at all
};
[[nodiscard]] QVector<UnusedDevice> longUnusedDevices(const ItemsListing &listing,
                                                      const QStringList &presence,
                                                      const QByteArray &ownSha256, const QDateTime &now,
                                                      int days = defaultUnusedDays);

// Whole days since `t`, rounded down, never negative.
[[nodiscard]] qint64 daysSince(const QDateTime &t, const QDateTime &now);

// One session of the account online now, and the device it belongs to.
struct OnlineSession
{
    enum class Owner
    {
        Device,        // the server ties it to `device`'s certificate (or the certificate names the resource)
        NoCertificate, // the server ties sessions to certificates, and not this one: a password login, or a
                       // certificate no longer listed (disabled or revoked while it stayed logged in)
        NotSaid,       // the server does not tie sessions to certificates
    };
    QString resource;
    QString status; // the presence status text, may be empty
    Owner owner = Owner::NotSaid;
    QString device;
};

// The account's other sessions (`presence`: resource -> status) and those the server lists in <users>, each
// with its device; `ownResource` (this Certdeck's session) is left out.
[[nodiscard]] QVector<OnlineSession> onlineSessions(const ItemsListing &listing,
                                                    const QMap<QString, QString> &presence,
                                                    const QString &ownResource);

class DeviceUseText
{
    Q_DECLARE_TR_FUNCTIONS(DeviceUseText)
public:
    // The table's Status text: "Online now · phone", "Last used 3 days ago", "Never used", "Offline", "".
    // Unknown gives an empty text: the column's header says once that the server does not tell.
    [[nodiscard]] static QString status(const DeviceUse &use, const QDateTime &now);
    // "3 days ago", "just now", or a date for long ago.
    [[nodiscard]] static QString ago(const QDateTime &t, const QDateTime &now);
    // The calm hint for the devices unused for `days` days or longer: one message for all of them.
    [[nodiscard]] static QString unusedHint(const QVector<UnusedDevice> &devices,
                                            int days = defaultUnusedDays);
    // A line of the "Online sessions" box: "pixel — Pixel phone".
    [[nodiscard]] static QString session(const OnlineSession &session);
    // A time for the details panel: "3 December 2026 18:00 (3 days ago)", or "Never".
    [[nodiscard]] static QString when(const QDateTime &t, const QDateTime &now);
};

} // namespace certdeck
