#pragma once

#include "model/NoticeLevel.h"

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace certdeck::ui::theme {

// The few colours Certdeck adds to the palette, by meaning. Each is derived from the widget's palette so it
// stays readable on light and dark themes; meaning never rests on colour alone (icons and words carry it).
enum class Tone
{
    Good, // done and verified
    Bad,  // failed, refused, or about to cut a device off
};

// Text in `tone` that reads on the palette's window background (contrast of at least 4.5 : 1, or 7 : 1 on a
// high-contrast theme).
[[nodiscard]] QColor text(Tone tone, const QPalette &palette);
// A banner's background and text for a notice: the window colour tinted towards the level's hue (untinted on
// a high-contrast theme).
struct BannerColors
{
    QColor background;
    QColor text;
};
[[nodiscard]] BannerColors banner(NoticeLevel level, const QPalette &palette);
// The same as style-sheet declarations ("background: …; color: …;"), for a banner's own rule.
[[nodiscard]] QString bannerStyle(NoticeLevel level, const QPalette &palette);
// The palette around a widget that paints its own background from a style sheet (which changes its own
// palette): its parent's.
[[nodiscard]] QPalette surroundings(const QWidget *widget);
// WCAG contrast ratio of two colours (1 … 21).
[[nodiscard]] double contrast(const QColor &a, const QColor &b);
// `#rrggbb` for style sheets and rich text.
[[nodiscard]] QString css(const QColor &color);
// Sets the widget's text to `tone` (on its own palette), e.g. a result label or the red Lost device button.
void setTextTone(QWidget *widget, Tone tone, bool bold = true);

} // namespace certdeck::ui::theme
