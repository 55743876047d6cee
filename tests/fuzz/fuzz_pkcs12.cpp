// libFuzzer target: PKCS#12 import with the password the seeds were made with ("fuzz").
#include "crypto/Pkcs12.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto imported = certdeck::importPkcs12(bytes, certdeck::SecretBytes("fuzz"));
    if (imported && (imported->privateKeyPem.isEmpty() || imported->certificate.der.isEmpty()))
        __builtin_trap();
    return 0;
}
