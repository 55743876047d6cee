#pragma once

#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"
#include "workflow/DeviceWorkflow.h"
#include "xmpp/AccountSession.h"

#include <QSettings>

#include <functional>

namespace certdeck::test {

class ProsodyServer;

// The pieces main.cpp puts together, around one account and one settings file.
struct TestApp
{
    explicit TestApp(const QString &settingsFile);

    // Logs in as alice and waits for the first listing.
    [[nodiscard]] bool logIn(const ProsodyServer &server);
    // Runs a workflow call, waits for its outcome and for the refresh that follows it.
    [[nodiscard]] WorkflowOutcome run(const std::function<void(QObject *, DeviceWorkflow::Done)> &call);
    // An entry of the keychain, or empty.
    [[nodiscard]] QString secret(const QString &entry);
    [[nodiscard]] const SaslCertItem *item(const QString &name) const { return model.listing().find(name); }

    QSettings settings;
    AccountStore store;
    PasswordStore secrets;
    AccountSession session;
    CertificateListModel model;
    AccountController controller;
    DeviceWorkflow lifecycle;
};

} // namespace certdeck::test
