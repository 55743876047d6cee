#include "OpenSslHandles.h"

#include <openssl/err.h>

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
