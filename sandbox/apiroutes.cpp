#include "apiroutes.h"

#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {
const QString kBase = QStringLiteral("/api/platform/v1");
} // namespace

ApiRoutes::ApiRoutes(Store *store, HttpServer *server)
    : m_store(store)
    , m_server(server)
{ }

void ApiRoutes::add(
    QHttpServerRequest::Method method, const QString &path, Access access, Handler handler)
{
    const QString full = path.startsWith(u"/api/") ? path : kBase + path;
    m_server->addRoute(method, full, HttpServer::RouteKind::Api,
        [this, access, handler = std::move(handler)](
            const HttpRequest &request, const QStringList &params) {
            const Principal who = m_store->principalForBearer(
                request.bearerToken(), QDateTime::currentMSecsSinceEpoch());
            if (!who.isValid()) {
                return HttpReply::error(401, QStringLiteral("unauthorized"),
                    QStringLiteral("Missing, unknown, expired or revoked bearer token."))
                    .withHeader("WWW-Authenticate", "Bearer realm=\"connections\"");
            }
            if (access == Access::Write && !who.canWrite()) {
                return HttpReply::error(403, QStringLiteral("forbidden"),
                    QStringLiteral("This key is read-only: a viewer cannot change connections."));
            }
            if (access == Access::PlatformAdmin && !who.platformAdmin) {
                return HttpReply::error(403, QStringLiteral("forbidden"),
                    QStringLiteral("Only a platform admin may do this."));
            }
            return handler(who, request, params);
        });
}

namespace reply {

HttpReply validation(const QString &field, const QString &message, const QString &code)
{
    return HttpReply::error(422, code,
        code == u"validation_error" ? QStringLiteral("Invalid request: %1 %2.").arg(field, message)
                                    : message,
        QJsonArray{
            QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}}});
}

HttpReply notFound()
{
    return HttpReply::error(404, QStringLiteral("not_found"),
        QStringLiteral("No connection with that id in this workspace."));
}

bool parseBody(const HttpRequest &request, QJsonObject *out, HttpReply *error)
{
    if (request.body.trimmed().isEmpty()) {
        *out = {};
        return true;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = validation(QStringLiteral("body"), QStringLiteral("must be a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

QJsonValue iso(std::optional<qint64> ms)
{
    if (!ms)
        return QJsonValue::Null;
    return QDateTime::fromMSecsSinceEpoch(*ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

} // namespace reply

} // namespace sandbox
