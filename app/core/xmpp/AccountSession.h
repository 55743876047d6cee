#pragma once

#include "crypto/DeviceCertificate.h"
#include "util/Result.h"
#include "xmpp/AccountSettings.h"
#include "xmpp/SaslCertTypes.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>

#include <functional>
#include <optional>

class QDomElement;
class QXmppClient;
class QXmppConfiguration;
class QXmppError;
class QSslSocket;

namespace certdeck {

class SaslCertExtension;
struct RawItem;

// The receive path of an items answer, without a session (tests and fuzzing use it directly):
// the <iq> as QXmpp hands it over, checked and read; and the same from the bytes a server sends, framed the
// way QXmpp frames them, with the certificates parsed.
[[nodiscard]] Result<QVector<RawItem>, SaslCertError> itemsFromAnswer(const QDomElement &iq);
[[nodiscard]] Result<ItemsListing, SaslCertError> itemsFromReceivedData(const QByteArray &received);

enum class ConnectionState
{
    Disconnected,
    Connecting,
    Connected
};

struct ConnectionError
{
    enum class Kind
    {
        WrongPassword,
        HostNotFound,
        ConnectionRefused,
        TlsUntrusted,      // the server's certificate did not verify
        PinMismatch,       // the server's key is not the one pinned for this account
        TlsUnavailable,    // the server offered no TLS; we never talk in plain text
        NoUsableMechanism, // no SASL mechanism both sides support
        StreamError,
        Timeout,
        Network,
        InvalidSettings,
        HostileServer,  // the server sent a stanza beyond Certdeck's limits (size, nesting depth)
        ServerUnproven, // SCRAM: the server said "success" without proving that it knows the password
        // Logging in with this computer's certificate did not work; the password is the way in. Never a
        // network problem: those keep their own kinds.
        CertificateRefused,    // the server said no: revoked or disabled (it does not say which)
        CertificateExpired,    // refused, and the certificate's validity has ended
        CertificateNotOffered, // the server offers no SASL EXTERNAL
        CertificateUnusable,   // the key in the keychain is unreadable or not the certificate's; nothing sent
    };
    Kind kind;
    QString detail;
    // `detail` is the server's own text (a SASL failure's <text>): in its language, shown as its words.
    bool detailFromServer = false;
    // The session had logged in: a lost connection, not a failed login. A change in flight is then "sent,
    // not confirmed", never "could not log in".
    bool afterLogin = false;

    [[nodiscard]] QString message() const;
    // The certificate login cannot work as things are: ask for the password (message() says why).
    [[nodiscard]] bool needsPassword() const;
};

// How the session logged in (or is logging in).
enum class LoginMethod
{
    Password,
    Certificate, // this computer's certificate, SASL EXTERNAL
};

// What the server showed in TLS, for a person deciding whether to trust it.
struct ServerIdentity
{
    QString subject;
    QString issuer;
    QDateTime notBefore;
    QDateTime notAfter;
    QString sha256Fingerprint; // of the certificate
    QByteArray spkiSha256;     // of its public key: what a pin stores
    QStringList problems;      // why it did not verify
    QByteArray pem;
};

// The one owner of the QXmppClient. Every request reports through a callback bound to a context object;
// the callback is dropped when the context dies, and a request that gets no answer times out.
class AccountSession : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(Result<T, SaslCertError>)>;
    using DoneCallback = Callback<Success>;

    explicit AccountSession(QObject *parent = nullptr);
    ~AccountSession() override;

    void connectToServer(const AccountSettings &settings, const QString &password);
    // Logs in with a client certificate and its key alone (SASL EXTERNAL); no password is sent.
    void connectWithCertificate(const AccountSettings &settings, const DeviceCredential &credential);
    void disconnectFromServer();

    [[nodiscard]] ConnectionState state() const { return m_state; }
    [[nodiscard]] QString bareJid() const { return m_settings.jid; }
    [[nodiscard]] const AccountSettings &settings() const { return m_settings; }
    [[nodiscard]] QString resource() const;
    [[nodiscard]] LoginMethod loginMethod() const { return m_method; }
    // SHA-256 of the certificate of the last certificate login (empty after a password login).
    [[nodiscard]] QByteArray loginCertificateSha256() const { return m_certificate.sha256; }
    void setRequestTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // Whether the server advertises urn:xmpp:saslcert:1 (disco#info on the account's domain).
    void checkSupport(QObject *context, Callback<bool> done);
    // Raw XEP-0257 requests. They report what the server answered, nothing more: see CertificateService
    // for requests whose effect is verified.
    void requestItems(QObject *context, Callback<ItemsListing> done);
    void requestAppend(const QString &name, const QByteArray &der, bool noCertManagement, QObject *context,
                       DoneCallback done);
    void requestDisable(const QString &name, QObject *context, DoneCallback done);
    void requestRevoke(const QString &name, QObject *context, DoneCallback done);
    // Whether the account's session with this resource is gone: a ping (XEP-0199) to it, which the server
    // answers with service-unavailable (or recipient-unavailable, item-not-found) when there is no such
    // session. Any other answer, or none, is not evidence: `gone` is false then.
    void probeSessionGone(const QString &resource, QObject *context, std::function<void(bool gone)> done);

Q_SIGNALS:
    void stateChanged(certdeck::ConnectionState state);
    void connected();
    void connectionFailed(const certdeck::ConnectionError &error);
    // The server's certificate did not verify and no key is pinned: a person must decide. Comes right after
    // connectionFailed(TlsUntrusted).
    void serverTrustNeeded(const certdeck::ServerIdentity &identity);
    // The server presented a key other than the pinned one. Comes right after connectionFailed(PinMismatch).
    void serverKeyChanged(const certdeck::ServerIdentity &presented);
    // Presence of the account's other resources (other devices online now).
    void ownResourcePresence(const QString &resource, bool available, const QString &status);

private:
    void setState(ConnectionState state);
    void onErrorOccurred(const QXmppError &error);
    void watchSocket();
    void reportFailure(const ConnectionError &error);
    [[nodiscard]] bool prepare(const AccountSettings &settings);
    void start(const QXmppConfiguration &config);

    QXmppClient *m_client = nullptr;
    SaslCertExtension *m_ext = nullptr;
    QPointer<QSslSocket> m_socket; // QXmpp's socket, watched for certificate pinning
    AccountSettings m_settings;
    LoginMethod m_method = LoginMethod::Password;
    CertificateInfo m_certificate; // of the certificate login
    ConnectionState m_state = ConnectionState::Disconnected;
    QList<QSslError> m_sslErrors;
    std::optional<ServerIdentity> m_untrusted;   // set when the handshake failed for want of trust
    std::optional<ServerIdentity> m_pinMismatch; // set when the pinned key was not presented
    bool m_failureReported = false;
    bool m_wasEncrypted = false; // this attempt reached TLS
    int m_timeoutMs = 15000;
};

} // namespace certdeck

Q_DECLARE_METATYPE(certdeck::ConnectionError)
Q_DECLARE_METATYPE(certdeck::ServerIdentity)
