#include "AccountSession.h"

#include "util/DisplayText.h"
#include "xmpp/SaslCertExtension.h"
#include "xmpp/SaslCertParser.h"
#include "xmpp/XmppConfiguration.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QDomElement>
#include <QFutureWatcher>
#include <QSslSocket>
#include <QTimer>
#include <QXmppAuthenticationError.h>
#include <QXmppClient.h>
#include <QXmppConfiguration.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppError.h>
#include <QXmppPingIq.h>
#include <QXmppPresence.h>
#include <QXmppStanza.h>
#include <QXmppStreamError.h>
#include <QXmppUtils.h>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

namespace certdeck {
namespace {

SaslCertError stanzaErrorToSaslCert(const QXmppStanza::Error &error)
{
    using K = SaslCertError::Kind;
    K kind = K::OtherStanzaError;
    switch (error.condition()) {
    case QXmppStanza::Error::BadRequest:
        kind = K::BadRequest;
        break;
    case QXmppStanza::Error::NotAcceptable:
        kind = K::NotAcceptable;
        break;
    case QXmppStanza::Error::Conflict:
        kind = K::Conflict;
        break;
    case QXmppStanza::Error::ItemNotFound:
        kind = K::ItemNotFound;
        break;
    case QXmppStanza::Error::Forbidden:
    case QXmppStanza::Error::NotAuthorized:
        kind = K::Forbidden;
        break;
    case QXmppStanza::Error::NotAllowed:
        kind = K::NotAllowed;
        break;
    case QXmppStanza::Error::ServiceUnavailable:
        kind = K::ServiceUnavailable;
        break;
    case QXmppStanza::Error::FeatureNotImplemented:
        kind = K::FeatureNotImplemented;
        break;
    default:
        break;
    }
    return {kind, error.text()};
}

// Turns what QXmpp reports for an IQ into our error, keeping the server's text.
SaslCertError toSaslCertError(const QXmppError &error)
{
    if (auto stanzaError = error.value<QXmppStanza::Error>())
        return stanzaErrorToSaslCert(*stanzaError);
    return {SaslCertError::Kind::Disconnected, error.description};
}

// An <iq type='error'> that reached us as an element (defensive: QXmpp normally turns it into QXmppError).
std::optional<SaslCertError> errorFromElement(const QDomElement &iq)
{
    if (iq.attribute(QStringLiteral("type")) != QLatin1String("error"))
        return std::nullopt;
    QXmppIq parsed;
    parsed.parse(iq);
    return stanzaErrorToSaslCert(parsed.error());
}

// Runs `handler` with the task's result, or with nothing after `timeoutMs`; never both, and never once the
// context object is gone.
template<typename T, typename Handler>
void awaitWithTimeout(QXmppTask<T> task, QObject *context, int timeoutMs, Handler handler)
{
    auto finished = std::make_shared<bool>(false);
    auto timer = new QTimer(context);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, context, [finished, handler, timer]() mutable {
        timer->deleteLater();
        if (std::exchange(*finished, true))
            return;
        handler(std::optional<T>());
    });
    timer->start(timeoutMs);
    task.then(context, [finished, handler, timer = QPointer<QTimer>(timer)](T &&result) mutable {
        if (timer)
            timer->deleteLater();
        if (std::exchange(*finished, true))
            return;
        handler(std::optional<T>(std::move(result)));
    });
}

// The server's answer to append/disable/revoke: an empty result or an error.
void awaitChange(QXmppTask<QXmppClient::IqResult> task, QObject *context, int timeoutMs,
                 AccountSession::DoneCallback done)
{
    awaitWithTimeout(std::move(task), context, timeoutMs,
                     [done](std::optional<QXmppClient::IqResult> &&result) {
                         if (!result)
                             return done(fail(SaslCertError{SaslCertError::Kind::Timeout, {}}));
                         if (auto *error = std::get_if<QXmppError>(&*result))
                             return done(fail(toSaslCertError(*error)));
                         if (auto error = errorFromElement(std::get<QDomElement>(*result)))
                             return done(fail(*error));
                         done(Success{});
                     });
}

ServerIdentity identityOf(const QSslCertificate &cert, const QList<QSslError> &errors)
{
    ServerIdentity id;
    id.pem = cert.toPem();
    if (auto info = parseCertificate(cert.toDer())) {
        id.subject = info->subject;
        id.issuer = info->issuer;
        id.notBefore = info->notBefore;
        id.notAfter = info->notAfter;
        id.sha256Fingerprint = info->sha256Fingerprint();
        id.spkiSha256 = info->spkiSha256;
    }
    for (const QSslError &e : errors)
        id.problems << e.errorString();
    id.problems.removeDuplicates();
    return id;
}

// Set on QXmpp's socket by Certdeck's local change to QXmpp (packaging/dev/setup.sh) when the server's data
// exceeded the stanza limits: the reason, in QXmpp's words.
constexpr char stanzaLimitProperty[] = "certdeckRefused";

} // namespace

Result<QVector<RawItem>, SaslCertError> itemsFromAnswer(const QDomElement &iq)
{
    if (auto error = errorFromElement(iq))
        return fail(*error);
    const QDomElement items = iq.firstChildElement(QStringLiteral("items"));
    if (items.isNull() || items.namespaceURI() != QLatin1String(saslCertNamespace))
        return fail(SaslCertError{SaslCertError::Kind::MalformedReply, {}});
    return extractItems(items);
}

Result<ItemsListing, SaslCertError> itemsFromReceivedData(const QByteArray &received)
{
    // Framed as QXmpp frames what it reads: the stanzas inside a stream element, namespaces processed.
    QDomDocument doc;
    if (!readXmlDocument(doc, QByteArrayLiteral("<stream:stream xmlns='jabber:client' "
                                                "xmlns:stream='http://etherx.jabber.org/streams'>") +
                                  received + QByteArrayLiteral("</stream:stream>")))
        return fail(SaslCertError{SaslCertError::Kind::MalformedReply, {}});
    const QDomElement iq = doc.documentElement().firstChildElement(QStringLiteral("iq"));
    if (iq.isNull())
        return fail(SaslCertError{SaslCertError::Kind::MalformedReply, {}});
    auto raw = itemsFromAnswer(iq);
    if (!raw)
        return fail(raw.error());
    return finishItems(raw.value());
}

bool ConnectionError::needsPassword() const
{
    switch (kind) {
    case Kind::CertificateRefused:
    case Kind::CertificateExpired:
    case Kind::CertificateNotOffered:
    case Kind::CertificateUnusable:
        return true;
    default:
        return false;
    }
}

QString ConnectionError::message() const
{
    QString base;
    switch (kind) {
    case Kind::WrongPassword:
        base = QCoreApplication::translate("ConnectionError",
                                           "The server did not accept the address or password.");
        break;
    case Kind::HostNotFound:
        base = QCoreApplication::translate(
            "ConnectionError",
            "The server's address could not be found. Check the account address or the host name.");
        break;
    case Kind::ConnectionRefused:
        base = QCoreApplication::translate(
            "ConnectionError",
            "The server refused the connection. Check the host and port, or whether the server is running.");
        break;
    case Kind::TlsUntrusted:
        base = QCoreApplication::translate(
            "ConnectionError", "The server's certificate could not be verified, so Certdeck did not log in.");
        break;
    case Kind::PinMismatch:
        base = QCoreApplication::translate("ConnectionError",
                                           "The server presented a different key than the one you trusted "
                                           "for this account. This can mean someone "
                                           "is intercepting the connection. Certdeck did not log in. If the "
                                           "server's administrator confirms a new "
                                           "key, remove the old one in the account settings.");
        break;
    case Kind::TlsUnavailable:
        base = QCoreApplication::translate(
            "ConnectionError",
            "The server does not offer an encrypted connection. Certdeck never logs in without encryption.");
        break;
    case Kind::NoUsableMechanism:
        base = QCoreApplication::translate("ConnectionError",
                                           "The server offers no login method that Certdeck supports.");
        break;
    case Kind::StreamError:
        base = QCoreApplication::translate("ConnectionError", "The server closed the connection.");
        break;
    case Kind::Timeout:
        base = QCoreApplication::translate("ConnectionError", "The server stopped answering.");
        break;
    case Kind::Network:
        base = QCoreApplication::translate("ConnectionError", "The network connection failed.");
        break;
    case Kind::InvalidSettings:
        base = QCoreApplication::translate("ConnectionError", "The account settings are incomplete.");
        break;
    case Kind::CertificateRefused:
        base = QCoreApplication::translate("ConnectionError",
                                           "This computer's certificate was revoked or disabled — log in "
                                           "with the password to enroll it again.");
        break;
    case Kind::CertificateExpired:
        base = QCoreApplication::translate("ConnectionError",
                                           "This computer's certificate has expired — log in with the "
                                           "password to enroll it again.");
        break;
    case Kind::CertificateNotOffered:
        base = QCoreApplication::translate("ConnectionError",
                                           "The server does not offer certificate login now — log in with "
                                           "the password.");
        break;
    case Kind::CertificateUnusable:
        base = QCoreApplication::translate("ConnectionError",
                                           "This computer's key in the keychain cannot be used with its "
                                           "certificate — log in with the password to enroll it again.");
        break;
    case Kind::ServerUnproven:
        base = QCoreApplication::translate(
            "ConnectionError",
            "The server accepted the login without proving that it knows the password, so it "
            "may not be your account's server. Certdeck did not continue.");
        break;
    case Kind::HostileServer:
        base = QCoreApplication::translate(
            "ConnectionError", "The server sent data beyond Certdeck's safety limits, so Certdeck "
                               "disconnected. The server may be broken or hostile.");
        break;
    }
    // The certificate kinds are a reason shown in the password prompt, whole and alone.
    if (detail.isEmpty() || needsPassword())
        return base;
    // The server's words stay in the server's language: say whose they are.
    return detailFromServer
               ? QCoreApplication::translate("ConnectionError", "%1 Server says: “%2”")
                     .arg(base, serverWords(detail))
               : QCoreApplication::translate("ConnectionError", "%1 (%2)").arg(base, serverWords(detail));
}

AccountSession::AccountSession(QObject *parent)
    : QObject(parent), m_client(new QXmppClient(QXmppClient::NoExtensions, this)),
      m_ext(new SaslCertExtension)
{
    qRegisterMetaType<certdeck::ConnectionError>();
    qRegisterMetaType<certdeck::ServerIdentity>();
    m_client->addNewExtension<QXmppDiscoveryManager>();
    m_client->addExtension(m_ext);
    watchSocket();

    connect(m_client, &QXmppClient::connected, this, [this] {
        m_failureReported = false;
        setState(ConnectionState::Connected);
        Q_EMIT connected();
    });
    connect(m_client, &QXmppClient::disconnected, this, [this] {
        // QXmpp hangs up without an error when the server offers no TLS and we require it. Ending a login
        // attempt without encryption and without a reported error can only mean that.
        if (m_state == ConnectionState::Connecting && !m_failureReported && !m_wasEncrypted)
            return reportFailure({ConnectionError::Kind::TlsUnavailable, {}});
        // The stanza limits ended the stream (normally reported through errorOccurred already).
        if (const QString refused = m_socket ? m_socket->property(stanzaLimitProperty).toString() : QString();
            !m_failureReported && !refused.isEmpty())
            return reportFailure({ConnectionError::Kind::HostileServer, refused});
        setState(ConnectionState::Disconnected);
    });
    connect(m_client, &QXmppClient::errorOccurred, this, &AccountSession::onErrorOccurred);
    connect(m_client, &QXmppClient::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_client, &QXmppClient::presenceReceived, this, [this](const QXmppPresence &presence) {
        if (QXmppUtils::jidToBareJid(presence.from()) != m_settings.jid)
            return;
        const QString res = QXmppUtils::jidToResource(presence.from());
        if (res.isEmpty() || res == resource())
            return;
        Q_EMIT ownResourcePresence(res, presence.type() == QXmppPresence::Available, presence.statusText());
    });
}

AccountSession::~AccountSession() = default;

QString AccountSession::resource() const
{
    return QXmppUtils::jidToResource(m_client->configuration().jid());
}

// Certificate pinning on the socket itself, so a wrong key stops the connection before any password is sent.
void AccountSession::watchSocket()
{
    auto *socket = m_client->findChild<QSslSocket *>();
    Q_ASSERT(socket);
    if (!socket)
        return;
    m_socket = socket;
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError> &errors) {
        const ServerIdentity id = identityOf(socket->peerCertificate(), errors);
        if (m_settings.pinnedServerKey.isEmpty()) {
            m_untrusted = id;
        } else if (id.spkiSha256 == m_settings.pinnedServerKey) {
            socket->ignoreSslErrors(errors); // the person chose to trust exactly this key
        } else {
            m_pinMismatch = id;
        }
    });
    connect(socket, &QSslSocket::encrypted, this, [this, socket] {
        m_wasEncrypted = true;
        if (m_settings.pinnedServerKey.isEmpty())
            return;
        const ServerIdentity id = identityOf(socket->peerCertificate(), {});
        if (id.spkiSha256 != m_settings.pinnedServerKey) {
            // Even a certificate a CA vouches for must carry the pinned key. Stop before any password is
            // sent.
            m_pinMismatch = id;
            socket->abort();
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_client->disconnectFromServer();
                    reportFailure({ConnectionError::Kind::PinMismatch, {}});
                },
                Qt::QueuedConnection);
        }
    });
}

void AccountSession::setState(ConnectionState state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

bool AccountSession::prepare(const AccountSettings &settings)
{
    m_settings = settings;
    m_settings.jid = QXmppUtils::jidToBareJid(settings.jid.trimmed());
    m_sslErrors.clear();
    m_untrusted.reset();
    m_wasEncrypted = false;
    m_pinMismatch.reset();
    m_failureReported = false;
    if (m_socket)
        m_socket->setProperty(stanzaLimitProperty, QVariant());
    return m_settings.jid.contains(QLatin1Char('@'));
}

void AccountSession::start(const QXmppConfiguration &config)
{
    // A failed attempt may still be closing its socket; start from a clean one.
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        m_socket->abort();
    setState(ConnectionState::Connecting);
    m_client->connectToServer(config);
}

void AccountSession::connectToServer(const AccountSettings &settings, const QString &password)
{
    m_method = LoginMethod::Password;
    m_certificate = {};
    if (!prepare(settings) || password.isEmpty()) {
        Q_EMIT connectionFailed({ConnectionError::Kind::InvalidSettings, {}});
        return;
    }
    QXmppConfiguration config = loginConfiguration(settings);
    config.setJid(m_settings.jid);
    config.setPassword(password);
    start(config);
}

void AccountSession::connectWithCertificate(const AccountSettings &settings,
                                            const DeviceCredential &credential)
{
    m_method = LoginMethod::Certificate;
    m_certificate = credential.certificate;
    if (!prepare(settings)) {
        Q_EMIT connectionFailed({ConnectionError::Kind::InvalidSettings, {}});
        return;
    }
    const auto config = certificateConfiguration(settings, credential);
    if (!config) {
        Q_EMIT connectionFailed({ConnectionError::Kind::CertificateUnusable, {}});
        return;
    }
    start(*config);
}

void AccountSession::disconnectFromServer()
{
    m_client->disconnectFromServer();
}

void AccountSession::onErrorOccurred(const QXmppError &error)
{
    using K = ConnectionError::Kind;
    ConnectionError out{K::Network, error.description};
    if (auto socketError = error.value<QAbstractSocket::SocketError>()) {
        switch (*socketError) {
        case QAbstractSocket::HostNotFoundError:
            out.kind = K::HostNotFound;
            break;
        case QAbstractSocket::ConnectionRefusedError:
            out.kind = K::ConnectionRefused;
            break;
        case QAbstractSocket::SslHandshakeFailedError:
        case QAbstractSocket::SslInvalidUserDataError:
            out.kind = K::TlsUntrusted;
            break;
        case QAbstractSocket::SocketTimeoutError:
            out.kind = K::Timeout;
            break;
        default:
            break;
        }
    } else if (auto auth = error.value<QXmpp::AuthenticationError>()) {
        switch (auth->type) {
        case QXmpp::AuthenticationError::NotAuthorized:
        case QXmpp::AuthenticationError::AccountDisabled:
        case QXmpp::AuthenticationError::CredentialsExpired:
            out.kind = K::WrongPassword;
            break;
        case QXmpp::AuthenticationError::EncryptionRequired:
            out.kind = K::TlsUnavailable;
            break;
        case QXmpp::AuthenticationError::MechanismMismatch:
            out.kind = K::NoUsableMechanism;
            break;
        case QXmpp::AuthenticationError::ProcessingError:
            // The SCRAM patch (setup.sh): a success without the server's signature. Another processing error
            // (a challenge that cannot be answered) is no proof of the server either.
            out.kind = K::ServerUnproven;
            break;
        default:
            break;
        }
        out.detail = auth->text.isEmpty() ? error.description : auth->text;
        out.detailFromServer = !auth->text.isEmpty();
        if (m_method == LoginMethod::Certificate) {
            // An expired certificate is refused, or (Prosody) not even offered EXTERNAL: say why.
            const bool expired =
                m_certificate.notAfter.isValid() && m_certificate.notAfter < QDateTime::currentDateTimeUtc();
            if (expired && (out.kind == K::WrongPassword || out.kind == K::NoUsableMechanism))
                out.kind = K::CertificateExpired;
            else if (out.kind == K::WrongPassword)
                out.kind = K::CertificateRefused;
            else if (out.kind == K::NoUsableMechanism)
                out.kind = K::CertificateNotOffered;
        }
    } else if (error.holdsType<QXmpp::TimeoutError>()) {
        out.kind = K::Timeout;
    } else if (error.holdsType<QXmpp::StreamError>()) {
        out.kind = K::StreamError;
    }
    if (const QString refused = m_socket ? m_socket->property(stanzaLimitProperty).toString() : QString();
        !refused.isEmpty()) {
        out = {K::HostileServer, refused};
    } else if (m_pinMismatch) {
        out = {K::PinMismatch, {}};
    } else if (!m_sslErrors.isEmpty() && !m_wasEncrypted) {
        // (Once encrypted, the errors were overridden by the pin: a later refusal is not about TLS.)
        out.kind = K::TlsUntrusted;
        out.detail = m_sslErrors.constFirst().errorString();
    } else if (out.kind == K::Network && m_state == ConnectionState::Connecting &&
               error.description.contains(QLatin1String("TLS"), Qt::CaseInsensitive)) {
        out.kind = K::TlsUnavailable;
    }
    reportFailure(out);
}

void AccountSession::reportFailure(const ConnectionError &failure)
{
    using K = ConnectionError::Kind;
    ConnectionError out = failure;
    out.afterLogin = m_state == ConnectionState::Connected;
    setState(ConnectionState::Disconnected);
    // QXmpp may report one failure several times (socket, then stream); people need to read it once.
    if (std::exchange(m_failureReported, true))
        return;
    Q_EMIT connectionFailed(out);
    if (m_pinMismatch)
        Q_EMIT serverKeyChanged(*m_pinMismatch);
    else if (m_untrusted && out.kind == K::TlsUntrusted)
        Q_EMIT serverTrustNeeded(*m_untrusted);
}

void AccountSession::checkSupport(QObject *context, Callback<bool> done)
{
    auto *disco = m_client->findExtension<QXmppDiscoveryManager>();
    const QString domain = QXmppUtils::jidToDomain(m_settings.jid);
    awaitWithTimeout(disco->requestDiscoInfo(domain), context, m_timeoutMs,
                     [done](std::optional<QXmppDiscoveryManager::InfoResult> &&result) {
                         if (!result)
                             return done(fail(SaslCertError{SaslCertError::Kind::Timeout, {}}));
                         if (auto *error = std::get_if<QXmppError>(&*result))
                             return done(fail(toSaslCertError(*error)));
                         const auto &info = std::get<QXmppDiscoveryIq>(*result);
                         done(info.features().contains(QString::fromLatin1(saslCertNamespace)));
                     });
}

void AccountSession::requestItems(QObject *context, Callback<ItemsListing> done)
{
    awaitWithTimeout(
        m_ext->requestItems(), context, m_timeoutMs,
        [this, done, ctx = QPointer<QObject>(context)](std::optional<QXmppClient::IqResult> &&result) {
            if (!result)
                return done(fail(SaslCertError{SaslCertError::Kind::Timeout, {}}));
            if (auto *error = std::get_if<QXmppError>(&*result))
                return done(fail(toSaslCertError(*error)));
            auto raw = itemsFromAnswer(std::get<QDomElement>(*result));
            if (!raw)
                return done(fail(raw.error()));
            // Certificates are parsed on worker threads; the GUI thread only reads the XML.
            auto *watcher = new QFutureWatcher<ItemsListing>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [watcher, done, ctx] {
                watcher->deleteLater();
                if (ctx)
                    done(watcher->result());
            });
            watcher->setFuture(QtConcurrent::run(finishItems, std::move(raw).value()));
        });
}

void AccountSession::requestAppend(const QString &name, const QByteArray &der, bool noCertManagement,
                                   QObject *context, DoneCallback done)
{
    awaitChange(m_ext->requestAppend(name, der, noCertManagement), context, m_timeoutMs, std::move(done));
}

void AccountSession::requestDisable(const QString &name, QObject *context, DoneCallback done)
{
    awaitChange(m_ext->requestDisable(name), context, m_timeoutMs, std::move(done));
}

void AccountSession::requestRevoke(const QString &name, QObject *context, DoneCallback done)
{
    awaitChange(m_ext->requestRevoke(name), context, m_timeoutMs, std::move(done));
}

void AccountSession::probeSessionGone(const QString &resource, QObject *context,
                                      std::function<void(bool gone)> done)
{
    QXmppPingIq ping;
    ping.setTo(bareJid() + QLatin1Char('/') + resource);
    awaitWithTimeout(m_client->sendIq(std::move(ping)), context, m_timeoutMs,
                     [done](std::optional<QXmppClient::IqResult> &&result) {
                         const QXmppError *error = result ? std::get_if<QXmppError>(&*result) : nullptr;
                         const auto stanzaError = error ? error->value<QXmppStanza::Error>() : std::nullopt;
                         using Condition = QXmppStanza::Error::Condition;
                         const auto condition = stanzaError ? stanzaError->condition() : Condition{};
                         done(stanzaError && (condition == Condition::ServiceUnavailable ||
                                              condition == Condition::RecipientUnavailable ||
                                              condition == Condition::ItemNotFound));
                     });
}

} // namespace certdeck
