#pragma once

#include "storage/AccountStore.h"
#include "xmpp/AccountSession.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QMessageBox;

namespace certdeck {
class AccountController;
class PasswordStore;
} // namespace certdeck

namespace certdeck::ui {

class ConnectDialog;
class MainWindow;

// From start-up to a working session: the stored account, the keychain, the login dialog, and the trust
// decision for a server whose certificate does not verify. Remembers the account only once a login has
// worked.
class LoginFlow final : public QObject
{
    Q_OBJECT
public:
    LoginFlow(AccountController *controller, MainWindow *window, AccountStore *store,
              PasswordStore *passwords, QObject *parent = nullptr);

    // Log in with these (from the command line) without asking; nothing is stored unless it works.
    void start(const AccountSettings &overrides, const QString &password);
    // Log in with the stored account: this computer's certificate from the keychain if there is one, else the
    // password from the keychain if it is remembered, else ask.
    void start();
    // The same with the account from the command line (no password given): its certificate, else the prompt.
    void startWith(const AccountSettings &overrides);
    // Opens the login dialog (or brings the open one forward with the last problem). It stays open while
    // the login runs and closes once the account is listed; failures show inside it.
    void askForCredentials();
    // This computer was just enrolled: offer once to forget the stored password (the default keeps it).
    void offerToForgetPassword();

Q_SIGNALS:
    // The login dialog has just opened (the start-up probe and tests see it).
    void loginDialogOpened(QWidget *dialog);
    // The trust dialog is about to be shown (tests answer it).
    void trustDialogOpened(QWidget *dialog);
    // The question whether to forget the stored password is about to be asked (tests answer it).
    void forgetPasswordQuestionOpened(QMessageBox *question);

private:
    void logIn(const AccountSettings &settings, const QString &password, bool remember);
    void logInWithPassword(const StoredAccount &stored);
    void onPasswordNeeded(const QString &reason);
    void askLater();
    void onServerTrustNeeded(const ServerIdentity &identity);
    void onListed();
    void followLoginInDialog();

    AccountController *m_controller;
    QPointer<MainWindow> m_window;
    QPointer<ConnectDialog> m_dialog; // the login dialog, while it is open
    AccountStore *m_store;
    PasswordStore *m_passwords;
    AccountSettings m_settings;
    QString m_password;                           // only until the login is saved
    std::optional<DeviceCredential> m_credential; // set while logging in by this computer's certificate
    bool m_remember = false;
    bool m_saved = true;
    QString m_pinnedFingerprint;
};

} // namespace certdeck::ui
