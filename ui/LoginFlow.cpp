#include "LoginFlow.h"

#include "ConnectDialog.h"
#include "MainWindow.h"
#include "TrustDialog.h"
#include "model/AccountController.h"
#include "storage/PasswordStore.h"

#include <QTimer>

namespace certdeck::ui {

LoginFlow::LoginFlow(AccountController *controller, MainWindow *window, AccountStore *store,
                     PasswordStore *passwords, QObject *parent)
    : QObject(parent), m_controller(controller), m_window(window), m_store(store), m_passwords(passwords)
{
    // Queued: the dialog must not open inside the failing connection's own signal.
    connect(m_controller, &AccountController::serverTrustNeeded, this, &LoginFlow::onServerTrustNeeded,
            Qt::QueuedConnection);
    connect(m_controller, &AccountController::listingUpdated, this, &LoginFlow::onListed);
    connect(m_controller, &AccountController::phaseChanged, this, [this](AccountController::Phase phase) {
        if (phase == AccountController::Phase::Unsupported)
            onListed(); // the login worked; the server simply lacks XEP-0257
    });
    connect(m_window, &MainWindow::logInRequested, this, &LoginFlow::askForCredentials);
}

void LoginFlow::start(const AccountSettings &overrides, const QString &password)
{
    const StoredAccount stored = m_store->load();
    AccountSettings settings = overrides;
    if (settings.pinnedServerKey.isEmpty() && stored.jid == settings.jid)
        settings.pinnedServerKey = stored.pinnedServerKey;
    logIn(settings, password, stored.rememberPassword && stored.jid == settings.jid);
}

void LoginFlow::start()
{
    const StoredAccount stored = m_store->load();
    if (stored.jid.isEmpty() || !stored.rememberPassword) {
        QTimer::singleShot(0, this, &LoginFlow::askForCredentials);
        return;
    }
    m_passwords->read(stored.jid, this, [this, stored](Result<QString, KeychainError> password) {
        if (!password || password->isEmpty()) {
            askForCredentials();
            return;
        }
        logIn(stored.toSettings(), *password, true);
    });
}

void LoginFlow::askForCredentials()
{
    if (!m_window)
        return;
    const StoredAccount stored = m_store->load();
    ConnectDialog dialog(m_window);
    AccountSettings settings = m_settings.jid.isEmpty() ? stored.toSettings() : m_settings;
    dialog.setSettings(settings);
    dialog.setRememberPassword(m_settings.jid.isEmpty() ? stored.rememberPassword : m_remember);
    if (!m_controller->lastProblem().isEmpty())
        dialog.showError(m_controller->lastProblem());
    if (dialog.exec() != QDialog::Accepted)
        return;
    AccountSettings chosen = dialog.settings();
    if (chosen.jid != stored.jid)
        chosen.pinnedServerKey.clear(); // a pin belongs to one account's server
    logIn(chosen, dialog.password(), dialog.rememberPassword());
}

void LoginFlow::logIn(const AccountSettings &settings, const QString &password, bool remember)
{
    m_settings = settings;
    m_password = password;
    m_remember = remember;
    m_saved = false;
    m_controller->logIn(settings, password);
}

void LoginFlow::onServerTrustNeeded(const ServerIdentity &identity)
{
    if (!m_window)
        return;
    TrustDialog dialog(m_settings.jid, identity, m_window);
    Q_EMIT trustDialogOpened(&dialog);
    if (dialog.exec() != QDialog::Accepted || dialog.choice() == TrustDialog::Choice::Cancel)
        return;
    m_settings.pinnedServerKey = identity.spkiSha256;
    m_pinnedFingerprint =
        dialog.choice() == TrustDialog::Choice::TrustAndPin ? identity.sha256Fingerprint : QString();
    const bool pin = dialog.choice() == TrustDialog::Choice::TrustAndPin;
    AccountSettings once = m_settings;
    if (!pin) {
        // Trusted for this session only: do not let the key reach the stored account.
        m_controller->logIn(once, m_password);
        m_settings.pinnedServerKey.clear();
        return;
    }
    m_controller->logIn(m_settings, m_password);
}

void LoginFlow::onListed()
{
    if (m_saved)
        return;
    m_saved = true;
    StoredAccount account = m_store->load();
    const bool sameAccount = account.jid == m_settings.jid;
    if (!sameAccount)
        account = StoredAccount{};
    account.jid = m_settings.jid;
    account.host = m_settings.host;
    account.port = m_settings.port;
    if (!m_settings.pinnedServerKey.isEmpty()) {
        account.pinnedServerKey = m_settings.pinnedServerKey;
        if (!m_pinnedFingerprint.isEmpty())
            account.pinnedServerFingerprint = m_pinnedFingerprint;
    }
    account.rememberPassword = m_remember;
    m_store->save(account);
    const QString password = std::exchange(m_password, QString());
    if (m_remember)
        m_passwords->write(account.jid, password, this, [this](Status<KeychainError> written) {
            if (!written && m_window)
                m_window->showNotice(1, tr("The password could not be stored in the system keychain (%1). "
                                           "Certdeck will ask for it next time.")
                                            .arg(written.error().message()));
        });
    else
        m_passwords->remove(account.jid, this, [](Status<KeychainError>) {});
}

} // namespace certdeck::ui
