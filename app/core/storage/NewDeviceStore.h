#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QVector>

class QSettings;

namespace certdeck {

// What "Was this you?" remembers per account (compared in model/NewDevices.h).

// One certificate as Certdeck saw it on the account.
struct SeenCertificate
{
    QString name;
    QString sha256;  // "AB:CD:…", the full SHA-256 fingerprint
    QString keyType; // "EC P-256"
    bool operator==(const SeenCertificate &) const = default;
};

// What the account held at the last listing Certdeck compared.
struct DeviceSnapshot
{
    bool taken = false; // false before the account's first listing: nothing to compare with
    QDateTime time;     // UTC
    QVector<SeenCertificate> certificates;
};

struct DeviceEvent
{
    enum class Kind
    {
        New,      // a certificate that was not there
        Replaced, // a new certificate under a name that held another one (Prosody overwrites silently)
        Removed,  // gone, and not removed by this Certdeck: worth knowing, not an alarm
    };
    Kind kind = Kind::New;
    SeenCertificate certificate;
    QString replacedSha256 = {}; // Replaced: the fingerprint the name held before
};

// A "Was this you?" question still open: raised, neither acknowledged nor answered by a revoke.
struct PendingAlert
{
    DeviceEvent event;
    QDateTime since; // UTC: the account was last seen without it
    bool operator==(const PendingAlert &o) const
    {
        return event.certificate == o.event.certificate && event.kind == o.event.kind && since == o.since;
    }
};

// Per account, next to the account's other state (the same QSettings as AccountStore): the certificates
// seen at the last comparison, the fingerprints a person said were theirs, and the open questions. The
// window and certdeck-cli share it.
class NewDeviceStore
{
public:
    // Uses `settings` if given (tests), else the application's QSettings.
    explicit NewDeviceStore(QSettings *settings = nullptr);
    ~NewDeviceStore();
    NewDeviceStore(const NewDeviceStore &) = delete;
    NewDeviceStore &operator=(const NewDeviceStore &) = delete;

    [[nodiscard]] DeviceSnapshot snapshot(const QString &account) const;
    void setSnapshot(const QString &account, const DeviceSnapshot &snapshot);
    [[nodiscard]] QSet<QString> acknowledged(const QString &account) const;
    void addAcknowledged(const QString &account, const QStringList &sha256s);
    [[nodiscard]] QVector<PendingAlert> pending(const QString &account) const;
    void setPending(const QString &account, const QVector<PendingAlert> &alerts);

    // How often the window lists the account in the background, in minutes; 0 is off.
    static constexpr int defaultIntervalMinutes = 15;
    [[nodiscard]] int intervalMinutes() const;
    void setIntervalMinutes(int minutes);

private:
    [[nodiscard]] QString group(const QString &account) const;

    QSettings *m_settings;
    bool m_owned;
};

} // namespace certdeck

Q_DECLARE_METATYPE(certdeck::DeviceEvent)
