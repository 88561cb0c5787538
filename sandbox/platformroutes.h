#pragma once

#include "httpserver.h"
#include "records.h"

#include <QJsonArray>
#include <QJsonObject>
#include <functional>
#include <optional>

namespace sandbox {

class Store;

// The platform API (/v1/…, the OpenAPI files in shared/specs) speaks FastAPI:
// errors are {"detail":"…"} for 401/403/404 and {"detail":[{loc,msg,type,…}]}
// for a 422, with pydantic's error types and messages. docs/sandbox.md lists
// every shape.
namespace fastapi {

HttpReply detail(int status, const QString &message);

// The 422's items, collected so one reply names every bad field.
class Errors
{
public:
    void add(const QJsonArray &loc, const QString &msg, const QString &type,
        const QJsonValue &input = QJsonValue(QJsonValue::Undefined), const QJsonObject &ctx = {});
    bool isEmpty() const { return m_items.isEmpty(); }
    HttpReply reply() const;

private:
    QJsonArray m_items;
};

// Reads a JSON body's fields as pydantic would validate them, adding each
// problem to `errors` under ["body", …]. An absent body, or one that is not
// JSON, is itself an error.
class Body
{
public:
    Body(const HttpRequest &request, Errors *errors);
    bool isValid() const { return m_valid; }
    const QJsonObject &object() const { return m_object; }
    bool has(const QString &key) const { return m_object.contains(key); }
    bool isNull(const QString &key) const { return m_object.value(key).isNull(); }

    struct StringRule
    {
        bool required = false;
        bool nullable = false;
        bool strip = false;
        int minLength = 0;
        int maxLength = -1;
        QString pattern;
        QStringList choices; // an enum
    };
    // nullopt when absent, null or invalid (see has() / isNull()).
    std::optional<QString> string(const QString &key, const StringRule &rule);
    std::optional<bool> boolean(const QString &key, bool required = false);
    // A JSON object, returned as its compact text.
    std::optional<QByteArray> object(const QString &key, bool nullable);
    std::optional<QStringList> stringList(
        const QString &key, int itemMin, int itemMax, int maxItems, bool required, bool nullable);

private:
    QJsonArray loc(const QString &key) const;
    Errors *const m_errors;
    QJsonObject m_object;
    bool m_valid = false;
};

// Query parameters with pydantic's checks, adding problems under ["query", …].
std::optional<qint64> queryInt(const HttpRequest &request, const QString &name, qint64 fallback,
    std::optional<qint64> greaterThan, std::optional<qint64> atLeast, std::optional<qint64> atMost,
    Errors *errors);
std::optional<QString> queryChoice(const HttpRequest &request, const QString &name,
    const QString &fallback, const QStringList &choices, Errors *errors);
// The three-state boolean of an optional `bool | None` query parameter.
std::optional<bool> queryBool(
    const HttpRequest &request, const QString &name, Errors *errors, bool *valid);

// pydantic's message for a value outside a Literal/Enum.
QString expectedChoices(const QStringList &choices);
QJsonValue iso(std::optional<qint64> ms);
QJsonValue textOrNull(const QString &s);
// A list operation's page: the items starting at offset `start` of `total`,
// with has_more and the next page's integer continuation_token (or null).
HttpReply page(const QJsonArray &items, qint64 start, qint64 total);

} // namespace fastapi

// One call of a platform route, after authentication and workspace access.
struct PlatformCall
{
    Principal who;
    // The caller's role in `workspace`: their own role, or "admin" for a
    // platform admin acting in another workspace.
    QString role;
    Workspace workspace; // empty for routes outside a workspace
    const HttpRequest &request;
    QStringList params; // the path captures after the workspace id
};

// The /v1 routes: bearer authentication (401), the workspace in the path
// checked as a UUID (422) and resolved for the caller (404 for unknown, other
// and archived workspaces alike), then the role (403), before a handler runs.
class PlatformRoutes
{
public:
    enum class Need {
        Read, // any key of the workspace, viewers too
        Write, // not a viewer
        Admin, // admin or owner
        Owner, // the owner only
    };
    enum class Scope {
        Global, // no workspace in the path
        Workspace, // the first capture is the workspace id
    };
    using Handler = std::function<HttpReply(const PlatformCall &call)>;

    PlatformRoutes(Store *store, HttpServer *server);

    void add(QHttpServerRequest::Method method, const QString &path, Scope scope, Need need,
        Handler handler);

    Store *store() const { return m_store; }

    // The role `who` has in `workspaceId`, empty when the workspace is not theirs.
    static QString roleIn(const Principal &who, const QString &workspaceId);

private:
    Store *const m_store;
    HttpServer *const m_server;
};

} // namespace sandbox
