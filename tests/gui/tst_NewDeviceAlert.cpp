// "Was this you?": another client (slixmpp) adds a certificate while Certdeck runs; the window's periodic
// listing raises the alert, "No — cut it off" revokes exactly that certificate, "Yes, it was me" is
// remembered, and certdeck-cli list --new-since-last exits non-zero while one is not acknowledged.
#include "BannerWidget.h"
#include "CliProcess.h"
#include "LostDeviceDialog.h"
#include "MainWindow.h"
#include "NewDeviceAlert.h"
#include "Phone.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "controller/AccountController.h"
#include "controller/NewDeviceWatch.h"
#include "model/CertificateListModel.h"
#include "storage/ActivityLog.h"
#include "util/Translations.h"

#include <QAccessible>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

using namespace certdeck;

using namespace std::chrono_literals;

namespace {

// The window's pieces around one account, with its own settings file and activity log.
struct App
{
    explicit App(const QString &dir)
        : settings(dir + QStringLiteral("/settings.ini"), QSettings::IniFormat), store(&settings),
          log(dir + QStringLiteral("/activity.jsonl")), controller(&session, &model),
          watch(&controller, &store, &log), window(&controller, &model), alert(&watch, &store, &window)
    {
        log.attach(controller.service(), &session);
        window.show();
    }
    bool logIn(const test::ProsodyServer &server)
    {
        QSignalSpy updated(&controller, &AccountController::listingUpdated);
        controller.logIn(server.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password"));
        return updated.wait(10000);
    }
    bool enroll(const QString &name, const DeviceCredential &cred)
    {
        QSignalSpy updated(&controller, &AccountController::listingUpdated);
        const auto r = test::awaitResult<ChangeReport>([&](QObject *c, auto done) {
            controller.service()->append(name, cred.certificate.der, false, c, done);
        });
        return r && r->hasValue() && (updated.count() > 0 || updated.wait(5000));
    }
    bool refreshed()
    {
        QSignalSpy updated(&controller, &AccountController::listingUpdated);
        controller.refresh();
        return updated.wait(5000);
    }
    QPushButton *button(const char *name) const
    {
        return alert.findChild<QPushButton *>(QString::fromLatin1(name));
    }
    QStringList results(const QString &action) const
    {
        QStringList out;
        for (const auto &e : log.entries())
            if (e.action == action)
                out << e.device + QLatin1Char(':') + e.result;
        return out;
    }

    QSettings settings;
    NewDeviceStore store;
    ActivityLog log;
    AccountSession session;
    CertificateListModel model;
    AccountController controller;
    NewDeviceWatch watch;
    ui::MainWindow window;
    ui::NewDeviceAlert alert;
};

QString expectedAlert(const QString &name, const DeviceCredential &cred, const QDateTime &since)
{
    return QStringLiteral(
               "A new device certificate “%1” (EC P-256, %2) appeared on your account since %3. Was "
               "this you?")
        .arg(name, cred.certificate.sha256Fingerprint(), test::shortLocalTime(since));
}

} // namespace

class TestNewDeviceAlert : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void alertWithinOnePeriodicRefreshAndCutItOff();
    void sameNameReplacementIsDetected();
    void cutOffGoesByFingerprintNotByName();
    void acknowledgedNeverAlertsAgain();
    void restoredStateIsOneGroupedAlert();
    void cliExitCodeWhileUnacknowledged();

private:
    QString m_jid;
};

void TestNewDeviceAlert::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QLocale(QLocale::English));
}

void TestNewDeviceAlert::alertWithinOnePeriodicRefreshAndCutItOff()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString jid = server.jid(QStringLiteral("alice"));
    QTemporaryDir dir;
    App app(dir.path());
    QSignalSpy alerts(&app.watch, &NewDeviceWatch::alert);
    QVERIFY(app.logIn(server));
    const auto phoneCred = test::makeCredential(QStringLiteral("Phone"), jid, -1, 90);
    QVERIFY(app.enroll(QStringLiteral("Phone"), phoneCred));
    QCOMPARE(alerts.count(), 0); // the first listing and Certdeck's own enrollment are no news
    QVERIFY(!app.alert.isVisible());

    // Another client adds a certificate while Certdeck runs; the background listing finds it.
    app.watch.setInterval(300ms);
    const auto backdoor = test::makeCredential(QStringLiteral("Backdoor"), jid, -1, 90);
    test::Phone phone(server, phoneCred, QStringLiteral("phone"));
    phone.appendOnLogin(QStringLiteral("Backdoor"), backdoor.certificate.der);
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("appended")), qPrintable(phone.output()));
    QTRY_COMPARE_WITH_TIMEOUT(alerts.count(), 1, 5000);
    QVERIFY(app.alert.isVisible());
    QCOMPARE(app.watch.pending().size(), 1);
    const QDateTime since = app.watch.pending().constFirst().since;
    QCOMPARE(app.alert.text(), expectedAlert(QStringLiteral("Backdoor"), backdoor, since));
    QCOMPARE(app.results(QStringLiteral("new-device-alert")), QStringList{QStringLiteral("Backdoor:raised")});
    // The next periodic listings ask nothing new.
    QVERIFY(app.refreshed());
    QCOMPARE(alerts.count(), 1);

    // The intruder's device is online with its certificate; "No — cut it off" ends that.
    test::Phone intruder(server, backdoor, QStringLiteral("backdoor"));
    intruder.start();
    QVERIFY2(intruder.waitFor(QStringLiteral("bound")), qPrintable(intruder.output()));
    QTRY_VERIFY(app.controller.onlineSessions().contains(QStringLiteral("backdoor")));
    app.watch.setInterval(0ms);

    QString proof;
    QString preselected;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = app.window.findChild<ui::LostDeviceDialog *>();
        QVERIFY(dialog);
        auto close = qScopeGuard([dialog] { dialog->accept(); });
        preselected = dialog->device();
        QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("pinnedCertificate"))->text(),
                 QStringLiteral("EC P-256 · %1").arg(backdoor.certificate.sha256Fingerprint()));
        // Two clicks: "No — cut it off", then the revoke; the answer to the alert stands for typing the name.
        QVERIFY(!dialog->findChild<QLineEdit *>(QString::fromLatin1(ui::LostDeviceDialog::confirmEditName))
                     ->isVisible());
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QString::fromLatin1(ui::LostDeviceDialog::revokeButtonName)),
            Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->succeeded(), 5000);
        proof = dialog->resultText();
    });
    QTest::mouseClick(app.button(ui::NewDeviceAlert::cutOffButtonName), Qt::LeftButton);
    QCOMPARE(preselected, QStringLiteral("Backdoor"));
    QVERIFY2(proof.startsWith(QStringLiteral("Revoked “Backdoor” · 1 session closed (%1) · verified at ")
                                  .arg(intruder.fullJid())),
             qPrintable(proof));
    QVERIFY(intruder.waitFor(QStringLiteral("disconnected"), 3000));
    // Exactly that certificate: the phone that added it keeps its own.
    QTRY_VERIFY(app.model.rowOf(QStringLiteral("Backdoor")) < 0);
    QVERIFY(app.model.rowOf(QStringLiteral("Phone")) >= 0);
    QVERIFY(!phone.hasSeen(QStringLiteral("disconnected")));
    QTRY_VERIFY(!app.alert.isVisible());
    QCOMPARE(app.results(QStringLiteral("new-device-alert")),
             (QStringList{QStringLiteral("Backdoor:raised"), QStringLiteral("Backdoor:revoked")}));
    QVERIFY(app.results(QStringLiteral("revoke")).contains(QStringLiteral("Backdoor:confirmed")));
}

void TestNewDeviceAlert::sameNameReplacementIsDetected()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString jid = server.jid(QStringLiteral("alice"));
    QTemporaryDir dir;
    App app(dir.path());
    QVERIFY(app.logIn(server));
    const auto phoneCred = test::makeCredential(QStringLiteral("Phone"), jid, -1, 90);
    const auto laptop = test::makeCredential(QStringLiteral("Laptop"), jid, -1, 90);
    QVERIFY(app.enroll(QStringLiteral("Phone"), phoneCred));
    QVERIFY(app.enroll(QStringLiteral("Laptop"), laptop));

    // Prosody replaces a certificate silently when a name is uploaded again.
    const auto impostor = test::makeCredential(QStringLiteral("Laptop"), jid, -1, 90);
    test::Phone phone(server, phoneCred, QStringLiteral("phone"));
    phone.appendOnLogin(QStringLiteral("Laptop"), impostor.certificate.der);
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("appended")), qPrintable(phone.output()));
    QSignalSpy alerts(&app.watch, &NewDeviceWatch::alert);
    QVERIFY(app.refreshed());
    QCOMPARE(alerts.count(), 1);
    const auto pending = app.watch.pending();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending[0].event.kind, DeviceEvent::Kind::Replaced);
    QCOMPARE(pending[0].event.replacedSha256, laptop.certificate.sha256Fingerprint());
    QCOMPARE(
        app.alert.text(),
        QStringLiteral("The device certificate “Laptop” was replaced by a new one (EC P-256, %1) on your "
                       "account since %2. Was this you?")
            .arg(impostor.certificate.sha256Fingerprint(), test::shortLocalTime(pending[0].since)));
}

// The alert names certificate A under "Backdoor"; before the person confirms, "Backdoor" is uploaded again
// with certificate B (Prosody replaces silently). The revoke goes by A's fingerprint: B, which the person has
// not seen yet, is not cut off in A's place, and A is reported as no longer there.
void TestNewDeviceAlert::cutOffGoesByFingerprintNotByName()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString jid = server.jid(QStringLiteral("alice"));
    QTemporaryDir dir;
    App app(dir.path());
    QVERIFY(app.logIn(server));
    const auto phoneCred = test::makeCredential(QStringLiteral("Phone"), jid, -1, 90);
    QVERIFY(app.enroll(QStringLiteral("Phone"), phoneCred));
    const auto a = test::makeCredential(QStringLiteral("Backdoor"), jid, -1, 90);
    const auto b = test::makeCredential(QStringLiteral("Backdoor"), jid, -1, 90);
    {
        test::Phone phone(server, phoneCred, QStringLiteral("phone"));
        phone.appendOnLogin(QStringLiteral("Backdoor"), a.certificate.der);
        phone.start();
        QVERIFY2(phone.waitFor(QStringLiteral("appended")), qPrintable(phone.output()));
    }
    QVERIFY(app.refreshed());
    QVERIFY(app.alert.isVisible());
    test::Phone again(server, phoneCred, QStringLiteral("again"));
    again.appendOnLogin(QStringLiteral("Backdoor"), b.certificate.der);
    again.start();
    QVERIFY2(again.waitFor(QStringLiteral("appended")), qPrintable(again.output()));

    QString result;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = app.window.findChild<ui::LostDeviceDialog *>();
        QVERIFY(dialog);
        auto close = qScopeGuard([dialog] { dialog->reject(); });
        QTest::mouseClick(
            dialog->findChild<QPushButton *>(QString::fromLatin1(ui::LostDeviceDialog::revokeButtonName)),
            Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->resultText().isEmpty(), 5000);
        result = dialog->resultText();
    });
    QTest::mouseClick(app.button(ui::NewDeviceAlert::cutOffButtonName), Qt::LeftButton);
    QVERIFY2(result.startsWith(QStringLiteral("Not revoked.")), qPrintable(result));
    QVERIFY(app.refreshed());
    const SaslCertItem *item = app.model.listing().find(QStringLiteral("Backdoor"));
    QVERIFY(item);
    QCOMPARE(item->certificate.sha256Fingerprint(), b.certificate.sha256Fingerprint());
    // B is news of its own: the question is asked about it now.
    QCOMPARE(app.watch.pending().size(), 1);
    QCOMPARE(app.watch.pending()[0].event.certificate.sha256, b.certificate.sha256Fingerprint());
    // Refused before anything was sent: the log says so, and no revoke left.
    QCOMPARE(app.results(QStringLiteral("revoke")), QStringList{QStringLiteral("Backdoor:failed")});
}

void TestNewDeviceAlert::acknowledgedNeverAlertsAgain()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString jid = server.jid(QStringLiteral("alice"));
    QTemporaryDir dir;
    const auto phoneCred = test::makeCredential(QStringLiteral("Phone"), jid, -1, 90);
    const auto tablet = test::makeCredential(QStringLiteral("Tablet"), jid, -1, 90);
    DeviceSnapshot beforeTablet;
    {
        App app(dir.path());
        QVERIFY(app.logIn(server));
        QVERIFY(app.enroll(QStringLiteral("Phone"), phoneCred));
        beforeTablet = app.store.snapshot(jid);
        test::Phone phone(server, phoneCred, QStringLiteral("phone"));
        phone.appendOnLogin(QStringLiteral("Tablet"), tablet.certificate.der);
        phone.start();
        QVERIFY2(phone.waitFor(QStringLiteral("appended")), qPrintable(phone.output()));
        QVERIFY(app.refreshed());
        QVERIFY(app.alert.isVisible());
        // Issue 28: read as an alert, by its words; Tab goes from them to the refusal, then to the consent,
        // the order they are seen in.
        QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(&app.alert);
        QCOMPARE(spoken->role(), QAccessible::AlertMessage);
        QCOMPARE(spoken->text(QAccessible::Name), app.alert.text());
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        app.alert.setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(app.alert.hasFocus());
        QTest::keyClick(&app.alert, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app.button(ui::NewDeviceAlert::cutOffButtonName));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app.button(ui::NewDeviceAlert::itWasMeButtonName));
        QTest::mouseClick(app.button(ui::NewDeviceAlert::itWasMeButtonName), Qt::LeftButton);
        QVERIFY(!app.alert.isVisible());
        QVERIFY(app.store.acknowledged(jid).contains(tablet.certificate.sha256Fingerprint()));
        QCOMPARE(app.results(QStringLiteral("new-device-alert")),
                 (QStringList{QStringLiteral("Tablet:raised"), QStringLiteral("Tablet:acknowledged")}));
        QSignalSpy alerts(&app.watch, &NewDeviceWatch::alert);
        QVERIFY(app.refreshed());
        QCOMPARE(alerts.count(), 0);
    }
    // Restarted, with the state file restored from before the tablet: still not asked again.
    App app(dir.path());
    app.store.setSnapshot(jid, beforeTablet);
    QSignalSpy alerts(&app.watch, &NewDeviceWatch::alert);
    QVERIFY(app.logIn(server));
    QVERIFY(app.refreshed());
    QCOMPARE(alerts.count(), 0);
    QVERIFY(!app.alert.isVisible());
}

// A state file restored from a backup: what was added meanwhile comes as one alert, and a certificate the old
// file knew that is gone now is a calm note, not an alarm.
void TestNewDeviceAlert::restoredStateIsOneGroupedAlert()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString jid = server.jid(QStringLiteral("alice"));
    QTemporaryDir dir;
    App app(dir.path());
    QVERIFY(app.logIn(server));
    const auto phoneCred = test::makeCredential(QStringLiteral("Phone"), jid, -1, 90);
    QVERIFY(app.enroll(QStringLiteral("Phone"), phoneCred));
    DeviceSnapshot backup = app.store.snapshot(jid);
    const auto gone = test::makeCredential(QStringLiteral("Gone"), jid, -1, 90);
    backup.certificates.append(
        {QStringLiteral("Gone"), gone.certificate.sha256Fingerprint(), QStringLiteral("EC P-256")});
    for (const QString &name : {QStringLiteral("Watch"), QStringLiteral("Tablet")}) {
        test::Phone phone(server, phoneCred, name.toLower());
        phone.appendOnLogin(name, test::makeCredential(name, jid, -1, 90).certificate.der);
        phone.start();
        QVERIFY2(phone.waitFor(QStringLiteral("appended")), qPrintable(phone.output()));
    }
    app.store.setSnapshot(jid, backup);
    QSignalSpy alerts(&app.watch, &NewDeviceWatch::alert);
    QVERIFY(app.refreshed());
    QCOMPARE(alerts.count(), 1);
    QCOMPARE(app.watch.pending().size(), 2);
    QVERIFY2(app.alert.text().startsWith(
                 QStringLiteral("2 new device certificates appeared on your account since %1. "
                                "Was this you?\n")
                     .arg(test::shortLocalTime(backup.time))),
             qPrintable(app.alert.text()));
    auto *banner = app.window.findChild<ui::BannerWidget *>(QStringLiteral("banner"));
    QVERIFY(banner);
    QCOMPARE(banner->level(), ui::BannerWidget::Level::Info);
    QCOMPARE(banner->text(),
             QStringLiteral("The device certificate “Gone” left your account without Certdeck removing "
                            "it. That device can no longer log in with it."));
    // "Yes" answers for both at once.
    QTest::mouseClick(app.button(ui::NewDeviceAlert::itWasMeButtonName), Qt::LeftButton);
    QVERIFY(!app.alert.isVisible());
    QCOMPARE(app.store.acknowledged(jid).size(), 2);
}

void TestNewDeviceAlert::cliExitCodeWhileUnacknowledged()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    const QString jid = server.jid(QStringLiteral("alice"));
    QTemporaryDir home;
    const test::CliProcess cliProcess(server, home.path());
    const auto cli = [&](const QStringList &args) { return cliProcess.run(args); };
    const QStringList newSinceLast{QStringLiteral("list"), QStringLiteral("--new-since-last")};
    const test::CliRun help = cli({QStringLiteral("--help")});
    QVERIFY2(help.out.contains(
                 QStringLiteral("  6  list --new-since-last: a certificate Certdeck did not add is on "
                                "the account, not\n     acknowledged")),
             qPrintable(help.out));

    // The CLI enrolls the phone itself: its own change is no news.
    const auto phoneCred = test::makeCredential(QStringLiteral("Phone"), jid, -1, 90);
    QFile pem(home.filePath(QStringLiteral("phone.crt")));
    QVERIFY(pem.open(QIODevice::WriteOnly) && pem.write(phoneCred.certificate.pem()) > 0);
    pem.close();
    test::CliRun first = cli(newSinceLast);
    QCOMPARE(first.code, 0);
    QCOMPARE(first.out, QString());
    QVERIFY2(first.err.contains(QStringLiteral("First check of this account: its certificates are noted.")),
             qPrintable(first.err));
    QCOMPARE(cli({QStringLiteral("enroll"), QStringLiteral("Phone"), QStringLiteral("--certificate"),
                  pem.fileName()})
                 .code,
             0);
    test::CliRun own = cli(newSinceLast);
    QCOMPARE(own.code, 0);
    QCOMPARE(own.out, QString());

    const auto backdoor = test::makeCredential(QStringLiteral("Backdoor"), jid, -1, 90);
    test::Phone phone(server, phoneCred, QStringLiteral("phone"));
    phone.appendOnLogin(QStringLiteral("Backdoor"), backdoor.certificate.der);
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("appended")), qPrintable(phone.output()));

    const QString line = QStringLiteral("“Backdoor” · EC P-256 · %1 · new · appeared since ")
                             .arg(backdoor.certificate.sha256Fingerprint());
    test::CliRun found = cli(newSinceLast);
    QCOMPARE(found.code, 6);
    QVERIFY2(found.out.startsWith(line) && found.out.count(QLatin1Char('\n')) == 1, qPrintable(found.out));
    QVERIFY2(found.err.contains(QStringLiteral("certdeck-cli acknowledge NAME")), qPrintable(found.err));
    test::CliRun again = cli(newSinceLast); // not acknowledged: still reported, and still exit 6
    QCOMPARE(again.code, 6);
    QVERIFY2(again.out.contains(QStringLiteral(", still not acknowledged\n")), qPrintable(again.out));

    test::CliRun ack = cli({QStringLiteral("acknowledge"), QStringLiteral("Backdoor")});
    QCOMPARE(ack.code, 0);
    QCOMPARE(ack.out, QStringLiteral("Acknowledged “Backdoor” (%1): it will not be reported again.\n")
                          .arg(backdoor.certificate.sha256Fingerprint()));
    test::CliRun quiet = cli(newSinceLast);
    QCOMPARE(quiet.code, 0);
    QCOMPARE(quiet.out, QString());
    QCOMPARE(cli({QStringLiteral("acknowledge"), QStringLiteral("Nobody")}).code, 1);
    QCOMPARE(
        cli({QStringLiteral("revoke"), QStringLiteral("Phone"), QStringLiteral("--new-since-last")}).code, 2);
}

QTEST_MAIN(TestNewDeviceAlert)
#include "tst_NewDeviceAlert.moc"
