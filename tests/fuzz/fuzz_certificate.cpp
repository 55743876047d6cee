// libFuzzer target: certificate import from PEM or DER, and the checks run on what it yields.
#include "crypto/CertificateCheck.h"
#include "crypto/CertificateInfo.h"
#include "util/Clock.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto info = certdeck::parseCertificate(bytes);
    if (info) {
        (void)info->keyDescription();
        (void)info->pem();
        (void)certdeck::checkDeviceCertificate(*info, QStringLiteral("alice@example.org"),
                                               certdeck::utcDateTime(QDate(2026, 1, 1), QTime(0, 0)));
        // Re-reading our own DER must give the same certificate.
        const auto again = certdeck::parseCertificate(info->der);
        if (!again || again->sha256 != info->sha256)
            __builtin_trap();
    }
    return 0;
}
