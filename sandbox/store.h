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

    // Workspaces, users and keys (store_platform.cpp). Archived workspaces
    // are left out of workspaces() and workspace() unless asked for; their
    // rows stay, and their keys and tokens stop authenticating.
    Workspace ensureWorkspace(const QString &slug);
    enum class Archived { Exclude, Include };
    QVector<Workspace> workspaces(Archived archived = Archived::Exclude) const;
    std::optional<Workspace> workspace(
        const QString &id, Archived archived = Archived::Exclude) const;
    std::optional<Workspace> workspaceBySlug(const QString &slug) const;
    void updateWorkspace(const Workspace &ws);
    void recordEnvironmentChange(const QString &workspaceId, const QString &from, const QString &to,
        const QString &userId, qint64 atMs);
    int environmentChangeCount(const QString &workspaceId) const;
    void insertUser(const User &user);
    std::optional<User> user(const QString &id) const;
    QVector<User> members(const QString &workspaceId) const;
    // Registers `key` for a (new) user of the workspace with `role`.
    void addApiKey(const QString &workspaceId, const QString &key, const QString &role,
        const QString &userName, bool platformAdmin);
    // Keys a start generates (without --workspace, or --seed demo without
    // --owner-key): each start revokes the earlier starts' keys, then
    // registers its own.
    int revokeLauncherKeys();
    void addLauncherKey(const QString &workspaceId, const QString &key, const QString &role,
        const QString &userName, bool platformAdmin);
    Principal principalForBearer(const QString &token, qint64 nowMs) const;
    // The first admin of a workspace: the identity console sign-in approves as.
    std::optional<User> workspaceAdmin(const QString &workspaceId) const;

    // Data sources and their events (store_platform.cpp).
    void insertDataSource(const DataSourceRecord &d);
    void updateDataSource(const DataSourceRecord &d);
    void deleteDataSource(const QString &id);
    std::optional<DataSourceRecord> dataSource(const QString &workspaceId, const QString &id) const;
    // Oldest first (created_at, id): offset paging as the files' integer
    // continuation_token wants. `total` is the filtered count.
    struct DataSourceFilter
    {
        std::optional<bool> isActive;
        QStringList sourceTypes;
        QString search;
    };
    QVector<DataSourceRecord> dataSources(const QString &workspaceId,
        const DataSourceFilter &filter, int offset, int limit, int *total) const;
    QVector<DataSourceRecord> allDataSources() const;
    int dataSourceCount(const QString &workspaceId) const;
    void insertEvents(const QVector<DataSourceEvent> &events);
    struct EventDay
    {
        QString date; // yyyy-MM-dd, UTC
        int events = 0;
        int failed = 0;
    };
    // Days with events in [sinceMs, now], oldest first.
    QVector<EventDay> eventDays(const QString &dataSourceId, qint64 sinceMs) const;
    QVector<DataSourceEvent> recentFailures(
        const QString &dataSourceId, qint64 sinceMs, int limit) const;
    struct EventCounts
    {
        int events = 0;
        int failed = 0;
    };
    EventCounts eventCounts(const QString &dataSourceId, qint64 sinceMs = 0) const;
    // The counts of the newest `limit` events.
    EventCounts latestEventCounts(const QString &dataSourceId, int limit) const;
    // The newest event, if any.
    std::optional<DataSourceEvent> lastEvent(const QString &dataSourceId) const;

    // Integrations and their sealed secrets (store_platform.cpp).
    void insertIntegration(const IntegrationRecord &i);
    void updateIntegration(const IntegrationRecord &i);
    void deleteIntegration(const QString &id);
    std::optional<IntegrationRecord> integration(
        const QString &workspaceId, const QString &id) const;
    std::optional<IntegrationRecord> integrationByName(
        const QString &workspaceId, const QString &name) const;
    struct IntegrationFilter
    {
        std::optional<bool> enabled;
        QString protocol;
        QString search;
        QString sortColumn = QStringLiteral("name"); // name|created_at|updated_at
        bool descending = false;
    };
    QVector<IntegrationRecord> integrations(const QString &workspaceId,
        const IntegrationFilter &filter, int offset, int limit, int *total) const;
    int integrationCount(const QString &workspaceId) const;
    // A secret, sealed by the caller (SecretBox), under the path the auth names.
    void putSecret(const QString &path, const QString &integrationId, const QByteArray &box);
    std::optional<QByteArray> secret(const QString &path) const;
    // The fake upstream gets a new port on each start: rewrites the URLs of
    // integrations that pointed at the previous start's upstream.
    void rebaseUpstream(const QString &origin);

    // Connections.
    void insertConnection(const ConnectionRecord &c);
    void updateConnection(const ConnectionRecord &c);
    void touchConnection(const QString &id);
    std::optional<ConnectionRecord> connection(const QString &workspaceId, const QString &id) const;
    std::optional<ConnectionRecord> connectionById(const QString &id) const;
    // Newest first. When limit > 0, at most limit rows after the keyset cursor.
    QVector<ConnectionRecord> connections(const QString &workspaceId, int limit = 0,
        qint64 afterCreatedAt = 0, const QString &afterId = {}) const;
    // The same rows as connections(), as id, change sequence and created_at
    // only: what a listing served from a cache of serialised rows reads.
    struct RowVersion
    {
        QString id;
        qint64 changeSeq = 0;
        qint64 createdAt = 0;
    };
    QVector<RowVersion> connectionVersions(const QString &workspaceId, int limit = 0,
        qint64 afterCreatedAt = 0, const QString &afterId = {}) const;
    // Every workspace's rows in storage order, `limit` at a time.
    QVector<ConnectionRecord> connectionsAfterRowid(
        qint64 afterRowid, int limit, qint64 *lastRowid) const;
    QVector<ConnectionRecord> allSchedulable() const;
    // The change log behind GET /connections?changed_since: every write of a
    // connection (or of one of its runs) takes the next sequence number.
    qint64 changeSeq() const { return m_changeSeq; }
    // Rows written after `seq`, and rows whose last_synced_at lies in
    // (syncedAfter, syncedUpTo] (their derived health turned stale meanwhile).
    QVector<ConnectionRecord> connectionsChangedSince(
        const QString &workspaceId, qint64 seq, qint64 syncedAfter, qint64 syncedUpTo) const;
    QStringList connectionsRemovedSince(const QString &workspaceId, qint64 seq) const;
    // Deletes the row and its runs for good (a platform-side purge; the
    // contract's DELETE only disconnects). False when there was no such row.
    bool purgeConnection(const QString &workspaceId, const QString &id);
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
    bool migrateWorkspaces(QString *error);
    QSqlQuery query() const;
    void exec(QSqlQuery &q) const;
    // Runs `selectFrom` (a SELECT ... FROM connections c ...) over one page of
    // a workspace's connections, newest first, after (afterCreatedAt, afterId)
    // when afterId is set: the keyset the list and its versions share.
    void execPage(QSqlQuery &q, const QString &selectFrom, const QString &workspaceId, int limit,
        qint64 afterCreatedAt, const QString &afterId) const;
    void execSql(const QString &sql) const;

    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QSqlQuery> m_insertRun;
    std::unique_ptr<QSqlQuery> m_updateRun;
    std::unique_ptr<QSqlQuery> m_insertConnection;
    std::unique_ptr<QSqlQuery> m_updateConnection;
    std::unique_ptr<QSqlQuery> m_touchConnection;
    qint64 m_changeSeq = 0;
};

} // namespace sandbox
