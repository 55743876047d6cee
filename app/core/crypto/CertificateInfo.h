#pragma once

#include "crypto/CryptoError.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QStringList>

namespace certdeck {

enum class KeyAlgorithm
{
    Unknown,
    Rsa,
    Ec,
    Ed25519,
    Ed448
};

// Everything Certdeck lists about one X.509 certificate, read once with OpenSSL. The public key is described
// from its encoding, not decoded: see hasValidSelfSignature() for the one question that needs it.
struct CertificateInfo
{
    QByteArray der;
    QString subject; // RFC 2253 one-line form
    QString issuer;
    QString commonName;
    QString serialHex;
    QDateTime notBefore; // UTC
    QDateTime notAfter;  // UTC
    KeyAlgorithm keyAlgorithm = KeyAlgorithm::Unknown;
    int keyBits = 0;
    QString curveName; // for EC keys, e.g. "prime256v1"
    // The certificate's identity: digests of its canonical DER, the encoding OpenSSL writes for it after
    // reading it (i2d of d2i), which is what Prosody stores, compares at SASL EXTERNAL and at revoke. Two
    // byte strings that decode to the same certificate have the same identity.
    QByteArray sha256;
    QByteArray sha1;
    QByteArray spkiSha256;      // digest of the SubjectPublicKeyInfo: what a key pin compares
    QStringList xmppAddresses;  // subjectAltName otherName id-on-xmppAddr
    QStringList emailAddresses; // subjectAltName rfc822Name and subject emailAddress
    bool selfIssued = false;    // subject and issuer are the same name (the signature is not checked here)
    bool isCa = false;

    // "EC P-256", "RSA 3072", "Ed25519".
    [[nodiscard]] QString keyDescription() const;
    // "AB:CD:…" of the full SHA-256, and the first eight bytes for tables.
    [[nodiscard]] QString sha256Fingerprint() const;
    [[nodiscard]] QString shortFingerprint() const;
    [[nodiscard]] QByteArray pem() const;
};

[[nodiscard]] QString formatFingerprint(const QByteArray &digest, qsizetype bytes = -1);

// Reads one certificate from PEM (first CERTIFICATE block) or DER bytes.
[[nodiscard]] Result<CertificateInfo, CryptoError> parseCertificate(const QByteArray &pemOrDer);

// Reads a certificate as a server that accepted it did: the first certificate in `der`, bytes after it
// ignored (OpenSSL's d2i, as Prosody loads it). `der` of the result is the canonical encoding; `trailing`
// tells whether the bytes differed from it (extra bytes, or another encoding of the same certificate).
[[nodiscard]] Result<CertificateInfo, CryptoError> parseListedCertificate(const QByteArray &der,
                                                                          bool *differs = nullptr);

// Whether the DER certificate is self-signed: its issuer is its subject and its own key verifies its
// signature. Decodes the key and checks the signature (~0.2 ms), so it is asked for one certificate at a
// time.
[[nodiscard]] bool hasValidSelfSignature(const QByteArray &der);

} // namespace certdeck
