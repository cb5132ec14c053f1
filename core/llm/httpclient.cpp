// SPDX-License-Identifier: MIT
#include "core/llm/httpclient.h"

#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QTimer>

#include "core/common/log.h"

namespace PageLens {

namespace {

/**
 * Runs `fire` on `context`'s thread once `deadline` has passed. A timer may fire early (coarse
 * ones by up to 5 %), and a retry must never come sooner than the server asked, so an early
 * timer waits again for the rest.
 */
void fireAfter(QDeadlineTimer deadline, QObject *context, std::function<void()> fire)
{
    const auto left = std::chrono::ceil<std::chrono::milliseconds>(deadline.remainingTimeAsDuration());
    QTimer::singleShot(left, Qt::PreciseTimer, context, [deadline, context, fire = std::move(fire)]() mutable {
        if (deadline.hasExpired())
            fire();
        else
            fireAfter(deadline, context, std::move(fire));
    });
}

} // namespace

struct HttpClient::Pending {
    Call call;
    Completion done;
    int attempt = 0;
    bool delivered = false;   // a streamed chunk reached the caller: a retry would duplicate it
    QPointer<QNetworkReply> reply;
    QByteArray body;
};

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &pair : headers)
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    return {};
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_scheduler([](std::chrono::milliseconds delay, QObject *context, std::function<void()> fire) {
        fireAfter(QDeadlineTimer(delay, Qt::PreciseTimer), context, std::move(fire));
    })
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_cancelPoll(new QTimer(this))
{
    m_cancelPoll->setInterval(50);
    connect(m_cancelPoll, &QTimer::timeout, this, &HttpClient::cancelRequested);
}

HttpClient::~HttpClient()
{
    cancelAll();
}

Error HttpClient::cancelledError()
{
    return Error(Error::Code::Cancelled, QCoreApplication::translate("PageLens", "The request was cancelled."));
}

void HttpClient::send(Call call, Completion done)
{
    const quint64 id = m_nextId++;
    auto pending = std::make_shared<Pending>();
    pending->call = std::move(call);
    pending->done = std::move(done);
    m_calls.emplace(id, pending);
    if (pending->call.cancelled && !m_cancelPoll->isActive())
        m_cancelPoll->start();
    attempt(id);
}

void HttpClient::abort(const std::shared_ptr<Pending> &pending)
{
    if (QNetworkReply *reply = pending->reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpClient::cancelRequested()
{
    bool anyCancellable = false;
    for (auto it = m_calls.begin(); it != m_calls.end();) {
        auto pending = it->second;
        if (pending->call.cancelled && pending->call.cancelled()) {
            it = m_calls.erase(it);   // a retry scheduled for it finds nothing and does not fire
            abort(pending);
            pending->done(tl::unexpected(cancelledError()));
            continue;
        }
        anyCancellable = anyCancellable || bool(pending->call.cancelled);
        ++it;
    }
    if (!anyCancellable)
        m_cancelPoll->stop();
}

void HttpClient::schedule(std::chrono::milliseconds delay, std::function<void()> fire, std::function<void()> onCancel)
{
    const quint64 id = m_nextId++;
    m_waits.emplace(id, std::move(onCancel));
    m_scheduler(delay, this, [this, id, fire = std::move(fire)] {
        if (m_waits.erase(id) == 1)   // gone: cancelAll came first
            fire();
    });
}

void HttpClient::attempt(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Pending &p = *it->second;
    ++p.attempt;
    ++m_attempts;
    p.body.clear();
    QNetworkRequest request = p.call.request;
    request.setTransferTimeout(int(m_transferTimeout.count()));
    QNetworkReply *reply = m_nam->sendCustomRequest(request, p.call.verb, p.call.body);
    p.reply = reply;
    log::llm()->debug("{} {} (attempt {})", p.call.verb.toStdString(),
                      log::s(request.url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)), p.attempt);

    connect(reply, &QNetworkReply::readyRead, this, [this, id, reply] {
        const auto found = m_calls.find(id);
        if (found == m_calls.end() || found->second->reply != reply)
            return;
        Pending &pending = *found->second;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!pending.call.onChunk || status < 200 || status >= 300) {
            pending.body += reply->readAll();
            return;
        }
        pending.delivered = true;
        const Result<void> accepted = pending.call.onChunk(reply->readAll());
        if (!accepted) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
            finish(id, tl::unexpected(accepted.error()));
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void HttpClient::onFinished(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    auto pending = it->second;
    QNetworkReply *reply = pending->reply;
    reply->deleteLater();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.headers = reply->rawHeaderPairs();
    const QByteArray rest = reply->isOpen() ? reply->readAll() : QByteArray();
    if (pending->call.onChunk && result.status >= 200 && result.status < 300) {
        if (!rest.isEmpty()) {
            pending->delivered = true;
            const Result<void> accepted = pending->call.onChunk(rest);
            if (!accepted) {
                finish(id, tl::unexpected(accepted.error()));
                return;
            }
        }
    } else {
        pending->body += rest;
    }
    result.body = pending->body;

    ServiceFailure failure;
    if (reply->error() != QNetworkReply::NoError && result.status == 0) {
        // Our own aborts disconnect first, so a cancel here is the transfer timeout.
        failure = ServiceFailure::fromNetwork(reply->error(), reply->errorString());
    } else if (result.status >= 200 && result.status < 300) {
        if (reply->error() != QNetworkReply::NoError) {   // the connection broke mid-body
            failure = ServiceFailure::fromNetwork(reply->error(), reply->errorString());
            failure.retryable = !pending->delivered;
        } else {
            finish(id, std::move(result));
            return;
        }
    } else {
        failure = pending->call.classify ? pending->call.classify(result)
                                         : ServiceFailure::fromGemini(result.status, result.body);
    }

    if (failure.retryable && !pending->delivered && pending->attempt < m_policy.maxAttempts) {
        const auto wait = m_policy.delayAfter(pending->attempt, failure.retryAfter, m_random());
        log::llm()->warn("{}; retrying in {} ms", log::s(failure.error.toLogString()), wait.count());
        pending->reply = nullptr;
        schedule(wait, [this, id] { attempt(id); });
        return;
    }
    finish(id, tl::unexpected(failure.error));
}

void HttpClient::finish(quint64 id, Result<HttpReply> result)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    auto pending = it->second;
    m_calls.erase(it);
    if (!result)
        log::llm()->info("request failed: {}", log::s(result.error().toLogString()));
    pending->done(std::move(result));
}

void HttpClient::cancelAll()
{
    auto waits = std::move(m_waits);
    m_waits.clear();
    auto calls = std::move(m_calls);
    m_calls.clear();
    for (auto &[id, pending] : calls) {
        abort(pending);
        pending->done(tl::unexpected(cancelledError()));
    }
    for (auto &[id, onCancel] : waits)
        if (onCancel)
            onCancel();
}

} // namespace PageLens
