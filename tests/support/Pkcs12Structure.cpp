#include "Pkcs12Structure.h"

#include <memory>

#include <openssl/objects.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

namespace certdeck::test {
namespace {

template<auto FreeFn> struct Deleter
{
    template<typename T> void operator()(T *p) const noexcept { FreeFn(p); }
};
void freeP7Stack(STACK_OF(PKCS7) * s)
{
    sk_PKCS7_pop_free(s, PKCS7_free);
}
void freeBagStack(STACK_OF(PKCS12_SAFEBAG) * s)
{
    sk_PKCS12_SAFEBAG_pop_free(s, PKCS12_SAFEBAG_free);
}
using P12 = std::unique_ptr<PKCS12, Deleter<PKCS12_free>>;
using P7Stack = std::unique_ptr<STACK_OF(PKCS7), Deleter<freeP7Stack>>;
using BagStack = std::unique_ptr<STACK_OF(PKCS12_SAFEBAG), Deleter<freeBagStack>>;
using Pbe = std::unique_ptr<PBEPARAM, Deleter<PBEPARAM_free>>;
using Pbe2 = std::unique_ptr<PBE2PARAM, Deleter<PBE2PARAM_free>>;
using Pbkdf2 = std::unique_ptr<PBKDF2PARAM, Deleter<PBKDF2PARAM_free>>;

QString shortName(const ASN1_OBJECT *oid)
{
    return QString::fromLatin1(OBJ_nid2sn(OBJ_obj2nid(oid)));
}

template<typename T> T *unpack(const X509_ALGOR *alg, const ASN1_ITEM *item)
{
    int type = 0;
    const void *value = nullptr;
    X509_ALGOR_get0(nullptr, &type, &value, alg);
    return type == V_ASN1_SEQUENCE
               ? static_cast<T *>(ASN1_item_unpack(static_cast<const ASN1_STRING *>(value), item))
               : nullptr;
}

// "PBE-SHA1-3DES" for the PKCS#12 schemes, "PBES2/PBKDF2/<prf>/<cipher>" for PBES2.
QString describe(const X509_ALGOR *alg, long *iterations)
{
    const ASN1_OBJECT *oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, alg);
    if (OBJ_obj2nid(oid) != NID_pbes2) {
        const Pbe pbe(unpack<PBEPARAM>(alg, ASN1_ITEM_rptr(PBEPARAM)));
        *iterations = pbe ? ASN1_INTEGER_get(pbe->iter) : 0;
        return shortName(oid);
    }
    const Pbe2 pbe2(unpack<PBE2PARAM>(alg, ASN1_ITEM_rptr(PBE2PARAM)));
    if (!pbe2)
        return QStringLiteral("PBES2/?");
    const ASN1_OBJECT *kdf = nullptr;
    const ASN1_OBJECT *cipher = nullptr;
    X509_ALGOR_get0(&kdf, nullptr, nullptr, pbe2->keyfunc);
    X509_ALGOR_get0(&cipher, nullptr, nullptr, pbe2->encryption);
    const Pbkdf2 pbkdf2(unpack<PBKDF2PARAM>(pbe2->keyfunc, ASN1_ITEM_rptr(PBKDF2PARAM)));
    QString prf = QStringLiteral("hmacWithSHA1"); // the default when the field is absent
    if (pbkdf2 && pbkdf2->prf) {
        const ASN1_OBJECT *prfOid = nullptr;
        X509_ALGOR_get0(&prfOid, nullptr, nullptr, pbkdf2->prf);
        prf = shortName(prfOid);
    }
    *iterations = pbkdf2 ? ASN1_INTEGER_get(pbkdf2->iter) : 0;
    return QStringLiteral("PBES2/%1/%2/%3").arg(shortName(kdf), prf, shortName(cipher));
}

void addBags(STACK_OF(PKCS12_SAFEBAG) * bags, const QString &containerEncryption, long containerIterations,
             QList<Pkcs12Bag> &out)
{
    for (int i = 0; i < sk_PKCS12_SAFEBAG_num(bags); ++i) {
        const PKCS12_SAFEBAG *bag = sk_PKCS12_SAFEBAG_value(bags, i);
        switch (PKCS12_SAFEBAG_get_nid(bag)) {
        case NID_certBag:
            out.append({QStringLiteral("certificate"), containerEncryption, containerIterations});
            break;
        case NID_pkcs8ShroudedKeyBag: {
            const X509_ALGOR *alg = nullptr;
            X509_SIG_get0(PKCS12_SAFEBAG_get0_pkcs8(bag), &alg, nullptr);
            long iterations = 0;
            const QString encryption = describe(alg, &iterations);
            out.append({QStringLiteral("key"), encryption, iterations});
            break;
        }
        case NID_keyBag:
            out.append({QStringLiteral("key"), QStringLiteral("none"), 0});
            break;
        default:
            out.append({QStringLiteral("other"), containerEncryption, containerIterations});
        }
    }
}

} // namespace

Pkcs12Structure inspectPkcs12(const QByteArray &der, const QByteArray &password)
{
    Pkcs12Structure s;
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    const P12 p12(d2i_PKCS12(nullptr, &p, long(der.size())));
    if (!p12) {
        s.error = QStringLiteral("not PKCS#12");
        return s;
    }
    if (PKCS12_mac_present(p12.get())) {
        const X509_ALGOR *macAlg = nullptr;
        const ASN1_INTEGER *iterations = nullptr;
        PKCS12_get0_mac(nullptr, &macAlg, nullptr, &iterations, p12.get());
        const ASN1_OBJECT *oid = nullptr;
        X509_ALGOR_get0(&oid, nullptr, nullptr, macAlg);
        s.macDigest = shortName(oid);
        s.macIterations = iterations ? ASN1_INTEGER_get(iterations) : 1;
    }
    const P7Stack safes(PKCS12_unpack_authsafes(p12.get()));
    if (!safes) {
        s.error = QStringLiteral("no authenticated safes");
        return s;
    }
    const QByteArray pass = password + '\0';
    for (int i = 0; i < sk_PKCS7_num(safes.get()); ++i) {
        PKCS7 *p7 = sk_PKCS7_value(safes.get(), i);
        switch (OBJ_obj2nid(p7->type)) {
        case NID_pkcs7_data: {
            const BagStack bags(PKCS12_unpack_p7data(p7));
            if (bags)
                addBags(bags.get(), QStringLiteral("none"), 0, s.bags);
            break;
        }
        case NID_pkcs7_encrypted: {
            long iterations = 0;
            const QString encryption = describe(p7->d.encrypted->enc_data->algorithm, &iterations);
            const BagStack bags(PKCS12_unpack_p7encdata(p7, pass.constData(), -1));
            if (!bags) {
                s.error = QStringLiteral("cannot decrypt a bag with the password");
                return s;
            }
            addBags(bags.get(), encryption, iterations, s.bags);
            break;
        }
        default:
            s.error = QStringLiteral("unexpected content type");
            return s;
        }
    }
    return s;
}

} // namespace certdeck::test
