#pragma once

#include "apiroutes.h"
#include "records.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

namespace sandbox {

struct Connector;
class Store;
class SyncRunner;

// The connections of connections-api.md under /api/platform/v1: who am I,
// members, the catalog, the inventory (optionally paged), one connection and
// its status, connect (routed on the connector's method), disconnect,
// reconnect, rename / reassign, and resolve-handle. A foreign workspace's id
// answers exactly like an unknown id.
//
// The inventory is served from a cache of serialised rows, keyed by the
// store's change sequence (see Store::changeSeq), warmed in the background
// from startup; GET /connections?changed_since=<token> answers the rows
// written since the token, the ids purged, and the next token.
class ConnectionsApi : public QObject
{
    Q_OBJECT

public:
    ConnectionsApi(ApiRoutes *routes, SyncRunner *runner, QObject *parent = nullptr);

    // One connection as the contract spells it (health derived now).
    QJsonObject connectionJson(const ConnectionRecord &c, qint64 nowMs) const;
    // Serialises every row into the cache, a slice per event-loop turn.
    void warmCache();

private:
    // Connection `id` of the caller's workspace, or the 404 in *missing.
    std::optional<ConnectionRecord> own(
        const Principal &who, const QString &id, HttpReply *missing) const;
    // Starts an OAuth provider flow for `c`: returns the authorize_url.
    QString beginProviderFlow(
        const ConnectionRecord &c, const QString &returnTo, const QString &purpose);

    HttpReply me(const Principal &who);
    HttpReply members(const Principal &who);
    HttpReply catalogList(const HttpRequest &req);
    HttpReply list(const Principal &who, const HttpRequest &req);
    HttpReply changes(const Principal &who, const QString &token);
    HttpReply purge(const Principal &who, const QString &id);
    struct CachedRow;
    QByteArray rowJson(const ConnectionRecord &c, qint64 nowMs);
    const CachedRow *cached(const QString &id, qint64 changeSeq, qint64 nowMs) const;
    enum class TokenCheck { Valid, Invalid, Expired };
    QByteArray encodeChangesToken(qint64 seq, qint64 asOfMs) const;
    TokenCheck decodeChangesToken(const QString &token, qint64 *seq, qint64 *asOfMs) const;
    HttpReply get(const Principal &who, const QString &id);
    HttpReply status(const Principal &who, const QString &id);
    HttpReply connectConnector(const Principal &who, const HttpRequest &req);
    HttpReply disconnectConnection(const Principal &who, const QString &id);
    HttpReply reconnect(const Principal &who, const HttpRequest &req, const QString &id);
    HttpReply patch(const Principal &who, const HttpRequest &req, const QString &id);
    HttpReply resolveHandle(const HttpRequest &req);

    // connectConnector(), per method, after the common checks.
    HttpReply connectOAuth(ConnectionRecord c, const QJsonObject &body);
    HttpReply connectApiKey(
        ConnectionRecord c, const Connector &connector, const QJsonObject &body);
    HttpReply connectHandle(
        ConnectionRecord c, const Connector &connector, const QJsonObject &body);
    HttpReply connectWebhook(ConnectionRecord c);

    ApiRoutes *const m_routes;
    Store *const m_store;
    SyncRunner *const m_runner;
    // Tokens of another run of the sandbox have no change log here: expired.
    const QString m_changeEpoch;
    static constexpr int kMaxPageSize = 5000;
    struct CachedRow
    {
        qint64 changeSeq = 0;
        qint64 validUntilMs = 0; // 0: until the row is written again
        QByteArray json;
        QByteArray digest; // 16 bytes of the json's SHA-256, for the list's ETag
    };
    QHash<QString, CachedRow> m_rowCache; // at most one entry per row of the store
    qint64 m_warmedRowid = 0;
};

} // namespace sandbox
