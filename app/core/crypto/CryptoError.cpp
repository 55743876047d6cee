#include "CryptoError.h"

#include <QCoreApplication>

namespace certdeck {

QString CryptoError::message() const
{
    switch (code) {
    case Code::Empty:
        return QCoreApplication::translate("CryptoError", "The file or data is empty.");
    case Code::NotACertificate:
        return QCoreApplication::translate("CryptoError",
                                           "This is not an X.509 certificate (neither PEM nor DER).");
    case Code::KeyGeneration:
        return QCoreApplication::translate("CryptoError", "The private key could not be generated.");
    case Code::CertificateBuild:
        return QCoreApplication::translate("CryptoError", "The certificate could not be created.");
    case Code::InvalidRequest:
        return QCoreApplication::translate("CryptoError", "The certificate request is incomplete: %1")
            .arg(detail);
    case Code::WrongPassword:
        return QCoreApplication::translate("CryptoError", "The password is wrong, or the file is damaged.");
    case Code::NotPkcs12:
        return QCoreApplication::translate("CryptoError", "This is not a PKCS#12 (.p12) file.");
    case Code::IncompleteBundle:
        return QCoreApplication::translate("CryptoError",
                                           "The PKCS#12 file must hold one private key and its certificate.");
    case Code::KeyMismatch:
        return QCoreApplication::translate("CryptoError",
                                           "The private key does not belong to the certificate.");
    case Code::FileWrite:
        return QCoreApplication::translate("CryptoError", "The file could not be written: %1").arg(detail);
    case Code::FileRead:
        return QCoreApplication::translate("CryptoError", "The file could not be read: %1").arg(detail);
    case Code::RandomSource:
        return QCoreApplication::translate("CryptoError",
                                           "No secure random numbers are available; no password was made.");
    case Code::ExtraData:
        return QCoreApplication::translate("CryptoError",
                                           "The data holds more than one certificate, or something after the "
                                           "certificate. Give exactly one certificate (PEM or DER).");
    }
    Q_UNREACHABLE();
}

} // namespace certdeck
