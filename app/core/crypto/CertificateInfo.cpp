#include "CertificateInfo.h"

#include "crypto/CertificateDer.h"
#include "crypto/OpenSslHandles.h"
#include "util/Clock.h"

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
    return utcDateTime(date, time);
}

// Fetched once: EVP_sha256() and friends would look the implementation up again at every digest.
const EVP_MD *sha256()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    return md;
}

const EVP_MD *sha1()
{
    static EVP_MD *const md = EVP_MD_fetch(nullptr, "SHA1", nullptr);
    return md;
}

QByteArray digest(const QByteArray &bytes, const EVP_MD *md)
{
    if (!md)
        return {};
    unsigned char buf[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(bytes.constData(), static_cast<size_t>(bytes.size()), buf, &len, md, nullptr) != 1)
        return {};
    return QByteArray(reinterpret_cast<const char *>(buf), static_cast<qsizetype>(len));
}

void readAltNames(const STACK_OF(X509_EXTENSION) * extensions, CertificateInfo &info)
{
    ossl::GeneralNames names(
        static_cast<GENERAL_NAMES *>(X509V3_get_d2i(extensions, NID_subject_alt_name, nullptr, nullptr)));
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

// The modulus length of a DER RSAPublicKey, SEQUENCE { INTEGER modulus, INTEGER exponent }, in bits.
int rsaModulusBits(const unsigned char *der, long size)
{
    const unsigned char *p = der;
    long len = 0;
    int tag = 0;
    int cls = 0;
    if ((ASN1_get_object(&p, &len, &tag, &cls, size) & 0x80) != 0 || tag != V_ASN1_SEQUENCE)
        return 0;
    if ((ASN1_get_object(&p, &len, &tag, &cls, der + size - p) & 0x80) != 0 || tag != V_ASN1_INTEGER)
        return 0;
    while (len > 0 && *p == 0) { // a positive INTEGER may start with a zero byte
        ++p;
        --len;
    }
    if (len <= 0)
        return 0;
    int top = 0;
    for (unsigned v = *p; v != 0; v >>= 1)
        ++top;
    return static_cast<int>((len - 1) * 8) + top;
}

// The key's algorithm and size, read from the SubjectPublicKeyInfo as it is encoded. Decoding the key into an
// EVP_PKEY would cost OpenSSL 3.0 about 0.1 ms per certificate (a decoder context each time), which is most
// of the time a listing of thousands of certificates takes.
void readKey(const X509_ALGOR *algorithmId, const ASN1_BIT_STRING *publicKey, CertificateInfo &info)
{
    const ASN1_OBJECT *algorithm = nullptr;
    int paramType = 0;
    const void *paramValue = nullptr;
    X509_ALGOR_get0(&algorithm, &paramType, &paramValue, algorithmId);
    const unsigned char *key = ASN1_STRING_get0_data(publicKey);
    const int keyLen = ASN1_STRING_length(publicKey);
    switch (OBJ_obj2nid(algorithm)) {
    case NID_rsaEncryption:
    case NID_rsassaPss:
        info.keyAlgorithm = KeyAlgorithm::Rsa;
        info.keyBits = rsaModulusBits(key, keyLen);
        break;
    case NID_X9_62_id_ecPublicKey: {
        info.keyAlgorithm = KeyAlgorithm::Ec;
        if (paramType != V_ASN1_OBJECT) // explicit curve parameters: size from the point only
            break;
        const int curve = OBJ_obj2nid(static_cast<const ASN1_OBJECT *>(paramValue));
        if (const char *name = OBJ_nid2sn(curve); curve != NID_undef && name)
            info.curveName = QString::fromLatin1(name);
        switch (curve) {
        case NID_X9_62_prime256v1:
            info.keyBits = 256;
            break;
        case NID_secp384r1:
            info.keyBits = 384;
            break;
        case NID_secp521r1:
            info.keyBits = 521;
            break;
        default: // an uncompressed point holds two coordinates of the field size
            info.keyBits = keyLen > 1 && key[0] == 4 ? (keyLen - 1) / 2 * 8 : 0;
        }
        break;
    }
    case NID_ED25519:
        info.keyAlgorithm = KeyAlgorithm::Ed25519;
        info.keyBits = 256;
        break;
    case NID_ED448:
        info.keyAlgorithm = KeyAlgorithm::Ed448;
        info.keyBits = 456;
        break;
    default:
        info.keyAlgorithm = KeyAlgorithm::Unknown;
    }
}

bool isCaCertificate(const STACK_OF(X509_EXTENSION) * extensions)
{
    auto *bc =
        static_cast<BASIC_CONSTRAINTS *>(X509V3_get_d2i(extensions, NID_basic_constraints, nullptr, nullptr));
    const bool ca = bc && bc->ca;
    BASIC_CONSTRAINTS_free(bc);
    return ca;
}

// A full OpenSSL X509, public key decoded: only for the signature check. Nothing may follow the certificate.
ossl::X509Ptr decodeFull(const QByteArray &der)
{
    const auto *start = reinterpret_cast<const unsigned char *>(der.constData());
    const unsigned char *p = start;
    ossl::X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(der.size())));
    if (cert && p != start + der.size())
        return nullptr;
    return cert;
}

// PEM or DER, as DER. One rule for both: exactly one certificate and nothing after it. PEM may be preceded by
// explanatory text (`openssl pkcs12` writes "Bag Attributes" lines there); DER with trailing bytes is refused
// by CertificateDer::decode. `extra` is set when a PEM file holds another block or data after the END line.
QByteArray toDerBytes(const QByteArray &bytes, bool *extra)
{
    static const QByteArray begin("-----BEGIN ");
    static const QByteArray end("-----END CERTIFICATE-----");
    const qsizetype first = bytes.indexOf(begin);
    if (first < 0)
        return bytes;
    const qsizetype endAt = bytes.indexOf(end, first);
    if (bytes.indexOf(begin, first + 1) >= 0 || endAt < 0 ||
        !bytes.mid(endAt + end.size()).trimmed().isEmpty()) {
        *extra = endAt >= 0;
        return {};
    }
    const QByteArray pem = bytes.mid(first); // the BIO reads this buffer in place: it must outlive the BIO
    auto bio = ossl::memoryBio(pem);
    unsigned char *data = nullptr;
    long len = 0;
    char *name = nullptr;
    if (!bio || PEM_bytes_read_bio(&data, &len, &name, PEM_STRING_X509, bio.get(), nullptr, nullptr) != 1)
        return {};
    ossl::OpenSslBytes dataOwner(data);
    ossl::OpenSslChars nameOwner(name);
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(len));
}

// The certificate as OpenSSL writes it after reading the first one in `bytes` (trailing bytes ignored): the
// form a server that loads certificates with OpenSSL stores and compares. Empty if no certificate starts
// there.
QByteArray canonicalDer(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const ossl::X509Ptr cert(d2i_X509(nullptr, &p, static_cast<long>(bytes.size())));
    if (!cert)
        return {};
    unsigned char *out = nullptr;
    const int len = i2d_X509(cert.get(), &out);
    if (len <= 0)
        return {};
    const ossl::OpenSslBytes owner(out);
    return QByteArray(reinterpret_cast<const char *>(out), len);
}

} // namespace

QString formatFingerprint(const QByteArray &digestBytes, qsizetype bytes)
{
    const qsizetype count = bytes < 0 ? digestBytes.size() : qMin(bytes, digestBytes.size());
    if (count <= 0)
        return {};
    // "AB:CD:…" written in place: tables and the search text format thousands of these.
    static constexpr char hex[] = "0123456789ABCDEF";
    QString out(count * 3 - 1, QLatin1Char(':'));
    QChar *d = out.data();
    for (qsizetype i = 0; i < count; ++i) {
        const auto byte = static_cast<unsigned char>(digestBytes.at(i));
        d[i * 3] = QLatin1Char(hex[byte >> 4]);
        d[i * 3 + 1] = QLatin1Char(hex[byte & 0xF]);
    }
    return out;
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
    bool extra = false;
    const QByteArray der = toDerBytes(pemOrDer, &extra);
    const auto cert = der.isEmpty() ? ossl::CertificateDer() : ossl::CertificateDer::decode(der, &extra);
    if (extra)
        return fail(CryptoError{CryptoError::Code::ExtraData, {}});
    if (!cert.isValid())
        return fail(CryptoError{CryptoError::Code::NotACertificate, ossl::lastError()});

    CertificateInfo info;
    info.der = der;
    const X509_NAME *subject = cert.subject();
    info.subject = nameToString(subject);
    info.selfIssued = X509_NAME_cmp(subject, cert.issuer()) == 0;
    info.issuer = info.selfIssued ? info.subject : nameToString(cert.issuer());
    const QStringList cns = entriesByNid(subject, NID_commonName);
    info.commonName = cns.value(0);
    info.emailAddresses = entriesByNid(subject, NID_pkcs9_emailAddress);

    if (const ASN1_INTEGER *serial = cert.serialNumber()) {
        ossl::Bignum bn(ASN1_INTEGER_to_BN(serial, nullptr));
        if (bn) {
            ossl::OpenSslChars hex(BN_bn2hex(bn.get()));
            if (hex)
                info.serialHex = QString::fromLatin1(hex.get());
        }
    }
    info.notBefore = toDateTime(cert.notBefore());
    info.notAfter = toDateTime(cert.notAfter());
    const QByteArray canonical = canonicalDer(der);
    if (canonical.isEmpty())
        return fail(CryptoError{CryptoError::Code::NotACertificate, ossl::lastError()});
    info.sha256 = digest(canonical, sha256());
    info.sha1 = digest(canonical, sha1());
    readKey(cert.keyAlgorithm(), cert.publicKey(), info);
    info.spkiSha256 = digest(cert.subjectPublicKeyInfo(), sha256());
    readAltNames(cert.extensions(), info);
    info.emailAddresses.removeDuplicates();
    info.isCa = isCaCertificate(cert.extensions());
    (void)ossl::lastError(); // drop anything the reads above queued
    return info;
}

Result<CertificateInfo, CryptoError> parseListedCertificate(const QByteArray &der, bool *differs)
{
    const QByteArray canonical = canonicalDer(der);
    if (canonical.isEmpty())
        return fail(CryptoError{CryptoError::Code::NotACertificate, ossl::lastError()});
    if (differs)
        *differs = canonical != der;
    return parseCertificate(canonical);
}

bool hasValidSelfSignature(const QByteArray &der)
{
    const ossl::X509Ptr cert = decodeFull(der);
    EVP_PKEY *key = cert ? X509_get0_pubkey(cert.get()) : nullptr;
    // Not X509_check_issued: it also demands keyCertSign, which a device certificate rightly lacks.
    const bool valid =
        key && X509_NAME_cmp(X509_get_subject_name(cert.get()), X509_get_issuer_name(cert.get())) == 0 &&
        X509_verify(cert.get(), key) == 1;
    (void)ossl::lastError();
    return valid;
}

} // namespace certdeck
