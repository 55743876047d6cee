#pragma once

#include "crypto/Pkcs12.h"
#include "xmpp/AccountSettings.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QSettings;

namespace certdeck {

// The account Certdeck manages, kept in QSettings: address, host, port, the pinned server key, and whether
// the password is remembered (the password itself only ever goes to the system keychain).
struct StoredAccount
{
    QString jid;
    QString host;
    quint16 port = 0;
    QByteArray pinnedServerKey;      // SHA-256 of the server's SubjectPublicKeyInfo
    QString pinnedServerFingerprint; // the certificate's SHA-256, to show people what they pinned
    bool rememberPassword = false;
    QByteArray ownCertificateSha256; // this computer's own device certificate, if enrolled

    [[nodiscard]] AccountSettings toSettings() const;
};

// A rotation of this computer's own certificate that has started: the new certificate may be on the server
// while the old one is not disabled yet. Kept until the rotation is finished or rolled back.
struct RotationJournal
{
    QString oldName;
    QString newName;
    QByteArray oldSha256;
    QByteArray newSha256;
    // Rotated while logged in by the old certificate: the new one is in place, and the old one is disabled
    // only after the new one has logged in once (pending: disable old after first login with new).
    bool disableAfterNewLogin = false;
};

class AccountStore
{
public:
    // Uses `settings` if given (tests), else the application's QSettings.
    explicit AccountStore(QSettings *settings = nullptr);
    ~AccountStore();

    [[nodiscard]] StoredAccount load() const;
    void save(const StoredAccount &account);
    [[nodiscard]] QString fileName() const;

    [[nodiscard]] std::optional<RotationJournal> pendingOwnRotation() const;
    void setPendingOwnRotation(const std::optional<RotationJournal> &journal);
    // Other devices' rotations waiting for "Finish rotation": old certificate name -> new certificate name.
    [[nodiscard]] QMap<QString, QString> rotationLinks() const;
    void setRotationLinks(const QMap<QString, QString> &links);
    // The encoding a device's .p12 was written in, by its certificate's SHA-256, so that its rotation keeps
    // it (an older phone cannot read the current one). Current when not recorded.
    [[nodiscard]] Pkcs12Format p12Format(const QByteArray &sha256) const;
    void setP12Format(const QByteArray &sha256, Pkcs12Format format);
    [[nodiscard]] bool autoRotateOwn() const;
    void setAutoRotateOwn(bool enabled);
    // Reminders already shown, as "<sha256>:<days>", so each fires once.
    [[nodiscard]] QStringList sentReminders() const;
    void setSentReminders(const QStringList &keys);

private:
    QSettings *m_settings;
    bool m_owned;
};

} // namespace certdeck
