#pragma once

#include "crypto/DeviceCertificate.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace certdeck {

class PasswordStore;

// Keychain entries: this computer's credential for an account, and the next one while a rotation of it is
// under way.
[[nodiscard]] inline QString ownKeyEntry(const QString &jid)
{
    return jid + QStringLiteral("#device-key");
}
[[nodiscard]] inline QString stagedKeyEntry(const QString &jid)
{
    return jid + QStringLiteral("#device-key-next");
}

// This computer's credential as one keychain entry: its private key (PKCS#8 PEM) followed by its certificate
// (PEM). Keeping both together lets the GUI and certdeck-cli log in by certificate from the keychain alone.
[[nodiscard]] QString ownCredentialText(const DeviceCredential &credential);
// Empty when the entry holds no certificate (an entry from before issue 19: key only) or is damaged.
[[nodiscard]] std::optional<DeviceCredential> parseOwnCredential(const QString &text);

// Reads this computer's credential for `jid` from the keychain; empty when there is none (or no keychain).
void loadOwnCredential(PasswordStore *store, const QString &jid, QObject *context,
                       std::function<void(std::optional<DeviceCredential>)> done);

} // namespace certdeck
