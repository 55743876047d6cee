#pragma once

#include "crypto/CertificateInfo.h"

#include <QDateTime>

namespace certdeck {

// When a certificate needs attention. Rotation is due at two thirds of its lifetime, as step, cert-manager
// and certmonger do, so a device that is rarely online still has time to switch.
enum class ExpiryBadge
{
    Ok,
    RenewSoon,
    Expiring,
    Expired
};

[[nodiscard]] QDateTime rotationDue(const CertificateInfo &cert);
[[nodiscard]] ExpiryBadge expiryBadge(const CertificateInfo &cert, const QDateTime &now);
// Short words for the badge: never colour alone.
[[nodiscard]] QString badgeText(ExpiryBadge badge);

inline constexpr int expiringDays = 7;
inline constexpr int renewSoonDays = 30;

} // namespace certdeck
