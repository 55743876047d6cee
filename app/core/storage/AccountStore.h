#pragma once

#include "xmpp/AccountSession.h"

#include <QString>

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

class AccountStore
{
public:
    // Uses `settings` if given (tests), else the application's QSettings.
    explicit AccountStore(QSettings *settings = nullptr);
    ~AccountStore();

    [[nodiscard]] StoredAccount load() const;
    void save(const StoredAccount &account);
    [[nodiscard]] QString fileName() const;

private:
    QSettings *m_settings;
    bool m_owned;
};

} // namespace certdeck
