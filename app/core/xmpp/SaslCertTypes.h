#pragma once

#include "crypto/CertificateInfo.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace certdeck {

inline constexpr char saslCertNamespace[] = "urn:xmpp:saslcert:1";
// Certdeck's own addition, sent by the module fix in packaging/prosody (README, "For server administrators"):
// <used xmlns='urn:certdeck:saslcert-use:0' first='…' last='…'/> in an item; no attributes = never used.
inline constexpr char certUseNamespace[] = "urn:certdeck:saslcert-use:0";

// When a certificate logged in, as the server remembers it.
struct CertificateUse
{
    bool reported = false; // the server sent <used>; only then does an empty `last` mean "never used"
    QDateTime first;       // first login with it (invalid: never, or not said)
    QDateTime last;        // latest login with it, or end of such a session
};

// One certificate as the server lists it (XEP-0257 <item>), parsed.
struct SaslCertItem
{
    QString name;
    QByteArray x509Base64; // exactly as the server sent it, whitespace removed
    CertificateInfo certificate;
    bool hasUsers = false; // the server sent <users>; only then is `users` evidence
    QStringList users;     // resources logged in with this certificate
    CertificateUse use;
    bool noCertManagement = false;
    // The server lists the certificate in another encoding than its canonical base64 DER (extra padding,
    // bytes after the certificate, a BER form): Certdeck never uploads such a thing, another client did.
    bool unusualEncoding = false;
};

// An item the server sent that Certdeck could not use, and why.
struct ItemProblem
{
    int index = 0; // position in the server's reply
    QString name;  // may be empty
    QString reason;
};

struct ItemsListing
{
    QVector<SaslCertItem> items;
    QVector<ItemProblem> problems;

    [[nodiscard]] const SaslCertItem *find(const QString &name) const;
};

// What went wrong with a XEP-0257 request. The server's own text is kept.
struct SaslCertError
{
    enum class Kind
    {
        BadRequest,
        NotAcceptable,
        Conflict,
        ItemNotFound,
        Forbidden,
        NotAllowed,
        ServiceUnavailable,
        FeatureNotImplemented,
        OtherStanzaError,
        Timeout,
        Disconnected,
        MalformedReply,
        Unsupported, // the server does not advertise urn:xmpp:saslcert:1
        NameInUse,   // refused by Certdeck before sending: the server would silently replace that certificate
        NotFound,    // refused by Certdeck before sending: no certificate by that name (the server would say
                     // "ok")
        NotConfirmed,       // sent, but a fresh listing does not show the change (or none could be made)
        InvalidCertificate, // refused by Certdeck before sending: see the certificate issues
        InvalidName,        // refused by Certdeck before sending: the device-name rules (serverText says why)
        CertificateInUse,   // refused by Certdeck before sending: this certificate is already on the account
    };
    Kind kind;
    QString serverText; // the server's own words, or a detail from Certdeck

    [[nodiscard]] QString message() const;
    // Whether the request may have changed the account (sent, outcome not seen).
    [[nodiscard]] bool outcomeUnknown() const { return kind == Kind::NotConfirmed; }
    // Whether Certdeck itself refused the request before sending anything.
    [[nodiscard]] bool refusedLocally() const
    {
        return kind == Kind::NameInUse || kind == Kind::NotFound || kind == Kind::InvalidCertificate ||
               kind == Kind::InvalidName || kind == Kind::CertificateInUse;
    }
};

} // namespace certdeck
