#include "ActivityFeed.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

namespace certdeck {
namespace {

// The file's identity and size; a new inode means the file was replaced (rotated).
struct FileState
{
    bool exists = false;
    quint64 inode = 0;
    qint64 size = 0;
};

FileState stateOf(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {true, quint64(st.st_ino), qint64(st.st_size)};
}

} // namespace

ActivityFeed::ActivityFeed(QString path, QObject *parent) : QObject(parent), m_path(std::move(path))
{
    // The folder too: the file may not exist yet, and a rotation replaces it (which ends a file's watch).
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &ActivityFeed::poll);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &ActivityFeed::poll);
    watch();
    poll();
}

void ActivityFeed::watch()
{
    // The nearest folder that exists: on a fresh account even the log's folder is made by the first writer.
    QString folder = QFileInfo(m_path).absolutePath();
    while (!QFileInfo(folder).isDir() && QFileInfo(folder).absolutePath() != folder)
        folder = QFileInfo(folder).absolutePath();
    if (QFileInfo(folder).isDir() && !m_watcher.directories().contains(folder))
        m_watcher.addPath(folder);
    if (QFileInfo::exists(m_path) && !m_watcher.files().contains(m_path))
        m_watcher.addPath(m_path);
}

void ActivityFeed::poll()
{
    watch();
    const FileState now = stateOf(m_path);
    const bool replaced = m_offset > 0 && (!now.exists || now.inode != m_inode || now.size < m_offset);
    if (replaced) {
        m_entries.clear();
        m_offset = 0;
        // The watch followed the old file (inotify watches an inode): watch the new one.
        m_watcher.removePath(m_path);
        watch();
    }
    m_inode = now.inode;
    QVector<ActivityEntry> added;
    if (now.exists && now.size > m_offset) {
        ActivityLog::Tail tail = ActivityLog::readFrom(m_path, m_offset);
        m_offset = tail.end;
        added = std::move(tail.entries);
        m_entries += added;
    }
    if (replaced)
        Q_EMIT reset();
    else if (!added.isEmpty())
        Q_EMIT appended(added);
}

} // namespace certdeck
