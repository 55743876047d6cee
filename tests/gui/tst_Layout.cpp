// The layout check (issue 34, point 6): the window as a person starts it, at the size it takes on a 1280×800
// and on a 1024×600 screen, in every language, with rows in every state. No column header and no cell is cut
// where its whole text fits a reasonable column, no label is cut, and no toolbar action falls into the
// toolbar's overflow menu.
#include "DesktopApp.h"
#include "MainWindow.h"
#include "ScriptedCertificateChanges.h"
#include "SessionHelpers.h"
#include "util/Translations.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QtTest>

using namespace certdeck;

class TestLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nothingIsCut_data();
    void nothingIsCut();
};

namespace {

// What a column may take before a long text in it is elided (the fingerprint always is: the details panel
// shows it whole).
constexpr int reasonableColumn = 360;

QString cutCells(QTableView *table)
{
    QStringList cut;
    QHeaderView *header = table->horizontalHeader();
    QAbstractItemModel *model = table->model();
    for (int c = 0; c < model->columnCount(); ++c) {
        if (table->isColumnHidden(c))
            continue;
        const QString title = model->headerData(c, Qt::Horizontal).toString();
        if (header->sectionSize(c) < header->sectionSizeHint(c))
            cut << QStringLiteral("header “%1”: %2 < %3")
                       .arg(title)
                       .arg(header->sectionSize(c))
                       .arg(header->sectionSizeHint(c));
        const int needed = static_cast<QAbstractItemView *>(table)->sizeHintForColumn(c);
        if (needed <= reasonableColumn && table->columnWidth(c) < needed)
            cut << QStringLiteral("cells of “%1”: %2 < %3").arg(title).arg(table->columnWidth(c)).arg(needed);
    }
    return cut.join(QStringLiteral("; "));
}

QString cutLabels(QWidget *window)
{
    QStringList cut;
    for (QLabel *label : window->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        // Plain text: its widest line; rich text: what the label itself asks for.
        int needed = label->minimumSizeHint().width();
        if (!label->text().contains(QLatin1Char('<')))
            for (const QString &line : label->text().split(QLatin1Char('\n')))
                needed = std::max(needed, label->fontMetrics().horizontalAdvance(line));
        if (label->width() < needed)
            cut << QStringLiteral("“%1” (%2 px of %3)").arg(label->text()).arg(label->width()).arg(needed);
    }
    return cut.join(QStringLiteral("; "));
}

QString overflowingActions(QToolBar *toolBar)
{
    QStringList hidden;
    for (QAction *action : toolBar->actions()) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        QWidget *widget = toolBar->widgetForAction(action);
        if (!widget || !widget->isVisible())
            hidden << (action->text().isEmpty() && widget ? widget->objectName() : action->text());
    }
    return hidden.join(QStringLiteral(", "));
}

} // namespace

void TestLayout::nothingIsCut_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    for (const QString &language : availableLanguages())
        for (const QSize screen : {QSize(1280, 800), QSize(1024, 600)})
            QTest::addRow("%s at %dx%d", qPrintable(language), screen.width(), screen.height())
                << language << screen;
}

void TestLayout::nothingIsCut()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    QVERIFY(installTranslations(QLocale(language)));
    const QString jid = QStringLiteral("alice@example.org");
    const auto item = [&jid](const QString &name, int fromDays, int toDays, bool mayManage = true) {
        return test::ScriptedCertificateChanges::item(
            name, test::makeCredential(name, jid, fromDays, toDays).certificate.der, mayManage);
    };
    // This computer, a phone being replaced and its replacement, one due soon, one without management.
    const SaslCertItem laptop = item(QStringLiteral("Work laptop"), -10, 355);
    const QVector<SaslCertItem> items{laptop, item(QStringLiteral("Pixel phone"), -300, 9),
                                      item(QStringLiteral("Pixel phone · 2026-12"), -1, 364),
                                      item(QStringLiteral("Tablet"), -250, 30, false),
                                      item(QStringLiteral("Old e-reader"), -400, -5, false)};
    test::ScriptedCertificateChanges changes;
    ui::DesktopApp app;
    app.controller().setChanges(&changes);
    ui::MainWindow &window = app.window();
    window.resize(ui::MainWindow::defaultSize(screen - QSize(0, 40))); // a panel takes the rest
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    changes.setListing({items, {}});
    auto *table = window.findChild<QTableView *>(QStringLiteral("table"));
    QTRY_COMPARE(table->model()->rowCount(), items.size());
    // As in the running app: this computer's mark and a rotation's links come after the listing.
    app.controller().model()->setOwnFingerprint(laptop.certificate.sha256);
    app.controller().model()->setRotationLinks(
        {{QStringLiteral("Pixel phone"), QStringLiteral("Pixel phone · 2026-12")}});
    QCoreApplication::processEvents();
    QVERIFY(window.statusBar()->isVisible());
    QVERIFY2(window.frameGeometry().height() <= screen.height() &&
                 window.frameGeometry().width() <= screen.width(),
             qPrintable(QStringLiteral("%1×%2")
                            .arg(window.frameGeometry().width())
                            .arg(window.frameGeometry().height())));

    const QString cells = cutCells(table);
    QVERIFY2(cells.isEmpty(), qPrintable(cells));
    const QString labels = cutLabels(&window);
    QVERIFY2(labels.isEmpty(), qPrintable(labels));
    const QString overflow = overflowingActions(window.findChild<QToolBar *>(QStringLiteral("toolBar")));
    QVERIFY2(overflow.isEmpty(), qPrintable(QStringLiteral("in the overflow: ") + overflow));
}

QTEST_MAIN(TestLayout)
#include "tst_Layout.moc"
