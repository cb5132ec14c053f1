// SPDX-License-Identifier: MIT
#pragma once

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

#include <QLockFile>
#include <QString>

#include "core/common/result.h"

namespace PageLens {

/**
 * The one-writer rule of a library, across processes and threads: whoever writes to the catalog,
 * its text indexes or its vector files holds this lock (`write.lock` in the library folder).
 * Readers never take it (SQLite WAL lets them read during a write). A lock left by a process that
 * died is recovered (QLockFile checks whether its PID is still running).
 */
class LibraryWriteLock
{
public:
    using Waiting = std::function<void(const QString &message)>;

    /**
     * Takes the lock. While another writer holds it, says so once through `waiting`
     * ("Waiting for another PageLens to finish writing to …") and keeps trying until `timeout`;
     * then fails (Error::Code::Locked) with a sentence naming the holder.
     */
    static Result<std::unique_ptr<LibraryWriteLock>> acquire(const QString &libraryDirectory, std::chrono::seconds timeout,
                                                             const Waiting &waiting = {}, const std::atomic_bool *cancel = nullptr);
    ~LibraryWriteLock();

    static QString lockPath(const QString &libraryDirectory);

private:
    explicit LibraryWriteLock(const QString &path);

    QLockFile m_file;
};

} // namespace PageLens
