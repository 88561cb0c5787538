#include "connectionsapi.h"

#include "catalog.h"
#include "health.h"
#include "providerrules.h"
#include "runsapi.h"
#include "secrets.h"
#include "store.h"
#include "syncrunner.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace sandbox {

namespace {

using Method = QHttpServerRequest::Method;
constexpr int kMaxNameLength = 120;

bool isRunning(const ConnectionRecord &c)
{
    return c.lastRun && (c.lastRun->status == u"running" || c.lastRun->status == u"pending");
}

QString credentialDigestFor(const QString &key)
{
    const QString salt = randomToken(12);
    return salt + u':' + secretDigest(salt + key);
}

QString encodeCursor(qint64 createdAt, const QString &id)
{
    return QString::fromLatin1(QStringLiteral("%1:%2").arg(createdAt).arg(id).toUtf8().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
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

ConnectionsApi::ConnectionsApi(ApiRoutes *routes, SyncRunner *runner, QObject *parent)
    : QObject(parent)
    , m_routes(routes)
    , m_store(routes->store())
    , m_runner(runner)
    , m_changeEpoch(randomToken(8))
{
    using P = const QStringList &;
    using R = const HttpRequest &;
    using W = const Principal &;
    routes->add(
        Method::Get, QStringLiteral("/me"), Access::Read, [this](W w, R, P) { return me(w); });
    routes->add(Method::Get, QStringLiteral("/members"), Access::Read,
        [this](W w, R, P) { return members(w); });
    routes->add(Method::Get, QStringLiteral("/connections/catalog"), Access::Read,
        [this](W, R r, P) { return catalogList(r); });
    routes->add(Method::Get, QStringLiteral("/connections/resolve-handle"), Access::Read,
        [this](W, R r, P) { return resolveHandle(r); });
    routes->add(Method::Get, QStringLiteral("/connections"), Access::Read,
        [this](W w, R r, P) { return list(w, r); });
    routes->add(Method::Post, QStringLiteral("/connections"), Access::Write,
        [this](W w, R r, P) { return connectConnector(w, r); });
    routes->add(Method::Get, QStringLiteral("/connections/:id"), Access::Read,
        [this](W w, R, P p) { return get(w, p[0]); });
    routes->add(Method::Delete, QStringLiteral("/connections/:id"), Access::Write,
        [this](W w, R, P p) { return disconnectConnection(w, p[0]); });
    routes->add(Method::Patch, QStringLiteral("/connections/:id"), Access::Write,
        [this](W w, R r, P p) { return patch(w, r, p[0]); });
    routes->add(Method::Get, QStringLiteral("/connections/:id/status"), Access::Read,
        [this](W w, R, P p) { return status(w, p[0]); });
    routes->add(Method::Post, QStringLiteral("/connections/:id/reconnect"), Access::Write,
        [this](W w, R r, P p) { return reconnect(w, r, p[0]); });
    // Sandbox only: a platform-side purge, so that a row can really disappear
    // (the contract's DELETE keeps it, disconnected).
    routes->add(Method::Delete, QStringLiteral("/api/sandbox/connections/:id"),
        Access::PlatformAdmin, [this](W w, R, P p) { return purge(w, p[0]); });
}

std::optional<ConnectionRecord> ConnectionsApi::own(
    const Principal &who, const QString &id, HttpReply *missing) const
{
    std::optional<ConnectionRecord> c = m_store->connection(who.workspaceId, id);
    if (!c)
        *missing = reply::notFound();
    return c;
}

QJsonObject ConnectionsApi::connectionJson(const ConnectionRecord &c, qint64 nowMs) const
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
        {QStringLiteral("created_at"), reply::iso(c.createdAt)},
        {QStringLiteral("last_synced_at"), reply::iso(c.lastSyncedAt)},
        {QStringLiteral("last_error"), reply::stringOrNull(c.lastError)},
        {QStringLiteral("is_syncing"), in.isSyncing}, {QStringLiteral("health"), deriveHealth(in)},
        {QStringLiteral("last_run"),
            c.lastRun ? QJsonValue(RunsApi::runJson(*c.lastRun)) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("owner_user_id"), reply::stringOrNull(c.ownerUserId)}};
    if (!c.handle.isEmpty()) {
        o.insert(QStringLiteral("handle"), c.handle);
        o.insert(QStringLiteral("display_name"), c.displayName);
        o.insert(QStringLiteral("avatar_url"),
            c.avatarUrl.startsWith(u'/') ? QString(m_routes->server()->origin() + c.avatarUrl)
                                         : c.avatarUrl);
    }
    return o;
}
QString ConnectionsApi::beginProviderFlow(
    const ConnectionRecord &c, const QString &returnTo, const QString &purpose)
{
    const QString state = randomToken(32);
    m_store->insertProviderFlow(
        state, {c.id, c.workspaceId, returnTo, purpose, QDateTime::currentMSecsSinceEpoch()});
    return m_routes->server()->origin() + QStringLiteral("/sandbox/providers/") + c.connectorType
        + QStringLiteral("/authorize?state=") + state;
}
HttpReply ConnectionsApi::me(const Principal &who)
{
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
HttpReply ConnectionsApi::members(const Principal &who)
{
    QJsonArray list;
    for (const User &u : m_store->members(who.workspaceId)) {
        list.append(QJsonObject{{QStringLiteral("user_id"), u.id}, {QStringLiteral("name"), u.name},
            {QStringLiteral("email"), u.email}});
    }
    return HttpReply::json(200, {{QStringLiteral("members"), list}});
}
HttpReply ConnectionsApi::catalogList(const HttpRequest &req)
{
    const QString category = req.query.queryItemValue(QStringLiteral("category"));
    static const QStringList categories
        = {QStringLiteral("crm"), QStringLiteral("calls"), QStringLiteral("comms"),
            QStringLiteral("docs"), QStringLiteral("support"), QStringLiteral("social")};
    if (req.query.hasQueryItem(QStringLiteral("category")) && !categories.contains(category)) {
        return reply::validation(QStringLiteral("category"),
            QStringLiteral("must be one of crm, calls, comms, docs, support, social"));
    }
    QJsonArray list;
    for (const Connector &c : catalog()) {
        if (category.isEmpty() || c.category == category)
            list.append(c.toJson());
    }
    return HttpReply::json(200, {{QStringLiteral("connectors"), list}});
}
const ConnectionsApi::CachedRow *ConnectionsApi::cached(
    const QString &id, qint64 changeSeq, qint64 nowMs) const
{
    const auto it = m_rowCache.constFind(id);
    if (it == m_rowCache.cend() || it->changeSeq != changeSeq
        || (it->validUntilMs != 0 && nowMs >= it->validUntilMs)) {
        return nullptr;
    }
    return &it.value();
}

QByteArray ConnectionsApi::rowJson(const ConnectionRecord &c, qint64 nowMs)
{
    // The serialised row, kept until the row is written again or its derived
    // health turns stale with time (healthy at last_synced_at + 48 h).
    if (const CachedRow *hit = cached(c.id, c.changeSeq, nowMs))
        return hit->json;
    CachedRow row;
    row.changeSeq = c.changeSeq;
    const qint64 staleAt = c.lastSyncedAt ? *c.lastSyncedAt + HealthInputs().staleAfterMs + 1 : 0;
    row.validUntilMs = staleAt > nowMs ? staleAt : 0;
    row.json = QJsonDocument(connectionJson(c, nowMs)).toJson(QJsonDocument::Compact);
    row.digest = QCryptographicHash::hash(row.json, QCryptographicHash::Sha256).left(16);
    m_rowCache.insert(c.id, row);
    return row.json;
}

void ConnectionsApi::warmCache()
{
    // 500 rows per turn of the event loop, so requests are served meanwhile.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 last = m_warmedRowid;
    const QVector<ConnectionRecord> rows
        = m_store->connectionsAfterRowid(m_warmedRowid, 500, &last);
    for (const ConnectionRecord &c : rows)
        rowJson(c, now);
    m_warmedRowid = last;
    if (!rows.isEmpty())
        QTimer::singleShot(0, this, &ConnectionsApi::warmCache);
}

QByteArray ConnectionsApi::encodeChangesToken(qint64 seq, qint64 asOfMs) const
{
    return QStringLiteral("%1:%2:%3")
        .arg(m_changeEpoch)
        .arg(seq)
        .arg(asOfMs)
        .toUtf8()
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

ConnectionsApi::TokenCheck ConnectionsApi::decodeChangesToken(
    const QString &token, qint64 *seq, qint64 *asOfMs) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return TokenCheck::Invalid;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    bool seqOk = false;
    bool asOfOk = false;
    if (parts.size() != 3)
        return TokenCheck::Invalid;
    *seq = parts.at(1).toLongLong(&seqOk);
    *asOfMs = parts.at(2).toLongLong(&asOfOk);
    if (!seqOk || !asOfOk || parts.at(0).isEmpty())
        return TokenCheck::Invalid;
    // Another run of the sandbox kept no change log for it, and one from a
    // later sequence than ours cannot be ours either.
    if (parts.at(0) != m_changeEpoch.toLatin1() || *seq > m_store->changeSeq())
        return TokenCheck::Expired;
    return TokenCheck::Valid;
}

HttpReply ConnectionsApi::list(const Principal &who, const HttpRequest &req)
{
    if (req.query.hasQueryItem(QStringLiteral("changed_since")))
        return changes(who, req.query.queryItemValue(QStringLiteral("changed_since")));
    int limit = 0;
    if (req.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = req.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMaxPageSize)
            return reply::validation(QStringLiteral("limit"), QStringLiteral("must be 1 to 5000"));
    }
    qint64 afterCreated = 0;
    QString afterId;
    const bool firstPage = !req.query.hasQueryItem(QStringLiteral("cursor"));
    if (!firstPage) {
        if (!decodeCursor(
                req.query.queryItemValue(QStringLiteral("cursor")), &afterCreated, &afterId)) {
            return reply::validation(
                QStringLiteral("cursor"), QStringLiteral("is not a cursor this server issued"));
        }
    }
    // Taken before the rows are read: a write while the pages are fetched
    // comes again in the first delta, never goes missing.
    const qint64 seq = m_store->changeSeq();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Ids and versions first; only rows the cache lacks are read in full.
    QVector<Store::RowVersion> versions = m_store->connectionVersions(
        who.workspaceId, limit > 0 ? limit + 1 : 0, afterCreated, afterId);
    QByteArray next;
    if (limit > 0 && versions.size() > limit) {
        versions.resize(limit);
        next = encodeCursor(versions.last().createdAt, versions.last().id).toLatin1();
    }
    QVector<qsizetype> misses;
    for (qsizetype i = 0; i < versions.size(); ++i) {
        if (!cached(versions.at(i).id, versions.at(i).changeSeq, now))
            misses.push_back(i);
    }
    // Many misses (the first listing): one range read; a few (rows written
    // since): one lookup each.
    if (misses.size() > std::max<qsizetype>(64, versions.size() / 8)) {
        const QVector<ConnectionRecord> rows
            = m_store->connections(who.workspaceId, limit > 0 ? limit : 0, afterCreated, afterId);
        for (const ConnectionRecord &c : rows)
            rowJson(c, now);
    } else {
        for (qsizetype i : std::as_const(misses)) {
            if (const auto c = m_store->connectionById(versions.at(i).id))
                rowJson(*c, now);
        }
    }
    // Written as bytes from the row cache, not built as one QJsonDocument.
    // The ETag digests the rows' own digests: the same rows in the same order
    // are the same bytes, so it is as strong as a digest of the body.
    QByteArray body;
    body.reserve(64 + versions.size() * 640);
    body += "{\"connections\":[";
    QCryptographicHash digest(QCryptographicHash::Sha256);
    bool first = true;
    for (const Store::RowVersion &v : std::as_const(versions)) {
        const CachedRow *row = cached(v.id, v.changeSeq, now);
        if (!row)
            continue; // written between the two reads: the next listing has it
        if (!first)
            body += ',';
        first = false;
        body += row->json;
        digest.addData(row->digest);
    }
    body += ']';
    if (limit > 0) {
        body += ",\"next_cursor\":";
        body += next.isEmpty() ? QByteArray("null") : '"' + next + '"';
        body += ",\"total\":" + QByteArray::number(m_store->connectionCount(who.workspaceId));
        if (firstPage)
            body += ",\"changes_token\":\"" + encodeChangesToken(seq, now) + '"';
    }
    body += '}';
    HttpReply full;
    full.body = std::move(body);
    full.isJson = true;
    full.withHeader("Content-Type", "application/json");
    if (limit > 0)
        return full.withHeader("Cache-Control", "no-store");
    // HTTP conditional requests (RFC 9110 §13): a strong ETag, the digest of
    // the bytes, and 304 without a body to an If-None-Match that still holds,
    // so a client that polls an unchanged list costs the platform no bytes.
    const QByteArray etag = '"'
        + digest.result().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)
        + '"';
    const QList<QByteArray> asked = req.header("If-None-Match").split(',');
    for (const QByteArray &candidate : asked) {
        const QByteArray tag = candidate.trimmed();
        if (tag == etag || tag == "*") {
            HttpReply unchanged;
            unchanged.status = 304;
            return unchanged.withHeader("ETag", etag).withHeader("Cache-Control", "no-cache");
        }
    }
    return full.withHeader("ETag", etag).withHeader("Cache-Control", "no-cache");
}

HttpReply ConnectionsApi::changes(const Principal &who, const QString &token)
{
    qint64 seq = 0;
    qint64 asOf = 0;
    switch (decodeChangesToken(token, &seq, &asOf)) {
    case TokenCheck::Invalid:
        return reply::validation(
            QStringLiteral("changed_since"), QStringLiteral("is not a token this server issued"));
    case TokenCheck::Expired:
        return HttpReply::error(410, QStringLiteral("changes_expired"),
            QStringLiteral("This server no longer holds the changes since that token; list the "
                           "connections again."));
    case TokenCheck::Valid:
        break;
    }
    const qint64 current = m_store->changeSeq();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Written rows, and rows whose health turned stale with time since asOf.
    const qint64 staleAfter = HealthInputs().staleAfterMs;
    const QVector<ConnectionRecord> rows = m_store->connectionsChangedSince(
        who.workspaceId, seq, asOf - staleAfter - 1, now - staleAfter - 1);
    QByteArray body = "{\"connections\":[";
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (i > 0)
            body += ',';
        body += rowJson(rows.at(i), now);
    }
    body += "],\"removed\":";
    const QStringList removed = m_store->connectionsRemovedSince(who.workspaceId, seq);
    body += QJsonDocument(QJsonArray::fromStringList(removed)).toJson(QJsonDocument::Compact);
    body += ",\"changes_token\":\"" + encodeChangesToken(current, now) + "\"}";
    HttpReply out;
    out.body = std::move(body);
    out.isJson = true;
    out.withHeader("Content-Type", "application/json");
    return out.withHeader("Cache-Control", "no-store");
}

HttpReply ConnectionsApi::purge(const Principal &who, const QString &id)
{
    if (!m_store->purgeConnection(who.workspaceId, id))
        return reply::notFound();
    m_rowCache.remove(id);
    return HttpReply::json(200, {{QStringLiteral("purged"), true}, {QStringLiteral("id"), id}});
}

HttpReply ConnectionsApi::get(const Principal &who, const QString &id)
{
    HttpReply missing;
    const std::optional<ConnectionRecord> c = own(who, id, &missing);
    if (!c)
        return missing;
    return HttpReply::json(200, connectionJson(*c, QDateTime::currentMSecsSinceEpoch()));
}
HttpReply ConnectionsApi::status(const Principal &who, const QString &id)
{
    HttpReply missing;
    const std::optional<ConnectionRecord> c = own(who, id, &missing);
    if (!c)
        return missing;
    const QJsonObject full = connectionJson(*c, QDateTime::currentMSecsSinceEpoch());
    QJsonObject o;
    for (const char *key :
        {"id", "status", "health", "is_syncing", "last_synced_at", "last_error"}) {
        o.insert(QString::fromLatin1(key), full.value(QString::fromLatin1(key)));
    }
    return HttpReply::json(200, o);
}
HttpReply ConnectionsApi::disconnectConnection(const Principal &who, const QString &id)
{
    HttpReply missing;
    std::optional<ConnectionRecord> c = own(who, id, &missing);
    if (!c)
        return missing;
    c->status = QStringLiteral("disconnected");
    c->credentialDigest.clear();
    c->paused = false;
    m_store->updateConnection(*c);
    return HttpReply::json(
        200, {{QStringLiteral("disconnected"), true}, {QStringLiteral("id"), c->id}});
}
HttpReply ConnectionsApi::reconnect(const Principal &who, const HttpRequest &req, const QString &id)
{
    HttpReply missing;
    std::optional<ConnectionRecord> c = own(who, id, &missing);
    if (!c)
        return missing;
    if (c->status == u"connected" || c->status == u"syncing") {
        return HttpReply::error(409, QStringLiteral("already_healthy"),
            QStringLiteral("\"%1\" is %2: there is nothing to restore. Disconnect it first if you "
                           "mean to re-authorize it or replace its key.")
                .arg(c->name, c->status));
    }
    QJsonObject body;
    HttpReply bad;
    if (!reply::parseBody(req, &body, &bad))
        return bad;
    const Connector *connector = findConnector(c->connectorType);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString method = connector ? connector->authMethod : QString();
    if (method == u"oauth_redirect") {
        const QJsonValue rt = body.value(QStringLiteral("return_to"));
        if (!rt.isUndefined() && !rt.isNull() && !rt.isString())
            return reply::validation(
                QStringLiteral("return_to"), QStringLiteral("must be a string"));
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
            return reply::validation(QStringLiteral("api_key"), QStringLiteral("is required"));
        if (!sandboxAcceptsApiKey(key.toString())) {
            return reply::validation(QStringLiteral("api_key"),
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
            QString(m_routes->server()->origin() + QStringLiteral("/hooks/") + c->id));
        out.insert(QStringLiteral("signing_secret"), webhookSecret);
    }
    return HttpReply::json(200, out);
}
HttpReply ConnectionsApi::patch(const Principal &who, const HttpRequest &req, const QString &id)
{
    HttpReply missing;
    std::optional<ConnectionRecord> c = own(who, id, &missing);
    if (!c)
        return missing;
    QJsonObject body;
    HttpReply bad;
    if (!reply::parseBody(req, &body, &bad))
        return bad;
    const bool hasName = body.contains(QStringLiteral("name"));
    const bool hasOwner = body.contains(QStringLiteral("owner_user_id"));
    if (!hasName && !hasOwner)
        return reply::validation(
            QStringLiteral("body"), QStringLiteral("must set name or owner_user_id"));
    if (hasName) {
        const QJsonValue v = body.value(QStringLiteral("name"));
        if (!v.isString() || v.toString().trimmed().isEmpty()
            || v.toString().size() > kMaxNameLength) {
            return reply::validation(QStringLiteral("name"),
                QStringLiteral("must be a non-empty string of at most %1 characters")
                    .arg(kMaxNameLength));
        }
    }
    QString newOwner = c->ownerUserId;
    if (hasOwner) {
        const QJsonValue v = body.value(QStringLiteral("owner_user_id"));
        if (!v.isNull() && !v.isString())
            return reply::validation(
                QStringLiteral("owner_user_id"), QStringLiteral("must be a string or null"));
        if (c->scope != u"personal") {
            return reply::validation(QStringLiteral("owner_user_id"),
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
                return reply::validation(QStringLiteral("owner_user_id"),
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
HttpReply ConnectionsApi::resolveHandle(const HttpRequest &req)
{
    const QString type = req.query.queryItemValue(QStringLiteral("connector_type"));
    const Connector *connector = findConnector(type);
    if (!connector) {
        return reply::validation(QStringLiteral("connector_type"),
            QStringLiteral("There is no connector \"%1\" in the catalog.").arg(type),
            QStringLiteral("unknown_connector"));
    }
    if (connector->authMethod != u"handle") {
        return reply::validation(QStringLiteral("connector_type"),
            QStringLiteral("must be a handle connector (twitter or linkedin)"));
    }
    QString handle = req.query.queryItemValue(QStringLiteral("handle"), QUrl::FullyDecoded);
    if (handle.startsWith(u'@'))
        handle.remove(0, 1);
    if (!isValidHandle(handle)) {
        return reply::validation(QStringLiteral("handle"),
            QStringLiteral("must be 2 to 15 letters, digits or underscores"));
    }
    ResolvedHandle r;
    if (!resolveSandboxHandle(handle, &r)) {
        return reply::validation(QStringLiteral("handle"),
            QStringLiteral("No %1 account is called @%2.").arg(connector->name, handle),
            QStringLiteral("handle_not_found"));
    }
    return HttpReply::json(200,
        {{QStringLiteral("external_account_id"), r.externalAccountId},
            {QStringLiteral("display_name"), r.displayName},
            {QStringLiteral("followers"), r.followers},
            {QStringLiteral("avatar_url"), QString(m_routes->server()->origin() + r.avatarPath)}});
}
HttpReply ConnectionsApi::connectConnector(const Principal &who, const HttpRequest &req)
{
    QJsonObject body;
    HttpReply bad;
    if (!reply::parseBody(req, &body, &bad))
        return bad;
    const QJsonValue typeValue = body.value(QStringLiteral("connector_type"));
    if (!typeValue.isString() || typeValue.toString().isEmpty())
        return reply::validation(QStringLiteral("connector_type"), QStringLiteral("is required"));
    const Connector *connector = findConnector(typeValue.toString());
    if (!connector) {
        return reply::validation(QStringLiteral("connector_type"),
            QStringLiteral("There is no connector \"%1\" in the catalog.")
                .arg(typeValue.toString()),
            QStringLiteral("unknown_connector"));
    }
    if (!connector->connectable) {
        return reply::validation(QStringLiteral("connector_type"),
            QStringLiteral("%1 cannot be connected yet (%2).")
                .arg(connector->name, connector->notConnectableReason),
            QStringLiteral("connector_not_connectable"));
    }
    const QJsonValue nameValue = body.value(QStringLiteral("name"));
    if (!nameValue.isUndefined() && !nameValue.isNull()
        && (!nameValue.isString() || nameValue.toString().trimmed().isEmpty()
            || nameValue.toString().size() > kMaxNameLength)) {
        return reply::validation(QStringLiteral("name"),
            QStringLiteral("must be a non-empty string of at most %1 characters")
                .arg(kMaxNameLength));
    }
    const QJsonValue scopeValue = body.value(QStringLiteral("scope"));
    if (!scopeValue.isUndefined() && !scopeValue.isNull() && scopeValue.toString() != u"business"
        && scopeValue.toString() != u"personal") {
        return reply::validation(
            QStringLiteral("scope"), QStringLiteral("must be business or personal"));
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

    // Routed on the connector's method (guide): each has its own body.
    if (connector->authMethod == u"oauth_redirect")
        return connectOAuth(c, body);
    if (connector->authMethod == u"api_key")
        return connectApiKey(c, *connector, body);
    if (connector->authMethod == u"handle")
        return connectHandle(c, *connector, body);
    return connectWebhook(c);
}

HttpReply ConnectionsApi::connectOAuth(ConnectionRecord c, const QJsonObject &body)
{
    const QJsonValue rt = body.value(QStringLiteral("return_to"));
    if (!rt.isUndefined() && !rt.isNull() && !rt.isString())
        return reply::validation(QStringLiteral("return_to"), QStringLiteral("must be a string"));
    c.status = QStringLiteral("pending");
    m_store->insertConnection(c);
    const QString url = beginProviderFlow(c, rt.toString(), QStringLiteral("connect"));
    return HttpReply::json(201,
        {{QStringLiteral("mode"), QStringLiteral("oauth_redirect")},
            {QStringLiteral("authorize_url"), url},
            {QStringLiteral("connection"), connectionJson(c, c.createdAt)}});
}

HttpReply ConnectionsApi::connectApiKey(
    ConnectionRecord c, const Connector &connector, const QJsonObject &body)
{
    const QJsonValue key = body.value(QStringLiteral("api_key"));
    if (!key.isString() || key.toString().isEmpty())
        return reply::validation(QStringLiteral("api_key"), QStringLiteral("is required"));
    if (!sandboxAcceptsApiKey(key.toString())) {
        return reply::validation(QStringLiteral("api_key"),
            QStringLiteral("%1 rejected this API key.").arg(connector.name),
            QStringLiteral("invalid_api_key"));
    }
    c.status = QStringLiteral("connected");
    c.credentialDigest = credentialDigestFor(key.toString());
    c.profile = profileForApiKey(key.toString());
    m_store->insertConnection(c);
    m_runner->scheduleFromNow(c);
    return HttpReply::json(201,
        {{QStringLiteral("mode"), QStringLiteral("connected")},
            {QStringLiteral("connection"), connectionJson(c, c.createdAt)}});
}

HttpReply ConnectionsApi::connectHandle(
    ConnectionRecord c, const Connector &connector, const QJsonObject &body)
{
    const QString handle = body.value(QStringLiteral("account_handle")).toString();
    if (!isValidHandle(handle)) {
        return reply::validation(QStringLiteral("account_handle"),
            QStringLiteral("must be 2 to 15 letters, digits or underscores"));
    }
    const QJsonValue ext = body.value(QStringLiteral("external_account_id"));
    if (!ext.isString() || ext.toString().isEmpty()) {
        return reply::validation(QStringLiteral("external_account_id"),
            QStringLiteral("is required: resolve the handle first"));
    }
    const QJsonValue followers = body.value(QStringLiteral("followers"));
    if (!followers.isUndefined() && !followers.isNull()
        && (!followers.isDouble() || followers.toDouble() < 0)) {
        return reply::validation(
            QStringLiteral("followers"), QStringLiteral("must be a non-negative number"));
    }
    if (const auto existing
        = m_store->findByExternalAccount(c.workspaceId, connector.type, ext.toString())) {
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
    if (!body.value(QStringLiteral("name")).isString())
        c.name = u'@' + handle;
    c.status = QStringLiteral("connected");
    m_store->insertConnection(c);
    m_runner->scheduleFromNow(c);
    return HttpReply::json(201,
        {{QStringLiteral("mode"), QStringLiteral("connected")},
            {QStringLiteral("connection"), connectionJson(c, c.createdAt)}});
}

HttpReply ConnectionsApi::connectWebhook(ConnectionRecord c)
{
    const QString secret = QStringLiteral("whsec_") + randomToken(24);
    c.status = QStringLiteral("connected");
    c.credentialDigest = credentialDigestFor(secret);
    m_store->insertConnection(c);
    m_runner->scheduleFromNow(c);
    return HttpReply::json(201,
        {{QStringLiteral("mode"), QStringLiteral("webhook")},
            {QStringLiteral("webhook_url"),
                QString(m_routes->server()->origin() + QStringLiteral("/hooks/") + c.id)},
            {QStringLiteral("signing_secret"), secret},
            {QStringLiteral("connection"), connectionJson(c, c.createdAt)}});
}
} // namespace sandbox
