// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrl>

class QTcpServer;
class QTcpSocket;
class QThread;

namespace PageLens::Test {

/** One request as the fake server received it. */
struct FakeRequest {
    QByteArray method;
    QString path;                        // without the query
    QString query;
    QHash<QByteArray, QByteArray> headers;   // names lower-cased
    QByteArray body;
    std::chrono::steady_clock::time_point arrived;   // when its last byte was read

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    QJsonObject json() const;
};

/** What the fake sends back: status, headers and a body that can arrive in timed pieces. */
struct FakeResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<QByteArray> chunks;        // the body; more than one piece: sent chunked, `chunkDelayMs` apart
    bool chunked = false;            // force chunked transfer encoding for a single piece
    int delayMs = 0;                 // before the status line
    int chunkDelayMs = 0;
    bool stallAfterChunks = false;   // then send nothing more and keep the connection open
    bool closeAfterChunks = false;   // then drop the connection before the body is complete
    bool dropWithoutAnswer = false;  // close the connection before any byte of the answer

    static FakeResponse json(int status, const QByteArray &body);
    static FakeResponse json(int status, const QJsonObject &body);   // pretty-printed, as Google does
    static FakeResponse stream(const QList<QByteArray> &pieces, const QByteArray &contentType = "text/event-stream");
};

/**
 * A tiny HTTP/1.1 server on 127.0.0.1 (random port) over QTcpServer, so tests control framing,
 * timing, stalls and dropped connections. Scripted responses (enqueue) win over the subclass's
 * default answers; every request is recorded. Serves from the thread it lives in: either the test's
 * (keep an event loop running while waiting) or its own (startOnOwnThread).
 */
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    /** Listens on 127.0.0.1 with a random port, serving from the current thread. */
    bool start();
    /** Listens and serves from a thread of its own, so the caller may block (e.g. on futures). */
    bool startOnOwnThread();
    QUrl url() const;          // http://127.0.0.1:PORT
    quint16 port() const { return m_port; }

    /** The next request whose path (with query) contains `pathContains` gets `response`. */
    void enqueue(const QString &pathContains, const FakeResponse &response);
    int pendingScripts() const;
    /** How many clients closed their connection while a delayed answer (delayMs) was held back. */
    int closedWhileHeld() const;

    QList<FakeRequest> requests() const;
    /** How many requests had a path (with query) containing `pathContains`. */
    int count(const QString &pathContains = {}) const;
    FakeRequest lastRequest(const QString &pathContains = {}) const;
    void clearRequests();

protected:
    /** The answer when nothing scripted matches. Called on the server's thread. */
    virtual FakeResponse respond(const FakeRequest &request) = 0;

private:
    bool listenHere();
    void stopHere();
    void onReadyRead(QTcpSocket *socket);
    void send(QTcpSocket *socket, const FakeResponse &response);
    void sendChunks(QPointer<QTcpSocket> socket, FakeResponse response, int next);

    QTcpServer *m_server = nullptr;
    QThread *m_thread = nullptr;
    quint16 m_port = 0;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QSet<QTcpSocket *> m_holding;   // sockets whose delayed answer is not sent yet (server thread only)
    int m_closedWhileHeld = 0;      // guarded by m_mutex
    mutable QMutex m_mutex;   // requests and scripts are read from the test thread
    QList<FakeRequest> m_requests;
    QList<QPair<QString, FakeResponse>> m_scripts;
};

} // namespace PageLens::Test
