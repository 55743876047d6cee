// Requests against a server that stops answering or goes away: typed errors, never a false success.
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "xmpp/CertificateService.h"

#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace certdeck;

class TestFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frozenServerTimesOut();
    void revokeUnansweredIsNotConfirmed();
    void killedServerIsDisconnected();
};

void TestFaults::frozenServerTimesOut()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AccountSession session;
    QVERIFY(!test::connectAndWait(session, server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    session.setRequestTimeout(500);
    ::kill(pid_t(server.pid()), SIGSTOP);
    const auto r =
        test::awaitResult<ItemsListing>([&](QObject *c, auto done) { session.requestItems(c, done); });
    ::kill(pid_t(server.pid()), SIGCONT);
    QVERIFY(r);
    QVERIFY(!r->hasValue());
    QCOMPARE(r->error().kind, SaslCertError::Kind::Timeout);
    QVERIFY(r->error().message().contains(QStringLiteral("did not answer")));
}

void TestFaults::revokeUnansweredIsNotConfirmed()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AccountSession session;
    QVERIFY(!test::connectAndWait(session, server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    CertificateService service(&session);
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), server.jid(QStringLiteral("alice")), -1, 30);
    auto added = test::awaitResult<ChangeReport>([&](QObject *c, auto done) {
        service.append(QStringLiteral("Phone"), cred.certificate.der, false, c, done);
    });
    QVERIFY(added && added->hasValue());

    // Freeze the server the moment the revoke leaves: the answer never comes.
    session.setRequestTimeout(500);
    connect(&service, &CertificateService::changeSent, this, [&] { ::kill(pid_t(server.pid()), SIGSTOP); });
    QSignalSpy failed(&service, &CertificateService::changeFailed);
    const auto r = test::awaitResult<ChangeReport>(
        [&](QObject *c, auto done) { service.revoke(QStringLiteral("Phone"), c, done); });
    ::kill(pid_t(server.pid()), SIGCONT);
    QVERIFY(r);
    QVERIFY(!r->hasValue());
    QCOMPARE(r->error().kind, SaslCertError::Kind::NotConfirmed);
    QVERIFY(r->error().outcomeUnknown());
    QCOMPARE(failed.size(), 1);
}

void TestFaults::killedServerIsDisconnected()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AccountSession session;
    QVERIFY(!test::connectAndWait(session, server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    QSignalSpy state(&session, &AccountSession::stateChanged);
    ::kill(pid_t(server.pid()), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(session.state(), ConnectionState::Disconnected, 10000);
    const auto r =
        test::awaitResult<ItemsListing>([&](QObject *c, auto done) { session.requestItems(c, done); }, 3000);
    QVERIFY(r);
    QVERIFY(!r->hasValue());
    QCOMPARE(r->error().kind, SaslCertError::Kind::Disconnected);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_Faults.moc"
