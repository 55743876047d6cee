#include "AccountRules.h"

#include "model/ExpiryPolicy.h"

namespace certdeck {

const SaslCertItem *ownCertificate(const ItemsListing &listing, const QByteArray &ownSha256)
{
    if (ownSha256.isEmpty())
        return nullptr;
    for (const auto &item : listing.items)
        if (item.certificate.sha256 == ownSha256)
            return &item;
    return nullptr;
}

bool isLastManager(const ItemsListing &listing, const QString &name)
{
    const SaslCertItem *item = listing.find(name);
    if (!item || item->noCertManagement)
        return false;
    int managers = 0;
    for (const auto &other : listing.items)
        managers += other.noCertManagement ? 0 : 1;
    return managers == 1;
}

RotationPlan dueForRotation(const ItemsListing &listing, const QByteArray &ownSha256,
                            const QMap<QString, QString> &rotationLinks, const QDateTime &now)
{
    RotationPlan plan;
    for (const auto &item : listing.items) {
        const ExpiryBadge badge = expiryBadge(item.certificate, now);
        if (!ownSha256.isEmpty() && item.certificate.sha256 == ownSha256) {
            // An expired one cannot log in to rotate itself.
            plan.own = plan.own || (badge != ExpiryBadge::Ok && badge != ExpiryBadge::Expired);
            continue;
        }
        const bool linked = rotationLinks.contains(item.name) || !rotationLinks.key(item.name).isEmpty();
        if (!linked && (badge == ExpiryBadge::RenewSoon || badge == ExpiryBadge::Expiring))
            plan.others << item.name;
    }
    return plan;
}

qint64 daysLeft(const QDateTime &notAfter, const QDateTime &now)
{
    const qint64 secs = now.secsTo(notAfter);
    return secs >= 0 ? secs / 86400 : -((-secs + 86399) / 86400);
}

AccountSummary summarize(const ItemsListing &listing, const QDateTime &now)
{
    AccountSummary summary;
    summary.total = int(listing.items.size());
    for (const auto &item : listing.items) {
        const qint64 days = daysLeft(item.certificate.notAfter, now);
        if (days < 0)
            ++summary.expired;
        else if (days < renewSoonDays)
            ++summary.expiringSoon;
    }
    return summary;
}

} // namespace certdeck
