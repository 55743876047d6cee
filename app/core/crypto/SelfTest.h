#pragma once

#include "util/Result.h"

#include <QString>

namespace certdeck {

// Known-answer checks of the cryptography Certdeck relies on, run at start-up. A failure means OpenSSL on
// this machine cannot be trusted to make or check keys, and the app must not go on.
//  - SHA-256 of "abc": FIPS 180-2, appendix B.1.
//  - Ed25519 signature of the empty message with RFC 8032, section 7.1, TEST 1 (deterministic, so checkable).
//  - ECDSA P-256 / SHA-256: a fresh key signs and verifies, and a changed message fails (pairwise
//  consistency).
[[nodiscard]] Status<QString> runCryptoSelfTest();

} // namespace certdeck
