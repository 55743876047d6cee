#pragma once

#include "cli/CliOptions.h"
#include "xmpp/AccountSession.h"

#include <QObject>

namespace certdeck::cli {

// Runs one command against the server and quits the event loop with its exit code.
class CliRunner final : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);
    void start(const QString &password);

private:
    void runCommand();
    void runList();
    void finish(int code);
    void printError(const QString &message);

    CliOptions m_options;
    AccountSession m_session;
    bool m_finished = false;
};

} // namespace certdeck::cli
