#pragma once

#include "storage/AccountStore.h"
#include "xmpp/AccountSession.h"

#include <QObject>
#include <QPointer>

namespace certdeck {
class AccountController;
class PasswordStore;
} // namespace certdeck

namespace certdeck::ui {

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
    // Log in with the stored account, from the keychain if the password is remembered, else ask.
    void start();
    void askForCredentials();

Q_SIGNALS:
    // The trust dialog is about to be shown (tests answer it).
    void trustDialogOpened(QWidget *dialog);

private:
    void logIn(const AccountSettings &settings, const QString &password, bool remember);
    void onServerTrustNeeded(const ServerIdentity &identity);
    void onListed();

    AccountController *m_controller;
    QPointer<MainWindow> m_window;
    AccountStore *m_store;
    PasswordStore *m_passwords;
    AccountSettings m_settings;
    QString m_password; // only until the login is saved
    bool m_remember = false;
    bool m_saved = true;
    QString m_pinnedFingerprint;
};

} // namespace certdeck::ui
