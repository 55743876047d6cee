// libFuzzer target: loading the stored account (QSettings INI): a damaged file must not become a pin or a
// crash.
#include "storage/AccountStore.h"

#include <QDir>
#include <QFile>
#include <QSettings>

#include <cstddef>
#include <cstdint>
#include <unistd.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QString path = QDir::temp().filePath(QStringLiteral("certdeck-fuzz-%1.ini").arg(getpid()));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        f.write(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    }
    QSettings settings(path, QSettings::IniFormat);
    certdeck::AccountStore store(&settings);
    const auto account = store.load();
    if (!account.pinnedServerKey.isEmpty() && account.pinnedServerKey.size() != 32)
        __builtin_trap();
    (void)store.pendingOwnRotation();
    (void)store.rotationLinks();
    (void)store.sentReminders();
    return 0;
}
