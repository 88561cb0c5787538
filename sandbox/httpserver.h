#pragma once

#include "faults.h"

#include <QAbstractHttpServer>
#include <QFile>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrlQuery>
#include <functional>
#include <memory>

namespace sandbox {

// A request as the sandbox's handlers see it: method, path, query, body and
// headers, decoupled from the socket so a reply can be produced synchronously
// and written later (latency faults).
struct HttpRequest
{
    QHttpServerRequest::Method method = QHttpServerRequest::Method::Unknown;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(const QByteArray &name) const; // case-insensitive
    QString bearerToken() const; // empty unless "Authorization: Bearer <token>"
    // Parsed application/x-www-form-urlencoded body.
    QUrlQuery formBody() const;
};

struct HttpReply;

// A reply a handler gives later (after its own network requests): the
// handler returns HttpReply::later(d) and calls d->resolve(reply) once, from
// the event-loop thread.
class DeferredReply
{
public:
    void resolve(struct HttpReply reply);

private:
    friend class HttpServer;
    std::function<void(struct HttpReply)> m_then;
    std::shared_ptr<struct HttpReply> m_value;
};

struct HttpReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool isJson = false;
    std::shared_ptr<DeferredReply> deferred; // set: the reply comes later

    static HttpReply later(std::shared_ptr<DeferredReply> deferred);

    static HttpReply json(int status, const QJsonObject &object);
    // The contract's error body: {"error","message"[,"details"]}.
    static HttpReply error(int status, const QString &code, const QString &message,
        const QJsonValue &details = QJsonValue());
    static HttpReply html(int status, const QString &page);
    static HttpReply redirect(const QUrl &location);
    HttpReply &withHeader(const QByteArray &name, const QByteArray &value);
};

// The sandbox's HTTP front: loopback only, a small path router with 404/405,
// a request log with secrets redacted, and fault injection for API routes.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<HttpReply(const HttpRequest &, const QStringList &params)>;
    enum class RouteKind { Api, Page };

    explicit HttpServer(QObject *parent = nullptr);

    // Pattern segments starting with ':' capture, e.g. "/connections/:id/runs".
    // Routes are tried in the order they were added.
    void addRoute(
        QHttpServerRequest::Method method, const QString &pattern, RouteKind kind, Handler handler);

    // Binds 127.0.0.1 (never another interface). Returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port);
    QString origin() const { return m_origin; }

    FaultInjector &faults() { return m_faults; }

    // Appends every /v1 response (method, path, query, status, body) to
    // `path` as JSON lines, for the suite's independent OpenAPI validation.
    // The platform API never answers with a secret, so the file holds none.
    bool recordPlatformResponses(const QString &path, QString *error);

    // Exposed for tests: the path and query as they are logged.
    static QString redactedTarget(const QUrl &url);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Route
    {
        QHttpServerRequest::Method method;
        QStringList segments;
        RouteKind kind;
        Handler handler;
    };
    HttpReply dispatch(const HttpRequest &request, bool *isApi);
    using Sender = std::function<void(HttpReply reply, int delayMs)>;
    Sender sender(const QHttpServerRequest &request, QTcpSocket *socket);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, HttpReply reply, int delayMs);

    QList<Route> m_routes;
    QString m_origin;
    FaultInjector m_faults;
    QFile m_record;
};

} // namespace sandbox
