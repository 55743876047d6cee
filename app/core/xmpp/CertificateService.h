#pragma once

#include "util/Clock.h"
#include "xmpp/CertificateChanges.h"

#include <QDateTime>
#include <QObject>

namespace certdeck {

// XEP-0257 changes that are checked before they are sent and verified after, because servers may lie:
// mod_client_certs replaces a certificate on a duplicate append and answers "ok" for unknown names.
// Success is reported only when a fresh `items` listing shows the change.
class CertificateService final : public CertificateChanges
{
    Q_OBJECT
public:
    explicit CertificateService(AccountSession *session, const Clock &clock = Clock::system(),
                                QObject *parent = nullptr);

    // Refuses, before anything is sent: a name against the device-name rules (see DeviceName.h) or like
    // one in use, a certificate already on the account under any name, and a certificate that cannot serve
    // this account (expired, another account's, no XMPP address, a CA, too large for a server stanza).
    void append(const QString &name, const QByteArray &der, bool noCertManagement, QObject *context,
                Callback done) override;
    // Refuses a name that does not exist before anything is sent. Removes every entry of the certificate
    // listed under `name` (the same SHA-256 under other names too), and is confirmed only when no entry
    // with that fingerprint remains.
    // `expectedSha256` makes it a retry of an earlier attempt whose outcome was not confirmed: if the
    // certificate with that name is already gone, the fresh listing proves the earlier request worked, and
    // that is reported.
    void disable(const QString &name, QObject *context, Callback done,
                 const QString &expectedSha256 = {}) override;
    // Like disable, and the server closes the sessions that logged in with the certificate. A session counts
    // as closed by the revoke only with evidence: its resource is in the item's <users>, the certificate
    // names it (a full JID), or its "unavailable" arrived before the revoke's answer (Prosody sends the
    // kicked sessions' presence first). Others seen going offline in the grace period are reported apart.
    void revoke(const QString &name, QObject *context, Callback done,
                const QString &expectedSha256 = {}) override;
    // The revoke of one certificate, found by its SHA-256 fingerprint ("AB:CD:…") under whatever names it is
    // listed as now: a name may hold another certificate by the time the person confirms (Prosody replaces
    // on append), and that one must not be the one cut off. `name` is what the person saw. `retry`: an
    // earlier attempt was not confirmed, so a certificate already gone proves it.
    void revokeFingerprint(const QString &sha256, const QString &name, QObject *context, Callback done,
                           bool retry = false) override;
    [[nodiscard]] bool isOnline() const override;

    // How long after the revoke's answer presences are still watched (closed with evidence, or offline
    // at the same time).
    void setRevokeGracePeriod(int milliseconds) { m_graceMs = milliseconds; }

private:
    void removeVerified(ChangeReport::Action action, const QString &name, QObject *context, Callback done,
                        const QString &expectedSha256, bool byFingerprint = false, bool retry = false);
    void sendRemovals(ChangeReport::Action action, QStringList names, bool anySent,
                      AccountSession::DoneCallback done);
    void verify(ChangeReport report, QObject *context, Callback done);
    // Which of the account's sessions with these resources are gone (see AccountSession::probeSessionGone).
    void probeGone(const QStringList &resources, const std::function<void(const QStringList &gone)> &done);
    void reportFailure(const ChangeReport &report, const SaslCertError &error, const Callback &done);

    AccountSession *m_session;
    const Clock &m_clock;
    int m_graceMs = 250;
};

} // namespace certdeck

Q_DECLARE_METATYPE(certdeck::SaslCertError)
