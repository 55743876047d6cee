#include "SaslCertParser.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QSet>

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

ItemsListing parseItems(const QDomElement &itemsElement)
{
    ItemsListing listing;
    QSet<QString> seen;
    const QString ns = QString::fromLatin1(saslCertNamespace);
    int index = -1;
    for (auto e = itemsElement.firstChildElement(); !e.isNull(); e = e.nextSiblingElement()) {
        if (e.tagName() != QLatin1String("item") || e.namespaceURI() != ns)
            continue;
        ++index;
        const QString name = child(e, QStringLiteral("name")).text().trimmed();
        const auto problem = [&](const QString &reason) { listing.problems.append({index, name, reason}); };
        if (name.isEmpty()) {
            problem(QCoreApplication::translate("SaslCertParser", "The item has no name."));
            continue;
        }
        if (seen.contains(name)) {
            problem(QCoreApplication::translate(
                "SaslCertParser", "The name is listed more than once; only the first entry is shown."));
            continue;
        }
        QByteArray b64 = child(e, QStringLiteral("x509cert")).text().toLatin1();
        b64.replace(' ', QByteArray())
            .replace('\n', QByteArray())
            .replace('\r', QByteArray())
            .replace('\t', QByteArray());
        if (b64.isEmpty()) {
            problem(QCoreApplication::translate("SaslCertParser", "The item has no certificate."));
            continue;
        }
        const auto decoded = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            problem(QCoreApplication::translate("SaslCertParser", "The certificate is not valid base64."));
            continue;
        }
        auto info = parseCertificate(*decoded);
        if (!info) {
            problem(QCoreApplication::translate("SaslCertParser", "The certificate cannot be read: %1")
                        .arg(info.error().message()));
            continue;
        }
        seen.insert(name);
        SaslCertItem item;
        item.name = name;
        item.x509Base64 = b64;
        item.certificate = std::move(info).value();
        item.noCertManagement = !child(e, QStringLiteral("no-cert-management")).isNull();
        const QDomElement users = child(e, QStringLiteral("users"));
        item.hasUsers = !users.isNull();
        for (auto r = users.firstChildElement(); !r.isNull(); r = r.nextSiblingElement())
            if (r.tagName() == QLatin1String("resource") && !r.text().trimmed().isEmpty())
                item.users << r.text().trimmed();
        listing.items.append(std::move(item));
    }
    return listing;
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
