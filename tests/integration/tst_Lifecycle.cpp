// A device's whole life against a real Prosody and a real third-party client (slixmpp as the phone):
// enroll, log in by SASL EXTERNAL, disable, revoke. Every change is verified by Certdeck, and here by the
// phone.
#include "Phone.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "crypto/Pkcs12.h"
#include "xmpp/CertificateService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

using namespace certdeck;

namespace {

// The session has seen `fullJid`'s resource come online.
bool isAvailable(const QSignalSpy &presence, const QString &fullJid)
{
    const QString resource = fullJid.section(QLatin1Char('/'), 1);
    for (const auto &args : presence)
        if (args.at(0).toString() == resource && args.at(1).toBool())
            return true;
    return false;
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void enrollWithCoreApiThenPhoneLogsIn_data();
    void enrollWithCoreApiThenPhoneLogsIn();
    void enrollWithCliThenPhoneLogsIn();
    void disableKeepsTheSessionButBlocksNewLogins();
    void revokeKicksThePhoneAndNamesTheSession();
    void revokeRemovesEveryEntryOfTheCertificate();
    void sameCertificateUnderSecondNameIsRefused();
    void cliRevokePrintsTheProof();
    void duplicateNameIsRefusedBeforeSending();
    void unknownNameIsNotFoundNotSuccess();
    void unusableCertificatesAreRefused();

private:
    Result<ChangeReport, SaslCertError>
    change(const std::function<void(QObject *, CertificateService::Callback)> &call);
    ItemsListing list();
    int runCli(const QStringList &args, QByteArray *out = nullptr);

    test::ProsodyServer m_server;
    QString m_jid;
    std::unique_ptr<AccountSession> m_session;
    std::unique_ptr<CertificateService> m_service;
};

void TestLifecycle::initTestCase()
{
    // Lenient appends: revokeRemovesEveryEntryOfTheCertificate needs a server that takes one certificate
    // under two names (packaging/prosody's whole fix refuses that; tst_thief checks the refusal).
    QVERIFY2(m_server.start({true, {QStringLiteral("alice:alice-password")}, true, true}),
             qPrintable(m_server.errorString()));
    m_jid = m_server.jid(QStringLiteral("alice"));
}

void TestLifecycle::init()
{
    m_session = std::make_unique<AccountSession>();
    m_service = std::make_unique<CertificateService>(m_session.get());
    const auto failure = test::connectAndWait(*m_session, m_server.settingsFor(QStringLiteral("alice")),
                                              QStringLiteral("alice-password"));
    QVERIFY2(!failure, qPrintable(failure ? failure->message() : QString()));
}

void TestLifecycle::cleanup()
{
    m_service.reset();
    m_session.reset();
}

Result<ChangeReport, SaslCertError>
TestLifecycle::change(const std::function<void(QObject *, CertificateService::Callback)> &call)
{
    auto r = test::awaitResult<ChangeReport>(call, 15000);
    if (!r)
        return fail(SaslCertError{SaslCertError::Kind::Timeout, QStringLiteral("test timeout")});
    return *r;
}

ItemsListing TestLifecycle::list()
{
    auto r =
        test::awaitResult<ItemsListing>([&](QObject *c, auto done) { m_session->requestItems(c, done); });
    return r && r->hasValue() ? r->value() : ItemsListing{};
}

int TestLifecycle::runCli(const QStringList &args, QByteArray *out)
{
    QProcess proc;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("T_PASSWORD"), QStringLiteral("alice-password"));
    env.insert(QStringLiteral("T_EXPORT"), QStringLiteral("export-secret"));
    proc.setProcessEnvironment(env);
    const QStringList account{QStringLiteral("--jid"),          m_jid,
                              QStringLiteral("--host"),         QStringLiteral("127.0.0.1"),
                              QStringLiteral("--port"),         QString::number(m_server.port()),
                              QStringLiteral("--ca-file"),      m_server.caFile(),
                              QStringLiteral("--password-env"), QStringLiteral("T_PASSWORD")};
    proc.start(QString::fromLatin1(test::cliPath), args + account);
    if (!proc.waitForFinished(30000))
        return -1;
    if (out)
        *out = proc.readAllStandardOutput();
    const QByteArray err = proc.readAllStandardError();
    if (!err.isEmpty())
        qInfo("certdeck-cli: %s", err.constData());
    return proc.exitCode();
}

void TestLifecycle::enrollWithCoreApiThenPhoneLogsIn_data()
{
    QTest::addColumn<int>("keyType");
    QTest::newRow("P-256") << int(KeyType::EcP256);
    QTest::newRow("RSA 3072") << int(KeyType::Rsa3072);
    // Prosody 0.12 with OpenSSL 3 accepts Ed25519 client certificates for SASL EXTERNAL (TLS 1.3).
    QTest::newRow("Ed25519") << int(KeyType::Ed25519);
}

void TestLifecycle::enrollWithCoreApiThenPhoneLogsIn()
{
    QFETCH(int, keyType);
    const QString name = QStringLiteral("Phone %1").arg(QString::fromLatin1(QTest::currentDataTag()));
    const auto cred = test::makeCredential(name, m_jid, -1, 90, KeyType(keyType));
    // The device gets its key through a .p12 file; read it back as the device would.
    QTemporaryDir dir;
    const QString p12 = dir.filePath(QStringLiteral("phone.p12"));
    QVERIFY(
        writePkcs12File(p12, cred, SecretBytes("device-pass"), name, Pkcs12Format::Current, 2048).hasValue());
    QFile file(p12);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const auto imported = importPkcs12(file.readAll(), SecretBytes("device-pass"));
    QVERIFY(imported.hasValue());

    const auto r =
        change([&](QObject *c, auto done) { m_service->append(name, cred.certificate.der, false, c, done); });
    QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().message()));
    QCOMPARE(r->name, name);
    QCOMPARE(r->sha256, cred.certificate.sha256Fingerprint());
    QVERIFY(r->verifiedAt.isValid());

    test::Phone phone(m_server, *imported, QStringLiteral("phone"));
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));
    QCOMPARE(phone.last(QStringLiteral("bound")).value(QStringLiteral("jid")).toString(), phone.fullJid());
}

void TestLifecycle::enrollWithCliThenPhoneLogsIn()
{
    QTemporaryDir dir;
    const QString p12 = dir.filePath(QStringLiteral("laptop.p12"));
    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("enroll"), QStringLiteral("Laptop"), QStringLiteral("--p12"), p12,
                     QStringLiteral("--export-password-env"), QStringLiteral("T_EXPORT"),
                     QStringLiteral("--json")},
                    &out),
             0);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY(report.value(QStringLiteral("confirmed")).toBool());
    QCOMPARE(QFile::permissions(p12), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ReadUser | QFileDevice::WriteUser);

    // The openssl command opens our file with the password: PEM files for the phone come from it.
    const QString crt = dir.filePath(QStringLiteral("laptop.crt"));
    const QString key = dir.filePath(QStringLiteral("laptop.key"));
    const QStringList common{QStringLiteral("pkcs12"), QStringLiteral("-in"), p12, QStringLiteral("-passin"),
                             QStringLiteral("pass:export-secret")};
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                               common + QStringList{QStringLiteral("-nokeys"), QStringLiteral("-out"), crt}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral("openssl"),
                               common + QStringList{QStringLiteral("-nocerts"), QStringLiteral("-nodes"),
                                                    QStringLiteral("-out"), key}),
             0);

    const ItemsListing listing = list();
    QVERIFY(listing.find(QStringLiteral("Laptop")));
    QCOMPARE(listing.find(QStringLiteral("Laptop"))->certificate.sha256Fingerprint(),
             report.value(QStringLiteral("sha256")).toString());

    test::Phone phone(m_server, crt, key, QStringLiteral("laptop"));
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));
}

void TestLifecycle::disableKeepsTheSessionButBlocksNewLogins()
{
    const auto cred = test::makeCredential(QStringLiteral("Tablet"), m_jid, -1, 90);
    QVERIFY(change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("Tablet"), cred.certificate.der, false, c, done);
    }));
    test::Phone online(m_server, cred, QStringLiteral("tablet"));
    online.start();
    QVERIFY2(online.waitFor(QStringLiteral("bound")), qPrintable(online.output()));

    const auto r =
        change([&](QObject *c, auto done) { m_service->disable(QStringLiteral("Tablet"), c, done); });
    QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().message()));
    QVERIFY(r->closedSessions.isEmpty());
    QVERIFY(!list().find(QStringLiteral("Tablet")));

    // Disable is not revoke: the live session stays.
    QVERIFY(!online.waitFor(QStringLiteral("disconnected"), 1000));
    // But a new login with the certificate is refused.
    test::Phone again(m_server, cred, QStringLiteral("tablet-2"));
    again.start();
    QVERIFY(again.waitFor(QStringLiteral("auth_failed")) || again.waitFor(QStringLiteral("disconnected")));
    QVERIFY(!again.hasSeen(QStringLiteral("bound")));
}

// Issue 15, case 1: a certificate listed under two names (put there by another client on a server without
// packaging/prosody's whole fix, or by an older Certdeck) is one device. Revoking one name must revoke the
// certificate, and the proof must show that no entry with its fingerprint remains; the phone can no longer
// log in.
void TestLifecycle::revokeRemovesEveryEntryOfTheCertificate()
{
    const auto cred = test::makeCredential(QStringLiteral("dev1"), m_jid, -1, 90);
    QVERIFY(change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("dev1"), cred.certificate.der, false, c, done);
    }));
    // The raw request, as another client would: Certdeck itself refuses this (see the next test).
    const auto copied = test::awaitResult<Success>([&](QObject *c, auto done) {
        m_session->requestAppend(QStringLiteral("dev1-copy"), cred.certificate.der, false, c, done);
    });
    QVERIFY(copied && copied->hasValue());
    QVERIFY(list().find(QStringLiteral("dev1-copy")));

    const auto r = change([&](QObject *c, auto done) { m_service->revoke(QStringLiteral("dev1"), c, done); });
    QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().message()));
    QCOMPARE(r->otherNames, QStringList{QStringLiteral("dev1-copy")});
    const ItemsListing after = list();
    for (const auto &item : after.items)
        QVERIFY2(item.certificate.sha256Fingerprint() != cred.certificate.sha256Fingerprint(),
                 qPrintable(item.name));

    test::Phone phone(m_server, cred, QStringLiteral("dev1"));
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("auth_failed")) || phone.waitFor(QStringLiteral("disconnected")),
             qPrintable(phone.output()));
    QVERIFY(!phone.hasSeen(QStringLiteral("bound")));
}

void TestLifecycle::sameCertificateUnderSecondNameIsRefused()
{
    const auto cred = test::makeCredential(QStringLiteral("dev2"), m_jid, -1, 90);
    QVERIFY(change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("dev2"), cred.certificate.der, false, c, done);
    }));
    QSignalSpy sent(m_service.get(), &CertificateService::changeSent);
    const auto r = change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("dev2-copy"), cred.certificate.der, false, c, done);
    });
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().kind, SaslCertError::Kind::CertificateInUse);
    QCOMPARE(r.error().message(),
             QStringLiteral("This certificate is already on the account as “dev2”. Each device needs its own "
                            "certificate; nothing was sent."));
    QCOMPARE(sent.size(), 0);
    QVERIFY(!list().find(QStringLiteral("dev2-copy")));

    // The same from the CLI: refused locally, exit 1 (not 4, which is the server's).
    QTemporaryDir dir;
    QFile pem(dir.filePath(QStringLiteral("dev2.der")));
    QVERIFY(pem.open(QIODevice::WriteOnly));
    pem.write(cred.certificate.der);
    pem.close();
    QCOMPARE(runCli({QStringLiteral("enroll"), QStringLiteral("dev2-cli"), QStringLiteral("--certificate"),
                     pem.fileName()}),
             1);
    QVERIFY(!list().find(QStringLiteral("dev2-cli")));
}

void TestLifecycle::revokeKicksThePhoneAndNamesTheSession()
{
    const auto cred = test::makeCredential(QStringLiteral("Stolen phone"), m_jid, -1, 90);
    QVERIFY(change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("Stolen phone"), cred.certificate.der, false, c, done);
    }));
    QSignalSpy presence(m_session.get(), &AccountSession::ownResourcePresence);
    test::Phone phone(m_server, cred, QStringLiteral("stolen"));
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));
    // The phone's presence has reached our session.
    QTRY_VERIFY_WITH_TIMEOUT(isAvailable(presence, phone.fullJid()), 5000);

    QSignalSpy sent(m_service.get(), &CertificateService::changeSent);
    const qint64 sentAt = test::monotonicMs();
    const auto r =
        change([&](QObject *c, auto done) { m_service->revoke(QStringLiteral("Stolen phone"), c, done); });
    QVERIFY2(r.hasValue(), qPrintable(r ? QString() : r.error().message()));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(r->closedSessions, QStringList{phone.fullJid()});
    QCOMPARE(r->sha256, cred.certificate.sha256Fingerprint());

    QVERIFY(phone.waitFor(QStringLiteral("disconnected"), 1000));
    const qint64 kickedAfter = phone.seenAt(QStringLiteral("disconnected")) - sentAt;
    qInfo("phone disconnected %lld ms after the revoke was sent", kickedAfter);
    QVERIFY2(kickedAfter < 1000, qPrintable(QString::number(kickedAfter)));
    QVERIFY(phone.last(QStringLiteral("disconnected"))
                .value(QStringLiteral("reason"))
                .toString()
                .contains(QStringLiteral("revoked")));

    QVERIFY(!list().find(QStringLiteral("Stolen phone")));
    test::Phone again(m_server, cred, QStringLiteral("stolen-again"));
    again.start();
    QVERIFY(again.waitFor(QStringLiteral("auth_failed")) || again.waitFor(QStringLiteral("disconnected")));
    QVERIFY(!again.hasSeen(QStringLiteral("bound")));
}

void TestLifecycle::cliRevokePrintsTheProof()
{
    const auto cred = test::makeCredential(QStringLiteral("Watch"), m_jid, -1, 90);
    QVERIFY(change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("Watch"), cred.certificate.der, false, c, done);
    }));
    QSignalSpy presence(m_session.get(), &AccountSession::ownResourcePresence);
    test::Phone watch(m_server, cred, QStringLiteral("watch"));
    watch.start();
    QVERIFY(watch.waitFor(QStringLiteral("bound")));
    QTRY_VERIFY_WITH_TIMEOUT(isAvailable(presence, watch.fullJid()), 5000);

    QByteArray out;
    QCOMPARE(runCli({QStringLiteral("revoke"), QStringLiteral("Watch"), QStringLiteral("--json")}, &out), 0);
    const QJsonObject report = QJsonDocument::fromJson(out).object();
    QVERIFY(report.value(QStringLiteral("confirmed")).toBool());
    QCOMPARE(report.value(QStringLiteral("closed_sessions")).toArray().toVariantList(),
             QVariantList{watch.fullJid()});
    QVERIFY(!report.value(QStringLiteral("verified_at")).toString().isEmpty());
    QVERIFY(watch.waitFor(QStringLiteral("disconnected"), 1000));

    // Gone: "not found", refused by Certdeck before sending (exit 1; 4 is reserved for the server).
    QCOMPARE(runCli({QStringLiteral("revoke"), QStringLiteral("Watch")}, &out), 1);
}

void TestLifecycle::duplicateNameIsRefusedBeforeSending()
{
    const auto first = test::makeCredential(QStringLiteral("Desk"), m_jid, -1, 90);
    const auto second = test::makeCredential(QStringLiteral("Desk"), m_jid, -1, 90);
    QVERIFY(change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("Desk"), first.certificate.der, false, c, done);
    }));
    QSignalSpy sent(m_service.get(), &CertificateService::changeSent);
    const auto r = change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("Desk"), second.certificate.der, false, c, done);
    });
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().kind, SaslCertError::Kind::NameInUse);
    QCOMPARE(sent.size(), 0);
    // mod_client_certs would have replaced the first certificate: it is still there.
    QCOMPARE(list().find(QStringLiteral("Desk"))->certificate.der, first.certificate.der);
}

void TestLifecycle::unknownNameIsNotFoundNotSuccess()
{
    for (const bool revoke : {false, true}) {
        const auto r = change([&](QObject *c, auto done) {
            if (revoke)
                m_service->revoke(QStringLiteral("No such device"), c, done);
            else
                m_service->disable(QStringLiteral("No such device"), c, done);
        });
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().kind, SaslCertError::Kind::NotFound);
        QVERIFY(r.error().message().contains(QStringLiteral("no certificate with this name")));
    }
}

void TestLifecycle::unusableCertificatesAreRefused()
{
    const auto expired = test::makeCredential(QStringLiteral("Expired"), m_jid, -100, -1);
    auto r = change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("Expired"), expired.certificate.der, false, c, done);
    });
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().kind, SaslCertError::Kind::InvalidCertificate);
    QVERIFY2(r.error().message().contains(QStringLiteral("expired on")), qPrintable(r.error().message()));

    const auto other = test::makeCredential(QStringLiteral("Bob's"), QStringLiteral("bob@localhost"), -1, 90);
    r = change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("Bob's"), other.certificate.der, false, c, done);
    });
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().kind, SaslCertError::Kind::InvalidCertificate);
    QVERIFY2(r.error().message().contains(QStringLiteral("bob@localhost, not for this account")),
             qPrintable(r.error().message()));

    r = change([&](QObject *c, auto done) {
        m_service->append(QStringLiteral("Junk"), QByteArray("junk"), false, c, done);
    });
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().kind, SaslCertError::Kind::InvalidCertificate);

    const ItemsListing listing = list();
    QVERIFY(!listing.find(QStringLiteral("Expired")) && !listing.find(QStringLiteral("Bob's")) &&
            !listing.find(QStringLiteral("Junk")));
}

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_Lifecycle.moc"
