#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace certdeck {
struct DeviceCredential;
}

namespace certdeck::test {

class ProsodyServer;

// A third-party client (slixmpp) that logs in with a device certificate by SASL EXTERNAL: the phone.
// Milliseconds of CLOCK_MONOTONIC now.
[[nodiscard]] qint64 monotonicMs();

class Phone
{
public:
    // Writes the credential's key and certificate as PEM files for the phone.
    Phone(const ProsodyServer &server, const DeviceCredential &credential, const QString &resource);
    // Uses existing PEM files.
    Phone(const ProsodyServer &server, const QString &certPem, const QString &keyPem,
          const QString &resource);
    ~Phone();

    // Once logged in, the phone adds this certificate to the account (XEP-0257 append) as another client
    // would, then reports "appended" or "append_failed". Call before start().
    void appendOnLogin(const QString &name, const QByteArray &der);
    // The same with the x509cert text exactly as given (another encoding of a certificate, say); repeatable,
    // in order, after appendOnLogin's entry. "appended" is reported once per entry.
    void appendTextOnLogin(const QString &name, const QByteArray &x509certText);
    // After any appends, the phone asks for the account's entries and reports them ("items": name and
    // x509cert text exactly as the server sent them). Call before start().
    void listItemsOnLogin() { m_extraArgs << QStringLiteral("--list-items"); }
    void start();
    // Waits for the event ("bound", "auth_failed", "disconnected"); true if it came within the time.
    [[nodiscard]] bool waitFor(const QString &event, int timeoutMs = 10000);
    [[nodiscard]] bool hasSeen(const QString &event) const;
    [[nodiscard]] QJsonObject last(const QString &event) const;
    // When the phone saw the event: milliseconds of CLOCK_MONOTONIC, comparable with monotonicMs().
    [[nodiscard]] qint64 seenAt(const QString &event) const;
    [[nodiscard]] QString fullJid() const { return m_jid; }
    [[nodiscard]] QString output() const { return m_log; }

private:
    void readLines();

    QTemporaryDir m_dir;
    QString m_cert;
    QString m_key;
    QString m_ca;
    QString m_jid;
    quint16 m_port;
    QProcess m_proc;
    QString m_log;
    QStringList m_extraArgs;
    QList<QPair<QJsonObject, qint64>> m_events;
};

} // namespace certdeck::test
