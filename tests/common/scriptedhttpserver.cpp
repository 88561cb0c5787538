#include "scriptedhttpserver.h"

#include <QTcpSocket>

bool ScriptedHttpServer::Request::hasHeader(const QByteArray &name) const
{
    for (const QByteArray &line : head.split('\n')) {
        if (line.trimmed().toLower().startsWith(QByteArray(name.toLower() + ':')))
            return true;
    }
    return false;
}

ScriptedHttpServer::ScriptedHttpServer(Script script, QObject *parent)
    : QObject(parent)
    , m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
                *buffer += socket->readAll();
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Request r;
                r.head = buffer->left(end);
                const QList<QByteArray> first = r.head.left(r.head.indexOf("\r\n")).split(' ');
                r.method = first.value(0);
                r.target = first.value(1);
                buffer->clear();
                m_requests.append(r);
                if (m_hold && m_hold(r)) {
                    m_held.append({socket, r});
                    return;
                }
                answer(socket, r);
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void ScriptedHttpServer::answer(QTcpSocket *socket, const Request &r)
{
    socket->write(m_script(r));
    socket->disconnectFromHost();
}

void ScriptedHttpServer::releaseHeld()
{
    const QList<Held> held = std::exchange(m_held, {});
    for (const Held &h : held) {
        if (h.socket)
            answer(h.socket, h.request);
    }
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString ScriptedHttpServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(port());
}

QByteArray ScriptedHttpServer::response(
    int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " X\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n"
        + body;
    return out;
}
