#pragma once

#include <QByteArray>

namespace certdeck {

// Bytes that hold a secret (a private key, a password). They are wiped when the object dies.
// Copies are deep, so every copy is wiped on its own.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    SecretBytes(const SecretBytes &other);
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(const SecretBytes &other);
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    ~SecretBytes();

    [[nodiscard]] const QByteArray &bytes() const { return m_bytes; }
    [[nodiscard]] bool isEmpty() const { return m_bytes.isEmpty(); }
    void clear();

private:
    QByteArray m_bytes;
};

// Overwrites the buffer of a QByteArray that nobody else shares.
void cleanse(QByteArray &bytes);

} // namespace certdeck
