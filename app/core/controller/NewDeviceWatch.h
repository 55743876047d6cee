#pragma once

#include "model/NewDevices.h"
#include "model/NoticeLevel.h"
#include "storage/NewDeviceStore.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>
#include <QTimer>

#include <chrono>

namespace certdeck {

class AccountController;
class ActivityLog;

// One comparison of a fresh listing with the stored state, shared by the window and certdeck-cli.
struct NewDeviceCheck
{
    bool firstListing = false;     // nothing to compare with yet: no alarm, only the snapshot taken
    QVector<PendingAlert> raised;  // new this time: recorded in the activity log as raised
    QVector<PendingAlert> pending; // every open question still on the account, `raised` included
    QVector<DeviceEvent> removed;  // gone without this Certdeck removing them
};

// Compares `current` with the stored snapshot of `account`, keeps the open questions whose certificate is
// still on the account and not acknowledged, adds the new ones, and stores the new snapshot (taken `now`).
// New alarms are recorded in `log` as action "new-device-alert", result "raised".
[[nodiscard]] NewDeviceCheck checkNewDevices(NewDeviceStore &store, ActivityLog &log, const QString &account,
                                             const QString &server, const QVector<SeenCertificate> &current,
                                             const QDateTime &now);

// Records a person's answer to an alert: "acknowledged" (it was me) or "revoked" (cut off from the alert).
[[nodiscard]] Status<QString> recordAlertAnswer(ActivityLog &log, const QString &account,
                                                const QString &server, const PendingAlert &alert,
                                                const QString &result);

// "Was this you?" in the running window: compares every listing (start, refresh, after a change, and a
// periodic background listing), and reports open questions, acknowledgements and removals.
class NewDeviceWatch final : public QObject
{
    Q_OBJECT
public:
    NewDeviceWatch(AccountController *controller, NewDeviceStore *store, ActivityLog *log,
                   const Clock &clock = Clock::system(), QObject *parent = nullptr);

    // How often the account is listed in the background while Certdeck runs; zero switches it off.
    void setInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds interval() const { return m_interval; }
    // The open questions about certificates on the account now.
    [[nodiscard]] QVector<PendingAlert> pending() const { return m_pending; }
    // "Yes, it was me": remembered, never asked again for these certificates.
    void acknowledge(const QStringList &sha256s);
    // The certificate was revoked from the alert (the Lost device dialog proved it). The listing that proved
    // it may already have closed the question.
    void recordRevoked(const PendingAlert &alert);

Q_SIGNALS:
    // The open questions, whenever they change; `fresh`: at least one was not shown before in this run
    // (worth a notification).
    void alert(const QVector<certdeck::PendingAlert> &pending, bool fresh);
    // No open question is left (all acknowledged, revoked or gone).
    void alertCleared();
    // Certificates that left the account without this Certdeck: calm information.
    void removed(const QVector<certdeck::DeviceEvent> &events);
    void notice(certdeck::NoticeLevel level, const QString &text);

private:
    void onListed();
    void update(QVector<PendingAlert> pending);

    AccountController *m_controller;
    NewDeviceStore *m_store;
    ActivityLog *m_log;
    const Clock &m_clock;
    QTimer m_timer;
    std::chrono::milliseconds m_interval{0};
    QVector<PendingAlert> m_pending;
    QSet<QString> m_shown; // entries (fingerprint and name) already shown in this run
};

} // namespace certdeck

Q_DECLARE_METATYPE(certdeck::PendingAlert)
