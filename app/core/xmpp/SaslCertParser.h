#pragma once
// Strict reading of XEP-0257 replies. Never trusts the server: broken items are reported, good ones kept.

#include "util/Result.h"
#include "xmpp/SaslCertTypes.h"

#include <QByteArray>

class QDomDocument;
class QDomElement;

namespace certdeck {

// An <item> as read from the XML, before its certificate is decoded.
struct RawItem
{
    int index = 0;
    QString name;
    QByteArray x509Base64;
    bool hasUsers = false;
    QStringList users;
    CertificateUse use;
    bool noCertManagement = false;
};

// The cheap part, on the thread that owns the DOM: names and text out of the XML.
[[nodiscard]] QVector<RawItem> extractItems(const QDomElement &items);
// The expensive part, safe on any thread: names checked, base64 decoded, certificates parsed (in parallel,
// and each distinct certificate only once per process, so a refresh costs little).
[[nodiscard]] ItemsListing finishItems(const QVector<RawItem> &raw);

// Both, for the <items xmlns='urn:xmpp:saslcert:1'/> element of a result IQ.
[[nodiscard]] ItemsListing parseItems(const QDomElement &items);

// Reads xml into doc with namespace processing; false when it is not well-formed XML.
[[nodiscard]] bool readXmlDocument(QDomDocument &doc, const QByteArray &xml);

// Same, from raw XML holding an <iq> or an <items> element (for tests and fuzzing).
[[nodiscard]] Result<ItemsListing, SaslCertError> parseItemsXml(const QByteArray &xml);

// Forgets the certificates parsed so far (they are kept by their base64 text for the next listing).
void clearParseCache();

} // namespace certdeck
