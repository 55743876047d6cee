#include "SaveLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace certdeck::ui {
namespace {

const QString lastFolderKey = QStringLiteral("ui/lastSaveFolder");

} // namespace

QString suggestedSavePath(const QString &fileName)
{
    QString folder = QSettings().value(lastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir()) {
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QFileInfo(folder).isDir())
            folder = QDir::homePath();
    }
    return QDir(folder).filePath(fileName);
}

void rememberSaveFolder(const QString &savedPath)
{
    QSettings().setValue(lastFolderKey, QFileInfo(savedPath).absolutePath());
}

} // namespace certdeck::ui
