#include "SaslCertParser.h"

#include "crypto/OpenSslThread.h"
#include "xmpp/ServerBase64.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <numeric>
#include <optional>

namespace certdeck {
namespace {

QDomElement child(const QDomElement &parent, const QString &name)
{
    const QString ns = QString::fromLatin1(saslCertNamespace);
    for (auto e = parent.firstChildElement(); !e.isNull(); e = e.nextSiblingElement())
        if (e.tagName() == name && e.namespaceURI() == ns)
            return e;
    return {};
}

// A XEP-0082 UTC time ("2026-12-03T18:00:00Z", fractions allowed); anything else counts as not said.
QDateTime utcStamp(const QString &text)
{
    if (!text.endsWith(QLatin1Char('Z')) || text.size() > 40)
        return {};
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.isValid() && t.timeSpec() == Qt::UTC ? t : QDateTime();
}

CertificateUse readUse(const QDomElement &used)
{
    CertificateUse use;
    use.reported = true;
    use.first = utcStamp(used.attribute(QStringLiteral("first")));
    use.last = utcStamp(used.attribute(QStringLiteral("last")));
    // A server that says when it was last used but not first (or the reverse) still says it was used.
    if (!use.last.isValid() || (use.first.isValid() && use.first > use.last))
        use.last = std::max(use.first, use.last);
    return use;
}

} // namespace

const SaslCertItem *ItemsListing::find(const QString &name) const
{
    for (const auto &item : items)
        if (item.name == name)
            return &item;
    return nullptr;
}

QVector<RawItem> extractItems(const QDomElement &itemsElement)
{
    QVector<RawItem> raw;
    const QString ns = QString::fromLatin1(saslCertNamespace);
    const QString useNs = QString::fromLatin1(certUseNamespace);
    int index = -1;
    for (auto e = itemsElement.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.tagName() != QLatin1String("item") || e.namespaceURI() != ns)
            continue;
        RawItem item;
        item.index = ++index;
        // One pass over the item's children; the first of each kind counts.
        bool haveName = false;
        bool haveCert = false;
        for (auto c = e.firstChildElement(); !c.isNull(); c = c.nextSiblingElement()) {
            if (c.namespaceURI() == useNs && c.tagName() == QLatin1String("used") && !item.use.reported)
                item.use = readUse(c);
            if (c.namespaceURI() != ns)
                continue;
            const QString tag = c.tagName();
            if (tag == QLatin1String("name") && !std::exchange(haveName, true)) {
                item.name = c.text().trimmed();
            } else if (tag == QLatin1String("x509cert") && !std::exchange(haveCert, true)) {
                item.x509Base64 = c.text().toLatin1();
            } else if (tag == QLatin1String("no-cert-management")) {
                item.noCertManagement = true;
            } else if (tag == QLatin1String("users") && !std::exchange(item.hasUsers, true)) {
                for (auto r = c.firstChildElement(); !r.isNull(); r = r.nextSiblingElement())
                    if (r.tagName() == QLatin1String("resource") && !r.text().trimmed().isEmpty())
                        item.users << r.text().trimmed();
            }
        }
        raw.append(std::move(item));
    }
    return raw;
}

namespace {

// Base64 as servers send it may be wrapped in lines; the cache and the decoder want it without whitespace.
QByteArray withoutWhitespace(const QByteArray &b64)
{
    // Every whitespace byte is below '!', every base64 byte above; one comparison a byte, no early exit, so
    // the compiler can vectorize the common case of no whitespace at all.
    const auto isSpace = [](char c) { return static_cast<unsigned char>(c) <= ' '; };
    bool any = false;
    for (const char c : b64)
        any |= isSpace(c);
    if (!any)
        return b64;
    QByteArray out;
    out.reserve(b64.size());
    for (const char c : b64)
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            out.append(c);
    return out;
}

// Parsed certificates by their base64 text: a listing after every change repeats almost all of them, and a
// hit skips even the base64 decoding. Looked up and filled once per listing, so threads rarely wait.
struct ParseCache
{
    QMutex mutex;
    QHash<QByteArray, CertificateInfo> entries;
};

ParseCache &parseCache()
{
    static ParseCache cache;
    return cache;
}

struct Decoded
{
    QString problem;
    std::optional<CertificateInfo> info;
};

Decoded decode(const QByteArray &b64)
{
    Decoded d;
    if (b64.isEmpty()) {
        d.problem = QCoreApplication::translate("SaslCertParser", "The item has no certificate.");
        return d;
    }
    // Read as the server read it when it accepted the entry: its lenient base64, and the certificate's bytes
    // up to its end (OpenSSL ignores what follows). Whatever the encoding, the identity is the certificate's
    // canonical DER, so a copy under another name, encoded differently, is seen as the same certificate.
    std::optional<QByteArray> der;
    if (auto strict = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors))
        der = std::move(*strict);
    else
        der = decodeBase64AsServer(b64);
    if (!der || der->isEmpty()) {
        d.problem = QCoreApplication::translate("SaslCertParser", "The certificate is not valid base64.");
        return d;
    }
    auto info = parseListedCertificate(*der);
    if (!info)
        d.problem = QCoreApplication::translate("SaslCertParser", "The certificate cannot be read: %1")
                        .arg(info.error().message());
    else
        d.info = std::move(info).value();
    return d;
}

} // namespace

void clearParseCache()
{
    ParseCache &cache = parseCache();
    QMutexLocker lock(&cache.mutex);
    cache.entries.clear();
}

ItemsListing finishItems(const QVector<RawItem> &raw)
{
    QVector<QByteArray> b64;
    b64.reserve(raw.size());
    for (const RawItem &r : raw)
        b64.append(withoutWhitespace(r.x509Base64));

    // Known certificates from the cache; the others decoded and parsed on all cores. A pool of its own,
    // because callers run this on the global pool: blocking there on work queued to the same pool can
    // deadlock when it is full.
    QVector<Decoded> decoded(raw.size());
    QVector<qsizetype> missing;
    ParseCache &cache = parseCache();
    {
        QMutexLocker lock(&cache.mutex);
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (auto it = cache.entries.constFind(b64.at(i)); it != cache.entries.constEnd())
                decoded[i].info = *it;
            else
                missing.append(i);
        }
    }
    static QThreadPool parsePool;
    // One task per thread, each ending by freeing its thread's OpenSSL state (see ThreadStateRelease); the
    // calling thread takes part in blockingMap too, and its state goes the same way.
    const qsizetype tasks = std::min<qsizetype>(missing.size(), std::max(1, parsePool.maxThreadCount()) + 1);
    QVector<qsizetype> starts(tasks);
    std::iota(starts.begin(), starts.end(), 0);
    QtConcurrent::blockingMap(&parsePool, starts, [&](qsizetype start) {
        const ossl::ThreadStateRelease release;
        for (qsizetype k = start; k < missing.size(); k += tasks)
            decoded[missing.at(k)] = decode(b64.at(missing.at(k)));
    });
    if (!missing.isEmpty()) {
        QMutexLocker lock(&cache.mutex);
        if (cache.entries.size() + missing.size() > 50000)
            cache.entries.clear(); // a bound, not a policy: accounts never come near it
        for (const qsizetype i : std::as_const(missing))
            if (decoded.at(i).info)
                cache.entries.insert(b64.at(i), *decoded.at(i).info);
    }

    ItemsListing listing;
    listing.items.reserve(raw.size());
    QSet<QString> seen;
    seen.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const RawItem &r = raw.at(i);
        const auto problem = [&](const QString &reason) {
            listing.problems.append({r.index, r.name, reason});
        };
        if (r.name.isEmpty()) {
            problem(QCoreApplication::translate("SaslCertParser", "The item has no name."));
            continue;
        }
        if (seen.contains(r.name)) {
            problem(QCoreApplication::translate(
                "SaslCertParser", "The name is listed more than once; only the first entry is shown."));
            continue;
        }
        if (!decoded.at(i).info) {
            problem(decoded.at(i).problem);
            continue;
        }
        seen.insert(r.name);
        SaslCertItem item;
        item.name = r.name;
        item.x509Base64 = b64.at(i);
        item.certificate = std::move(*decoded[i].info);
        item.unusualEncoding = item.certificate.der.toBase64() != item.x509Base64;
        item.noCertManagement = r.noCertManagement;
        item.hasUsers = r.hasUsers;
        item.users = r.users;
        item.use = r.use;
        listing.items.append(std::move(item));
    }
    return listing;
}

bool readXmlDocument(QDomDocument &doc, const QByteArray &xml)
{
    // Qt 6.5 added ParseOptions and 6.8 deprecated the bool overloads; 6.4 has only those.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return static_cast<bool>(doc.setContent(xml, QDomDocument::ParseOption::UseNamespaceProcessing));
#else
    return doc.setContent(xml, true);
#endif
}

ItemsListing parseItems(const QDomElement &itemsElement)
{
    return finishItems(extractItems(itemsElement));
}

Result<ItemsListing, SaslCertError> parseItemsXml(const QByteArray &xml)
{
    QDomDocument doc;
    if (!readXmlDocument(doc, xml))
        return fail(SaslCertError{
            SaslCertError::Kind::MalformedReply,
            QCoreApplication::translate("SaslCertParser", "The reply is not well-formed XML.")});
    QDomElement root = doc.documentElement();
    const QString ns = QString::fromLatin1(saslCertNamespace);
    if (root.tagName() == QLatin1String("iq"))
        root = child(root, QStringLiteral("items"));
    if (root.isNull() || root.tagName() != QLatin1String("items") || root.namespaceURI() != ns)
        return fail(SaslCertError{
            SaslCertError::Kind::MalformedReply,
            QCoreApplication::translate("SaslCertParser", "The reply holds no certificate list.")});
    return parseItems(root);
}

} // namespace certdeck
