#include "xmpp/SaslCertTypes.h"

#include <QCoreApplication>

namespace certdeck {

QString SaslCertError::message() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("SaslCertError", text); };
    QString base;
    switch (kind) {
    case Kind::BadRequest:
        base = tr("The server rejected the request as malformed.");
        break;
    case Kind::NotAcceptable:
        base = tr("The server could not accept the certificate.");
        break;
    case Kind::Conflict:
        base = tr("A certificate with this name already exists.");
        break;
    case Kind::ItemNotFound:
        base = tr("No certificate with this name exists on the server.");
        break;
    case Kind::Forbidden:
        base = tr("This device is not allowed to manage certificates.");
        break;
    case Kind::NotAllowed:
        base = tr("The server does not allow this change.");
        break;
    case Kind::ServiceUnavailable:
        base = tr("The server's certificate service is unavailable.");
        break;
    case Kind::FeatureNotImplemented:
        base = tr("The server does not implement this request.");
        break;
    case Kind::OtherStanzaError:
        base = tr("The server reported an error.");
        break;
    case Kind::Timeout:
        base = tr("The server did not answer in time.");
        break;
    case Kind::Disconnected:
        base = tr("The connection was lost before the server answered.");
        break;
    case Kind::MalformedReply:
        base = tr("The server's reply could not be understood.");
        break;
    case Kind::Unsupported:
        base = tr("This server does not support client certificate management (XEP-0257). "
                  "Ask the server's administrator to enable it (on Prosody: mod_client_certs).");
        break;
    }
    if (serverText.isEmpty())
        return base;
    return tr("%1 Server says: “%2”").arg(base, serverText);
}

} // namespace certdeck
