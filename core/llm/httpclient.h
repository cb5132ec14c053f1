// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include "core/common/result.h"
#include "core/llm/retrypolicy.h"
#include "core/llm/servicefailure.h"

namespace PageLens {

struct HttpReply {
    int status = 0;
    QByteArray body;                              // empty for streamed replies (chunks went to onChunk)
    QList<QNetworkReply::RawHeaderPair> headers;
    /** Case-insensitive, as HTTP/2 lower-cases names. */
    QByteArray header(const QByteArray &name) const;
};

/**
 * The network side shared by the providers: one QNetworkAccessManager, retries with backoff and
 * jitter, transfer timeouts, streaming and cancellation. Lives on the provider's thread; every
 * method must be called there. Waits go through a replaceable scheduler so tests take no time.
 */
class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Classifier = std::function<ServiceFailure(const HttpReply &reply)>;
    /** Gets each piece of a 2xx streamed body; an error stops the transfer and is final. */
    using ChunkHandler = std::function<Result<void>(const QByteArray &chunk)>;
    using Completion = std::function<void(Result<HttpReply>)>;
    using Scheduler = std::function<void(std::chrono::milliseconds delay, QObject *context, std::function<void()> fire)>;

    struct Call {
        QNetworkRequest request;
        QByteArray verb = "POST";
        QByteArray body;
        ChunkHandler onChunk;   // set: streamed
        Classifier classify;    // turns a non-2xx reply into a ServiceFailure
        /** Set: this call alone stops (Cancelled) once it returns true, e.g. its caller's future was cancelled. */
        std::function<bool()> cancelled;
    };

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void send(Call call, Completion done);
    /** Runs `fire` after `delay`; cancelAll() runs `onCancel` instead. */
    void schedule(std::chrono::milliseconds delay, std::function<void()> fire, std::function<void()> onCancel = {});
    /** Fails every call in flight or waiting for a retry with Error::Code::Cancelled, at once. */
    void cancelAll();
    /** Stops the calls whose `cancelled` predicate is true; the others go on untouched. */
    void cancelRequested();

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setScheduler(Scheduler scheduler) { m_scheduler = std::move(scheduler); }
    void setRandom(std::function<double()> random01) { m_random = std::move(random01); }
    /** Aborts a transfer after this long without a byte (QNetworkRequest::setTransferTimeout). */
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    int inFlight() const { return int(m_calls.size()); }
    int attemptsMade() const { return m_attempts; }

    static Error cancelledError();

private:
    struct Pending;
    void attempt(quint64 id);
    void onFinished(quint64 id);
    void finish(quint64 id, Result<HttpReply> result);
    void abort(const std::shared_ptr<Pending> &pending);

    QNetworkAccessManager *m_nam;
    std::map<quint64, std::shared_ptr<Pending>> m_calls;
    std::map<quint64, std::function<void()>> m_waits;   // scheduled waits and their cancel handlers
    quint64 m_nextId = 1;
    int m_attempts = 0;
    RetryPolicy m_policy;
    Scheduler m_scheduler;
    std::function<double()> m_random;
    std::chrono::milliseconds m_transferTimeout{120000};
    // Qt 6.4 gives a producer no callback when a consumer cancels its QFuture, so calls that can be
    // cancelled alone are checked on a short timer while any is live.
    QTimer *m_cancelPoll;
};

} // namespace PageLens
