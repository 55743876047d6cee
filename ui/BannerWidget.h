#pragma once

#include "model/NoticeLevel.h"

#include <QFrame>

class QLabel;
class QToolButton;

namespace certdeck::ui {

// An inline message above the table: errors and warnings appear here instead of in modal boxes.
class BannerWidget final : public QFrame
{
    Q_OBJECT
public:
    using Level = NoticeLevel;

    explicit BannerWidget(QWidget *parent = nullptr);

    void showMessage(Level level, const QString &text);
    [[nodiscard]] QString text() const;
    [[nodiscard]] Level level() const { return m_level; }

private:
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_close;
    Level m_level = Level::Info;
};

} // namespace certdeck::ui
