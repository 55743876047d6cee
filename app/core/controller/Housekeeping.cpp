#include "Housekeeping.h"

#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "model/ExpiryPolicy.h"
#include "storage/AccountStore.h"
#include "workflow/DeviceWorkflow.h"
#include "workflow/OutcomeText.h"

namespace certdeck {

Housekeeping::Housekeeping(AccountController *controller, AccountStore *store, DeviceWorkflow *lifecycle,
                           QObject *parent)
    : QObject(parent), m_controller(controller), m_store(store), m_lifecycle(lifecycle)
{
    connect(m_controller, &AccountController::listingUpdated, this, &Housekeeping::onListed);
}

void Housekeeping::onListed()
{
    if (m_busy)
        return; // our own change's refresh; we look again when it is done
    CertificateListModel *model = m_controller->model();

    QStringList sent = m_store->sentReminders();
    const auto due = dueReminders(model->listing(), model->clock().now(), sent, &sent);
    for (const Reminder &r : due) {
        sent << r.key;
        Q_EMIT reminder(r);
    }
    m_store->setSentReminders(sent);

    const auto report = [this](const WorkflowOutcome &r) {
        m_busy = false;
        // Nothing to resume says nothing; everything else is told.
        if (const QString text = outcomeText(r); !text.isEmpty())
            Q_EMIT notice(noticeLevel(r.confirmed()), text);
    };
    if (m_store->pendingOwnRotation()) {
        m_busy = true;
        m_lifecycle->resumeOwnRotation(this, report);
        return;
    }
    if (!m_store->autoRotateOwn() || m_autoRotationTried)
        return;
    const QByteArray own = m_store->load().ownCertificateSha256;
    for (const auto &item : model->listing().items) {
        if (item.certificate.sha256 != own ||
            expiryBadge(item.certificate, model->clock().now()) == ExpiryBadge::Ok)
            continue;
        m_autoRotationTried = true; // once per run: a failure is reported, not retried in a loop
        m_busy = true;
        Q_EMIT notice(NoticeLevel::Info,
                      tr("This computer's certificate is due for rotation; rotating it now."));
        m_lifecycle->rotateOwn(this, report);
        return;
    }
}

} // namespace certdeck
