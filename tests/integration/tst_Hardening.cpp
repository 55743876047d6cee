// Faults and refusals: no plaintext XMPP, a server restart under an open session, a full or read-only disk.
#include "ProsodyServer.h"
#include "SessionHelpers.h"
#include "controller/AccountController.h"
#include "crypto/Pkcs12.h"
#include "crypto/SelfTest.h"
#include "model/CertificateListModel.h"
#include "storage/ActivityLog.h"

#include <QDir>
#include <QSignalSpy>
#include <QtTest>

using namespace certdeck;

class TestHardening : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cryptoSelfTestPasses();
    void serverWithoutTlsIsRefused();
    void serverRestartReconnectsAndRefreshesWithoutDuplicates();
    void activityLogOnAFullDiskSaysSo();
    void p12OnAReadOnlyFileSystemLeavesNothing();
};

void TestHardening::cryptoSelfTestPasses()
{
    const auto result = runCryptoSelfTest();
    QVERIFY2(result.hasValue(), qPrintable(result ? QString() : result.error()));
}

void TestHardening::serverWithoutTlsIsRefused()
{
    test::ProsodyServer plain;
    QVERIFY2(plain.start({true, {QStringLiteral("alice:alice-password")}, false}),
             qPrintable(plain.errorString()));
    AccountSession session;
    const auto failure = test::connectAndWait(session, plain.settingsFor(QStringLiteral("alice")),
                                              QStringLiteral("alice-password"));
    QVERIFY(failure);
    QCOMPARE(failure->kind, ConnectionError::Kind::TlsUnavailable);
    QVERIFY(failure->message().contains(QStringLiteral("never logs in without encryption")));
    // The password never crossed the wire: the server logged no authentication at all.
    QFile log(plain.directory() + QStringLiteral("/prosody.log"));
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY(!log.readAll().contains("Authenticated as"));
}

void TestHardening::serverRestartReconnectsAndRefreshesWithoutDuplicates()
{
    test::ProsodyServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AccountSession session;
    CertificateListModel model;
    AccountController controller(&session, &model);
    controller.setReconnectDelays({300, 600});
    QSignalSpy updated(&controller, &AccountController::listingUpdated);
    controller.logIn(server.settingsFor(QStringLiteral("alice")), QStringLiteral("alice-password"));
    QVERIFY(updated.wait(10000));
    const QString jid = server.jid(QStringLiteral("alice"));
    for (const char *name : {"Phone", "Laptop"}) {
        const auto cred = test::makeCredential(QString::fromLatin1(name), jid, -1, 90);
        const auto r = test::awaitResult<ChangeReport>([&](QObject *c, auto done) {
            controller.service()->append(QString::fromLatin1(name), cred.certificate.der, false, c, done);
        });
        QVERIFY(r && r->hasValue());
    }
    QTRY_COMPARE(model.rowCount(), 2);

    QSignalSpy phases(&controller, &AccountController::phaseChanged);
    updated.clear();
    QVERIFY2(server.restart(), qPrintable(server.errorString()));
    QVERIFY(updated.wait(15000));
    QCOMPARE(controller.phase(), AccountController::Phase::Ready);
    bool sawReconnecting = false;
    for (const auto &args : phases)
        sawReconnecting |=
            args.constFirst().value<AccountController::Phase>() == AccountController::Phase::Reconnecting;
    QVERIFY(sawReconnecting);
    QCOMPARE(model.rowCount(), 2);
    QStringList names{model.itemAt(0)->name, model.itemAt(1)->name};
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Laptop"), QStringLiteral("Phone")}));
    QVERIFY(controller.lastProblem().isEmpty());
}

void TestHardening::activityLogOnAFullDiskSaysSo()
{
    // /dev/full answers every write with ENOSPC: the disk-full case without filling a disk.
    ActivityLog log(QStringLiteral("/dev/full"));
    QSignalSpy failed(&log, &ActivityLog::writeFailed);
    const auto written = log.append({QDateTime::currentDateTimeUtc(),
                                     QStringLiteral("revoke"),
                                     QStringLiteral("Phone"),
                                     QStringLiteral("AA"),
                                     QStringLiteral("attempted"),
                                     {},
                                     {}});
    QVERIFY(!written.hasValue());
    QVERIFY(!written.error().isEmpty());
}

void TestHardening::p12OnAReadOnlyFileSystemLeavesNothing()
{
    // /proc refuses new files even to root.
    const QString path = QStringLiteral("/proc/certdeck-test.p12");
    const auto cred = test::makeCredential(QStringLiteral("Phone"), QStringLiteral("a@b.c"), 0, 30);
    const auto r = writePkcs12File(path, cred, SecretBytes("password"), QStringLiteral("Phone"),
                                   Pkcs12Format::Current, 2048);
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().code, CryptoError::Code::FileWrite);
    QVERIFY(!r.error().message().isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestHardening)
#include "tst_Hardening.moc"
