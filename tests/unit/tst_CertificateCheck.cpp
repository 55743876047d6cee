// Which certificates may serve as this account's device certificates, and what a person is told.
#include "SessionHelpers.h"
#include "crypto/CertificateCheck.h"

#include <QtTest>

using namespace certdeck;

class TestCertificateCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void goodCertificateHasNoIssues();
    void issues_data();
    void issues();
    void fullJidOfTheAccountIsAccepted();
};

namespace {
const QString account = QStringLiteral("alice@example.org");
}

void TestCertificateCheck::goodCertificateHasNoIssues()
{
    const auto cred = test::makeCredential(QStringLiteral("Phone"), account, -1, 90);
    QVERIFY(checkDeviceCertificate(cred.certificate, account, QDateTime::currentDateTimeUtc()).isEmpty());
    // Addresses compare without case, as JIDs' local and domain parts do.
    QVERIFY(checkDeviceCertificate(cred.certificate, QStringLiteral("Alice@Example.org"),
                                   QDateTime::currentDateTimeUtc())
                .isEmpty());
}

void TestCertificateCheck::issues_data()
{
    QTest::addColumn<QString>("jid");
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("blocking");
    QTest::addColumn<QString>("words");
    QTest::newRow("expired") << account << -100 << -1 << int(CertificateIssue::Kind::Expired) << true
                             << QStringLiteral("expired");
    QTest::newRow("other account") << QStringLiteral("bob@example.org") << -1 << 90
                                   << int(CertificateIssue::Kind::OtherAccount) << true
                                   << QStringLiteral("bob@example.org");
    QTest::newRow("not yet valid") << account << 5 << 90 << int(CertificateIssue::Kind::NotYetValid) << false
                                   << QStringLiteral("not valid before");
    QTest::newRow("expires soon") << account << -1 << 3 << int(CertificateIssue::Kind::ExpiresSoon) << false
                                  << QStringLiteral("expires soon");
}

void TestCertificateCheck::issues()
{
    QFETCH(QString, jid);
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, kind);
    QFETCH(bool, blocking);
    QFETCH(QString, words);
    const auto cred = test::makeCredential(QStringLiteral("Device"), jid, from, to);
    const auto found = checkDeviceCertificate(cred.certificate, account, QDateTime::currentDateTimeUtc());
    QCOMPARE(found.size(), 1);
    QCOMPARE(int(found[0].kind), kind);
    QCOMPARE(hasErrors(found), blocking);
    QVERIFY2(found[0].message.contains(words), qPrintable(found[0].message));
}

void TestCertificateCheck::fullJidOfTheAccountIsAccepted()
{
    CertificateInfo info = test::makeCredential(QStringLiteral("Device"), account, -1, 90).certificate;
    info.xmppAddresses = {account + QStringLiteral("/phone")};
    QVERIFY(checkDeviceCertificate(info, account, QDateTime::currentDateTimeUtc()).isEmpty());
    info.xmppAddresses.clear();
    auto found = checkDeviceCertificate(info, account, QDateTime::currentDateTimeUtc());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, CertificateIssue::Kind::NoXmppAddress);
    info.xmppAddresses = {account};
    info.isCa = true;
    found = checkDeviceCertificate(info, account, QDateTime::currentDateTimeUtc());
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, CertificateIssue::Kind::IsCa);
    QVERIFY(hasErrors(found));
}

QTEST_GUILESS_MAIN(TestCertificateCheck)
#include "tst_CertificateCheck.moc"
