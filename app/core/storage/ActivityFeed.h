#pragma once

#include "storage/ActivityLog.h"

#include <QFileSystemWatcher>
#include <QObject>

namespace certdeck {

// Follows an activity log file while other processes (certdeck-cli, another window) append to it: a file
// watcher says when it changed, and only the bytes after the last complete line read so far are read.
// A file that shrank or was replaced (truncated, rotated) is read again from its start.
class ActivityFeed final : public QObject
{
    Q_OBJECT
public:
    explicit ActivityFeed(QString path, QObject *parent = nullptr);

    // Every entry read so far, oldest first.
    [[nodiscard]] const QVector<ActivityEntry> &entries() const { return m_entries; }
    // Reads what was appended since the last call (also called by the watcher).
    void poll();

Q_SIGNALS:
    // New entries at the end of the file, oldest first.
    void appended(const QVector<certdeck::ActivityEntry> &entries);
    // The file was truncated or replaced: entries() holds the new file's entries.
    void reset();

private:
    void watch();

    QString m_path;
    QFileSystemWatcher m_watcher;
    QVector<ActivityEntry> m_entries;
    qint64 m_offset = 0;
    quint64 m_inode = 0;
};

} // namespace certdeck
