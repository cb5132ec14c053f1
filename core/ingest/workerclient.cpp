// SPDX-License-Identifier: MIT
#include "core/ingest/workerclient.h"

#include <algorithm>
#include <csignal>
#include <limits>

#include <QtGlobal>
#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>

#include "core/common/log.h"
#include "core/ingest/workerprotocol.h"

namespace PageLens {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("PageLens", text); }

QString crashReason(const QString &path)
{
    return path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive) ? PageLens::tr("The PDF made the reader crash")
                                                                      : PageLens::tr("The file made the reader crash");
}

} // namespace

WorkerClient::WorkerClient(const IndexOptions &options)
    : m_options(options)
    , m_program(options.workerProgram.isEmpty() ? defaultProgram() : options.workerProgram)
{
}

WorkerClient::~WorkerClient()
{
    stop();
}

QString WorkerClient::defaultProgram()
{
    const QString env = qEnvironmentVariable("PAGELENS_DOCWORKER");
    if (!env.isEmpty())
        return QFileInfo(env).isExecutable() ? env : QString();
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/pagelens-docworker");
    return QFileInfo(beside).isExecutable() ? beside : QString();
}

Result<void> WorkerClient::start()
{
    m_process = std::make_unique<QProcess>();
    m_buffer.clear();
    m_process->setProgram(m_program);
    // The worker's messages reach the user: it speaks the language this process chose (Settings may
    // override the system's).
    m_process->setArguments({QStringLiteral("--locale"), QLocale().name(), QStringLiteral("--memory-limit-mb"),
                             QString::number(m_options.workerMemoryLimitMB)});
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("OMP_THREAD_LIMIT")))
        environment.insert(QStringLiteral("OMP_THREAD_LIMIT"), QStringLiteral("1"));   // see OpenMpLimit
    m_process->setProcessEnvironment(environment);
#ifdef Q_OS_UNIX
    m_process->setChildProcessModifier([] {
        // Runs between fork and exec: only async-signal-safe calls. No core files from hostile input.
        const struct rlimit noCore{0, 0};
        ::setrlimit(RLIMIT_CORE, &noCore);
#ifdef Q_OS_LINUX
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);   // a killed indexer leaves no worker behind
#endif
    });
#endif
    m_process->start(QIODevice::ReadWrite);
    if (!m_process->waitForStarted(10000)) {
        const QString reason = m_process->errorString();
        m_process.reset();
        return fail(Error::Code::ReaderFailed, PageLens::tr("The document reader could not be started."), reason);
    }
    return {};
}

void WorkerClient::stop(bool graceful)
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->closeWriteChannel();   // end of stdin: the worker returns
        if (!graceful || !m_process->waitForFinished(2000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    m_process.reset();
}

Result<QCborMap> WorkerClient::callOnce(const QCborMap &request, const QString &path, int page, bool *killedFromOutside)
{
    *killedFromOutside = false;
    if (!m_process || m_process->state() != QProcess::Running) {
        stop();
        if (auto started = start(); !started)
            return tl::unexpected(started.error());
    }
    m_process->write(WorkerProtocol::frame(request));
    const QDeadlineTimer deadline(m_options.pageDeadlineMs);
    for (;;) {
        auto frame = WorkerProtocol::takeFrame(m_buffer);
        if (!frame) {
            stop(false);
            return tl::unexpected(frame.error());
        }
        if (*frame)
            return **frame;
        if (m_process->state() != QProcess::Running)
            break;
        if (deadline.hasExpired()) {
            stop(false);
            const QString seconds = QString::number(m_options.pageDeadlineMs / 1000.0, 'g', 3);
            return fail(Error::Code::ReaderFailed,
                        page >= 0 ? PageLens::tr("Reading page %1 took longer than %2 s").arg(page + 1).arg(seconds)
                                  : PageLens::tr("Opening the file took longer than %1 s").arg(seconds));
        }
        // False on timeout and when the worker ended; both are looked at above.
        if (m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 1000))))
            m_buffer += m_process->readAllStandardOutput();
    }
    m_buffer += m_process->readAllStandardOutput();
    if (auto frame = WorkerProtocol::takeFrame(m_buffer); frame && *frame) {
        m_process.reset();
        return **frame;
    }
    m_process->waitForFinished(2000);
    const bool crashed = m_process->exitStatus() == QProcess::CrashExit;
    // On Unix, QProcess keeps the terminating signal in exitCode() after a CrashExit (forkfd's status).
    const int code = m_process->exitCode();
    m_process.reset();
    const QString where = page >= 0 ? PageLens::tr("page %1").arg(page + 1) : PageLens::tr("opening");
    if (!crashed && code == WorkerProtocol::kOutOfMemoryExit)
        return fail(Error::Code::ReaderFailed, PageLens::tr("The reader ran out of memory"),
                    PageLens::tr("%1, limit %2 MB").arg(where).arg(m_options.workerMemoryLimitMB));
    *killedFromOutside = crashed && code == SIGKILL;
    return fail(Error::Code::ReaderFailed, crashReason(path),
                crashed ? PageLens::tr("%1, signal %2").arg(where).arg(code) : PageLens::tr("%1, exit code %2").arg(where).arg(code));
}

Result<QCborMap> WorkerClient::call(const QCborMap &request, const QString &path, int page)
{
    bool killed = false;
    auto answer = callOnce(request, path, page, &killed);
    if (!answer && killed) {
        // SIGKILL comes from outside (a person, the kernel's OOM killer), not from the file: once more.
        log::ingest()->warn("{}: the reader was killed ({}); reading it again in a new reader", log::s(path),
                            log::s(answer.error().detail));
        answer = callOnce(request, path, page, &killed);
    }
    if (!answer)
        return answer;
    if (!answer->value(QStringLiteral("ok")).toBool())
        return tl::unexpected(WorkerProtocol::decodeError(*answer));
    return answer;
}

Result<int> WorkerClient::pageCount(const QString &path, const QString &password)
{
    auto answer = call(QCborMap{{QStringLiteral("op"), QStringLiteral("open")},
                                {QStringLiteral("path"), path},
                                {QStringLiteral("password"), password}},
                       path, -1);
    if (!answer)
        return tl::unexpected(answer.error());
    const qint64 pages = WorkerProtocol::integer(answer->value(QStringLiteral("pages")), -1);
    if (pages < 0 || pages > std::numeric_limits<int>::max())
        return fail(Error::Code::BadResponse, PageLens::tr("The document reader sent an answer PageLens cannot read."),
                    QStringLiteral("page count %1").arg(pages));
    return int(pages);
}

Result<PageRecord> WorkerClient::readPage(const QString &path, const QString &password, int page, const QString &version)
{
    auto answer = call(QCborMap{{QStringLiteral("op"), QStringLiteral("page")},
                                {QStringLiteral("path"), path},
                                {QStringLiteral("password"), password},
                                {QStringLiteral("page"), page},
                                {QStringLiteral("version"), version},
                                {QStringLiteral("ocrLanguages"), m_options.ocrLanguages},
                                {QStringLiteral("ocrDpi"), m_options.ocrDpi},
                                {QStringLiteral("minTextLayerChars"), m_options.minTextLayerChars}},
                       path, page);
    if (!answer)
        return tl::unexpected(answer.error());
    return WorkerProtocol::decodeRecord(*answer);
}

} // namespace PageLens
