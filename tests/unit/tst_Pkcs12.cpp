// PKCS#12 export and import in both encodings, generated passwords, and cross-checks of our files and
// certificates with OpenSSL (the command, and the library's structures instead of its text output).
#include "Pkcs12Structure.h"
#include "SessionHelpers.h"
#include "TestConfig.h"
#include "crypto/CertificateCheck.h"
#include "crypto/P12Password.h"
#include "crypto/Pkcs12.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <openssl/objects.h>
#include <openssl/x509v3.h>
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

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

template<auto FreeFn> struct Deleter
{
    template<typename T> void operator()(T *p) const noexcept { FreeFn(p); }
};
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using Names = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;

} // namespace

class TestPkcs12 : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void wrongPasswordIsAClearError();
    void notPkcs12();
    void fileIsPrivateAndAtomic();
    void unwritableTargetLeavesNothing();
    void currentEncodingIsStrongForDesktops();
    void olderPhonesEncodingIs3desAndSha1();
    void fileHidesTheAccountAddress_data();
    void fileHidesTheAccountAddress();
    void formatKeywords();
    void generatedPasswordIsTypeableAndStrong();
    void generatedPasswordSymbolsAreUniform();
    void portablePasswords();
    void opensslShowsOurAltNames();
    void certificateFromOpensslReqImports();
    void fileWithoutMacIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestPkcs12::roundTrip_data()
{
    QTest::addColumn<Pkcs12Format>("format");
    QTest::addColumn<QByteArray>("password");
    QTest::newRow("current") << Pkcs12Format::Current << QByteArray("correct horse");
    QTest::newRow("current, non-ASCII password")
        << Pkcs12Format::Current << QString::fromUtf8("Grüße-Tür 42").toUtf8();
    QTest::newRow("older phones") << Pkcs12Format::OlderPhones << QByteArray("abcdefg-hjkmnpq-rstuvwx");
}

void TestPkcs12::roundTrip()
{
    QFETCH(Pkcs12Format, format);
    QFETCH(QByteArray, password);
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const auto bytes =
        exportPkcs12(cred, SecretBytes(password), QStringLiteral("Phone"), format, fastIterations);
    QVERIFY(bytes.hasValue());
    const auto back = importPkcs12(*bytes, SecretBytes(password));
    QVERIFY2(back.hasValue(), qPrintable(back ? QString() : back.error().message()));
    QCOMPARE(back->certificate.der, cred.certificate.der);
    QCOMPARE(back->privateKeyPem.bytes(), cred.privateKeyPem.bytes());
}

void TestPkcs12::wrongPasswordIsAClearError()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const auto bytes = exportPkcs12(cred, SecretBytes("right"), QStringLiteral("Phone"),
                                    Pkcs12Format::Current, fastIterations);
    QVERIFY(bytes.hasValue());
    for (const QByteArray &wrong :
         {QByteArray("wrong"), QByteArray(""), QByteArray("righ"), QByteArray("right ")}) {
        const auto r = importPkcs12(*bytes, SecretBytes(wrong));
        QVERIFY(!r.hasValue());
        QCOMPARE(r.error().code, CryptoError::Code::WrongPassword);
        QVERIFY(r.error().message().contains(QStringLiteral("password")));
    }
    QVERIFY(!exportPkcs12(cred, SecretBytes(), QStringLiteral("x"), Pkcs12Format::Current, fastIterations)
                 .hasValue());
}

void TestPkcs12::notPkcs12()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    QCOMPARE(importPkcs12({}, SecretBytes("x")).error().code, CryptoError::Code::Empty);
    QCOMPARE(importPkcs12("garbage", SecretBytes("x")).error().code, CryptoError::Code::NotPkcs12);
    QCOMPARE(importPkcs12(cred.certificate.der, SecretBytes("x")).error().code, CryptoError::Code::NotPkcs12);
    const auto bytes =
        exportPkcs12(cred, SecretBytes("pw"), QStringLiteral("Phone"), Pkcs12Format::Current, fastIterations);
    QVERIFY(!importPkcs12(bytes->left(bytes->size() / 2), SecretBytes("pw")).hasValue());
}

void TestPkcs12::fileIsPrivateAndAtomic()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const QString path = m_dir.filePath(QStringLiteral("phone.p12"));
    QVERIFY(writePkcs12File(path, cred, SecretBytes("pw"), QStringLiteral("Phone"), Pkcs12Format::Current,
                            fastIterations)
                .hasValue());
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
    const auto r = writePkcs12File(missing, cred, SecretBytes("pw"), QStringLiteral("Phone"),
                                   Pkcs12Format::Current, fastIterations);
    QVERIFY(!r.hasValue());
    QCOMPARE(r.error().code, CryptoError::Code::FileWrite);
    QVERIFY(!QFile::exists(missing));
}

void TestPkcs12::currentEncodingIsStrongForDesktops()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const QString path = m_dir.filePath(QStringLiteral("default.p12"));
    QVERIFY(writePkcs12File(path, cred, SecretBytes("s3cret pass"), QStringLiteral("Phone")).hasValue());
    const auto s = test::inspectPkcs12(readAll(path), "s3cret pass");
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.macDigest, QStringLiteral("SHA256"));
    QCOMPARE(s.macIterations, 600000L);
    const QString pbes2 = QStringLiteral("PBES2/PBKDF2/hmacWithSHA256/AES-256-CBC");
    QCOMPARE(s.bags, (QList<test::Pkcs12Bag>{{QStringLiteral("certificate"), pbes2, 600000},
                                             {QStringLiteral("key"), pbes2, 600000}}));
    // The openssl command (OpenSSL 3, default provider) reads it with the password and only with it.
    for (const auto &[password, ok] : {std::pair{"pass:s3cret pass", true}, std::pair{"pass:nope", false}}) {
        const Run info =
            openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                     QStringLiteral("-in"), path, QStringLiteral("-passin"), QString::fromLatin1(password)});
        QVERIFY2((info.code == 0) == ok, info.out.constData());
    }
}

void TestPkcs12::olderPhonesEncodingIs3desAndSha1()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const QString path = m_dir.filePath(QStringLiteral("older.p12"));
    const QByteArray password = "abcdefg-hjkmnpq-rstuvwx";
    QVERIFY(
        writePkcs12File(path, cred, SecretBytes(password), QStringLiteral("Phone"), Pkcs12Format::OlderPhones)
            .hasValue());
    const auto s = test::inspectPkcs12(readAll(path), password);
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.macDigest, QStringLiteral("SHA1"));
    QCOMPARE(s.macIterations, long(pkcs12OlderPhonesIterations));
    const QString tripleDes = QStringLiteral("PBE-SHA1-3DES");
    QCOMPARE(s.bags, (QList<test::Pkcs12Bag>{{QStringLiteral("certificate"), tripleDes, 2048},
                                             {QStringLiteral("key"), tripleDes, 2048}}));
    // OpenSSL 3 reads it without the legacy provider (RC2-40 would need it).
    const Run info = openssl({QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                              QStringLiteral("-in"), path, QStringLiteral("-passin"),
                              QStringLiteral("pass:") + QString::fromLatin1(password)});
    QVERIFY2(info.code == 0, info.out.constData());
    QVERIFY2(!info.out.contains("RC2"), info.out.constData());
}

void TestPkcs12::fileHidesTheAccountAddress_data()
{
    QTest::addColumn<Pkcs12Format>("format");
    QTest::newRow("current") << Pkcs12Format::Current;
    QTest::newRow("older phones") << Pkcs12Format::OlderPhones;
}

void TestPkcs12::fileHidesTheAccountAddress()
{
    QFETCH(Pkcs12Format, format);
    const QByteArray jid = "juliet.capulet@verona.example";
    const auto cred = test::makeCredential(QStringLiteral("Phone"), QString::fromLatin1(jid), 0, 30);
    QVERIFY(cred.certificate.der.contains(jid)); // it is there to hide
    const auto bytes =
        exportPkcs12(cred, SecretBytes("pw-12345678"), QStringLiteral("Phone"), format, fastIterations);
    QVERIFY(bytes.hasValue());
    QVERIFY(!bytes->contains(jid));
    QVERIFY(!bytes->contains(cred.certificate.der.mid(cred.certificate.der.size() / 2, 32)));
}

void TestPkcs12::formatKeywords()
{
    for (const auto format : {Pkcs12Format::Current, Pkcs12Format::OlderPhones})
        QCOMPARE(pkcs12FormatFromKeyword(pkcs12FormatKeyword(format)), format);
    QCOMPARE(pkcs12FormatKeyword(Pkcs12Format::Current), QStringLiteral("current"));
    QCOMPARE(pkcs12FormatKeyword(Pkcs12Format::OlderPhones), QStringLiteral("older-phones"));
    QVERIFY(!pkcs12FormatFromKeyword(QStringLiteral("legacy")));
    QVERIFY(pkcs12AllowsOwnPassword(Pkcs12Format::Current));
    QVERIFY(!pkcs12AllowsOwnPassword(Pkcs12Format::OlderPhones));
}

void TestPkcs12::generatedPasswordIsTypeableAndStrong()
{
    QVERIFY(generatedPasswordBits() >= 100.0);
    // Three groups of seven from the alphabet without i, l, o, 0, 1.
    const QRegularExpression shape(
        QStringLiteral("^[a-hjkmnp-z2-9]{7}-[a-hjkmnp-z2-9]{7}-[a-hjkmnp-z2-9]{7}$"));
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i) {
        const auto password = generateP12Password();
        QVERIFY(password.hasValue());
        const QByteArray &bytes = password->bytes();
        QVERIFY2(shape.match(QString::fromLatin1(bytes)).hasMatch(), bytes.constData());
        QVERIFY(isPortablePassword(QString::fromLatin1(bytes)));
        QVERIFY(bytes.size() >= p12MinimumPasswordLength);
        seen.insert(bytes);
    }
    QCOMPARE(seen.size(), 1000);
}

void TestPkcs12::generatedPasswordSymbolsAreUniform()
{
    // 42,000 symbols. Taking a random byte modulo 31 without drawing again would make the first eight
    // symbols 9/8 as likely as the rest: 28.1 % of the draws instead of 25.8 %, ten standard deviations off.
    const QByteArray alphabet(generatedPasswordAlphabet);
    QCOMPARE(alphabet.size(), 31);
    QMap<char, int> counts;
    int total = 0;
    for (int i = 0; i < 2000; ++i) {
        const auto password = generateP12Password();
        QVERIFY(password.hasValue());
        for (const char c : password->bytes())
            if (c != '-') {
                ++counts[c];
                ++total;
            }
    }
    QCOMPARE(counts.size(), 31);
    int firstEight = 0;
    for (int i = 0; i < 8; ++i)
        firstEight += counts.value(alphabet.at(i));
    QVERIFY2(qAbs(double(firstEight) / total - 8.0 / 31.0) < 0.011, qPrintable(QString::number(firstEight)));
}

void TestPkcs12::portablePasswords()
{
    QVERIFY(isPortablePassword(QStringLiteral("Correct-Horse 42!~")));
    QVERIFY(!isPortablePassword(QString::fromUtf8("Grüße-Tür 42")));
    QVERIFY(!isPortablePassword(QString::fromUtf8("pass\tword")));
    QVERIFY(!isPortablePassword(QString::fromUtf8("naïve-password")));
}

void TestPkcs12::opensslShowsOurAltNames()
{
    // OpenSSL's own reading of our certificate, compared as data (its text output differs between releases).
    const auto cred =
        test::makeCredential(QStringLiteral("Phone"), QStringLiteral("alice@example.org"), 0, 30);
    const auto *p = reinterpret_cast<const unsigned char *>(cred.certificate.der.constData());
    const X509Ptr cert(d2i_X509(nullptr, &p, long(cred.certificate.der.size())));
    QVERIFY(cert);
    char cn[64] = {};
    QVERIFY(X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, cn, sizeof cn) > 0);
    QCOMPARE(QByteArray(cn), QByteArray("Phone"));
    QCOMPARE(X509_get_signature_nid(cert.get()), NID_ecdsa_with_SHA256);
    QCOMPARE(X509_check_ca(cert.get()), 0);
    QVERIFY(X509_get_key_usage(cert.get()) & KU_DIGITAL_SIGNATURE);
    QVERIFY(X509_get_extended_key_usage(cert.get()) & XKU_SSL_CLIENT);
    const Names names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr)));
    QVERIFY(names);
    QStringList xmpp, email;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *name = sk_GENERAL_NAME_value(names.get(), i);
        if (name->type == GEN_EMAIL)
            email << QString::fromLatin1(
                reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.rfc822Name)));
        if (name->type == GEN_OTHERNAME && OBJ_obj2nid(name->d.otherName->type_id) == NID_XmppAddr &&
            name->d.otherName->value->type == V_ASN1_UTF8STRING)
            xmpp << QString::fromUtf8(reinterpret_cast<const char *>(
                ASN1_STRING_get0_data(name->d.otherName->value->value.utf8string)));
    }
    QCOMPARE(xmpp, QStringList{QStringLiteral("alice@example.org")});
    QCOMPARE(email, QStringList{QStringLiteral("alice@example.org")});
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
