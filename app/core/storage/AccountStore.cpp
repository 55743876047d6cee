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

namespace certdeck {

std::optional<RotationJournal> AccountStore::pendingOwnRotation() const
{
    m_settings->beginGroup(QStringLiteral("rotation"));
    RotationJournal j;
    j.oldName = m_settings->value(QStringLiteral("oldName")).toString();
    j.newName = m_settings->value(QStringLiteral("newName")).toString();
    j.oldSha256 = QByteArray::fromHex(m_settings->value(QStringLiteral("oldSha256")).toByteArray());
    j.newSha256 = QByteArray::fromHex(m_settings->value(QStringLiteral("newSha256")).toByteArray());
    j.disableAfterNewLogin = m_settings->value(QStringLiteral("disableAfterNewLogin"), false).toBool();
    m_settings->endGroup();
    if (j.oldName.isEmpty() || j.newName.isEmpty() || j.newSha256.size() != 32)
        return std::nullopt;
    return j;
}

void AccountStore::setPendingOwnRotation(const std::optional<RotationJournal> &j)
{
    m_settings->remove(QStringLiteral("rotation"));
    if (j) {
        m_settings->beginGroup(QStringLiteral("rotation"));
        m_settings->setValue(QStringLiteral("oldName"), j->oldName);
        m_settings->setValue(QStringLiteral("newName"), j->newName);
        m_settings->setValue(QStringLiteral("oldSha256"), QString::fromLatin1(j->oldSha256.toHex()));
        m_settings->setValue(QStringLiteral("newSha256"), QString::fromLatin1(j->newSha256.toHex()));
        if (j->disableAfterNewLogin)
            m_settings->setValue(QStringLiteral("disableAfterNewLogin"), true);
        m_settings->endGroup();
    }
    m_settings->sync(); // the journal must be on disk before the step it protects
}

QMap<QString, QString> AccountStore::rotationLinks() const
{
    QMap<QString, QString> links;
    const QVariantMap stored = m_settings->value(QStringLiteral("rotationLinks")).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        links.insert(it.key(), it.value().toString());
    return links;
}

void AccountStore::setRotationLinks(const QMap<QString, QString> &links)
{
    QVariantMap stored;
    for (auto it = links.cbegin(); it != links.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(QStringLiteral("rotationLinks"), stored);
    m_settings->sync();
}

Pkcs12Format AccountStore::p12Format(const QByteArray &sha256) const
{
    const QStringList older = m_settings->value(QStringLiteral("olderPhonesP12")).toStringList();
    return older.contains(QString::fromLatin1(sha256.toHex())) ? Pkcs12Format::OlderPhones
                                                               : Pkcs12Format::Current;
}

void AccountStore::setP12Format(const QByteArray &sha256, Pkcs12Format format)
{
    // Only the exception is kept: current is what an unknown certificate gets anyway.
    QStringList older = m_settings->value(QStringLiteral("olderPhonesP12")).toStringList();
    const QString key = QString::fromLatin1(sha256.toHex());
    older.removeAll(key);
    if (format == Pkcs12Format::OlderPhones)
        older << key;
    m_settings->setValue(QStringLiteral("olderPhonesP12"), older);
    m_settings->sync();
}

bool AccountStore::autoRotateOwn() const
{
    return m_settings->value(QStringLiteral("policy/autoRotateOwn"), true).toBool();
}

void AccountStore::setAutoRotateOwn(bool enabled)
{
    m_settings->setValue(QStringLiteral("policy/autoRotateOwn"), enabled);
}

QStringList AccountStore::sentReminders() const
{
    return m_settings->value(QStringLiteral("policy/sentReminders")).toStringList();
}

void AccountStore::setSentReminders(const QStringList &keys)
{
    m_settings->setValue(QStringLiteral("policy/sentReminders"), keys);
    m_settings->sync();
}

} // namespace certdeck
