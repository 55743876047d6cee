#include "CertificateCheck.h"

#include <QCoreApplication>
#include <QLocale>

namespace certdeck {

QVector<CertificateIssue> checkDeviceCertificate(const CertificateInfo &cert, const QString &bareJid,
                                                 const QDateTime &now)
{
    using K = CertificateIssue::Kind;
    using S = CertificateIssue::Severity;
    QVector<CertificateIssue> issues;
    if (cert.isCa)
        issues.append({K::IsCa, S::Error,
                       QCoreApplication::translate("CertificateCheck",
                                                   "This is a CA certificate, not a device certificate.")});
    if (cert.xmppAddresses.isEmpty()) {
        issues.append(
            {K::NoXmppAddress, S::Error,
             QCoreApplication::translate("CertificateCheck",
                                         "The certificate names no XMPP address (id-on-xmppAddr), so the "
                                         "server cannot use it to log in a device.")});
    } else if (std::none_of(
                   cert.xmppAddresses.cbegin(), cert.xmppAddresses.cend(), [&](const QString &address) {
                       // A full JID binds the certificate to one resource of the account; it is still this
                       // account's.
                       return address.section(QLatin1Char('/'), 0, 0).compare(bareJid, Qt::CaseInsensitive) ==
                              0;
                   })) {
        issues.append({K::OtherAccount, S::Error,
                       QCoreApplication::translate("CertificateCheck",
                                                   "The certificate is for %1, not for this account (%2).")
                           .arg(cert.xmppAddresses.join(QStringLiteral(", ")), bareJid)});
    }
    const QString expiry = QLocale().toString(cert.notAfter.toLocalTime(), QLocale::ShortFormat);
    if (cert.notAfter <= now) {
        issues.append({K::Expired, S::Error,
                       QCoreApplication::translate(
                           "CertificateCheck", "The certificate expired on %1; no device can log in with it.")
                           .arg(expiry)});
    } else if (now.secsTo(cert.notAfter) < 14 * 86400) {
        issues.append({K::ExpiresSoon, S::Warning,
                       QCoreApplication::translate("CertificateCheck", "The certificate expires soon, on %1.")
                           .arg(expiry)});
    }
    if (cert.notBefore > now)
        issues.append(
            {K::NotYetValid, S::Warning,
             QCoreApplication::translate("CertificateCheck",
                                         "The certificate is not valid before %1; the device cannot log "
                                         "in with it until then.")
                 .arg(QLocale().toString(cert.notBefore.toLocalTime(), QLocale::ShortFormat))});
    return issues;
}

bool hasErrors(const QVector<CertificateIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const CertificateIssue &i) {
        return i.severity == CertificateIssue::Severity::Error;
    });
}

} // namespace certdeck
