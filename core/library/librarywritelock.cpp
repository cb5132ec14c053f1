// SPDX-License-Identifier: MIT
#include "core/library/librarywritelock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QDir>
#include <QThread>

#include "core/common/log.h"

namespace PageLens {

namespace {
// lupdate marks a string as a plural only with the disambiguation argument in between.
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("PageLens", text, disambiguation, n);
}
} // namespace

LibraryWriteLock::LibraryWriteLock(const QString &path)
    : m_file(path)
{
    // Only a dead holder makes a lock stale: a long indexing run is not.
    m_file.setStaleLockTime(0);
}

LibraryWriteLock::~LibraryWriteLock()
{
    m_file.unlock();
}

QString LibraryWriteLock::lockPath(const QString &libraryDirectory)
{
    return QDir(libraryDirectory).filePath(QStringLiteral("write.lock"));
}

Result<std::unique_ptr<LibraryWriteLock>> LibraryWriteLock::acquire(const QString &libraryDirectory, std::chrono::seconds timeout,
                                                                    const Waiting &waiting, const std::atomic_bool *cancel)
{
    std::unique_ptr<LibraryWriteLock> lock(new LibraryWriteLock(lockPath(libraryDirectory)));
    const QDeadlineTimer deadline(timeout);
    bool announced = false;
    while (true) {
        if (lock->m_file.tryLock(0))
            return lock;
        if (lock->m_file.error() == QLockFile::PermissionError || lock->m_file.error() == QLockFile::UnknownError)
            return fail(Error::Code::Io, PageLens::tr("The library %1 cannot be written (no permission to create its lock file).")
                                             .arg(QDir::toNativeSeparators(libraryDirectory)));
        qint64 pid = 0;
        QString host, app;
        if (!lock->m_file.getLockInfo(&pid, &host, &app)) {
            // A holder killed between creating the file and writing its PID leaves it empty, and
            // QLockFile cannot tell whose it is; a writer fills it at once, so an old one is dead.
            const QFileInfo info(lockPath(libraryDirectory));
            if (info.exists() && info.lastModified().secsTo(QDateTime::currentDateTime()) >= 2) {
                log::library()->warn("removing the empty write lock of {}", log::s(libraryDirectory));
                lock->m_file.removeStaleLockFile();
                continue;
            }
        }
        if (!announced) {
            announced = true;
            log::library()->info("library {} is being written by pid {} ({}); waiting", log::s(libraryDirectory), pid, log::s(app));
            if (waiting)
                waiting(PageLens::tr("Waiting for another PageLens to finish writing to %1…").arg(QDir::toNativeSeparators(libraryDirectory)));
        }
        if (cancel && cancel->load())
            return fail(Error::Code::Cancelled, PageLens::tr("Cancelled while waiting to write to the library."));
        if (deadline.hasExpired())
            return fail(Error::Code::Locked,
                        PageLens::tr("Another PageLens (process %1) is still writing to %2; gave up after %n second(s).", nullptr, int(timeout.count()))
                            .arg(pid)
                            .arg(QDir::toNativeSeparators(libraryDirectory)));
        QThread::msleep(100);
    }
}

} // namespace PageLens
