#pragma once

#include "xmpp/AccountSession.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace certdeck::test {

// A throwaway Prosody from tests/harness/prosody_harness.py: own folder, 127.0.0.1, a free port.
// Stopped by PID when this object dies.
class ProsodyServer
{
public:
    struct Options
    {
        bool saslCert = true; // load the patched mod_client_certs
        QStringList users;    // "name:password"
        bool tls = true;      // false: a server that offers no encryption
        // true: mod_client_certs stores and lists appends as sent (a server without the canonical-certificate
        // part of packaging/prosody's fix), so the thief's encodings reach the listing
        bool lenientAppends = false;
        // false: the module reports neither sessions (<users>) nor last use (<used>), as a server without
        // that part of the fix (client_certs_report_use = false)
        bool useReport = true;
        // true: also mod_sasl2, sasl2_bind2 and sasl2_fast (Prosody 13 only); CERTDECK_TEST_SASL2=1 in the
        // environment turns it on for every server a test starts (a rerun of a test on such a server)
        bool sasl2 = false;
    };

    ProsodyServer() = default;
    ~ProsodyServer();
    ProsodyServer(const ProsodyServer &) = delete;
    ProsodyServer &operator=(const ProsodyServer &) = delete;

    [[nodiscard]] bool start(const Options &options);
    [[nodiscard]] bool start() { return start(Options{true, {QStringLiteral("alice:alice-password")}}); }
    void stop();
    // Stops and starts the same server (config, data, port), as an administrator's restart would.
    [[nodiscard]] bool restart();
    [[nodiscard]] bool registerUser(const QString &name, const QString &password);

    [[nodiscard]] AccountSettings settingsFor(const QString &user) const;
    [[nodiscard]] QString jid(const QString &user) const { return user + QLatin1Char('@') + m_domain; }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString caFile() const { return m_caFile; }
    [[nodiscard]] QString domain() const { return m_domain; }
    [[nodiscard]] QString directory() const { return m_dir.path(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    [[nodiscard]] qint64 pid() const { return m_pid; }

private:
    [[nodiscard]] bool runHarness(const QStringList &args, QByteArray *out = nullptr);

    QTemporaryDir m_dir;
    QString m_domain;
    QString m_caFile;
    quint16 m_port = 0;
    qint64 m_pid = 0;
    bool m_running = false;
    QString m_error;
};

} // namespace certdeck::test
