#pragma once

#include "xmpp/AccountSession.h"

#include <QXmppConfiguration.h>

namespace certdeck {

// What every Certdeck login shares, password or certificate: a fresh resource, the account's host and port,
// TLS required and verified, legacy SASL only (mod_client_certs offers EXTERNAL there), no automatic
// reconnection, and the certificates the person trusted. The caller adds the JID and the credentials.
[[nodiscard]] QXmppConfiguration loginConfiguration(const AccountSettings &settings);

} // namespace certdeck
