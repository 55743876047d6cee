#pragma once
// XEP-0257 requests over QXmpp. Private to certdeck_core.

#include <QXmppClient.h>
#include <QXmppClientExtension.h>
#include <QXmppTask.h>

namespace certdeck {

class SaslCertExtension final : public QXmppClientExtension
{
public:
    using IqResult = QXmppClient::IqResult;

    [[nodiscard]] QXmppTask<IqResult> requestItems();
    [[nodiscard]] QXmppTask<IqResult> requestAppend(const QString &name, const QByteArray &der,
                                                    bool noCertManagement);
    [[nodiscard]] QXmppTask<IqResult> requestDisable(const QString &name);
    [[nodiscard]] QXmppTask<IqResult> requestRevoke(const QString &name);

    bool handleStanza(const QDomElement &) override { return false; }
};

} // namespace certdeck
