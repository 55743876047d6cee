// Enroll and rotate against a real Prosody, the real Secret Service (gnome-keyring) and a slixmpp device.
#include "Phone.h"
#include "Pkcs12Structure.h"
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "TestApp.h"
#include "controller/AccountController.h"
#include "crypto/Pkcs12.h"
#include "model/CertificateListModel.h"
#include "storage/AccountStore.h"
#include "storage/OwnCredential.h"
#include "storage/PasswordStore.h"
#include "workflow/DeviceWorkflow.h"
#include "workflow/OutcomeText.h"

#include <QSettings>
#include <QSignalSpy>
#include <QtTest>

#include <csignal>

using namespace certdeck;

namespace {

using App = test::TestApp;

} // namespace

class TestEnrollment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newDeviceGetsAP12AndLogsIn();
    void existingCertificateFileIsCheckedFirst();
    void namesAreSuggestedAndNeverReused();
    void thisComputerKeepsItsKeyInTheKeychain();
    void ownRotationKeepsTheConnectionAndDisablesTheOld();
    void interruptedRotationFinishesOnNextStart();
    void rotationThatNeverReachedTheServerRollsBack();
    void otherDeviceRotationWaitsForFinish();
    void rotationKeepsTheDevicesEncoding();
    void aChangeIsListedOnce();

private:
    test::ProsodyServer m_server;
    QTemporaryDir m_dir;
    QString m_jid;
};

void TestEnrollment::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_jid = m_server.jid(QStringLiteral("alice"));
}

void TestEnrollment::newDeviceGetsAP12AndLogsIn()
{
    App app(m_dir.filePath(QStringLiteral("a.ini")));
    QVERIFY(app.logIn(m_server));
    EnrollRequest request;
    request.name = QStringLiteral("Phone · 2026-11");
    request.p12Path = m_dir.filePath(QStringLiteral("phone.p12"));
    request.p12Password = SecretBytes("a long device password");
    request.keyType = KeyType::Rsa3072;
    const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); });
    QVERIFY2(r.confirmed(), qPrintable(outcomeText(r)));
    QVERIFY(app.item(QStringLiteral("Phone · 2026-11")));
    QCOMPARE(QFile::permissions(request.p12Path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
    QFile f(request.p12Path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto cred = importPkcs12(f.readAll(), SecretBytes("a long device password"));
    QVERIFY(cred.hasValue());
    QCOMPARE(cred->certificate.keyDescription(), QStringLiteral("RSA 3072"));
    test::Phone phone(m_server, *cred, QStringLiteral("phone"));
    phone.start();
    QVERIFY2(phone.waitFor(QStringLiteral("bound")), qPrintable(phone.output()));

    // The same name again: refused, and no file is left behind.
    request.p12Path = m_dir.filePath(QStringLiteral("phone2.p12"));
    const auto again = app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); });
    QVERIFY(!again.confirmed());
    QVERIFY(outcomeText(again).contains(QStringLiteral("already exists")));
    QVERIFY(!QFile::exists(request.p12Path));
}

void TestEnrollment::existingCertificateFileIsCheckedFirst()
{
    App app(m_dir.filePath(QStringLiteral("b.ini")));
    QVERIFY(app.logIn(m_server));
    const auto expired = test::makeCredential(QStringLiteral("Old"), m_jid, -30, -1);
    QFile f(m_dir.filePath(QStringLiteral("old.pem")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(expired.certificate.pem());
    f.close();
    EnrollRequest request;
    request.method = EnrollRequest::Method::ExistingCertificate;
    request.name = QStringLiteral("Old device");
    request.certificatePath = f.fileName();
    const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); });
    QVERIFY(!r.confirmed());
    QVERIFY2(outcomeText(r).contains(QStringLiteral("was not added")) &&
                 outcomeText(r).contains(QStringLiteral("expired")),
             qPrintable(outcomeText(r)));
    QVERIFY(!app.item(QStringLiteral("Old device")));

    const auto fresh = test::makeCredential(QStringLiteral("Own key"), m_jid, -1, 200);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(fresh.certificate.der); // DER this time
    f.close();
    request.name = QStringLiteral("Device with its own key");
    const auto ok = app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); });
    QVERIFY2(ok.confirmed(), qPrintable(outcomeText(ok)));
    QCOMPARE(app.item(QStringLiteral("Device with its own key"))->certificate.sha256,
             fresh.certificate.sha256);
    // The device, which kept its own key, logs in with it.
    test::Phone device(m_server, fresh, QStringLiteral("own-key"));
    device.start();
    QVERIFY2(device.waitFor(QStringLiteral("bound")), qPrintable(device.output()));
}

void TestEnrollment::namesAreSuggestedAndNeverReused()
{
    const QDate nov(2026, 11, 25);
    QCOMPARE(DeviceWorkflow::suggestedName(QStringLiteral("Phone"), nov, {}),
             QStringLiteral("Phone · 2026-11"));
    QCOMPARE(DeviceWorkflow::suggestedName(QStringLiteral("Phone"), nov, {QStringLiteral("Phone · 2026-11")}),
             QStringLiteral("Phone · 2026-11 (2)"));
    QCOMPARE(DeviceWorkflow::rotatedName(QStringLiteral("Laptop · 2025-11 (3)"), nov, {}),
             QStringLiteral("Laptop · 2026-11"));
    QCOMPARE(DeviceWorkflow::rotatedName(QStringLiteral("Laptop · 2026-11"), nov,
                                         {QStringLiteral("Laptop · 2026-11")}),
             QStringLiteral("Laptop · 2026-11 (2)"));
}

void TestEnrollment::thisComputerKeepsItsKeyInTheKeychain()
{
    App app(m_dir.filePath(QStringLiteral("c.ini")));
    QVERIFY(app.logIn(m_server));
    EnrollRequest request;
    request.method = EnrollRequest::Method::ThisComputer;
    request.name = QStringLiteral("This laptop");
    request.mayManage = true;
    const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); });
    QVERIFY2(r.confirmed(), qPrintable(outcomeText(r)));
    const SaslCertItem *own = app.item(QStringLiteral("This laptop"));
    QVERIFY(own);
    QCOMPARE(app.store.load().ownCertificateSha256, own->certificate.sha256);
    QVERIFY(app.model.index(app.model.rowOf(QStringLiteral("This laptop")), 0)
                .data(CertificateListModel::OwnRole)
                .toBool());
    const QString keyPem = app.secret(ownKeyEntry(m_jid));
    QVERIFY(keyPem.startsWith(QStringLiteral("-----BEGIN PRIVATE KEY-----")));
    // The key in the keychain logs in with the certificate on the server.
    test::Phone self(m_server, DeviceCredential{own->certificate, SecretBytes(keyPem.toLatin1())},
                     QStringLiteral("laptop"));
    self.start();
    QVERIFY2(self.waitFor(QStringLiteral("bound")), qPrintable(self.output()));
    // And it is nowhere in the settings file.
    QFile ini(app.settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains("PRIVATE KEY"));
}

void TestEnrollment::ownRotationKeepsTheConnectionAndDisablesTheOld()
{
    App app(m_dir.filePath(QStringLiteral("c.ini"))); // the computer enrolled above
    QVERIFY(app.logIn(m_server));
    QSignalSpy states(&app.session, &AccountSession::stateChanged);
    const QByteArray oldSha = app.store.load().ownCertificateSha256;
    QVERIFY(!oldSha.isEmpty());
    const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.rotateOwn(c, done); });
    QVERIFY2(r.confirmed(), qPrintable(outcomeText(r)));
    QCOMPARE(states.size(), 0); // never disconnected
    QVERIFY(!app.item(QStringLiteral("This laptop")));
    const QByteArray newSha = app.store.load().ownCertificateSha256;
    QVERIFY(newSha != oldSha);
    QVERIFY(!app.store.pendingOwnRotation());
    const QString newName =
        DeviceWorkflow::rotatedName(QStringLiteral("This laptop"), QDate::currentDate(), {});
    const SaslCertItem *added = app.item(newName);
    QVERIFY(added);
    QCOMPARE(added->certificate.sha256, newSha);
    const QString keyPem = app.secret(ownKeyEntry(m_jid));
    test::Phone self(m_server, DeviceCredential{added->certificate, SecretBytes(keyPem.toLatin1())},
                     QStringLiteral("laptop2"));
    self.start();
    QVERIFY2(self.waitFor(QStringLiteral("bound")), qPrintable(self.output()));
}

void TestEnrollment::interruptedRotationFinishesOnNextStart()
{
    const QString ini = m_dir.filePath(QStringLiteral("d.ini"));
    QByteArray oldSha;
    {
        App app(ini);
        QVERIFY(app.logIn(m_server));
        EnrollRequest request;
        request.method = EnrollRequest::Method::ThisComputer;
        request.name = QStringLiteral("Desk");
        QVERIFY(app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); }).confirmed());
        oldSha = app.store.load().ownCertificateSha256;
        // The server stops answering the moment the old certificate's disable leaves.
        app.session.setRequestTimeout(700);
        connect(app.controller.service(), &CertificateService::changeSent, this,
                [&](ChangeReport::Action action) {
                    if (action == ChangeReport::Action::Disable)
                        ::kill(pid_t(m_server.pid()), SIGSTOP);
                });
        const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.rotateOwn(c, done); });
        ::kill(pid_t(m_server.pid()), SIGCONT);
        QVERIFY(!r.confirmed());
        QVERIFY(app.store.pendingOwnRotation().has_value());
    } // "quit"

    App app(ini); // the next start
    QVERIFY(app.logIn(m_server));
    const auto journal = app.store.pendingOwnRotation();
    QVERIFY(journal);
    const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.resumeOwnRotation(c, done); });
    QVERIFY2(r.confirmed(), qPrintable(outcomeText(r)));
    QVERIFY(!app.store.pendingOwnRotation());
    QVERIFY(!app.item(QStringLiteral("Desk")));
    QCOMPARE(app.store.load().ownCertificateSha256, journal->newSha256);
    const SaslCertItem *added = app.item(journal->newName);
    QVERIFY(added);
    const QString keyPem = app.secret(ownKeyEntry(m_jid));
    test::Phone self(m_server, DeviceCredential{added->certificate, SecretBytes(keyPem.toLatin1())},
                     QStringLiteral("desk"));
    self.start();
    QVERIFY2(self.waitFor(QStringLiteral("bound")), qPrintable(self.output()));
}

void TestEnrollment::rotationThatNeverReachedTheServerRollsBack()
{
    App app(m_dir.filePath(QStringLiteral("e.ini")));
    QVERIFY(app.logIn(m_server));
    EnrollRequest request;
    request.method = EnrollRequest::Method::ThisComputer;
    request.name = QStringLiteral("Tower");
    QVERIFY(app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); }).confirmed());
    const QByteArray ownSha = app.store.load().ownCertificateSha256;
    // A journal for a certificate the server never got (the app died before the append left).
    app.store.setPendingOwnRotation(RotationJournal{
        QStringLiteral("Tower"), QStringLiteral("Tower · 2099-01"), ownSha, QByteArray(32, '\x42')});
    const auto r = app.run([&](QObject *c, auto done) { app.lifecycle.resumeOwnRotation(c, done); });
    QVERIFY(r.confirmed());
    QVERIFY(outcomeText(r).contains(QStringLiteral("rolled back")));
    QVERIFY(!app.store.pendingOwnRotation());
    QCOMPARE(app.store.load().ownCertificateSha256, ownSha);
    QVERIFY(app.item(QStringLiteral("Tower")));
}

void TestEnrollment::otherDeviceRotationWaitsForFinish()
{
    App app(m_dir.filePath(QStringLiteral("f.ini")));
    QVERIFY(app.logIn(m_server));
    EnrollRequest request;
    request.name = QStringLiteral("Tablet · 2025-11");
    request.p12Path = m_dir.filePath(QStringLiteral("tablet.p12"));
    request.p12Password = SecretBytes("tablet password");
    QVERIFY(app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); }).confirmed());

    const QString newP12 = m_dir.filePath(QStringLiteral("tablet-new.p12"));
    const auto r = app.run([&](QObject *c, auto done) {
        app.lifecycle.rotateOther(QStringLiteral("Tablet · 2025-11"), newP12,
                                  SecretBytes("new tablet password"), c, done);
    });
    QVERIFY2(r.confirmed(), qPrintable(outcomeText(r)));
    const QString newName = app.store.rotationLinks().value(QStringLiteral("Tablet · 2025-11"));
    QVERIFY(!newName.isEmpty());
    QVERIFY(app.item(newName));
    QVERIFY(app.item(QStringLiteral("Tablet · 2025-11"))); // kept until the device has switched
    QVERIFY(QFile::exists(newP12));

    const auto finished = app.run([&](QObject *c, auto done) {
        app.lifecycle.finishRotation(QStringLiteral("Tablet · 2025-11"), c, done);
    });
    QVERIFY(finished.confirmed());
    QVERIFY(!app.item(QStringLiteral("Tablet · 2025-11")));
    QVERIFY(app.item(newName));
    QVERIFY(app.store.rotationLinks().isEmpty());
}

// An older phone cannot read the current encoding: its rotated .p12 is written in the one it had.
void TestEnrollment::rotationKeepsTheDevicesEncoding()
{
    App app(m_dir.filePath(QStringLiteral("g.ini")));
    QVERIFY(app.logIn(m_server));
    EnrollRequest request;
    request.name = QStringLiteral("Old phone · 2025-11");
    request.p12Path = m_dir.filePath(QStringLiteral("old-phone.p12"));
    request.p12Password = SecretBytes("k7mq3xv4np2wr8tz");
    request.p12Format = Pkcs12Format::OlderPhones;
    QVERIFY(app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); }).confirmed());
    QCOMPARE(app.lifecycle.rotationFormat(QStringLiteral("Old phone · 2025-11")), Pkcs12Format::OlderPhones);

    const QString newP12 = m_dir.filePath(QStringLiteral("old-phone-new.p12"));
    const QByteArray password("h4cw9sdm2qe7xk3b");
    const auto r = app.run([&](QObject *c, auto done) {
        app.lifecycle.rotateOther(QStringLiteral("Old phone · 2025-11"), newP12, SecretBytes(password), c,
                                  done);
    });
    QVERIFY2(r.confirmed(), qPrintable(outcomeText(r)));
    QFile file(newP12);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const test::Pkcs12Structure structure = test::inspectPkcs12(file.readAll(), password);
    QVERIFY2(structure.error.isEmpty(), qPrintable(structure.error));
    QCOMPARE(structure.macDigest, QStringLiteral("SHA1"));
    for (const auto &bag : structure.bags)
        QCOMPARE(bag.encryption, QStringLiteral("PBE-SHA1-3DES"));
    // And the rotated certificate keeps it for the next rotation.
    QCOMPARE(app.lifecycle.rotationFormat(r.details.newName), Pkcs12Format::OlderPhones);
}

// The listing that verifies a change is the table's: no second listing (no Loading phase) after it, and the
// table already shows the change when its outcome arrives.
void TestEnrollment::aChangeIsListedOnce()
{
    App app(m_dir.filePath(QStringLiteral("h.ini")));
    QVERIFY(app.logIn(m_server));
    EnrollRequest request;
    request.name = QStringLiteral("Spare");
    request.p12Path = m_dir.filePath(QStringLiteral("spare.p12"));
    request.p12Password = SecretBytes("spare password");
    QVERIFY(app.run([&](QObject *c, auto done) { app.lifecycle.enroll(request, c, done); }).confirmed());
    QVERIFY(app.item(QStringLiteral("Spare")));

    QSignalSpy phases(&app.controller, &AccountController::phaseChanged);
    std::optional<WorkflowOutcome> outcome;
    bool listedAtOutcome = true;
    qsizetype phaseChangesAtOutcome = -1;
    QObject context;
    app.lifecycle.disable(QStringLiteral("Spare"), &context, [&](WorkflowOutcome o) {
        listedAtOutcome = app.item(QStringLiteral("Spare")) != nullptr;
        phaseChangesAtOutcome = phases.count();
        outcome = std::move(o);
    });
    QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 30000);
    QVERIFY2(outcome->confirmed(), qPrintable(outcomeText(*outcome)));
    QVERIFY(!listedAtOutcome);
    QCOMPARE(phaseChangesAtOutcome, 0);
}

QTEST_GUILESS_MAIN(TestEnrollment)
#include "tst_Enrollment.moc"
