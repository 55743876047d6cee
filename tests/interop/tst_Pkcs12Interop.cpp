// Certdeck's .p12 files, each encoding with each key type, read by independent implementations: the openssl
// command, GnuTLS (certtool), NSS (pk12util) and BouncyCastle (the family of Android's certificate
// installer). Each reader must decrypt the key, and the key must sign what the file's certificate verifies.
#include "Pkcs12Structure.h"
#include "SessionHelpers.h"
#include "crypto/P12Password.h"
#include "crypto/Pkcs12.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace certdeck;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(120000))
        p.kill();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

template<auto FreeFn> struct Deleter
{
    template<typename T> void operator()(T *p) const noexcept { FreeFn(p); }
};
using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;

// True when the private key (PEM, any of OpenSSL's formats) signs data that the certificate's public key
// verifies: the reader really decrypted the key, and it is the certificate's key.
bool keySignsForCertificate(const QByteArray &keyPem, const QByteArray &certificateDer)
{
    const Bio bio(BIO_new_mem_buf(keyPem.constData(), int(keyPem.size())));
    const PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    const auto *p = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    const X509Ptr cert(d2i_X509(nullptr, &p, long(certificateDer.size())));
    if (!key || !cert)
        return false;
    // Ed25519 signs the message itself; the others a SHA-256 digest.
    const EVP_MD *md = EVP_PKEY_get_id(key.get()) == EVP_PKEY_ED25519 ? nullptr : EVP_sha256();
    const QByteArray data = "signed by the key a reader decrypted";
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const MdCtx sign(EVP_MD_CTX_new());
    size_t length = 0;
    if (!sign || EVP_DigestSignInit(sign.get(), nullptr, md, nullptr, key.get()) != 1 ||
        EVP_DigestSign(sign.get(), nullptr, &length, bytes, size_t(data.size())) != 1)
        return false;
    QByteArray signature(qsizetype(length), '\0');
    auto *out = reinterpret_cast<unsigned char *>(signature.data());
    if (EVP_DigestSign(sign.get(), out, &length, bytes, size_t(data.size())) != 1)
        return false;
    const MdCtx verify(EVP_MD_CTX_new());
    return verify &&
           EVP_DigestVerifyInit(verify.get(), nullptr, md, nullptr, X509_get0_pubkey(cert.get())) == 1 &&
           EVP_DigestVerify(verify.get(), out, length, bytes, size_t(data.size())) == 1;
}

using Request = std::unique_ptr<X509_REQ, Deleter<X509_REQ_free>>;

// True when a PKCS#10 request a reader signed with the key it decrypted verifies with the certificate's key.
bool requestSignedForCertificate(const QByteArray &requestPem, const QByteArray &certificateDer)
{
    const Bio bio(BIO_new_mem_buf(requestPem.constData(), int(requestPem.size())));
    const Request request(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    const auto *p = reinterpret_cast<const unsigned char *>(certificateDer.constData());
    const X509Ptr cert(d2i_X509(nullptr, &p, long(certificateDer.size())));
    return request && cert && X509_REQ_verify(request.get(), X509_get0_pubkey(cert.get())) == 1;
}

// The first PEM block of this type in a reader's output, as DER (certificates) or as PEM text (keys).
QByteArray pemBlock(const QByteArray &text, const QByteArray &type)
{
    const QByteArray begin = "-----BEGIN " + type + "-----";
    const QByteArray end = "-----END " + type + "-----";
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(end, from);
    return from < 0 || to < 0 ? QByteArray() : text.mid(from, to + end.size() - from) + '\n';
}

QByteArray pemToDer(const QByteArray &pem)
{
    QByteArray body;
    for (const QByteArray &line : pem.split('\n'))
        if (!line.startsWith("-----"))
            body += line.trimmed();
    return QByteArray::fromBase64(body);
}

struct Sample
{
    QString label; // "current p256", ...
    Pkcs12Format format;
    KeyType keyType;
    DeviceCredential credential;
    QByteArray password;
    QString path;
};

} // namespace

class TestPkcs12Interop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void structureIsWhatPhonesRead();
    void openssl();
    void gnutls();
    void nss();
    void bouncyCastle();

private:
    QTemporaryDir m_dir;
    QList<Sample> m_samples;
    QElapsedTimer m_clock;
    QProcess m_java;

    void startBouncyCastle();
};

void TestPkcs12Interop::initTestCase()
{
    m_clock.start();
    for (const char *tool : {"openssl", "certtool", "pk12util", "certutil", "java"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing; packaging/dev/setup.sh installs it")
                                .arg(QString::fromLatin1(tool))));
    QVERIFY2(QFile::exists(QStringLiteral(CERTDECK_BCPROV_JAR)), "libbcprov-java is missing");
    const struct
    {
        const char *name;
        KeyType type;
    } keys[] = {{"p256", KeyType::EcP256}, {"rsa3072", KeyType::Rsa3072}, {"ed25519", KeyType::Ed25519}};
    for (const auto &key : keys) {
        const QString name = QString::fromLatin1(key.name);
        const auto credential = test::makeCredential(
            QStringLiteral("Interop ") + name, QStringLiteral("juliet@capulet.example"), -1, 30, key.type);
        for (const auto format : {Pkcs12Format::Current, Pkcs12Format::OlderPhones}) {
            auto password = generateP12Password();
            QVERIFY(password.hasValue());
            Sample s{pkcs12FormatKeyword(format) + QLatin1Char(' ') + name,
                     format,
                     key.type,
                     credential,
                     password->bytes(),
                     m_dir.filePath(pkcs12FormatKeyword(format) + QLatin1Char('-') + name +
                                    QStringLiteral(".p12"))};
            // The formats' own iteration counts: what users get.
            QVERIFY(writePkcs12File(s.path, s.credential, *password, s.label, s.format).hasValue());
            m_samples.append(std::move(s));
        }
    }
    // The key checks below can fail: a key does not sign for another key's certificate.
    QVERIFY(keySignsForCertificate(m_samples[0].credential.privateKeyPem.bytes(),
                                   m_samples[0].credential.certificate.der));
    QVERIFY(!keySignsForCertificate(m_samples[0].credential.privateKeyPem.bytes(),
                                    m_samples[2].credential.certificate.der));
    qInfo("6 files written in %lld ms", m_clock.restart());
    startBouncyCastle();
}

void TestPkcs12Interop::structureIsWhatPhonesRead()
{
    for (const Sample &s : std::as_const(m_samples)) {
        QFile f(s.path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto structure = test::inspectPkcs12(f.readAll(), s.password);
        QVERIFY2(structure.error.isEmpty(), qPrintable(structure.error));
        const bool older = s.format == Pkcs12Format::OlderPhones;
        const QString bag = older ? QStringLiteral("PBE-SHA1-3DES")
                                  : QStringLiteral("PBES2/PBKDF2/hmacWithSHA256/AES-256-CBC");
        const long iterations = older ? pkcs12OlderPhonesIterations : pkcs12DefaultIterations;
        QCOMPARE(structure.macDigest, older ? QStringLiteral("SHA1") : QStringLiteral("SHA256"));
        QCOMPARE(structure.macIterations, iterations);
        QCOMPARE(structure.bags, (QList<test::Pkcs12Bag>{{QStringLiteral("certificate"), bag, iterations},
                                                         {QStringLiteral("key"), bag, iterations}}));
        if (!older)
            continue;
        // What `openssl pkcs12 -info` shows for it, line by line (these lines read the same in 3.0 and 3.5).
        const Run info = run(QStringLiteral("openssl"),
                             {QStringLiteral("pkcs12"), QStringLiteral("-info"), QStringLiteral("-noout"),
                              QStringLiteral("-in"), s.path, QStringLiteral("-passin"),
                              QStringLiteral("pass:") + QString::fromLatin1(s.password)});
        QVERIFY2(info.code == 0, info.err.constData());
        QStringList lines;
        static const QRegularExpression interesting(
            QStringLiteral("^(MAC:|PKCS7 |Shrouded|Certificate bag)"));
        for (const QByteArray &line : QByteArray(info.out + info.err).split('\n'))
            if (interesting.match(QString::fromLatin1(line)).hasMatch())
                lines << QString::fromLatin1(line.trimmed());
        QCOMPARE(lines, (QStringList{QStringLiteral("MAC: sha1, Iteration 2048"),
                                     QStringLiteral("PKCS7 Encrypted data: pbeWithSHA1And3-KeyTripleDES-CBC, "
                                                    "Iteration 2048"),
                                     QStringLiteral("Certificate bag"), QStringLiteral("PKCS7 Data"),
                                     QStringLiteral("Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC, "
                                                    "Iteration 2048")}));
    }
}

void TestPkcs12Interop::openssl()
{
    for (const Sample &s : std::as_const(m_samples)) {
        const QString pass = QStringLiteral("pass:") + QString::fromLatin1(s.password);
        const Run out =
            run(QStringLiteral("openssl"), {QStringLiteral("pkcs12"), QStringLiteral("-in"), s.path,
                                            QStringLiteral("-passin"), pass, QStringLiteral("-nodes")});
        QVERIFY2(out.code == 0, qPrintable(s.label + QLatin1Char(' ') + QString::fromLocal8Bit(out.err)));
        QCOMPARE(pemToDer(pemBlock(out.out, "CERTIFICATE")), s.credential.certificate.der);
        QVERIFY2(keySignsForCertificate(pemBlock(out.out, "PRIVATE KEY"), s.credential.certificate.der),
                 qPrintable(s.label));
        // Wrong passwords only on the older phones' files: each costs the whole key derivation.
        if (s.format == Pkcs12Format::OlderPhones) {
            const Run wrong =
                run(QStringLiteral("openssl"),
                    {QStringLiteral("pkcs12"), QStringLiteral("-in"), s.path, QStringLiteral("-passin"),
                     pass + QLatin1Char('x'), QStringLiteral("-nodes")});
            QVERIFY2(wrong.code != 0, qPrintable(s.label));
        }
    }
    qInfo("openssl: %lld ms", m_clock.restart());
}

void TestPkcs12Interop::gnutls()
{
    for (const Sample &s : std::as_const(m_samples)) {
        const QString pass = QString::fromLatin1(s.password);
        const Run info = run(QStringLiteral("certtool"),
                             {QStringLiteral("--p12-info"), QStringLiteral("--inder"),
                              QStringLiteral("--infile"), s.path, QStringLiteral("--password"), pass});
        QVERIFY2(info.code == 0, qPrintable(s.label + QLatin1Char(' ') + QString::fromLocal8Bit(info.err)));
        QCOMPARE(pemToDer(pemBlock(info.out, "CERTIFICATE")), s.credential.certificate.der);
        // certtool shows the key bag still encrypted; GnuTLS decrypts it and signs a request with it.
        const QString encrypted = m_dir.filePath(s.label + QStringLiteral(".gnutls.pem"));
        const QString tmpl = m_dir.filePath(QStringLiteral("request.tmpl"));
        for (const auto &[path, text] : {std::pair{encrypted, pemBlock(info.out, "ENCRYPTED PRIVATE KEY")},
                                         std::pair{tmpl, QByteArray("cn = \"interop\"\n")}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text);
        }
        const Run request = run(QStringLiteral("certtool"),
                                {QStringLiteral("--generate-request"), QStringLiteral("--load-privkey"),
                                 encrypted, QStringLiteral("--pkcs8"), QStringLiteral("--password"), pass,
                                 QStringLiteral("--template"), tmpl, QStringLiteral("--no-text")});
        QVERIFY2(request.code == 0,
                 qPrintable(s.label + QLatin1Char(' ') + QString::fromLocal8Bit(request.err)));
        QVERIFY2(requestSignedForCertificate(request.out, s.credential.certificate.der), qPrintable(s.label));
        if (s.format == Pkcs12Format::OlderPhones) {
            const Run wrong =
                run(QStringLiteral("certtool"),
                    {QStringLiteral("--p12-info"), QStringLiteral("--inder"), QStringLiteral("--infile"),
                     s.path, QStringLiteral("--password"), pass + QLatin1Char('x')});
            QVERIFY2(wrong.code != 0, qPrintable(s.label));
        }
    }
    qInfo("gnutls: %lld ms", m_clock.restart());
}

void TestPkcs12Interop::nss()
{
    for (const Sample &s : std::as_const(m_samples)) {
        if (s.keyType == KeyType::Ed25519)
            continue; // NSS (3.87) cannot import Ed25519 keys from PKCS#12 at all
        QTemporaryDir db;
        const QString dbArg = QStringLiteral("sql:") + db.path();
        QCOMPARE(run(QStringLiteral("certutil"),
                     {QStringLiteral("-N"), QStringLiteral("-d"), dbArg, QStringLiteral("--empty-password")})
                     .code,
                 0);
        const Run import =
            run(QStringLiteral("pk12util"), {QStringLiteral("-i"), s.path, QStringLiteral("-d"), dbArg,
                                             QStringLiteral("-W"), QString::fromLatin1(s.password)});
        QVERIFY2(import.code == 0,
                 qPrintable(s.label + QLatin1Char(' ') + QString::fromLocal8Bit(import.out + import.err)));
        // NSS keeps the key in its token: it signs a request with it.
        const Run request =
            run(QStringLiteral("certutil"),
                {QStringLiteral("-R"), QStringLiteral("-d"), dbArg, QStringLiteral("-k"), s.label,
                 QStringLiteral("-s"), QStringLiteral("CN=interop"), QStringLiteral("-a")});
        QVERIFY2(request.code == 0,
                 qPrintable(s.label + QLatin1Char(' ') + QString::fromLocal8Bit(request.err)));
        QVERIFY2(requestSignedForCertificate(pemBlock(request.out, "NEW CERTIFICATE REQUEST"),
                                             s.credential.certificate.der),
                 qPrintable(s.label));
        const Run listed =
            run(QStringLiteral("certutil"), {QStringLiteral("-L"), QStringLiteral("-d"), dbArg,
                                             QStringLiteral("-n"), s.label, QStringLiteral("-r")});
        QCOMPARE(listed.out, s.credential.certificate.der);
        if (s.format == Pkcs12Format::OlderPhones) {
            const Run wrong =
                run(QStringLiteral("pk12util"), {QStringLiteral("-i"), s.path, QStringLiteral("-d"), dbArg,
                                                 QStringLiteral("-W"), QStringLiteral("wrong")});
            QVERIFY2(wrong.code != 0, qPrintable(s.label));
        }
    }
    qInfo("nss: %lld ms", m_clock.restart());
}

void TestPkcs12Interop::startBouncyCastle()
{
    // One JVM for all files, started early: it is the slowest reader and runs while the others do. Wrong
    // passwords are tried on the older phones' files only: for the current ones a wrong password costs
    // BouncyCastle the whole 600,000-iteration MAC (~2 s).
    QStringList args{QStringLiteral("-cp"), QStringLiteral(CERTDECK_BCPROV_JAR),
                     QStringLiteral(CERTDECK_INTEROP_DIR "/Pkcs12Reader.java")};
    for (const Sample &s : std::as_const(m_samples)) {
        args << s.path << QString::fromLatin1(s.password) << QStringLiteral("ok");
        if (s.format == Pkcs12Format::OlderPhones)
            args << s.path << QString::fromLatin1(s.password) + QLatin1Char('x') << QStringLiteral("wrong");
    }
    m_java.start(QStringLiteral("java"), args);
}

void TestPkcs12Interop::bouncyCastle()
{
    if (!m_java.waitForFinished(180000))
        m_java.kill();
    const Run java{m_java.exitStatus() == QProcess::NormalExit ? m_java.exitCode() : -1,
                   m_java.readAllStandardOutput(), m_java.readAllStandardError()};
    QVERIFY2(java.code == 0, QByteArray(java.out + java.err).constData());
    const auto wrong = std::count_if(m_samples.cbegin(), m_samples.cend(),
                                     [](const Sample &s) { return s.format == Pkcs12Format::OlderPhones; });
    const QStringList lines = QString::fromUtf8(java.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), m_samples.size() + wrong);
    for (const Sample &s : std::as_const(m_samples)) {
        const QString algorithm = s.keyType == KeyType::EcP256    ? QStringLiteral("EC")
                                  : s.keyType == KeyType::Rsa3072 ? QStringLiteral("RSA")
                                                                  : QStringLiteral("Ed25519");
        const QString expected =
            QStringLiteral("OK %1 %2 %3")
                .arg(s.path, algorithm, QString::fromLatin1(s.credential.certificate.sha256.toHex()));
        QVERIFY2(lines.contains(expected),
                 qPrintable(expected + QLatin1Char('\n') + lines.join(QLatin1Char('\n'))));
        if (s.format == Pkcs12Format::OlderPhones)
            QVERIFY(lines.contains(QStringLiteral("REFUSED ") + s.path));
    }
    qInfo("bouncycastle (after the others, in parallel with them): %lld ms more", m_clock.restart());
}

QTEST_GUILESS_MAIN(TestPkcs12Interop)
#include "tst_Pkcs12Interop.moc"
