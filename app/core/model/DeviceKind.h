#pragma once

#include "crypto/DeviceCertificate.h"
#include "crypto/Pkcs12.h"

#include <QList>

namespace certdeck {

// What kind of device a new .p12 is for. It decides the file's encoding and the key types offered.
enum class DeviceKind
{
    Android14,    // Android 14 or newer
    OlderAndroid, // Android 8 to 13
    Apple,        // iPhone, iPad or Mac, any version
    Desktop,      // a desktop client such as Gajim or Poezio
};

struct DeviceProfile
{
    Pkcs12Format format;
    QList<KeyType> keyTypes; // what the device can import; the first one is the default
};

[[nodiscard]] DeviceProfile deviceProfile(DeviceKind kind);

// Android's and Apple's certificate importers take RSA and EC keys only: no Ed25519.
[[nodiscard]] bool phonesCanImport(KeyType type);

} // namespace certdeck
