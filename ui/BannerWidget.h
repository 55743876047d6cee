#pragma once

#include "model/NoticeLevel.h"

#include <QFrame>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace certdeck::ui {

// An inline message above the table: errors and warnings appear here instead of in modal boxes.
class BannerWidget final : public QFrame
{
    Q_OBJECT
public:
    using Level = NoticeLevel;

    explicit BannerWidget(QWidget *parent = nullptr);

    // Replaces the message and removes any buttons an earlier message had.
    void showMessage(Level level, const QString &text);
    // A button under the current message, for what the message asks of the person; gone with the message.
    QPushButton *addButton(const QString &text, const QString &objectName);
    [[nodiscard]] QString text() const;
    [[nodiscard]] Level level() const { return m_level; }

private:
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_close;
    QHBoxLayout *m_buttons;
    Level m_level = Level::Info;
};

} // namespace certdeck::ui
