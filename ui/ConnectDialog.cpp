#include "ConnectDialog.h"

#include "Theme.h"
#include "ui_ConnectDialog.h"
#include "xmpp/Jid.h"

#include <QPushButton>

namespace certdeck::ui {

ConnectDialog::ConnectDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_ui->buttons->button(QDialogButtonBox::Ok)->setDefault(true); // Enter in any field logs in
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setTextFormat(Qt::PlainText); // a server's words are text, never markup
    m_ui->errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ui->errorLabel->setObjectName(QStringLiteral("errorLabel"));
    theme::setTextTone(m_ui->errorLabel, theme::Tone::Bad, false);
    m_ui->statusLabel->hide();
    // A long error wraps inside the dialog instead of widening it off the screen or being cut.
    m_ui->errorLabel->setMinimumWidth(m_ui->intro->sizeHint().width() / 2);
    layout()->setSizeConstraint(QLayout::SetMinimumSize);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &ConnectDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &ConnectDialog::reject);
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
    s.jid = normalizedJid(m_ui->jidEdit->text());
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
    if (!message.isEmpty())
        setBusy(false);
    adjustSize();
}

void ConnectDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *field : {static_cast<QWidget *>(m_ui->jidEdit), static_cast<QWidget *>(m_ui->passwordEdit),
                           static_cast<QWidget *>(m_ui->rememberCheck),
                           static_cast<QWidget *>(m_ui->hostEdit), static_cast<QWidget *>(m_ui->portSpin)})
        field->setEnabled(!busy);
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_ui->statusLabel->setVisible(busy);
    if (busy) {
        m_ui->errorLabel->hide();
        m_ui->buttons->button(QDialogButtonBox::Cancel)->setFocus();
    } else if (m_ui->jidEdit->text().trimmed().isEmpty()) {
        m_ui->jidEdit->setFocus();
    } else {
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
    }
}

void ConnectDialog::finish()
{
    if (!isVisible())
        return;
    m_busy = false;
    QDialog::accept();
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
    if (m_busy)
        return;
    setBusy(true);
    Q_EMIT logInRequested();
}

} // namespace certdeck::ui
