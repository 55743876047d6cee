#include "AccountStore.h"

#include <QSettings>

namespace certdeck {

AccountSettings StoredAccount::toSettings() const
{
    AccountSettings s;
    s.jid = jid;
    s.host = host;
    s.port = port;
    s.pinnedServerKey = pinnedServerKey;
    return s;
}

AccountStore::AccountStore(QSettings *settings)
    : m_settings(settings ? settings : new QSettings()), m_owned(settings == nullptr)
{}

AccountStore::~AccountStore()
{
    if (m_owned)
        delete m_settings;
}

QString AccountStore::fileName() const
{
    return m_settings->fileName();
}

StoredAccount AccountStore::load() const
{
    StoredAccount a;
    m_settings->beginGroup(QStringLiteral("account"));
    a.jid = m_settings->value(QStringLiteral("jid")).toString();
    a.host = m_settings->value(QStringLiteral("host")).toString();
    const uint port = m_settings->value(QStringLiteral("port")).toUInt();
    a.port = port <= 65535 ? static_cast<quint16>(port) : 0;
    a.pinnedServerKey =
        QByteArray::fromHex(m_settings->value(QStringLiteral("pinnedServerKey")).toByteArray());
    if (a.pinnedServerKey.size() != 32) // a SHA-256 or nothing: a damaged entry must not become a pin
        a.pinnedServerKey.clear();
    a.pinnedServerFingerprint = m_settings->value(QStringLiteral("pinnedServerFingerprint")).toString();
    a.rememberPassword = m_settings->value(QStringLiteral("rememberPassword"), false).toBool();
    a.ownCertificateSha256 =
        QByteArray::fromHex(m_settings->value(QStringLiteral("ownCertificate")).toByteArray());
    m_settings->endGroup();
    return a;
}

void AccountStore::save(const StoredAccount &a)
{
    m_settings->beginGroup(QStringLiteral("account"));
    m_settings->setValue(QStringLiteral("jid"), a.jid);
    m_settings->setValue(QStringLiteral("host"), a.host);
    m_settings->setValue(QStringLiteral("port"), a.port);
    m_settings->setValue(QStringLiteral("pinnedServerKey"), QString::fromLatin1(a.pinnedServerKey.toHex()));
    m_settings->setValue(QStringLiteral("pinnedServerFingerprint"), a.pinnedServerFingerprint);
    m_settings->setValue(QStringLiteral("rememberPassword"), a.rememberPassword);
    m_settings->setValue(QStringLiteral("ownCertificate"),
                         QString::fromLatin1(a.ownCertificateSha256.toHex()));
    m_settings->endGroup();
    m_settings->sync();
}

} // namespace certdeck
