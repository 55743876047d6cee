#include "NewDeviceWatch.h"

#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "storage/ActivityLog.h"

namespace certdeck {
namespace {

// A question is about one entry: a certificate under one name.
QString alertKey(const SeenCertificate &c)
{
    return c.sha256 + QLatin1Char('\n') + c.name;
}

const QString alertAction = QStringLiteral("new-device-alert");

ActivityEntry alertEntry(const QString &account, const QString &server, const PendingAlert &alert,
                         const QString &result)
{
    ActivityEntry e{QDateTime::currentDateTimeUtc(),
                    alertAction,
                    alert.event.certificate.name,
                    alert.event.certificate.sha256,
                    result,
                    {},
                    alert.event.kind == DeviceEvent::Kind::Replaced ? QStringLiteral("replaced")
                                                                    : QStringLiteral("new")};
    e.account = account;
    e.server = server;
    return e;
}

} // namespace

Status<QString> recordAlertAnswer(ActivityLog &log, const QString &account, const QString &server,
                                  const PendingAlert &alert, const QString &result)
{
    return log.append(alertEntry(account, server, alert, result));
}

NewDeviceCheck checkNewDevices(NewDeviceStore &store, ActivityLog &log, const QString &account,
                               const QString &server, const QVector<SeenCertificate> &current,
                               const QDateTime &now)
{
    NewDeviceCheck check;
    const DeviceSnapshot previous = store.snapshot(account);
    const QSet<QString> acknowledged = store.acknowledged(account);
    const OwnChanges own = ownChanges(log.entries(), account);
    const DeviceChanges changes = compareListings(previous, current, own, acknowledged);
    check.firstListing = !previous.taken;
    check.removed = changes.removed;

    // One question per entry: copies of one certificate under several names are each a way in to name.
    QSet<QString> present;
    for (const auto &c : current)
        present.insert(c.sha256);
    QSet<QString> open;
    // Earlier questions stay open while their certificate is on the account, under any name (removing the
    // name that was asked about leaves a copy logging in), and nobody answered them.
    for (const PendingAlert &a : store.pending(account)) {
        const QString key = alertKey(a.event.certificate);
        if (present.contains(a.event.certificate.sha256) &&
            !acknowledged.contains(a.event.certificate.sha256) && !open.contains(key)) {
            open.insert(key);
            check.pending.append(a);
        }
    }
    for (const DeviceEvent &e : changes.alarms) {
        const QString key = alertKey(e.certificate);
        if (open.contains(key))
            continue;
        open.insert(key);
        const PendingAlert a{e, changes.since};
        check.pending.append(a);
        check.raised.append(a);
        // The alarm itself goes on record; a log that cannot be written is reported by the caller's own
        // writes, and the question is still asked.
        (void)log.append(alertEntry(account, server, a, QStringLiteral("raised")));
    }
    store.setPending(account, check.pending);
    store.setSnapshot(account, {true, now.toUTC(), current});
    return check;
}

NewDeviceWatch::NewDeviceWatch(AccountController *controller, NewDeviceStore *store, ActivityLog *log,
                               const Clock &clock, QObject *parent)
    : QObject(parent), m_controller(controller), m_store(store), m_log(log), m_clock(clock)
{
    qRegisterMetaType<QVector<certdeck::PendingAlert>>();
    qRegisterMetaType<QVector<certdeck::DeviceEvent>>();
    connect(m_controller, &AccountController::listingUpdated, this, &NewDeviceWatch::onListed);
    // In the background, only a listing: the comparison follows it like any other.
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_controller->phase() == AccountController::Phase::Ready)
            m_controller->refresh();
    });
}

void NewDeviceWatch::setInterval(std::chrono::milliseconds interval)
{
    m_interval = interval;
    if (interval.count() <= 0) {
        m_timer.stop();
        return;
    }
    m_timer.start(interval);
}

void NewDeviceWatch::onListed()
{
    const AccountSession *session = m_controller->session();
    const QString account = session->bareJid();
    if (account.isEmpty())
        return;
    const NewDeviceCheck check =
        checkNewDevices(*m_store, *m_log, account, serverLabel(session->settings()),
                        seenCertificates(m_controller->model()->listing()), m_clock.now());
    if (!check.removed.isEmpty())
        Q_EMIT removed(check.removed);
    update(check.pending);
}

void NewDeviceWatch::update(QVector<PendingAlert> pending)
{
    const bool changed = pending != m_pending;
    m_pending = std::move(pending);
    if (m_pending.isEmpty()) {
        if (changed)
            Q_EMIT alertCleared();
        return;
    }
    bool fresh = false;
    for (const PendingAlert &a : m_pending)
        fresh |= !m_shown.contains(alertKey(a.event.certificate));
    if (!fresh && !changed)
        return;
    for (const PendingAlert &a : m_pending)
        m_shown.insert(alertKey(a.event.certificate));
    Q_EMIT alert(m_pending, fresh);
}

void NewDeviceWatch::acknowledge(const QStringList &sha256s)
{
    const QString account = m_controller->session()->bareJid();
    const QString server = serverLabel(m_controller->session()->settings());
    m_store->addAcknowledged(account, sha256s);
    QVector<PendingAlert> remaining;
    for (const PendingAlert &a : std::as_const(m_pending)) {
        if (!sha256s.contains(a.event.certificate.sha256)) {
            remaining.append(a);
            continue;
        }
        if (auto written = recordAlertAnswer(*m_log, account, server, a, QStringLiteral("acknowledged"));
            !written)
            Q_EMIT notice(
                NoticeLevel::Error,
                tr("The activity log could not be written (%1): %2").arg(m_log->path(), written.error()));
    }
    m_store->setPending(account, remaining);
    update(remaining);
}

void NewDeviceWatch::recordRevoked(const PendingAlert &alert)
{
    const QString account = m_controller->session()->bareJid();
    if (auto written = recordAlertAnswer(*m_log, account, serverLabel(m_controller->session()->settings()),
                                         alert, QStringLiteral("revoked"));
        !written)
        Q_EMIT notice(
            NoticeLevel::Error,
            tr("The activity log could not be written (%1): %2").arg(m_log->path(), written.error()));
    QVector<PendingAlert> remaining;
    for (const PendingAlert &a : std::as_const(m_pending))
        if (a.event.certificate.sha256 != alert.event.certificate.sha256)
            remaining.append(a);
    m_store->setPending(account, remaining);
    update(remaining);
}

} // namespace certdeck
