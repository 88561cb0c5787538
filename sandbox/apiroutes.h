#pragma once

#include "httpserver.h"
#include "records.h"

#include <QJsonObject>
#include <functional>
#include <optional>

namespace sandbox {

class Store;

// Who may call a route, declared once where the route is added.
enum class Access {
    Read, // any valid token or key
    Write, // not a viewer
    PlatformAdmin, // a platform admin (cadences, the sandbox's fault switch)
};

// The API routes of the sandbox, with their access checked before a handler
// runs: a missing, unknown, expired or revoked token answers 401, a caller
// without the access 403, and the handler never sees them. Handlers get the
// authenticated Principal.
class ApiRoutes
{
public:
    using Handler = std::function<HttpReply(
        const Principal &who, const HttpRequest &request, const QStringList &params)>;

    ApiRoutes(Store *store, HttpServer *server);

    // `path` may start with /api/…; otherwise it is under /api/platform/v1.
    void add(
        QHttpServerRequest::Method method, const QString &path, Access access, Handler handler);

    Store *store() const { return m_store; }
    HttpServer *server() const { return m_server; }

private:
    Store *const m_store;
    HttpServer *const m_server;
};

// The connections API's reply shapes (connections-api.md, "Errors").
namespace reply {
// 422 validation_error (or `code`) naming one field.
HttpReply validation(const QString &field, const QString &message,
    const QString &code = QStringLiteral("validation_error"));
// One body for unknown ids and other workspaces' ids alike (guide).
HttpReply notFound();
// The body as a JSON object; an empty body is {}. On failure *error is the 422.
bool parseBody(const HttpRequest &request, QJsonObject *out, HttpReply *error);
QJsonValue iso(std::optional<qint64> ms);
QJsonValue stringOrNull(const QString &s);
} // namespace reply

} // namespace sandbox
