#pragma once

#include "cli/CliOptions.h"
#include "xmpp/SaslCertTypes.h"

namespace certdeck::cli {

// list --new-since-last: compares the listing with what the last run saw, prints what appeared since
// (and what is still not acknowledged), records the alarms in the activity log. Returns the exit code:
// ExitNewDevices while a certificate Certdeck did not add is on the account without an acknowledgement.
[[nodiscard]] int printNewSinceLast(const CliOptions &options, const ItemsListing &listing);

// acknowledge NAME|SHA256: the person added that certificate; it is never reported again. Needs no server.
[[nodiscard]] int acknowledgeDevice(const CliOptions &options);

} // namespace certdeck::cli
