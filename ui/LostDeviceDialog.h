#pragma once

#include "xmpp/CertificateChanges.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace certdeck {
class AccountController;
class CertificateListModel;
} // namespace certdeck

namespace certdeck::ui {

// The emergency revoke. One focused dialog: which device, what will happen, a deliberate confirmation (typing
// the device's name), then the proof — each step with a tick or a cross and its time. Nothing unconfirmed is
// ever shown as success; a retry is offered instead.
class LostDeviceDialog final : public QDialog
{
    Q_OBJECT
public:
    LostDeviceDialog(AccountController *controller, CertificateListModel *model, const QString &device,
                     QWidget *parent = nullptr);

    [[nodiscard]] QString device() const;
    [[nodiscard]] bool canConfirm() const;
    [[nodiscard]] QString resultText() const;
    [[nodiscard]] bool succeeded() const { return m_succeeded; }
    // Preselects the certificate with this SHA-256 fingerprint ("AB:CD:…") and revokes it by fingerprint,
    // so a name that meanwhile holds another certificate cannot turn the revoke against that one.
    void pinFingerprint(const QString &sha256);

    // Names for tests and accessibility.
    static constexpr char confirmEditName[] = "confirmEdit";
    static constexpr char revokeButtonName[] = "revokeButton";
    static constexpr char retryButtonName[] = "retryButton";
    static constexpr char understandCheckName[] = "understandCheck";
    static constexpr char confirmHintName[] = "confirmHint";

private:
    void selectDevice(const QString &name); // by the exact name, not by the text shown
    void updateWarning();
    void updateConfirm();
    [[nodiscard]] QString blockedReason() const; // why Revoke is greyed out, in words
    void showConfirmHint(const QString &text);
    void announceResult();
    [[nodiscard]] bool isPinnedDevice() const;
    void startRevoke();
    void showResult(const Result<ChangeReport, SaslCertError> &result);

    AccountController *m_controller;
    CertificateListModel *m_model;
    QStackedWidget *m_pages;
    QComboBox *m_deviceCombo;
    QLabel *m_extraWarning;
    QCheckBox *m_understand;
    QLineEdit *m_confirmEdit;
    QPushButton *m_revokeButton;
    QLabel *m_confirmHint;
    QLabel *m_steps;
    QLabel *m_result;
    QPushButton *m_retryButton;
    QString m_name;
    QString m_sha256;
    QString m_pinnedSha256; // pinFingerprint(): revoke exactly this certificate
    bool m_attempted = false;
    bool m_succeeded = false;
};

} // namespace certdeck::ui
