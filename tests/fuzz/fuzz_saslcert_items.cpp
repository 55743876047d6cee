// libFuzzer target: the XEP-0257 <items> reply parser (XML, base64, DER, names).
#include "xmpp/SaslCertParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray xml(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto listing = certdeck::parseItemsXml(xml);
    if (listing) {
        // Every kept item must be complete: a name and a parsed certificate.
        for (const auto &item : listing->items)
            if (item.name.isEmpty() || item.certificate.der.isEmpty())
                __builtin_trap();
    }
    return 0;
}
