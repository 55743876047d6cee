#include "SecretBytes.h"

#include <openssl/crypto.h>

namespace certdeck {

void cleanse(QByteArray &bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached())
        bytes = QByteArray(); // shared: another owner still holds the data, we only drop our reference
    if (!bytes.isEmpty())
        OPENSSL_cleanse(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

SecretBytes::SecretBytes(QByteArray bytes) : m_bytes(std::move(bytes))
{
    m_bytes.detach();
}

SecretBytes::SecretBytes(const SecretBytes &other) : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept : m_bytes(std::move(other.m_bytes)) {}

SecretBytes &SecretBytes::operator=(const SecretBytes &other)
{
    if (this != &other) {
        clear();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    clear();
}

void SecretBytes::clear()
{
    cleanse(m_bytes);
}

} // namespace certdeck
