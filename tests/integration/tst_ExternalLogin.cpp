// Issue 19, first layer: QXmpp (patched by packaging/dev/setup.sh) logs in to the harness's Prosody with a
// client certificate and no password (SASL EXTERNAL), and tells a refusal apart from a network failure.
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "xmpp/CertificateLogin.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace certdeck;
using Kind = CertificateLoginResult::Kind;

Q_DECLARE_METATYPE(certdeck::KeyType)

namespace {

// Logs in with the credential only and waits for the outcome. The login object stays with the caller.
CertificateLoginResult logInWith(CertificateLogin &login, const AccountSettings &settings,
                                 const DeviceCredential &credential)
{
    QSignalSpy finished(&login, &CertificateLogin::finished);
    login.logIn(settings, credential);
    if (finished.isEmpty() && !finished.wait(15000))
        return {Kind::Network, QStringLiteral("no outcome within 15 s")};
    return finished.constFirst().constFirst().value<CertificateLoginResult>();
}

} // namespace

class TestExternalLogin : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void enrolledCertificateLogsInWithoutPassword_data();
    void enrolledCertificateLogsInWithoutPassword();
    void unknownCertificateIsRefused();
    void revokedCertificateIsRefused();
    void keyOfAnotherCertificateIsNeverSent();
    void serverWithoutExternalIsNotARefusal();
    void closedPortIsANetworkError();

private:
    void append(const DeviceCredential &credential);

    test::ProsodyServer m_server;
    AccountSession m_session; // alice with her password, to manage her certificates
    AccountSettings m_settings;
    QString m_jid;
};

void TestExternalLogin::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_settings = m_server.settingsFor(QStringLiteral("alice"));
    m_jid = m_server.jid(QStringLiteral("alice"));
    const auto failure = test::connectAndWait(m_session, m_settings, QStringLiteral("alice-password"));
    QVERIFY2(!failure, qPrintable(failure ? failure->message() : QString()));
}

void TestExternalLogin::append(const DeviceCredential &credential)
{
    const auto appended = test::awaitResult<Success>([&](QObject *c, auto done) {
        m_session.requestAppend(credential.certificate.commonName, credential.certificate.der, false, c,
                                done);
    });
    QVERIFY(appended);
    QVERIFY2(appended->hasValue(),
             qPrintable(appended->hasValue() ? QString() : appended->error().message()));
}

void TestExternalLogin::enrolledCertificateLogsInWithoutPassword_data()
{
    QTest::addColumn<KeyType>("type");
    QTest::newRow("P-256") << KeyType::EcP256;
    QTest::newRow("RSA") << KeyType::Rsa3072;
    QTest::newRow("Ed25519") << KeyType::Ed25519;
}

void TestExternalLogin::enrolledCertificateLogsInWithoutPassword()
{
    QFETCH(KeyType, type);
    const auto credential = test::makeCredential(
        QStringLiteral("Laptop %1").arg(QLatin1String(QTest::currentDataTag())), m_jid, -1, 30, type);
    append(credential);

    CertificateLogin login;
    const auto result = logInWith(login, m_settings, credential);
    QCOMPARE(result.kind, Kind::LoggedIn);
    QVERIFY(login.isLoggedIn());
    login.disconnectFromServer();
    QTRY_VERIFY(!login.isLoggedIn());
}

void TestExternalLogin::unknownCertificateIsRefused()
{
    const auto stranger = test::makeCredential(QStringLiteral("Never enrolled"), m_jid, -1, 30);
    CertificateLogin login;
    const auto result = logInWith(login, m_settings, stranger);
    QCOMPARE(result.kind, Kind::Refused);
    QVERIFY(!login.isLoggedIn());
}

void TestExternalLogin::revokedCertificateIsRefused()
{
    const auto phone = test::makeCredential(QStringLiteral("Lost phone"), m_jid, -1, 30);
    append(phone);
    CertificateLogin before;
    QCOMPARE(logInWith(before, m_settings, phone).kind, Kind::LoggedIn);

    const auto revoked = test::awaitResult<Success>(
        [&](QObject *c, auto done) { m_session.requestRevoke(phone.certificate.commonName, c, done); });
    QVERIFY(revoked && revoked->hasValue());
    QTRY_VERIFY(!before.isLoggedIn()); // the server closes the session that used it

    CertificateLogin after;
    const auto result = logInWith(after, m_settings, phone);
    QCOMPARE(result.kind, Kind::Refused);
    QVERIFY2(result.detail.contains(QStringLiteral("not-authorized")) ||
                 result.detail.contains(QStringLiteral("Not authorized"), Qt::CaseInsensitive),
             qPrintable(result.detail));
}

void TestExternalLogin::keyOfAnotherCertificateIsNeverSent()
{
    auto mixed = test::makeCredential(QStringLiteral("Mixed"), m_jid, -1, 30);
    mixed.privateKeyPem = test::makeCredential(QStringLiteral("Other"), m_jid, -1, 30).privateKeyPem;
    CertificateLogin login;
    QCOMPARE(logInWith(login, m_settings, mixed).kind, Kind::InvalidCredential);
}

void TestExternalLogin::serverWithoutExternalIsNotARefusal()
{
    test::ProsodyServer plain;
    QVERIFY2(plain.start({false, {QStringLiteral("alice:alice-password")}}), qPrintable(plain.errorString()));
    const auto credential =
        test::makeCredential(QStringLiteral("Laptop"), plain.jid(QStringLiteral("alice")), -1, 30);
    CertificateLogin login;
    const auto result = logInWith(login, plain.settingsFor(QStringLiteral("alice")), credential);
    QCOMPARE(result.kind, Kind::NotOffered);
}

void TestExternalLogin::closedPortIsANetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    AccountSettings closed = m_settings;
    closed.port = probe.serverPort();
    probe.close(); // nothing listens there now
    const auto credential = test::makeCredential(QStringLiteral("Laptop"), m_jid, -1, 30);
    CertificateLogin login;
    QCOMPARE(logInWith(login, closed, credential).kind, Kind::Network);
}

QTEST_GUILESS_MAIN(TestExternalLogin)
#include "tst_ExternalLogin.moc"
