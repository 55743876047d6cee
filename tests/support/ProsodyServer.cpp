#include "ProsodyServer.h"

#include "TestConfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>

namespace certdeck::test {

ProsodyServer::~ProsodyServer()
{
    stop();
}

bool ProsodyServer::runHarness(const QStringList &args, QByteArray *out)
{
    QProcess proc;
    proc.start(QString::fromLatin1(systemPython), QStringList{QString::fromLatin1(harnessScript)} + args);
    if (!proc.waitForFinished(30000) || proc.exitStatus() != QProcess::NormalExit || proc.exitCode() != 0) {
        m_error = QString::fromUtf8(proc.readAllStandardError()).trimmed();
        if (m_error.isEmpty())
            m_error = proc.errorString();
        return false;
    }
    if (out)
        *out = proc.readAllStandardOutput();
    return true;
}

bool ProsodyServer::start(const Options &options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    QStringList args{QStringLiteral("start"), QStringLiteral("--dir"), m_dir.path()};
    if (!options.saslCert)
        args << QStringLiteral("--no-saslcert");
    if (!options.tls)
        args << QStringLiteral("--no-tls");
    if (options.lenientAppends)
        args << QStringLiteral("--lenient-appends");
    if (!options.useReport)
        args << QStringLiteral("--no-use-report");
    if (options.sasl2 || qEnvironmentVariableIntValue("CERTDECK_TEST_SASL2") == 1)
        args << QStringLiteral("--sasl2");
    for (const QString &user : options.users)
        args << QStringLiteral("--user") << user;
    QByteArray out;
    if (!runHarness(args, &out))
        return false;
    const QJsonObject state = QJsonDocument::fromJson(out).object();
    m_port = static_cast<quint16>(state.value(QStringLiteral("port")).toInt());
    m_pid = state.value(QStringLiteral("pid")).toInteger();
    m_domain = state.value(QStringLiteral("domain")).toString();
    m_caFile = state.value(QStringLiteral("ca_file")).toString();
    m_running = m_port != 0;
    if (!m_running)
        m_error = QStringLiteral("the harness printed no port: ") + QString::fromUtf8(out);
    return m_running;
}

bool ProsodyServer::restart()
{
    QByteArray out;
    if (!runHarness({QStringLiteral("restart"), QStringLiteral("--dir"), m_dir.path()}, &out))
        return false;
    m_pid = QJsonDocument::fromJson(out).object().value(QStringLiteral("pid")).toInteger();
    return m_pid != 0;
}

void ProsodyServer::stop()
{
    if (std::exchange(m_running, false))
        (void)runHarness({QStringLiteral("stop"), QStringLiteral("--dir"), m_dir.path()});
}

bool ProsodyServer::registerUser(const QString &name, const QString &password)
{
    return runHarness({QStringLiteral("register"), QStringLiteral("--dir"), m_dir.path(), name, password});
}

AccountSettings ProsodyServer::settingsFor(const QString &user) const
{
    AccountSettings s;
    s.jid = jid(user);
    s.host = QStringLiteral("127.0.0.1");
    s.port = m_port;
    QFile ca(m_caFile);
    if (ca.open(QIODevice::ReadOnly))
        s.trustedCertificates = QSslCertificate::fromData(ca.readAll(), QSsl::Pem);
    return s;
}

} // namespace certdeck::test
