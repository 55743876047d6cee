#pragma once

#include "cli/CliOptions.h"
#include "crypto/SecretBytes.h"
#include "storage/AccountStore.h"
#include "storage/ActivityLog.h"
#include "storage/PasswordStore.h"
#include "workflow/DeviceWorkflow.h"
#include "xmpp/AccountSession.h"
#include "xmpp/CertificateService.h"

#include <QJsonObject>
#include <QObject>

namespace certdeck::cli {

// Runs one command against the server and quits the event loop with its exit code.
class CliRunner final : public QObject
{
    Q_OBJECT
public:
    explicit CliRunner(CliOptions options, QObject *parent = nullptr);
    // Local preparation that needs no server (reading files and passwords); false means finished with an
    // error.
    [[nodiscard]] bool prepare();
    void start(const QString &password);
    // This computer's certificate from the keychain first. Without one: an error when `forced`, else the
    // password prompt. A certificate that cannot log in says why, then the prompt (on a terminal, not
    // forced).
    void startWithCertificate(bool forced);
    [[nodiscard]] int exitCode() const { return m_exitCode; }

private:
    void runCommand();
    void runList();
    void runEnroll();
    void runRemove(bool revoke);
    void printReport(const ChangeReport &report, const QJsonObject &extra = {});
    [[nodiscard]] bool handOverGeneratedPassword();
    void removeCreatedFiles();
    void printChangeError(ChangeReport::Action action, const QString &name, const SaslCertError &error);
    void renderEnroll(const WorkflowOutcome &outcome);
    void renderRemove(const WorkflowOutcome &outcome);
    void finish(int code);
    void printError(const QString &message);
    void promptAndStart();

    CliOptions m_options;
    AccountSession m_session;
    CertificateService m_service;
    ActivityLog m_log;
    PasswordStore m_keychain;
    bool m_certificateForced = false;
    AccountStore m_store; // records a new .p12's encoding, so the window's rotation keeps it
    DeviceWorkflow m_workflow;
    SecretBytes m_exportPassword;
    bool m_passwordGenerated = false;
    bool m_passwordShown = false; // the generated password went to stderr
    QByteArray m_certificateDer;  // enroll --certificate: read and checked in prepare()
    bool m_changeSent = false;
    bool m_finished = false;
    int m_exitCode = ExitOk;
};

} // namespace certdeck::cli
