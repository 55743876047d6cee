#include "CertificateInfo.h"

#include "crypto/OpenSslHandles.h"

#include <openssl/core_names.h>
#include <openssl/pem.h>

#include <ctime>

namespace certdeck {
namespace {

QString asn1ToString(const ASN1_STRING *s)
{
    unsigned char *utf8 = nullptr;
    const int len = ASN1_STRING_to_UTF8(&utf8, s);
    if (len < 0)
        return {};
    ossl::OpenSslBytes owner(utf8);
    return QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
}

QString nameToString(const X509_NAME *name)
{
    auto bio = ossl::writableBio();
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    return QString::fromUtf8(ossl::bioContents(bio.get()));
}

QStringList entriesByNid(const X509_NAME *name, int nid)
{
    QStringList out;
    for (int i = X509_NAME_get_index_by_NID(name, nid, -1); i >= 0;
         i = X509_NAME_get_index_by_NID(name, nid, i))
        out << asn1ToString(X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, i)));
    return out;
}

QDateTime toDateTime(const ASN1_TIME *t)
{
    struct tm tm = {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    const QDate date(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
    const QTime time(tm.tm_hour, tm.tm_min, tm.tm_sec);
    return QDateTime(date, time, Qt::UTC);
}

QByteArray digest(const X509 *cert, const EVP_MD *md)
{
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (X509_digest(cert, md, buf, &len) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf), static_cast<qsizetype>(len));
}

void readAltNames(const X509 *cert, CertificateInfo &info)
{
    ossl::GeneralNames names(
        static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr)));
    if (!names)
        return;
    for (int i = 0; i < sk_GENERAL_NAME_num(names.get()); ++i) {
        const GENERAL_NAME *gn = sk_GENERAL_NAME_value(names.get(), i);
        if (gn->type == GEN_EMAIL) {
            info.emailAddresses << asn1ToString(gn->d.rfc822Name);
        } else if (gn->type == GEN_OTHERNAME && OBJ_obj2nid(gn->d.otherName->type_id) == NID_XmppAddr) {
            const ASN1_TYPE *value = gn->d.otherName->value;
            if (value && value->type == V_ASN1_UTF8STRING)
                info.xmppAddresses << asn1ToString(value->value.utf8string);
        }
    }
}

void readKey(const X509 *cert, CertificateInfo &info)
{
    const EVP_PKEY *key = X509_get0_pubkey(cert);
    if (!key)
        return;
    info.keyBits = EVP_PKEY_get_bits(key);
    switch (EVP_PKEY_get_base_id(key)) {
    case EVP_PKEY_RSA:
    case EVP_PKEY_RSA_PSS:
        info.keyAlgorithm = KeyAlgorithm::Rsa;
        break;
    case EVP_PKEY_EC: {
        info.keyAlgorithm = KeyAlgorithm::Ec;
        char group[80] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(key, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group, &len) == 1)
            info.curveName = QString::fromLatin1(group, static_cast<qsizetype>(len));
        break;
    }
    case EVP_PKEY_ED25519:
        info.keyAlgorithm = KeyAlgorithm::Ed25519;
        break;
    case EVP_PKEY_ED448:
        info.keyAlgorithm = KeyAlgorithm::Ed448;
        break;
    default:
        info.keyAlgorithm = KeyAlgorithm::Unknown;
    }
}

ossl::X509Ptr decode(const QByteArray &bytes)
{
    if (bytes.trimmed().startsWith("-----BEGIN")) {
        auto bio = ossl::memoryBio(bytes);
        return ossl::X509Ptr(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    }
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    ossl::X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(bytes.size())));
    // Trailing bytes after the certificate mean this is not one DER certificate.
    if (cert && p != reinterpret_cast<const unsigned char *>(bytes.constData()) + bytes.size())
        return nullptr;
    return cert;
}

} // namespace

QString formatFingerprint(const QByteArray &digestBytes, qsizetype bytes)
{
    const QByteArray part = bytes < 0 ? digestBytes : digestBytes.left(bytes);
    return QString::fromLatin1(part.toHex(':').toUpper());
}

QString CertificateInfo::keyDescription() const
{
    switch (keyAlgorithm) {
    case KeyAlgorithm::Rsa:
        return QStringLiteral("RSA %1").arg(keyBits);
    case KeyAlgorithm::Ec:
        if (curveName == QLatin1String("prime256v1"))
            return QStringLiteral("EC P-256");
        if (curveName == QLatin1String("secp384r1"))
            return QStringLiteral("EC P-384");
        if (curveName == QLatin1String("secp521r1"))
            return QStringLiteral("EC P-521");
        return QStringLiteral("EC %1").arg(curveName.isEmpty() ? QString::number(keyBits) : curveName);
    case KeyAlgorithm::Ed25519:
        return QStringLiteral("Ed25519");
    case KeyAlgorithm::Ed448:
        return QStringLiteral("Ed448");
    case KeyAlgorithm::Unknown:
        break;
    }
    return QStringLiteral("?");
}

QString CertificateInfo::sha256Fingerprint() const
{
    return formatFingerprint(sha256);
}

QString CertificateInfo::shortFingerprint() const
{
    return formatFingerprint(sha256, 8);
}

QByteArray CertificateInfo::pem() const
{
    QByteArray out = "-----BEGIN CERTIFICATE-----\n";
    const QByteArray b64 = der.toBase64();
    for (qsizetype i = 0; i < b64.size(); i += 64)
        out += b64.mid(i, 64) + '\n';
    return out + "-----END CERTIFICATE-----\n";
}

Result<CertificateInfo, CryptoError> parseCertificate(const QByteArray &pemOrDer)
{
    if (pemOrDer.trimmed().isEmpty())
        return fail(CryptoError{CryptoError::Code::Empty, {}});
    const ossl::X509Ptr cert = decode(pemOrDer);
    if (!cert)
        return fail(CryptoError{CryptoError::Code::NotACertificate, ossl::lastError()});

    CertificateInfo info;
    info.der = ossl::toDer(cert.get());
    if (info.der.isEmpty())
        return fail(CryptoError{CryptoError::Code::NotACertificate, ossl::lastError()});

    const X509_NAME *subject = X509_get_subject_name(cert.get());
    info.subject = nameToString(subject);
    info.issuer = nameToString(X509_get_issuer_name(cert.get()));
    const QStringList cns = entriesByNid(subject, NID_commonName);
    info.commonName = cns.value(0);
    info.emailAddresses = entriesByNid(subject, NID_pkcs9_emailAddress);

    if (const ASN1_INTEGER *serial = X509_get0_serialNumber(cert.get())) {
        ossl::Bignum bn(ASN1_INTEGER_to_BN(serial, nullptr));
        if (bn) {
            ossl::OpenSslChars hex(BN_bn2hex(bn.get()));
            if (hex)
                info.serialHex = QString::fromLatin1(hex.get());
        }
    }
    info.notBefore = toDateTime(X509_get0_notBefore(cert.get()));
    info.notAfter = toDateTime(X509_get0_notAfter(cert.get()));
    info.sha256 = digest(cert.get(), EVP_sha256());
    info.sha1 = digest(cert.get(), EVP_sha1());
    readKey(cert.get(), info);
    if (X509_PUBKEY *spki = X509_get_X509_PUBKEY(cert.get())) {
        unsigned char *spkiDer = nullptr;
        const int spkiLen = i2d_X509_PUBKEY(spki, &spkiDer);
        if (spkiLen > 0) {
            ossl::OpenSslBytes owner(spkiDer);
            unsigned char md[EVP_MAX_MD_SIZE];
            unsigned int mdLen = 0;
            if (EVP_Digest(spkiDer, static_cast<size_t>(spkiLen), md, &mdLen, EVP_sha256(), nullptr) == 1)
                info.spkiSha256 =
                    QByteArray(reinterpret_cast<const char *>(md), static_cast<qsizetype>(mdLen));
        }
    }
    readAltNames(cert.get(), info);
    info.emailAddresses.removeDuplicates();

    info.isCa = (X509_get_extension_flags(cert.get()) & EXFLAG_CA) != 0;
    EVP_PKEY *key = X509_get0_pubkey(cert.get());
    // Not X509_check_issued: it also demands keyCertSign, which a device certificate rightly lacks.
    info.selfSigned =
        X509_NAME_cmp(X509_get_subject_name(cert.get()), X509_get_issuer_name(cert.get())) == 0 && key &&
        X509_verify(cert.get(), key) == 1;
    (void)ossl::lastError(); // drop anything the checks above queued
    return info;
}

} // namespace certdeck
