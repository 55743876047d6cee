#include "AccountController.h"

#include "model/CertificateListModel.h"

namespace certdeck {
namespace {

// Failures worth retrying by themselves; the others need a person (password, trust, settings).
bool isTransient(ConnectionError::Kind kind)
{
    switch (kind) {
    case ConnectionError::Kind::HostNotFound:
    case ConnectionError::Kind::ConnectionRefused:
    case ConnectionError::Kind::StreamError:
    case ConnectionError::Kind::Timeout:
    case ConnectionError::Kind::Network:
        return true;
    case ConnectionError::Kind::WrongPassword:
    case ConnectionError::Kind::TlsUntrusted:
    case ConnectionError::Kind::PinMismatch:
    case ConnectionError::Kind::TlsUnavailable:
    case ConnectionError::Kind::NoUsableMechanism:
    case ConnectionError::Kind::InvalidSettings:
    case ConnectionError::Kind::CertificateRefused:
    case ConnectionError::Kind::CertificateExpired:
    case ConnectionError::Kind::CertificateNotOffered:
    case ConnectionError::Kind::CertificateUnusable:
    case ConnectionError::Kind::ServerUnproven: // an impostor stays one
    case ConnectionError::Kind::HostileServer:  // reconnecting would only ask for the same stanza again
        return false;
    }
    return false;
}

} // namespace

AccountController::AccountController(AccountSession *session, CertificateListModel *model, QObject *parent)
    : QObject(parent), m_session(session), m_model(model), m_service(session, model->clock())
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        setPhase(Phase::Reconnecting);
        if (m_credential)
            m_session->connectWithCertificate(m_settings, *m_credential);
        else
            m_session->connectToServer(m_settings, m_password);
    });
    connect(m_session, &AccountSession::connected, this, &AccountController::onConnected);
    connect(m_session, &AccountSession::connectionFailed, this, &AccountController::onConnectionFailed);
    connect(m_session, &AccountSession::serverTrustNeeded, this, &AccountController::serverTrustNeeded);
    connect(m_session, &AccountSession::serverKeyChanged, this, &AccountController::serverKeyChanged);
    connect(m_session, &AccountSession::stateChanged, this, [this](ConnectionState state) {
        if (state != ConnectionState::Disconnected)
            return;
        if (!m_sessions.isEmpty()) {
            m_sessions.clear(); // unknown while we are away; the server sends them again after reconnecting
            m_model->setOnlineResources({});
            Q_EMIT onlineSessionsChanged();
        }
    });
    connect(m_session, &AccountSession::ownResourcePresence, this,
            [this](const QString &resource, bool available, const QString &status) {
                if (available)
                    m_sessions.insert(resource, status);
                else
                    m_sessions.remove(resource);
                m_model->setOnlineResources(m_sessions.keys());
                Q_EMIT onlineSessionsChanged();
                if (m_model->useReported())
                    m_useRefresh.start();
            });
    m_useRefresh.setSingleShot(true);
    m_useRefresh.setInterval(400);
    connect(&m_useRefresh, &QTimer::timeout, this, [this] {
        if (m_phase != Phase::Ready || m_session->state() != ConnectionState::Connected)
            return;
        // Answers come in the order of the requests: a change sent after this listing is verified after it.
        m_session->requestItems(this, [this](Result<ItemsListing, SaslCertError> listing) {
            if (listing && m_phase == Phase::Ready && m_session->state() == ConnectionState::Connected)
                applyListing(listing.value());
        });
    });
    followChanges();
}

QVector<OnlineSession> AccountController::describedSessions() const
{
    return certdeck::onlineSessions(m_model->listing(), m_sessions, m_session->resource());
}

void AccountController::setChanges(CertificateChanges *changes)
{
    for (const auto &connection : std::as_const(m_changeConnections))
        disconnect(connection);
    m_changes = changes ? changes : &m_service;
    followChanges();
}

void AccountController::followChanges()
{
    // The listing that verified a change is the table's too; only a change whose outcome is unknown and
    // that brought no listing is followed by one, so the table never shows a stale state.
    m_changeConnections = {
        connect(m_changes, &CertificateChanges::listed, this, &AccountController::applyListing),
        connect(m_changes, &CertificateChanges::changeFailed, this,
                [this](ChangeReport::Action, const QString &, const QString &, const SaslCertError &error) {
                    if (error.outcomeUnknown())
                        refresh();
                })};
}

void AccountController::disable(const QString &name, QObject *context, CertificateChanges::Callback done,
                                const QString &expectedSha256)
{
    m_changes->disable(name, context, std::move(done), expectedSha256);
}

void AccountController::revoke(const QString &name, QObject *context, CertificateChanges::Callback done,
                               const QString &expectedSha256)
{
    m_changes->revoke(name, context, std::move(done), expectedSha256);
}

void AccountController::revokeFingerprint(const QString &sha256, const QString &name, QObject *context,
                                          CertificateChanges::Callback done, bool retry)
{
    m_changes->revokeFingerprint(sha256, name, context, std::move(done), retry);
}

bool AccountController::isOnline() const
{
    return m_changes->isOnline();
}

const SaslCertItem *AccountController::ownCertificate() const
{
    return certdeck::ownCertificate(m_model->listing(), m_model->ownFingerprint());
}

bool AccountController::isOwnCertificate(const QString &name) const
{
    const SaslCertItem *item = m_model->listing().find(name);
    return item && !m_model->ownFingerprint().isEmpty() &&
           item->certificate.sha256 == m_model->ownFingerprint();
}

bool AccountController::isLastManager(const QString &name) const
{
    return certdeck::isLastManager(m_model->listing(), name);
}

RotationPlan AccountController::dueForRotation() const
{
    return certdeck::dueForRotation(m_model->listing(), m_model->ownFingerprint(), m_model->rotationLinks(),
                                    m_model->clock().now());
}

AccountSummary AccountController::summary() const
{
    return summarize(m_model->listing(), m_model->clock().now());
}

void AccountController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void AccountController::reportProblem(const QString &message)
{
    m_lastProblem = message;
    Q_EMIT problem(message);
}

int AccountController::secondsUntilReconnect() const
{
    return m_reconnectTimer.isActive() ? (m_reconnectTimer.remainingTime() + 999) / 1000 : 0;
}

void AccountController::logIn(const AccountSettings &settings, const QString &password)
{
    m_password = password;
    m_credential.reset();
    startLogin(settings);
    m_session->connectToServer(settings, password);
}

void AccountController::logInWithCertificate(const AccountSettings &settings,
                                             const DeviceCredential &credential)
{
    m_password.clear();
    m_credential = credential;
    startLogin(settings);
    m_session->connectWithCertificate(settings, credential);
}

void AccountController::startLogin(const AccountSettings &settings)
{
    m_reconnectTimer.stop();
    m_settings = settings;
    m_attempt = 0;
    m_wasOnline = false;
    m_lastProblem.clear();
    Q_EMIT problemCleared();
    setPhase(Phase::Connecting);
}

void AccountController::logOut()
{
    m_reconnectTimer.stop();
    m_password.clear();
    m_credential.reset();
    m_wasOnline = false;
    m_session->disconnectFromServer();
    setPhase(Phase::Offline);
}

void AccountController::onConnectionFailed(const ConnectionError &error)
{
    const bool lost = m_wasOnline || m_phase == Phase::Reconnecting;
    if (lost && isTransient(error.kind) && (!m_password.isEmpty() || m_credential)) {
        const int delay = m_delays.value(qMin(m_attempt, int(m_delays.size()) - 1), 30000);
        ++m_attempt;
        m_reconnectTimer.start(delay);
        setPhase(Phase::Reconnecting);
        reportProblem(tr("Connection lost: %1 Reconnecting in %n second(s)…", nullptr, (delay + 999) / 1000)
                          .arg(error.message()));
        return;
    }
    m_wasOnline = false;
    setPhase(Phase::Offline);
    reportProblem(error.message());
    if (error.needsPassword())
        Q_EMIT passwordNeeded(error.message());
}

void AccountController::onConnected()
{
    const bool reconnected = m_phase == Phase::Reconnecting;
    m_attempt = 0;
    m_wasOnline = true;
    if (reconnected) {
        m_lastProblem.clear();
        Q_EMIT problemCleared();
    }
    setPhase(Phase::CheckingSupport);
    m_session->checkSupport(this, [this](Result<bool, SaslCertError> supported) {
        if (!supported) {
            setPhase(Phase::Ready);
            reportProblem(supported.error().message());
            return;
        }
        if (!supported.value()) {
            m_model->clear();
            setPhase(Phase::Unsupported);
            reportProblem(SaslCertError{SaslCertError::Kind::Unsupported, {}}.message());
            return;
        }
        refresh();
    });
}

void AccountController::refresh()
{
    if (m_session->state() != ConnectionState::Connected || m_phase == Phase::Unsupported)
        return;
    setPhase(Phase::Loading);
    m_session->requestItems(this, [this](Result<ItemsListing, SaslCertError> listing) {
        if (m_session->state() != ConnectionState::Connected)
            return; // the reconnect will list again
        setPhase(Phase::Ready);
        if (!listing) {
            reportProblem(tr("The certificate list could not be loaded. %1").arg(listing.error().message()));
            return;
        }
        applyListing(listing.value());
    });
}

void AccountController::applyListing(const ItemsListing &listing)
{
    if (!m_lastProblem.isEmpty()) {
        m_lastProblem.clear();
        Q_EMIT problemCleared();
    }
    m_model->setListing(listing);
    if (!listing.problems.isEmpty())
        Q_EMIT itemsSkipped(listing.problems);
    Q_EMIT listingUpdated();
}

} // namespace certdeck
