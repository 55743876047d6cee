#include "OutcomeText.h"

#include "model/ProofText.h"

#include <QCoreApplication>

namespace certdeck {

// The translation context of these words; it keeps the name of the class that said them before the
// workflow layer, so their translations still apply.
class DeviceLifecycle
{
    Q_DECLARE_TR_FUNCTIONS(certdeck::DeviceLifecycle)
};

namespace {

using Kind = WorkflowOutcome::Kind;
using What = WorkflowOutcome::What;

QString errorText(const WorkflowOutcome::Details &d)
{
    return d.error ? d.error->message() : QString();
}

} // namespace

QString outcomeText(const WorkflowOutcome &o)
{
    const WorkflowOutcome::Details &d = o.details;
    const bool unconfirmed = o.kind == Kind::SentNotConfirmed;
    switch (o.what) {
    case What::Enrolled:
        return DeviceLifecycle::tr("“%1” was added and verified in a fresh list.").arg(d.name);
    case What::EnrolledToFile:
        return DeviceLifecycle::tr("“%1” was added and verified; its key and certificate are in %2.")
            .arg(d.name, d.p12Path);
    case What::EnrolledThisComputer:
        return DeviceLifecycle::tr(
                   "“%1” is this computer's certificate, added and verified; its key is in the system "
                   "keychain.")
            .arg(d.name);
    case What::RotatedOwn:
        return DeviceLifecycle::tr("Rotated: “%1” replaces “%2”, which is disabled.")
            .arg(d.newName, d.oldName);
    case What::RotatedOwnFromNextLogin:
        return DeviceLifecycle::tr("“%1” is this computer's certificate from the next login on; “%2” will be "
                                   "disabled once “%1” has logged in.")
            .arg(d.newName, d.oldName);
    case What::NothingToResume:
        return {};
    case What::NothingToFinish:
        return DeviceLifecycle::tr("No rotation to finish.");
    case What::RolledBack:
        return DeviceLifecycle::tr(
                   "An interrupted rotation was rolled back; “%1” is still this computer's certificate.")
            .arg(d.oldName);
    case What::RotationStarted:
        return DeviceLifecycle::tr(
                   "“%1” is ready in %2. Install it on the device, then choose “Finish rotation” to disable "
                   "“%3”.")
            .arg(d.newName, d.p12Path, d.oldName);
    case What::RotationFinished:
        return DeviceLifecycle::tr("Rotation finished: “%1” is disabled, “%2” is in use.")
            .arg(d.oldName, d.newName);
    case What::Removed:
        return d.report ? proofText(*d.report) : QString();
    case What::NameMissing:
        return DeviceLifecycle::tr("Choose a name for the device.");
    case What::NameTaken:
        return DeviceLifecycle::tr("A device named “%1” already exists; nothing was sent.").arg(d.name);
    case What::CertificateUnusable:
        return DeviceLifecycle::tr("%1 cannot be used: %2").arg(d.p12Path, d.reason);
    case What::KeyNotCreated:
        return DeviceLifecycle::tr("No key was created, nothing was uploaded: %1").arg(d.reason);
    case What::FileExists:
        return DeviceLifecycle::tr("%1 already exists; choose another file name. Nothing was sent.")
            .arg(d.p12Path);
    case What::FileNotWritten:
        return DeviceLifecycle::tr("The .p12 file was not written (%1); nothing was uploaded.").arg(d.reason);
    case What::HandOverFailed:
        return DeviceLifecycle::tr("Nothing was added; %1 was removed.").arg(d.p12Path);
    case What::KeychainNotStored:
        return DeviceLifecycle::tr(
                   "The key could not be stored in the system keychain (%1); nothing was uploaded.")
            .arg(d.reason);
    case What::NotAdded:
        if (!d.p12Path.isEmpty())
            return unconfirmed ? DeviceLifecycle::tr(
                                     "“%1” may or may not have been added (%2). %3 was kept; check the list.")
                                     .arg(d.name, errorText(d), d.p12Path)
                               : DeviceLifecycle::tr("“%1” was not added: %2 The .p12 file was removed.")
                                     .arg(d.name, errorText(d));
        if (unconfirmed && d.error)
            return notConfirmedText(ChangeReport::Action::Append, d.name, *d.error);
        return DeviceLifecycle::tr("“%1” was not added: %2").arg(d.name, errorText(d));
    case What::NoOwnCertificate:
        return DeviceLifecycle::tr("This computer has no certificate on the account to rotate.");
    case What::OwnRotationRunning:
        return DeviceLifecycle::tr("This computer's certificate is being rotated already; wait for that to "
                                   "finish.");
    case What::StagedKeyNotStored:
        return DeviceLifecycle::tr("The new key could not be stored in the keychain (%1); nothing changed.")
            .arg(d.reason);
    case What::NewNotAdded:
        return unconfirmed ? DeviceLifecycle::tr(
                                 "The rotation was interrupted (%1); it will be finished or rolled back "
                                 "automatically.")
                                 .arg(errorText(d))
                           : DeviceLifecycle::tr(
                                 "The new certificate was not added (%1); the old one is still in use.")
                                 .arg(errorText(d));
    case What::StagedKeyMissing:
        return DeviceLifecycle::tr(
                   "The new key is not in the keychain (%1); the old certificate stays enabled.")
            .arg(d.reason);
    case What::KeychainRefusedKey:
        return DeviceLifecycle::tr(
                   "The keychain refused the new key (%1); the old certificate stays enabled.")
            .arg(d.reason);
    case What::OldNotDisabled:
        return DeviceLifecycle::
            tr("“%1” is in use; the old certificate “%2” is not disabled yet (%3). It will be tried again.")
                .arg(d.newName, d.oldName, errorText(d));
    case What::NotOnAccount:
        return DeviceLifecycle::tr("“%1” is not on the account.").arg(d.oldName);
    case What::NotDisabled:
        return DeviceLifecycle::tr("“%1” was not disabled: %2").arg(d.oldName, errorText(d));
    case What::NotRemoved:
        if (unconfirmed && d.error)
            return notConfirmedText(d.action, d.name, *d.error);
        return errorText(d);
    }
    return {};
}

} // namespace certdeck
