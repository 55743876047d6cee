#include "OwnCredential.h"

#include "storage/PasswordStore.h"

namespace certdeck {
namespace {

constexpr char certificateBegin[] = "-----BEGIN CERTIFICATE-----";
constexpr char certificateEnd[] = "-----END CERTIFICATE-----";

} // namespace

QString ownCredentialText(const DeviceCredential &credential)
{
    QByteArray pem = credential.certificate.der.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < pem.size(); i += 64)
        lines += pem.mid(i, 64) + '\n';
    QByteArray text = credential.privateKeyPem.bytes();
    if (!text.endsWith('\n'))
        text += '\n';
    text += QByteArray(certificateBegin) + '\n' + lines + certificateEnd + '\n';
    const QString out = QString::fromLatin1(text);
    cleanse(text);
    return out;
}

std::optional<DeviceCredential> parseOwnCredential(const QString &text)
{
    QByteArray bytes = text.toLatin1();
    const qsizetype begin = bytes.indexOf(certificateBegin);
    const qsizetype end = begin < 0 ? -1 : bytes.indexOf(certificateEnd, begin);
    std::optional<DeviceCredential> out;
    if (begin > 0 && end > begin) {
        auto certificate =
            parseCertificate(bytes.mid(begin, end - begin + qsizetype(sizeof certificateEnd) - 1));
        if (certificate)
            out = DeviceCredential{std::move(certificate).value(), SecretBytes(bytes.left(begin))};
    }
    cleanse(bytes);
    return out;
}

void loadOwnCredential(PasswordStore *store, const QString &jid, QObject *context,
                       std::function<void(std::optional<DeviceCredential>)> done)
{
    store->read(ownKeyEntry(jid), context, [done](Result<QString, KeychainError> entry) {
        done(entry ? parseOwnCredential(*entry) : std::nullopt);
    });
}

} // namespace certdeck
