#pragma once

#include "cli/PasswordSource.h"
#include "crypto/Pkcs12.h"
#include "util/Result.h"
#include "xmpp/AccountSession.h"

#include <QStringList>

namespace certdeck::cli {

// Exit codes, so scripts can tell a typo from a server that said no from a change nobody could confirm.
enum ExitCode : int
{
    ExitOk = 0,
    ExitFailure = 1,     // local failure (file, crypto), or refused by Certdeck before sending
    ExitUsage = 2,       // wrong arguments, or a device name against the rules
    ExitConnection = 3,  // could not log in, or lost the connection before a change was sent
    ExitServer = 4,      // the server refused, exceeded the stanza limits, or does not support XEP-0257
    ExitUnconfirmed = 5, // a change was sent but could not be verified
    ExitNewDevices = 6,  // list --new-since-last: a certificate Certdeck did not add is on the account
};

struct EnrollOptions
{
    QString p12Path;         // create a key + certificate and export them here
    QString certificatePath; // or: append this existing certificate (PEM or DER)
    PasswordSource exportPassword;
    bool ownPassword = false; // the person gives the .p12 password; otherwise one is generated
    QString savePasswordPath; // --save-export-password: the generated password goes to this new file
    Pkcs12Format p12Format = Pkcs12Format::Current;
    int days = 365;
    QString keyType = QStringLiteral("p256"); // p256, rsa3072, ed25519
    bool noCertManagement = false;
};

struct CliOptions
{
    QString command; // list, enroll, disable, revoke, acknowledge
    QStringList arguments;
    AccountSettings account;
    PasswordSource password;
    // --certificate-login: log in with this computer's certificate from the keychain, nothing else. Without
    // it, the certificate is used when it is there and no password option was given.
    bool certificateLogin = false;
    bool json = false;
    bool newSinceLast = false; // list: only certificates that appeared since the last run
    EnrollOptions enroll;
};

// Parses argv. On --help/--version it prints and returns the exit code as the error.
[[nodiscard]] Result<CliOptions, int> parseOptions(const QStringList &argv);

} // namespace certdeck::cli
