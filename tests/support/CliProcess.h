#pragma once

#include <QString>
#include <QStringList>

namespace certdeck::test {

class ProsodyServer;

// What one certdeck-cli run left: its exit code (-1 if it crashed or did not end in time) and its output.
struct CliRun
{
    int code = -1;
    QString out;
    QString err;
};

// certdeck-cli run as a separate process the way a person's terminal runs it: LANG only (LC_ALL and the
// suite's other locale variables removed), its own XDG folders under `profile`, logged in to `user` on the
// harness server with the password passed in an environment variable.
class CliProcess
{
public:
    CliProcess(const ProsodyServer &server, QString profile, QString user = QStringLiteral("alice"),
               QString password = QStringLiteral("alice-password"));

    [[nodiscard]] CliRun run(const QStringList &args, int timeoutMs = 30000) const;

private:
    const ProsodyServer &m_server;
    QString m_profile;
    QString m_user;
    QString m_password;
};

} // namespace certdeck::test
