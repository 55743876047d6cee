#pragma once

#include "crypto/CryptoError.h"
#include "crypto/DeviceCertificate.h"
#include "crypto/SecretBytes.h"
#include "util/Result.h"

namespace certdeck {

// PBKDF2-SHA256 iterations for the key bag and the MAC. High on purpose: the file travels to a phone.
inline constexpr int pkcs12DefaultIterations = 600000;

// Key + certificate as PKCS#12: key bag AES-256-CBC with PBKDF2-HMAC-SHA256, MAC HMAC-SHA256.
[[nodiscard]] Result<QByteArray, CryptoError> exportPkcs12(const DeviceCredential &credential,
                                                           const SecretBytes &password,
                                                           const QString &friendlyName,
                                                           int iterations = pkcs12DefaultIterations);

// Writes the file atomically with mode 0600: either the whole file is there, or nothing changed.
[[nodiscard]] Status<CryptoError> writePkcs12File(const QString &path, const DeviceCredential &credential,
                                                  const SecretBytes &password, const QString &friendlyName,
                                                  int iterations = pkcs12DefaultIterations);

// Reads a PKCS#12 holding one key and its certificate.
[[nodiscard]] Result<DeviceCredential, CryptoError> importPkcs12(const QByteArray &bytes,
                                                                 const SecretBytes &password);

// Reads a certificate file (PEM or DER).
[[nodiscard]] Result<CertificateInfo, CryptoError> readCertificateFile(const QString &path);

} // namespace certdeck
