#pragma once

#include "records.h"

#include <QSqlDatabase>
#include <QString>
#include <QVector>
#include <memory>

class QSqlQuery;

namespace sandbox {

// The sandbox's persistence: one SQLite database in WAL mode, through Qt SQL.
// Secrets (API keys, tokens, codes) are stored only as digests. Not thread-safe:
// it lives on the sandbox's single event-loop thread.
class Store
{
public:
    Store();
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    // ":memory:" gives a private in-memory database.
    bool open(const QString &path, QString *error);

    void beginTransaction();
    void commit();

    // Workspaces, users and keys.
    Workspace ensureWorkspace(const QString &slug);
    QVector<Workspace> workspaces() const;
    std::optional<Workspace> workspace(const QString &id) const;
    void insertUser(const User &user);
    std::optional<User> user(const QString &id) const;
    QVector<User> members(const QString &workspaceId) const;
    // Registers `key` for a (new) user of the workspace with `role`.
    void addApiKey(const QString &workspaceId, const QString &key, const QString &role,
        const QString &userName, bool platformAdmin);
    // The key a start without --workspace generates: added as the workspace's
    // platform-admin key, and every key earlier starts generated is revoked.
    // Returns how many were revoked.
    int replaceLauncherKey(const QString &workspaceId, const QString &key);
    Principal principalForBearer(const QString &token, qint64 nowMs) const;
    // The first admin of a workspace: the identity console sign-in approves as.
    std::optional<User> workspaceAdmin(const QString &workspaceId) const;

    // Connections.
    void insertConnection(const ConnectionRecord &c);
    void updateConnection(const ConnectionRecord &c);
    std::optional<ConnectionRecord> connection(const QString &workspaceId, const QString &id) const;
    std::optional<ConnectionRecord> connectionById(const QString &id) const;
    // Newest first. When limit > 0, at most limit rows after the keyset cursor.
    QVector<ConnectionRecord> connections(const QString &workspaceId, int limit = 0,
        qint64 afterCreatedAt = 0, const QString &afterId = {}) const;
    QVector<ConnectionRecord> allSchedulable() const;
    std::optional<QString> findByExternalAccount(const QString &workspaceId,
        const QString &connectorType, const QString &externalAccountId) const;
    int connectionCount(const QString &workspaceId) const;

    // Runs.
    void insertRun(const RunRecord &r);
    void updateRun(const RunRecord &r);
    // Newest first; only runs started at or after `sinceMs` when it is > 0.
    QVector<RunRecord> runs(const QString &connectionId, int limit, qint64 sinceMs = 0) const;
    QVector<RunRecord> runningRuns() const;
    int runCount(const QString &connectionId) const;
    // Workspace-wide runs since `sinceMs`, newest first, keyset-paged by
    // (started_at, id); `failuresOnly` keeps failed and partial runs.
    struct WorkspaceRun
    {
        RunRecord run;
        QString connectorType;
    };
    QVector<WorkspaceRun> workspaceRuns(const QString &workspaceId, qint64 sinceMs,
        bool failuresOnly, int limit, qint64 beforeStartedAt = 0,
        const QString &beforeId = {}) const;
    std::optional<RunRecord> run(const QString &id) const;

    // Cadence overrides: connector type -> preset.
    void setCadence(const QString &connectorType, const QString &cadence);
    QString cadenceOverride(const QString &connectorType) const;

    // Connector OAuth flows, keyed by the digest of their state.
    struct ProviderFlow
    {
        QString connectionId;
        QString workspaceId;
        QString returnTo;
        QString purpose; // connect|reconnect
        qint64 createdAt = 0;
    };
    void insertProviderFlow(const QString &state, const ProviderFlow &flow);
    std::optional<ProviderFlow> providerFlow(const QString &state) const;
    void deleteProviderFlow(const QString &state);

    // Console sign-in (authorization server).
    struct AuthCode
    {
        QString clientId;
        QString redirectUri;
        QString codeChallenge;
        QString workspaceId;
        QString userId;
        qint64 expiresAt = 0;
        bool used = false;
        QString family;
    };
    void insertAuthCode(const QString &code, const AuthCode &c);
    std::optional<AuthCode> authCode(const QString &code) const;
    void markAuthCodeUsed(const QString &code, const QString &family);

    struct RefreshToken
    {
        QString family;
        QString workspaceId;
        QString userId;
        QString clientId;
        bool used = false;
        bool revoked = false;
    };
    void insertRefreshToken(const QString &token, const RefreshToken &t);
    std::optional<RefreshToken> refreshToken(const QString &token) const;
    void markRefreshTokenUsed(const QString &token);
    void insertAccessToken(const QString &token, const QString &family, const QString &workspaceId,
        const QString &userId, qint64 expiresAt);
    void revokeFamily(const QString &family);
    std::optional<QString> familyOfAccessToken(const QString &token) const;

private:
    QSqlQuery query() const;
    void exec(QSqlQuery &q) const;
    void execSql(const QString &sql) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insertRun;
    std::unique_ptr<QSqlQuery> m_updateRun;
    std::unique_ptr<QSqlQuery> m_insertConnection;
    std::unique_ptr<QSqlQuery> m_updateConnection;
};

} // namespace sandbox
