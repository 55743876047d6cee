#include "BoundedFile.h"

#include <QCoreApplication>
#include <QFile>

#include <sys/stat.h>

namespace certdeck {

Result<QByteArray, QString> readFileCapped(const QString &path, qint64 maxBytes)
{
    // A FIFO or a socket would block the open (or the read) until someone writes, silently and forever.
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0 &&
        (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)))
        return fail(QCoreApplication::translate("BoundedFile",
                                                "%1 is a pipe or a socket, not a file; it was not read.")
                        .arg(path));
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
