// The front door (issue 33): Certdeck started as a person starts it — no arguments, an empty profile —
// against the harness's Prosody, whose certificate does not verify. The login dialog is filled in with keys
// and its buttons are pressed with the mouse (never accept()), the trust dialog is answered the same way, and
// the table fills. A wrong password, a port where nothing listens, empty fields and Cancel keep the person in
// the dialog (or out of the account) with the reason in view.
#include "ConnectDialog.h"
#include "DesktopApp.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TrustDialog.h"
#include "crypto/CertificateInfo.h"
#include "model/CertificateListModel.h"
#include "storage/AccountStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTcpServer>
#include <QtTest>

using namespace certdeck;

namespace {

const QString user = QStringLiteral("firstrun"); // no other test uses it: the keyring is shared
const QString password = QStringLiteral("firstrun-password");

// For a person checking by eye: CERTDECK_SCREENSHOT_DIR=/some/dir keeps what the dialog showed.
void keepScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("CERTDECK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::sendPostedEvents();
    widget->grab().save(dir + QLatin1Char('/') + name);
}

ui::ConnectDialog *openLoginDialog(ui::DesktopApp &app)
{
    ui::ConnectDialog *dialog = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            dialog = app.window().findChild<ui::ConnectDialog *>();
            return dialog && dialog->isVisible();
        },
        10000);
    return dialog;
}

// What a person types: select what is there, then type over it.
void typeInto(QWidget *field, const QString &text)
{
    QTest::mouseClick(field, Qt::LeftButton);
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
}

struct Fields
{
    QLineEdit *jid;
    QLineEdit *password;
    QLineEdit *host;
    QSpinBox *port;
    QCheckBox *remember;
    QPushButton *logIn;
    QPushButton *cancel;
    QLabel *error;
};

Fields fieldsOf(ui::ConnectDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttons"));
    return {dialog->findChild<QLineEdit *>(QStringLiteral("jidEdit")),
            dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit")),
            dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit")),
            dialog->findChild<QSpinBox *>(QStringLiteral("portSpin")),
            dialog->findChild<QCheckBox *>(QStringLiteral("rememberCheck")),
            buttons->button(QDialogButtonBox::Ok),
            buttons->button(QDialogButtonBox::Cancel),
            dialog->findChild<QLabel *>(QStringLiteral("errorLabel"))};
}

void fillIn(const Fields &f, const QString &jid, const QString &pass, const QString &host, quint16 port)
{
    typeInto(f.jid, jid);
    typeInto(f.password, pass);
    typeInto(f.host, host);
    typeInto(f.port, QString::number(port));
}

} // namespace

class TestFirstRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void emptyFieldsAreExplained();
    void wrongPasswordKeepsTheDialogWithTheReason();
    void closedPortKeepsTheDialogWithTheReason();
    void cancelLeavesNothingBehind();
    void logInByClicksTrustTheServerAndSeeTheTable();
    void returnKeyLogsIn();

private:
    test::ProsodyServer m_server;
};

void TestFirstRun::initTestCase()
{
    // As main.cpp names the application: the profile is looked up by these names.
    QApplication::setApplicationName(QStringLiteral("Certdeck"));
    QApplication::setOrganizationName(QStringLiteral("Certdeck"));
    QVERIFY2(m_server.start({true, {user + QLatin1Char(':') + password}}),
             qPrintable(m_server.errorString()));
    // The account already holds a phone's certificate (put there by another client): the table has a row.
    const auto phone = test::makeCredential(QStringLiteral("Phone"), m_server.jid(user), -10, 300);
    AccountSession seeder;
    QVERIFY(!test::connectAndWait(seeder, m_server.settingsFor(user), password));
    const auto appended = test::awaitResult<Success>([&](QObject *c, auto done) {
        seeder.requestAppend(QStringLiteral("Phone"), phone.certificate.der, false, c, done);
    });
    QVERIFY(appended && appended->hasValue());
    seeder.disconnectFromServer();
}

void TestFirstRun::init()
{
    // Each case starts from an empty profile, as a new user's computer has.
    QSettings().clear();
    QSettings().sync();
}

void TestFirstRun::emptyFieldsAreExplained()
{
    ui::DesktopApp app;
    app.start();
    auto *dialog = openLoginDialog(app);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Log in to your XMPP account"));
    const Fields f = fieldsOf(dialog);
    QCOMPARE(f.logIn->text(), QStringLiteral("Log in"));
    QVERIFY(!f.error->isVisible());

    QTest::mouseClick(f.logIn, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QVERIFY(f.error->isVisible());
    QCOMPARE(f.error->text(), QStringLiteral("Enter the account's address, like you@example.org."));
    QVERIFY(f.jid->hasFocus());

    typeInto(f.jid, m_server.jid(user));
    QTest::mouseClick(f.logIn, Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(f.error->text(), QStringLiteral("Enter the account's password."));
    QVERIFY(f.password->hasFocus());
    // The error is inside the dialog, whole: the label is as high as its wrapped text needs.
    QVERIFY(f.error->height() >= f.error->heightForWidth(f.error->width()));
    QVERIFY(dialog->rect().contains(f.error->geometry()));
    QCOMPARE(app.controller().phase(), AccountController::Phase::Offline);
    keepScreenshot(dialog, QStringLiteral("first-run-empty-password.png"));
}

void TestFirstRun::wrongPasswordKeepsTheDialogWithTheReason()
{
    ui::DesktopApp app;
    app.start();
    auto *dialog = openLoginDialog(app);
    QVERIFY(dialog);
    const Fields f = fieldsOf(dialog);
    fillIn(f, m_server.jid(user), QStringLiteral("not-the-password"), QStringLiteral("127.0.0.1"),
           m_server.port());
    QTest::mouseClick(f.logIn, Qt::LeftButton);
    // The server is not trusted yet: the person trusts it once, then the password is refused.
    ui::TrustDialog *trust = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((trust = app.window().findChild<ui::TrustDialog *>()) && trust->isVisible(),
                             10000);
    QPushButton *once = nullptr;
    for (auto *button : trust->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Trust &once"))
            once = button;
    QVERIFY(once);
    QTest::mouseClick(once, Qt::LeftButton);
    // The reason, then the server's own words (in its language, English on Prosody), said to be its own.
    QTRY_VERIFY_WITH_TIMEOUT(f.error->isVisible(), 15000);
    QVERIFY2(f.error->text().startsWith(
                 QStringLiteral("The server did not accept the address or password. Server says: “")) &&
                 f.error->text().endsWith(QStringLiteral("”")),
             qPrintable(f.error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(f.logIn->isEnabled()); // the person can correct it and try again
    QVERIFY(f.password->isEnabled());
    QCOMPARE(app.controller().phase(), AccountController::Phase::Offline);
    QVERIFY(app.store().load().jid.isEmpty()); // nothing is remembered from a failed login
    keepScreenshot(dialog, QStringLiteral("first-run-wrong-password.png"));
}

void TestFirstRun::closedPortKeepsTheDialogWithTheReason()
{
    quint16 closed = 0;
    {
        QTcpServer probe; // a port that was free a moment ago, and is closed now
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        closed = probe.serverPort();
    }
    ui::DesktopApp app;
    app.start();
    auto *dialog = openLoginDialog(app);
    QVERIFY(dialog);
    const Fields f = fieldsOf(dialog);
    fillIn(f, m_server.jid(user), password, QStringLiteral("127.0.0.1"), closed);
    QTest::mouseClick(f.logIn, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(f.error->isVisible(), 15000);
    QVERIFY2(f.error->text().startsWith(
                 QStringLiteral("The server refused the connection. Check the host and port, "
                                "or whether the server is running.")),
             qPrintable(f.error->text()));
    QVERIFY(dialog->isVisible());
    QVERIFY(f.logIn->isEnabled());
    QVERIFY(app.store().load().jid.isEmpty());
    keepScreenshot(dialog, QStringLiteral("first-run-closed-port.png"));
}

void TestFirstRun::cancelLeavesNothingBehind()
{
    ui::DesktopApp app;
    app.start();
    auto *dialog = openLoginDialog(app);
    QVERIFY(dialog);
    const QPointer<ui::ConnectDialog> watched(dialog);
    const Fields f = fieldsOf(dialog);
    fillIn(f, m_server.jid(user), password, QStringLiteral("127.0.0.1"), m_server.port());
    QTest::mouseClick(f.cancel, Qt::LeftButton);
    QTRY_VERIFY(!watched || !watched->isVisible());
    QCOMPARE(app.controller().phase(), AccountController::Phase::Offline);
    QVERIFY(app.store().load().jid.isEmpty());
    QVERIFY(app.window().isVisible()); // Certdeck stays open, offline, with "Log in" to come back
}

void TestFirstRun::logInByClicksTrustTheServerAndSeeTheTable()
{
    ui::DesktopApp app;
    app.start();
    auto *dialog = openLoginDialog(app);
    QVERIFY(dialog);
    const QPointer<ui::ConnectDialog> watched(dialog);
    const Fields f = fieldsOf(dialog);
    fillIn(f, m_server.jid(user), password, QStringLiteral("127.0.0.1"), m_server.port());
    keepScreenshot(dialog, QStringLiteral("first-run-filled.png"));
    QTest::mouseClick(f.logIn, Qt::LeftButton);

    ui::TrustDialog *trust = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((trust = app.window().findChild<ui::TrustDialog *>()) && trust->isVisible(),
                             10000);
    keepScreenshot(trust, QStringLiteral("first-run-trust.png"));
    QPushButton *pin = nullptr;
    for (auto *button : trust->findChildren<QPushButton *>())
        if (button->text() == QStringLiteral("Trust and &remember this key"))
            pin = button;
    QVERIFY(pin);
    QTest::mouseClick(pin, Qt::LeftButton);

    QTRY_VERIFY_WITH_TIMEOUT(!watched || !watched->isVisible(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(app.controller().phase(), AccountController::Phase::Ready, 15000);
    auto *table = app.window().findChild<QTableView *>();
    QVERIFY(table);
    QTRY_VERIFY(table->isVisible());
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Phone"));
    // The account is remembered with the server's key pinned, never the password.
    const StoredAccount stored = app.store().load();
    QCOMPARE(stored.jid, m_server.jid(user));
    QCOMPARE(stored.port, m_server.port());
    QVERIFY(!stored.pinnedServerKey.isEmpty());
    QFile ini(QSettings().fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(password.toUtf8()));
    keepScreenshot(&app.window(), QStringLiteral("first-run-table.png"));
}

void TestFirstRun::returnKeyLogsIn()
{
    // The account from the case above is stored with its pin: the dialog starts filled, the password is typed
    // and Return pressed in its field.
    StoredAccount account;
    account.jid = m_server.jid(user);
    account.host = QStringLiteral("127.0.0.1");
    account.port = m_server.port();
    QFile ca(m_server.caFile());
    QVERIFY(ca.open(QIODevice::ReadOnly));
    account.pinnedServerKey = parseCertificate(ca.readAll())->spkiSha256;
    {
        AccountStore store;
        store.save(account);
    }
    ui::DesktopApp app;
    app.start();
    auto *dialog = openLoginDialog(app);
    QVERIFY(dialog);
    const QPointer<ui::ConnectDialog> watched(dialog);
    const Fields f = fieldsOf(dialog);
    QCOMPARE(f.jid->text(), account.jid);
    QTRY_VERIFY(f.password->hasFocus());
    QTest::keyClicks(f.password, password);
    QTest::keyClick(f.password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!watched || !watched->isVisible(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(app.controller().phase(), AccountController::Phase::Ready, 15000);
}

QTEST_MAIN(TestFirstRun)
#include "tst_FirstRun.moc"
