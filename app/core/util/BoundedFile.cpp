#include "BoundedFile.h"

#include <QCoreApplication>
#include <QFile>

namespace certdeck {

Result<QByteArray, QString> readFileCapped(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("BoundedFile", "Cannot read %1: %2").arg(path, file.errorString()));
    // One byte more than allowed tells "exactly at the limit" from "too large" without trusting size().
    QByteArray data = file.read(maxBytes + 1);
    if (data.size() > maxBytes)
        return fail(QCoreApplication::translate("BoundedFile", "%1 is larger than %2 KiB; it was not read.")
                        .arg(path)
                        .arg(maxBytes / 1024));
    if (file.error() != QFileDevice::NoError)
        return fail(
            QCoreApplication::translate("BoundedFile", "Cannot read %1: %2").arg(path, file.errorString()));
    return data;
}

} // namespace certdeck
