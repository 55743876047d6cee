#pragma once

#include "crypto/DeviceCertificate.h"
#include "xmpp/AccountSession.h"

#include <QXmppConfiguration.h>

#include <optional>

namespace certdeck {

// What every Certdeck login shares, password or certificate: a fresh resource, the account's host and port,
// TLS required and verified, legacy SASL only (mod_client_certs offers EXTERNAL there), no automatic
// reconnection, and the certificates the person trusted. The caller adds the JID and the credentials.
[[nodiscard]] QXmppConfiguration loginConfiguration(const AccountSettings &settings);

// The same for a login with a client certificate alone (SASL EXTERNAL, nothing else allowed). Empty when the
// key cannot be read or does not belong to the certificate: then nothing may be sent.
[[nodiscard]] std::optional<QXmppConfiguration> certificateConfiguration(const AccountSettings &settings,
                                                                         const DeviceCredential &credential);

} // namespace certdeck
