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
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestTheme::tonesAreReadable()
{
    QFETCH(QPalette, palette);
    const QColor window = palette.color(QPalette::Window);
    const QColor good = theme::text(theme::Tone::Good, palette);
    const QColor bad = theme::text(theme::Tone::Bad, palette);
    QVERIFY2(theme::contrast(good, window) >= 4.5, qPrintable(theme::css(good)));
    QVERIFY2(theme::contrast(bad, window) >= 4.5, qPrintable(theme::css(bad)));
    // Still a green and a red, not grey: the colour is a hint next to the words.
    QVERIFY2(good.hslHue() > 90 && good.hslHue() < 160 && good.hslSaturation() > 100,
             qPrintable(theme::css(good)));
    QVERIFY2((bad.hslHue() < 15 || bad.hslHue() > 345) && bad.hslSaturation() > 100,
             qPrintable(theme::css(bad)));
    for (const NoticeLevel level : {NoticeLevel::Info, NoticeLevel::Warning, NoticeLevel::Error}) {
        const theme::BannerColors colors = theme::banner(level, palette);
        QVERIFY2(theme::contrast(colors.text, colors.background) >= 4.5,
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
// it).
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
    banner->showMessage(NoticeLevel::Error, QStringLiteral("The certificate list could not be loaded."));
    const QColor first = sample();
    QCOMPARE(lightness(first) < 0.5, lightness(palette.color(QPalette::Window)) < 0.5);
    QVERIFY(first != palette.color(QPalette::Window)); // tinted: an error stands out
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
