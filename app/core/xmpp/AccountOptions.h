#pragma once

#include "util/Result.h"
#include "xmpp/AccountSession.h"

#include <QCommandLineOption>

class QCommandLineParser;

namespace certdeck {

// The account options the GUI and the CLI share: --jid, --host, --port, --ca-file, --password-file.
class AccountOptions
{
public:
    AccountOptions();
    void addTo(QCommandLineParser &parser) const;
    // The account settings, or why the options are wrong (a sentence for the person who typed them).
    [[nodiscard]] Result<AccountSettings, QString> read(const QCommandLineParser &parser) const;
    [[nodiscard]] QString passwordFile(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_jid;
    QCommandLineOption m_host;
    QCommandLineOption m_port;
    QCommandLineOption m_caFile;
    QCommandLineOption m_passwordFile;
};

} // namespace certdeck
