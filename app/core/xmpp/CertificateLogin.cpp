#include "CertificateLogin.h"

#include "xmpp/XmppConfiguration.h"

#include <QXmppAuthenticationError.h>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppError.h>

namespace certdeck {

namespace {

using Kind = CertificateLoginResult::Kind;

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
    const auto config = certificateConfiguration(settings, credential);
    if (!config)
        return finish({Kind::InvalidCredential,
                       tr("The private key cannot be read or does not belong to the certificate.")});
    d->client->connectToServer(*config);
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
