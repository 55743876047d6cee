#pragma once

#include "crypto/CertificateInfo.h"
#include "crypto/CryptoError.h"
#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QString>

namespace certdeck {

enum class KeyType
{
    EcP256,
    Rsa3072,
    Ed25519
};

struct DeviceCertificateRequest
{
    QString deviceName; // becomes the subject CN
    QString
        bareJid; // id-on-xmppAddr and email SAN; "user@host/resource" binds the certificate to one resource
    QDateTime notBefore;
    QDateTime notAfter;
    KeyType keyType = KeyType::EcP256;
};

// A device's new identity: the certificate and its private key (PKCS#8 PEM, unencrypted, wiped on
// destruction).
struct DeviceCredential
{
    CertificateInfo certificate;
    SecretBytes privateKeyPem;
};

// Generates a key and a self-signed client certificate for SASL EXTERNAL. RSA takes a while: call it off the
// GUI thread.
[[nodiscard]] Result<DeviceCredential, CryptoError>
createDeviceCredential(const DeviceCertificateRequest &request);

// The same on a worker thread, so the GUI never waits for RSA key generation.
[[nodiscard]] QFuture<Result<DeviceCredential, CryptoError>>
createDeviceCredentialAsync(const DeviceCertificateRequest &request);

} // namespace certdeck
