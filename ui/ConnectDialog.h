#pragma once

#include "xmpp/AccountSession.h"

#include <QDialog>

#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace certdeck::ui {

// Asks for the account and the password.
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

    void accept() override;

private:
    std::unique_ptr<Ui::ConnectDialog> m_ui;
    QList<QSslCertificate> m_trusted;
    QByteArray m_pinned;
};

} // namespace certdeck::ui
