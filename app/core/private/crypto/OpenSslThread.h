#pragma once
// OpenSSL's per-thread state on threads Certdeck does not own. Private to certdeck_core.

#include <openssl/crypto.h>

namespace certdeck::ossl {

// Frees the calling thread's OpenSSL state (error queue, per-thread random generators) when the scope ends;
// OpenSSL makes it again on the next call. Work on pool threads ends with one of these: OpenSSL otherwise
// frees that state only when the thread exits, through keys that OPENSSL_cleanup() deletes at process exit,
// and Qt's pool threads end at or after that moment (detached, so a wait does not cover the key
// destructors), which left each pool thread's state behind for LeakSanitizer.
class ThreadStateRelease
{
public:
    ThreadStateRelease() = default;
    ~ThreadStateRelease() { OPENSSL_thread_stop(); }
    ThreadStateRelease(const ThreadStateRelease &) = delete;
    ThreadStateRelease &operator=(const ThreadStateRelease &) = delete;
};

} // namespace certdeck::ossl
