#include "countingproxy.h"

#include <QTcpSocket>

CountingProxy::CountingProxy(quint16 upstreamPort, QObject *parent)
    : QObject(parent)
    , m_upstreamPort(upstreamPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_connections;
            auto *upstream = new QTcpSocket(client);
            // Bytes the console sends before the upstream is connected wait
            // in the client socket's buffer.
            const auto pumpUp = [this, client, upstream] {
                if (upstream->state() != QAbstractSocket::ConnectedState)
                    return;
                const QByteArray data = client->readAll();
                m_up += data.size();
                upstream->write(data);
            };
            connect(client, &QTcpSocket::readyRead, upstream, pumpUp);
            connect(upstream, &QTcpSocket::connected, upstream, pumpUp);
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                const QByteArray data = upstream->readAll();
                m_down += data.size();
                client->write(data);
            });
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
        }
    });
}

bool CountingProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString CountingProxy::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
}

void CountingProxy::reset()
{
    m_down = 0;
    m_up = 0;
    m_connections = 0;
}
