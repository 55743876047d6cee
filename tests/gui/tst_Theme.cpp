// Certdeck's own colours come from the palette: readable on light and dark themes alike.
#include "BannerWidget.h"
#include "DarkPalette.h"
#include "Theme.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

using namespace certdeck;
using namespace certdeck::ui;
using certdeck::test::darkPalette;

namespace {

double lightness(const QColor &c)
{
    return c.lightnessF();
}

// A high-contrast theme's palette (GNOME's HighContrast and its inverse): pure black and white.
QPalette highContrast(bool inverse)
{
    const QColor back = inverse ? Qt::black : Qt::white;
    const QColor fore = inverse ? Qt::white : Qt::black;
    QPalette p(fore, back, back, back, back, fore, back);
    p.setColor(QPalette::AlternateBase, back);
    p.setColor(QPalette::Highlight, inverse ? QColor(0xff, 0xff, 0x00) : QColor(0x00, 0x00, 0x80));
    p.setColor(QPalette::HighlightedText, back);
    return p;
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion"))); }
    void cleanup() { QApplication::setPalette(QApplication::style()->standardPalette()); }
    void tonesAreReadable_data();
    void tonesAreReadable();
    void bannerFollowsThePalette_data();
    void bannerFollowsThePalette();
    void toneOnAWidget();
};

void TestTheme::tonesAreReadable_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<double>("minimum"); // WCAG AA, and AAA where the theme asks for high contrast
    QTest::newRow("light") << QApplication::style()->standardPalette() << 4.5;
    QTest::newRow("dark") << darkPalette() << 4.5;
    QTest::newRow("high contrast") << highContrast(false) << 7.0;
    QTest::newRow("high contrast inverse") << highContrast(true) << 7.0;
}

void TestTheme::tonesAreReadable()
{
    QFETCH(QPalette, palette);
    QFETCH(double, minimum);
    const QColor window = palette.color(QPalette::Window);
    const QColor good = theme::text(theme::Tone::Good, palette);
    const QColor bad = theme::text(theme::Tone::Bad, palette);
    QVERIFY2(theme::contrast(good, window) >= minimum, qPrintable(theme::css(good)));
    QVERIFY2(theme::contrast(bad, window) >= minimum, qPrintable(theme::css(bad)));
    // Still a green and a red, not grey: the colour is a hint next to the words.
    QVERIFY2(good.hslHue() > 90 && good.hslHue() < 160 && good.hslSaturation() > 100,
             qPrintable(theme::css(good)));
    QVERIFY2((bad.hslHue() < 15 || bad.hslHue() > 345) && bad.hslSaturation() > 100,
             qPrintable(theme::css(bad)));
    for (const NoticeLevel level : {NoticeLevel::Info, NoticeLevel::Warning, NoticeLevel::Error}) {
        const theme::BannerColors colors = theme::banner(level, palette);
        QVERIFY2(theme::contrast(colors.text, colors.background) >= minimum,
                 qPrintable(theme::css(colors.text) + QLatin1Char('/') + theme::css(colors.background)));
        // A banner on a dark theme is dark too (no pastel block), and the other way round.
        QCOMPARE(lightness(colors.background) < 0.5, lightness(window) < 0.5);
    }
}

void TestTheme::bannerFollowsThePalette_data()
{
    tonesAreReadable_data();
}

// As painted: the error banner's background, sampled in its margin, is dark on a dark theme, light on a light
// one, and stays the same when a second message comes (the banner's own style sheet must not feed back into
// it). On a high-contrast theme its border is red at 7 : 1.
void TestTheme::bannerFollowsThePalette()
{
    QFETCH(QPalette, palette);
    QApplication::setPalette(palette);
    QWidget window;
    window.resize(400, 80);
    auto *banner = new BannerWidget(&window);
    banner->resize(400, 60);
    const auto sample = [banner] {
        const QImage image = banner->grab().toImage();
        return image.pixelColor(3, image.height() / 2);
    };
    QFETCH(double, minimum);
    const QColor around = palette.color(QPalette::Window);
    if (minimum > 4.5) {
        // High contrast: no tint, the banner is set apart by a border in its text's colour, sampled where
        // the first pixel from the left, mid-height, is not the window.
        const auto border = [banner, around] {
            const QImage image = banner->grab().toImage();
            for (int x = 0; x + 1 < image.width() / 2; ++x)
                if (image.pixelColor(x, image.height() / 2) != around)
                    return image.pixelColor(x + 1, image.height() / 2);
            return QColor();
        };
        banner->showMessage(NoticeLevel::Error, QStringLiteral("The certificate list could not be loaded."));
        const QColor error = border();
        QVERIFY2(error.isValid() && theme::contrast(error, around) >= minimum, qPrintable(theme::css(error)));
        QVERIFY2(error.hslHue() < 15 || error.hslHue() > 345, qPrintable(theme::css(error))); // red
        banner->showMessage(NoticeLevel::Info, QStringLiteral("Fine."));
        QVERIFY(border() != error);
        return;
    }
    banner->showMessage(NoticeLevel::Error, QStringLiteral("The certificate list could not be loaded."));
    const QColor first = sample();
    QCOMPARE(lightness(first) < 0.5, lightness(around) < 0.5);
    QVERIFY(first != around); // tinted: an error stands out
    banner->showMessage(NoticeLevel::Error, QStringLiteral("Again."));
    QCOMPARE(sample(), first);
    banner->showMessage(NoticeLevel::Info, QStringLiteral("Fine."));
    QVERIFY(sample() != first);
}

void TestTheme::toneOnAWidget()
{
    QApplication::setPalette(darkPalette());
    QLabel label(QStringLiteral("Not revoked."));
    theme::setTextTone(&label, theme::Tone::Bad);
    QVERIFY(label.font().bold());
    const QColor text = label.palette().color(QPalette::WindowText);
    QVERIFY2(theme::contrast(text, darkPalette().color(QPalette::Window)) >= 4.5,
             qPrintable(theme::css(text)));
    theme::setTextTone(&label, theme::Tone::Good, false);
    QVERIFY(!label.font().bold());
    QVERIFY(label.palette().color(QPalette::WindowText) != text);
}

QTEST_MAIN(TestTheme)
#include "tst_Theme.moc"
