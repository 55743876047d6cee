// TLS trust: a valid chain, an unknown CA accepted by pinning its key, and a pinned key that changed.
#include "ProsodyServer.h"
#include "SessionHelpers.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

using namespace certdeck;

namespace {

CertificateInfo serverCertificate(const test::ProsodyServer &server)
{
    QFile f(server.caFile());
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the server certificate");
    return parseCertificate(f.readAll()).value();
}

} // namespace

class TestTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validChainConnects();
    void unknownCaAsksAndPinConnects();
    void pinMismatchIsRefusedEvenWithValidChain();
    void pinMismatchIsRefusedForUnverifiedKey();

private:
    test::ProsodyServer m_server;
    test::ProsodyServer m_other;
};

void TestTrust::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY2(m_other.start(), qPrintable(m_other.errorString()));
}

void TestTrust::validChainConnects()
{
    AccountSession session;
    QSignalSpy asked(&session, &AccountSession::serverTrustNeeded);
    QVERIFY(!test::connectAndWait(session, m_server.settingsFor(QStringLiteral("alice")),
                                  QStringLiteral("alice-password")));
    QCOMPARE(asked.size(), 0);
}

void TestTrust::unknownCaAsksAndPinConnects()
{
    AccountSession session;
    QSignalSpy asked(&session, &AccountSession::serverTrustNeeded);
    AccountSettings settings = m_server.settingsFor(QStringLiteral("alice"));
    settings.trustedCertificates.clear();
    const auto failure = test::connectAndWait(session, settings, QStringLiteral("alice-password"));
    QVERIFY(failure);
    QCOMPARE(failure->kind, ConnectionError::Kind::TlsUntrusted);
    QCOMPARE(asked.size(), 1);
    const auto identity = asked.constFirst().constFirst().value<ServerIdentity>();
    const CertificateInfo expected = serverCertificate(m_server);
    QCOMPARE(identity.sha256Fingerprint, expected.sha256Fingerprint());
    QCOMPARE(identity.spkiSha256, expected.spkiSha256);
    QVERIFY(identity.subject.contains(QStringLiteral("localhost")));
    QVERIFY(!identity.problems.isEmpty());

    // The person trusts that key: the same server now connects without any CA.
    settings.pinnedServerKey = identity.spkiSha256;
    AccountSession again;
    QVERIFY(!test::connectAndWait(again, settings, QStringLiteral("alice-password")));
}

void TestTrust::pinMismatchIsRefusedEvenWithValidChain()
{
    // The CA vouches for the server, but the key is not the pinned one.
    AccountSession session;
    QSignalSpy changed(&session, &AccountSession::serverKeyChanged);
    AccountSettings settings = m_server.settingsFor(QStringLiteral("alice"));
    settings.pinnedServerKey = serverCertificate(m_other).spkiSha256;
    const auto failure = test::connectAndWait(session, settings, QStringLiteral("alice-password"));
    QVERIFY(failure);
    QCOMPARE(failure->kind, ConnectionError::Kind::PinMismatch);
    QVERIFY(failure->message().contains(QStringLiteral("different key")));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.constFirst().constFirst().value<ServerIdentity>().spkiSha256,
             serverCertificate(m_server).spkiSha256);
}

void TestTrust::pinMismatchIsRefusedForUnverifiedKey()
{
    AccountSession session;
    QSignalSpy asked(&session, &AccountSession::serverTrustNeeded);
    AccountSettings settings = m_server.settingsFor(QStringLiteral("alice"));
    settings.trustedCertificates.clear();
    settings.pinnedServerKey = serverCertificate(m_other).spkiSha256;
    const auto failure = test::connectAndWait(session, settings, QStringLiteral("alice-password"));
    QVERIFY(failure);
    QCOMPARE(failure->kind, ConnectionError::Kind::PinMismatch);
    QCOMPARE(asked.size(), 0); // a changed pin is a hard stop, not a new question
}

QTEST_GUILESS_MAIN(TestTrust)
#include "tst_Trust.moc"
