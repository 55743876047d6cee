#pragma once

#include "crypto/DeviceCertificate.h"
#include "crypto/Pkcs12.h"
#include "crypto/SecretBytes.h"
#include "util/Result.h"

#include <QObject>

#include <functional>

namespace certdeck {

class AccountController;
class AccountStore;
class PasswordStore;

struct EnrollRequest
{
    enum class Method
    {
        NewDeviceP12,        // create key + certificate here, export a password-protected .p12 for the device
        ExistingCertificate, // the device made its own key; upload its certificate
        ThisComputer, // create key + certificate for this computer; the key goes to the system keychain
    };
    Method method = Method::NewDeviceP12;
    QString name;
    KeyType keyType = KeyType::EcP256;
    int validityDays = 365;
    bool mayManage = false; // off: <no-cert-management/> is sent (the server may not enforce it)
    QString p12Path;
    SecretBytes p12Password;
    Pkcs12Format p12Format = Pkcs12Format::Current;
    QString certificatePath;
};

// Enrollment and rotation: the steps in the order that never loses access, each one verified, and every
// failure said in terms of what did not happen.
class DeviceLifecycle final : public QObject
{
    Q_OBJECT
public:
    // Success: one sentence of what was done. Failure: what did not happen, and what state things are in.
    using Done = std::function<void(Result<QString, QString>)>;

    DeviceLifecycle(AccountController *controller, AccountStore *store, PasswordStore *secrets,
                    QObject *parent = nullptr);

    void enroll(EnrollRequest request, QObject *context, Done done);

    // This computer's certificate: new key and certificate, append under a new name, new key to the keychain,
    // then disable the old certificate. A journal lets the next start finish or roll back an interrupted run.
    void rotateOwn(QObject *context, Done done);
    // Finishes or rolls back an interrupted own rotation, judged by a fresh listing. Does nothing without
    // one.
    void resumeOwnRotation(QObject *context, Done done);
    // Another device: its new .p12 is made and the new certificate appended; the old one stays until the
    // person confirms the device has switched.
    void rotateOther(const QString &oldName, const QString &p12Path, const SecretBytes &p12Password,
                     QObject *context, Done done);
    void finishRotation(const QString &oldName, QObject *context, Done done);

    [[nodiscard]] static QString suggestedName(const QString &base, const QDate &month,
                                               const QStringList &taken);
    [[nodiscard]] static QString rotatedName(const QString &oldName, const QDate &month,
                                             const QStringList &taken);
    [[nodiscard]] static QString ownKeyEntry(const QString &jid)
    {
        return jid + QStringLiteral("#device-key");
    }
    [[nodiscard]] static QString stagedKeyEntry(const QString &jid)
    {
        return jid + QStringLiteral("#device-key-next");
    }

Q_SIGNALS:
    void ownCertificateChanged(const QByteArray &sha256);
    void rotationLinksChanged();

private:
    void createThen(const DeviceCertificateRequest &request, QObject *context, Done done,
                    std::function<void(DeviceCredential)> next);
    [[nodiscard]] QStringList takenNames() const;
    void finishOwnRotation(QObject *context, Done done);

    AccountController *m_controller;
    AccountStore *m_store;
    PasswordStore *m_secrets;
};

} // namespace certdeck
