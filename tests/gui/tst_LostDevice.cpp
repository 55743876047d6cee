// "Lost device": the emergency revoke, driven through its dialog against Prosody with a slixmpp phone online.
#include "LostDeviceDialog.h"
#include "MainWindow.h"
#include "Phone.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "storage/ActivityLog.h"
#include "util/Translations.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTextDocument>
#include <QtTest>

#include <csignal>

using namespace certdeck;

namespace {

struct Account
{
    Account() : controller(&session, &model) {}
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

    AccountSession session;
    CertificateListModel model;
    AccountController controller;
};

template<typename T> T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

} // namespace

class TestLostDevice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void confirmationNeedsTheDeliberateStep();
    void ownCertificateNeedsASecondWarning();
    void hostileNameIsShownVisiblyAndStillRevoked();
    void revokeKicksThePhoneAndShowsTheProof();
    void unansweredRevokeIsNotConfirmedAndRetryCompletesIt();
    void activityLogKeepsAttemptsAfterAKill();
    void toolbarAndShortcut();
    void resultPageWordForWord_data();
    void resultPageWordForWord();

private:
    test::ProsodyServer m_server;
    QString m_jid;
    QTemporaryDir m_home;
};

void TestLostDevice::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    installTranslations(QLocale(QLocale::English));
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_jid = m_server.jid(QStringLiteral("alice"));
}

void TestLostDevice::confirmationNeedsTheDeliberateStep()
{
    Account a;
    QVERIFY(a.logIn(m_server));
    QVERIFY(
        a.enroll(QStringLiteral("Tablet"), test::makeCredential(QStringLiteral("Tablet"), m_jid, -1, 90)));
    QVERIFY(
        a.enroll(QStringLiteral("Laptop"), test::makeCredential(QStringLiteral("Laptop"), m_jid, -1, 90)));
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("Tablet"));
    dialog.show();
    QCOMPARE(dialog.device(), QStringLiteral("Tablet"));
    auto *edit = child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName);
    auto *revoke = child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName);
    QVERIFY(edit && revoke);
    QVERIFY(!revoke->isEnabled());
    QVERIFY(!revoke->isDefault() && !revoke->autoDefault());
    QTest::keyClicks(edit, QStringLiteral("Tablet "));
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, QStringLiteral("x"));
    QVERIFY(!revoke->isEnabled());         // "Tabletx"
    QTest::keyClick(edit, Qt::Key_Return); // Enter does nothing dangerous
    QVERIFY(!dialog.succeeded());
    QVERIFY(a.model.rowOf(QStringLiteral("Tablet")) >= 0);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Tablet"));
    QVERIFY(revoke->isEnabled());
    // Another device chosen: the typed name no longer matches.
    auto *combo = dialog.findChild<QComboBox *>();
    combo->setCurrentText(QStringLiteral("Laptop"));
    QVERIFY(!revoke->isEnabled());
}

void TestLostDevice::ownCertificateNeedsASecondWarning()
{
    Account a;
    QVERIFY(a.logIn(m_server));
    const auto own = test::makeCredential(QStringLiteral("This laptop"), m_jid, -1, 90);
    QVERIFY(a.enroll(QStringLiteral("This laptop"), own));
    a.model.setOwnFingerprint(own.certificate.sha256);
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("This laptop"));
    dialog.show();
    auto *edit = child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName);
    auto *understand = child<QCheckBox>(&dialog, ui::LostDeviceDialog::understandCheckName);
    auto *revoke = child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName);
    QVERIFY(understand->isVisible());
    QTest::keyClicks(edit, QStringLiteral("This laptop"));
    QVERIFY(!revoke->isEnabled());
    understand->setChecked(true);
    QVERIFY(revoke->isEnabled());
}

// A name another client put on the account with a right-to-left override: the dialog shows it as "\u202E",
// never interpreted, and still revokes the certificate of exactly that name.
void TestLostDevice::hostileNameIsShownVisiblyAndStillRevoked()
{
    Account a;
    QVERIFY(a.logIn(m_server));
    const QString name = QStringLiteral("Ph") + QChar(0x202E) + QStringLiteral("enohp");
    const QString shown = QStringLiteral("Ph\\u202Eenohp");
    // Certdeck refuses such a name; another client (the phone, by XEP-0257 append) puts it there.
    const auto phoneCred = test::makeCredential(QStringLiteral("Phone"), m_jid, -1, 90);
    QVERIFY(a.enroll(QStringLiteral("Phone"), phoneCred));
    {
        test::Phone phone(m_server, phoneCred, QStringLiteral("appender"));
        phone.appendOnLogin(name,
                            test::makeCredential(QStringLiteral("Hostile"), m_jid, -1, 90).certificate.der);
        phone.start();
        QVERIFY2(phone.waitFor(QStringLiteral("appended")), qPrintable(phone.output()));
    }
    QSignalSpy updated(&a.controller, &AccountController::listingUpdated);
    a.controller.refresh();
    QVERIFY(updated.wait(10000));
    QVERIFY(a.model.rowOf(name) >= 0);
    ui::LostDeviceDialog dialog(&a.controller, &a.model, name);
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>();
    QCOMPARE(combo->currentText(), shown);
    QCOMPARE(dialog.device(), name);
    bool labelShowsEscape = false;
    for (const auto *label : dialog.findChildren<QLabel *>())
        labelShowsEscape |= label->text().contains(shown) && !label->text().contains(QChar(0x202E));
    QVERIFY(labelShowsEscape);
    auto *revoke = child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName);
    QTest::keyClicks(child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName), shown);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.succeeded(), 5000);
    QVERIFY2(!dialog.resultText().contains(QChar(0x202E)), qPrintable(dialog.resultText()));
    QTRY_VERIFY(a.model.rowOf(name) < 0);
}

void TestLostDevice::revokeKicksThePhoneAndShowsTheProof()
{
    Account a;
    ActivityLog log(m_home.filePath(QStringLiteral("proof.jsonl")));
    log.attach(a.controller.service(), &a.session);
    QVERIFY(a.logIn(m_server));
    const auto cred = test::makeCredential(QStringLiteral("Stolen phone"), m_jid, -1, 90);
    QVERIFY(a.enroll(QStringLiteral("Stolen phone"), cred));
    test::Phone phone(m_server, cred, QStringLiteral("stolen"));
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));
    QTRY_VERIFY(a.controller.onlineSessions().contains(QStringLiteral("stolen")));

    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("Stolen phone"));
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName),
                     QStringLiteral("Stolen phone"));
    const qint64 clickedAt = test::monotonicMs();
    QTest::mouseClick(child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName), Qt::LeftButton);
    QVERIFY(phone.waitFor(QStringLiteral("disconnected"), 1000));
    const qint64 kickedAfter = phone.seenAt(QStringLiteral("disconnected")) - clickedAt;
    qInfo("phone kicked %lld ms after the click", kickedAfter);
    QVERIFY(kickedAfter < 1000);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.succeeded(), 5000);
    QVERIFY2(dialog.resultText().startsWith(
                 QStringLiteral("Revoked “Stolen phone” · 1 session closed (%1) · verified at ")
                     .arg(phone.fullJid())),
             qPrintable(dialog.resultText()));
    QVERIFY(!child<QPushButton>(&dialog, ui::LostDeviceDialog::retryButtonName)->isVisible());
    QTRY_VERIFY(a.model.rowOf(QStringLiteral("Stolen phone")) < 0);

    // The log has the attempt and the proof, in that order.
    const auto entries = log.entries();
    QCOMPARE(entries.size(), 4); // enroll: attempted, confirmed; revoke: attempted, confirmed
    QCOMPARE(entries[0].action, QStringLiteral("enroll"));
    QCOMPARE(entries[1].result, QStringLiteral("confirmed"));
    QCOMPARE(entries[2].action, QStringLiteral("revoke"));
    QCOMPARE(entries[2].result, QStringLiteral("attempted"));
    QCOMPARE(entries[3].action, QStringLiteral("revoke"));
    QCOMPARE(entries[3].result, QStringLiteral("confirmed"));
    QCOMPARE(entries[3].sessionsClosed, QStringList{phone.fullJid()});
    QCOMPARE(entries[3].fingerprint, cred.certificate.sha256Fingerprint());
}

void TestLostDevice::unansweredRevokeIsNotConfirmedAndRetryCompletesIt()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Account a;
    a.controller.setReconnectDelays({200});
    QVERIFY(a.logIn(server));
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), server.jid(QStringLiteral("alice")), -1, 90);
    QVERIFY(a.enroll(QStringLiteral("Phone"), cred));
    test::Phone phone(server, cred, QStringLiteral("phone"));
    phone.start();
    QVERIFY(phone.waitFor(QStringLiteral("bound")));

    a.session.setRequestTimeout(800);
    // The revoke leaves, then the server stops answering and our connection drops.
    QMetaObject::Connection freeze = connect(a.controller.service(), &CertificateService::changeSent, this,
                                             [&] { ::kill(pid_t(server.pid()), SIGSTOP); });
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("Phone"));
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName),
                     QStringLiteral("Phone"));
    // The only certificate, so the last one that may manage devices: a second, explicit warning.
    QVERIFY(!child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName)->isEnabled());
    child<QCheckBox>(&dialog, ui::LostDeviceDialog::understandCheckName)->setChecked(true);
    QVERIFY(child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName), Qt::LeftButton);
    auto *retry = child<QPushButton>(&dialog, ui::LostDeviceDialog::retryButtonName);
    QTRY_VERIFY2_WITH_TIMEOUT(retry->isVisible(), qPrintable(dialog.resultText()), 5000);
    QVERIFY(!dialog.succeeded());
    QVERIFY2(dialog.resultText().startsWith(QStringLiteral("Revoke of “Phone” sent, not confirmed · ")),
             qPrintable(dialog.resultText()));
    disconnect(freeze);
    a.session.disconnectFromServer(); // the connection is gone while the outcome is unknown
    ::kill(pid_t(server.pid()), SIGCONT);
    QVERIFY(phone.waitFor(QStringLiteral("disconnected"), 3000)); // the server did get the revoke

    a.session.setRequestTimeout(10000);
    QVERIFY(a.logIn(server));
    QTRY_VERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.succeeded(), 5000);
    QVERIFY(dialog.resultText().contains(QStringLiteral("verified at")));
}

void TestLostDevice::activityLogKeepsAttemptsAfterAKill()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    Account a;
    QVERIFY(a.logIn(server));
    QVERIFY(
        a.enroll(QStringLiteral("Watch"),
                 test::makeCredential(QStringLiteral("Watch"), server.jid(QStringLiteral("alice")), -1, 90)));

    // certdeck-cli sends the revoke; the server freezes; the process is killed before any answer.
    QTemporaryDir home;
    QProcess cli;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path());
    env.insert(QStringLiteral("T_PASSWORD"), QStringLiteral("alice-password"));
    cli.setProcessEnvironment(env);
    cli.start(QString::fromLatin1(test::cliPath),
              {QStringLiteral("revoke"), QStringLiteral("Watch"), QStringLiteral("--jid"),
               server.jid(QStringLiteral("alice")), QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
               QStringLiteral("--port"), QString::number(server.port()), QStringLiteral("--ca-file"),
               server.caFile(), QStringLiteral("--password-env"), QStringLiteral("T_PASSWORD")});
    const QString logPath = home.filePath(QStringLiteral("Certdeck/Certdeck/activity.jsonl"));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(logPath), 10000);
    ::kill(pid_t(server.pid()), SIGSTOP);
    cli.kill();
    cli.waitForFinished();
    ::kill(pid_t(server.pid()), SIGCONT);

    // "Restarted": a fresh reader finds the attempt.
    const auto entries = ActivityLog(logPath).entries();
    QVERIFY(!entries.isEmpty());
    QCOMPARE(entries.constFirst().action, QStringLiteral("revoke"));
    QCOMPARE(entries.constFirst().device, QStringLiteral("Watch"));
    QCOMPARE(entries.constFirst().result, QStringLiteral("attempted"));
    QVERIFY(!entries.constFirst().fingerprint.isEmpty());
    // A torn line from a crash mid-write does not hide the rest.
    QFile f(logPath);
    QVERIFY(f.open(QIODevice::Append));
    f.write("{\"time\":\"2026-11-25T10:00");
    f.close();
    QCOMPARE(ActivityLog(logPath).entries().size(), entries.size());
}

void TestLostDevice::toolbarAndShortcut()
{
    Account a;
    ui::MainWindow window(&a.controller, &a.model);
    QAction *lost = window.lostDeviceAction();
    QCOMPARE(lost->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    QVERIFY(!lost->isEnabled()); // offline: nothing to revoke yet
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("lostDeviceButton")));
    QVERIFY(a.logIn(m_server));
    QTRY_VERIFY(lost->isEnabled());
}

void TestLostDevice::resultPageWordForWord_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("proof");
    QTest::addColumn<QString>("steps");
    QTest::newRow("English") << QStringLiteral("en")
                             << QStringLiteral(
                                    "Revoked “Lost phone” · 1 session closed (%1) · verified at %2")
                             << QStringLiteral("✔ Revoke sent at %1\n✔ Sessions closed: %2\n"
                                               "✔ Verified at %3: the certificate is gone from a fresh list");
    QTest::newRow("German")
        << QStringLiteral("de")
        << QStringLiteral("„Lost phone“ widerrufen · 1 Sitzung beendet (%1) · bestätigt um %2")
        << QStringLiteral("✔ Widerruf gesendet um %1\n✔ Beendete Sitzungen: %2\n"
                          "✔ Bestätigt um %3: Das Zertifikat fehlt in einer frisch abgerufenen Liste");
}

// The words of the result page, as a person reads them, in English and German.
void TestLostDevice::resultPageWordForWord()
{
    QFETCH(QString, language);
    QFETCH(QString, proof);
    QFETCH(QString, steps);
    installTranslations(QLocale(language));
    const auto restore = qScopeGuard([] { installTranslations(QLocale(QLocale::English)); });
    Account a;
    QVERIFY(a.logIn(m_server));
    const QString name = QStringLiteral("Lost phone");
    const auto cred = test::makeCredential(name, m_jid, -1, 90);
    QVERIFY(a.enroll(name, cred));
    test::Phone phone(m_server, cred, QStringLiteral("lost-") + language);
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));
    QTRY_VERIFY(a.controller.onlineSessions().contains(QStringLiteral("lost-") + language));

    ui::LostDeviceDialog dialog(&a.controller, &a.model, name);
    dialog.show();
    QTest::keyClicks(child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName), name);
    QTest::mouseClick(child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog.succeeded(), 5000);
    // The times are the only part that varies: read them from the text, then compare every word.
    static const QRegularExpression clock(QStringLiteral("\\d\\d:\\d\\d:\\d\\d"));
    const QString shownSteps = child<QLabel>(&dialog, "steps")->text();
    QTextDocument document;
    document.setHtml(shownSteps);
    QString plainSteps = document.toPlainText().trimmed();
    plainSteps.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s*")), QStringLiteral("\n"));
    plainSteps.replace(QRegularExpression(QStringLiteral("(✔|✘)\\s+")), QStringLiteral("\\1 "));
    QStringList times;
    for (const auto &m : clock.globalMatch(plainSteps))
        times << m.captured();
    QCOMPARE(times.size(), 2);
    QCOMPARE(plainSteps, steps.arg(times[0], phone.fullJid(), times[1]));
    QCOMPARE(dialog.resultText(), proof.arg(phone.fullJid(), times[1]));
}

QTEST_MAIN(TestLostDevice)
#include "tst_LostDevice.moc"
