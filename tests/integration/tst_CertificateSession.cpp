// Issue 19: Certdeck's own session logs in with this computer's certificate from the keychain (SASL
// EXTERNAL), falls back to the password with a reason only when the certificate cannot work, rotates its own
// certificate while logged in by it, and certdeck-cli works with no password. Real Prosody, real Secret
// Service.
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestApp.h"
#include "TestConfig.h"
#include "storage/OwnCredential.h"
#include "workflow/OutcomeText.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace certdeck;

namespace {

using App = test::TestApp;

const QString user = QStringLiteral("certlogin"); // a user no other test touches: the keyring is shared
const QString password = QStringLiteral("certlogin-password");

const QString revokedReason = QStringLiteral(
    "This computer's certificate was revoked or disabled — log in with the password to enroll it again.");

} // namespace

class TestCertificateSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sessionLogsInWithThisComputersCertificate();
    void rotationWhileLoggedInByCertificateKeepsALogin();
    void refusedCertificateAsksForThePassword_data();
    void refusedCertificateAsksForThePassword();
    void expiredCertificateSaysSo();
    void serverWithoutExternalAsksForThePassword();
    void networkTroubleIsNotAReasonForThePassword();
    void cliWorksWithoutPassword();
    void cliCertificateLoginWithoutCertificate();
    void cliRevokedCertificateSaysWhy();

private:
    [[nodiscard]] bool logInWithPassword(App &app);
    [[nodiscard]] std::optional<DeviceCredential> ownCredential(App &app);
    // Logs in by this computer's certificate from the keychain; returns the failure, if any.
    [[nodiscard]] std::optional<ConnectionError> logInWithCertificate(App &app);
    [[nodiscard]] bool enrollThisComputer(App &app, const QString &name);
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args);

    test::ProsodyServer m_server;
    QTemporaryDir m_dir;
    QString m_jid;
};

void TestCertificateSession::initTestCase()
{
    QVERIFY2(m_server.start({true, {user + QLatin1Char(':') + password}}),
             qPrintable(m_server.errorString()));
    m_jid = m_server.jid(user);
    if (qEnvironmentVariableIntValue("CERTDECK_TEST_SASL2") == 1) {
        // The rerun on a server that offers SASL2 (issue 32): make sure it does.
        QFile config(QDir(m_server.directory()).filePath(QStringLiteral("prosody.cfg.lua")));
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY2(config.readAll().contains("\"sasl2_fast\""), "the server runs without mod_sasl2_fast");
    }
}

bool TestCertificateSession::logInWithPassword(App &app)
{
    QSignalSpy updated(&app.controller, &AccountController::listingUpdated);
    app.controller.logIn(m_server.settingsFor(user), password);
    return updated.wait(10000);
}

std::optional<DeviceCredential> TestCertificateSession::ownCredential(App &app)
{
    std::optional<std::optional<DeviceCredential>> out;
    QObject ctx;
    loadOwnCredential(&app.secrets, m_jid, &ctx, [&](std::optional<DeviceCredential> c) { out.emplace(c); });
    if (!test::waitUntil([&] { return out.has_value(); }))
        return std::nullopt;
    return *out;
}

std::optional<ConnectionError> TestCertificateSession::logInWithCertificate(App &app)
{
    const auto credential = ownCredential(app);
    if (!credential)
        return ConnectionError{ConnectionError::Kind::InvalidSettings, QStringLiteral("no own credential")};
    std::optional<ConnectionError> failure;
    bool listed = false;
    QObject ctx;
    connect(&app.controller, &AccountController::listingUpdated, &ctx, [&] { listed = true; });
    connect(&app.session, &AccountSession::connectionFailed, &ctx,
            [&](const ConnectionError &e) { failure = e; });
    app.controller.logInWithCertificate(m_server.settingsFor(user), *credential);
    if (!test::waitUntil([&] { return listed || failure.has_value(); }, 15000))
        return ConnectionError{ConnectionError::Kind::Timeout, QStringLiteral("test timeout")};
    return failure;
}

bool TestCertificateSession::enrollThisComputer(App &app, const QString &name)
{
    EnrollRequest request;
    request.method = EnrollRequest::Method::ThisComputer;
    request.name = name;
    request.mayManage = true;
    const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); });
    if (!r.confirmed())
        qWarning("enroll: %s", qPrintable(outcomeText(r)));
    return r.confirmed();
}

void TestCertificateSession::sessionLogsInWithThisComputersCertificate()
{
    const QString ini = m_dir.filePath(QStringLiteral("laptop.ini"));
    QByteArray ownSha;
    {
        App app(ini);
        QVERIFY(logInWithPassword(app));
        QCOMPARE(app.session.loginMethod(), LoginMethod::Password);
        QVERIFY(enrollThisComputer(app, QStringLiteral("Laptop")));
        ownSha = app.store.load().ownCertificateSha256;
    }
    App app(ini); // the next start
    const auto credential = ownCredential(app);
    QVERIFY(credential);
    QCOMPARE(credential->certificate.sha256, ownSha);
    const auto failure = logInWithCertificate(app);
    QVERIFY2(!failure, qPrintable(failure ? failure->message() : QString()));
    QCOMPARE(app.session.loginMethod(), LoginMethod::Certificate);
    QCOMPARE(app.session.loginCertificateSha256(), ownSha);
    QVERIFY(app.item(QStringLiteral("Laptop")));
}

void TestCertificateSession::rotationWhileLoggedInByCertificateKeepsALogin()
{
    const QString ini = m_dir.filePath(QStringLiteral("laptop.ini")); // enrolled above
    RotationJournal journal;
    {
        App app(ini);
        QVERIFY(!logInWithCertificate(app));
        const QByteArray oldSha = app.store.load().ownCertificateSha256;
        const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.rotateOwn(c, done); });
        QVERIFY2(r.confirmed(), qPrintable(outcomeText(r)));
        // The new certificate is in place, the old one stays until the new one has logged in.
        const auto pending = app.store.pendingOwnRotation();
        QVERIFY(pending);
        QVERIFY(pending->disableAfterNewLogin);
        journal = *pending;
        QCOMPARE(journal.oldSha256, oldSha);
        QCOMPARE(app.store.load().ownCertificateSha256, journal.newSha256);
        QVERIFY(app.item(journal.oldName));
        QVERIFY(app.item(journal.newName));
        // Resuming in the same session (logged in by the old one) changes nothing.
        const auto resumed =
            app.run([&](QObject *c, auto done) { app.lifecycle.resumeOwnRotation(c, done); });
        QVERIFY(resumed.confirmed());
        QVERIFY(app.store.pendingOwnRotation());
        QVERIFY(app.item(journal.oldName));
    }
    App app(ini); // the next start logs in with the new certificate, which finishes the rotation
    QVERIFY(!logInWithCertificate(app));
    QCOMPARE(app.session.loginCertificateSha256(), journal.newSha256);
    const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.resumeOwnRotation(c, done); });
    QVERIFY2(r.confirmed(), qPrintable(outcomeText(r)));
    QVERIFY(!app.store.pendingOwnRotation());
    QVERIFY(!app.item(journal.oldName));
    QVERIFY(app.item(journal.newName));

    App again(ini);
    QVERIFY(!logInWithCertificate(again));
}

void TestCertificateSession::refusedCertificateAsksForThePassword_data()
{
    QTest::addColumn<bool>("revoke");
    QTest::newRow("revoked") << true;
    QTest::newRow("disabled") << false;
}

// Prosody answers a revoked and a disabled certificate alike: both ask for the password with the same reason.
void TestCertificateSession::refusedCertificateAsksForThePassword()
{
    QFETCH(bool, revoke);
    const QString device = revoke ? QStringLiteral("Desk") : QStringLiteral("Tower");
    const QString ini = m_dir.filePath(device + QStringLiteral(".ini"));
    {
        App app(ini);
        QVERIFY(logInWithPassword(app));
        QVERIFY(enrollThisComputer(app, device));
        const auto r = test::awaitResult<ChangeReport>([&](QObject *c, auto done) {
            if (revoke)
                app.controller.service()->revoke(device, c, done);
            else
                app.controller.service()->disable(device, c, done);
        });
        QVERIFY(r && r->hasValue());
    }
    App app(ini);
    QSignalSpy needed(&app.controller, &AccountController::passwordNeeded);
    const auto failure = logInWithCertificate(app);
    QVERIFY(failure);
    QCOMPARE(failure->kind, ConnectionError::Kind::CertificateRefused);
    QCOMPARE(needed.size(), 1);
    QCOMPARE(needed.constFirst().constFirst().toString(), revokedReason);
    QCOMPARE(app.controller.phase(), AccountController::Phase::Offline);
    QVERIFY(logInWithPassword(app)); // the way back in
}

void TestCertificateSession::expiredCertificateSaysSo()
{
    // Prosody accepts the append of an expired certificate, and refuses it at login.
    App app(m_dir.filePath(QStringLiteral("expired.ini")));
    QVERIFY(logInWithPassword(app));
    const auto old = test::makeCredential(QStringLiteral("Old laptop"), m_jid, -30, -1);
    const auto appended = test::awaitResult<Success>([&](QObject *c, auto done) {
        app.session.requestAppend(QStringLiteral("Old laptop"), old.certificate.der, false, c, done);
    });
    QVERIFY(appended && appended->hasValue());
    AccountSession session;
    QSignalSpy failed(&session, &AccountSession::connectionFailed);
    session.connectWithCertificate(m_server.settingsFor(user), old);
    QVERIFY(failed.wait(15000));
    const auto error = failed.constFirst().constFirst().value<ConnectionError>();
    QCOMPARE(error.kind, ConnectionError::Kind::CertificateExpired);
    QCOMPARE(error.message(), QStringLiteral("This computer's certificate has expired — log in with the "
                                             "password to enroll it again."));
}

void TestCertificateSession::serverWithoutExternalAsksForThePassword()
{
    test::ProsodyServer plain;
    QVERIFY2(plain.start({false, {user + QLatin1Char(':') + password}}), qPrintable(plain.errorString()));
    App app(m_dir.filePath(QStringLiteral("plain.ini")));
    QSignalSpy needed(&app.controller, &AccountController::passwordNeeded);
    app.controller.logInWithCertificate(
        plain.settingsFor(user), test::makeCredential(QStringLiteral("Laptop"), plain.jid(user), -1, 30));
    QVERIFY(needed.wait(15000));
    QCOMPARE(needed.constFirst().constFirst().toString(),
             QStringLiteral("The server does not offer certificate login now — log in with the password."));
    QSignalSpy phase(&app.controller, &AccountController::phaseChanged);
    app.controller.logIn(plain.settingsFor(user), password);
    QTRY_COMPARE_WITH_TIMEOUT(app.session.state(), ConnectionState::Connected, 15000);
    QCOMPARE(app.session.loginMethod(), LoginMethod::Password);
}

void TestCertificateSession::networkTroubleIsNotAReasonForThePassword()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    AccountSettings settings = m_server.settingsFor(user);
    settings.port = closed.serverPort();
    closed.close(); // nobody listens there now
    App app(m_dir.filePath(QStringLiteral("network.ini")));
    QSignalSpy needed(&app.controller, &AccountController::passwordNeeded);
    QSignalSpy problem(&app.controller, &AccountController::problem);
    app.controller.logInWithCertificate(settings,
                                        test::makeCredential(QStringLiteral("Laptop"), m_jid, -1, 30));
    QVERIFY(problem.wait(15000));
    QVERIFY(problem.constFirst().constFirst().toString().startsWith(QStringLiteral(
        "The server refused the connection. Check the host and port, or whether the server is running.")));
    // The attempt is over (nothing reconnects: it was never online); whatever was queued behind the failure
    // is delivered before the check.
    QTRY_COMPARE(app.session.state(), ConnectionState::Disconnected);
    QCOMPARE(app.controller.phase(), AccountController::Phase::Offline);
    QCoreApplication::processEvents();
    QCOMPARE(needed.size(), 0);
}

TestCertificateSession::Run TestCertificateSession::cli(const QStringList &args)
{
    QProcess proc;
    proc.start(QString::fromLatin1(test::cliPath),
               args + QStringList{QStringLiteral("--jid"), m_jid, QStringLiteral("--host"),
                                  QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                  QString::number(m_server.port()), QStringLiteral("--ca-file"),
                                  m_server.caFile()});
    proc.closeWriteChannel(); // no terminal, no password on stdin
    Run r;
    if (!proc.waitForFinished(30000))
        return r;
    r.code = proc.exitStatus() == QProcess::NormalExit ? proc.exitCode() : -1;
    r.out = proc.readAllStandardOutput();
    r.err = proc.readAllStandardError();
    return r;
}

void TestCertificateSession::cliWorksWithoutPassword()
{
    App app(m_dir.filePath(QStringLiteral("cli.ini")));
    QVERIFY(logInWithPassword(app));
    QVERIFY(enrollThisComputer(app, QStringLiteral("Workstation")));
    const auto phone = test::makeCredential(QStringLiteral("Phone"), m_jid, -1, 30);
    const auto appended = test::awaitResult<Success>([&](QObject *c, auto done) {
        app.session.requestAppend(QStringLiteral("Phone"), phone.certificate.der, true, c, done);
    });
    QVERIFY(appended && appended->hasValue());

    const Run list = cli({QStringLiteral("list")});
    QVERIFY2(list.code == 0, list.err.constData());
    QVERIFY(list.out.contains("Phone\t"));
    QVERIFY(list.out.contains("Workstation\t"));
    QVERIFY(!list.err.contains("Password"));

    // The lost-device flow from a certificate login, no password anywhere.
    const Run revoke =
        cli({QStringLiteral("revoke"), QStringLiteral("Phone"), QStringLiteral("--certificate-login")});
    QVERIFY2(revoke.code == 0, revoke.err.constData());
    QVERIFY(revoke.out.startsWith("Revoked “Phone”"));
    QVERIFY(cli({QStringLiteral("list")}).out.contains("Workstation\t"));
    QVERIFY(!cli({QStringLiteral("list")}).out.contains("Phone\t"));
}

void TestCertificateSession::cliCertificateLoginWithoutCertificate()
{
    QProcess proc;
    proc.start(QString::fromLatin1(test::cliPath),
               {QStringLiteral("list"), QStringLiteral("--certificate-login"), QStringLiteral("--jid"),
                QStringLiteral("nobody@") + m_server.domain(), QStringLiteral("--host"),
                QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QString::number(m_server.port()),
                QStringLiteral("--ca-file"), m_server.caFile()});
    proc.closeWriteChannel();
    QVERIFY(proc.waitForFinished(30000));
    QCOMPARE(proc.exitCode(), 3);
    QCOMPARE(
        QString::fromUtf8(proc.readAllStandardError()),
        QStringLiteral("certdeck-cli: This computer has no certificate for nobody@%1 in the system keychain. "
                       "Enroll this computer in Certdeck first, or log in with the password.\n")
            .arg(m_server.domain()));

    const Run both = cli({QStringLiteral("list"), QStringLiteral("--certificate-login"),
                          QStringLiteral("--password-env"), QStringLiteral("X")});
    QCOMPARE(both.code, 2);
}

void TestCertificateSession::cliRevokedCertificateSaysWhy()
{
    App app(m_dir.filePath(QStringLiteral("cli.ini"))); // Workstation, enrolled above
    QVERIFY(logInWithPassword(app));
    const auto r = test::awaitResult<ChangeReport>([&](QObject *c, auto done) {
        app.controller.service()->revoke(QStringLiteral("Workstation"), c, done);
    });
    QVERIFY(r && r->hasValue());
    for (const QStringList &args :
         {QStringList{QStringLiteral("list")},
          QStringList{QStringLiteral("list"), QStringLiteral("--certificate-login")}}) {
        const Run list = cli(args);
        QCOMPARE(list.code, 3);
        QCOMPARE(QString::fromUtf8(list.err),
                 QStringLiteral("certdeck-cli: ") + revokedReason + QLatin1Char('\n'));
    }
}

QTEST_GUILESS_MAIN(TestCertificateSession)
#include "tst_CertificateSession.moc"
