#pragma once

#include <QString>

namespace certdeck {

struct CryptoError
{
    enum class Code
    {
        Empty,            // no bytes at all
        NotACertificate,  // neither PEM nor DER X.509
        KeyGeneration,    // OpenSSL could not make the key
        CertificateBuild, // OpenSSL could not build or sign the certificate
        InvalidRequest,   // the caller asked for something impossible (empty name, bad dates)
        WrongPassword,    // PKCS#12 MAC or decryption failed
        NotPkcs12,        // the file is not PKCS#12
        IncompleteBundle, // PKCS#12 without a key or without a certificate
        KeyMismatch,      // the key does not belong to the certificate
        FileWrite,        // could not write the output file
        FileRead,         // could not read the input file
        RandomSource,     // no secure random numbers (a generated password could not be made)
        ExtraData,        // more than one certificate, or data after it (PEM blocks or DER bytes)
    };
    Code code;
    QString detail; // OpenSSL's or the OS's own words, for the details line

    // One sentence a person can read, translated.
    [[nodiscard]] QString message() const;
};

} // namespace certdeck
