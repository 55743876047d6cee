#include "DeviceKind.h"

namespace certdeck {

DeviceProfile deviceProfile(DeviceKind kind)
{
    const QList<KeyType> phoneKeys{KeyType::EcP256, KeyType::Rsa3072};
    switch (kind) {
    case DeviceKind::Android14:
        return {Pkcs12Format::Current, phoneKeys};
    case DeviceKind::OlderAndroid:
        return {Pkcs12Format::OlderPhones, phoneKeys};
    case DeviceKind::Apple:
        // Before iOS 18 / macOS 15 Apple took SHA-1 MACs only. The older encoding opens on every version,
        // and its files always get a generated password, which is what protects them.
        return {Pkcs12Format::OlderPhones, phoneKeys};
    case DeviceKind::Desktop:
        return {Pkcs12Format::Current, {KeyType::EcP256, KeyType::Rsa3072, KeyType::Ed25519}};
    }
    Q_UNREACHABLE();
}

bool phonesCanImport(KeyType type)
{
    return type != KeyType::Ed25519;
}

} // namespace certdeck
