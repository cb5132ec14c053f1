// SPDX-License-Identifier: MIT
#include "core/ingest/documentworker.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <new>

#include <QtGlobal>
#if defined(Q_OS_WIN)
#include <cstdlib>
#include <fcntl.h>
#include <io.h>
#else
#include <unistd.h>
#endif

#include <QCborValue>
#include <QThread>
#include <QtEndian>

#include "core/ingest/indexer.h"
#include "core/ingest/workerprotocol.h"
#include "core/media/documentopener.h"

namespace PageLens {

namespace {

// The frames travel over the standard handles as raw bytes: POSIX calls, or the C runtime's
// equivalents on Windows (in binary mode, so no byte of a frame is translated).
#if defined(Q_OS_WIN)
constexpr int kStdin = 0;
constexpr int kStdout = 1;
constexpr int kStderr = 2;
int rawRead(int fd, char *data, qint64 size) { return ::_read(fd, data, unsigned(std::min<qint64>(size, 1 << 30))); }
int rawWrite(int fd, const char *data, qint64 size) { return ::_write(fd, data, unsigned(std::min<qint64>(size, 1 << 30))); }
int rawDup(int fd) { return ::_dup(fd); }
int rawDup2(int from, int to) { return ::_dup2(from, to); }
[[noreturn]] void rawExit(int code) { ::_exit(code); }
void binaryMode()
{
    ::_setmode(kStdin, _O_BINARY);
    ::_setmode(kStdout, _O_BINARY);
}
#else
constexpr int kStdin = STDIN_FILENO;
constexpr int kStdout = STDOUT_FILENO;
constexpr int kStderr = STDERR_FILENO;
ssize_t rawRead(int fd, char *data, qint64 size) { return ::read(fd, data, size_t(size)); }
ssize_t rawWrite(int fd, const char *data, qint64 size) { return ::write(fd, data, size_t(size)); }
int rawDup(int fd) { return ::dup(fd); }
int rawDup2(int from, int to) { return ::dup2(from, to); }
[[noreturn]] void rawExit(int code) { ::_exit(code); }
void binaryMode() {}
#endif

/** Out of memory (the cap of MemoryCap): say so through the exit code, not a crash. */
[[noreturn]] void outOfMemory()
{
    static const char message[] = "pagelens-docworker: out of memory\n";
    (void)!rawWrite(kStderr, message, sizeof message - 1);
    rawExit(WorkerProtocol::kOutOfMemoryExit);
}

bool readAll(int fd, char *data, qint64 size)
{
    while (size > 0) {
        const auto n = rawRead(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qint64 size = bytes.size();
    while (size > 0) {
        const auto n = rawWrite(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return false;
        data += n;
        size -= n;
    }
    return true;
}

/** The test fault switch, applied to page requests for matching paths. */
void injectFault(const QString &path)
{
    static const QString fault = qEnvironmentVariable("PAGELENS_WORKER_FAULT");
    const qsizetype colon = fault.indexOf(QLatin1Char(':'));
    if (colon <= 0 || !path.contains(fault.mid(colon + 1)))
        return;
    const QStringView kind = QStringView(fault).left(colon);
    if (kind == QLatin1String("crash")) {
        std::raise(SIGSEGV);
    } else if (kind == QLatin1String("hang")) {
        for (;;)
            QThread::sleep(1);
    } else if (kind == QLatin1String("oom")) {
        // Address space only (never touched), so the cap is reached without using the machine's memory.
        for (;;) {
            char *volatile block = new char[64 * 1024 * 1024];
            (void)block;
        }
    } else if (kind == QLatin1String("slow")) {
        QThread::msleep(1500);
    }
}

} // namespace

QCborMap DocumentWorker::answer(const QCborMap &request)
{
    const QString op = request.value(QStringLiteral("op")).toString();
    const QString path = request.value(QStringLiteral("path")).toString();
    const QString password = request.value(QStringLiteral("password")).toString();
    if (op == QLatin1String("open")) {
        auto opened = DocumentOpener::open(path, password);
        if (!opened)
            return WorkerProtocol::encodeError(opened.error());
        return QCborMap{{QStringLiteral("ok"), true}, {QStringLiteral("pages"), (*opened)->pageCount()}};
    }
    if (op == QLatin1String("page")) {
        injectFault(path);
        IndexOptions options;
        options.ocrLanguages = request.value(QStringLiteral("ocrLanguages")).toString();
        options.ocrDpi = request.value(QStringLiteral("ocrDpi")).toDouble();
        options.minTextLayerChars = int(WorkerProtocol::integer(request.value(QStringLiteral("minTextLayerChars"))));
        auto record = Indexer::readPage(path, password, int(WorkerProtocol::integer(request.value(QStringLiteral("page")))), options,
                                        request.value(QStringLiteral("version")).toString());
        if (!record)
            return WorkerProtocol::encodeError(record.error());
        QCborMap reply = WorkerProtocol::encodeRecord(*record);
        reply.insert(QStringLiteral("ok"), true);
        return reply;
    }
    return WorkerProtocol::encodeError(Error(Error::Code::InvalidArgument, QStringLiteral("unknown request"), op));
}

int DocumentWorker::serve()
{
    std::set_new_handler(outOfMemory);
    // Answers go to a private copy of stdout; stdout itself becomes stderr, so a library that
    // prints (Poppler, Tesseract) cannot corrupt the frames.
    binaryMode();
    const int out = rawDup(kStdout);
    if (out < 0 || rawDup2(kStderr, kStdout) < 0)
        return 1;
    for (;;) {
        char header[4];
        if (!readAll(kStdin, header, 4))
            return 0;   // the indexer closed the pipe: done
        QByteArray buffer(header, 4);
        const quint32 length = qFromBigEndian<quint32>(header);
        if (length > WorkerProtocol::kMaxFrameBytes)
            return 1;
        buffer.resize(4 + qsizetype(length));
        if (!readAll(kStdin, buffer.data() + 4, length))
            return 1;
        auto request = WorkerProtocol::takeFrame(buffer);
        if (!request || !*request)
            return 1;
        if (!writeAll(out, WorkerProtocol::frame(answer(**request))))
            return 1;
    }
}

} // namespace PageLens
