#include "DeviceCertificate.h"

#include "crypto/OpenSslHandles.h"
#include "crypto/OpenSslThread.h"

#include <QtConcurrent/QtConcurrentRun>

#include <openssl/rand.h>

namespace certdeck {
namespace {

CryptoError buildError()
{
    return CryptoError{CryptoError::Code::CertificateBuild, ossl::lastError()};
}

ossl::PKey generateKey(KeyType type)
{
    switch (type) {
    case KeyType::EcP256:
        return ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    case KeyType::Rsa3072:
        return ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", static_cast<size_t>(3072)));
    case KeyType::Ed25519:
        return ossl::PKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    }
    return nullptr;
}

bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] &= 0x7f; // positive, as RFC 5280 requires
    bytes[0] |= 0x40; // and a full 16 bytes long, never shortened by leading zeros
    ossl::Bignum bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool addExtension(X509 *cert, int nid, const char *value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    ossl::Extension ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

// subjectAltName with the JID twice: id-on-xmppAddr for servers (XEP-0178) and rfc822Name for Conversations.
bool addXmppAltNames(X509 *cert, const QByteArray &jid, const QByteArray &bareJid)
{
    ossl::GeneralNames names(GENERAL_NAMES_new());
    if (!names)
        return false;

    ossl::Asn1String utf8(ASN1_STRING_type_new(V_ASN1_UTF8STRING));
    ossl::Asn1Type value(ASN1_TYPE_new());
    ossl::GeneralName other(GENERAL_NAME_new());
    if (!utf8 || !value || !other ||
        ASN1_STRING_set(utf8.get(), jid.constData(), static_cast<int>(jid.size())) != 1)
        return false;
    ASN1_TYPE_set(value.get(), V_ASN1_UTF8STRING, utf8.release());
    if (GENERAL_NAME_set0_othername(other.get(), OBJ_nid2obj(NID_XmppAddr), value.get()) != 1)
        return false;
    value.release();
    if (sk_GENERAL_NAME_push(names.get(), other.get()) <= 0)
        return false;
    other.release();

    ossl::Asn1String ia5(ASN1_STRING_type_new(V_ASN1_IA5STRING));
    ossl::GeneralName email(GENERAL_NAME_new());
    if (!ia5 || !email ||
        ASN1_STRING_set(ia5.get(), bareJid.constData(), static_cast<int>(bareJid.size())) != 1)
        return false;
    GENERAL_NAME_set0_value(email.get(), GEN_EMAIL, ia5.release());
    if (sk_GENERAL_NAME_push(names.get(), email.get()) <= 0)
        return false;
    email.release();

    return X509_add1_ext_i2d(cert, NID_subject_alt_name, names.get(), 0, X509V3_ADD_DEFAULT) == 1;
}

// user@host, optionally with one /resource.
bool isAccountJid(const QString &jid)
{
    const QString bare = jid.section(QLatin1Char('/'), 0, 0);
    const qsizetype at = bare.indexOf(QLatin1Char('@'));
    const bool resourceOk = !jid.contains(QLatin1Char('/')) || !jid.section(QLatin1Char('/'), 1).isEmpty();
    return at > 0 && at < bare.size() - 1 && bare.count(QLatin1Char('@')) == 1 &&
           !bare.contains(QLatin1Char(' ')) && resourceOk;
}

} // namespace

Result<DeviceCredential, CryptoError> createDeviceCredential(const DeviceCertificateRequest &request)
{
    using Code = CryptoError::Code;
    if (request.deviceName.trimmed().isEmpty())
        return fail(CryptoError{Code::InvalidRequest, QStringLiteral("device name is empty")});
    if (!isAccountJid(request.bareJid))
        return fail(CryptoError{Code::InvalidRequest,
                                QStringLiteral("not an account address: %1").arg(request.bareJid)});
    if (!request.notBefore.isValid() || !request.notAfter.isValid() || request.notAfter <= request.notBefore)
        return fail(CryptoError{Code::InvalidRequest, QStringLiteral("the validity period is empty")});

    ossl::PKey key = generateKey(request.keyType);
    if (!key)
        return fail(CryptoError{Code::KeyGeneration, ossl::lastError()});

    ossl::X509Ptr cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()))
        return fail(buildError());
    if (!ASN1_TIME_set(X509_getm_notBefore(cert.get()), request.notBefore.toSecsSinceEpoch()) ||
        !ASN1_TIME_set(X509_getm_notAfter(cert.get()), request.notAfter.toSecsSinceEpoch()))
        return fail(buildError());

    const QByteArray cn = request.deviceName.trimmed().toUtf8();
    X509_NAME *name = X509_get_subject_name(cert.get());
    if (X509_NAME_add_entry_by_NID(name, NID_commonName, MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char *>(cn.constData()),
                                   static_cast<int>(cn.size()), -1, 0) != 1 ||
        X509_set_issuer_name(cert.get(), name) != 1 || X509_set_pubkey(cert.get(), key.get()) != 1)
        return fail(buildError());

    if (!addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature") ||
        !addExtension(cert.get(), NID_ext_key_usage, "clientAuth") ||
        !addExtension(cert.get(), NID_subject_key_identifier, "hash") ||
        !addXmppAltNames(cert.get(), request.bareJid.toUtf8(),
                         request.bareJid.section(QLatin1Char('/'), 0, 0).toUtf8()))
        return fail(buildError());

    // EdDSA signs the message itself; the digest argument must be null for it.
    const EVP_MD *md = request.keyType == KeyType::Ed25519 ? nullptr : EVP_sha256();
    if (X509_sign(cert.get(), key.get(), md) <= 0)
        return fail(buildError());

    auto info = parseCertificate(ossl::toDer(cert.get()));
    if (!info)
        return fail(info.error());
    SecretBytes keyPem = ossl::privateKeyPem(key.get());
    if (keyPem.isEmpty())
        return fail(CryptoError{Code::KeyGeneration, ossl::lastError()});
    return DeviceCredential{std::move(info).value(), std::move(keyPem)};
}

QFuture<Result<DeviceCredential, CryptoError>>
createDeviceCredentialAsync(const DeviceCertificateRequest &request)
{
    return QtConcurrent::run([request] {
        const ossl::ThreadStateRelease release; // a pool thread: see ThreadStateRelease
        return createDeviceCredential(request);
    });
}

} // namespace certdeck
