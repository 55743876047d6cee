#include "LostDeviceDialog.h"

#include "Accessibility.h"

#include "Theme.h"

#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "model/ProofText.h"
#include "util/DisplayText.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace certdeck::ui {
namespace {

QString step(const QWidget *on, bool ok, const QString &text)
{
    // A tick or a cross in words' company: the result never depends on colour alone.
    const QColor color = theme::text(ok ? theme::Tone::Good : theme::Tone::Bad, on->palette());
    return QStringLiteral("<tr><td style='color:%1'><b>%2</b></td><td>%3</td></tr>")
        .arg(theme::css(color), ok ? QStringLiteral("✔") : QStringLiteral("✘"), text.toHtmlEscaped());
}

} // namespace

LostDeviceDialog::LostDeviceDialog(AccountController *controller, CertificateListModel *model,
                                   const QString &device, QWidget *parent)
    : QDialog(parent), m_controller(controller), m_model(model), m_pages(new QStackedWidget(this)),
      m_deviceCombo(new QComboBox(this)), m_extraWarning(new QLabel(this)), m_understand(new QCheckBox(this)),
      m_confirmEdit(new QLineEdit(this)), m_revokeButton(new QPushButton(tr("Revoke and log out now"), this)),
      m_confirmHint(new QLabel(this)), m_steps(new QLabel(this)), m_result(new QLabel(this)),
      m_retryButton(new QPushButton(tr("&Retry"), this))
{
    setWindowTitle(tr("Lost or stolen device"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // Page 1: what will happen, and a deliberate confirmation.
    auto *confirmPage = new QWidget(this);
    auto *c = new QVBoxLayout(confirmPage);
    auto *title = new QLabel(tr("<h2>Cut off a lost or stolen device</h2>"), confirmPage);
    theme::setTextTone(title, theme::Tone::Bad);
    c->addWidget(title);
    auto *form = new QFormLayout;
    for (const auto &item : m_model->listing().items)
        m_deviceCombo->addItem(visibleControls(item.name), item.name); // shown visibly, kept exactly
    // An entry Certdeck cannot read may still log in: it is revoked by its name.
    for (const auto &problem : m_model->listing().problems)
        if (!problem.name.isEmpty() && m_deviceCombo->findData(problem.name) < 0)
            m_deviceCombo->addItem(tr("%1 (unreadable entry)").arg(visibleControls(problem.name)),
                                   problem.name);
    selectDevice(device);
    m_deviceCombo->setAccessibleName(tr("Device to revoke"));
    form->addRow(tr("&Device:"), m_deviceCombo);
    c->addLayout(form);
    auto *explain = new QLabel(
        tr("<p>What happens now:</p><ul>"
           "<li>The device is logged out <b>right now</b>, and it can never log in with this certificate "
           "again.</li>"
           "<li>What it already downloaded (messages, files) stays on it.</li>"
           "<li>If the device ever knew the account's password, change the password too.</li></ul>"),
        confirmPage);
    explain->setWordWrap(true);
    c->addWidget(explain);
    m_extraWarning->setWordWrap(true);
    m_extraWarning->setStyleSheet(
        QStringLiteral("QLabel { %1 padding: 6px; }").arg(theme::bannerStyle(NoticeLevel::Error, palette())));
    c->addWidget(m_extraWarning);
    m_understand->setObjectName(QString::fromLatin1(understandCheckName));
    c->addWidget(m_understand);
    auto *typeLabel = new QLabel(confirmPage);
    typeLabel->setWordWrap(true);
    c->addWidget(typeLabel);
    m_confirmEdit->setObjectName(QString::fromLatin1(confirmEditName));
    m_confirmEdit->setAccessibleName(tr("Type the device name to confirm"));
    typeLabel->setBuddy(m_confirmEdit);
    c->addWidget(m_confirmEdit);
    // Why Enter did not move on: next to the field, and in its accessible description for screen readers.
    m_confirmHint->setObjectName(QString::fromLatin1(confirmHintName));
    m_confirmHint->setWordWrap(true);
    m_confirmHint->setTextFormat(Qt::PlainText);
    theme::setTextTone(m_confirmHint, theme::Tone::Bad);
    m_confirmHint->hide();
    c->addWidget(m_confirmHint);
    auto *buttons = new QDialogButtonBox(confirmPage);
    m_revokeButton->setObjectName(QString::fromLatin1(revokeButtonName));
    m_revokeButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    m_revokeButton->setAutoDefault(false); // Enter never revokes by accident
    m_revokeButton->setDefault(false);
    buttons->addButton(m_revokeButton, QDialogButtonBox::DestructiveRole);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    // No default button on this page: Enter in the name field must neither revoke nor close the dialog
    // silently. It moves to Revoke once the name matches (then Space revokes); Escape cancels.
    cancel->setAutoDefault(false);
    cancel->setDefault(false);
    c->addWidget(buttons);
    m_pages->addWidget(confirmPage);

    // Page 2: the proof.
    auto *resultPage = new QWidget(this);
    auto *r = new QVBoxLayout(resultPage);
    m_steps->setObjectName(QStringLiteral("steps"));
    m_steps->setTextFormat(Qt::RichText);
    m_steps->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText); // a device name is text, never markup
    // Focusable, so the proof is where the focus goes and a screen reader reads it (its name is its text).
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_result->setFocusPolicy(Qt::StrongFocus);
    r->addWidget(m_steps);
    r->addWidget(m_result);
    r->addStretch();
    auto *resultButtons = new QDialogButtonBox(resultPage);
    m_retryButton->setObjectName(QString::fromLatin1(retryButtonName));
    resultButtons->addButton(m_retryButton, QDialogButtonBox::ActionRole);
    auto *close = resultButtons->addButton(QDialogButtonBox::Close);
    close->setDefault(true); // on the result page Enter closes
    r->addWidget(resultButtons);
    m_pages->addWidget(resultPage);

    const auto relabel = [this, typeLabel] {
        typeLabel->setText(tr("To confirm, type the device's name (<b>%1</b>):")
                               .arg(visibleControls(this->device()).toHtmlEscaped()));
        m_confirmEdit->clear();
        updateWarning();
        updateConfirm();
    };
    connect(m_deviceCombo, &QComboBox::currentTextChanged, this, relabel);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, &LostDeviceDialog::updateConfirm);
    connect(m_understand, &QCheckBox::toggled, this, &LostDeviceDialog::updateConfirm);
    connect(m_confirmEdit, &QLineEdit::textChanged, this, [this] { showConfirmHint({}); });
    connect(m_confirmEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_revokeButton->isEnabled())
            m_revokeButton->setFocus();
        else
            showConfirmHint(blockedReason());
    });
    connect(m_revokeButton, &QPushButton::clicked, this, &LostDeviceDialog::startRevoke);
    connect(m_retryButton, &QPushButton::clicked, this, &LostDeviceDialog::startRevoke);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_controller, &AccountController::phaseChanged, this,
            [this] { m_retryButton->setEnabled(m_controller->isOnline()); });
    relabel();
    m_confirmEdit->setFocus();
}

QString LostDeviceDialog::device() const
{
    return m_deviceCombo->currentData().toString();
}

void LostDeviceDialog::selectDevice(const QString &name)
{
    if (const int index = m_deviceCombo->findData(name); index >= 0)
        m_deviceCombo->setCurrentIndex(index);
}

QString LostDeviceDialog::resultText() const
{
    return m_result->text();
}

void LostDeviceDialog::updateWarning()
{
    QStringList warnings;
    if (m_controller->isOwnCertificate(device()))
        warnings << tr(
            "This is <b>this computer's own certificate</b>. Certdeck on this computer will no longer be "
            "able to log in with it.");
    if (m_controller->isLastManager(device()))
        warnings << tr(
            "This is the <b>last certificate that may manage devices</b>. After it is revoked, only "
            "the account password can add or remove device certificates.");
    m_extraWarning->setText(warnings.join(QStringLiteral("<br><br>")));
    m_extraWarning->setVisible(!warnings.isEmpty());
    m_understand->setText(tr("I understand, revoke it anyway"));
    m_understand->setVisible(!warnings.isEmpty());
    m_understand->setChecked(false);
}

bool LostDeviceDialog::isPinnedDevice() const
{
    const SaslCertItem *item = m_model->itemAt(m_model->rowOf(device()));
    return !m_pinnedSha256.isEmpty() && item && item->certificate.sha256Fingerprint() == m_pinnedSha256;
}

bool LostDeviceDialog::canConfirm() const
{
    // From the new-device alert, "No — cut it off" was the deliberate answer about this very certificate:
    // the name need not be typed again (the revoke button is still never the default).
    const bool typed =
        (!device().isEmpty() && (m_confirmEdit->text().trimmed() == device() ||
                                 m_confirmEdit->text().trimmed() == visibleControls(device()))) ||
        isPinnedDevice();
    // A second warning (own certificate, last manager) needs its own explicit tick.
    const bool warned = !m_extraWarning->text().isEmpty();
    return typed && (!warned || m_understand->isChecked()) && m_controller->isOnline();
}

QString LostDeviceDialog::blockedReason() const
{
    if (!m_controller->isOnline())
        return tr("Not connected: Certdeck can revoke once it is back online.");
    if (!isPinnedDevice() && m_confirmEdit->text().trimmed() != device() &&
        m_confirmEdit->text().trimmed() != visibleControls(device()))
        return tr("The name does not match. Type “%1” exactly as shown.").arg(visibleControls(device()));
    if (!m_extraWarning->text().isEmpty() && !m_understand->isChecked())
        return tr("Tick “%1” first.").arg(m_understand->text());
    return {};
}

void LostDeviceDialog::showConfirmHint(const QString &text)
{
    m_confirmHint->setText(text);
    m_confirmHint->setVisible(!text.isEmpty());
    m_confirmEdit->setAccessibleDescription(text);
}

void LostDeviceDialog::updateConfirm()
{
    const bool ok = canConfirm();
    m_revokeButton->setEnabled(ok);
    // A greyed-out button says why, to whoever asks (tooltip, screen reader).
    const QString why = ok ? QString() : blockedReason();
    m_revokeButton->setToolTip(why);
    m_revokeButton->setAccessibleDescription(why);
}

void LostDeviceDialog::startRevoke()
{
    if (!m_attempted) {
        if (!canConfirm())
            return;
        m_name = device();
        const SaslCertItem *item = m_model->itemAt(m_model->rowOf(m_name));
        m_sha256 = item ? item->certificate.sha256Fingerprint() : QString();
        if (!m_pinnedSha256.isEmpty() && m_sha256 != m_pinnedSha256)
            m_pinnedSha256.clear(); // the person chose another device
        if (!m_pinnedSha256.isEmpty())
            m_sha256 = m_pinnedSha256;
    }
    const bool retry = std::exchange(m_attempted, true);
    m_pages->setCurrentIndex(1);
    m_retryButton->hide();
    m_steps->setText(tr("<p>Revoking “%1”…</p>").arg(m_name.toHtmlEscaped()));
    m_result->clear();
    // A retry after an unconfirmed attempt may find the certificate already gone: that is proof, not an
    // error.
    const auto show = [this](Result<ChangeReport, SaslCertError> r) { showResult(r); };
    if (!m_pinnedSha256.isEmpty())
        m_controller->revokeFingerprint(m_pinnedSha256, m_name, this, show, retry);
    else
        m_controller->revoke(m_name, this, show, retry ? m_sha256 : QString());
}

void LostDeviceDialog::pinFingerprint(const QString &sha256)
{
    for (const auto &item : m_model->listing().items) {
        if (item.certificate.sha256Fingerprint() != sha256)
            continue;
        m_pinnedSha256 = sha256;
        selectDevice(item.name);
        // Which certificate exactly: a name may be reused, the fingerprint is not.
        auto *pinned = new QLabel(tr("%1 · %2").arg(item.certificate.keyDescription(), sha256), this);
        pinned->setObjectName(QStringLiteral("pinnedCertificate"));
        pinned->setWordWrap(true);
        pinned->setTextFormat(Qt::PlainText);
        pinned->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (auto *form = findChild<QFormLayout *>())
            form->addRow(tr("Certificate:"), pinned);
        // Typing the name is asked again only if the person picks another device.
        const auto showTyping = [this] {
            for (auto *label : findChildren<QLabel *>())
                if (label->buddy() == m_confirmEdit)
                    label->setVisible(!isPinnedDevice());
            m_confirmEdit->setVisible(!isPinnedDevice());
            if (auto *which = findChild<QLabel *>(QStringLiteral("pinnedCertificate")))
                which->setVisible(isPinnedDevice());
            updateConfirm();
        };
        connect(m_deviceCombo, &QComboBox::currentTextChanged, this, showTyping);
        showTyping();
        // The alert's answer was the deliberate step; the focus starts on which device, never on the
        // destructive button, so one Space does not revoke.
        m_deviceCombo->setFocus();
        return;
    }
}

void LostDeviceDialog::showResult(const Result<ChangeReport, SaslCertError> &result)
{
    QString rows;
    if (result) {
        const ChangeReport &r = *result;
        m_succeeded = true;
        if (r.alreadyApplied) {
            rows += step(m_steps, true, tr("The earlier revoke reached the server"));
        } else {
            rows += step(m_steps, true, tr("Revoke sent at %1").arg(proofTime(r.sentAt)));
            // Only what was seen: Prosody never says which sessions use a certificate.
            rows += step(m_steps, true,
                         r.closedSessions.isEmpty()
                             ? tr("No session went offline with the revoke")
                             : tr("Sessions closed: %1")
                                   .arg(visibleControls(r.closedSessions.join(QStringLiteral(", ")))));
            if (!r.offlineMeanwhile.isEmpty())
                rows += step(m_steps, true,
                             tr("Went offline at the same time, not tied to this certificate: %1")
                                 .arg(visibleControls(r.offlineMeanwhile.join(QStringLiteral(", ")))));
        }
        rows += step(
            m_steps, true,
            tr("Verified at %1: the certificate is gone from a fresh list").arg(proofTime(r.verifiedAt)));
        m_result->setText(proofText(r));
        theme::setTextTone(m_result, theme::Tone::Good);
        m_retryButton->hide();
    } else {
        const SaslCertError &e = result.error();
        rows += step(m_steps, false, e.message());
        if (e.outcomeUnknown())
            rows += step(m_steps, false,
                         tr("Not confirmed: the device may still be able to log in. Retry to finish and "
                            "prove the revoke."));
        m_result->setText(e.outcomeUnknown() ? notConfirmedText(ChangeReport::Action::Revoke, m_name, e)
                                             : tr("Not revoked. %1").arg(e.message()));
        theme::setTextTone(m_result, theme::Tone::Bad);
        m_retryButton->setVisible(true);
        m_retryButton->setEnabled(m_controller->isOnline());
        if (e.kind == SaslCertError::Kind::NotFound)
            m_retryButton->hide(); // nothing to retry: the name is not on the account
    }
    m_steps->setText(QStringLiteral("<table cellspacing='6'>") + rows + QStringLiteral("</table>"));
    announceResult();
}

void LostDeviceDialog::announceResult()
{
    // The page changed under the person: the focus goes to the proof (a screen reader reads a focused
    // label's text), and from Qt 6.8 the sentence is also announced outright.
    m_result->setFocus(Qt::OtherFocusReason);
    accessibility::announce(m_result, m_result->text(), true);
}

} // namespace certdeck::ui
