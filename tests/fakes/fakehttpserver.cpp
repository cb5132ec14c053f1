// SPDX-License-Identifier: MIT
#include "tests/fakes/fakehttpserver.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace PageLens::Test {

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse r;
    r.status = status;
    r.headers = {{"Content-Type", "application/json; charset=UTF-8"}};
    r.chunks = {body};
    return r;
}

FakeResponse FakeResponse::json(int status, const QJsonObject &body)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Indented));
}

FakeResponse FakeResponse::stream(const QList<QByteArray> &pieces, const QByteArray &contentType)
{
    FakeResponse r;
    r.headers = {{"Content-Type", contentType}};
    r.chunks = pieces;
    r.chunked = true;
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{
}

FakeHttpServer::~FakeHttpServer()
{
    if (m_thread) {
        QThread *home = QCoreApplication::instance()->thread();
        QMetaObject::invokeMethod(this, [this, home] {
            stopHere();
            moveToThread(home);
        }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    } else {
        stopHere();
    }
}

void FakeHttpServer::stopHere()
{
    for (QTcpSocket *socket : m_buffers.keys())
        socket->abort();
    delete m_server;
    m_server = nullptr;
}

bool FakeHttpServer::start()
{
    return listenHere();
}

bool FakeHttpServer::startOnOwnThread()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("fake-http-server"));
    moveToThread(m_thread);
    m_thread->start();
    bool ok = false;
    QMetaObject::invokeMethod(this, [this, &ok] { ok = listenHere(); }, Qt::BlockingQueuedConnection);
    return ok;
}

bool FakeHttpServer::listenHere()
{
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, 0))
        return false;
    m_port = m_server->serverPort();
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_buffers.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                if (m_holding.remove(socket)) {
                    QMutexLocker lock(&m_mutex);
                    ++m_closedWhileHeld;
                }
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
    return true;
}

QUrl FakeHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

void FakeHttpServer::enqueue(const QString &pathContains, const FakeResponse &response)
{
    QMutexLocker lock(&m_mutex);
    m_scripts.append({pathContains, response});
}

int FakeHttpServer::closedWhileHeld() const
{
    QMutexLocker lock(&m_mutex);
    return m_closedWhileHeld;
}

int FakeHttpServer::pendingScripts() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_scripts.size());
}

QList<FakeRequest> FakeHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int FakeHttpServer::count(const QString &pathContains) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const FakeRequest &r : m_requests)
        n += (r.path + QLatin1Char('?') + r.query).contains(pathContains) ? 1 : 0;
    return n;
}

FakeRequest FakeHttpServer::lastRequest(const QString &pathContains) const
{
    QMutexLocker lock(&m_mutex);
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it)
        if ((it->path + QLatin1Char('?') + it->query).contains(pathContains))
            return *it;
    return {};
}

void FakeHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    FakeRequest request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2)
        return;
    request.method = requestLine.at(0);
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    request.path = target.path();
    request.query = target.query(QUrl::FullyEncoded);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon > 0)
            request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;   // the body is still coming
    request.body = buffer.mid(headerEnd + 4, length);
    request.arrived = std::chrono::steady_clock::now();
    buffer.remove(0, headerEnd + 4 + length);

    FakeResponse response;
    bool scripted = false;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.append(request);
        const QString target = request.path + QLatin1Char('?') + request.query;
        for (qsizetype i = 0; i < m_scripts.size(); ++i) {
            if (target.contains(m_scripts.at(i).first)) {
                response = m_scripts.takeAt(i).second;
                scripted = true;
                break;
            }
        }
    }
    if (!scripted)
        response = respond(request);
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        m_holding.insert(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response] {
            m_holding.remove(guard.data());
            if (guard)
                send(guard, response);
        });
    } else {
        send(socket, response);
    }
}

void FakeHttpServer::send(QTcpSocket *socket, const FakeResponse &response)
{
    if (response.dropWithoutAnswer) {
        socket->disconnectFromHost();
        return;
    }
    const bool chunked = response.chunked || response.chunks.size() > 1 || response.stallAfterChunks
                         || response.closeAfterChunks;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    if (chunked)
        head += "Transfer-Encoding: chunked\r\n";
    else
        head += "Content-Length: " + QByteArray::number(response.chunks.value(0).size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (!chunked) {
        socket->write(response.chunks.value(0));
        socket->disconnectFromHost();
        return;
    }
    sendChunks(socket, response, 0);
}

void FakeHttpServer::sendChunks(QPointer<QTcpSocket> socket, FakeResponse response, int next)
{
    if (!socket)
        return;
    if (next < response.chunks.size()) {
        const QByteArray &piece = response.chunks.at(next);
        if (!piece.isEmpty())
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        socket->flush();
        if (response.chunkDelayMs > 0)
            QTimer::singleShot(response.chunkDelayMs, this, [this, socket, response, next] { sendChunks(socket, response, next + 1); });
        else
            sendChunks(socket, response, next + 1);
        return;
    }
    if (response.stallAfterChunks)
        return;
    if (response.closeAfterChunks) {   // no terminating chunk: the body is visibly incomplete
        socket->disconnectFromHost();
        return;
    }
    socket->write("0\r\n\r\n");
    socket->disconnectFromHost();
}

} // namespace PageLens::Test
