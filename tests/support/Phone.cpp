#include "Phone.h"

#include "ProsodyServer.h"
#include "TestConfig.h"
#include "crypto/DeviceCertificate.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QTest>

#include <ctime>

namespace certdeck::test {
namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

} // namespace

qint64 monotonicMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

Phone::Phone(const ProsodyServer &server, const DeviceCredential &credential, const QString &resource)
    : Phone(server, QString(), QString(), resource)
{
    m_cert = writeFile(m_dir.filePath(QStringLiteral("device.crt")), credential.certificate.pem());
    m_key = writeFile(m_dir.filePath(QStringLiteral("device.key")), credential.privateKeyPem.bytes());
}

Phone::Phone(const ProsodyServer &server, const QString &certPem, const QString &keyPem,
             const QString &resource)
    : m_cert(certPem), m_key(keyPem), m_ca(server.caFile()),
      m_jid(server.jid(QStringLiteral("alice")) + QLatin1Char('/') + resource), m_port(server.port())
{
    QObject::connect(&m_proc, &QProcess::readyReadStandardOutput, [this] { readLines(); });
}

Phone::~Phone()
{
    if (m_proc.state() != QProcess::NotRunning) {
        m_proc.terminate();
        if (!m_proc.waitForFinished(3000))
            m_proc.kill();
        m_proc.waitForFinished(1000);
    }
}

void Phone::appendOnLogin(const QString &name, const QByteArray &der)
{
    m_extraArgs << QStringLiteral("--append-name") << name << QStringLiteral("--append-der")
                << writeFile(m_dir.filePath(QStringLiteral("append.der")), der);
}

void Phone::appendTextOnLogin(const QString &name, const QByteArray &x509certText)
{
    const QString file = m_dir.filePath(QStringLiteral("append-%1.b64").arg(m_extraArgs.size()));
    m_extraArgs << QStringLiteral("--append-b64") << name << writeFile(file, x509certText);
}

void Phone::start()
{
    m_proc.start(QString::fromLatin1(systemPython),
                 QStringList{QString::fromLatin1(slixmppPhone), QStringLiteral("--jid"), m_jid,
                             QStringLiteral("--cert"), m_cert, QStringLiteral("--key"), m_key,
                             QStringLiteral("--ca"), m_ca, QStringLiteral("--port"),
                             QString::number(m_port)} +
                     m_extraArgs);
}

void Phone::readLines()
{
    while (m_proc.canReadLine()) {
        const QByteArray line = m_proc.readLine();
        m_log += QString::fromUtf8(line);
        const QJsonObject obj = QJsonDocument::fromJson(line).object();
        // The phone stamps each event with CLOCK_MONOTONIC, the clock QElapsedTimer uses here too.
        const qint64 at = obj.contains(QStringLiteral("mono_ms"))
                              ? qint64(obj.value(QStringLiteral("mono_ms")).toDouble())
                              : monotonicMs();
        if (!obj.isEmpty())
            m_events.append({obj, at});
    }
}

bool Phone::hasSeen(const QString &event) const
{
    return seenAt(event) >= 0;
}

qint64 Phone::seenAt(const QString &event) const
{
    for (const auto &[obj, at] : m_events)
        if (obj.value(QStringLiteral("event")).toString() == event)
            return at;
    return -1;
}

QJsonObject Phone::last(const QString &event) const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it)
        if (it->first.value(QStringLiteral("event")).toString() == event)
            return it->first;
    return {};
}

bool Phone::waitFor(const QString &event, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!hasSeen(event) && !deadline.hasExpired()) {
        // Poll rather than block: the test's own XMPP session must keep running meanwhile.
        readLines();
        if (!hasSeen(event))
            QTest::qWait(5);
    }
    return hasSeen(event);
}

} // namespace certdeck::test
