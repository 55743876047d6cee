#include "Pkcs12.h"

#include "crypto/OpenSslHandles.h"
#include "util/BoundedFile.h"

#include <QFile>
#include <QSaveFile>

#include <openssl/err.h>
#include <openssl/pem.h>

namespace certdeck {
namespace {

using Code = CryptoError::Code;

ossl::PKey readPrivateKey(const SecretBytes &pem)
{
    auto bio = ossl::memoryBio(pem.bytes());
    return ossl::PKey(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

ossl::X509Ptr readDer(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    return ossl::X509Ptr(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
}

struct Encoding
{
    int bagNid; // the same for the key bag and the certificate bag
    const EVP_MD *macDigest;
    int iterations;
};

Encoding encodingOf(Pkcs12Format format)
{
    switch (format) {
    case Pkcs12Format::Current:
        // NID_aes_256_cbc makes OpenSSL write PBES2 with PBKDF2-HMAC-SHA256.
        return {NID_aes_256_cbc, EVP_sha256(), pkcs12DefaultIterations};
    case Pkcs12Format::OlderPhones:
        // In OpenSSL 3's default provider (RC2-40, the other legacy choice, needs the legacy provider).
        return {NID_pbe_WithSHA1And3_Key_TripleDES_CBC, EVP_sha1(), pkcs12OlderPhonesIterations};
    }
    Q_UNREACHABLE();
}

} // namespace

QString pkcs12FormatKeyword(Pkcs12Format format)
{
    return format == Pkcs12Format::OlderPhones ? QStringLiteral("older-phones") : QStringLiteral("current");
}

std::optional<Pkcs12Format> pkcs12FormatFromKeyword(const QString &keyword)
{
    for (const auto format : {Pkcs12Format::Current, Pkcs12Format::OlderPhones})
        if (keyword == pkcs12FormatKeyword(format))
            return format;
    return std::nullopt;
}

bool pkcs12AllowsOwnPassword(Pkcs12Format format)
{
    return format == Pkcs12Format::Current;
}

Result<QByteArray, CryptoError> exportPkcs12(const DeviceCredential &credential, const SecretBytes &password,
                                             const QString &friendlyName, Pkcs12Format format, int iterations)
{
    if (password.isEmpty())
        return fail(CryptoError{Code::InvalidRequest, QStringLiteral("the export password is empty")});
    ossl::PKey key = readPrivateKey(credential.privateKeyPem);
    ossl::X509Ptr cert = readDer(credential.certificate.der);
    if (!key || !cert)
        return fail(CryptoError{Code::CertificateBuild, ossl::lastError()});
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return fail(CryptoError{Code::KeyMismatch, ossl::lastError()});

    const Encoding encoding = encodingOf(format);
    if (iterations <= 0)
        iterations = encoding.iterations;
    // Passwords are NUL-terminated C strings for OpenSSL (UTF-8, which it turns into PKCS#12's BMPString).
    const SecretBytes pass(password.bytes() + '\0');
    const QByteArray name = friendlyName.toUtf8();
    // The certificate bag is encrypted too: it carries the account's address (every reader we test takes it).
    // The MAC (-1: none yet) is set below, because PKCS12_create would use SHA-1 for it.
    ossl::Pkcs12 p12(PKCS12_create_ex(pass.bytes().constData(), name.constData(), key.get(), cert.get(),
                                      nullptr, encoding.bagNid, encoding.bagNid, iterations, -1, 0, nullptr,
                                      nullptr));
    if (!p12)
        return fail(CryptoError{Code::CertificateBuild, ossl::lastError()});
    if (PKCS12_set_mac(p12.get(), pass.bytes().constData(), -1, nullptr, 0, iterations, encoding.macDigest) !=
        1)
        return fail(CryptoError{Code::CertificateBuild, ossl::lastError()});

    unsigned char *der = nullptr;
    const int len = i2d_PKCS12(p12.get(), &der);
    if (len <= 0)
        return fail(CryptoError{Code::CertificateBuild, ossl::lastError()});
    ossl::OpenSslBytes owner(der);
    return QByteArray(reinterpret_cast<const char *>(der), len);
}

Status<CryptoError> writePkcs12File(const QString &path, const DeviceCredential &credential,
                                    const SecretBytes &password, const QString &friendlyName,
                                    Pkcs12Format format, int iterations)
{
    auto bytes = exportPkcs12(credential, password, friendlyName, format, iterations);
    if (!bytes)
        return fail(bytes.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(CryptoError{Code::FileWrite, file.errorString()});
    // Restrict before any byte is written; QSaveFile writes a temporary file and renames it on commit.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return fail(CryptoError{Code::FileWrite, file.errorString()});
    }
    if (file.write(*bytes) != bytes->size() || !file.commit())
        return fail(CryptoError{Code::FileWrite, file.errorString()});
    return Success{};
}

Result<DeviceCredential, CryptoError> importPkcs12(const QByteArray &bytes, const SecretBytes &password)
{
    if (bytes.isEmpty())
        return fail(CryptoError{Code::Empty, {}});
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    ossl::Pkcs12 p12(d2i_PKCS12(nullptr, &p, static_cast<long>(bytes.size())));
    if (!p12)
        return fail(CryptoError{Code::NotPkcs12, ossl::lastError()});
    const SecretBytes pass(password.bytes() + '\0');
    // A file without a MAC has no integrity protection, and a MAC with an absurd iteration count would hang
    // the import (and, in the key bag behind it, the decryption): both are refused before any key derivation.
    if (!PKCS12_mac_present(p12.get()))
        return fail(CryptoError{Code::NotPkcs12, QStringLiteral("no integrity protection (MAC)")});
    const ASN1_INTEGER *macIterations = nullptr;
    PKCS12_get0_mac(nullptr, nullptr, nullptr, &macIterations, p12.get());
    if (macIterations && ASN1_INTEGER_get(macIterations) > 10'000'000)
        return fail(CryptoError{Code::NotPkcs12, QStringLiteral("unreasonable iteration count")});
    if (PKCS12_verify_mac(p12.get(), pass.bytes().constData(), -1) != 1) {
        (void)ossl::lastError();
        return fail(CryptoError{Code::WrongPassword, {}});
    }
    EVP_PKEY *rawKey = nullptr;
    X509 *rawCert = nullptr;
    STACK_OF(X509) *rawCa = nullptr;
    const int parsed = PKCS12_parse(p12.get(), pass.bytes().constData(), &rawKey, &rawCert, &rawCa);
    ossl::PKey key(rawKey);
    ossl::X509Ptr cert(rawCert);
    ossl::X509Stack ca(rawCa);
    if (parsed != 1)
        return fail(CryptoError{Code::WrongPassword, ossl::lastError()});
    if (!key || !cert)
        return fail(CryptoError{Code::IncompleteBundle, {}});
    if (X509_check_private_key(cert.get(), key.get()) != 1)
        return fail(CryptoError{Code::KeyMismatch, ossl::lastError()});

    auto info = parseCertificate(ossl::toDer(cert.get()));
    if (!info)
        return fail(info.error());
    SecretBytes keyPem = ossl::privateKeyPem(key.get());
    if (keyPem.isEmpty())
        return fail(CryptoError{Code::IncompleteBundle, ossl::lastError()});
    return DeviceCredential{std::move(info).value(), std::move(keyPem)};
}

Result<CertificateInfo, CryptoError> readCertificateFile(const QString &path)
{
    // A certificate is a few kilobytes; never read more than 1 MiB (the file may be /dev/zero).
    auto bytes = readFileCapped(path, 1024 * 1024);
    if (!bytes)
        return fail(CryptoError{Code::FileRead, bytes.error()});
    return parseCertificate(bytes.value());
}

} // namespace certdeck
