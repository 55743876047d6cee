#pragma once
// Strict reading of XEP-0257 replies. Never trusts the server: broken items are reported, good ones kept.

#include "util/Result.h"
#include "xmpp/SaslCertTypes.h"

#include <QByteArray>

class QDomElement;

namespace certdeck {

// `items` is the <items xmlns='urn:xmpp:saslcert:1'/> element of a result IQ.
[[nodiscard]] ItemsListing parseItems(const QDomElement &items);

// Same, from raw XML holding an <iq> or an <items> element (for tests and fuzzing).
[[nodiscard]] Result<ItemsListing, SaslCertError> parseItemsXml(const QByteArray &xml);

} // namespace certdeck
