#include "P12Password.h"

#include <QByteArray>

#include <openssl/crypto.h>
#include <openssl/rand.h>

#include <array>
#include <cmath>

namespace certdeck {
namespace {

constexpr int alphabetSize = int(sizeof generatedPasswordAlphabet) - 1;
static_assert(alphabetSize == 31, "the alphabet lost or gained a symbol");
// Random bytes at or above this would favour the first symbols; they are drawn again.
constexpr int acceptBelow = 256 - 256 % alphabetSize;

} // namespace

double generatedPasswordBits()
{
    return generatedPasswordGroups * generatedPasswordGroupLength * std::log2(double(alphabetSize));
}

Result<SecretBytes, CryptoError> generateP12Password()
{
    constexpr int symbols = generatedPasswordGroups * generatedPasswordGroupLength;
    QByteArray password(symbols + generatedPasswordGroups - 1, '-');
    std::array<unsigned char, 64> random{};
    std::size_t used = random.size();
    int written = 0;
    for (int i = 0; i < symbols;) {
        if (used == random.size()) {
            if (RAND_bytes(random.data(), int(random.size())) != 1) {
                OPENSSL_cleanse(random.data(), random.size());
                cleanse(password);
                return fail(CryptoError{CryptoError::Code::RandomSource, {}});
            }
            used = 0;
        }
        const unsigned char byte = random[used++];
        if (byte >= acceptBelow)
            continue;
        if (i > 0 && i % generatedPasswordGroupLength == 0)
            ++written; // keep the separator
        password[written++] = generatedPasswordAlphabet[byte % alphabetSize];
        ++i;
    }
    OPENSSL_cleanse(random.data(), random.size());
    return SecretBytes(std::move(password));
}

bool isPortablePassword(const QString &password)
{
    for (const QChar c : password)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

} // namespace certdeck
