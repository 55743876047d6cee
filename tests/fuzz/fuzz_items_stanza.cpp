// libFuzzer target: the whole receive path of an items answer as a server sends it: stream framing (as QXmpp
// frames stanzas), the <iq> (error or result), the <items> element and every item's certificate.
#include "xmpp/AccountSession.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray received(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto listing = certdeck::itemsFromReceivedData(received);
    if (listing) {
        // Every kept item must be complete: a name and a parsed certificate.
        for (const auto &item : listing->items)
            if (item.name.isEmpty() || item.certificate.der.isEmpty())
                __builtin_trap();
    } else if (listing.error().message().isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
