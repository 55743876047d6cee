#include "crypto/CertificateDer.h"

#include "crypto/OpenSslHandles.h"

// OpenSSL's ASN.1 template macros are C: they cast the C way.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wold-style-cast"
#pragma GCC diagnostic ignored "-Wzero-as-null-pointer-constant"
#pragma GCC diagnostic ignored "-Wcast-align"
#include <openssl/asn1t.h>

namespace certdeck::ossl {

// RFC 5280, section 4.1, with the SubjectPublicKeyInfo kept as algorithm and bits instead of a decoded key.
struct LiteKeyInfo
{
    X509_ALGOR *algorithm;
    ASN1_BIT_STRING *key;
};

struct LiteTbs
{
    ASN1_INTEGER *version;
    ASN1_INTEGER *serialNumber;
    X509_ALGOR *signature;
    X509_NAME *issuer;
    X509_VAL *validity;
    X509_NAME *subject;
    LiteKeyInfo *keyInfo;
    ASN1_BIT_STRING *issuerUniqueId;
    ASN1_BIT_STRING *subjectUniqueId;
    STACK_OF(X509_EXTENSION) * extensions;
};

struct LiteCertificate
{
    LiteTbs *tbs;
    X509_ALGOR *signatureAlgorithm;
    ASN1_BIT_STRING *signature;
};

// clang-format off
ASN1_SEQUENCE(LiteKeyInfo) = {
    ASN1_SIMPLE(LiteKeyInfo, algorithm, X509_ALGOR),
    ASN1_SIMPLE(LiteKeyInfo, key, ASN1_BIT_STRING),
} ASN1_SEQUENCE_END(LiteKeyInfo)

ASN1_SEQUENCE(LiteTbs) = {
    ASN1_EXP_OPT(LiteTbs, version, ASN1_INTEGER, 0),
    ASN1_SIMPLE(LiteTbs, serialNumber, ASN1_INTEGER),
    ASN1_SIMPLE(LiteTbs, signature, X509_ALGOR),
    ASN1_SIMPLE(LiteTbs, issuer, X509_NAME),
    ASN1_SIMPLE(LiteTbs, validity, X509_VAL),
    ASN1_SIMPLE(LiteTbs, subject, X509_NAME),
    ASN1_SIMPLE(LiteTbs, keyInfo, LiteKeyInfo),
    ASN1_IMP_OPT(LiteTbs, issuerUniqueId, ASN1_BIT_STRING, 1),
    ASN1_IMP_OPT(LiteTbs, subjectUniqueId, ASN1_BIT_STRING, 2),
    ASN1_EXP_SEQUENCE_OF_OPT(LiteTbs, extensions, X509_EXTENSION, 3),
} ASN1_SEQUENCE_END(LiteTbs)

ASN1_SEQUENCE(LiteCertificate) = {
    ASN1_SIMPLE(LiteCertificate, tbs, LiteTbs),
    ASN1_SIMPLE(LiteCertificate, signatureAlgorithm, X509_ALGOR),
    ASN1_SIMPLE(LiteCertificate, signature, ASN1_BIT_STRING),
} ASN1_SEQUENCE_END(LiteCertificate)
// clang-format on

#pragma GCC diagnostic pop

                        void LiteCertificateDeleter::operator()(LiteCertificate *cert) const noexcept
{
    ASN1_item_free(reinterpret_cast<ASN1_VALUE *>(cert), ASN1_ITEM_rptr(LiteCertificate));
}

CertificateDer CertificateDer::decode(const QByteArray &der, bool *trailing)
{
    CertificateDer out;
    const auto *start = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = start;
    auto *value = ASN1_item_d2i(nullptr, &p, static_cast<long>(der.size()), ASN1_ITEM_rptr(LiteCertificate));
    out.m_cert.reset(reinterpret_cast<LiteCertificate *>(value));
    if (out.m_cert && p != start + der.size()) {
        out.m_cert.reset(); // trailing bytes: this is not one DER certificate
        if (trailing)
            *trailing = true;
    }
    return out;
}

const X509_NAME *CertificateDer::subject() const
{
    return m_cert->tbs->subject;
}

const X509_NAME *CertificateDer::issuer() const
{
    return m_cert->tbs->issuer;
}

const ASN1_INTEGER *CertificateDer::serialNumber() const
{
    return m_cert->tbs->serialNumber;
}

const ASN1_TIME *CertificateDer::notBefore() const
{
    return m_cert->tbs->validity->notBefore;
}

const ASN1_TIME *CertificateDer::notAfter() const
{
    return m_cert->tbs->validity->notAfter;
}

QByteArray CertificateDer::subjectPublicKeyInfo() const
{
    unsigned char *der = nullptr;
    const int len = ASN1_item_i2d(reinterpret_cast<ASN1_VALUE *>(m_cert->tbs->keyInfo), &der,
                                  ASN1_ITEM_rptr(LiteKeyInfo));
    if (len <= 0)
        return {};
    OpenSslBytes owner(der);
    return QByteArray(reinterpret_cast<const char *>(der), len);
}

const X509_ALGOR *CertificateDer::keyAlgorithm() const
{
    return m_cert->tbs->keyInfo->algorithm;
}

const ASN1_BIT_STRING *CertificateDer::publicKey() const
{
    return m_cert->tbs->keyInfo->key;
}

const STACK_OF(X509_EXTENSION) * CertificateDer::extensions() const
{
    return m_cert->tbs->extensions;
}

} // namespace certdeck::ossl
