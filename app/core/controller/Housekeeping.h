#pragma once

#include "model/NoticeLevel.h"
#include "model/Reminders.h"

#include <QObject>

namespace certdeck {

class AccountController;
class AccountStore;
class DeviceWorkflow;

// What Certdeck does on its own after every fresh listing: finish or roll back an interrupted rotation,
// rotate this computer's certificate when it is due (a setting, on by default), and raise expiry reminders.
class Housekeeping final : public QObject
{
    Q_OBJECT
public:
    Housekeeping(AccountController *controller, AccountStore *store, DeviceWorkflow *lifecycle,
                 QObject *parent = nullptr);

Q_SIGNALS:
    void reminder(const certdeck::Reminder &reminder);
    // For the window's banner.
    void notice(certdeck::NoticeLevel level, const QString &text);

private:
    void onListed();

    AccountController *m_controller;
    AccountStore *m_store;
    DeviceWorkflow *m_lifecycle;
    bool m_busy = false;
    bool m_autoRotationTried = false;
};

} // namespace certdeck
