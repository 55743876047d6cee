#include "BannerWidget.h"

#include "Accessibility.h"
#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace certdeck::ui {
namespace {

// The topic of the person's last action's outcome: one at a time.
const QString outcomeTopic = QStringLiteral("outcome");

int weight(NoticeLevel level)
{
    switch (level) {
    case NoticeLevel::Error:
        return 2;
    case NoticeLevel::Warning:
        return 1;
    case NoticeLevel::Info:
        break;
    }
    return 0;
}

QString levelName(NoticeLevel level)
{
    switch (level) {
    case NoticeLevel::Error:
        return BannerWidget::tr("Error");
    case NoticeLevel::Warning:
        return BannerWidget::tr("Warning");
    case NoticeLevel::Info:
        break;
    }
    return BannerWidget::tr("Information");
}

} // namespace

struct BannerWidget::Message
{
    QString topic;
    Level level = Level::Info;
    Lifetime lifetime = Lifetime::UntilCleared;
    quint64 sequence = 0;
    QFrame *frame = nullptr;
    QLabel *label = nullptr;
    QHBoxLayout *buttons = nullptr;
    QToolButton *close = nullptr;
};

BannerWidget::BannerWidget(QWidget *parent)
    : QFrame(parent), m_rows(new QVBoxLayout(this)), m_more(new QLabel(this))
{
    setObjectName(QStringLiteral("banner"));
    setAccessibleName(tr("Messages"));
    m_rows->setContentsMargins(0, 0, 0, 0);
    m_rows->setSpacing(4);
    m_more->setObjectName(QStringLiteral("moreMessages"));
    m_rows->addWidget(m_more);
    hide();
}

BannerWidget::~BannerWidget()
{
    qDeleteAll(m_messages);
}

void BannerWidget::showMessage(Level level, const QString &text)
{
    post(outcomeTopic, level, text);
}

void BannerWidget::post(const QString &topic, Level level, const QString &text, Lifetime lifetime)
{
    const auto same = std::find_if(m_messages.cbegin(), m_messages.cend(),
                                   [&topic](const Message *m) { return m->topic == topic; });
    if (same != m_messages.cend())
        remove(*same);

    auto *m =
        new Message{topic, level, lifetime, ++m_sequence, new QFrame(this), new QLabel, new QHBoxLayout};
    m->frame->setObjectName(QStringLiteral("bannerMessage"));
    m->frame->setFrameShape(QFrame::StyledPanel);
    // An alert named by its words, and a stop of the Tab order, so a screen reader speaks it when it comes
    // and whenever the person tabs to it.
    accessibility::markAsAlert(m->frame, text);
    m->frame->setAccessibleDescription(levelName(level));
    m->frame->setFocusPolicy(Qt::TabFocus);
    // Colour is a hint only: the icon and the words carry the meaning too.
    m->frame->setStyleSheet(
        QStringLiteral("QFrame#bannerMessage { %1 border-radius: 4px; }"
                       "QFrame#bannerMessage:focus { border: 2px solid palette(highlight); }")
            .arg(theme::bannerStyle(level, theme::surroundings(this))));
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    if (level == Level::Warning)
        icon = QStyle::SP_MessageBoxWarning;
    else if (level == Level::Error)
        icon = QStyle::SP_MessageBoxCritical;
    auto *iconLabel = new QLabel(m->frame);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    iconLabel->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m->label->setParent(m->frame);
    m->label->setWordWrap(true);
    m->label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m->label->setText(text);
    auto *close = m->close = new QToolButton(m->frame);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAccessibleName(tr("Dismiss message"));
    close->setToolTip(tr("Dismiss"));
    auto *row = new QHBoxLayout(m->frame);
    row->setContentsMargins(8, 6, 6, 6);
    row->addWidget(iconLabel, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->addWidget(m->label);
    m->buttons->addStretch();
    column->addLayout(m->buttons);
    row->addLayout(column, 1);
    row->addWidget(close, 0, Qt::AlignTop);
    // Later, not now: the click that dismisses may come from inside the message's own slots.
    QPointer<QFrame> frame(m->frame);
    connect(
        close, &QToolButton::clicked, this,
        [this, frame] {
            for (Message *candidate : std::as_const(m_messages))
                if (candidate->frame == frame)
                    return remove(candidate);
        },
        Qt::QueuedConnection);
    m_messages.append(m);
    arrange();
    if (m->frame->isVisibleTo(this))
        accessibility::announce(m->frame, text, level != Level::Info);
}

void BannerWidget::clear(const QString &topic)
{
    for (Message *m : QList<Message *>(m_messages))
        if (m->topic == topic)
            remove(m);
}

QStringList BannerWidget::topics(const QString &prefix) const
{
    QStringList found;
    for (const Message *m : m_messages)
        if (m->topic.startsWith(prefix))
            found << m->topic;
    return found;
}

void BannerWidget::listingArrived()
{
    for (Message *m : QList<Message *>(m_messages))
        if (m->lifetime == Lifetime::UntilNextListing)
            remove(m);
}

QPushButton *BannerWidget::addButton(const QString &text, const QString &objectName)
{
    const auto last =
        std::max_element(m_messages.cbegin(), m_messages.cend(),
                         [](const Message *a, const Message *b) { return a->sequence < b->sequence; });
    Q_ASSERT(last != m_messages.cend());
    Message *m = *last;
    auto *button = new QPushButton(text, m->frame);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m->buttons->insertWidget(m->buttons->count() - 1, button);
    return button;
}

void BannerWidget::remove(Message *message)
{
    m_messages.removeOne(message);
    // Later, not now: the message may be removed from a slot of one of its own buttons.
    message->frame->hide();
    message->frame->setParent(nullptr);
    message->frame->deleteLater();
    delete message;
    arrange();
}

void BannerWidget::arrange()
{
    // The most serious first, then the newest: a fresh outcome sits above an older reminder of its level.
    std::stable_sort(m_messages.begin(), m_messages.end(), [](const Message *a, const Message *b) {
        if (weight(a->level) != weight(b->level))
            return weight(a->level) > weight(b->level);
        return a->sequence > b->sequence;
    });
    for (int i = 0; i < m_messages.size(); ++i) {
        Message *m = m_messages.at(i);
        m_rows->removeWidget(m->frame);
        m_rows->insertWidget(i, m->frame);
        m->frame->setVisible(i < maxShown);
    }
    const int waiting = int(m_messages.size()) - maxShown;
    m_more->setText(waiting > 0
                        ? tr("%n more message(s) below these; dismiss one to see the next.", nullptr, waiting)
                        : QString());
    m_more->setVisible(waiting > 0);
    setVisible(!m_messages.isEmpty());
    Q_EMIT arranged();
}

QList<QWidget *> BannerWidget::focusOrder() const
{
    QList<QWidget *> order;
    for (int i = 0; i < std::min<int>(maxShown, int(m_messages.size())); ++i) {
        const Message *m = m_messages.at(i);
        order << m->frame;
        for (int b = 0; b < m->buttons->count(); ++b)
            if (QWidget *button = m->buttons->itemAt(b)->widget())
                order << button;
        order << m->close;
    }
    return order;
}

const BannerWidget::Message *BannerWidget::latestShown() const
{
    const Message *latest = nullptr;
    for (int i = 0; i < std::min<int>(maxShown, int(m_messages.size())); ++i)
        if (!latest || m_messages.at(i)->sequence > latest->sequence)
            latest = m_messages.at(i);
    return latest;
}

QString BannerWidget::text() const
{
    const Message *m = latestShown();
    return m ? m->label->text() : QString();
}

BannerWidget::Level BannerWidget::level() const
{
    const Message *m = latestShown();
    return m ? m->level : Level::Info;
}

QStringList BannerWidget::texts() const
{
    QStringList shown;
    for (int i = 0; i < std::min<int>(maxShown, int(m_messages.size())); ++i)
        shown << m_messages.at(i)->label->text();
    return shown;
}

} // namespace certdeck::ui
