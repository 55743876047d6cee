#pragma once
// Reads how a PKCS#12 file is encrypted, with the OpenSSL API, so tests compare parameters instead of the
// text of a command (which changes between OpenSSL releases).

#include <QByteArray>
#include <QList>
#include <QString>

namespace certdeck::test {

struct Pkcs12Bag
{
    QString kind;       // "key" or "certificate"
    QString encryption; // e.g. "PBE-SHA1-3DES", "PBES2/PBKDF2/hmacWithSHA256/AES-256-CBC", "none"
    long iterations = 0;

    bool operator==(const Pkcs12Bag &) const = default;
};

struct Pkcs12Structure
{
    QString macDigest; // e.g. "SHA1", "SHA256"; empty without a MAC
    long macIterations = 0;
    QList<Pkcs12Bag> bags; // in file order
    QString error;         // empty when the file was read with the password
};

[[nodiscard]] Pkcs12Structure inspectPkcs12(const QByteArray &der, const QByteArray &password);

} // namespace certdeck::test
