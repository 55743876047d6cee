#include "SaslCertParser.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QHash>
#include <QMutex>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

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
    int index = -1;
    for (auto e = itemsElement.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.tagName() != QLatin1String("item") || e.namespaceURI() != ns)
            continue;
        RawItem item;
        item.index = ++index;
        item.name = child(e, QStringLiteral("name")).text().trimmed();
        item.x509Base64 = child(e, QStringLiteral("x509cert")).text().toLatin1();
        item.noCertManagement = !child(e, QStringLiteral("no-cert-management")).isNull();
        const QDomElement users = child(e, QStringLiteral("users"));
        item.hasUsers = !users.isNull();
        for (auto r = users.firstChildElement(); !r.isNull(); r = r.nextSiblingElement())
            if (r.tagName() == QLatin1String("resource") && !r.text().trimmed().isEmpty())
                item.users << r.text().trimmed();
        raw.append(std::move(item));
    }
    return raw;
}

namespace {

// Parsed certificates by their DER bytes: a listing after every change repeats almost all of them.
Result<CertificateInfo, CryptoError> parseCached(const QByteArray &der)
{
    static QMutex mutex;
    static QHash<QByteArray, CertificateInfo> cache;
    {
        QMutexLocker lock(&mutex);
        if (auto it = cache.constFind(der); it != cache.constEnd())
            return *it;
    }
    auto info = parseCertificate(der);
    if (info) {
        QMutexLocker lock(&mutex);
        if (cache.size() > 50000)
            cache.clear(); // a bound, not a policy: accounts never come near it
        cache.insert(der, *info);
    }
    return info;
}

} // namespace

ItemsListing finishItems(const QVector<RawItem> &raw)
{
    struct Decoded
    {
        QByteArray b64;
        QString problem;
        std::optional<CertificateInfo> info;
    };
    // Certificates are independent: decode and parse them on all cores. A pool of its own, because callers
    // run this on the global pool: blocking there on work queued to the same pool can deadlock when it is
    // full.
    static QThreadPool parsePool;
    const QVector<Decoded> decoded = QtConcurrent::blockingMapped(&parsePool, raw, [](const RawItem &r) {
        Decoded d;
        d.b64 = r.x509Base64;
        d.b64.replace(' ', QByteArray())
            .replace('\n', QByteArray())
            .replace('\r', QByteArray())
            .replace('\t', QByteArray());
        if (d.b64.isEmpty()) {
            d.problem = QCoreApplication::translate("SaslCertParser", "The item has no certificate.");
            return d;
        }
        const auto der = QByteArray::fromBase64Encoding(d.b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!der) {
            d.problem = QCoreApplication::translate("SaslCertParser", "The certificate is not valid base64.");
            return d;
        }
        auto info = parseCached(*der);
        if (!info)
            d.problem = QCoreApplication::translate("SaslCertParser", "The certificate cannot be read: %1")
                            .arg(info.error().message());
        else
            d.info = std::move(info).value();
        return d;
    });

    ItemsListing listing;
    QSet<QString> seen;
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
        item.x509Base64 = decoded.at(i).b64;
        item.certificate = *decoded.at(i).info;
        item.noCertManagement = r.noCertManagement;
        item.hasUsers = r.hasUsers;
        item.users = r.users;
        listing.items.append(std::move(item));
    }
    return listing;
}

ItemsListing parseItems(const QDomElement &itemsElement)
{
    return finishItems(extractItems(itemsElement));
}

Result<ItemsListing, SaslCertError> parseItemsXml(const QByteArray &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
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
