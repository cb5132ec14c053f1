// SPDX-License-Identifier: MIT
#pragma once

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>

namespace PageLens {

/**
 * Watches the library's folders (recursively) and the files in them, and reports changes once
 * they settle, so a rescan picks them up without a restart. Lives on a thread with an event loop.
 */
class FolderWatcher : public QObject
{
    Q_OBJECT
public:
    explicit FolderWatcher(QObject *parent = nullptr);

    /** Replaces the watched set with these folders and every folder below them. */
    void setFolders(const QStringList &folders);
    QStringList watchedDirectories() const { return m_watcher.directories(); }
    void setSettleDelay(int milliseconds) { m_settle.setInterval(milliseconds); }

Q_SIGNALS:
    /** Something changed below the watched folders; emitted once per burst of changes. */
    void changed();

private:
    void handleDirectoryChanged(const QString &path);

    QFileSystemWatcher m_watcher;
    QStringList m_roots;
    QTimer m_settle;
};

} // namespace PageLens
