#include "BannerWidget.h"

#include "Theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace certdeck::ui {

BannerWidget::BannerWidget(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_label(new QLabel(this)), m_close(new QToolButton(this)),
      m_buttons(new QHBoxLayout)
{
    setObjectName(QStringLiteral("banner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout;
    column->addWidget(m_label);
    m_buttons->addStretch();
    column->addLayout(m_buttons);
    layout->addLayout(column, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

void BannerWidget::showMessage(Level level, const QString &text)
{
    m_level = level;
    // Colour is a hint only: the icon and the words carry the meaning too.
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    switch (level) {
    case Level::Info:
        break;
    case Level::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    case Level::Error:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    }
    setStyleSheet(QStringLiteral("QFrame#banner { %1 border-radius: 4px; }")
                      .arg(theme::bannerStyle(level, theme::surroundings(this))));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_label->setText(text);
    setAccessibleDescription(text);
    // Later, not now: the message may be replaced from a slot of one of these buttons.
    for (QPushButton *button : findChildren<QPushButton *>(QString(), Qt::FindDirectChildrenOnly)) {
        button->hide();
        button->setParent(nullptr);
        button->deleteLater();
    }
    show();
}

QPushButton *BannerWidget::addButton(const QString &text, const QString &objectName)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
    return button;
}

QString BannerWidget::text() const
{
    return isVisible() ? m_label->text() : QString();
}

} // namespace certdeck::ui
