#pragma once

#include "httpserver.h"
#include "records.h"

#include <QHash>
#include <QObject>

namespace sandbox {

class Store;
class SyncRunner;

// Every call of connections-api.md under /api/platform/v1, the cadence admin
// calls, and the sandbox's own control extension (/api/sandbox/faults).
// Errors follow the contract's table; a foreign workspace's id answers exactly
// like an unknown id.
class PlatformApi : public QObject
{
    Q_OBJECT

public:
    PlatformApi(Store *store, SyncRunner *runner, HttpServer *server, QObject *parent = nullptr);

    // JSON of one connection as the contract spells it (health derived now).
    QJsonObject connectionJson(const ConnectionRecord &c, qint64 nowMs) const;
    static QJsonObject runJson(const RunRecord &r);

    // Starts an OAuth provider flow for `c`: returns the authorize_url.
    QString beginProviderFlow(
        const ConnectionRecord &c, const QString &returnTo, const QString &purpose);

private:
    // Resolves the bearer token; on failure returns the 401/403 reply in *deny.
    bool authenticate(const HttpRequest &req, bool write, Principal *who, HttpReply *deny) const;
    // authenticate(), then connection `id` of the caller's workspace; on
    // failure *deny is the answer (401, 403 or 404).
    std::optional<ConnectionRecord> ownConnection(const HttpRequest &req, const QString &id,
        bool write, Principal *who, HttpReply *deny) const;
    HttpReply notFound() const;

    HttpReply me(const HttpRequest &req);
    HttpReply members(const HttpRequest &req);
    HttpReply catalogList(const HttpRequest &req);
    HttpReply list(const HttpRequest &req);
    HttpReply get(const HttpRequest &req, const QString &id);
    HttpReply status(const HttpRequest &req, const QString &id);
    HttpReply runs(const HttpRequest &req, const QString &id);
    HttpReply connectConnector(const HttpRequest &req);
    HttpReply disconnectConnection(const HttpRequest &req, const QString &id);
    HttpReply reconnect(const HttpRequest &req, const QString &id);
    HttpReply patch(const HttpRequest &req, const QString &id);
    HttpReply sync(const HttpRequest &req, const QString &id);
    HttpReply resolveHandle(const HttpRequest &req);
    HttpReply workspaceRuns(const HttpRequest &req);
    HttpReply cadences(const HttpRequest &req);
    HttpReply putCadence(const HttpRequest &req, const QString &type);
    HttpReply faultsGet(const HttpRequest &req);
    HttpReply faultsPut(const HttpRequest &req);

    Store *const m_store;
    SyncRunner *const m_runner;
    HttpServer *const m_server;
    QHash<QString, qint64> m_lastManualSync; // connection id -> ms
};

// Resolution of a public handle by the fake social provider (documented in
// connections-api.md "Sandbox specifics"). Returns false for unknown_* handles.
struct ResolvedHandle
{
    QString externalAccountId;
    QString displayName;
    qint64 followers = 0;
    QString avatarPath;
};
bool resolveSandboxHandle(const QString &handle, ResolvedHandle *out);
bool isValidHandle(const QString &handle);
// The fake API-key provider: at least 8 characters, not beginning with "invalid".
bool sandboxAcceptsApiKey(const QString &key);
// Behaviour profile chosen by a practice key's prefix (docs/sandbox.md).
QString profileForApiKey(const QString &key);

} // namespace sandbox
