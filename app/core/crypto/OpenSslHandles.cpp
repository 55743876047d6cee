#include "crypto/OpenSslHandles.h"

#include <openssl/err.h>
#include <openssl/pem.h>

namespace certdeck::ossl {

Bio memoryBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), static_cast<int>(bytes.size())));
}

Bio writableBio(bool secure)
{
    return Bio(BIO_new(secure ? BIO_s_secmem() : BIO_s_mem()));
}

QByteArray bioContents(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return len > 0 ? QByteArray(data, static_cast<qsizetype>(len)) : QByteArray();
}

QByteArray toDer(X509 *cert)
{
    unsigned char *der = nullptr;
    const int len = i2d_X509(cert, &der);
    if (len <= 0)
        return {};
    OpenSslBytes owner(der);
    return QByteArray(reinterpret_cast<const char *>(der), len);
}

SecretBytes privateKeyPem(EVP_PKEY *key)
{
    Bio bio = writableBio(true);
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return SecretBytes(bioContents(bio.get()));
}

QString lastError()
{
    QString text;
    while (const unsigned long code = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(code, buf, sizeof buf);
        if (!text.isEmpty())
            text += QLatin1String("; ");
        text += QString::fromLatin1(buf);
    }
    return text;
}

} // namespace certdeck::ossl
