#include "httpserver.h"

#include <QElapsedTimer>
#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

Q_LOGGING_CATEGORY(lcHttp, "sandbox.http")

namespace sandbox {

namespace {

const char *methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "OTHER";
    }
}

bool isSecretParameter(const QString &key)
{
    static const QStringList secret = {QStringLiteral("code"), QStringLiteral("state"),
        QStringLiteral("token"), QStringLiteral("access_token"), QStringLiteral("refresh_token"),
        QStringLiteral("api_key"), QStringLiteral("key"), QStringLiteral("code_verifier"),
        QStringLiteral("code_challenge"), QStringLiteral("nonce"), QStringLiteral("ticket"),
        QStringLiteral("client_secret"), QStringLiteral("signing_secret"),
        QStringLiteral("cursor")};
    return secret.contains(key.toLower());
}

} // namespace

QByteArray HttpRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QString HttpRequest::bearerToken() const
{
    const QByteArray value = header("Authorization").trimmed();
    if (value.size() < 8 || value.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return {};
    return QString::fromLatin1(value.mid(7).trimmed());
}

QUrlQuery HttpRequest::formBody() const
{
    // '+' means space in form encoding (HTML 4.01 §17.13.4); QUrlQuery keeps it.
    QByteArray b = body;
    b.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(b));
}

HttpReply HttpReply::json(int status, const QJsonObject &object)
{
    HttpReply r;
    r.status = status;
    r.body = QJsonDocument(object).toJson(QJsonDocument::Compact);
    r.isJson = true;
    r.withHeader("Content-Type", "application/json");
    return r;
}

HttpReply HttpReply::error(
    int status, const QString &code, const QString &message, const QJsonValue &details)
{
    QJsonObject o{{QStringLiteral("error"), code}, {QStringLiteral("message"), message}};
    if (!details.isUndefined() && !details.isNull())
        o.insert(QStringLiteral("details"), details);
    return json(status, o);
}

HttpReply HttpReply::html(int status, const QString &page)
{
    HttpReply r;
    r.status = status;
    r.body = page.toUtf8();
    r.withHeader("Content-Type", "text/html; charset=utf-8");
    r.withHeader("Cache-Control", "no-store");
    r.withHeader("Referrer-Policy", "no-referrer");
    r.withHeader("X-Frame-Options", "DENY");
    r.withHeader("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action "
        "'self'");
    return r;
}

HttpReply HttpReply::redirect(const QUrl &location)
{
    HttpReply r;
    r.status = 302;
    r.withHeader("Location", location.toEncoded());
    r.withHeader("Cache-Control", "no-store");
    r.withHeader("Referrer-Policy", "no-referrer");
    return r;
}

HttpReply &HttpReply::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

HttpServer::HttpServer(QObject *parent)
    : QAbstractHttpServer(parent)
{ }

void HttpServer::addRoute(
    QHttpServerRequest::Method method, const QString &pattern, RouteKind kind, Handler handler)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), kind, std::move(handler)});
}

quint16 HttpServer::listenLoopback(quint16 port)
{
    const quint16 bound = listen(QHostAddress::LocalHost, port);
    if (bound != 0)
        m_origin = QStringLiteral("http://127.0.0.1:%1").arg(bound);
    return bound;
}

QString HttpServer::redactedTarget(const QUrl &url)
{
    QString out = url.path();
    const QUrlQuery q(url);
    if (!q.isEmpty()) {
        QStringList parts;
        for (const auto &item : q.queryItems(QUrl::FullyEncoded)) {
            parts << item.first + u'='
                    + (isSecretParameter(item.first) ? QStringLiteral("[redacted]") : item.second);
        }
        out += u'?' + parts.join(u'&');
    }
    return out;
}

bool HttpServer::recordPlatformResponses(const QString &path, QString *error)
{
    m_record.setFileName(path);
    if (!m_record.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = m_record.errorString();
        return false;
    }
    return true;
}

HttpReply HttpServer::dispatch(const HttpRequest &request, bool *isApi)
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    QStringList allowed;
    for (const Route &route : std::as_const(m_routes)) {
        if (route.segments.size() != segments.size())
            continue;
        QStringList params;
        bool match = true;
        for (qsizetype i = 0; i < segments.size() && match; ++i) {
            const QString &want = route.segments.at(i);
            if (want.startsWith(u':'))
                params << QUrl::fromPercentEncoding(segments.at(i).toUtf8());
            else
                match = want == segments.at(i);
        }
        if (!match)
            continue;
        if (route.method != request.method) {
            allowed << QString::fromLatin1(methodName(route.method));
            continue;
        }
        *isApi = route.kind == RouteKind::Api;
        return route.handler(request, params);
    }
    *isApi = request.path.startsWith(u"/api/") || request.path.startsWith(u"/v1/");
    if (request.path.startsWith(u"/v1/")) {
        // The platform API answers as FastAPI does.
        if (!allowed.isEmpty()) {
            return HttpReply::json(
                405, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Method Not Allowed")}})
                .withHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
        }
        return HttpReply::json(
            404, QJsonObject{{QStringLiteral("detail"), QStringLiteral("Not Found")}});
    }
    if (!allowed.isEmpty()) {
        return HttpReply::error(405, QStringLiteral("method_not_allowed"),
            QStringLiteral("This endpoint does not accept %1.")
                .arg(QString::fromLatin1(methodName(request.method))))
            .withHeader("Allow", allowed.join(QStringLiteral(", ")).toLatin1());
    }
    return HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint."));
}

bool HttpServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    HttpRequest req;
    req.method = request.method();
    req.path = request.url().path();
    req.query = request.query();
    req.body = request.body();
    req.headers = request.headers();

    // Faults apply to API routes only: consent and result pages stay usable.
    const bool platformPath = req.path.startsWith(u"/v1/");
    const bool apiPath
        = platformPath || (req.path.startsWith(u"/api/") && !req.path.startsWith(u"/api/sandbox/"));
    // Injected errors take the shape of the API they interrupt.
    auto faultError = [platformPath](int status, const QString &code, const QString &message) {
        return platformPath
            ? HttpReply::json(status, QJsonObject{{QStringLiteral("detail"), message}})
            : HttpReply::error(status, code, message);
    };
    HttpReply reply;
    bool isApi = false;
    // What the log line says was injected (a soak test counts them).
    const char *injected = "";
    bool dispatched = false;
    if (apiPath && m_faults.nextIsRateLimited()) {
        reply
            = faultError(429, QStringLiteral("rate_limited"),
                QStringLiteral("Too many requests (sandbox fault injection). Retry after %1 s.")
                    .arg(m_faults.spec().retryAfterSeconds))
                  .withHeader("Retry-After", QByteArray::number(m_faults.spec().retryAfterSeconds));
    } else if (const int code = apiPath ? m_faults.nextServerError() : 0) {
        reply = faultError(code, QStringLiteral("internal_error"),
            QStringLiteral("The platform failed to answer (sandbox fault injection)."));
    } else {
        reply = dispatch(req, &isApi);
        dispatched = true;
    }
    // What happens to the reply once it is there: now, or when a deferred
    // handler resolves it.
    Sender write = sender(request, socket);
    const QString target = redactedTarget(request.url());
    const int latency = apiPath ? m_faults.spec().latencyMs : 0;
    auto finish = [this, req, platformPath, apiPath, dispatched, timer, injected, write, target,
                      latency](HttpReply out) mutable {
        if (apiPath && dispatched && out.isJson) {
            switch (m_faults.nextBodyFault()) {
            case FaultInjector::Body::Malformed:
                out.body = QByteArrayLiteral("{\"connections\": [ {\"id\": \"con_\", ,]");
                injected = " [fault: malformed]";
                break;
            case FaultInjector::Body::Truncated:
                out.body.truncate(out.body.size() / 2);
                injected = " [fault: truncated]";
                break;
            case FaultInjector::Body::Intact:
                break;
            }
        }
        qCInfo(lcHttp, "%s %s -> %d (%lld ms)%s", methodName(req.method), qPrintable(target),
            out.status, timer.elapsed(), injected);
        if (platformPath && m_record.isOpen()) {
            const QJsonObject line{
                {QStringLiteral("method"), QString::fromLatin1(methodName(req.method))},
                {QStringLiteral("path"), req.path},
                {QStringLiteral("query"), req.query.toString(QUrl::FullyEncoded)},
                {QStringLiteral("status"), out.status},
                {QStringLiteral("body"), QString::fromUtf8(out.body)}};
            m_record.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
            m_record.flush();
        }
        write(std::move(out), latency);
    };
    if (reply.deferred) {
        std::shared_ptr<DeferredReply> deferred = reply.deferred;
        if (deferred->m_value)
            finish(*deferred->m_value);
        else
            deferred->m_then = std::move(finish);
        return true;
    }
    finish(std::move(reply));
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket,
        HttpReply::error(404, QStringLiteral("not_found"), QStringLiteral("No such endpoint.")), 0);
}

HttpServer::Sender HttpServer::sender(const QHttpServerRequest &request, QTcpSocket *socket)
{
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QPointer<QTcpSocket> guard(socket);
    QPointer<HttpServer> self(this);
    return [responder, guard, self](HttpReply reply, int delayMs) {
        auto write = [responder, guard, reply = std::move(reply)]() {
            if (!guard || guard->state() != QAbstractSocket::ConnectedState)
                return; // the client gave up (e.g. its timeout fired during latency)
            responder->writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
            for (const auto &h : reply.headers)
                responder->writeHeader(h.first, h.second);
            responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
            responder->writeBody(reply.body);
        };
        if (delayMs > 0 && self)
            QTimer::singleShot(delayMs, self.data(), write);
        else
            write();
    };
}

void HttpServer::send(
    const QHttpServerRequest &request, QTcpSocket *socket, HttpReply reply, int delayMs)
{
    sender(request, socket)(std::move(reply), delayMs);
}

void DeferredReply::resolve(HttpReply reply)
{
    if (m_then) {
        auto then = std::move(m_then);
        m_then = nullptr;
        then(std::move(reply));
    } else if (!m_value) {
        m_value = std::make_shared<HttpReply>(std::move(reply));
    }
}

HttpReply HttpReply::later(std::shared_ptr<DeferredReply> deferred)
{
    HttpReply r;
    r.deferred = std::move(deferred);
    return r;
}

} // namespace sandbox
