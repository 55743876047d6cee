#include "LoginFlow.h"

#include "ConnectDialog.h"
#include "MainWindow.h"
#include "TrustDialog.h"
#include "controller/AccountController.h"
#include "storage/OwnCredential.h"
#include "storage/PasswordStore.h"

#include <QMessageBox>
#include <QPushButton>
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
    // The certificate cannot log in (revoked, disabled, expired, not offered): the prompt says why. Network
    // trouble never lands here; the controller reports it and retries.
    connect(m_controller, &AccountController::passwordNeeded, this, &LoginFlow::onPasswordNeeded,
            Qt::QueuedConnection);
    followLoginInDialog();
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
    if (stored.jid.isEmpty()) {
        QTimer::singleShot(0, this, &LoginFlow::askForCredentials);
        return;
    }
    // This computer's certificate first; the password only without one.
    loadOwnCredential(m_passwords, stored.jid, this,
                      [this, stored](std::optional<DeviceCredential> credential) {
                          if (!credential)
                              return logInWithPassword(stored);
                          m_settings = stored.toSettings();
                          m_password.clear();
                          m_credential = std::move(credential);
                          m_remember = stored.rememberPassword;
                          m_saved = true; // nothing new to remember
                          m_controller->logInWithCertificate(m_settings, *m_credential);
                      });
}

void LoginFlow::onPasswordNeeded(const QString &reason)
{
    const StoredAccount stored = m_store->load();
    if (!m_credential || stored.jid != m_settings.jid || !stored.rememberPassword)
        return askForCredentials(); // the prompt shows the reason
    // The person chose to keep the password: use it, and say why the certificate was not enough.
    m_passwords->read(stored.jid, this,
                      [this, reason, settings = m_settings](Result<QString, KeychainError> password) {
                          if (!password || password->isEmpty())
                              return askLater();
                          logIn(settings, *password, true);
                          if (m_window) // after the login started, which clears earlier problems
                              m_window->showNotice(NoticeLevel::Warning, reason);
                      });
}

void LoginFlow::startWith(const AccountSettings &overrides)
{
    const StoredAccount stored = m_store->load();
    AccountSettings settings = overrides;
    if (settings.pinnedServerKey.isEmpty() && stored.jid == settings.jid)
        settings.pinnedServerKey = stored.pinnedServerKey;
    m_settings = settings; // the prompt starts from these
    m_remember = stored.jid == settings.jid && stored.rememberPassword;
    loadOwnCredential(m_passwords, settings.jid, this, [this, settings](std::optional<DeviceCredential> own) {
        if (!own)
            return askLater();
        m_password.clear();
        m_credential = std::move(own);
        m_saved = true;
        m_controller->logInWithCertificate(settings, *m_credential);
    });
}

void LoginFlow::logInWithPassword(const StoredAccount &stored)
{
    if (!stored.rememberPassword) {
        askLater();
        return;
    }
    m_passwords->read(stored.jid, this, [this, stored](Result<QString, KeychainError> password) {
        if (!password || password->isEmpty()) {
            askLater();
            return;
        }
        logIn(stored.toSettings(), *password, true);
    });
}

void LoginFlow::askLater()
{
    // Never from inside a keychain answer: the prompt's modal loop would run inside QtKeychain's callback.
    QTimer::singleShot(0, this, &LoginFlow::askForCredentials);
}

void LoginFlow::askForCredentials()
{
    if (!m_window)
        return;
    if (m_dialog) { // already open: show why it is needed again
        m_dialog->showError(m_controller->lastProblem());
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    const StoredAccount stored = m_store->load();
    auto *dialog = new ConnectDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    AccountSettings settings = m_settings.jid.isEmpty() ? stored.toSettings() : m_settings;
    dialog->setSettings(settings);
    dialog->setRememberPassword(m_settings.jid.isEmpty() ? stored.rememberPassword : m_remember);
    if (!m_controller->lastProblem().isEmpty())
        dialog->showError(m_controller->lastProblem());
    connect(dialog, &ConnectDialog::logInRequested, this, [this, dialog] {
        AccountSettings chosen = dialog->settings();
        const StoredAccount current = m_store->load();
        if (chosen.jid != current.jid)
            chosen.pinnedServerKey.clear(); // a pin belongs to one account's server
        logIn(chosen, dialog->password(), dialog->rememberPassword());
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        // Cancel while logging in stops the attempt; nothing is stored.
        using Phase = AccountController::Phase;
        const Phase phase = m_controller->phase();
        if (!m_saved &&
            (phase == Phase::Connecting || phase == Phase::CheckingSupport || phase == Phase::Loading)) {
            m_saved = true;
            m_password.clear();
            m_controller->logOut();
        }
    });
    dialog->open();
    Q_EMIT loginDialogOpened(dialog);
}

void LoginFlow::followLoginInDialog()
{
    // The dialog follows the login it started: busy while connecting, the reason when it fails, closed once
    // the account is listed (onListed).
    connect(m_controller, &AccountController::problem, this, [this](const QString &message) {
        if (m_dialog && m_controller->phase() == AccountController::Phase::Offline)
            m_dialog->showError(message);
    });
    connect(m_controller, &AccountController::phaseChanged, this, [this](AccountController::Phase phase) {
        if (!m_dialog)
            return;
        if (phase == AccountController::Phase::Connecting)
            m_dialog->setBusy(true);
        else if (phase == AccountController::Phase::Ready || phase == AccountController::Phase::Unsupported)
            m_dialog->finish(); // logged in: what follows (the table, or a problem) is the window's
    });
}

void LoginFlow::logIn(const AccountSettings &settings, const QString &password, bool remember)
{
    m_settings = settings;
    m_password = password;
    m_credential.reset();
    m_remember = remember;
    m_saved = false;
    m_controller->logIn(settings, password);
}

void LoginFlow::onServerTrustNeeded(const ServerIdentity &identity)
{
    if (!m_window)
        return;
    QWidget *parent = m_dialog ? static_cast<QWidget *>(m_dialog) : m_window.data();
    auto *dialog = new TrustDialog(m_settings.jid, identity, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog, identity](int result) {
        if (result != QDialog::Accepted || dialog->choice() == TrustDialog::Choice::Cancel)
            return; // the login dialog, if open, still shows why
        const bool pin = dialog->choice() == TrustDialog::Choice::TrustAndPin;
        m_settings.pinnedServerKey = identity.spkiSha256;
        m_pinnedFingerprint = pin ? identity.sha256Fingerprint : QString();
        const AccountSettings once = m_settings;
        if (!pin)
            m_settings.pinnedServerKey.clear(); // trusted for this session only: not for the stored account
        else
            m_saved = false; // the pin is stored once the login works
        if (m_credential)
            m_controller->logInWithCertificate(once, *m_credential);
        else
            m_controller->logIn(once, m_password);
    });
    Q_EMIT trustDialogOpened(dialog);
    dialog->open();
}

void LoginFlow::onListed()
{
    if (m_dialog)
        m_dialog->finish();
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
    if (m_credential) {
        m_store->save(account); // a certificate login changes the pin at most, never the password
        return;
    }
    account.rememberPassword = m_remember;
    m_store->save(account);
    const QString password = std::exchange(m_password, QString());
    if (m_remember)
        m_passwords->write(account.jid, password, this, [this](Status<KeychainError> written) {
            if (!written && m_window)
                m_window->showNotice(NoticeLevel::Warning,
                                     tr("The password could not be stored in the system keychain (%1). "
                                        "Certdeck will ask for it next time.")
                                         .arg(written.error().message()));
        });
    else
        m_passwords->remove(account.jid, this, [](Status<KeychainError>) {});
}

} // namespace certdeck::ui

namespace certdeck::ui {

void LoginFlow::offerToForgetPassword()
{
    StoredAccount account = m_store->load();
    // Only after an enrollment (a rotation keeps its journal until it is done), and only if there is a
    // password to forget.
    if (!m_window || !account.rememberPassword || m_store->pendingOwnRotation())
        return;
    QMessageBox question(QMessageBox::Question, tr("Forget the password?"),
                         tr("This computer now logs in with its own certificate. Forget the account password "
                            "stored in the system keychain?"),
                         QMessageBox::NoButton, m_window);
    question.setInformativeText(tr("Certdeck, its reminders and the automatic rotation of this computer's "
                                   "certificate work without it. You need the password again only if this "
                                   "computer's certificate is revoked, disabled or expires."));
    QPushButton *forget = question.addButton(tr("Forget the password"), QMessageBox::AcceptRole);
    QPushButton *keep = question.addButton(tr("Keep the password"), QMessageBox::RejectRole);
    question.setDefaultButton(keep); // the default keeps what the person chose before
    question.setEscapeButton(keep);
    Q_EMIT forgetPasswordQuestionOpened(&question);
    question.exec();
    if (question.clickedButton() != forget)
        return;
    account.rememberPassword = false;
    m_store->save(account);
    m_remember = false;
    m_passwords->remove(account.jid, this, [this](Status<KeychainError> removed) {
        if (!removed && m_window)
            m_window->showNotice(NoticeLevel::Warning,
                                 tr("The password could not be removed from the system keychain (%1).")
                                     .arg(removed.error().message()));
    });
}

} // namespace certdeck::ui
