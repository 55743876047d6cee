#pragma once

#include "crypto/CertificateInfo.h"

#include <QDateTime>
#include <QVector>

namespace certdeck {

// What is wrong with a certificate someone wants to use for this account's devices.
struct CertificateIssue
{
    enum class Kind
    {
        IsCa,          // a CA certificate, not a device's
        NoXmppAddress, // no id-on-xmppAddr: the server will refuse it
        OtherAccount,  // its XMPP address is another account's
        Expired,       // the server accepts it, but no device can log in with it
        NotYetValid,   // usable only later
        ExpiresSoon,   // less than 14 days left
    };
    enum class Severity
    {
        Warning,
        Error
    };

    Kind kind;
    Severity severity;
    QString message; // translated sentence
};

// Checks `cert` for use as a device certificate of `bareJid` at time `now`.
// Errors must block an upload; warnings are shown before it.
[[nodiscard]] QVector<CertificateIssue> checkDeviceCertificate(const CertificateInfo &cert,
                                                               const QString &bareJid, const QDateTime &now);
[[nodiscard]] bool hasErrors(const QVector<CertificateIssue> &issues);

} // namespace certdeck
