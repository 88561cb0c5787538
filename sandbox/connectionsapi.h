#pragma once

#include "apiroutes.h"
#include "records.h"

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
class ConnectionsApi : public QObject
{
    Q_OBJECT

public:
    ConnectionsApi(ApiRoutes *routes, SyncRunner *runner, QObject *parent = nullptr);

    // One connection as the contract spells it (health derived now).
    QJsonObject connectionJson(const ConnectionRecord &c, qint64 nowMs) const;

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
};

} // namespace sandbox
