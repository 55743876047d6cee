// "Lost device": the emergency revoke, driven through its dialog. What the dialog itself does (the deliberate
// step, the warnings, the words of each outcome, what it sends) runs against a scripted certificate service
// in milliseconds; what only a server shows (the phone kicked, the log after a kill) runs against Prosody
// with a slixmpp phone online.
#include "LostDeviceDialog.h"
#include "MainWindow.h"
#include "Phone.h"
#include "ProsodyServer.h"
#include "ScriptedCertificateChanges.h"
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "Theme.h"
#include "controller/AccountController.h"
#include "model/CertificateListModel.h"
#include "storage/ActivityLog.h"
#include "util/Translations.h"

#include <QAccessible>
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

using Scripted = test::ScriptedAccount;

const QString jid = QStringLiteral("alice@example.org");

SaslCertItem item(const QString &name, bool mayManage = true)
{
    return test::ScriptedCertificateChanges::item(
        name, test::makeCredential(name, jid, -1, 90).certificate.der, mayManage);
}

template<typename T> T *child(QWidget *dialog, const char *name)
{
    return dialog->findChild<T *>(QString::fromLatin1(name));
}

// The result page's steps as a person reads them: one line per step, "✔ text" or "✘ text".
QString plainSteps(QWidget *dialog)
{
    QTextDocument document;
    document.setHtml(child<QLabel>(dialog, "steps")->text());
    QString plain = document.toPlainText().trimmed();
    plain.replace(QRegularExpression(QStringLiteral("\\s*\\n\\s*")), QStringLiteral("\n"));
    plain.replace(QRegularExpression(QStringLiteral("(✔|✘)\\s+")), QStringLiteral("\\1 "));
    return plain;
}

// Types the name and clicks "Revoke and log out now".
void confirmAndRevoke(ui::LostDeviceDialog &dialog, const QString &typed)
{
    QTest::keyClicks(child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName), typed);
    auto *revoke = child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
}

QString localTime(const QDateTime &utc)
{
    return utc.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

const QDateTime sentAt = utcDateTime(QDate(2026, 11, 30), QTime(10, 15, 1));
const QDateTime verifiedAt = utcDateTime(QDate(2026, 11, 30), QTime(10, 15, 3));

} // namespace

class TestLostDevice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    // Against the scripted certificate service.
    void confirmationNeedsTheDeliberateStep();
    void ownCertificateNeedsASecondWarning();
    void lastManagerNeedsASecondWarning();
    void hostileNameIsShownVisiblyAndSentExactly();
    void resultPageWordForWord_data();
    void resultPageWordForWord();
    void refusedRevokeSaysNotRevoked();
    void unconfirmedRevokeOffersRetryAndTheRetryProvesIt();
    void pinnedCertificateIsRevokedByFingerprint();
    void controllerFollowsTheChangesItWasGiven();
    // Issue 28: the keyboard alone, as a person who cannot use a mouse or see the screen.
    void noButtonIsDefaultOnTheConfirmPage();
    void enterWithAWrongNameSaysWhyAndSendsNothing();
    void keyboardOnlyRevokeEndsWithFocusOnTheProof();
    void pinnedDialogStartsAwayFromRevoke();
    // Against Prosody.
    void revokeKicksThePhoneAndShowsTheProof();
    void activityLogKeepsAttemptsAfterAKill();
    void toolbarAndShortcut();

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
    Scripted a({item(QStringLiteral("Tablet")), item(QStringLiteral("Laptop"))});
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
    QTest::keyClick(edit, Qt::Key_Return); // Enter does nothing dangerous, and does not close the dialog
    QCoreApplication::processEvents();     // a request would be queued by now
    QVERIFY(!dialog.succeeded());
    QVERIFY(a.changes.requests().isEmpty());
    QVERIFY(dialog.isVisible());
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Tablet"));
    QVERIFY(revoke->isEnabled());
    // With the right name, Enter moves to Revoke without pressing it; the dialog stays.
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents();
    QVERIFY(dialog.isVisible());
    QVERIFY(a.changes.requests().isEmpty());
    QVERIFY(revoke->hasFocus());
    edit->setFocus();
    // Another device chosen: the typed name no longer matches.
    auto *combo = dialog.findChild<QComboBox *>();
    combo->setCurrentText(QStringLiteral("Laptop"));
    QVERIFY(!revoke->isEnabled());
    // Offline, nothing can be sent.
    combo->setCurrentText(QStringLiteral("Tablet"));
    QTest::keyClicks(edit, QStringLiteral("Tablet"));
    QVERIFY(revoke->isEnabled());
    a.changes.setOnline(false);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Tablet"));
    QVERIFY(!revoke->isEnabled());
}

void TestLostDevice::ownCertificateNeedsASecondWarning()
{
    const auto own = test::makeCredential(QStringLiteral("This laptop"), jid, -1, 90);
    Scripted a({test::ScriptedCertificateChanges::item(QStringLiteral("This laptop"), own.certificate.der),
                item(QStringLiteral("Phone"))});
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
    // Another device (and not the last manager): no second warning.
    dialog.findChild<QComboBox *>()->setCurrentText(QStringLiteral("Phone"));
    QVERIFY(!understand->isVisible());
    QTest::keyClicks(edit, QStringLiteral("Phone"));
    QVERIFY(revoke->isEnabled());
}

void TestLostDevice::lastManagerNeedsASecondWarning()
{
    // "Watch" may not manage certificates: "Phone" is the last one that may.
    Scripted a({item(QStringLiteral("Phone")), item(QStringLiteral("Watch"), false)});
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("Phone"));
    dialog.show();
    auto *edit = child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName);
    auto *understand = child<QCheckBox>(&dialog, ui::LostDeviceDialog::understandCheckName);
    auto *revoke = child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName);
    QVERIFY(understand->isVisible());
    bool warned = false;
    for (const auto *label : dialog.findChildren<QLabel *>())
        warned |=
            label->isVisible() &&
            label->text().contains(QStringLiteral("the <b>last certificate that may manage devices</b>"));
    QVERIFY(warned);
    QTest::keyClicks(edit, QStringLiteral("Phone"));
    QVERIFY(!revoke->isEnabled());
    understand->setChecked(true);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    QTRY_VERIFY(dialog.succeeded());
    QCOMPARE(a.changes.requests().size(), 1);
    QCOMPARE(a.changes.requests()[0].name, QStringLiteral("Phone"));

    // The one that may not manage is not the last manager.
    Scripted b({item(QStringLiteral("Phone")), item(QStringLiteral("Watch"), false)});
    ui::LostDeviceDialog watch(&b.controller, &b.model, QStringLiteral("Watch"));
    watch.show();
    QVERIFY(!child<QCheckBox>(&watch, ui::LostDeviceDialog::understandCheckName)->isVisible());
    QTest::keyClicks(child<QLineEdit>(&watch, ui::LostDeviceDialog::confirmEditName),
                     QStringLiteral("Watch"));
    QVERIFY(child<QPushButton>(&watch, ui::LostDeviceDialog::revokeButtonName)->isEnabled());
}

// A name another client put on the account with a right-to-left override: the dialog shows it as "\u202E",
// never interpreted, and the request carries exactly that name.
void TestLostDevice::hostileNameIsShownVisiblyAndSentExactly()
{
    const QString name = QStringLiteral("Ph") + QChar(0x202E) + QStringLiteral("enohp");
    const QString shown = QStringLiteral("Ph\\u202Eenohp");
    Scripted a({item(QStringLiteral("Phone")), item(name)});
    ui::LostDeviceDialog dialog(&a.controller, &a.model, name);
    dialog.show();
    auto *combo = dialog.findChild<QComboBox *>();
    QCOMPARE(combo->currentText(), shown);
    QCOMPARE(dialog.device(), name);
    bool labelShowsEscape = false;
    for (const auto *label : dialog.findChildren<QLabel *>())
        labelShowsEscape |= label->text().contains(shown) && !label->text().contains(QChar(0x202E));
    QVERIFY(labelShowsEscape);
    confirmAndRevoke(dialog, shown); // its visible form can be typed
    QTRY_VERIFY(dialog.succeeded());
    QCOMPARE(a.changes.requests().size(), 1);
    QCOMPARE(a.changes.requests()[0].action, ChangeReport::Action::Revoke);
    QCOMPARE(a.changes.requests()[0].name, name);
    QVERIFY(!a.changes.requests()[0].byFingerprint);
    QVERIFY2(!dialog.resultText().contains(QChar(0x202E)), qPrintable(dialog.resultText()));
    QVERIFY2(dialog.resultText().startsWith(QStringLiteral("Revoked “%1” · ").arg(shown)),
             qPrintable(dialog.resultText()));
    QCOMPARE(a.model.rowOf(name), -1); // the verifying listing reached the table
    QVERIFY(a.model.rowOf(QStringLiteral("Phone")) >= 0);
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
    const QString name = QStringLiteral("Lost phone");
    const QString session = jid + QStringLiteral("/lost-") + language;
    Scripted a({item(name), item(QStringLiteral("Laptop"))});
    a.changes.setTimes(sentAt, verifiedAt);
    a.changes.confirmNext({session});
    ui::LostDeviceDialog dialog(&a.controller, &a.model, name);
    dialog.show();
    confirmAndRevoke(dialog, name);
    QTRY_VERIFY(dialog.succeeded());
    QCOMPARE(plainSteps(&dialog), steps.arg(localTime(sentAt), session, localTime(verifiedAt)));
    QCOMPARE(dialog.resultText(), proof.arg(session, localTime(verifiedAt)));
    QVERIFY(!child<QPushButton>(&dialog, ui::LostDeviceDialog::retryButtonName)->isVisible());
}

// The server said no: nothing changed, and the dialog says so; a retry may be tried.
void TestLostDevice::refusedRevokeSaysNotRevoked()
{
    Scripted a({item(QStringLiteral("Phone")), item(QStringLiteral("Laptop"))});
    a.changes.refuseNext({SaslCertError::Kind::Forbidden, QStringLiteral("no-cert-management")});
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("Phone"));
    dialog.show();
    confirmAndRevoke(dialog, QStringLiteral("Phone"));
    auto *retry = child<QPushButton>(&dialog, ui::LostDeviceDialog::retryButtonName);
    QTRY_VERIFY(retry->isVisible());
    QVERIFY(!dialog.succeeded());
    const QString cause = QStringLiteral(
        "This device is not allowed to manage certificates. Server says: “no-cert-management”");
    QCOMPARE(dialog.resultText(), QStringLiteral("Not revoked. ") + cause);
    QCOMPARE(plainSteps(&dialog), QStringLiteral("✘ ") + cause);
    QVERIFY(retry->isEnabled());
    QVERIFY(a.model.rowOf(QStringLiteral("Phone")) >= 0);
}

// Sent, then no answer: never success, a red retry; the retry carries the fingerprint the first attempt was
// about, and a listing without it is the proof.
void TestLostDevice::unconfirmedRevokeOffersRetryAndTheRetryProvesIt()
{
    const auto phone = test::makeCredential(QStringLiteral("Phone"), jid, -1, 90);
    Scripted a({test::ScriptedCertificateChanges::item(QStringLiteral("Phone"), phone.certificate.der),
                item(QStringLiteral("Laptop"))});
    a.changes.setTimes(sentAt, verifiedAt);
    a.changes.leaveNextUnconfirmed(); // the server did make the change; its answer never came
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("Phone"));
    dialog.show();
    confirmAndRevoke(dialog, QStringLiteral("Phone"));
    auto *retry = child<QPushButton>(&dialog, ui::LostDeviceDialog::retryButtonName);
    QTRY_VERIFY(retry->isVisible());
    QVERIFY(!dialog.succeeded());
    QCOMPARE(dialog.resultText(),
             QStringLiteral("Revoke of “Phone” sent, not confirmed · The server did not answer in time."));
    QCOMPARE(
        plainSteps(&dialog),
        QStringLiteral("✘ The change was sent, but Certdeck could not confirm it on the server. Check the "
                       "list and try again. (The server did not answer in time.)\n"
                       "✘ Not confirmed: the device may still be able to log in. Retry to finish and "
                       "prove the revoke."));
    QVERIFY(retry->isEnabled());
    QCOMPARE(a.changes.requests().size(), 1);
    QVERIFY(!a.changes.requests()[0].retry);

    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(dialog.succeeded());
    QCOMPARE(a.changes.requests().size(), 2);
    const auto &again = a.changes.requests()[1];
    QCOMPARE(again.action, ChangeReport::Action::Revoke);
    QCOMPARE(again.name, QStringLiteral("Phone"));
    QVERIFY(again.retry);
    QCOMPARE(again.sha256, phone.certificate.sha256Fingerprint());
    QCOMPARE(plainSteps(&dialog),
             QStringLiteral("✔ The earlier revoke reached the server\n"
                            "✔ Verified at %1: the certificate is gone from a fresh list")
                 .arg(localTime(verifiedAt)));
    QCOMPARE(dialog.resultText(),
             QStringLiteral("Revoked “Phone” · the earlier request had reached the server · verified at %1")
                 .arg(localTime(verifiedAt)));
    QVERIFY(!retry->isVisible());
}

// From the new-device alert: exactly this certificate, by its fingerprint, also on the retry; the name need
// not be typed.
void TestLostDevice::pinnedCertificateIsRevokedByFingerprint()
{
    const auto tablet = test::makeCredential(QStringLiteral("Tablet"), jid, -1, 90);
    const QString sha256 = tablet.certificate.sha256Fingerprint();
    Scripted a({item(QStringLiteral("Laptop")),
                test::ScriptedCertificateChanges::item(QStringLiteral("Tablet"), tablet.certificate.der)});
    a.changes.leaveNextUnconfirmed(false); // not applied: the retry does the revoke
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QString());
    dialog.pinFingerprint(sha256);
    dialog.show();
    QCOMPARE(dialog.device(), QStringLiteral("Tablet"));
    QVERIFY(!child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName)->isVisible());
    auto *revoke = child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName);
    QVERIFY(revoke->isEnabled());
    QTest::mouseClick(revoke, Qt::LeftButton);
    auto *retry = child<QPushButton>(&dialog, ui::LostDeviceDialog::retryButtonName);
    QTRY_VERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(dialog.succeeded());
    QCOMPARE(a.changes.requests().size(), 2);
    for (const auto &request : a.changes.requests()) {
        QVERIFY(request.byFingerprint);
        QCOMPARE(request.sha256, sha256);
        QCOMPARE(request.name, QStringLiteral("Tablet"));
    }
    QVERIFY(!a.changes.requests()[0].retry);
    QVERIFY(a.changes.requests()[1].retry);
    QCOMPARE(a.model.rowOf(QStringLiteral("Tablet")), -1);
    QVERIFY(a.model.rowOf(QStringLiteral("Laptop")) >= 0);
}

// The seam itself: the controller is online when the changes in front of it say so, takes their listings, and
// lets go of them when the real service is put back.
void TestLostDevice::controllerFollowsTheChangesItWasGiven()
{
    Scripted a({item(QStringLiteral("Phone"))});
    QCOMPARE(a.model.rowCount(), 1);
    QVERIFY(a.controller.isOnline());
    QVERIFY(a.controller.service() == &a.changes);
    a.changes.setOnline(false);
    QVERIFY(!a.controller.isOnline());
    a.changes.setOnline(true);

    a.controller.setChanges(nullptr);
    QVERIFY(a.controller.service() != &a.changes);
    QVERIFY(!a.controller.isOnline()); // the real service: its session never connected
    a.changes.setListing({{item(QStringLiteral("Phone")), item(QStringLiteral("Tablet"))}, {}});
    QCOMPARE(a.model.rowCount(), 1);
}

// Enter, wherever it is pressed on the confirm page, must never press a button: no button is the default,
// and none becomes one when it gets focus (Qt's auto-default would make a focused push button the default).
void TestLostDevice::noButtonIsDefaultOnTheConfirmPage()
{
    Scripted a({item(QStringLiteral("Tablet")), item(QStringLiteral("Laptop"))});
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("Tablet"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *edit = child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName);
    QVERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("Tablet"));
    for (const QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->isVisible())
            QVERIFY2(!button->isDefault() && !button->autoDefault(), qPrintable(button->text()));
    // Tab to each control in turn and press Enter there: the dialog stays, nothing is sent.
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        QVERIFY(focused);
        if (qobject_cast<QComboBox *>(focused))
            continue; // Enter in a closed combo box does nothing; its popup is not this test's business
        QTest::keyClick(focused, Qt::Key_Return);
        QCoreApplication::processEvents();
        QVERIFY2(dialog.isVisible(), focused->metaObject()->className());
        QVERIFY(a.changes.requests().isEmpty());
        QVERIFY(!dialog.succeeded());
    }
}

// Enter after a name that does not match: the dialog says why, next to the field (in its accessible
// description too, so a screen reader reads it with the field), and nothing is sent.
void TestLostDevice::enterWithAWrongNameSaysWhyAndSendsNothing()
{
    Scripted a({item(QStringLiteral("Tablet")), item(QStringLiteral("Laptop"))});
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("Tablet"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *edit = child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName);
    auto *hint = child<QLabel>(&dialog, ui::LostDeviceDialog::confirmHintName);
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());
    QTest::keyClicks(edit, QStringLiteral("Tabel"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCoreApplication::processEvents();
    QVERIFY(dialog.isVisible());
    QVERIFY(edit->hasFocus());
    QVERIFY(a.changes.requests().isEmpty());
    const QString why = QStringLiteral("The name does not match. Type “Tablet” exactly as shown.");
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), why);
    QCOMPARE(edit->accessibleDescription(), why);
    // Typing on clears it; the right name and Enter move to Revoke.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!hint->isVisible());
    QVERIFY(edit->accessibleDescription().isEmpty());
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("Tablet"));
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName)->hasFocus());
    QVERIFY(!hint->isVisible());
}

// Type the name, Enter, Space: revoked, and the focus is on the proof sentence, which a screen reader then
// reads (its accessible name is the sentence itself), not on Close.
void TestLostDevice::keyboardOnlyRevokeEndsWithFocusOnTheProof()
{
    Scripted a({item(QStringLiteral("Tablet")), item(QStringLiteral("Laptop"))});
    a.changes.setTimes(sentAt, verifiedAt);
    a.changes.confirmNext({});
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QStringLiteral("Tablet"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *edit = child<QLineEdit>(&dialog, ui::LostDeviceDialog::confirmEditName);
    QTest::keyClicks(edit, QStringLiteral("Tablet"));
    QTest::keyClick(edit, Qt::Key_Return);
    auto *revoke = child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName);
    QVERIFY(revoke->hasFocus());
    QTest::keyClick(revoke, Qt::Key_Space);
    QTRY_VERIFY(dialog.succeeded());
    QCOMPARE(a.changes.requests().size(), 1);
    auto *proof = child<QLabel>(&dialog, "result");
    QTRY_VERIFY(proof->hasFocus());
    const QString sentence = QStringLiteral("Revoked “Tablet” · no session went offline · verified at %1")
                                 .arg(localTime(verifiedAt));
    QCOMPARE(dialog.resultText(), sentence);
    QAccessibleInterface *spoken = QAccessible::queryAccessibleInterface(proof);
    QVERIFY(spoken);
    QCOMPARE(spoken->text(QAccessible::Name), sentence);
    QVERIFY(spoken->state().focused);
    // Enter on the result page closes (Close is its default); the revoke is not sent again.
    QTest::keyClick(proof, Qt::Key_Return);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(a.changes.requests().size(), 1);
}

// From "No — cut it off" the name need not be typed: the focus starts on the device, never on the
// destructive button, so one Space (or Enter) does not revoke.
void TestLostDevice::pinnedDialogStartsAwayFromRevoke()
{
    const auto tablet = test::makeCredential(QStringLiteral("Tablet"), jid, -1, 90);
    Scripted a({item(QStringLiteral("Laptop")),
                test::ScriptedCertificateChanges::item(QStringLiteral("Tablet"), tablet.certificate.der)});
    ui::LostDeviceDialog dialog(&a.controller, &a.model, QString());
    dialog.pinFingerprint(tablet.certificate.sha256Fingerprint());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *revoke = child<QPushButton>(&dialog, ui::LostDeviceDialog::revokeButtonName);
    QVERIFY(revoke->isEnabled());
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY2(focused != revoke, focused->metaObject()->className());
    QCOMPARE(focused, static_cast<QWidget *>(dialog.findChild<QComboBox *>()));
    QTest::keyClick(focused, Qt::Key_Return);
    QCoreApplication::processEvents();
    QVERIFY(dialog.isVisible());
    QVERIFY(a.changes.requests().isEmpty());
    // Tab reaches Revoke; then Space revokes.
    QTest::keyClick(focused, Qt::Key_Tab);
    QVERIFY(revoke->hasFocus());
    QTest::keyClick(revoke, Qt::Key_Space);
    QTRY_VERIFY(dialog.succeeded());
    QCOMPARE(a.changes.requests().size(), 1);
    QVERIFY(a.changes.requests()[0].byFingerprint);
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
    // Alone on the account it is also the last certificate that may manage (the warnings have their own
    // tests above).
    child<QCheckBox>(&dialog, ui::LostDeviceDialog::understandCheckName)->setChecked(true);
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
    auto *button = window.findChild<QWidget *>(QStringLiteral("lostDeviceButton"));
    QVERIFY(button);
    // Issue 34, point 8: disabled, it looks disabled (the style's grey, not bold red); usable, it is red and
    // bold.
    const QColor styleGrey = QApplication::palette(button).color(QPalette::Disabled, QPalette::ButtonText);
    QVERIFY(!button->isEnabled());
    QCOMPARE(button->palette().color(QPalette::Disabled, QPalette::ButtonText), styleGrey);
    QVERIFY(!button->font().bold());
    QVERIFY(a.logIn(m_server));
    // Something to revoke, whatever the tests before left on the account.
    QVERIFY(a.enroll(QStringLiteral("Desk"), test::makeCredential(QStringLiteral("Desk"), m_jid, -1, 90)));
    QTRY_VERIFY(lost->isEnabled());
    QVERIFY(button->isEnabled());
    QVERIFY(button->font().bold());
    QCOMPARE(button->palette().color(QPalette::Active, QPalette::ButtonText),
             ui::theme::text(ui::theme::Tone::Bad, button->palette()));
}

QTEST_MAIN(TestLostDevice)
#include "tst_LostDevice.moc"
