#pragma once

#include "model/Reminders.h"

#include <QObject>

class QSystemTrayIcon;

namespace certdeck {
class AccountController;
}

namespace certdeck::ui {

class MainWindow;

// The system tray: connection state in the tooltip, expiry reminders as notifications, a click shows the
// window. Without a tray (some desktops, offscreen), reminders go to the window's banner instead.
class TrayIcon final : public QObject
{
    Q_OBJECT
public:
    TrayIcon(AccountController *controller, MainWindow *window, QObject *parent = nullptr);
    void showReminder(const Reminder &reminder);
    // A desktop notification, when there is a tray; the caller shows the same in the window too.
    void notify(const QString &title, const QString &text);
    [[nodiscard]] static QString reminderText(const Reminder &reminder);

private:
    void updateToolTip();

    AccountController *m_controller;
    MainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace certdeck::ui
