#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QString>

namespace certdeck {

// Where and as whom to log in: plain data, stored by AccountStore and used by AccountSession.
struct AccountSettings
{
    QString jid;  // bare JID
    QString host; // empty: resolve from the JID's domain
    quint16 port = 0;
    QList<QSslCertificate> trustedCertificates; // accepted in addition to the system's CAs
    // SHA-256 of the server's public key (SubjectPublicKeyInfo) the person pinned or trusted once. When set,
    // the server must present exactly this key (a different one is a hard stop), and it is accepted even if
    // no CA vouches for it.
    QByteArray pinnedServerKey;
    QString resource = QStringLiteral("certdeck"); // a random suffix is added at each login
};

} // namespace certdeck
