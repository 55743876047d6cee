#pragma once

#include "crypto/DeviceCertificate.h"
#include "crypto/Pkcs12.h"
#include "crypto/SecretBytes.h"
#include "workflow/WorkflowOutcome.h"

#include <QObject>

#include <functional>

namespace certdeck {

class AccountSession;
class AccountStore;
class ActivityLog;
class CertificateChanges;
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
    QByteArray certificateDer; // ExistingCertificate: already read and checked (else read from the path)
    // NewDeviceP12: called once the .p12 is written, before anything is sent; false stops the enroll and
    // removes the file (the CLI hands its generated password over here).
    std::function<bool()> beforeUpload;
};

// Enrollment, rotation and removal: the steps in the order that never loses access, each one verified. The
// window and the command line both call this and render its outcome; it knows no widgets and no model.
class DeviceWorkflow final : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(WorkflowOutcome)>;
    using ListingSource = std::function<ItemsListing()>;

    DeviceWorkflow(CertificateChanges *service, AccountSession *session, QObject *parent = nullptr);
    // The window's settings and keychain: needed for this computer's certificate and for rotations. The
    // CLI, which has neither, enrolls other devices and removes certificates only.
    void setStorage(AccountStore *store, PasswordStore *secrets);
    // The account's current listing, for names in use and rotations; without it the service's own checks
    // before sending still refuse a name in use.
    void setListing(ListingSource listing) { m_listing = std::move(listing); }
    // Each rotation gets one "rotate" entry there, besides the entries of its steps (append, disable).
    void setActivityLog(ActivityLog *log) { m_log = log; }

    void enroll(EnrollRequest request, QObject *context, Done done);
    // Removes every entry of the named certificate; `expectedSha256` makes it a retry (see
    // CertificateService).
    void disable(const QString &name, QObject *context, Done done, const QString &expectedSha256 = {});
    void revoke(const QString &name, QObject *context, Done done, const QString &expectedSha256 = {});

    // This computer's certificate: new key and certificate, append under a new name, new key to the keychain,
    // then disable the old certificate. A journal lets the next start finish or roll back an interrupted run.
    void rotateOwn(QObject *context, Done done);
    // Finishes or rolls back an interrupted own rotation, judged by the listing. NothingToResume without one,
    // and while a rotation of this computer is still running (that one reports).
    void resumeOwnRotation(QObject *context, Done done);
    // This computer's rotation is running (started or resumed, not yet reported): a second one is refused.
    [[nodiscard]] bool ownRotationRunning() const { return m_ownRotation != nullptr; }
    // Another device: its new .p12 is made, in the encoding its last one had, and the new certificate
    // appended; the old one stays until the person confirms the device has switched.
    void rotateOther(const QString &oldName, const QString &p12Path, const SecretBytes &p12Password,
                     QObject *context, Done done);
    void finishRotation(const QString &oldName, QObject *context, Done done);
    // The encoding a device's new .p12 gets when it is rotated: the one its certificate's .p12 was made in
    // (current when Certdeck did not make it).
    [[nodiscard]] Pkcs12Format rotationFormat(const QString &name) const;

    [[nodiscard]] static QString suggestedName(const QString &base, const QDate &month,
                                               const QStringList &taken);
    [[nodiscard]] static QString rotatedName(const QString &oldName, const QDate &month,
                                             const QStringList &taken);
    // The name a rotation of `oldName` started now gives the new certificate ("Phone · 2026-12 (2)" when
    // "Phone · 2026-12" is taken).
    [[nodiscard]] QString rotatedNameFor(const QString &oldName) const;

Q_SIGNALS:
    void ownCertificateChanged(const QByteArray &sha256);
    void rotationLinksChanged();

private:
    void createThen(const DeviceCertificateRequest &request, QObject *context, Done done,
                    WorkflowOutcome::Details details, std::function<void(DeviceCredential)> next);
    void enrollToFile(EnrollRequest request, const DeviceCertificateRequest &certRequest, QObject *context,
                      Done done);
    void enrollThisComputer(const DeviceCertificateRequest &certRequest, bool noManagement, QObject *context,
                            Done done);
    void remove(ChangeReport::Action action, const QString &name, QObject *context, Done done,
                const QString &expectedSha256);
    [[nodiscard]] ItemsListing listing() const;
    [[nodiscard]] QStringList takenNames() const;
    [[nodiscard]] QString jid() const;
    void finishOwnRotation(QObject *context, Done done);
    // `done`, marking this computer's rotation as running until it is called or dropped.
    [[nodiscard]] Done runningOwnRotation(Done done);
    // `done`, after the rotation's outcome is recorded in the activity log.
    [[nodiscard]] Done recorded(Done done);

    CertificateChanges *m_service;
    AccountSession *m_session;
    AccountStore *m_store = nullptr;
    PasswordStore *m_secrets = nullptr;
    ListingSource m_listing;
    ActivityLog *m_log = nullptr;
    // The running own rotation's guard (see runningOwnRotation), or null: only that run may clear it, so a
    // late copy of an older run's callback cannot end a newer run.
    const void *m_ownRotation = nullptr;
};

} // namespace certdeck
