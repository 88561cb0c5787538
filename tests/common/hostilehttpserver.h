#pragma once

#include <QByteArray>
#include <QTcpServer>

// An HTTP server on 127.0.0.1 that misbehaves over time, which a scripted
// answer cannot: it streams a body far larger than any cap, or trickles one
// byte at a time. It counts what it managed to send, so a test can check the
// client stopped reading early rather than after the whole body.
class HostileHttpServer : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        // Content-Length: declaredBytes, then zeros as fast as the client reads.
        Huge,
        // No Content-Length (the body ends when the connection closes): zeros
        // as fast as the client reads, up to declaredBytes.
        HugeUndeclared,
        // Content-Length: declaredBytes, then one byte every intervalMs.
        Trickle,
    };

    HostileHttpServer(
        Mode mode, qint64 declaredBytes, int intervalMs = 0, QObject *parent = nullptr);
    bool listen();
    QString origin() const;
    qint64 bytesSent() const { return m_sent; }
    int requests() const { return m_requests; }
    // Whether the client has closed the connection it was sent on.
    bool clientClosed() const { return m_closed; }

private:
    void serve(class QTcpSocket *socket);

    QTcpServer m_server;
    const Mode m_mode;
    const qint64 m_declared;
    const int m_intervalMs;
    qint64 m_sent = 0;
    int m_requests = 0;
    bool m_closed = false;
};
