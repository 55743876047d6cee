#pragma once
// Private to certdeck_core. A certificate's fields straight from its DER, without an OpenSSL X509 object:
// building one decodes the public key, which OpenSSL 3.0 does through a fresh decoder context (~0.1 ms, under
// global locks). A listing of thousands of certificates only needs the fields.

#include <QByteArray>

#include <memory>

#include <openssl/x509.h>

namespace certdeck::ossl {

struct LiteCertificate;
struct LiteCertificateDeleter
{
    void operator()(LiteCertificate *cert) const noexcept;
};

class CertificateDer
{
public:
    // The certificate in `der`, checked against the X.509 structure; invalid when it is not one certificate
    // or bytes follow it (then `trailing`, if given, is set).
    [[nodiscard]] static CertificateDer decode(const QByteArray &der, bool *trailing = nullptr);

    [[nodiscard]] bool isValid() const { return m_cert != nullptr; }
    [[nodiscard]] const X509_NAME *subject() const;
    [[nodiscard]] const X509_NAME *issuer() const;
    [[nodiscard]] const ASN1_INTEGER *serialNumber() const;
    [[nodiscard]] const ASN1_TIME *notBefore() const;
    [[nodiscard]] const ASN1_TIME *notAfter() const;
    // The SubjectPublicKeyInfo as encoded (what a key pin hashes), its algorithm, and the key's bits.
    [[nodiscard]] QByteArray subjectPublicKeyInfo() const;
    [[nodiscard]] const X509_ALGOR *keyAlgorithm() const;
    [[nodiscard]] const ASN1_BIT_STRING *publicKey() const;
    // May be null: a certificate without extensions.
    [[nodiscard]] const STACK_OF(X509_EXTENSION) * extensions() const;

private:
    std::unique_ptr<LiteCertificate, LiteCertificateDeleter> m_cert;
};

} // namespace certdeck::ossl
