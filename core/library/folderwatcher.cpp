// SPDX-License-Identifier: MIT
#include "core/library/folderwatcher.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QSet>

namespace PageLens {

FolderWatcher::FolderWatcher(QObject *parent)
    : QObject(parent)
{
    m_settle.setSingleShot(true);
    m_settle.setInterval(500);
    connect(&m_settle, &QTimer::timeout, this, [this] {
        setFolders(m_roots);   // new subfolders join the watch
        Q_EMIT changed();
    });
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &FolderWatcher::handleDirectoryChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &FolderWatcher::handleDirectoryChanged);
}

void FolderWatcher::setFolders(const QStringList &folders)
{
    m_roots = folders;
    QSet<QString> wanted;
    for (const QString &root : folders) {
        if (!QFileInfo(root).isDir())
            continue;
        wanted.insert(root);
        // Subdirectories only: symlinked folders are not followed, so loops cannot recurse.
        QDirIterator it(root, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            wanted.insert(it.next());
    }
    const QStringList current = m_watcher.directories();
    for (const QString &dir : current) {
        if (!wanted.contains(dir))
            m_watcher.removePath(dir);
    }
    QStringList toAdd;
    for (const QString &dir : std::as_const(wanted)) {
        if (!current.contains(dir))
            toAdd << dir;
    }
    if (!toAdd.isEmpty())
        m_watcher.addPaths(toAdd);
}

void FolderWatcher::handleDirectoryChanged(const QString &)
{
    m_settle.start();
}

} // namespace PageLens
