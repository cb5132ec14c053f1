// SPDX-License-Identifier: MIT
#pragma once

#include <memory>

#include <QByteArray>
#include <QCborMap>
#include <QString>

#include "core/common/result.h"
#include "core/ingest/indexoptions.h"
#include "core/model/pagerecord.h"

class QProcess;

namespace PageLens {

/**
 * One `pagelens-docworker` process, driven with blocking calls from the one thread that owns it
 * (an indexing pool thread; QProcess's waitFor* need no event loop). The worker's address space is
 * capped (MemoryCap, applied by the worker itself) and each request has a deadline; a worker that crashes, runs out of memory or
 * misses the deadline is gone and the call fails with Error::Code::ReaderFailed and a reason; the
 * next call starts a new worker. A worker killed from outside (SIGKILL) is started again and the
 * request asked once more.
 */
class WorkerClient
{
public:
    explicit WorkerClient(const IndexOptions &options);
    ~WorkerClient();
    WorkerClient(const WorkerClient &) = delete;
    WorkerClient &operator=(const WorkerClient &) = delete;

    /** Opens the document in the worker: its page count. */
    Result<int> pageCount(const QString &path, const QString &password);
    /** Reads one page as Indexer::readPage does, in the worker. */
    Result<PageRecord> readPage(const QString &path, const QString &password, int page, const QString &version);

    /** $PAGELENS_DOCWORKER, else pagelens-docworker beside the running executable; empty when neither exists. */
    static QString defaultProgram();

private:
    Result<QCborMap> call(const QCborMap &request, const QString &path, int page);
    Result<QCborMap> callOnce(const QCborMap &request, const QString &path, int page, bool *killedFromOutside);
    Result<void> start();
    void stop(bool graceful = true);

    IndexOptions m_options;
    QString m_program;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_buffer;
};

} // namespace PageLens
