#pragma once

#include "controller/AccountController.h"
#include "controller/Housekeeping.h"
#include "controller/NewDeviceWatch.h"
#include "model/CertificateListModel.h"
#include "storage/AccountStore.h"
#include "storage/ActivityLog.h"
#include "storage/NewDeviceStore.h"
#include "storage/PasswordStore.h"
#include "workflow/DeviceWorkflow.h"
#include "xmpp/AccountSession.h"

#include "LoginFlow.h"
#include "MainWindow.h"
#include "TrayIcon.h"

namespace certdeck::ui {

// Certdeck's window as a person starts it: the profile's settings, keychain and logs, the account's session
// and the window around them. main.cpp makes one; the first-run test makes the same, so the front door that
// people use is the one the tests go through.
class DesktopApp final
{
public:
    DesktopApp();
    DesktopApp(const DesktopApp &) = delete;
    DesktopApp &operator=(const DesktopApp &) = delete;

    // Shows the window and starts logging in: with `password` for `account` when both are given (scripts),
    // with this computer's certificate for `account` when only it is given, else with the stored account
    // (its certificate, its remembered password) or, on a first run, the login dialog.
    void start(const AccountSettings &account = {}, const QString &password = {});

    [[nodiscard]] MainWindow &window() { return m_window; }
    [[nodiscard]] AccountController &controller() { return m_controller; }
    [[nodiscard]] LoginFlow &loginFlow() { return m_flow; }
    [[nodiscard]] AccountStore &store() { return m_store; }

private:
    AccountStore m_store;
    PasswordStore m_secrets;
    AccountSession m_session;
    CertificateListModel m_model;
    AccountController m_controller;
    DeviceWorkflow m_lifecycle;
    Housekeeping m_housekeeping;
    MainWindow m_window;
    ActivityLog m_activity;
    LoginFlow m_flow;
    TrayIcon m_tray;
    NewDeviceStore m_newDeviceStore;
    NewDeviceWatch m_newDevices;
};

} // namespace certdeck::ui
