#pragma once

#include <QObject>
#include <QTcpServer>

// A TCP proxy on 127.0.0.1 between the console and a server that counts the
// bytes each way: what the console really costs the platform, headers and
// all, whatever the client or server report.
class CountingProxy : public QObject
{
    Q_OBJECT

public:
    CountingProxy(quint16 upstreamPort, QObject *parent = nullptr);
    bool listen();
    QString origin() const;

    qint64 bytesDown() const { return m_down; } // server to console
    qint64 bytesUp() const { return m_up; } // console to server
    int connections() const { return m_connections; }
    void reset();

private:
    QTcpServer m_server;
    quint16 m_upstreamPort;
    qint64 m_down = 0;
    qint64 m_up = 0;
    int m_connections = 0;
};
