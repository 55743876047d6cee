// Issue 15: the rules for what Certdeck accepts from files and people, and how it shows text from servers.
#include "SessionHelpers.h"
#include "crypto/CertificateInfo.h"
#include "crypto/Pkcs12.h"
#include "util/BoundedFile.h"
#include "util/DisplayText.h"
#include "xmpp/CertificateService.h"
#include "xmpp/DeviceName.h"

#include <QProcess>
#include <QSignalSpy>
#include <QtTest>

#include <sys/stat.h>

using namespace certdeck;

class TestInputRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void visibleControls_data();
    void visibleControls();
    void deviceNames_data();
    void deviceNames();
    void lookAlikeNamesAreRefused();
    void oneRuleForTrailingData();
    void bagAttributesBeforePemAreAccepted();
    void cappedReads();
    void serverWordsAreBounded();
    void oversizedCertificateIsRefusedLocally();
    void emptyNameIsRefusedLocally();

private:
    QByteArray pem(const QByteArray &der) const;
};

QByteArray TestInputRules::pem(const QByteArray &der) const
{
    QByteArray out("-----BEGIN CERTIFICATE-----\n");
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END CERTIFICATE-----\n";
}

void TestInputRules::visibleControls_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("plain") << QStringLiteral("Phone 2026 — Ölçü 電話")
                           << QStringLiteral("Phone 2026 — Ölçü 電話");
    QTest::newRow("tab newline cr") << QStringLiteral("a\tb\nc\rd") << QStringLiteral("a\\tb\\nc\\rd");
    QTest::newRow("esc") << QStringLiteral("x\x1b[2Jy") << QStringLiteral("x\\u001B[2Jy");
    QTest::newRow("c1 csi") << QStringLiteral("x\u009b2J") << QStringLiteral("x\\u009B2J");
    QTest::newRow("bidi") << QStringLiteral("\u202Egnp.exe\u2066") << QStringLiteral("\\u202Egnp.exe\\u2066");
    QTest::newRow("zero width") << QStringLiteral("a\u200Bb\u200Dc\uFEFF")
                                << QStringLiteral("a\\u200Bb\\u200Dc\\uFEFF");
    QTest::newRow("line separator") << QStringLiteral("a\u2028b") << QStringLiteral("a\\u2028b");
    QTest::newRow("emoji stays") << QStringLiteral("phone 📱") << QStringLiteral("phone 📱");
    QTest::newRow("tag character") << QString::fromUcs4(U"x\U000E0041") << QStringLiteral("x\\uE0041");
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QStringLiteral("\\uD800");
    // Issue 26: characters nothing is drawn for, so "phone͏" would list as a second "phone".
    QTest::newRow("grapheme joiner") << QStringLiteral("phone\u034F") << QStringLiteral("phone\\u034F");
    QTest::newRow("variation selector") << QStringLiteral("phone\uFE0F") << QStringLiteral("phone\\uFE0F");
    QTest::newRow("mongolian selector") << QStringLiteral("pho\u180Bne") << QStringLiteral("pho\\u180Bne");
    QTest::newRow("hangul filler") << QStringLiteral("\u3164phone") << QStringLiteral("\\u3164phone");
    QTest::newRow("braille blank") << QStringLiteral("phone\u2800") << QStringLiteral("phone\\u2800");
    QTest::newRow("halfwidth filler") << QStringLiteral("ph\uFFA0one") << QStringLiteral("ph\\uFFA0one");
    QTest::newRow("lone combining mark") << QStringLiteral("\u0301phone") << QStringLiteral("\\u0301phone");
    QTest::newRow("mark after a space") << QStringLiteral("a \u0301b") << QStringLiteral("a \\u0301b");
    QTest::newRow("accent stays") << QStringLiteral("Cafe\u0301") << QStringLiteral("Cafe\u0301");
}

void TestInputRules::visibleControls()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(certdeck::visibleControls(in), out);
    QCOMPARE(hasInvisibleOrControl(in), in != out);
}

void TestInputRules::deviceNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("result"); // the stored name, or the message
    QTest::addColumn<bool>("ok");
    const QString control =
        QStringLiteral("The device name contains an invisible or control character (%1). Use "
                       "letters, digits, spaces and punctuation only.");
    QTest::newRow("plain") << QStringLiteral("  Phone 2026  ") << QStringLiteral("Phone 2026") << true;
    QTest::newRow("nfc") << QStringLiteral("Cafe\u0301") << QStringLiteral("Caf\u00e9") << true;
    QTest::newRow("non-latin") << QStringLiteral("電話") << QStringLiteral("電話") << true;
    QTest::newRow("empty") << QStringLiteral(" \t ") << QStringLiteral("The device name is empty.") << false;
    QTest::newRow("esc") << QStringLiteral("a\x1b[31m") << control.arg(QStringLiteral("\\u001B")) << false;
    QTest::newRow("tab") << QStringLiteral("a\tb") << control.arg(QStringLiteral("\\t")) << false;
    QTest::newRow("c1") << QStringLiteral("a\u009bb") << control.arg(QStringLiteral("\\u009B")) << false;
    QTest::newRow("bidi") << QStringLiteral("a\u202Eb") << control.arg(QStringLiteral("\\u202E")) << false;
    QTest::newRow("zero width") << QStringLiteral("a\u200Bb") << control.arg(QStringLiteral("\\u200B"))
                                << false;
    QTest::newRow("grapheme joiner") << QStringLiteral("phone\u034F")
                                     << control.arg(QStringLiteral("\\u034F")) << false;
    QTest::newRow("variation selector")
        << QStringLiteral("phone\uFE0F") << control.arg(QStringLiteral("\\uFE0F")) << false;
    QTest::newRow("hangul filler") << QStringLiteral("\u3164") << control.arg(QStringLiteral("\\u3164"))
                                   << false;
    QTest::newRow("braille blank") << QStringLiteral("a\u2800") << control.arg(QStringLiteral("\\u2800"))
                                   << false;
    QTest::newRow("lone combining mark")
        << QStringLiteral("\u0301phone") << control.arg(QStringLiteral("\\u0301phone")) << false;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('x')) << QString(64, QLatin1Char('x')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('x'))
                                   << QStringLiteral("The device name is longer than 64 characters.")
                                   << false;
    QTest::newRow("10,000 characters")
        << QString(10000, QLatin1Char('x')) << QStringLiteral("The device name is longer than 64 characters.")
        << false;
}

void TestInputRules::deviceNames()
{
    QFETCH(QString, name);
    QFETCH(QString, result);
    QFETCH(bool, ok);
    const auto checked = checkDeviceName(name);
    QCOMPARE(checked.hasValue(), ok);
    QCOMPARE(ok ? checked.value() : checked.error(), result);
}

void TestInputRules::lookAlikeNamesAreRefused()
{
    const QStringList existing{QStringLiteral("Caf\u00e9"), QStringLiteral("Phone")};
    for (const QString &name : {QStringLiteral("Cafe\u0301"), QStringLiteral("CAFÉ"), QStringLiteral("phone"),
                                QStringLiteral("ｐｈｏｎｅ")}) {
        const auto checked = checkDeviceName(name, existing);
        QVERIFY2(!checked, qPrintable(name));
        QVERIFY(checked.error().contains(QStringLiteral("is too similar to the existing device")));
    }
    QVERIFY(checkDeviceName(QStringLiteral("Phone 2"), existing));
}

// Issue 15, case 8: PEM followed by junk used to pass while DER with trailing bytes failed.
void TestInputRules::oneRuleForTrailingData()
{
    const auto cred = test::makeCredential(QStringLiteral("t"), QStringLiteral("a@b.c"), -1, 30);
    const QByteArray der = cred.certificate.der;
    QVERIFY(parseCertificate(der));
    QVERIFY(parseCertificate(pem(der)));
    QVERIFY(parseCertificate(pem(der) + "\n\n"));
    const QString expected =
        QStringLiteral("The data holds more than one certificate, or something after the "
                       "certificate. Give exactly one certificate (PEM or DER).");
    for (const QByteArray &bad :
         {QByteArray(der + "junk"), QByteArray(pem(der) + "junk"), QByteArray(pem(der) + pem(der))}) {
        const auto r = parseCertificate(bad);
        QVERIFY(!r);
        QCOMPARE(r.error().code, CryptoError::Code::ExtraData);
        QCOMPARE(r.error().message(), expected);
    }
}

void TestInputRules::bagAttributesBeforePemAreAccepted()
{
    const auto cred = test::makeCredential(QStringLiteral("t"), QStringLiteral("a@b.c"), -1, 30);
    const QByteArray withHeaders = "Bag Attributes\n    localKeyID: 01 02 03\n    friendlyName: t\n"
                                   "subject=CN = t\n\nissuer=CN = t\n\n" +
                                   pem(cred.certificate.der);
    const auto r = parseCertificate(withHeaders);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().message()));
    QCOMPARE(r->der, cred.certificate.der);
}

void TestInputRules::cappedReads()
{
    const auto zero = readFileCapped(QStringLiteral("/dev/zero"), 4096);
    QVERIFY(!zero);
    QCOMPARE(zero.error(), QStringLiteral("/dev/zero is larger than 4 KiB; it was not read."));
    QTemporaryDir dir;
    QFile exact(dir.filePath(QStringLiteral("f")));
    QVERIFY(exact.open(QIODevice::WriteOnly));
    exact.write(QByteArray(4096, 'a'));
    exact.close();
    QCOMPARE(readFileCapped(exact.fileName(), 4096).value().size(), 4096);
    QVERIFY(!readFileCapped(exact.fileName(), 4095));
    QVERIFY(!readFileCapped(dir.filePath(QStringLiteral("missing")), 10));
    const auto cert = readCertificateFile(QStringLiteral("/dev/zero"));
    QVERIFY(!cert);
    QCOMPARE(cert.error().code, CryptoError::Code::FileRead);
    // A FIFO nobody writes to would block forever: refused at once, by name (issue 26).
    const QString fifo = dir.filePath(QStringLiteral("fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const auto piped = readFileCapped(fifo, 4096);
    QVERIFY(!piped);
    QCOMPARE(piped.error(),
             QStringLiteral("%1 is a pipe or a socket, not a file; it was not read.").arg(fifo));
}

// A server's error text is shown cut, not echoed whole (a hostile server sent 12 MB once; issue 26).
void TestInputRules::serverWordsAreBounded()
{
    const QString huge(12 * 1024 * 1024, QLatin1Char('x'));
    const QString shown = serverWords(huge);
    QCOMPARE(shown, QString(400, QLatin1Char('x')) + QStringLiteral("…"));
    QCOMPARE(serverWords(QStringLiteral("short \u202E")), QStringLiteral("short \\u202E"));
    const QString message = SaslCertError{SaslCertError::Kind::BadRequest, huge}.message();
    QVERIFY2(message.size() < 600, qPrintable(message.left(200)));
    QVERIFY(message.endsWith(QStringLiteral("…”")));
}

// A certificate with 20,000 subjectAltName entries (~500 KB) passes the parser, but no server stanza can
// carry it: refused before anything is sent, with the reason.
void TestInputRules::oversizedCertificateIsRefusedLocally()
{
    QTemporaryDir dir;
    QFile config(dir.filePath(QStringLiteral("big.cnf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[req]\ndistinguished_name=dn\nx509_extensions=ext\nprompt=no\n[dn]\nCN=big\n[ext]\n"
                 "subjectAltName=@alt\n[alt]\n");
    for (int i = 0; i < 20000; ++i)
        config.write(QStringLiteral("DNS.%1=host-%1.example.org\n").arg(i).toLatin1());
    config.close();
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                   QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                   QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")),
                   QStringLiteral("-outform"), QStringLiteral("DER"), QStringLiteral("-out"),
                   dir.filePath(QStringLiteral("big.der")), QStringLiteral("-config"), config.fileName()});
    QVERIFY(openssl.waitForFinished(60000));
    QCOMPARE(openssl.exitCode(), 0);
    const auto cert = readCertificateFile(dir.filePath(QStringLiteral("big.der")));
    QVERIFY2(cert, qPrintable(cert ? QString() : cert.error().message()));
    QVERIFY(cert->der.size() > 64 * 1024);

    AccountSession session; // never connected: the refusal must come before any request
    CertificateService service(&session);
    QSignalSpy sent(&service, &CertificateService::changeSent);
    const auto r = test::awaitResult<ChangeReport>(
        [&](QObject *c, auto done) { service.append(QStringLiteral("big"), cert->der, false, c, done); },
        2000);
    QVERIFY(r);
    QVERIFY(!r->hasValue());
    QCOMPARE(r->error().kind, SaslCertError::Kind::InvalidCertificate);
    QVERIFY(r->error().refusedLocally());
    QCOMPARE(
        r->error().message(),
        QStringLiteral("The certificate cannot be used for this account; nothing was sent. (The certificate "
                       "is %1 KiB; a server accepts at most 64 KiB in one request.)")
            .arg((cert->der.size() + 1023) / 1024));
    QCOMPARE(sent.size(), 0);
}

void TestInputRules::emptyNameIsRefusedLocally()
{
    const auto cred = test::makeCredential(QStringLiteral("t"), QStringLiteral("a@b.c"), -1, 30);
    AccountSession session;
    CertificateService service(&session);
    const auto r = test::awaitResult<ChangeReport>(
        [&](QObject *c, auto done) {
            service.append(QStringLiteral("  "), cred.certificate.der, false, c, done);
        },
        2000);
    QVERIFY(r && !r->hasValue());
    QCOMPARE(r->error().kind, SaslCertError::Kind::InvalidName);
    QCOMPARE(r->error().message(), QStringLiteral("The device name is empty. Nothing was sent."));
}

QTEST_GUILESS_MAIN(TestInputRules)
#include "tst_InputRules.moc"
