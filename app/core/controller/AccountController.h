#pragma once

#include "model/DeviceUse.h"

#include "model/AccountRules.h"
#include "xmpp/AccountSession.h"
#include "xmpp/CertificateService.h"

#include <QMap>
#include <QObject>
#include <QTimer>

#include <optional>

namespace certdeck {

class CertificateListModel;

// Drives one account for the window: log in, check XEP-0257 support, list, refresh after every change and
// every reconnect, follow the account's other sessions through presence, and reconnect after a lost
// connection. It owns no widgets; the window shows what it reports.
class AccountController final : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        Offline,
        Connecting,
        CheckingSupport,
        Loading,
        Ready,
        Unsupported,
        Reconnecting
    };
    Q_ENUM(Phase)

    AccountController(AccountSession *session, CertificateListModel *model, QObject *parent = nullptr);

    void logIn(const AccountSettings &settings, const QString &password);
    // Logs in with this computer's certificate (SASL EXTERNAL). When that cannot work, passwordNeeded() says
    // why; network trouble is reported (and retried) as with the password.
    void logInWithCertificate(const AccountSettings &settings, const DeviceCredential &credential);
    void logOut();
    void refresh();
    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] AccountSession *session() const { return m_session; }
    // The certificate changes: the real service unless setChanges() put another in its place.
    [[nodiscard]] CertificateChanges *service() const { return m_changes; }
    // Puts another implementation (tests: a scripted one) in front of the account; not owned, and must
    // outlive the controller or be replaced first. nullptr goes back to the real service.
    void setChanges(CertificateChanges *changes);
    [[nodiscard]] CertificateListModel *model() const { return m_model; }
    [[nodiscard]] const AccountSettings &settings() const { return m_settings; }
    // The account's other sessions online now: resource -> status text.
    [[nodiscard]] QMap<QString, QString> onlineSessions() const { return m_sessions; }
    // The same, with the sessions the server ties to certificates, each with its device.
    [[nodiscard]] QVector<OnlineSession> describedSessions() const;
    [[nodiscard]] QString lastProblem() const { return m_lastProblem; }

    // The changes a person asks for in the window, sent through the certificate changes (checked before,
    // verified after; see CertificateService). `expectedSha256` / `retry`: a retry of an unconfirmed attempt.
    void disable(const QString &name, QObject *context, CertificateChanges::Callback done,
                 const QString &expectedSha256 = {});
    void revoke(const QString &name, QObject *context, CertificateChanges::Callback done,
                const QString &expectedSha256 = {});
    void revokeFingerprint(const QString &sha256, const QString &name, QObject *context,
                           CertificateChanges::Callback done, bool retry = false);

    // What the window asks before it offers or words an action (the rules are in AccountRules.h).
    // Logged in now: changes can be sent (the certificate changes say so).
    [[nodiscard]] bool isOnline() const;
    [[nodiscard]] const SaslCertItem *ownCertificate() const;
    [[nodiscard]] bool isOwnCertificate(const QString &name) const;
    [[nodiscard]] bool isLastManager(const QString &name) const;
    [[nodiscard]] RotationPlan dueForRotation() const;
    [[nodiscard]] AccountSummary summary() const;
    // Delays between reconnection attempts, in milliseconds; the last one repeats.
    void setReconnectDelays(QList<int> delays) { m_delays = std::move(delays); }
    [[nodiscard]] int secondsUntilReconnect() const;

Q_SIGNALS:
    void phaseChanged(certdeck::AccountController::Phase phase);
    // Something a person must know; shown inline, not as a modal box.
    void problem(const QString &message);
    void problemCleared();
    // Items the server sent that could not be shown.
    void itemsSkipped(const QVector<certdeck::ItemProblem> &problems);
    void listingUpdated();
    void onlineSessionsChanged();
    void serverTrustNeeded(const certdeck::ServerIdentity &identity);
    void serverKeyChanged(const certdeck::ServerIdentity &presented);
    // The certificate login was refused, expired, not offered or unusable: the reason, for the password
    // prompt.
    void passwordNeeded(const QString &reason);

private:
    void setPhase(Phase phase);
    // What both logins do first: forget the last attempt's state and problem, and say "connecting".
    void startLogin(const AccountSettings &settings);
    void onConnected();
    void onConnectionFailed(const ConnectionError &error);
    void reportProblem(const QString &message);
    void applyListing(const ItemsListing &listing);
    void followChanges();

    AccountSession *m_session;
    CertificateListModel *m_model;
    CertificateService m_service;
    CertificateChanges *m_changes = &m_service;
    QList<QMetaObject::Connection> m_changeConnections;
    AccountSettings m_settings;
    QString m_password;                           // kept only in memory, to reconnect
    std::optional<DeviceCredential> m_credential; // the certificate login's, to reconnect
    Phase m_phase = Phase::Offline;
    QMap<QString, QString> m_sessions;
    QString m_lastProblem;
    QTimer m_reconnectTimer;
    // A session came or went on a server that ties sessions to certificates: list again, quietly, for the
    // rows' online state and last use. Coalesced; the phase and the actions stay as they are.
    QTimer m_useRefresh;
    QList<int> m_delays{1000, 2000, 5000, 10000, 30000};
    int m_attempt = 0;
    bool m_wasOnline = false;
};

} // namespace certdeck
