#include "CertificateLogin.h"

#include "crypto/OpenSslHandles.h"
#include "xmpp/XmppConfiguration.h"

#include <QXmppAuthenticationError.h>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppError.h>
#include <QXmppUtils.h>

#include <QSslKey>

#include <openssl/pem.h>

namespace certdeck {

namespace {

using Kind = CertificateLoginResult::Kind;

// The key as Qt's TLS wants it. An opaque handle carries every key type, Ed25519 included, which QSslKey
// cannot parse from PEM. Empty when the key is unreadable or not the certificate's.
QSslKey tlsKey(const DeviceCredential &credential)
{
    const auto bio = ossl::memoryBio(credential.privateKeyPem.bytes());
    ossl::PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    const auto *der = reinterpret_cast<const unsigned char *>(credential.certificate.der.constData());
    const ossl::X509Ptr cert(d2i_X509(nullptr, &der, credential.certificate.der.size()));
    if (!key || !cert || X509_check_private_key(cert.get(), key.get()) != 1)
        return {};
    return QSslKey(static_cast<Qt::HANDLE>(key.release()), QSsl::PrivateKey); // QSslKey owns it from here
}

QXmppConfiguration externalConfiguration(const AccountSettings &settings, const QSslCertificate &certificate,
                                         const QSslKey &key)
{
    QXmppConfiguration config = loginConfiguration(settings);
    config.setJid(QXmppUtils::jidToBareJid(settings.jid.trimmed()));
    config.setLocalCertificate(certificate);
    config.setPrivateKey(key);
    // Only EXTERNAL may succeed: ANONYMOUS needs no credentials and would "log in" as somebody else.
    config.setSaslAuthMechanism(QStringLiteral("EXTERNAL"));
    config.setDisabledSaslMechanisms({QStringLiteral("PLAIN"), QStringLiteral("ANONYMOUS")});
    config.setUseNonSASLAuthentication(false);
    return config;
}

CertificateLoginResult resultOf(const QXmppError &error)
{
    if (const auto auth = error.value<QXmpp::AuthenticationError>()) {
        const QString detail = auth->text.isEmpty() ? error.description : auth->text;
        switch (auth->type) {
        case QXmpp::AuthenticationError::NotAuthorized:
        case QXmpp::AuthenticationError::AccountDisabled:
        case QXmpp::AuthenticationError::CredentialsExpired:
            return {Kind::Refused, detail};
        case QXmpp::AuthenticationError::MechanismMismatch:
            return {Kind::NotOffered, detail};
        default:
            return {Kind::Network, detail};
        }
    }
    return {Kind::Network, error.description};
}

} // namespace

struct CertificateLogin::Private
{
    QXmppClient *client = nullptr;
    bool finished = true;
};

CertificateLogin::CertificateLogin(QObject *parent) : QObject(parent), d(std::make_unique<Private>())
{
    qRegisterMetaType<certdeck::CertificateLoginResult>();
    d->client = new QXmppClient(QXmppClient::NoExtensions, this);
    connect(d->client, &QXmppClient::connected, this, [this] { finish({Kind::LoggedIn, {}}); });
    connect(d->client, &QXmppClient::errorOccurred, this,
            [this](const QXmppError &error) { finish(resultOf(error)); });
    // QXmpp hangs up without an error when the server offers no TLS and it is required.
    connect(d->client, &QXmppClient::disconnected, this, [this] {
        finish({Kind::Network, tr("The connection closed before the login finished.")});
    });
}

CertificateLogin::~CertificateLogin() = default;

void CertificateLogin::logIn(const AccountSettings &settings, const DeviceCredential &credential)
{
    d->finished = false;
    const QSslCertificate certificate(credential.certificate.der, QSsl::Der);
    const QSslKey key = tlsKey(credential);
    if (certificate.isNull() || key.isNull())
        return finish({Kind::InvalidCredential,
                       tr("The private key cannot be read or does not belong to the certificate.")});
    d->client->connectToServer(externalConfiguration(settings, certificate, key));
}

void CertificateLogin::disconnectFromServer()
{
    d->client->disconnectFromServer();
}

bool CertificateLogin::isLoggedIn() const
{
    return d->client->isAuthenticated();
}

void CertificateLogin::finish(CertificateLoginResult result)
{
    // QXmpp may report one failure several times (stream, then socket); the first one is the reason.
    if (std::exchange(d->finished, true))
        return;
    Q_EMIT finished(result);
}

} // namespace certdeck
