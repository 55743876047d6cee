// Certificate parsing: every field checked against an independent computation or the generator's input.
#include "SessionHelpers.h"
#include "crypto/CertificateInfo.h"
#include "crypto/DeviceCertificate.h"
#include "util/Clock.h"

#include <QCryptographicHash>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

using namespace certdeck;

class TestCertificateInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void generatedDeviceCertificate_data();
    void generatedDeviceCertificate();
    void pemAndDerGiveTheSameView();
    void datesAreExactUtcSeconds();
    void garbageIsRejected_data();
    void garbageIsRejected();
    void pemFingerprintFormatting();
    void invalidRequestsAreRefused();
    void rsaGenerationRunsOffTheCallingThread();
    void keyIsDescribedAsAFullDecodeSeesIt_data();
    void keyIsDescribedAsAFullDecodeSeesIt();
    void selfSignatureIsChecked();
};

namespace {

using PKeyPtr = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using X509Ptr = std::unique_ptr<X509, decltype(&X509_free)>;

PKeyPtr generate(const char *algorithm, const char *parameter)
{
    EVP_PKEY *key = nullptr;
    std::unique_ptr<EVP_PKEY_CTX, decltype(&EVP_PKEY_CTX_free)> ctx(
        EVP_PKEY_CTX_new_from_name(nullptr, algorithm, nullptr), EVP_PKEY_CTX_free);
    if (ctx && EVP_PKEY_keygen_init(ctx.get()) == 1) {
        if (qstrcmp(algorithm, "EC") == 0)
            EVP_PKEY_CTX_set_group_name(ctx.get(), parameter);
        else if (parameter)
            EVP_PKEY_CTX_set_rsa_keygen_bits(ctx.get(), QByteArray(parameter).toInt());
        EVP_PKEY_generate(ctx.get(), &key);
    }
    return PKeyPtr(key, EVP_PKEY_free);
}

// A certificate for `subjectKey`, named `subject`, issued by `issuer` and signed with `signingKey`.
QByteArray certificate(EVP_PKEY *subjectKey, const char *subject, const char *issuer, EVP_PKEY *signingKey)
{
    X509Ptr cert(X509_new(), X509_free);
    ASN1_INTEGER_set(X509_get_serialNumber(cert.get()), 7);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), 0);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 86400);
    X509_set_pubkey(cert.get(), subjectKey);
    auto name = [](const char *cn) {
        X509_NAME *n = X509_NAME_new();
        X509_NAME_add_entry_by_txt(n, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn), -1,
                                   -1, 0);
        return n;
    };
    X509_NAME *s = name(subject);
    X509_NAME *i = name(issuer);
    X509_set_subject_name(cert.get(), s);
    X509_set_issuer_name(cert.get(), i);
    X509_NAME_free(s);
    X509_NAME_free(i);
    const bool noDigest = EVP_PKEY_get_base_id(signingKey) == EVP_PKEY_ED448 ||
                          EVP_PKEY_get_base_id(signingKey) == EVP_PKEY_ED25519;
    if (X509_sign(cert.get(), signingKey, noDigest ? nullptr : EVP_sha256()) <= 0)
        return {};
    unsigned char *der = nullptr;
    const int len = i2d_X509(cert.get(), &der);
    QByteArray out(reinterpret_cast<const char *>(der), len);
    OPENSSL_free(der);
    return out;
}

} // namespace

void TestCertificateInfo::generatedDeviceCertificate_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<int>("algorithm");
    QTest::addColumn<int>("bits");
    QTest::addColumn<QString>("description");
    QTest::newRow("P-256") << int(KeyType::EcP256) << int(KeyAlgorithm::Ec) << 256
                           << QStringLiteral("EC P-256");
    QTest::newRow("RSA 3072") << int(KeyType::Rsa3072) << int(KeyAlgorithm::Rsa) << 3072
                              << QStringLiteral("RSA 3072");
    QTest::newRow("Ed25519") << int(KeyType::Ed25519) << int(KeyAlgorithm::Ed25519) << 256
                             << QStringLiteral("Ed25519");
}

void TestCertificateInfo::generatedDeviceCertificate()
{
    QFETCH(int, type);
    QFETCH(int, algorithm);
    QFETCH(int, bits);
    QFETCH(QString, description);
    const QString jid = QStringLiteral("alice@example.org");
    const auto cred = test::makeCredential(QStringLiteral("Phone · 2026-11"), jid, -1, 90, KeyType(type));
    const CertificateInfo &info = cred.certificate;

    QCOMPARE(info.commonName, QStringLiteral("Phone · 2026-11"));
    QCOMPARE(info.xmppAddresses, QStringList{jid});
    QCOMPARE(info.emailAddresses, QStringList{jid});
    QCOMPARE(int(info.keyAlgorithm), algorithm);
    QCOMPARE(info.keyBits, bits);
    QCOMPARE(info.keyDescription(), description);
    QVERIFY(info.selfIssued);
    QVERIFY(hasValidSelfSignature(info.der));
    QVERIFY(!info.isCa);
    QCOMPARE(info.subject, info.issuer);
    QCOMPARE(info.serialHex.size(), 32); // 128-bit random serial
    QCOMPARE(info.sha256, QCryptographicHash::hash(info.der, QCryptographicHash::Sha256));
    QCOMPARE(info.sha1, QCryptographicHash::hash(info.der, QCryptographicHash::Sha1));
    QVERIFY(cred.privateKeyPem.bytes().startsWith("-----BEGIN PRIVATE KEY-----"));
    const qint64 lifetime = info.notBefore.secsTo(info.notAfter);
    QCOMPARE(lifetime, qint64(91) * 86400);
}

void TestCertificateInfo::pemAndDerGiveTheSameView()
{
    const auto cred =
        test::makeCredential(QStringLiteral("Laptop"), QStringLiteral("bob@example.net"), 0, 30);
    const auto fromPem = parseCertificate(cred.certificate.pem());
    QVERIFY2(fromPem.hasValue(), qPrintable(fromPem ? QString() : fromPem.error().message()));
    QCOMPARE(fromPem->der, cred.certificate.der);
    QCOMPARE(fromPem->sha256, cred.certificate.sha256);
    QCOMPARE(fromPem->notAfter, cred.certificate.notAfter);
    // Two different certificates never share a serial or a fingerprint.
    const auto other =
        test::makeCredential(QStringLiteral("Laptop"), QStringLiteral("bob@example.net"), 0, 30);
    QVERIFY(other.certificate.serialHex != cred.certificate.serialHex);
    QVERIFY(other.certificate.sha256 != cred.certificate.sha256);
}

void TestCertificateInfo::datesAreExactUtcSeconds()
{
    const QDateTime from = utcDateTime(QDate(2024, 2, 29), QTime(12, 34, 56));
    const QDateTime to = utcDateTime(QDate(2051, 1, 2), QTime(3, 4, 5)); // past 2049: GeneralizedTime
    const auto cred =
        createDeviceCredential({QStringLiteral("Old"), QStringLiteral("a@b.c"), from, to, KeyType::EcP256});
    QVERIFY(cred.hasValue());
    QCOMPARE(cred->certificate.notBefore, from);
    QCOMPARE(cred->certificate.notAfter, to);
    // What certdeck-cli prints: UTC marked 'Z' on every Qt version (a time-zone UTC would print "+00:00" on
    // Qt 6.4).
    QCOMPARE(cred->certificate.notAfter.timeSpec(), Qt::UTC);
    QCOMPARE(cred->certificate.notAfter.toString(Qt::ISODate), QStringLiteral("2051-01-02T03:04:05Z"));
}

void TestCertificateInfo::garbageIsRejected_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("code");
    const auto cred = test::makeCredential(QStringLiteral("X"), QStringLiteral("a@b.c"), 0, 1);
    QTest::newRow("empty") << QByteArray() << int(CryptoError::Code::Empty);
    QTest::newRow("whitespace") << QByteArray(" \n\t") << int(CryptoError::Code::Empty);
    QTest::newRow("text") << QByteArray("hello world") << int(CryptoError::Code::NotACertificate);
    QTest::newRow("truncated DER") << cred.certificate.der.left(100)
                                   << int(CryptoError::Code::NotACertificate);
    // One rule for PEM and DER: data after the certificate is refused as such (tst_InputRules covers PEM).
    QTest::newRow("DER with trailing bytes")
        << cred.certificate.der + "xx" << int(CryptoError::Code::ExtraData);
    QTest::newRow("broken PEM") << QByteArray(
                                       "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
                                << int(CryptoError::Code::NotACertificate);
    QTest::newRow("private key PEM") << cred.privateKeyPem.bytes() << int(CryptoError::Code::NotACertificate);
}

void TestCertificateInfo::garbageIsRejected()
{
    QFETCH(QByteArray, input);
    QFETCH(int, code);
    const auto result = parseCertificate(input);
    QVERIFY(!result.hasValue());
    QCOMPARE(int(result.error().code), code);
    QVERIFY(!result.error().message().isEmpty());
}

void TestCertificateInfo::pemFingerprintFormatting()
{
    const QByteArray digest = QByteArray::fromHex("00ff10ab");
    QCOMPARE(formatFingerprint(digest), QStringLiteral("00:FF:10:AB"));
    QCOMPARE(formatFingerprint(digest, 2), QStringLiteral("00:FF"));
    const auto cred = test::makeCredential(QStringLiteral("X"), QStringLiteral("a@b.c"), 0, 1);
    QCOMPARE(cred.certificate.shortFingerprint().size(), 8 * 3 - 1);
    QVERIFY(cred.certificate.sha256Fingerprint().startsWith(cred.certificate.shortFingerprint()));
}

void TestCertificateInfo::invalidRequestsAreRefused()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto noName =
        createDeviceCredential({QStringLiteral(" "), QStringLiteral("a@b.c"), now, now.addDays(1)});
    QVERIFY(!noName.hasValue());
    QCOMPARE(noName.error().code, CryptoError::Code::InvalidRequest);
    const auto noDomain =
        createDeviceCredential({QStringLiteral("n"), QStringLiteral("a@"), now, now.addDays(1)});
    QVERIFY(!noDomain.hasValue());
    const auto emptyResource =
        createDeviceCredential({QStringLiteral("n"), QStringLiteral("a@b.c/"), now, now.addDays(1)});
    QVERIFY(!emptyResource.hasValue());
    // A full JID binds the certificate to one resource; the e-mail name stays the bare JID.
    const auto fullJid =
        createDeviceCredential({QStringLiteral("n"), QStringLiteral("a@b.c/phone"), now, now.addDays(1)});
    QVERIFY(fullJid.hasValue());
    QCOMPARE(fullJid->certificate.xmppAddresses, QStringList{QStringLiteral("a@b.c/phone")});
    QCOMPARE(fullJid->certificate.emailAddresses, QStringList{QStringLiteral("a@b.c")});
    const auto backwards =
        createDeviceCredential({QStringLiteral("n"), QStringLiteral("a@b.c"), now, now.addDays(-1)});
    QVERIFY(!backwards.hasValue());
}

void TestCertificateInfo::rsaGenerationRunsOffTheCallingThread()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QThread *caller = QThread::currentThread();
    QThread *worker = nullptr;
    QFutureWatcher<Result<DeviceCredential, CryptoError>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    auto future = createDeviceCredentialAsync({QStringLiteral("Laptop"), QStringLiteral("a@b.c"), now,
                                               now.addDays(1), KeyType::Rsa3072})
                      .then([&worker](Result<DeviceCredential, CryptoError> r) {
                          worker = QThread::currentThread();
                          return r;
                      });
    watcher.setFuture(future);
    QVERIFY(finished.wait(60000));
    QVERIFY(worker && worker != caller);
    const auto result = future.result();
    QVERIFY(result.hasValue());
    QCOMPARE(result->certificate.keyDescription(), QStringLiteral("RSA 3072"));
}

// The key is described from its encoding (decoding it is slow in OpenSSL 3.0); a full decode is the
// reference.
void TestCertificateInfo::keyIsDescribedAsAFullDecodeSeesIt_data()
{
    QTest::addColumn<QByteArray>("algorithm");
    QTest::addColumn<QByteArray>("parameter");
    QTest::addColumn<QString>("description");
    QTest::newRow("P-384") << QByteArray("EC") << QByteArray("P-384") << QStringLiteral("EC P-384");
    QTest::newRow("P-521") << QByteArray("EC") << QByteArray("P-521") << QStringLiteral("EC P-521");
    QTest::newRow("secp256k1") << QByteArray("EC") << QByteArray("secp256k1")
                               << QStringLiteral("EC secp256k1");
    QTest::newRow("RSA 2048") << QByteArray("RSA") << QByteArray("2048") << QStringLiteral("RSA 2048");
    QTest::newRow("RSA 1031 (odd size)")
        << QByteArray("RSA") << QByteArray("1031") << QStringLiteral("RSA 1031");
    QTest::newRow("RSA-PSS 2048") << QByteArray("RSA-PSS") << QByteArray("2048")
                                  << QStringLiteral("RSA 2048");
    QTest::newRow("Ed448") << QByteArray("ED448") << QByteArray() << QStringLiteral("Ed448");
}

void TestCertificateInfo::keyIsDescribedAsAFullDecodeSeesIt()
{
    QFETCH(QByteArray, algorithm);
    QFETCH(QByteArray, parameter);
    QFETCH(QString, description);
    const PKeyPtr key =
        generate(algorithm.constData(), parameter.isEmpty() ? nullptr : parameter.constData());
    QVERIFY(key);
    const QByteArray der = certificate(key.get(), "k", "k", key.get());
    QVERIFY(!der.isEmpty());
    const auto info = parseCertificate(der);
    QVERIFY(info.hasValue());
    QCOMPARE(info->keyBits, EVP_PKEY_get_bits(key.get()));
    QCOMPARE(info->keyDescription(), description);
}

void TestCertificateInfo::selfSignatureIsChecked()
{
    const PKeyPtr own = generate("EC", "P-256");
    const PKeyPtr other = generate("EC", "P-256");
    QVERIFY(own && other);

    const QByteArray self = certificate(own.get(), "Phone", "Phone", own.get());
    QVERIFY(parseCertificate(self)->selfIssued);
    QVERIFY(hasValidSelfSignature(self));

    // Same name as issuer, but another key signed it: self-issued, not self-signed.
    const QByteArray forged = certificate(own.get(), "Phone", "Phone", other.get());
    QVERIFY(parseCertificate(forged)->selfIssued);
    QVERIFY(!hasValidSelfSignature(forged));

    // Issued by a CA.
    const QByteArray issued = certificate(own.get(), "Phone", "Example CA", other.get());
    QVERIFY(!parseCertificate(issued)->selfIssued);
    QVERIFY(!hasValidSelfSignature(issued));

    QVERIFY(!hasValidSelfSignature(QByteArray("not a certificate")));
    QVERIFY(!hasValidSelfSignature(self + "x"));
}

QTEST_GUILESS_MAIN(TestCertificateInfo)
#include "tst_CertificateInfo.moc"
