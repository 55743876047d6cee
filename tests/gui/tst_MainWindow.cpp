// The main window, offscreen, against a real Prosody; the Disable action against scripted certificate
// changes.
#include "BannerWidget.h"
#include "LostDeviceDialog.h"
#include "MainWindow.h"
#include "ProsodyServer.h"
#include "RotateDialog.h"
#include "ScriptedCertificateChanges.h"
#include "SessionHelpers.h"
#include "TrayIcon.h"
#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "workflow/DeviceWorkflow.h"

#include "util/Translations.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStatusTipEvent>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

#include <QtTest>

#include <functional>

using namespace certdeck;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void showsTheAccountsCertificates();
    void unsupportedServerShowsAMessage();
    void wrongPasswordShowsABanner();
    void disableShowsItsOutcome_data();
    void disableShowsItsOutcome();
    void unreadableEntryIsOfferedByName();
    void statusBarSummaryOutlivesAStatusTip();
    void exportOpensInDocumentsThenTheLastFolder();
    void bannerMessagesLastAsLongAsTheirTopic();
    void secondRotationInAMonthSuggestsItsOwnFile();
    void unusedDeviceHintOffersDisable();
    void messagesAreAlertsInTheTabOrder();
    void sortsFromTheViewMenu();

private:
    test::ProsodyServer m_server;
};

void TestMainWindow::initTestCase()
{
    installTranslations(QLocale(QLocale::English));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    AccountSession session;
    QVERIFY(!test::connectAndWait(session, m_server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    const QString jid = m_server.jid(QStringLiteral("alice"));
    const struct
    {
        const char *name;
        int from, to;
    } devices[] = {{"Phone", -80, 10}, {"Laptop", -5, 360}, {"Old tablet", -400, -2}};
    for (const auto &d : devices) {
        const auto cred = test::makeCredential(QString::fromLatin1(d.name), jid, d.from, d.to);
        const auto ok = test::awaitResult<Success>([&](QObject *c, auto done) {
            session.requestAppend(QString::fromLatin1(d.name), cred.certificate.der, false, c, done);
        });
        QVERIFY(ok && ok->hasValue());
    }
}

void TestMainWindow::showsTheAccountsCertificates()
{
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    ui::MainWindow window(&controller, &model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy updated(&controller, &AccountController::listingUpdated);
    controller.logIn(m_server.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password"));
    QVERIFY(updated.wait(10000));

    auto *table = window.findChild<QTableView *>(QStringLiteral("table"));
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("stack"));
    QVERIFY(table && stack);
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("tablePage"));
    QCOMPARE(table->model()->rowCount(), 3);
    QStringList names;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        names << table->model()->index(r, CertificateListModel::NameColumn).data().toString();
    // Sorted by expiry: the expired one first.
    QCOMPARE(names,
             (QStringList{QStringLiteral("Old tablet"), QStringLiteral("Phone"), QStringLiteral("Laptop")}));
    QCOMPARE(table->model()->index(1, CertificateListModel::DaysLeftColumn).data().toString(),
             QStringLiteral("in 9 days"));
    QCOMPARE(window.summaryText(),
             QStringLiteral("3 devices · 1 expiring within 30 days · 1 expired · 0 other sessions online"));

    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QTest::keyClicks(filter, QStringLiteral("lap"));
    QCOMPARE(table->model()->rowCount(), 1);
    QTest::keyClicks(filter, QStringLiteral("zzz"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("messagePage"));
    filter->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void TestMainWindow::unsupportedServerShowsAMessage()
{
    test::ProsodyServer plain;
    QVERIFY2(plain.start({false, {QStringLiteral("bob:pw")}}), qPrintable(plain.errorString()));
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    ui::MainWindow window(&controller, &model);
    window.show();
    controller.logIn(plain.settingsFor(QStringLiteral("bob")), QStringLiteral("pw"));
    QTRY_COMPARE_WITH_TIMEOUT(controller.phase(), AccountController::Phase::Unsupported, 10000);
    auto *stack = window.findChild<QStackedWidget *>(QStringLiteral("stack"));
    auto *label = window.findChild<QLabel *>(QStringLiteral("messageLabel"));
    QCOMPARE(stack->currentWidget()->objectName(), QStringLiteral("messagePage"));
    QVERIFY(label->text().contains(QStringLiteral("does not support client certificates")));
    QVERIFY(label->text().contains(QStringLiteral("mod_client_certs")));
}

void TestMainWindow::wrongPasswordShowsABanner()
{
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    ui::MainWindow window(&controller, &model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<ui::BannerWidget *>(QStringLiteral("banner"));
    QVERIFY(banner);
    QVERIFY(banner->text().isEmpty());
    controller.logIn(m_server.settingsFor(QStringLiteral("alice")), QStringLiteral("nope"));
    QTRY_VERIFY_WITH_TIMEOUT(!banner->text().isEmpty(), 10000);
    QCOMPARE(banner->level(), ui::BannerWidget::Level::Error);
    QVERIFY(banner->text().contains(QStringLiteral("password")));
    QCOMPARE(controller.phase(), AccountController::Phase::Offline);
}

void TestMainWindow::disableShowsItsOutcome_data()
{
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("banner");
    QTest::addColumn<ui::BannerWidget::Level>("level");
    QTest::addColumn<bool>("stillListed");
    QTest::newRow("confirmed") << QStringLiteral("confirm")
                               << QStringLiteral("Disabled “Tablet” · verified at %1")
                               << ui::BannerWidget::Level::Info << false;
    QTest::newRow("refused") << QStringLiteral("refuse")
                             << QStringLiteral(
                                    "“Tablet” was not disabled: This device is not allowed to manage "
                                    "certificates. Server says: “no-cert-management”")
                             << ui::BannerWidget::Level::Error << true;
    QTest::newRow("not confirmed") << QStringLiteral("unconfirmed")
                                   << QStringLiteral(
                                          "Disable of “Tablet” sent, not confirmed · The server did not "
                                          "answer in time.")
                                   << ui::BannerWidget::Level::Error << true;
}

// Disable from the window (the question box answered "Disable"): the banner renders the outcome, and only a
// confirmed change is told as done.
void TestMainWindow::disableShowsItsOutcome()
{
    QFETCH(QString, answer);
    QFETCH(QString, banner);
    QFETCH(ui::BannerWidget::Level, level);
    QFETCH(bool, stillListed);
    const QString jid = QStringLiteral("alice@example.org");
    const auto item = [&jid](const QString &name) {
        return test::ScriptedCertificateChanges::item(
            name, test::makeCredential(name, jid, -1, 90).certificate.der);
    };
    test::ScriptedAccount a({item(QStringLiteral("Tablet")), item(QStringLiteral("Laptop"))});
    const QDateTime verifiedAt = QDateTime::currentDateTimeUtc();
    a.changes.setTimes(verifiedAt.addSecs(-1), verifiedAt);
    if (answer == QLatin1String("refuse"))
        a.changes.refuseNext({SaslCertError::Kind::Forbidden, QStringLiteral("no-cert-management")});
    else if (answer == QLatin1String("unconfirmed"))
        a.changes.leaveNextUnconfirmed(false);
    ui::MainWindow window(&a.controller, &a.model);
    window.show();
    QTimer::singleShot(0, [] {
        QVERIFY(
            test::waitUntil([] { return qobject_cast<QMessageBox *>(QApplication::activeModalWidget()); }));
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        for (QAbstractButton *button : box->buttons())
            if (button->text() == QLatin1String("Disable"))
                button->click();
    });
    window.disableDevice(QStringLiteral("Tablet"));
    QCOMPARE(a.changes.requests().size(), 1);
    QCOMPARE(a.changes.requests().constFirst().action, ChangeReport::Action::Disable);
    QCOMPARE(a.changes.requests().constFirst().name, QStringLiteral("Tablet"));
    auto *shown = window.findChild<ui::BannerWidget *>(QStringLiteral("banner"));
    QTRY_VERIFY(!shown->text().startsWith(QStringLiteral("Disabling")));
    QCOMPARE(shown->text(), banner.arg(verifiedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    QCOMPARE(shown->level(), level);
    QCOMPARE(a.model.rowOf(QStringLiteral("Tablet")) >= 0, stillListed);
}

// Runs `act` on the modal dialog of type T once it is open (polled: the dialog runs its own event loop).
template<typename T> void whenModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, act] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(dialog);
        }
    });
    timer->start();
}

// Issue 26: an entry the server lists but Certdeck cannot read may still log in. The window names it and
// offers to revoke or disable it by its name; the Lost device dialog lists it too.
void TestMainWindow::unreadableEntryIsOfferedByName()
{
    const QString jid = QStringLiteral("alice@example.org");
    const SaslCertItem phone = test::ScriptedCertificateChanges::item(
        QStringLiteral("Phone"), test::makeCredential(QStringLiteral("Phone"), jid, -1, 90).certificate.der);
    const ItemsListing withOdd{
        {phone}, {{1, QStringLiteral("odd"), QStringLiteral("The certificate is not valid base64.")}}};
    test::ScriptedAccount a({phone});
    const QDateTime verifiedAt = QDateTime::currentDateTimeUtc();
    a.changes.setTimes(verifiedAt.addSecs(-1), verifiedAt);
    ui::MainWindow window(&a.controller, &a.model);
    window.show();
    auto *banner = window.findChild<ui::BannerWidget *>(QStringLiteral("banner"));
    const auto button = [banner](const char *name) {
        auto *b = banner->findChild<QPushButton *>(QString::fromLatin1(name));
        return b && b->isVisible() ? b : nullptr;
    };
    a.changes.setListing(withOdd);
    QTRY_VERIFY(button("disableUnreadable"));
    QCOMPARE(banner->level(), ui::BannerWidget::Level::Warning);
    QCOMPARE(banner->text(),
             QStringLiteral("The server listed 1 certificate that cannot be shown:<br>odd: The "
                            "certificate is not valid base64.<br>Such an entry may still log in: unless you "
                            "know what it is, revoke it."));
    QCOMPARE(button("revokeUnreadable")->text(), QStringLiteral("Revoke “odd”…"));
    QCOMPARE(button("disableUnreadable")->text(), QStringLiteral("Disable “odd”…"));

    // Disable, by its name, after the usual question.
    QString asked;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->windowTitle();
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QLatin1String("Disable"))
                QTest::mouseClick(b, Qt::LeftButton);
    });
    QTest::mouseClick(button("disableUnreadable"), Qt::LeftButton);
    QTRY_COMPARE(a.changes.requests().size(), 1);
    QCOMPARE(asked, QStringLiteral("Disable “odd”?"));
    QCOMPARE(a.changes.requests()[0].action, ChangeReport::Action::Disable);
    QCOMPARE(a.changes.requests()[0].name, QStringLiteral("odd"));
    QTRY_VERIFY(banner->text().startsWith(QStringLiteral("Disabled “odd”")));
    QVERIFY(!button("revokeUnreadable"));
    QVERIFY(a.changes.listing().problems.isEmpty());

    // Revoke, through the Lost device dialog, where it is listed by name.
    a.changes.setListing(withOdd);
    QTRY_VERIFY(button("revokeUnreadable"));
    QString chosen;
    QString result;
    whenModal<ui::LostDeviceDialog>([&](ui::LostDeviceDialog *dialog) {
        chosen = dialog->findChild<QComboBox *>()->currentText();
        QTest::keyClicks(
            dialog->findChild<QLineEdit *>(QString::fromLatin1(ui::LostDeviceDialog::confirmEditName)),
            QStringLiteral("odd"));
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QString::fromLatin1(ui::LostDeviceDialog::revokeButtonName)),
            Qt::LeftButton);
        QVERIFY(test::waitUntil([dialog] { return dialog->succeeded(); }));
        result = dialog->resultText();
        for (auto *b : dialog->findChildren<QPushButton *>())
            if (QString(b->text()).remove(QLatin1Char('&')) == QLatin1String("Close") && b->isVisible())
                QTest::mouseClick(b, Qt::LeftButton);
    });
    QTest::mouseClick(button("revokeUnreadable"), Qt::LeftButton);
    QTRY_COMPARE(a.changes.requests().size(), 2);
    QTRY_VERIFY(!QApplication::activeModalWidget());
    QCOMPARE(chosen, QStringLiteral("odd (unreadable entry)"));
    QCOMPARE(a.changes.requests()[1].action, ChangeReport::Action::Revoke);
    QCOMPARE(a.changes.requests()[1].name, QStringLiteral("odd"));
    QCOMPARE(result, QStringLiteral("Revoked “odd” · no session went offline · verified at %1")
                         .arg(verifiedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
    QVERIFY(a.changes.listing().problems.isEmpty());

    // Many such entries: three pairs of buttons at most, an '&' in a name shown as text (not a shortcut), and
    // no button for a name the table lists readable.
    ItemsListing many{{phone}, {}};
    for (const QString &n :
         {QStringLiteral("A&B"), QStringLiteral("two"), QStringLiteral("three"), QStringLiteral("four")})
        many.problems.append({1, n, QStringLiteral("The certificate is not valid base64.")});
    many.problems.append({2, QStringLiteral("Phone"), QStringLiteral("The server listed this name twice.")});
    a.changes.setListing(many);
    const auto revokeButtons = [banner] {
        QStringList texts;
        for (auto *b : banner->findChildren<QPushButton *>(QStringLiteral("revokeUnreadable")))
            if (b->isVisible())
                texts << b->text();
        return texts;
    };
    QTRY_COMPARE(revokeButtons().size(), 3);
    QCOMPARE(revokeButtons().constFirst(), QStringLiteral("Revoke “A&&B”…"));
}

// Issue 34, point 7: the summary ("2 devices · …") came back blank after the pointer passed over a menu item,
// whose status tip had replaced it, until the next refresh.
void TestMainWindow::statusBarSummaryOutlivesAStatusTip()
{
    const QString jid = QStringLiteral("alice@example.org");
    const auto item = [&jid](const QString &name) {
        return test::ScriptedCertificateChanges::item(
            name, test::makeCredential(name, jid, -1, 90).certificate.der);
    };
    test::ScriptedAccount a({item(QStringLiteral("Tablet")), item(QStringLiteral("Laptop"))});
    ui::MainWindow window(&a.controller, &a.model);
    window.show();
    a.changes.setListing({{item(QStringLiteral("Tablet")), item(QStringLiteral("Laptop"))}, {}});
    // What the status bar shows on its left: a temporary message if there is one, else its labels.
    const auto shown = [&window] {
        QStatusBar *bar = window.statusBar();
        if (!bar->currentMessage().isEmpty())
            return bar->currentMessage();
        QStringList texts;
        for (const QLabel *label : bar->findChildren<QLabel *>())
            if (label->isVisible() && label->objectName() != QLatin1String("connectionLabel"))
                texts << label->text();
        return texts.join(QLatin1Char(' '));
    };
    const QString summary = QStringLiteral("2 devices · 0 other sessions online");
    QTRY_COMPARE(shown(), summary);
    // The pointer on a menu item: its status tip shows; the pointer gone: the tip goes (what QMenu sends).
    QAction *refresh = window.findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(refresh);
    refresh->setStatusTip(QStringLiteral("Reload the certificate list"));
    refresh->showStatusText(&window);
    QCOMPARE(shown(), QStringLiteral("Reload the certificate list"));
    QStatusTipEvent leave{QString()};
    QCoreApplication::sendEvent(&window, &leave);
    QCOMPARE(shown(), summary);
}

// Issue 34, point 10: "Export certificate as PEM" opened in the process's working directory. It opens in the
// documents folder, and after a save in the folder saved to.
void TestMainWindow::exportOpensInDocumentsThenTheLastFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QVERIFY(QDir().mkpath(documents));
    QSettings().remove(QStringLiteral("ui/lastSaveFolder"));
    QTemporaryDir elsewhere;
    const QString jid = QStringLiteral("alice@example.org");
    const SaslCertItem tablet = test::ScriptedCertificateChanges::item(
        QStringLiteral("Tablet"),
        test::makeCredential(QStringLiteral("Tablet"), jid, -1, 90).certificate.der);
    test::ScriptedAccount a({tablet});
    ui::MainWindow window(&a.controller, &a.model);
    window.show();
    a.changes.setListing({{tablet}, {}});
    QTRY_VERIFY(a.model.rowOf(QStringLiteral("Tablet")) >= 0);
    QPushButton *exportButton = nullptr;
    for (auto *b : window.findChildren<QPushButton *>())
        if (b->accessibleName() == QLatin1String("Export certificate as PEM"))
            exportButton = b;
    QVERIFY(exportButton);
    QTRY_VERIFY(exportButton->isEnabled() && exportButton->isVisible());

    // The dialog's own buttons, clicked; the path is put in the name field whole (typed key by key, the
    // file-name completer's popup could take the click).
    const auto clickButton = [](QFileDialog *dialog, QDialogButtonBox::StandardButton which) {
        QPushButton *button = dialog->findChild<QDialogButtonBox *>()->button(which);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    };
    QString opened;
    whenModal<QFileDialog>([&](QFileDialog *dialog) {
        opened = dialog->directory().absolutePath();
        dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"))
            ->setText(elsewhere.filePath(QStringLiteral("tablet.pem")));
        clickButton(dialog, QDialogButtonBox::Save);
    });
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(opened, QDir(documents).absolutePath());
    QVERIFY(QFile::exists(elsewhere.filePath(QStringLiteral("tablet.pem"))));

    whenModal<QFileDialog>([&](QFileDialog *dialog) {
        opened = dialog->directory().absolutePath();
        clickButton(dialog, QDialogButtonBox::Cancel);
    });
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QCOMPARE(opened, QDir(elsewhere.path()).absolutePath());
}

// Issue 34, point 2: one banner slot let the newest message hide the rest for good. Each message now stays
// as long as what it is about: a reminder survives an export's message and goes with its device; "nothing is
// due" goes with the listing it was true of.
void TestMainWindow::bannerMessagesLastAsLongAsTheirTopic()
{
    const QString jid = QStringLiteral("alice@example.org");
    const auto item = [&jid](const QString &name, int fromDays, int toDays) {
        return test::ScriptedCertificateChanges::item(
            name, test::makeCredential(name, jid, fromDays, toDays).certificate.der);
    };
    const SaslCertItem pixel = item(QStringLiteral("Pixel phone"), -300, 9);
    const SaslCertItem laptop = item(QStringLiteral("Laptop"), -1, 300);
    test::ScriptedAccount a({laptop});
    DeviceWorkflow workflow(&a.changes, &a.session);
    workflow.setListing([&a] { return a.model.listing(); });
    ui::MainWindow window(&a.controller, &a.model);
    window.setLifecycle(&workflow);
    ui::TrayIcon tray(&a.controller, &window);
    window.resize(1000, 700);
    window.show();
    auto *banner = window.findChild<ui::BannerWidget *>(QStringLiteral("banner"));
    // Clicks the close button of the message shown with `text`; false when there is none.
    const auto dismiss = [banner](const QString &text) {
        for (auto *frame : banner->findChildren<QFrame *>(QStringLiteral("bannerMessage")))
            if (frame->isVisible() && frame->accessibleName() == text) {
                QTest::mouseClick(frame->findChild<QToolButton *>(), Qt::LeftButton);
                return true;
            }
        return false;
    };

    // Nothing is due in this listing; the next brings a due device, and the statement goes.
    a.changes.setListing({{laptop}, {}});
    window.rotateAllDue();
    const QString nothingDue = QStringLiteral("No certificate is due for rotation.");
    QCOMPARE(banner->texts(), QStringList{nothingDue});
    a.changes.setListing({{laptop, pixel}, {}});
    QTRY_VERIFY(!banner->texts().contains(nothingDue));

    // The reminder, then an action's outcome: both shown, the reminder still there after the outcome goes.
    tray.showReminder({QStringLiteral("Pixel phone"), 28, 9, QStringLiteral("x:28")});
    const QString reminder =
        QStringLiteral("The certificate of “Pixel phone” expires in 9 days. Rotate it soon.");
    QCOMPARE(banner->texts(), QStringList{reminder});
    const QString saved = QStringLiteral("Certificate of “Laptop” saved to /tmp/laptop.pem.");
    window.showNotice(NoticeLevel::Info, saved);
    QCOMPARE(banner->texts(), (QStringList{reminder, saved}));
    QCOMPARE(banner->text(), saved);
    QVERIFY(dismiss(saved));
    QTRY_COMPARE(banner->texts(), QStringList{reminder});
    QVERIFY(banner->isVisible());

    // A few at once at most: the rest are counted and come back when one is dismissed.
    for (int i = 1; i <= 4; ++i)
        window.showReminder(QStringLiteral("Laptop"), QStringLiteral("Laptop reminder %1").arg(i));
    QCOMPARE(banner->texts(), (QStringList{QStringLiteral("Laptop reminder 4"), reminder}));
    window.showNotice(NoticeLevel::Error, QStringLiteral("First"));
    a.controller.problem(QStringLiteral("Second"));
    QCOMPARE(banner->texts().size(), ui::BannerWidget::maxShown);
    auto *more = banner->findChild<QLabel *>(QStringLiteral("moreMessages"));
    QVERIFY(more->isVisible());
    QCOMPARE(more->text(), QStringLiteral("1 more message below these; dismiss one to see the next."));
    QVERIFY(dismiss(QStringLiteral("First")));
    QTRY_VERIFY(!more->isVisible());
    QCOMPARE(banner->texts().size(), 3);

    // The device is revoked: its reminder goes with it.
    a.changes.setListing({{laptop}, {}});
    QTRY_VERIFY(!banner->texts().contains(reminder));
    QCOMPARE(banner->texts(), (QStringList{QStringLiteral("Second"), QStringLiteral("Laptop reminder 4")}));
}

// Issue 34, point 11: a second rotation of a device in one month makes "Tablet · 2026-12 (2)"; the Rotate
// dialog suggested "Tablet · 2026-12.p12", a file named after the first.
void TestMainWindow::secondRotationInAMonthSuggestsItsOwnFile()
{
    const QString jid = QStringLiteral("alice@example.org");
    const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
    const auto item = [&jid](const QString &name) {
        return test::ScriptedCertificateChanges::item(
            name, test::makeCredential(name, jid, -1, 300).certificate.der);
    };
    const QString first = QStringLiteral("Tablet · %1").arg(month);
    test::ScriptedAccount a({item(first), item(QStringLiteral("Laptop"))});
    DeviceWorkflow workflow(&a.changes, &a.session);
    workflow.setListing([&a] { return a.model.listing(); });
    ui::MainWindow window(&a.controller, &a.model);
    window.setLifecycle(&workflow);
    window.show();
    a.changes.setListing({{item(first), item(QStringLiteral("Laptop"))}, {}});
    QTRY_VERIFY(a.model.rowOf(first) >= 0);
    QString suggested;
    whenModal<ui::RotateDialog>([&suggested](ui::RotateDialog *dialog) {
        suggested = dialog->findChild<QLineEdit *>(QStringLiteral("p12Path"))->text();
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
    });
    window.rotateDevice(first);
    QCOMPARE(QFileInfo(suggested).fileName(), QStringLiteral("Tablet · %1 (2).p12").arg(month));
    QCOMPARE(workflow.rotatedNameFor(first), QStringLiteral("Tablet · %1 (2)").arg(month));
    QVERIFY(a.changes.requests().isEmpty());
}

// Issue 27: a device the server says has not logged in for 90 days gets one calm hint with a Disable button,
// which asks the usual question; once disabled, the hint goes. Dismissed, it does not come back by itself.
void TestMainWindow::unusedDeviceHintOffersDisable()
{
    const QString jid = QStringLiteral("alice@example.org");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto device = [&](const char *name, const QStringList &users, const QDateTime &last) {
        SaslCertItem item = test::ScriptedCertificateChanges::item(
            QString::fromLatin1(name),
            test::makeCredential(QString::fromLatin1(name), jid, -200, 90).certificate.der);
        item.hasUsers = true;
        item.users = users;
        item.use = {true, now.addDays(-190), last};
        return item;
    };
    test::ScriptedAccount a({device("Phone", {QStringLiteral("phone")}, now.addDays(-100)),
                             device("Tablet", {}, now.addDays(-120)), device("Laptop", {}, now.addDays(-2))});
    ui::MainWindow window(&a.controller, &a.model);
    window.show();
    auto *banner = window.findChild<ui::BannerWidget *>(QStringLiteral("banner"));
    const QString hint =
        QStringLiteral("“Tablet” has not logged in for 120 days. If you no longer use that device, "
                       "disable its certificate: an unused certificate is one more key to your "
                       "account.");
    QTRY_VERIFY2(banner->texts().contains(hint), qPrintable(banner->texts().join(QLatin1Char('\n'))));
    QCOMPARE(banner->findChildren<QPushButton *>(QStringLiteral("disableUnused")).size(), 1);
    auto *disable = banner->findChild<QPushButton *>(QStringLiteral("disableUnused"));
    QCOMPARE(disable->text(), QStringLiteral("Disable “Tablet”…"));

    QString asked;
    whenModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->windowTitle();
        for (QAbstractButton *b : box->buttons())
            if (b->text() == QLatin1String("Disable"))
                QTest::mouseClick(b, Qt::LeftButton);
    });
    QTest::mouseClick(disable, Qt::LeftButton);
    QTRY_COMPARE(a.changes.requests().size(), 1);
    QCOMPARE(asked, QStringLiteral("Disable “Tablet”?"));
    QCOMPARE(a.changes.requests()[0].action, ChangeReport::Action::Disable);
    QCOMPARE(a.changes.requests()[0].name, QStringLiteral("Tablet"));
    QTRY_VERIFY(!banner->texts().contains(hint));

    // Another device turns unused: a hint for it. Dismissed, the next listing does not bring it back.
    ItemsListing later = a.changes.listing();
    for (SaslCertItem &item : later.items)
        if (item.name == QLatin1String("Phone"))
            item.users.clear();
    a.changes.setListing(later);
    const QString phoneHint =
        QStringLiteral("“Phone” has not logged in for 100 days. If you no longer use that "
                       "device, disable its certificate: an unused certificate is one more "
                       "key to your account.");
    QTRY_VERIFY(banner->texts().contains(phoneHint));
    bool dismissed = false;
    for (auto *frame : banner->findChildren<QFrame *>(QStringLiteral("bannerMessage")))
        if (frame->isVisible() && frame->accessibleName() == phoneHint) {
            QTest::mouseClick(frame->findChild<QToolButton *>(), Qt::LeftButton);
            dismissed = true;
        }
    QVERIFY(dismissed);
    QTRY_VERIFY(!banner->texts().contains(phoneHint));
    QSignalSpy listed(&a.controller, &AccountController::listingUpdated);
    a.changes.setListing(later);
    QTRY_COMPARE(listed.size(), 1);
    QVERIFY(!banner->texts().contains(phoneHint));
}

// Issue 28, point 5: a message is an alert named by its words (what a screen reader speaks when it shows),
// and Tab reaches it, its buttons and its dismiss button before the filter and the table, in the order seen.
void TestMainWindow::messagesAreAlertsInTheTabOrder()
{
    const QString jid = QStringLiteral("alice@example.org");
    const SaslCertItem laptop = test::ScriptedCertificateChanges::item(
        QStringLiteral("Laptop"),
        test::makeCredential(QStringLiteral("Laptop"), jid, -1, 300).certificate.der);
    test::ScriptedAccount a({laptop});
    ui::MainWindow window(&a.controller, &a.model);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<ui::BannerWidget *>(QStringLiteral("banner"));
    const QString older = QStringLiteral("Certificate of “Laptop” saved to /tmp/laptop.pem.");
    const QString newer = QStringLiteral("The server refused: not allowed.");
    window.showReminder(QStringLiteral("Laptop"), older);
    window.showNotice(NoticeLevel::Error, newer);
    QCOMPARE(banner->texts(), (QStringList{newer, older}));

    QList<QFrame *> frames;
    for (auto *frame : banner->findChildren<QFrame *>(QStringLiteral("bannerMessage")))
        if (frame->isVisible())
            frames << frame;
    QCOMPARE(frames.size(), 2);
    for (QFrame *frame : std::as_const(frames)) {
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(frame);
        QVERIFY(spoken);
        QCOMPARE(spoken->role(), QAccessible::AlertMessage);
        QVERIFY(banner->texts().contains(spoken->text(QAccessible::Name)));
    }

    // Tab from the first message: its dismiss button, the next message, its dismiss button, then the filter.
    const QWidget *first = banner->focusOrder().constFirst();
    QCOMPARE(QAccessible::queryAccessibleInterface(const_cast<QWidget *>(first))->text(QAccessible::Name),
             newer);
    QWidget *w = const_cast<QWidget *>(first);
    w->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(w->hasFocus());
    QStringList visited;
    for (int i = 0; i < 5; ++i) {
        QWidget *now = QApplication::focusWidget();
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(now);
        visited << spoken->text(QAccessible::Name);
        QTest::keyClick(now, Qt::Key_Tab);
    }
    QCOMPARE(visited, (QStringList{newer, QStringLiteral("Dismiss message"), older,
                                   QStringLiteral("Dismiss message"), QStringLiteral("Filter devices")}));
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("table"));
}

// Issue 28, point 8: the column headers take no focus, so View → Sort by sorts from the keyboard, and shows
// what a click on a header chose.
void TestMainWindow::sortsFromTheViewMenu()
{
    const QString jid = QStringLiteral("alice@example.org");
    const auto item = [&jid](const QString &name, int toDays) {
        return test::ScriptedCertificateChanges::item(
            name, test::makeCredential(name, jid, -1, toDays).certificate.der);
    };
    test::ScriptedAccount a({item(QStringLiteral("Bravo"), 30), item(QStringLiteral("Alpha"), 300),
                             item(QStringLiteral("Charlie"), 100)});
    ui::MainWindow window(&a.controller, &a.model);
    window.show();
    auto *table = window.findChild<QTableView *>(QStringLiteral("table"));
    const auto names = [table] {
        QStringList shown;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            shown << table->model()->index(r, 0).data().toString();
        return shown;
    };
    QTRY_COMPARE(names(), (QStringList{QStringLiteral("Bravo"), QStringLiteral("Charlie"),
                                       QStringLiteral("Alpha")})); // by expiry, the first that is due on top

    auto *menu = window.findChild<QMenu *>(QStringLiteral("sortMenu"));
    QVERIFY(menu);
    QAction *byName = nullptr;
    QAction *descending = nullptr;
    for (QAction *action : menu->actions()) {
        if (action->text() == QLatin1String("Device"))
            byName = action;
        if (action->objectName() == QLatin1String("sortDescending"))
            descending = action;
    }
    QVERIFY(byName && descending);
    QVERIFY(!byName->isChecked());
    byName->trigger();
    QCOMPARE(names(),
             (QStringList{QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie")}));
    descending->trigger();
    QCOMPARE(names(),
             (QStringList{QStringLiteral("Charlie"), QStringLiteral("Bravo"), QStringLiteral("Alpha")}));

    // A click on a header: the menu follows.
    QHeaderView *header = table->horizontalHeader();
    const int expires = CertificateListModel::ExpiresColumn;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                      QPoint(header->sectionViewportPosition(expires) + header->sectionSize(expires) / 2,
                             header->height() / 2));
    QVERIFY(!byName->isChecked());
    QCOMPARE(descending->isChecked(), header->sortIndicatorOrder() == Qt::DescendingOrder);
    for (QAction *action : menu->actions())
        if (action->isCheckable() && action != descending && action->isChecked())
            QCOMPARE(action->data().toInt(), expires);
}

QTEST_MAIN(TestMainWindow)
#include "tst_MainWindow.moc"
