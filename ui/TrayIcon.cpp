#include "TrayIcon.h"

#include "MainWindow.h"
#include "controller/AccountController.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

namespace certdeck::ui {

TrayIcon::TrayIcon(AccountController *controller, MainWindow *window, QObject *parent)
    : QObject(parent), m_controller(controller), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
        auto *menu = new QMenu(window);
        menu->addAction(tr("Show Certdeck"), window, [window] {
            window->showNormal();
            window->raise();
            window->activateWindow();
        });
        menu->addAction(window->lostDeviceAction());
        menu->addSeparator();
        menu->addAction(tr("Quit"), qApp, &QApplication::quit);
        m_tray->setContextMenu(menu);
        connect(m_tray, &QSystemTrayIcon::activated, window,
                [window](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger)
                        window->setVisible(!window->isVisible());
                });
        m_tray->show();
    }
    connect(m_controller, &AccountController::phaseChanged, this, &TrayIcon::updateToolTip);
    updateToolTip();
}

QString TrayIcon::reminderText(const Reminder &r)
{
    return r.daysLeft == 0 ? tr("The certificate of “%1” expires today. Rotate it now.").arg(r.device)
                           : tr("The certificate of “%1” expires in %n day(s). Rotate it soon.", nullptr,
                                static_cast<int>(r.daysLeft))
                                 .arg(r.device);
}

void TrayIcon::showReminder(const Reminder &reminder)
{
    const QString text = reminderText(reminder);
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(tr("Certificate expiring"), text, QSystemTrayIcon::Warning);
    m_window->showReminder(reminder.device, text); // also inline, for when the notification was missed
}

void TrayIcon::notify(const QString &title, const QString &text)
{
    if (m_tray && m_tray->isVisible())
        m_tray->showMessage(title, text, QSystemTrayIcon::Critical);
}

void TrayIcon::updateToolTip()
{
    if (m_tray)
        m_tray->setToolTip(tr("Certdeck · %1").arg(m_window->connectionText()));
}

} // namespace certdeck::ui
