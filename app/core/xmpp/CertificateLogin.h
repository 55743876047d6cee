#pragma once

#include "crypto/DeviceCertificate.h"
#include "xmpp/AccountSession.h"

#include <QObject>
#include <QString>

#include <memory>

namespace certdeck {

// How a login with a client certificate (SASL EXTERNAL, no password) ended.
struct CertificateLoginResult
{
    enum class Kind
    {
        LoggedIn,
        Refused,           // the server said no: revoked, disabled, expired or unknown certificate
        NotOffered,        // the server offers no EXTERNAL (no certificate asked for, or no module)
        InvalidCredential, // the key cannot be read or does not belong to the certificate; nothing was sent
        Network,           // connection, TLS or stream trouble: says nothing about the certificate
    };
    Kind kind = Kind::Network;
    QString detail; // the server's or the socket's words, for the log
};

// Logs in with a client certificate and its key only: TLS presents the certificate, SASL EXTERNAL asks the
// server to accept it. Needs QXmpp with packaging/dev/qxmpp-patches/sasl-external.patch.
class CertificateLogin : public QObject
{
    Q_OBJECT
public:
    explicit CertificateLogin(QObject *parent = nullptr);
    ~CertificateLogin() override;

    // Emits finished() once. Server trust comes from settings.trustedCertificates and the system's CAs.
    void logIn(const AccountSettings &settings, const DeviceCredential &credential);
    void disconnectFromServer();
    [[nodiscard]] bool isLoggedIn() const;

Q_SIGNALS:
    void finished(const certdeck::CertificateLoginResult &result);

private:
    void finish(CertificateLoginResult result);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace certdeck

Q_DECLARE_METATYPE(certdeck::CertificateLoginResult)
