// libFuzzer target: loading the activity log (JSON lines, possibly torn or damaged) and exporting it as CSV.
#include "storage/ActivityLog.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const auto entries = certdeck::ActivityLog::parse(bytes);
    for (const auto &e : entries)
        if (!e.time.isValid() || e.action.isEmpty())
            __builtin_trap();
    return 0;
}
