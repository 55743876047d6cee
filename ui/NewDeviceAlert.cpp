#include "NewDeviceAlert.h"

#include "Accessibility.h"
#include "Theme.h"

#include "MainWindow.h"
#include "TrayIcon.h"
#include "controller/NewDeviceWatch.h"
#include "util/DisplayText.h"

#include <QActionGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace certdeck::ui {

NewDeviceAlert::NewDeviceAlert(NewDeviceWatch *watch, NewDeviceStore *store, MainWindow *window,
                               TrayIcon *tray)
    : QFrame(window), m_watch(watch), m_store(store), m_window(window), m_tray(tray),
      m_icon(new QLabel(this)), m_label(new QLabel(this)),
      m_cutOff(new QPushButton(tr("No — cut it off"), this)),
      m_itWasMe(new QPushButton(tr("Yes, it was me"), this))
{
    setObjectName(QStringLiteral("newDeviceBanner"));
    setFrameShape(QFrame::StyledPanel);
    // An alert read by its words, and the first stop of its own Tab order (MainWindow::updateTabOrder).
    accessibility::markAsAlert(this, tr("New device certificate"));
    setFocusPolicy(Qt::TabFocus);
    // The banner's error style: an alarm, with its icon and words, not colour alone.
    setStyleSheet(QStringLiteral("QFrame#newDeviceBanner { %1 border-radius: 4px; }"
                                 "QFrame#newDeviceBanner:focus { border: 2px solid palette(highlight); }")
                      .arg(theme::bannerStyle(NoticeLevel::Error, theme::surroundings(this))));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxCritical).pixmap(size, size));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText); // names from the server are text, never markup
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_itWasMe->setObjectName(QString::fromLatin1(itWasMeButtonName));
    m_cutOff->setObjectName(QString::fromLatin1(cutOffButtonName));
    m_cutOff->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
    theme::setTextTone(m_cutOff, theme::Tone::Bad);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_cutOff);
    buttons->addWidget(m_itWasMe);
    buttons->addStretch();
    layout->addLayout(buttons);
    hide();
    m_window->addBanner(this);

    connect(m_watch, &NewDeviceWatch::alert, this, &NewDeviceAlert::showAlerts);
    connect(m_watch, &NewDeviceWatch::alertCleared, this, [this] {
        m_shown.clear();
        hide();
    });
    connect(m_watch, &NewDeviceWatch::removed, this, [this](const QVector<DeviceEvent> &events) {
        m_window->showNotice(NoticeLevel::Info, removedText(events).toHtmlEscaped());
    });
    connect(m_watch, &NewDeviceWatch::notice, m_window, &MainWindow::showNotice);
    connect(m_itWasMe, &QPushButton::clicked, this, [this] {
        QStringList fingerprints;
        for (const auto &a : std::as_const(m_shown))
            fingerprints << a.event.certificate.sha256;
        m_watch->acknowledge(fingerprints);
    });
    // Several at once: one at a time, the first first; the rest stay in the banner.
    connect(m_cutOff, &QPushButton::clicked, this, [this] {
        if (m_shown.isEmpty())
            return;
        const PendingAlert alert = m_shown.constFirst();
        if (m_window->openLostDeviceByFingerprint(alert.event.certificate.sha256))
            m_watch->recordRevoked(alert);
    });
    applyInterval(m_store->intervalMinutes());
}

QString NewDeviceAlert::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void NewDeviceAlert::showAlerts(const QVector<PendingAlert> &pending, bool fresh)
{
    m_shown = pending;
    QVector<DeviceEvent> events;
    QDateTime since = pending.constFirst().since;
    for (const auto &a : pending) {
        events << a.event;
        since = qMin(since, a.since);
    }
    const QString text = alertText(events, since);
    m_label->setText(text);
    accessibility::markAsAlert(this, text);
    setAccessibleDescription(tr("New device certificate"));
    m_itWasMe->setText(pending.size() == 1 ? tr("Yes, it was me") : tr("Yes, all of them were me"));
    m_cutOff->setText(
        pending.size() == 1
            ? tr("No — cut it off")
            : tr("No — cut off “%1”").arg(visibleControls(pending.constFirst().event.certificate.name)));
    const bool appears = !isVisible();
    show();
    m_window->updateTabOrder();
    if (fresh || appears)
        accessibility::announce(this, text, true);
    if (fresh && m_tray)
        m_tray->notify(tr("New device certificate"), text);
}

void NewDeviceAlert::applyInterval(int minutes)
{
    m_store->setIntervalMinutes(minutes);
    m_watch->setInterval(std::chrono::minutes(minutes));
}

QMenu *NewDeviceAlert::intervalMenu()
{
    auto *menu = new QMenu(tr("Check for new devices"), m_window);
    auto *group = new QActionGroup(menu);
    const struct
    {
        int minutes;
        QString text;
    } choices[] = {{5, tr("Every 5 minutes")},
                   {15, tr("Every 15 minutes")},
                   {60, tr("Every hour")},
                   {0, tr("Off (only at start and refresh)")}};
    for (const auto &c : choices) {
        QAction *action = menu->addAction(c.text);
        action->setCheckable(true);
        action->setChecked(c.minutes == m_store->intervalMinutes());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, minutes = c.minutes] { applyInterval(minutes); });
    }
    return menu;
}

} // namespace certdeck::ui
