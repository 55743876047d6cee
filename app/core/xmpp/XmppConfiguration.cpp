#include "xmpp/XmppConfiguration.h"

#include "crypto/OpenSslHandles.h"

#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslKey>
#include <QXmppUtils.h>

#include <openssl/pem.h>

namespace certdeck {
namespace {

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

} // namespace

QXmppConfiguration loginConfiguration(const AccountSettings &settings)
{
    QXmppConfiguration config;
    // A fresh suffix per login: two Certdeck instances (GUI and CLI) must not kick each other off.
    config.setResource(settings.resource + QLatin1Char('.') +
                       QString::number(QRandomGenerator::global()->generate(), 36).left(6));
    if (!settings.host.isEmpty())
        config.setHost(settings.host);
    if (settings.port != 0)
        config.setPort(settings.port);
    config.setStreamSecurityMode(QXmppConfiguration::TLSRequired);
    config.setIgnoreSslErrors(false);
    config.setAutoReconnectionEnabled(false);
    config.setUseSasl2Authentication(false);
    config.setUseFastTokenAuthentication(false);
    if (!settings.trustedCertificates.isEmpty())
        config.setCaCertificates(QSslConfiguration::systemCaCertificates() + settings.trustedCertificates);
    return config;
}

std::optional<QXmppConfiguration> certificateConfiguration(const AccountSettings &settings,
                                                           const DeviceCredential &credential)
{
    const QSslCertificate certificate(credential.certificate.der, QSsl::Der);
    const QSslKey key = tlsKey(credential);
    if (certificate.isNull() || key.isNull())
        return std::nullopt;
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

} // namespace certdeck
