#include "DesktopApp.h"

#include "LanguageMenu.h"
#include "NewDeviceAlert.h"

#include <QAction>
#include <QApplication>

namespace certdeck::ui {

DesktopApp::DesktopApp()
    : m_controller(&m_session, &m_model), m_lifecycle(m_controller.service(), &m_session),
      m_housekeeping(&m_controller, &m_store, &m_lifecycle), m_window(&m_controller, &m_model),
      m_activity(ActivityLog::defaultPath()), m_flow(&m_controller, &m_window, &m_store, &m_secrets),
      m_tray(&m_controller, &m_window), m_newDevices(&m_controller, &m_newDeviceStore, &m_activity)
{
    m_lifecycle.setStorage(&m_store, &m_secrets);
    m_lifecycle.setListing([this] { return m_model.listing(); });
    m_activity.attach(m_controller.service(), &m_session);
    m_lifecycle.setActivityLog(&m_activity);
    m_window.setActivityLog(&m_activity);
    m_window.setLifecycle(&m_lifecycle);
    // "Was this you?": every listing is compared with the last; in the background every 15 minutes.
    auto *newDeviceAlert = new NewDeviceAlert(&m_newDevices, &m_newDeviceStore, &m_window, &m_tray);

    auto *autoRotate = new QAction(
        QApplication::translate("main", "Rotate this computer's certificate automatically"), &m_window);
    autoRotate->setCheckable(true);
    autoRotate->setChecked(m_store.autoRotateOwn());
    QObject::connect(autoRotate, &QAction::toggled, &m_window,
                     [this](bool on) { m_store.setAutoRotateOwn(on); });
    m_window.addSetting(autoRotate);
    auto *languages = new LanguageMenu(&m_window);
    QObject::connect(languages, &LanguageMenu::notice, &m_window, &MainWindow::showNotice);
    m_window.addSettingsMenu(languages);
    m_window.addSettingsMenu(newDeviceAlert->intervalMenu());

    m_model.setOwnFingerprint(m_store.load().ownCertificateSha256);
    m_model.setRotationLinks(m_store.rotationLinks());
    QObject::connect(&m_lifecycle, &DeviceWorkflow::ownCertificateChanged, &m_model,
                     &CertificateListModel::setOwnFingerprint);
    // After "Enroll this computer": one question whether to forget the stored password.
    QObject::connect(&m_lifecycle, &DeviceWorkflow::ownCertificateChanged, &m_flow,
                     &LoginFlow::offerToForgetPassword, Qt::QueuedConnection);
    QObject::connect(&m_lifecycle, &DeviceWorkflow::rotationLinksChanged, &m_model,
                     [this] { m_model.setRotationLinks(m_store.rotationLinks()); });
    QObject::connect(&m_housekeeping, &Housekeeping::reminder, &m_tray, &TrayIcon::showReminder);
    QObject::connect(&m_housekeeping, &Housekeeping::notice, &m_window, &MainWindow::showNotice);
}

void DesktopApp::start(const AccountSettings &account, const QString &password)
{
    m_window.show();
    if (!account.jid.isEmpty() && !password.isEmpty())
        m_flow.start(account, password);
    else if (!account.jid.isEmpty())
        m_flow.startWith(account); // this computer's certificate for that account, else the prompt
    else
        m_flow.start();
}

} // namespace certdeck::ui
