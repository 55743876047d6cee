#include "ExpiryPolicy.h"

#include <QCoreApplication>

namespace certdeck {

QDateTime rotationDue(const CertificateInfo &cert)
{
    const qint64 lifetime = cert.notBefore.secsTo(cert.notAfter);
    return cert.notBefore.addSecs(lifetime * 2 / 3);
}

ExpiryBadge expiryBadge(const CertificateInfo &cert, const QDateTime &now)
{
    if (now >= cert.notAfter)
        return ExpiryBadge::Expired;
    const qint64 left = now.secsTo(cert.notAfter);
    if (left < qint64(expiringDays) * 86400)
        return ExpiryBadge::Expiring;
    if (left < qint64(renewSoonDays) * 86400 || now >= rotationDue(cert))
        return ExpiryBadge::RenewSoon;
    return ExpiryBadge::Ok;
}

QString badgeText(ExpiryBadge badge)
{
    switch (badge) {
    case ExpiryBadge::Ok:
        return QCoreApplication::translate("ExpiryPolicy", "OK");
    case ExpiryBadge::RenewSoon:
        return QCoreApplication::translate("ExpiryPolicy", "Renew soon");
    case ExpiryBadge::Expiring:
        return QCoreApplication::translate("ExpiryPolicy", "Expiring");
    case ExpiryBadge::Expired:
        return QCoreApplication::translate("ExpiryPolicy", "Expired");
    }
    Q_UNREACHABLE();
}

} // namespace certdeck
