#include "hostilehttpserver.h"

#include <QTcpSocket>
#include <QTimer>

HostileHttpServer::HostileHttpServer(
    Mode mode, qint64 declaredBytes, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_mode(mode)
    , m_declared(declaredBytes)
    , m_intervalMs(intervalMs)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (socket->property("served").toBool())
                    return;
                if (!socket->peek(1 << 16).contains("\r\n\r\n"))
                    return;
                socket->readAll();
                socket->setProperty("served", true);
                ++m_requests;
                serve(socket);
            });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_closed = true;
                socket->deleteLater();
            });
        }
    });
}

bool HostileHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString HostileHttpServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void HostileHttpServer::serve(QTcpSocket *socket)
{
    QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
    if (m_mode != Mode::HugeUndeclared)
        head += "Content-Length: " + QByteArray::number(m_declared) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    if (m_mode == Mode::Trickle) {
        auto *timer = new QTimer(socket);
        connect(timer, &QTimer::timeout, socket, [this, socket] {
            if (socket->state() != QAbstractSocket::ConnectedState)
                return;
            socket->write(m_sent == 0 ? "{" : " ");
            ++m_sent;
        });
        timer->start(m_intervalMs);
        return;
    }
    // Keep about 1 MiB in flight: write more each time the last lot is taken.
    const QByteArray chunk(256 * 1024, ' ');
    auto feed = [this, socket, chunk] {
        while (socket->state() == QAbstractSocket::ConnectedState
            && socket->bytesToWrite() < (1 << 20) && m_sent < m_declared) {
            socket->write(chunk);
            m_sent += chunk.size();
        }
        if (m_sent >= m_declared)
            socket->disconnectFromHost();
    };
    connect(socket, &QTcpSocket::bytesWritten, socket, feed);
    feed();
}
