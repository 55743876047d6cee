#include "SaveLocation.h"

#include "P12TargetWidget.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace certdeck::ui {
namespace {

const QString lastFolderKey = QStringLiteral("ui/lastSaveFolder");

} // namespace

QString suggestedSavePath(const QString &fileName)
{
    QString folder = QSettings().value(lastFolderKey).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = P12TargetWidget::defaultFolder(); // documents, else home: where device files go too
    return QDir(folder).filePath(fileName);
}

void rememberSaveFolder(const QString &savedPath)
{
    QSettings().setValue(lastFolderKey, QFileInfo(savedPath).absolutePath());
}

} // namespace certdeck::ui
