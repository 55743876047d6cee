// Log in to a real Prosody with a password and read the account's certificates.
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "controller/AccountController.h"
#include "model/CertificateListModel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace certdeck;

class TestListing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void appendedCertificatesAreListed();
    void controllerFillsTheModel();
    void serverWithoutModuleIsReported();
    void wrongPasswordIsReported();
    void untrustedServerIsRefused();
    void aListingSpanningManyTlsRecordsArrivesWhole();

private:
    test::ProsodyServer m_server;
    const QString m_password = QStringLiteral("alice-password");
};

void TestListing::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestListing::appendedCertificatesAreListed()
{
    AccountSession session;
    const auto failure =
        test::connectAndWait(session, m_server.settingsFor(QStringLiteral("alice")), m_password);
    QVERIFY2(!failure, qPrintable(failure ? failure->message() : QString()));

    const auto supported =
        test::awaitResult<bool>([&](QObject *c, auto done) { session.checkSupport(c, done); });
    QVERIFY(supported && supported->hasValue());
    QVERIFY(supported->value());

    const QString jid = m_server.jid(QStringLiteral("alice"));
    const auto phone = test::makeCredential(QStringLiteral("Phone"), jid, -1, 12);
    const auto laptop = test::makeCredential(QStringLiteral("Laptop"), jid, -1, 400, KeyType::Rsa3072);
    for (const auto *cred : {&phone, &laptop}) {
        const auto appended = test::awaitResult<Success>([&](QObject *c, auto done) {
            session.requestAppend(cred->certificate.commonName, cred->certificate.der, false, c, done);
        });
        QVERIFY(appended);
        QVERIFY2(appended->hasValue(),
                 qPrintable(appended->hasValue() ? QString() : appended->error().message()));
    }

    const auto listing =
        test::awaitResult<ItemsListing>([&](QObject *c, auto done) { session.requestItems(c, done); });
    QVERIFY(listing && listing->hasValue());
    const ItemsListing &items = listing->value();
    QCOMPARE(items.items.size(), 2);
    QVERIFY(items.problems.isEmpty());
    const SaslCertItem *p = items.find(QStringLiteral("Phone"));
    const SaslCertItem *l = items.find(QStringLiteral("Laptop"));
    QVERIFY(p && l);
    QCOMPARE(p->certificate.notAfter, phone.certificate.notAfter);
    QCOMPARE(p->certificate.sha256, phone.certificate.sha256);
    QCOMPARE(l->certificate.notAfter, laptop.certificate.notAfter);
    QCOMPARE(l->certificate.keyDescription(), QStringLiteral("RSA 3072"));
    // Certdeck's module fix ties sessions to certificates and says when each was used: nobody, never yet.
    QVERIFY(p->hasUsers);
    QVERIFY(p->users.isEmpty());
    QVERIFY(p->use.reported);
    QVERIFY(!p->use.first.isValid() && !p->use.last.isValid());
}

void TestListing::controllerFillsTheModel()
{
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    QSignalSpy updated(&controller, &AccountController::listingUpdated);
    controller.logIn(m_server.settingsFor(QStringLiteral("alice")), m_password);
    QVERIFY(updated.wait(10000));
    QCOMPARE(controller.phase(), AccountController::Phase::Ready);
    QCOMPARE(model.rowCount(), 2); // appended by the test above
}

void TestListing::serverWithoutModuleIsReported()
{
    test::ProsodyServer plain;
    QVERIFY2(plain.start({false, {QStringLiteral("bob:bob-password")}}), qPrintable(plain.errorString()));
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    QSignalSpy problem(&controller, &AccountController::problem);
    controller.logIn(plain.settingsFor(QStringLiteral("bob")), QStringLiteral("bob-password"));
    QTRY_COMPARE_WITH_TIMEOUT(controller.phase(), AccountController::Phase::Unsupported, 10000);
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.constFirst().constFirst().toString().contains(QStringLiteral("XEP-0257")));
    QCOMPARE(model.rowCount(), 0);
}

void TestListing::wrongPasswordIsReported()
{
    AccountSession session;
    const auto failure = test::connectAndWait(session, m_server.settingsFor(QStringLiteral("alice")),
                                              QStringLiteral("not the password"));
    QVERIFY(failure);
    QCOMPARE(failure->kind, ConnectionError::Kind::WrongPassword);
}

void TestListing::untrustedServerIsRefused()
{
    AccountSession session;
    AccountSettings settings = m_server.settingsFor(QStringLiteral("alice"));
    settings.trustedCertificates.clear(); // the harness's self-signed certificate is trusted by nobody else
    const auto failure = test::connectAndWait(session, settings, m_password);
    QVERIFY(failure);
    QCOMPARE(failure->kind, ConnectionError::Kind::TlsUntrusted);
}

// A reply of ~400 certificates is ~300 KB: many TLS records. QXmpp, as Certdeck builds it, waits until the
// data can be a whole document before parsing (packaging/dev/setup.sh); the listing must still arrive whole
// and exact, and a small request right after it must still be answered.
void TestListing::aListingSpanningManyTlsRecordsArrivesWhole()
{
    QVERIFY(m_server.registerUser(QStringLiteral("carol"), m_password)); // an account of its own
    AccountSession session;
    QVERIFY(!test::connectAndWait(session, m_server.settingsFor(QStringLiteral("carol")), m_password));
    const QString jid = m_server.jid(QStringLiteral("carol"));
    QHash<QString, QByteArray> expected;
    for (int i = 0; i < 400; ++i) {
        const QString name = QStringLiteral("Device %1").arg(i);
        const auto cred = test::makeCredential(name, jid, -1, 30 + i);
        const auto appended = test::awaitResult<Success>([&](QObject *c, auto done) {
            session.requestAppend(name, cred.certificate.der, false, c, done);
        });
        QVERIFY(appended && appended->hasValue());
        expected.insert(name, cred.certificate.sha256);
    }
    const auto listing =
        test::awaitResult<ItemsListing>([&](QObject *c, auto done) { session.requestItems(c, done); }, 60000);
    QVERIFY(listing && listing->hasValue());
    QVERIFY(listing->value().problems.isEmpty());
    QCOMPARE(listing->value().items.size(), expected.size());
    for (const SaslCertItem &item : listing->value().items)
        QCOMPARE(item.certificate.sha256, expected.value(item.name));

    const auto supported =
        test::awaitResult<bool>([&](QObject *c, auto done) { session.checkSupport(c, done); });
    QVERIFY(supported && supported->hasValue() && supported->value());
}

QTEST_GUILESS_MAIN(TestListing)
#include "tst_Listing.moc"
