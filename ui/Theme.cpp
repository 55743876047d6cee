#include "Theme.h"

#include <QFont>
#include <QPalette>
#include <QWidget>

#include <cmath>

namespace certdeck::ui::theme {
namespace {

// The hues; how light they are is chosen against the palette.
QColor hue(Tone tone)
{
    switch (tone) {
    case Tone::Good:
        return QColor::fromHsl(135, 160, 0);
    case Tone::Bad:
        return QColor::fromHsl(0, 170, 0);
    }
    return {};
}

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool isDark(const QColor &background)
{
    return luminance(background) < 0.2;
}

// A high-contrast theme (pure black on white or the reverse, 21 : 1; ordinary themes stay below 20) asks for
// more than WCAG's 4.5 : 1: Certdeck's colours then reach 7 : 1 and banners are not tinted.
bool isHighContrast(const QPalette &palette)
{
    return contrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 20;
}

double minimumContrast(const QPalette &palette)
{
    return isHighContrast(palette) ? 7.0 : 4.5;
}

// The hue at the lightness nearest to the middle that still reads on `background`: as strong a colour as
// the contrast allows, darker on light backgrounds and lighter on dark ones.
QColor readableOn(QColor color, const QColor &background, double minimum)
{
    const bool dark = isDark(background);
    for (int l = dark ? 150 : 110; l >= 0 && l <= 255; l += dark ? 5 : -5) {
        color.setHsl(color.hslHue(), color.hslSaturation(), l);
        if (contrast(color, background) >= minimum)
            return color;
    }
    return dark ? QColor(Qt::white) : QColor(Qt::black);
}

QColor toneOn(Tone tone, const QColor &background, double minimum)
{
    return readableOn(hue(tone), background, minimum);
}

QColor mix(const QColor &a, const QColor &b, double share)
{
    return QColor::fromRgbF(float(a.redF() * (1 - share) + b.redF() * share),
                            float(a.greenF() * (1 - share) + b.greenF() * share),
                            float(a.blueF() * (1 - share) + b.blueF() * share));
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor text(Tone tone, const QPalette &palette)
{
    return toneOn(tone, palette.color(QPalette::Window), minimumContrast(palette));
}

BannerColors banner(NoticeLevel level, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    QColor tint;
    switch (level) {
    case NoticeLevel::Info:
        return {palette.color(QPalette::AlternateBase), palette.color(QPalette::WindowText)};
    case NoticeLevel::Warning:
        tint = QColor::fromHsl(45, 230, 128);
        break;
    case NoticeLevel::Error:
        tint = hue(Tone::Bad);
        tint.setHsl(tint.hslHue(), tint.hslSaturation(), 128);
        break;
    }
    const QColor background =
        isHighContrast(palette) ? window : mix(window, tint, isDark(window) ? 0.3 : 0.18);
    return {background, readableOn(tint, background, minimumContrast(palette))};
}

QString bannerStyle(NoticeLevel level, const QPalette &palette)
{
    const BannerColors colors = banner(level, palette);
    // Untinted on a high-contrast theme, so a border in the text's colour sets the banner apart.
    const QString border =
        isHighContrast(palette) ? QStringLiteral(" border: 2px solid %1;").arg(css(colors.text)) : QString();
    return QStringLiteral("background: %1; color: %2;%3")
        .arg(css(colors.background), css(colors.text), border);
}

QPalette surroundings(const QWidget *widget)
{
    return widget->parentWidget() ? widget->parentWidget()->palette() : widget->palette();
}

QString css(const QColor &color)
{
    return color.name(QColor::HexRgb);
}

void setTextTone(QWidget *widget, Tone tone, bool bold)
{
    // Labels draw on the window, line edits on the base, buttons on the button colour.
    // Active and inactive only: a disabled widget keeps the style's greyed text, so it never looks usable.
    QPalette palette = widget->palette();
    const double minimum = minimumContrast(palette);
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        palette.setColor(group, QPalette::WindowText,
                         toneOn(tone, palette.color(group, QPalette::Window), minimum));
        palette.setColor(group, QPalette::Text, toneOn(tone, palette.color(group, QPalette::Base), minimum));
        palette.setColor(group, QPalette::ButtonText,
                         toneOn(tone, palette.color(group, QPalette::Button), minimum));
    }
    widget->setPalette(palette);
    QFont font = widget->font();
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace certdeck::ui::theme
