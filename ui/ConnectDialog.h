#pragma once

#include "xmpp/AccountSession.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace certdeck::ui {

// Asks for the account and the password, and stays open while the login runs: Log in checks the fields and
// asks for the login (logInRequested), the dialog shows that it is logging in, and whoever runs the login
// either closes it with finish() or puts it back with an error (showError). Cancel and Escape reject it.
class ConnectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(QWidget *parent = nullptr);
    ~ConnectDialog() override;

    void setSettings(const AccountSettings &settings);
    [[nodiscard]] AccountSettings settings() const;
    [[nodiscard]] QString password() const;
    void setPassword(const QString &password);
    [[nodiscard]] bool rememberPassword() const;
    void setRememberPassword(bool remember);
    void showError(const QString &message);
    // While logging in the fields and Log in are disabled and the dialog says so; Cancel stays.
    void setBusy(bool busy);
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The login worked: the dialog closes as accepted.
    void finish();

    // Log in (the button, Enter): checks the fields, then asks for the login without closing.
    void accept() override;

Q_SIGNALS:
    void logInRequested();

private:
    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QList<QSslCertificate> m_trusted;
    QByteArray m_pinned;
    bool m_busy = false;
};

} // namespace certdeck::ui
