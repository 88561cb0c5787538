#include "platformapi.h"

#include "catalog.h"
#include "health.h"
#include "secrets.h"
#include "stablehash.h"
#include "store.h"
#include "syncrunner.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

namespace sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Kind = HttpServer::RouteKind;

const QString kBase = QStringLiteral("/api/platform/v1");
constexpr int kMaxNameLength = 120;

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

QJsonArray fieldError(const QString &field, const QString &message)
{
    return QJsonArray{
        QJsonObject{{QStringLiteral("field"), field}, {QStringLiteral("message"), message}}};
}

HttpReply validation(const QString &field, const QString &message,
    const QString &code = QStringLiteral("validation_error"))
{
    return HttpReply::error(422, code,
        code == u"validation_error" ? QStringLiteral("Invalid request: %1 %2.").arg(field, message)
                                    : message,
        fieldError(field, message));
}

bool parseBody(const HttpRequest &req, QJsonObject *out, HttpReply *error)
{
    if (req.body.trimmed().isEmpty()) {
        *out = {};
        return true;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(req.body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = validation(QStringLiteral("body"), QStringLiteral("must be a JSON object"));
        return false;
    }
    *out = doc.object();
    return true;
}

bool isRunning(const ConnectionRecord &c)
{
    return c.lastRun && (c.lastRun->status == u"running" || c.lastRun->status == u"pending");
}

QString credentialDigestFor(const QString &key)
{
    const QString salt = randomToken(12);
    return salt + u':' + secretDigest(salt + key);
}

QString encodeCursor(const ConnectionRecord &c)
{
    return QString::fromLatin1(
        QStringLiteral("%1:%2")
            .arg(c.createdAt)
            .arg(c.id)
            .toUtf8()
            .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool decodeCursor(const QString &cursor, qint64 *createdAt, QString *id)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return false;
    const QString text = QString::fromUtf8(*decoded);
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return false;
    bool ok = false;
    *createdAt = text.left(colon).toLongLong(&ok);
    *id = text.mid(colon + 1);
    return ok && id->startsWith(u"con_");
}

} // namespace

bool isValidHandle(const QString &handle)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_]{2,15}$"));
    return re.match(handle).hasMatch();
}

bool resolveSandboxHandle(const QString &handle, ResolvedHandle *out)
{
    if (handle.startsWith(u"unknown_", Qt::CaseInsensitive))
        return false;
    const QString key = handle.toLower();
    out->externalAccountId = QString::number(stableHash(7u, key) % 9000000000ULL + 1000000000ULL);
    QString display = key;
    display.replace(u'_', u' ');
    bool up = true;
    for (QChar &ch : display) {
        if (up)
            ch = ch.toUpper();
        up = ch == u' ';
    }
    out->displayName = display;
    out->followers = qint64(stableHash(11u, key) % 250000);
    out->avatarPath = QStringLiteral("/sandbox/avatars/") + key + QStringLiteral(".svg");
    return true;
}

bool sandboxAcceptsApiKey(const QString &key)
{
    return key.size() >= 8 && !key.startsWith(u"invalid", Qt::CaseInsensitive);
}

QString profileForApiKey(const QString &key)
{
    static const char *const prefixes[] = {"flaky", "partial", "config_error", "token_revoked",
        "afternoon_rate_limit", "locked", "slow"};
    for (const char *p : prefixes) {
        if (key.startsWith(QString::fromLatin1(p) + u'_'))
            return QString::fromLatin1(p);
    }
    return QStringLiteral("clean");
}

PlatformApi::PlatformApi(Store *store, SyncRunner *runner, HttpServer *server, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runner(runner)
    , m_server(server)
{
    auto route = [this](Method m, const QString &path, auto fn) {
        m_server->addRoute(m, kBase + path, Kind::Api,
            [this, fn](const HttpRequest &r, const QStringList &p) { return fn(this, r, p); });
    };
    using P = const QStringList &;
    using R = const HttpRequest &;
    route(Method::Get, QStringLiteral("/me"), [](PlatformApi *a, R r, P) { return a->me(r); });
    route(Method::Get, QStringLiteral("/members"),
        [](PlatformApi *a, R r, P) { return a->members(r); });
    route(Method::Get, QStringLiteral("/connections/catalog"),
        [](PlatformApi *a, R r, P) { return a->catalogList(r); });
    route(Method::Get, QStringLiteral("/connections/resolve-handle"),
        [](PlatformApi *a, R r, P) { return a->resolveHandle(r); });
    route(Method::Get, QStringLiteral("/runs"),
        [](PlatformApi *a, R r, P) { return a->workspaceRuns(r); });
    route(Method::Get, QStringLiteral("/connections"),
        [](PlatformApi *a, R r, P) { return a->list(r); });
    route(Method::Post, QStringLiteral("/connections"),
        [](PlatformApi *a, R r, P) { return a->connectConnector(r); });
    route(Method::Get, QStringLiteral("/connections/:id"),
        [](PlatformApi *a, R r, P p) { return a->get(r, p[0]); });
    route(Method::Delete, QStringLiteral("/connections/:id"),
        [](PlatformApi *a, R r, P p) { return a->disconnectConnection(r, p[0]); });
    route(Method::Patch, QStringLiteral("/connections/:id"),
        [](PlatformApi *a, R r, P p) { return a->patch(r, p[0]); });
    route(Method::Get, QStringLiteral("/connections/:id/status"),
        [](PlatformApi *a, R r, P p) { return a->status(r, p[0]); });
    route(Method::Get, QStringLiteral("/connections/:id/runs"),
        [](PlatformApi *a, R r, P p) { return a->runs(r, p[0]); });
    route(Method::Post, QStringLiteral("/connections/:id/reconnect"),
        [](PlatformApi *a, R r, P p) { return a->reconnect(r, p[0]); });
    route(Method::Post, QStringLiteral("/connections/:id/sync"),
        [](PlatformApi *a, R r, P p) { return a->sync(r, p[0]); });

    auto adminRoute = [this](Method m, const QString &path, auto fn) {
        m_server->addRoute(m, path, Kind::Api,
            [this, fn](const HttpRequest &r, const QStringList &p) { return fn(this, r, p); });
    };
    adminRoute(Method::Get, QStringLiteral("/api/admin/connector-cadence"),
        [](PlatformApi *a, R r, P) { return a->cadences(r); });
    adminRoute(Method::Put, QStringLiteral("/api/admin/connector-cadence/:type"),
        [](PlatformApi *a, R r, P p) { return a->putCadence(r, p[0]); });
    adminRoute(Method::Get, QStringLiteral("/api/sandbox/faults"),
        [](PlatformApi *a, R r, P) { return a->faultsGet(r); });
    adminRoute(Method::Put, QStringLiteral("/api/sandbox/faults"),
        [](PlatformApi *a, R r, P) { return a->faultsPut(r); });
}

std::optional<ConnectionRecord> PlatformApi::ownConnection(
    const HttpRequest &req, const QString &id, bool write, Principal *who, HttpReply *deny) const
{
    if (!authenticate(req, write, who, deny))
        return std::nullopt;
    std::optional<ConnectionRecord> c = m_store->connection(who->workspaceId, id);
    if (!c)
        *deny = notFound();
    return c;
}

bool PlatformApi::authenticate(
    const HttpRequest &req, bool write, Principal *who, HttpReply *deny) const
{
    *who = m_store->principalForBearer(req.bearerToken(), QDateTime::currentMSecsSinceEpoch());
    if (!who->isValid()) {
        *deny = HttpReply::error(401, QStringLiteral("unauthorized"),
            QStringLiteral("Missing, unknown, expired or revoked bearer token."))
                    .withHeader("WWW-Authenticate", "Bearer realm=\"connections\"");
        return false;
    }
    if (write && !who->canWrite()) {
        *deny = HttpReply::error(403, QStringLiteral("forbidden"),
            QStringLiteral("This key is read-only: a viewer cannot change connections."));
        return false;
    }
    return true;
}

HttpReply PlatformApi::notFound() const
{
    // One body for unknown ids and other workspaces' ids alike (guide).
    return HttpReply::error(404, QStringLiteral("not_found"),
        QStringLiteral("No connection with that id in this workspace."));
}

QJsonObject PlatformApi::runJson(const RunRecord &r)
{
    return QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("status"), r.status},
        {QStringLiteral("triggered_by"), r.triggeredBy},
        {QStringLiteral("started_at"), iso(r.startedAt)},
        {QStringLiteral("finished_at"), iso(r.finishedAt)},
        {QStringLiteral("streams_total"), r.streamsTotal},
        {QStringLiteral("streams_failed"), r.streamsFailed},
        {QStringLiteral("records_written"), r.recordsWritten},
        {QStringLiteral("error_reason"), stringOrNull(r.errorReason)}};
}

QJsonObject PlatformApi::connectionJson(const ConnectionRecord &c, qint64 nowMs) const
{
    HealthInputs in;
    in.status = c.status;
    in.credentialsInvalid = c.authState != u"ok";
    in.isSyncing = isRunning(c);
    in.hasLastRun = c.lastRun.has_value();
    if (c.lastRun) {
        in.lastRunStatus = c.lastRun->status;
        in.lastRunErrorReason = c.lastRun->errorReason;
        in.lastRunStreamsFailed = c.lastRun->streamsFailed;
    }
    in.lastSuccessMs = c.lastSyncedAt;
    in.nowMs = nowMs;

    QJsonObject o{{QStringLiteral("id"), c.id},
        {QStringLiteral("kind"), QStringLiteral("first_party")},
        {QStringLiteral("connector_type"), c.connectorType}, {QStringLiteral("name"), c.name},
        {QStringLiteral("status"), c.status}, {QStringLiteral("scope"), c.scope},
        {QStringLiteral("created_at"), iso(c.createdAt)},
        {QStringLiteral("last_synced_at"), iso(c.lastSyncedAt)},
        {QStringLiteral("last_error"), stringOrNull(c.lastError)},
        {QStringLiteral("is_syncing"), in.isSyncing}, {QStringLiteral("health"), deriveHealth(in)},
        {QStringLiteral("last_run"),
            c.lastRun ? QJsonValue(runJson(*c.lastRun)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("owner_user_id"), stringOrNull(c.ownerUserId)}};
    if (!c.handle.isEmpty()) {
        o.insert(QStringLiteral("handle"), c.handle);
        o.insert(QStringLiteral("display_name"), c.displayName);
        o.insert(QStringLiteral("avatar_url"),
            c.avatarUrl.startsWith(u'/') ? QString(m_server->origin() + c.avatarUrl) : c.avatarUrl);
    }
    return o;
}

QString PlatformApi::beginProviderFlow(
    const ConnectionRecord &c, const QString &returnTo, const QString &purpose)
{
    const QString state = randomToken(32);
    m_store->insertProviderFlow(
        state, {c.id, c.workspaceId, returnTo, purpose, QDateTime::currentMSecsSinceEpoch()});
    return m_server->origin() + QStringLiteral("/sandbox/providers/") + c.connectorType
        + QStringLiteral("/authorize?state=") + state;
}

HttpReply PlatformApi::me(const HttpRequest &req)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, false, &who, &deny))
        return deny;
    const std::optional<User> u = m_store->user(who.userId);
    const std::optional<Workspace> ws = m_store->workspace(who.workspaceId);
    return HttpReply::json(200,
        {{QStringLiteral("user_id"), who.userId}, {QStringLiteral("name"), u ? u->name : QString()},
            {QStringLiteral("email"), u ? u->email : QString()}, {QStringLiteral("role"), who.role},
            {QStringLiteral("platform_admin"), who.platformAdmin},
            {QStringLiteral("workspace"),
                QJsonObject{{QStringLiteral("id"), who.workspaceId},
                    {QStringLiteral("name"), ws ? ws->name : QString()},
                    {QStringLiteral("slug"), ws ? ws->slug : QString()}}}});
}

HttpReply PlatformApi::members(const HttpRequest &req)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, false, &who, &deny))
        return deny;
    QJsonArray list;
    for (const User &u : m_store->members(who.workspaceId)) {
        list.append(QJsonObject{{QStringLiteral("user_id"), u.id}, {QStringLiteral("name"), u.name},
            {QStringLiteral("email"), u.email}});
    }
    return HttpReply::json(200, {{QStringLiteral("members"), list}});
}

HttpReply PlatformApi::catalogList(const HttpRequest &req)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, false, &who, &deny))
        return deny;
    const QString category = req.query.queryItemValue(QStringLiteral("category"));
    static const QStringList categories
        = {QStringLiteral("crm"), QStringLiteral("calls"), QStringLiteral("comms"),
            QStringLiteral("docs"), QStringLiteral("support"), QStringLiteral("social")};
    if (req.query.hasQueryItem(QStringLiteral("category")) && !categories.contains(category)) {
        return validation(QStringLiteral("category"),
            QStringLiteral("must be one of crm, calls, comms, docs, support, social"));
    }
    QJsonArray list;
    for (const Connector &c : catalog()) {
        if (category.isEmpty() || c.category == category)
            list.append(c.toJson());
    }
    return HttpReply::json(200, {{QStringLiteral("connectors"), list}});
}

HttpReply PlatformApi::list(const HttpRequest &req)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, false, &who, &deny))
        return deny;
    int limit = 0;
    if (req.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return validation(QStringLiteral("limit"), QStringLiteral("must be 1 to 1000"));
    }
    qint64 afterCreated = 0;
    QString afterId;
    if (req.query.hasQueryItem(QStringLiteral("cursor"))) {
        if (!decodeCursor(
                req.query.queryItemValue(QStringLiteral("cursor")), &afterCreated, &afterId)) {
            return validation(
                QStringLiteral("cursor"), QStringLiteral("is not a cursor this server issued"));
        }
    }
    QVector<ConnectionRecord> rows
        = m_store->connections(who.workspaceId, limit > 0 ? limit + 1 : 0, afterCreated, afterId);
    QJsonValue next = QJsonValue::Null;
    if (limit > 0 && rows.size() > limit) {
        rows.resize(limit);
        next = encodeCursor(rows.last());
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray list;
    for (const ConnectionRecord &c : std::as_const(rows))
        list.append(connectionJson(c, now));
    QJsonObject body{{QStringLiteral("connections"), list}};
    if (limit > 0)
        body.insert(QStringLiteral("next_cursor"), next);
    return HttpReply::json(200, body);
}

HttpReply PlatformApi::get(const HttpRequest &req, const QString &id)
{
    Principal who;
    HttpReply deny;
    const std::optional<ConnectionRecord> c = ownConnection(req, id, false, &who, &deny);
    if (!c)
        return deny;
    return HttpReply::json(200, connectionJson(*c, QDateTime::currentMSecsSinceEpoch()));
}

HttpReply PlatformApi::status(const HttpRequest &req, const QString &id)
{
    Principal who;
    HttpReply deny;
    const std::optional<ConnectionRecord> c = ownConnection(req, id, false, &who, &deny);
    if (!c)
        return deny;
    const QJsonObject full = connectionJson(*c, QDateTime::currentMSecsSinceEpoch());
    QJsonObject o;
    for (const char *key :
        {"id", "status", "health", "is_syncing", "last_synced_at", "last_error"}) {
        o.insert(QString::fromLatin1(key), full.value(QString::fromLatin1(key)));
    }
    return HttpReply::json(200, o);
}

HttpReply PlatformApi::runs(const HttpRequest &req, const QString &id)
{
    Principal who;
    HttpReply deny;
    const std::optional<ConnectionRecord> c = ownConnection(req, id, false, &who, &deny);
    if (!c)
        return deny;
    int limit = 25;
    if (req.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1)
            return validation(
                QStringLiteral("limit"), QStringLiteral("must be a positive integer"));
    }
    // Extension (choice, docs/sandbox.md): with ?since=<ISO-8601> the runs
    // started since then come back, up to 5000, so a 90-day chart can be
    // drawn; without it the contract's cap of 100 applies.
    qint64 since = 0;
    if (req.query.hasQueryItem(QStringLiteral("since"))) {
        const QDateTime dt = QDateTime::fromString(
            req.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded),
            Qt::ISODateWithMs);
        if (!dt.isValid())
            return validation(QStringLiteral("since"), QStringLiteral("must be an ISO-8601 time"));
        since = dt.toMSecsSinceEpoch();
        if (!req.query.hasQueryItem(QStringLiteral("limit")))
            limit = 5000;
        limit = qMin(limit, 5000);
    } else {
        limit = qMin(limit, 100);
    }
    QJsonArray list;
    for (const RunRecord &r : m_store->runs(c->id, limit, since))
        list.append(runJson(r));
    return HttpReply::json(200, {{QStringLiteral("runs"), list}});
}

HttpReply PlatformApi::connectConnector(const HttpRequest &req)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, true, &who, &deny))
        return deny;
    QJsonObject body;
    HttpReply bad;
    if (!parseBody(req, &body, &bad))
        return bad;
    const QJsonValue typeValue = body.value(QStringLiteral("connector_type"));
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return validation(QStringLiteral("connector_type"), QStringLiteral("is required"));
    const Connector *connector = findConnector(typeValue.toString());
    if (!connector) {
        return validation(QStringLiteral("connector_type"),
            QStringLiteral("There is no connector \"%1\" in the catalog.")
                .arg(typeValue.toString()),
            QStringLiteral("unknown_connector"));
    }
    if (!connector->connectable) {
        return validation(QStringLiteral("connector_type"),
            QStringLiteral("%1 cannot be connected yet (%2).")
                .arg(connector->name, connector->notConnectableReason),
            QStringLiteral("connector_not_connectable"));
    }
    const QJsonValue nameValue = body.value(QStringLiteral("name"));
    if (!nameValue.isUndefined() && !nameValue.isNull()
        && (!nameValue.isString() || nameValue.toString().trimmed().isEmpty()
            || nameValue.toString().size() > kMaxNameLength)) {
        return validation(QStringLiteral("name"),
            QStringLiteral("must be a non-empty string of at most %1 characters")
                .arg(kMaxNameLength));
    }
    const QJsonValue scopeValue = body.value(QStringLiteral("scope"));
    if (!scopeValue.isUndefined() && !scopeValue.isNull() && scopeValue.toString() != u"business"
        && scopeValue.toString() != u"personal") {
        return validation(QStringLiteral("scope"), QStringLiteral("must be business or personal"));
    }

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    ConnectionRecord c;
    c.id = SyncRunner::newId("con_");
    c.workspaceId = who.workspaceId;
    c.connectorType = connector->type;
    c.name = nameValue.isString() ? nameValue.toString().trimmed() : connector->name;
    c.scope = scopeValue.isString() ? scopeValue.toString() : connector->scope;
    c.createdAt = now;
    if (c.scope == u"personal")
        c.ownerUserId = who.userId;

    const QString &method = connector->authMethod;
    if (method == u"oauth_redirect") {
        const QJsonValue rt = body.value(QStringLiteral("return_to"));
        if (!rt.isUndefined() && !rt.isNull() && !rt.isString())
            return validation(QStringLiteral("return_to"), QStringLiteral("must be a string"));
        c.status = QStringLiteral("pending");
        m_store->insertConnection(c);
        const QString url = beginProviderFlow(c, rt.toString(), QStringLiteral("connect"));
        return HttpReply::json(201,
            {{QStringLiteral("mode"), QStringLiteral("oauth_redirect")},
                {QStringLiteral("authorize_url"), url},
                {QStringLiteral("connection"), connectionJson(c, now)}});
    }
    if (method == u"api_key") {
        const QJsonValue key = body.value(QStringLiteral("api_key"));
        if (!key.isString() || key.toString().isEmpty())
            return validation(QStringLiteral("api_key"), QStringLiteral("is required"));
        if (!sandboxAcceptsApiKey(key.toString())) {
            return validation(QStringLiteral("api_key"),
                QStringLiteral("%1 rejected this API key.").arg(connector->name),
                QStringLiteral("invalid_api_key"));
        }
        c.status = QStringLiteral("connected");
        c.credentialDigest = credentialDigestFor(key.toString());
        c.profile = profileForApiKey(key.toString());
        m_store->insertConnection(c);
        m_runner->scheduleFromNow(c);
        return HttpReply::json(201,
            {{QStringLiteral("mode"), QStringLiteral("connected")},
                {QStringLiteral("connection"), connectionJson(c, now)}});
    }
    if (method == u"handle") {
        const QString handle = body.value(QStringLiteral("account_handle")).toString();
        if (!isValidHandle(handle)) {
            return validation(QStringLiteral("account_handle"),
                QStringLiteral("must be 2 to 15 letters, digits or underscores"));
        }
        const QJsonValue ext = body.value(QStringLiteral("external_account_id"));
        if (!ext.isString() || ext.toString().isEmpty()) {
            return validation(QStringLiteral("external_account_id"),
                QStringLiteral("is required: resolve the handle first"));
        }
        const QJsonValue followers = body.value(QStringLiteral("followers"));
        if (!followers.isUndefined() && !followers.isNull()
            && (!followers.isDouble() || followers.toDouble() < 0)) {
            return validation(
                QStringLiteral("followers"), QStringLiteral("must be a non-negative number"));
        }
        if (const auto existing
            = m_store->findByExternalAccount(who.workspaceId, connector->type, ext.toString())) {
            return HttpReply::json(200,
                {{QStringLiteral("mode"), QStringLiteral("already_connected")},
                    {QStringLiteral("existing_id"), *existing}});
        }
        ResolvedHandle resolved;
        resolveSandboxHandle(handle, &resolved);
        c.handle = handle;
        c.externalAccountId = ext.toString();
        c.displayName = body.value(QStringLiteral("display_name")).toString(resolved.displayName);
        c.followers = qint64(followers.toDouble());
        c.avatarUrl = resolved.avatarPath;
        if (!nameValue.isString())
            c.name = u'@' + handle;
        c.status = QStringLiteral("connected");
        m_store->insertConnection(c);
        m_runner->scheduleFromNow(c);
        return HttpReply::json(201,
            {{QStringLiteral("mode"), QStringLiteral("connected")},
                {QStringLiteral("connection"), connectionJson(c, now)}});
    }
    // webhook
    const QString secret = QStringLiteral("whsec_") + randomToken(24);
    c.status = QStringLiteral("connected");
    c.credentialDigest = credentialDigestFor(secret);
    m_store->insertConnection(c);
    m_runner->scheduleFromNow(c);
    return HttpReply::json(201,
        {{QStringLiteral("mode"), QStringLiteral("webhook")},
            {QStringLiteral("webhook_url"),
                QString(m_server->origin() + QStringLiteral("/hooks/") + c.id)},
            {QStringLiteral("signing_secret"), secret},
            {QStringLiteral("connection"), connectionJson(c, now)}});
}

HttpReply PlatformApi::disconnectConnection(const HttpRequest &req, const QString &id)
{
    Principal who;
    HttpReply deny;
    std::optional<ConnectionRecord> c = ownConnection(req, id, true, &who, &deny);
    if (!c)
        return deny;
    c->status = QStringLiteral("disconnected");
    c->credentialDigest.clear();
    c->paused = false;
    m_store->updateConnection(*c);
    return HttpReply::json(
        200, {{QStringLiteral("disconnected"), true}, {QStringLiteral("id"), c->id}});
}

HttpReply PlatformApi::reconnect(const HttpRequest &req, const QString &id)
{
    Principal who;
    HttpReply deny;
    std::optional<ConnectionRecord> c = ownConnection(req, id, true, &who, &deny);
    if (!c)
        return deny;
    if (c->status == u"connected" || c->status == u"syncing") {
        return HttpReply::error(409, QStringLiteral("already_healthy"),
            QStringLiteral("\"%1\" is %2: there is nothing to restore. Disconnect it first if you "
                           "mean to re-authorize it or replace its key.")
                .arg(c->name, c->status));
    }
    QJsonObject body;
    HttpReply bad;
    if (!parseBody(req, &body, &bad))
        return bad;
    const Connector *connector = findConnector(c->connectorType);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString method = connector ? connector->authMethod : QString();
    if (method == u"oauth_redirect") {
        const QJsonValue rt = body.value(QStringLiteral("return_to"));
        if (!rt.isUndefined() && !rt.isNull() && !rt.isString())
            return validation(QStringLiteral("return_to"), QStringLiteral("must be a string"));
        const QString url = beginProviderFlow(*c, rt.toString(), QStringLiteral("reconnect"));
        return HttpReply::json(200,
            {{QStringLiteral("mode"), QStringLiteral("oauth_redirect")},
                {QStringLiteral("authorize_url"), url},
                {QStringLiteral("connection"), connectionJson(*c, now)}});
    }
    QString webhookSecret;
    if (method == u"api_key") {
        const QJsonValue key = body.value(QStringLiteral("api_key"));
        if (!key.isString() || key.toString().isEmpty())
            return validation(QStringLiteral("api_key"), QStringLiteral("is required"));
        if (!sandboxAcceptsApiKey(key.toString())) {
            return validation(QStringLiteral("api_key"),
                QStringLiteral("%1 rejected this API key.").arg(connector->name),
                QStringLiteral("invalid_api_key"));
        }
        c->credentialDigest = credentialDigestFor(key.toString());
        c->profile = profileForApiKey(key.toString());
    } else if (method == u"webhook") {
        webhookSecret = QStringLiteral("whsec_") + randomToken(24);
        c->credentialDigest = credentialDigestFor(webhookSecret);
    }
    c->authState = QStringLiteral("ok");
    c->paused = false;
    c->status = QStringLiteral("connected");
    c->lastError.clear();
    if (c->profile == u"token_revoked")
        c->profile = QStringLiteral("clean");
    // Choice: reconnect re-triggers a sync for every method (the guide says so
    // for handles), so the badge reflects the fresh credentials at once.
    m_runner->startRun(*c, QStringLiteral("reconnect"));
    QJsonObject out{
        {QStringLiteral("mode"),
            webhookSecret.isEmpty() ? QStringLiteral("connected") : QStringLiteral("webhook")},
        {QStringLiteral("connection"), connectionJson(*c, now)}};
    if (!webhookSecret.isEmpty()) {
        out.insert(QStringLiteral("webhook_url"),
            QString(m_server->origin() + QStringLiteral("/hooks/") + c->id));
        out.insert(QStringLiteral("signing_secret"), webhookSecret);
    }
    return HttpReply::json(200, out);
}

HttpReply PlatformApi::patch(const HttpRequest &req, const QString &id)
{
    Principal who;
    HttpReply deny;
    std::optional<ConnectionRecord> c = ownConnection(req, id, true, &who, &deny);
    if (!c)
        return deny;
    QJsonObject body;
    HttpReply bad;
    if (!parseBody(req, &body, &bad))
        return bad;
    const bool hasName = body.contains(QStringLiteral("name"));
    const bool hasOwner = body.contains(QStringLiteral("owner_user_id"));
    if (!hasName && !hasOwner)
        return validation(QStringLiteral("body"), QStringLiteral("must set name or owner_user_id"));
    if (hasName) {
        const QJsonValue v = body.value(QStringLiteral("name"));
        if (!v.isString() || v.toString().trimmed().isEmpty()
            || v.toString().size() > kMaxNameLength) {
            return validation(QStringLiteral("name"),
                QStringLiteral("must be a non-empty string of at most %1 characters")
                    .arg(kMaxNameLength));
        }
    }
    QString newOwner = c->ownerUserId;
    if (hasOwner) {
        const QJsonValue v = body.value(QStringLiteral("owner_user_id"));
        if (!v.isNull() && !v.isString())
            return validation(
                QStringLiteral("owner_user_id"), QStringLiteral("must be a string or null"));
        if (c->scope != u"personal") {
            return validation(QStringLiteral("owner_user_id"),
                QStringLiteral("Only a personal connection has an owner."),
                QStringLiteral("invalid_owner"));
        }
        if (v.isNull()) {
            newOwner.clear();
        } else {
            bool member = false;
            for (const User &u : m_store->members(who.workspaceId))
                member = member || u.id == v.toString();
            if (!member) {
                return validation(QStringLiteral("owner_user_id"),
                    QStringLiteral("That user is not a member of this workspace."),
                    QStringLiteral("invalid_owner"));
            }
            newOwner = v.toString();
        }
    }
    if (hasName)
        c->name = body.value(QStringLiteral("name")).toString().trimmed();
    c->ownerUserId = newOwner;
    m_store->updateConnection(*c);
    return HttpReply::json(200,
        {{QStringLiteral("updated"), true},
            {QStringLiteral("connection"),
                connectionJson(*c, QDateTime::currentMSecsSinceEpoch())}});
}

HttpReply PlatformApi::sync(const HttpRequest &req, const QString &id)
{
    Principal who;
    HttpReply deny;
    std::optional<ConnectionRecord> c = ownConnection(req, id, true, &who, &deny);
    if (!c)
        return deny;
    if (m_server->faults().spec().runnerDown) {
        return HttpReply::error(503, QStringLiteral("runner_unavailable"),
            QStringLiteral("The sync runner is unreachable. Try again shortly."))
            .withHeader("Retry-After", "30");
    }
    if (c->status == u"disconnected" || c->status == u"pending") {
        return HttpReply::error(409, QStringLiteral("connection_disconnected"),
            c->status == u"pending"
                ? QStringLiteral("\"%1\" has not been authorized yet; finish connecting it first.")
                      .arg(c->name)
                : QStringLiteral("\"%1\" is disconnected; reconnect it before syncing.")
                      .arg(c->name));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (isRunning(*c)) {
        const qint64 elapsed = now - c->lastRun->startedAt;
        HttpReply r = HttpReply::error(409, QStringLiteral("already_syncing"),
            QStringLiteral("\"%1\" is already syncing (for %2 s).")
                .arg(c->name)
                .arg(elapsed / 1000),
            QJsonObject{{QStringLiteral("last_poll_at"), iso(c->lastRun->startedAt)},
                {QStringLiteral("last_poll_duration_ms"), elapsed},
                {QStringLiteral("sync_run_id"), c->lastRun->id}});
        return r;
    }
    const qint64 last = m_lastManualSync.value(c->id, 0);
    const qint64 wait = last + m_runner->manualCooldownMs() - now;
    if (last > 0 && wait > 0) {
        const qint64 seconds = qMax<qint64>(1, (wait + 999) / 1000);
        return HttpReply::error(429, QStringLiteral("rate_limited"),
            QStringLiteral("Manual syncs of \"%1\" are limited; try again in %2 s.")
                .arg(c->name)
                .arg(seconds))
            .withHeader("Retry-After", QByteArray::number(seconds));
    }
    m_lastManualSync.insert(c->id, now);
    const RunRecord run = m_runner->startRun(*c, QStringLiteral("manual"));
    return HttpReply::json(202,
        {{QStringLiteral("status"), QStringLiteral("started")},
            {QStringLiteral("connection_id"), c->id}, {QStringLiteral("triggered_at"), iso(now)},
            {QStringLiteral("sync_run_id"), run.id}});
}

HttpReply PlatformApi::resolveHandle(const HttpRequest &req)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, false, &who, &deny))
        return deny;
    const QString type = req.query.queryItemValue(QStringLiteral("connector_type"));
    const Connector *connector = findConnector(type);
    if (!connector) {
        return validation(QStringLiteral("connector_type"),
            QStringLiteral("There is no connector \"%1\" in the catalog.").arg(type),
            QStringLiteral("unknown_connector"));
    }
    if (connector->authMethod != u"handle") {
        return validation(QStringLiteral("connector_type"),
            QStringLiteral("must be a handle connector (twitter or linkedin)"));
    }
    QString handle = req.query.queryItemValue(QStringLiteral("handle"), QUrl::FullyDecoded);
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    if (!isValidHandle(handle)) {
        return validation(QStringLiteral("handle"),
            QStringLiteral("must be 2 to 15 letters, digits or underscores"));
    }
    ResolvedHandle r;
    if (!resolveSandboxHandle(handle, &r)) {
        return validation(QStringLiteral("handle"),
            QStringLiteral("No %1 account is called @%2.").arg(connector->name, handle),
            QStringLiteral("handle_not_found"));
    }
    return HttpReply::json(200,
        {{QStringLiteral("external_account_id"), r.externalAccountId},
            {QStringLiteral("display_name"), r.displayName},
            {QStringLiteral("followers"), r.followers},
            {QStringLiteral("avatar_url"), QString(m_server->origin() + r.avatarPath)}});
}

HttpReply PlatformApi::workspaceRuns(const HttpRequest &req)
{
    // Extension (choice, docs/sandbox.md): runs across the workspace for the
    // Failures page. ?since=ISO (required) &status=failed,partial &limit=N
    // (1..5000, default 1000) &cursor=C; newest first; next_cursor is null on
    // the last page. Each run adds connection_id and connector_type.
    Principal who;
    HttpReply deny;
    if (!authenticate(req, false, &who, &deny))
        return deny;
    const QDateTime since = QDateTime::fromString(
        req.query.queryItemValue(QStringLiteral("since"), QUrl::FullyDecoded), Qt::ISODateWithMs);
    if (!since.isValid())
        return validation(QStringLiteral("since"), QStringLiteral("is required: an ISO-8601 time"));
    const QString status = req.query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty() && status != u"failed,partial" && status != u"partial,failed")
        return validation(
            QStringLiteral("status"), QStringLiteral("must be failed,partial or absent"));
    int limit = 1000;
    if (req.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 5000)
            return validation(QStringLiteral("limit"), QStringLiteral("must be 1 to 5000"));
    }
    qint64 beforeStarted = 0;
    QString beforeId;
    if (req.query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto decoded = QByteArray::fromBase64Encoding(
            req.query.queryItemValue(QStringLiteral("cursor")).toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        const QString text = decoded ? QString::fromUtf8(*decoded) : QString();
        bool ok = false;
        beforeStarted = text.section(u':', 0, 0).toLongLong(&ok);
        beforeId = text.section(u':', 1);
        if (!ok || !beforeId.startsWith(u"run_"))
            return validation(
                QStringLiteral("cursor"), QStringLiteral("is not a cursor this server issued"));
    }
    QVector<Store::WorkspaceRun> rows = m_store->workspaceRuns(who.workspaceId,
        since.toMSecsSinceEpoch(), !status.isEmpty(), limit + 1, beforeStarted, beforeId);
    QJsonValue next = QJsonValue::Null;
    if (rows.size() > limit) {
        rows.resize(limit);
        next = QString::fromLatin1(
            QStringLiteral("%1:%2")
                .arg(rows.last().run.startedAt)
                .arg(rows.last().run.id)
                .toUtf8()
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    }
    QJsonArray list;
    for (const Store::WorkspaceRun &w : std::as_const(rows)) {
        QJsonObject o = runJson(w.run);
        o.insert(QStringLiteral("connection_id"), w.run.connectionId);
        o.insert(QStringLiteral("connector_type"), w.connectorType);
        list.append(o);
    }
    return HttpReply::json(
        200, {{QStringLiteral("runs"), list}, {QStringLiteral("next_cursor"), next}});
}

HttpReply PlatformApi::cadences(const HttpRequest &req)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, false, &who, &deny))
        return deny;
    QJsonObject map;
    for (const Connector &c : catalog())
        map.insert(c.type, m_runner->cadenceFor(c.type));
    return HttpReply::json(200, {{QStringLiteral("cadences"), map}});
}

HttpReply PlatformApi::putCadence(const HttpRequest &req, const QString &type)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, true, &who, &deny))
        return deny;
    if (!who.platformAdmin) {
        return HttpReply::error(403, QStringLiteral("forbidden"),
            QStringLiteral("Only a platform admin can change a connector's sync cadence."));
    }
    if (!findConnector(type)) {
        return validation(QStringLiteral("connector_type"),
            QStringLiteral("There is no connector \"%1\" in the catalog.").arg(type),
            QStringLiteral("unknown_connector"));
    }
    QJsonObject body;
    HttpReply bad;
    if (!parseBody(req, &body, &bad))
        return bad;
    const QJsonValue v = body.value(QStringLiteral("cadence"));
    if (!v.isNull() && !(v.isString() && isCadencePreset(v.toString()))) {
        return validation(QStringLiteral("cadence"),
            QStringLiteral("must be one of 1m, 10m, 30m, 1h, 6h, 1d, or null"));
    }
    m_store->setCadence(type, v.isNull() ? QString() : v.toString());
    m_runner->cadenceChanged(type);
    return HttpReply::json(200,
        {{QStringLiteral("connector_type"), type},
            {QStringLiteral("cadence"), m_runner->cadenceFor(type)},
            {QStringLiteral("override"), !v.isNull()}});
}

HttpReply PlatformApi::faultsGet(const HttpRequest &req)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, false, &who, &deny))
        return deny;
    return HttpReply::json(200, {{QStringLiteral("faults"), m_server->faults().spec().toString()}});
}

HttpReply PlatformApi::faultsPut(const HttpRequest &req)
{
    Principal who;
    HttpReply deny;
    if (!authenticate(req, true, &who, &deny))
        return deny;
    QJsonObject body;
    HttpReply bad;
    if (!parseBody(req, &body, &bad))
        return bad;
    FaultSpec spec;
    QString error;
    if (!body.value(QStringLiteral("faults")).isString()
        || !FaultSpec::parse(body.value(QStringLiteral("faults")).toString(), &spec, &error)) {
        return validation(QStringLiteral("faults"),
            error.isEmpty() ? QStringLiteral("must be a fault spec string") : error);
    }
    m_server->faults().setSpec(spec);
    return HttpReply::json(200, {{QStringLiteral("faults"), spec.toString()}});
}

} // namespace sandbox
