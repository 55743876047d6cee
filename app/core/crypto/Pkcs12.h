#pragma once

#include "crypto/CryptoError.h"
#include "crypto/DeviceCertificate.h"
#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <optional>

namespace certdeck {

// How a .p12 is encrypted. Phones read only some encodings and report the others as a wrong password.
enum class Pkcs12Format
{
    // Android 14+, iOS 18+, macOS 15+ and desktops: both bags PBES2 (PBKDF2-HMAC-SHA256, AES-256-CBC),
    // MAC HMAC-SHA256, 600,000 iterations.
    Current,
    // Android 8-13, older iPhones and Macs: both bags PBE-SHA1-3DES, MAC HMAC-SHA1, 2,048 iterations. Their
    // key derivation is weak, so these files get generated passwords only (see pkcs12AllowsOwnPassword).
    OlderPhones,
};

// PBKDF2-SHA256 iterations for the current format. High on purpose: the file travels to a phone.
inline constexpr int pkcs12DefaultIterations = 600000;
// The older phones' count: what their readers are known to take in reasonable time on old hardware. A
// generated password (>= 100 random bits) protects such a file, not the iteration count.
inline constexpr int pkcs12OlderPhonesIterations = 2048;

// Stable names for the command line and JSON: "current", "older-phones".
[[nodiscard]] QString pkcs12FormatKeyword(Pkcs12Format format);
[[nodiscard]] std::optional<Pkcs12Format> pkcs12FormatFromKeyword(const QString &keyword);
// Whether a person may type their own password for this format: only where the key derivation is strong.
[[nodiscard]] bool pkcs12AllowsOwnPassword(Pkcs12Format format);

// Key + certificate as PKCS#12 in the given format. Both bags are encrypted, so the file does not show the
// account's address to someone without the password. `iterations` 0 means the format's own count (tests
// pass a small one to stay quick).
[[nodiscard]] Result<QByteArray, CryptoError>
exportPkcs12(const DeviceCredential &credential, const SecretBytes &password, const QString &friendlyName,
             Pkcs12Format format = Pkcs12Format::Current, int iterations = 0);

// Writes the file atomically with mode 0600: either the whole file is there, or nothing changed.
[[nodiscard]] Status<CryptoError> writePkcs12File(const QString &path, const DeviceCredential &credential,
                                                  const SecretBytes &password, const QString &friendlyName,
                                                  Pkcs12Format format = Pkcs12Format::Current,
                                                  int iterations = 0);

// Reads a PKCS#12 holding one key and its certificate.
[[nodiscard]] Result<DeviceCredential, CryptoError> importPkcs12(const QByteArray &bytes,
                                                                 const SecretBytes &password);

// Reads a certificate file (PEM or DER).
[[nodiscard]] Result<CertificateInfo, CryptoError> readCertificateFile(const QString &path);

} // namespace certdeck
