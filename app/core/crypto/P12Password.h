#pragma once

#include "crypto/CryptoError.h"
#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QString>

namespace certdeck {

// Passwords for the .p12 files that carry a device's key. The rules live here; widgets and the CLI only
// word them.

// What a generated password is made of: lower-case letters and digits without look-alikes (no i, l, o, 0,
// 1), in groups joined by '-'. Easy to type on a phone keyboard, ASCII only.
inline constexpr char generatedPasswordAlphabet[] = "abcdefghjkmnpqrstuvwxyz23456789";
inline constexpr int generatedPasswordGroups = 3;
inline constexpr int generatedPasswordGroupLength = 7;

// The entropy of a generated password in bits (the separators add none): 21 symbols of 31, 104 bits.
[[nodiscard]] double generatedPasswordBits();

// A new password from OpenSSL's CSPRNG (RAND_bytes), every symbol drawn uniformly.
[[nodiscard]] Result<SecretBytes, CryptoError> generateP12Password();

// The shortest password a person may type for a .p12.
inline constexpr int p12MinimumPasswordLength = 8;

// True when every character is printable ASCII. Some readers reject other passwords (Java's keytool says
// "Password is not ASCII"), and phone keyboards may compose accented letters differently.
[[nodiscard]] bool isPortablePassword(const QString &password);

} // namespace certdeck
