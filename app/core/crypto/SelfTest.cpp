#include "SelfTest.h"

#include "crypto/OpenSslHandles.h"

#include <QCoreApplication>

namespace certdeck {
namespace {

using MdCtx = std::unique_ptr<EVP_MD_CTX, ossl::Deleter<EVP_MD_CTX_free>>;

QString failure(const char *what)
{
    return QCoreApplication::translate("SelfTest",
                                       "The cryptography self-test failed (%1). Certdeck cannot safely "
                                       "create or check keys on this system.")
        .arg(QString::fromLatin1(what));
}

bool sha256Abc()
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    const char msg[] = "abc";
    return EVP_Digest(msg, 3, md, &len, EVP_sha256(), nullptr) == 1 &&
           QByteArray(reinterpret_cast<const char *>(md), int(len)) ==
               QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

bool ed25519Rfc8032Test1()
{
    const QByteArray secret =
        QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    const QByteArray expected = QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065"
                                                    "224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe"
                                                    "24655141438e7a100b");
    ossl::PKey key(EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr,
                                                reinterpret_cast<const unsigned char *>(secret.constData()),
                                                size_t(secret.size())));
    MdCtx ctx(EVP_MD_CTX_new());
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) != 1)
        return false;
    unsigned char sig[64];
    size_t sigLen = sizeof sig;
    const unsigned char empty = 0;
    if (EVP_DigestSign(ctx.get(), sig, &sigLen, &empty, 0) != 1)
        return false;
    return QByteArray(reinterpret_cast<const char *>(sig), int(sigLen)) == expected;
}

bool ecdsaPairwise()
{
    ossl::PKey key(EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256"));
    if (!key)
        return false;
    const QByteArray message("Certdeck self-test");
    MdCtx sign(EVP_MD_CTX_new());
    unsigned char sig[128];
    size_t sigLen = sizeof sig;
    if (!sign || EVP_DigestSignInit(sign.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1 ||
        EVP_DigestSign(sign.get(), sig, &sigLen, reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1)
        return false;
    const auto verify = [&](const QByteArray &m) {
        MdCtx ctx(EVP_MD_CTX_new());
        return ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1 &&
               EVP_DigestVerify(ctx.get(), sig, sigLen,
                                reinterpret_cast<const unsigned char *>(m.constData()),
                                size_t(m.size())) == 1;
    };
    const bool good = verify(message);
    const bool tampered = verify(QByteArray("Certdeck self-tesT"));
    (void)ossl::lastError();
    return good && !tampered;
}

} // namespace

Status<QString> runCryptoSelfTest()
{
    if (!sha256Abc())
        return fail(failure("SHA-256"));
    if (!ed25519Rfc8032Test1())
        return fail(failure("Ed25519"));
    if (!ecdsaPairwise())
        return fail(failure("ECDSA P-256"));
    return Success{};
}

} // namespace certdeck
