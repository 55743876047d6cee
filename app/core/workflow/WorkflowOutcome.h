#pragma once

#include "xmpp/ChangeReport.h"
#include "xmpp/SaslCertTypes.h"

#include <QString>

#include <optional>

namespace certdeck {

// What one workflow call came to, as data: the front ends only render it (outcomeText() for the window, the
// CLI's own lines), so both decide success, failure and "sent, not confirmed" by the same rule.
struct WorkflowOutcome
{
    enum class Kind
    {
        Confirmed,        // done, and a fresh listing showed it (or there was nothing to do)
        Refused,          // refused by the server, or by Certdeck's checks before anything was sent
        SentNotConfirmed, // sent, and then no proof either way: never success
        LocalError,       // a local step failed (key, file, keychain); nothing was sent
    };
    // Which step ended the call; together with the kind it decides the words.
    enum class What
    {
        // Confirmed
        Enrolled,                // a device's own certificate was added
        EnrolledToFile,          // a new key and certificate, saved as .p12, were added
        EnrolledThisComputer,    // this computer's certificate was added, its key is in the keychain
        RotatedOwn,              // this computer's new certificate is in use, the old one disabled
        RotatedOwnFromNextLogin, // logged in by the old certificate: the new one is used from the next login
        NothingToResume,         // no interrupted rotation
        NothingToFinish,
        RolledBack,      // an interrupted own rotation whose certificate never reached the server
        RotationStarted, // another device's new .p12 is ready; the old certificate stays until finished
        RotationFinished,
        Removed, // disable or revoke: details.report holds the proof
                 // Not done
        NameMissing,
        NameTaken,
        CertificateUnusable, // the device's certificate file
        KeyNotCreated,
        FileExists,
        FileNotWritten,
        HandOverFailed, // the caller could not pass the generated password on; the file was removed
        KeychainNotStored,
        NotAdded,           // the append was refused or not confirmed; a .p12 of ours was removed (refused)
                            // or kept (not confirmed), see details.fileRemoved
        NoOwnCertificate,   // own rotation without a certificate of this computer on the account
        OwnRotationRunning, // own rotation while one is running (started or resumed): nothing sent
        StagedKeyNotStored, // own rotation: the new key did not reach the keychain
        NewNotAdded,        // own rotation: the append was refused (or was interrupted: SentNotConfirmed)
        StagedKeyMissing,   // finishing own rotation: the staged key could not be read
        KeychainRefusedKey, // finishing own rotation: the key could not be made this computer's key
        OldNotDisabled,     // finishing own rotation: the old certificate is still enabled
        NotOnAccount,       // rotating a device that is not listed
        NotDisabled,        // finishing another device's rotation
        NotRemoved,         // disable or revoke refused or not confirmed: details.error says why
    };

    struct Details
    {
        ChangeReport::Action action = ChangeReport::Action::Append;
        QString name;    // the device the call was about (new name for an enroll)
        QString newName; // rotations: the certificate that replaces `oldName`
        QString oldName;
        QString p12Path;
        bool fileRemoved = false; // a .p12 written by this call was removed again
        QString reason;           // a lower layer's own words (crypto, file, keychain)
        std::optional<ChangeReport> report;
        std::optional<SaslCertError> error;
    };

    Kind kind = Kind::Confirmed;
    What what = What::NothingToResume;
    Details details;

    [[nodiscard]] bool confirmed() const { return kind == Kind::Confirmed; }
};

} // namespace certdeck
