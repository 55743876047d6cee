#include "util/DisplayText.h"
#include "xmpp/SaslCertTypes.h"

#include <QCoreApplication>

namespace certdeck {

QString SaslCertError::message() const
{
    // The server's words may carry control or bidi characters; people see them, never their effect.
    const QString shown = serverWords(serverText);
    QString base;
    switch (kind) {
    case Kind::BadRequest:
        base = QCoreApplication::translate("SaslCertError", "The server rejected the request as malformed.");
        break;
    case Kind::NotAcceptable:
        base = QCoreApplication::translate("SaslCertError", "The server could not accept the certificate.");
        break;
    case Kind::Conflict:
        base = QCoreApplication::translate("SaslCertError", "A certificate with this name already exists.");
        break;
    case Kind::ItemNotFound:
        base = QCoreApplication::translate("SaslCertError",
                                           "No certificate with this name exists on the server.");
        break;
    case Kind::Forbidden:
        base = QCoreApplication::translate("SaslCertError",
                                           "This device is not allowed to manage certificates.");
        break;
    case Kind::NotAllowed:
        base = QCoreApplication::translate("SaslCertError", "The server does not allow this change.");
        break;
    case Kind::ServiceUnavailable:
        base =
            QCoreApplication::translate("SaslCertError", "The server's certificate service is unavailable.");
        break;
    case Kind::FeatureNotImplemented:
        base = QCoreApplication::translate("SaslCertError", "The server does not implement this request.");
        break;
    case Kind::OtherStanzaError:
        base = QCoreApplication::translate("SaslCertError", "The server reported an error.");
        break;
    case Kind::Timeout:
        base = QCoreApplication::translate("SaslCertError", "The server did not answer in time.");
        break;
    case Kind::Disconnected:
        base = QCoreApplication::translate("SaslCertError",
                                           "The connection was lost before the server answered.");
        break;
    case Kind::MalformedReply:
        base = QCoreApplication::translate("SaslCertError", "The server's reply could not be understood.");
        break;
    case Kind::Unsupported:
        base = QCoreApplication::translate(
            "SaslCertError", "This server does not support client certificate management (XEP-0257). "
                             "Ask the server's administrator to enable it (on Prosody: mod_client_certs).");
        break;
    case Kind::NameInUse:
        base = QCoreApplication::translate("SaslCertError",
                                           "A device with this name already exists. Choose another name; "
                                           "nothing was sent to the server.");
        break;
    case Kind::NotFound:
        base = QCoreApplication::translate(
            "SaslCertError", "The account has no certificate with this name; nothing was sent.");
        break;
    case Kind::NotConfirmed:
        base = QCoreApplication::translate(
            "SaslCertError", "The change was sent, but Certdeck could not confirm it on the server. "
                             "Check the list and try again.");
        break;
    case Kind::InvalidCertificate:
        base = QCoreApplication::translate(
            "SaslCertError", "The certificate cannot be used for this account; nothing was sent.");
        break;
    case Kind::InvalidName:
        return QCoreApplication::translate("SaslCertError", "%1 Nothing was sent.").arg(shown);
    case Kind::CertificateInUse:
        return QCoreApplication::translate("SaslCertError",
                                           "This certificate is already on the account as “%1”. Each device "
                                           "needs its own certificate; nothing was sent.")
            .arg(shown);
    }
    // A timeout or a lost connection has no words from the server; QXmpp's own description is not one.
    if (shown.isEmpty() || kind == Kind::Timeout || kind == Kind::Disconnected)
        return base;
    if (kind == Kind::NameInUse || kind == Kind::NotFound || kind == Kind::NotConfirmed ||
        kind == Kind::InvalidCertificate)
        return QCoreApplication::translate("SaslCertError", "%1 (%2)").arg(base, shown);
    return QCoreApplication::translate("SaslCertError", "%1 Server says: “%2”").arg(base, shown);
}

} // namespace certdeck
