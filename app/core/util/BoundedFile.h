#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace certdeck {

// Reads a whole file, but never more than `maxBytes`: /dev/zero, a FIFO or a huge file gets a clear error
// instead of filling the memory. QFile::size() is not trusted (it is 0 for devices and pipes).
// The error is a sentence for people.
[[nodiscard]] Result<QByteArray, QString> readFileCapped(const QString &path, qint64 maxBytes);

} // namespace certdeck
