#include "CryptoError.h"

#include <QCoreApplication>

namespace certdeck {

QString CryptoError::message() const
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("CryptoError", text); };
    switch (code) {
    case Code::Empty:
        return tr("The file or data is empty.");
    case Code::NotACertificate:
        return tr("This is not an X.509 certificate (neither PEM nor DER).");
    case Code::KeyGeneration:
        return tr("The private key could not be generated.");
    case Code::CertificateBuild:
        return tr("The certificate could not be created.");
    case Code::InvalidRequest:
        return tr("The certificate request is incomplete: %1").arg(detail);
    case Code::WrongPassword:
        return tr("The password is wrong, or the file is damaged.");
    case Code::NotPkcs12:
        return tr("This is not a PKCS#12 (.p12) file.");
    case Code::IncompleteBundle:
        return tr("The PKCS#12 file must hold one private key and its certificate.");
    case Code::KeyMismatch:
        return tr("The private key does not belong to the certificate.");
    case Code::FileWrite:
        return tr("The file could not be written: %1").arg(detail);
    case Code::FileRead:
        return tr("The file could not be read: %1").arg(detail);
    }
    Q_UNREACHABLE();
}

} // namespace certdeck
