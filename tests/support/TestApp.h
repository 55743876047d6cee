#pragma once

#include "model/AccountController.h"
#include "model/CertificateListModel.h"
#include "model/DeviceLifecycle.h"
#include "storage/AccountStore.h"
#include "storage/PasswordStore.h"
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
    // Runs a lifecycle call, waits for its result and for the refresh that follows it.
    [[nodiscard]] Result<QString, QString>
    run(const std::function<void(QObject *, DeviceLifecycle::Done)> &call);
    // An entry of the keychain, or empty.
    [[nodiscard]] QString secret(const QString &entry);
    [[nodiscard]] const SaslCertItem *item(const QString &name) const { return model.listing().find(name); }

    QSettings settings;
    AccountStore store;
    PasswordStore secrets;
    AccountSession session;
    CertificateListModel model;
    AccountController controller;
    DeviceLifecycle lifecycle;
};

} // namespace certdeck::test
