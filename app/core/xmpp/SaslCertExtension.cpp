#include "xmpp/SaslCertExtension.h"

#include "xmpp/SaslCertTypes.h"

#include <QXmlStreamWriter>
#include <QXmppIq.h>

namespace certdeck {
namespace {

// An outgoing XEP-0257 request. Replies are read from the raw element, so parsing is ours alone.
class SaslCertIq final : public QXmppIq
{
public:
    enum class Op
    {
        Items,
        Append,
        Disable,
        Revoke
    };

    SaslCertIq(Op op, QString name = {}, QByteArray der = {}, bool noCertManagement = false)
        : QXmppIq(op == Op::Items ? QXmppIq::Get : QXmppIq::Set), m_op(op), m_name(std::move(name)),
          m_der(std::move(der)), m_noCertManagement(noCertManagement)
    {}

protected:
    void toXmlElementFromChild(QXmlStreamWriter *writer) const override
    {
        static const char *const elements[] = {"items", "append", "disable", "revoke"};
        writer->writeStartElement(QString::fromLatin1(elements[static_cast<int>(m_op)]));
        writer->writeDefaultNamespace(QString::fromLatin1(saslCertNamespace));
        if (m_op != Op::Items)
            writer->writeTextElement(QStringLiteral("name"), m_name);
        if (m_op == Op::Append) {
            writer->writeTextElement(QStringLiteral("x509cert"), QString::fromLatin1(m_der.toBase64()));
            if (m_noCertManagement)
                writer->writeEmptyElement(QStringLiteral("no-cert-management"));
        }
        writer->writeEndElement();
    }

private:
    Op m_op;
    QString m_name;
    QByteArray m_der;
    bool m_noCertManagement;
};

} // namespace

QXmppTask<SaslCertExtension::IqResult> SaslCertExtension::requestItems()
{
    return client()->sendIq(SaslCertIq(SaslCertIq::Op::Items));
}

QXmppTask<SaslCertExtension::IqResult>
SaslCertExtension::requestAppend(const QString &name, const QByteArray &der, bool noCertManagement)
{
    return client()->sendIq(SaslCertIq(SaslCertIq::Op::Append, name, der, noCertManagement));
}

QXmppTask<SaslCertExtension::IqResult> SaslCertExtension::requestDisable(const QString &name)
{
    return client()->sendIq(SaslCertIq(SaslCertIq::Op::Disable, name));
}

QXmppTask<SaslCertExtension::IqResult> SaslCertExtension::requestRevoke(const QString &name)
{
    return client()->sendIq(SaslCertIq(SaslCertIq::Op::Revoke, name));
}

} // namespace certdeck
