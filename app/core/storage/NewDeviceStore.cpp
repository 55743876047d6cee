#include "NewDeviceStore.h"

#include <QSettings>
#include <QUrl>

namespace certdeck {
namespace {

QVariantMap toMap(const SeenCertificate &c)
{
    return {{QStringLiteral("name"), c.name},
            {QStringLiteral("sha256"), c.sha256},
            {QStringLiteral("key"), c.keyType}};
}

SeenCertificate fromMap(const QVariantMap &m)
{
    return {m.value(QStringLiteral("name")).toString(), m.value(QStringLiteral("sha256")).toString(),
            m.value(QStringLiteral("key")).toString()};
}

// A fingerprint as Certdeck writes it ("AB:CD:…", 32 bytes): anything else in a damaged file is dropped.
bool isFingerprint(const QString &s)
{
    return s.size() == 95 && QByteArray::fromHex(s.toLatin1()).size() == 32;
}

} // namespace

NewDeviceStore::NewDeviceStore(QSettings *settings)
    : m_settings(settings ? settings : new QSettings()), m_owned(settings == nullptr)
{}

NewDeviceStore::~NewDeviceStore()
{
    if (m_owned)
        delete m_settings;
}

QString NewDeviceStore::group(const QString &account) const
{
    // One group per account; '/' and '@' would be read as key separators or escaped unreadably.
    return QStringLiteral("newDevices/") + QString::fromLatin1(QUrl::toPercentEncoding(account.toLower()));
}

DeviceSnapshot NewDeviceStore::snapshot(const QString &account) const
{
    DeviceSnapshot s;
    m_settings->beginGroup(group(account));
    s.taken = m_settings->value(QStringLiteral("taken"), false).toBool();
    s.time = QDateTime::fromString(m_settings->value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    for (const QVariant &v : m_settings->value(QStringLiteral("certificates")).toList()) {
        const SeenCertificate c = fromMap(v.toMap());
        if (isFingerprint(c.sha256))
            s.certificates.append(c);
    }
    m_settings->endGroup();
    if (!s.time.isValid())
        s.taken = false; // a damaged snapshot is no basis for alarms: the next listing starts again
    return s;
}

void NewDeviceStore::setSnapshot(const QString &account, const DeviceSnapshot &s)
{
    QVariantList list;
    for (const auto &c : s.certificates)
        list.append(toMap(c));
    m_settings->beginGroup(group(account));
    m_settings->setValue(QStringLiteral("taken"), s.taken);
    m_settings->setValue(QStringLiteral("time"), s.time.toUTC().toString(Qt::ISODateWithMs));
    m_settings->setValue(QStringLiteral("certificates"), list);
    m_settings->endGroup();
    m_settings->sync();
}

QSet<QString> NewDeviceStore::acknowledged(const QString &account) const
{
    QSet<QString> out;
    for (const QString &s :
         m_settings->value(group(account) + QStringLiteral("/acknowledged")).toStringList())
        if (isFingerprint(s))
            out.insert(s);
    return out;
}

void NewDeviceStore::addAcknowledged(const QString &account, const QStringList &sha256s)
{
    QStringList all = m_settings->value(group(account) + QStringLiteral("/acknowledged")).toStringList();
    for (const QString &s : sha256s)
        if (!all.contains(s))
            all << s;
    m_settings->setValue(group(account) + QStringLiteral("/acknowledged"), all);
    m_settings->sync(); // "it was me" must not be asked again after a crash
}

QVector<PendingAlert> NewDeviceStore::pending(const QString &account) const
{
    QVector<PendingAlert> out;
    for (const QVariant &v : m_settings->value(group(account) + QStringLiteral("/pending")).toList()) {
        const QVariantMap m = v.toMap();
        PendingAlert a;
        a.event.certificate = fromMap(m);
        a.event.kind = m.value(QStringLiteral("replaced")).toBool() ? DeviceEvent::Kind::Replaced
                                                                    : DeviceEvent::Kind::New;
        a.event.replacedSha256 = m.value(QStringLiteral("replacedSha256")).toString();
        a.since = QDateTime::fromString(m.value(QStringLiteral("since")).toString(), Qt::ISODateWithMs);
        if (isFingerprint(a.event.certificate.sha256))
            out.append(a);
    }
    return out;
}

void NewDeviceStore::setPending(const QString &account, const QVector<PendingAlert> &alerts)
{
    QVariantList list;
    for (const auto &a : alerts) {
        QVariantMap m = toMap(a.event.certificate);
        m.insert(QStringLiteral("replaced"), a.event.kind == DeviceEvent::Kind::Replaced);
        m.insert(QStringLiteral("replacedSha256"), a.event.replacedSha256);
        m.insert(QStringLiteral("since"), a.since.toUTC().toString(Qt::ISODateWithMs));
        list.append(m);
    }
    m_settings->setValue(group(account) + QStringLiteral("/pending"), list);
    m_settings->sync();
}

int NewDeviceStore::intervalMinutes() const
{
    bool ok = false;
    const int minutes =
        m_settings->value(QStringLiteral("newDevices/intervalMinutes"), defaultIntervalMinutes).toInt(&ok);
    return ok && minutes >= 0 && minutes <= 24 * 60 ? minutes : defaultIntervalMinutes;
}

void NewDeviceStore::setIntervalMinutes(int minutes)
{
    m_settings->setValue(QStringLiteral("newDevices/intervalMinutes"), minutes);
    m_settings->sync();
}

} // namespace certdeck
