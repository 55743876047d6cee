#include "CliProcess.h"

#include "ProsodyServer.h"
#include "TestConfig.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace certdeck::test {

CliProcess::CliProcess(const ProsodyServer &server, QString profile, QString user, QString password)
    : m_server(server), m_profile(std::move(profile)), m_user(std::move(user)),
      m_password(std::move(password))
{}

CliRun CliProcess::run(const QStringList &args, int timeoutMs) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANGUAGE"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_profile + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_profile + QStringLiteral("/config"));
    env.insert(QStringLiteral("CERTDECK_TEST_PASSWORD"), m_password);
    QProcess proc;
    proc.setProcessEnvironment(env);
    proc.start(QString::fromLatin1(cliPath),
               args + QStringList{QStringLiteral("--jid"), m_server.jid(m_user), QStringLiteral("--host"),
                                  QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                  QString::number(m_server.port()), QStringLiteral("--ca-file"),
                                  m_server.caFile(), QStringLiteral("--password-env"),
                                  QStringLiteral("CERTDECK_TEST_PASSWORD")});
    proc.closeWriteChannel();
    CliRun r;
    if (!proc.waitForFinished(timeoutMs)) {
        proc.kill();
        proc.waitForFinished();
        return r;
    }
    r.code = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    r.out = QString::fromUtf8(proc.readAllStandardOutput());
    r.err = QString::fromUtf8(proc.readAllStandardError());
    return r;
}

} // namespace certdeck::test
