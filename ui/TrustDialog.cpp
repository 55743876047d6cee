#include "TrustDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace certdeck::ui {

TrustDialog::TrustDialog(const QString &account, const ServerIdentity &identity, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Unverified server certificate"));
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("<p><b>The server for %1 presented a certificate that could not be verified.</b></p>"
                      "<p>This is normal for a private server with its own certificate. It can also mean "
                      "that someone is "
                      "intercepting the connection. Compare the fingerprint with the one your server's "
                      "administrator gives "
                      "you before you trust it.</p>")
                       .arg(account.toHtmlEscaped()),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    const auto addRow = [&](const QString &label, const QString &value) {
        auto *field = new QLabel(value, this);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        field->setWordWrap(true);
        field->setAccessibleName(label);
        form->addRow(label, field);
    };
    addRow(tr("Issued to:"), identity.subject);
    addRow(tr("Issued by:"), identity.issuer);
    addRow(tr("Valid:"), tr("%1 to %2")
                             .arg(QLocale().toString(identity.notBefore.toLocalTime(), QLocale::ShortFormat),
                                  QLocale().toString(identity.notAfter.toLocalTime(), QLocale::ShortFormat)));
    addRow(tr("SHA-256 fingerprint:"), identity.sha256Fingerprint);
    addRow(tr("Problem:"), identity.problems.join(QLatin1Char('\n')));
    layout->addLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    auto *pin = buttons->addButton(tr("Trust and &remember this key"), QDialogButtonBox::AcceptRole);
    auto *once = buttons->addButton(tr("Trust &once"), QDialogButtonBox::AcceptRole);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    pin->setToolTip(tr("Certdeck will accept this key, and only this key, for this account from now on."));
    once->setToolTip(tr("Accept the key for this session only."));
    cancel->setDefault(true); // never a one-keystroke trust
    connect(pin, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TrustAndPin;
        accept();
    });
    connect(once, &QPushButton::clicked, this, [this] {
        m_choice = Choice::TrustOnce;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace certdeck::ui
