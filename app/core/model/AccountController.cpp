#include "AccountController.h"

#include "model/CertificateListModel.h"

namespace certdeck {

AccountController::AccountController(AccountSession *session, CertificateListModel *model, QObject *parent)
    : QObject(parent), m_session(session), m_model(model)
{
    connect(m_session, &AccountSession::connected, this, &AccountController::onConnected);
    connect(m_session, &AccountSession::connectionFailed, this, [this](const ConnectionError &error) {
        setPhase(Phase::Offline);
        Q_EMIT problem(error.message());
    });
    connect(m_session, &AccountSession::stateChanged, this, [this](ConnectionState state) {
        if (state == ConnectionState::Disconnected && m_phase != Phase::Unsupported)
            setPhase(Phase::Offline);
    });
}

void AccountController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void AccountController::logIn(const AccountSettings &settings, const QString &password)
{
    Q_EMIT problemCleared();
    setPhase(Phase::Connecting);
    m_session->connectToServer(settings, password);
}

void AccountController::onConnected()
{
    setPhase(Phase::CheckingSupport);
    m_session->checkSupport(this, [this](Result<bool, SaslCertError> supported) {
        if (!supported) {
            setPhase(Phase::Ready);
            Q_EMIT problem(supported.error().message());
            return;
        }
        if (!supported.value()) {
            m_model->clear();
            setPhase(Phase::Unsupported);
            Q_EMIT problem(SaslCertError{SaslCertError::Kind::Unsupported, {}}.message());
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
        setPhase(Phase::Ready);
        if (!listing) {
            Q_EMIT problem(tr("The certificate list could not be loaded. %1").arg(listing.error().message()));
            return;
        }
        Q_EMIT problemCleared();
        m_model->setListing(listing.value());
        if (!listing->problems.isEmpty())
            Q_EMIT itemsSkipped(listing->problems);
        Q_EMIT listingUpdated();
    });
}

} // namespace certdeck
