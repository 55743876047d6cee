#pragma once
// RAII owners for OpenSSL objects. Private to certdeck_core: nothing outside the core sees OpenSSL.

#include "crypto/SecretBytes.h"

#include <QByteArray>
#include <QString>

#include <memory>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace certdeck::ossl {

inline void freeX509Stack(STACK_OF(X509) * s)
{
    sk_X509_pop_free(s, X509_free);
}
inline void freeOpenSsl(void *p)
{
    OPENSSL_free(p);
}

template<auto FreeFn> struct Deleter
{
    template<typename T> void operator()(T *p) const noexcept { FreeFn(p); }
};

using Bio = std::unique_ptr<BIO, Deleter<BIO_free_all>>;
using Bignum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PKeyCtx = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509_free>>;
using X509Stack = std::unique_ptr<STACK_OF(X509), Deleter<freeX509Stack>>;
using GeneralNames = std::unique_ptr<GENERAL_NAMES, Deleter<GENERAL_NAMES_free>>;
using GeneralName = std::unique_ptr<GENERAL_NAME, Deleter<GENERAL_NAME_free>>;
using Asn1Type = std::unique_ptr<ASN1_TYPE, Deleter<ASN1_TYPE_free>>;
using Asn1String = std::unique_ptr<ASN1_STRING, Deleter<ASN1_STRING_free>>;
using Extension = std::unique_ptr<X509_EXTENSION, Deleter<X509_EXTENSION_free>>;
using Pkcs12 = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using OpenSslChars = std::unique_ptr<char, Deleter<freeOpenSsl>>;
using OpenSslBytes = std::unique_ptr<unsigned char, Deleter<freeOpenSsl>>;

// A read-only memory BIO over bytes that must outlive it.
[[nodiscard]] Bio memoryBio(const QByteArray &bytes);
// An empty writable memory BIO; `secure` keeps its buffer in OpenSSL's secure heap when one is set up.
[[nodiscard]] Bio writableBio(bool secure = false);
// Everything written to a memory BIO.
[[nodiscard]] QByteArray bioContents(BIO *bio);
// DER encoding of a certificate; empty on failure.
[[nodiscard]] QByteArray toDer(X509 *cert);
// PKCS#8 PEM of a private key, kept in the secure heap while OpenSSL builds it; empty on failure.
[[nodiscard]] SecretBytes privateKeyPem(EVP_PKEY *key);
// The last OpenSSL error as text, and clears the queue.
[[nodiscard]] QString lastError();

} // namespace certdeck::ossl
