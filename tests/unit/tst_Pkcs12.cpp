// PKCS#12 export and import, and cross-checks of our files and certificates with the openssl command.
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "crypto/CertificateCheck.h"
#include "crypto/Pkcs12.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace certdeck;

namespace {

struct Run
{
    int code;
    QByteArray out;
};

Run openssl(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAll()};
}

// A modest count keeps the unit test quick; the default count is checked once below.
constexpr int fastIterations = 2048;

} // namespace

class TestPkcs12 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void wrongPasswordIsAClearError();
    void notPkcs12();
    void fileIsPrivateAndAtomic();
    void unwritableTargetLeavesNothing();
    void opensslReadsOurFileWithStrongDefaults();
    void opensslShowsOurAltNames();
    void certificateFromOpensslReqImports();
    void fileWithoutMacIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestPkcs12::roundTrip()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const auto bytes =
        exportPkcs12(cred, SecretBytes("correct horse"), QStringLiteral("Phone"), fastIterations);
    QVERIFY(bytes.hasValue());
    const auto back = importPkcs12(*bytes, SecretBytes("correct horse"));
    QVERIFY2(back.hasValue(), qPrintable(back ? QString() : back.error().message()));
    QCOMPARE(back->certificate.der, cred.certificate.der);
    QCOMPARE(back->privateKeyPem.bytes(), cred.privateKeyPem.bytes());
}

void TestPkcs12::wrongPasswordIsAClearError()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const auto bytes = exportPkcs12(cred, SecretBytes("right"), QStringLiteral("Phone"), fastIterations);
    QVERIFY(bytes.hasValue());
    for (const QByteArray &wrong :
         {QByteArray("wrong"), QByteArray(""), QByteArray("righ"), QByteArray("right ")}) {
        const auto r = importPkcs12(*bytes, SecretBytes(wrong));
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, CryptoError::Code::WrongPassword);
        QVERIFY(r.error().message().contains(QStringLiteral("password")));
    }
    QVERIFY(!exportPkcs12(cred, SecretBytes(), QStringLiteral("x"), fastIterations).hasValue());
}

void TestPkcs12::notPkcs12()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    QCOMPARE(importPkcs12({}, SecretBytes("x")).error().code, CryptoError::Code::Empty);
    QCOMPARE(importPkcs12("garbage", SecretBytes("x")).error().code, CryptoError::Code::NotPkcs12);
    QCOMPARE(importPkcs12(cred.certificate.der, SecretBytes("x")).error().code, CryptoError::Code::NotPkcs12);
    const auto bytes = exportPkcs12(cred, SecretBytes("pw"), QStringLiteral("Phone"), fastIterations);
    QVERIFY(!importPkcs12(bytes->left(bytes->size() / 2), SecretBytes("pw")).hasValue());
}

void TestPkcs12::fileIsPrivateAndAtomic()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const QString path = m_dir.filePath(QStringLiteral("phone.p12"));
    QVERIFY(
        writePkcs12File(path, cred, SecretBytes("pw"), QStringLiteral("Phone"), fastIterations).hasValue());
    struct stat st
    {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0600u);
    // No temporary file is left beside it.
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("phone.p12")});
}

void TestPkcs12::unwritableTargetLeavesNothing()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const QString missing = m_dir.filePath(QStringLiteral("no/such/dir/phone.p12"));
    const auto r = writePkcs12File(missing, cred, SecretBytes("pw"), QStringLiteral("Phone"), fastIterations);
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().code, CryptoError::Code::FileWrite);
    QVERIFY(!QFile::exists(missing));
}

void TestPkcs12::opensslReadsOurFileWithStrongDefaults()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const QString path = m_dir.filePath(QStringLiteral("default.p12"));
    QVERIFY(writePkcs12File(path, cred, SecretBytes("s3cret pass"), QStringLiteral("Phone")).hasValue());
    const Run info =
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                 QStringLiteral("-in"), path, QStringLiteral("-passin"), QStringLiteral("pass:s3cret pass")});
    QVERIFY2(info.code == 0, info.out.constData());
    QVERIFY(info.out.contains("MAC: sha256, Iteration 600000"));
    QVERIFY(info.out.contains("PBES2, PBKDF2, AES-256-CBC, Iteration 600000, PRF hmacWithSHA256"));
    const Run wrong =
        openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                 QStringLiteral("-in"), path, QStringLiteral("-passin"), QStringLiteral("pass:nope")});
    QVERIFY(wrong.code != 0);
}

void TestPkcs12::opensslShowsOurAltNames()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const QString path = m_dir.filePath(QStringLiteral("phone.crt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(cred.certificate.pem());
    f.close();
    const Run text = openssl({QStringLiteral("x509"), QStringLiteral("-in"), path, QStringLiteral("-noout"),
                              QStringLiteral("-text")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains("othername: XmppAddr::alice@example.org"), text.out.constData());
    QVERIFY(text.out.contains("email:alice@example.org"));
    QVERIFY(text.out.contains("TLS Web Client Authentication"));
    QVERIFY(text.out.contains("CA:FALSE"));
    QVERIFY(text.out.contains("Digital Signature"));
    QVERIFY(text.out.contains("Signature Algorithm: ecdsa-with-SHA256"));
    QVERIFY(text.out.contains("Subject: CN = Phone"));
}

void TestPkcs12::certificateFromOpensslReqImports()
{
    const QString jid = QStringLiteral("hamlet@shakespeare.lit");
    QFile tpl(QString::fromLatin1(test::dataDir) + QStringLiteral("/openssl-client.cnf"));
    QVERIFY(tpl.open(QIODevice::ReadOnly));
    const QString cnf = m_dir.filePath(QStringLiteral("client.cnf"));
    QFile out(cnf);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(tpl.readAll().replace("JID", jid.toUtf8()));
    out.close();
    const QString key = m_dir.filePath(QStringLiteral("client.key"));
    const QString req = m_dir.filePath(QStringLiteral("client.req"));
    const QString crt = m_dir.filePath(QStringLiteral("client.crt"));
    QCOMPARE(openssl({QStringLiteral("genrsa"), QStringLiteral("-out"), key, QStringLiteral("2048")}).code,
             0);
    QCOMPARE(openssl({QStringLiteral("req"), QStringLiteral("-key"), key, QStringLiteral("-new"),
                      QStringLiteral("-out"), req, QStringLiteral("-config"), cnf,
                      QStringLiteral("-extensions"), QStringLiteral("v3_extensions")})
                 .code,
             0);
    QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-days"),
                      QStringLiteral("365"), QStringLiteral("-in"), req, QStringLiteral("-signkey"), key,
                      QStringLiteral("-out"), crt, QStringLiteral("-extfile"), cnf,
                      QStringLiteral("-extensions"), QStringLiteral("v3_extensions")})
                 .code,
             0);

    const auto info = readCertificateFile(crt);
    QVERIFY2(info.hasValue(), qPrintable(info ? QString() : info.error().message()));
    QCOMPARE(info->xmppAddresses, QStringList{jid});
    QCOMPARE(info->emailAddresses, QStringList{jid});
    QCOMPARE(info->commonName, QStringLiteral("Hamlet laptop"));
    QCOMPARE(info->keyDescription(), QStringLiteral("RSA 2048"));
    QVERIFY(hasValidSelfSignature(info->der));
    QVERIFY(checkDeviceCertificate(*info, jid, QDateTime::currentDateTimeUtc()).isEmpty());
    // The same file as DER.
    const QString der = m_dir.filePath(QStringLiteral("client.der"));
    QCOMPARE(openssl({QStringLiteral("x509"), QStringLiteral("-in"), crt, QStringLiteral("-outform"),
                      QStringLiteral("DER"), QStringLiteral("-out"), der})
                 .code,
             0);
    QCOMPARE(readCertificateFile(der)->sha256, info->sha256);
    QCOMPARE(readCertificateFile(m_dir.filePath(QStringLiteral("missing.crt"))).error().code,
             CryptoError::Code::FileRead);
}

void TestPkcs12::fileWithoutMacIsRefused()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const QString key = m_dir.filePath(QStringLiteral("nomac.key"));
    const QString crt = m_dir.filePath(QStringLiteral("nomac.crt"));
    const QString p12 = m_dir.filePath(QStringLiteral("nomac.p12"));
    for (const auto &[path, bytes] :
         {std::pair{key, cred.privateKeyPem.bytes()}, std::pair{crt, cred.certificate.pem()}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    QCOMPARE(openssl({QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-nomac"),
                      QStringLiteral("-inkey"), key, QStringLiteral("-in"), crt, QStringLiteral("-passout"),
                      QStringLiteral("pass:pw"), QStringLiteral("-out"), p12})
                 .code,
             0);
    QFile f(p12);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const auto r = importPkcs12(f.readAll(), SecretBytes("pw"));
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().code, CryptoError::Code::NotPkcs12);
    QVERIFY(r.error().detail.contains(QStringLiteral("MAC")));
}

QTEST_GUILESS_MAIN(TestPkcs12)
#include "tst_Pkcs12.moc"
