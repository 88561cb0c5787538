#pragma once

#include <QByteArray>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>

// A minimal HTTP/1.1 server on 127.0.0.1 for tests that need a server to
// misbehave in a precise way (cross-origin redirects, odd bodies). It records
// every request's raw head and answers through a script.
class ScriptedHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target;
        QByteArray head; // request line and headers, raw
        bool hasHeader(const QByteArray &name) const;
    };
    // Returns the full raw response (status line, headers, body).
    using Script = std::function<QByteArray(const Request &)>;

    explicit ScriptedHttpServer(Script script, QObject *parent = nullptr);
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString origin() const;
    const QList<Request> &requests() const { return m_requests; }

    static QByteArray response(int status, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});

    // Requests `hold` accepts wait, unanswered, until releaseHeld() (a slow
    // page, precisely as slow as the test wants it).
    void setHold(std::function<bool(const Request &)> hold) { m_hold = std::move(hold); }
    int heldCount() const { return int(m_held.size()); }
    void releaseHeld();

private:
    struct Held
    {
        QPointer<QTcpSocket> socket;
        Request request;
    };
    void answer(QTcpSocket *socket, const Request &r);

    QTcpServer m_server;
    Script m_script;
    QList<Request> m_requests;
    std::function<bool(const Request &)> m_hold;
    QList<Held> m_held;
};
