#include "ConnectDialog.h"

#include "ui_ConnectDialog.h"

#include <QPushButton>

namespace certdeck::ui {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_ui->errorLabel->hide();
}

ConnectDialog::~ConnectDialog() = default;

void ConnectDialog::setSettings(const AccountSettings &settings)
{
    m_ui->jidEdit->setText(settings.jid);
    m_ui->hostEdit->setText(settings.host);
    m_ui->portSpin->setValue(settings.port);
    m_trusted = settings.trustedCertificates;
    m_pinned = settings.pinnedServerKey;
    if (!settings.jid.isEmpty())
        m_ui->passwordEdit->setFocus();
}

AccountSettings ConnectDialog::settings() const
{
    AccountSettings s;
    s.jid = m_ui->jidEdit->text().trimmed();
    s.host = m_ui->hostEdit->text().trimmed();
    s.port = static_cast<quint16>(m_ui->portSpin->value());
    s.trustedCertificates = m_trusted;
    s.pinnedServerKey = m_pinned;
    return s;
}

QString ConnectDialog::password() const
{
    return m_ui->passwordEdit->text();
}

void ConnectDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

bool ConnectDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isChecked();
}

void ConnectDialog::setRememberPassword(bool remember)
{
    m_ui->rememberCheck->setChecked(remember);
}

void ConnectDialog::showError(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void ConnectDialog::accept()
{
    const QString jid = m_ui->jidEdit->text().trimmed();
    const qsizetype at = jid.indexOf(QLatin1Char('@'));
    if (at <= 0 || at == jid.size() - 1 || jid.contains(QLatin1Char('/'))) {
        showError(tr("Enter the account's address, like you@example.org."));
        m_ui->jidEdit->setFocus();
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter the account's password."));
        m_ui->passwordEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace certdeck::ui
