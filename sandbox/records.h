#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sandbox {

// Who a bearer token speaks for.
struct Principal
{
    QString workspaceId;
    QString userId;
    QString role; // owner|admin|member|viewer
    bool platformAdmin = false;
    QString tokenFamily; // set for OAuth access tokens

    bool isValid() const { return !workspaceId.isEmpty(); }
    bool canWrite() const { return role != u"viewer"; }
};

// A workspace (platform-workspaces.openapi.json, WorkspaceResponse). Its id is
// a UUID derived from the slug (workspaceIdForSlug), so it is stable across
// restarts and the same in /me and under /v1.
struct Workspace
{
    QString id;
    QString slug;
    QString name;
    QString environment = QStringLiteral("development"); // production|staging|development
    QString region = QStringLiteral("us-east-1");
    QString connectorType; // empty for none (null)
    QString backendOrgId; // empty for none (null)
    std::optional<qint64> provisionedAt;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<qint64> archivedAt;
    QStringList testCallerNumbers;
};

// A data source (platform-data-sources.openapi.json, DataSourceResponse).
// connection_config and field_mappings are kept as the JSON text given.
struct DataSourceRecord
{
    QString id; // UUID
    QString workspaceId;
    QString name;
    QString displayName; // empty for null
    QString sourceType;
    QByteArray connectionConfig = "{}";
    std::optional<QStringList> entityTypes;
    QByteArray fieldMappings = "{}";
    QString syncStrategy = QStringLiteral("manual");
    std::optional<QString> syncSchedule;
    bool isActive = true;
    std::optional<qint64> lastHealthCheck;
    QString discoveredBy; // empty for null
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    // The simulation (see datasourcesimulator.h): the daily volume and the
    // share of failing events; the poll in progress, if any.
    int eventsPerDay = 0;
    double failureRate = 0;
    std::optional<qint64> pollStartedAt;
    std::optional<qint64> lastPollAt;
    std::optional<qint64> lastPollDurationMs;
    std::optional<qint64> lastManualSyncAt;
    int lastSyncEventCount = 0;
    bool lastSyncFailed = false; // meaningful when lastPollAt is set
    QString profile = QStringLiteral("normal"); // normal|stalled (its upstream stopped answering)
};

// An integration (platform-integrations.openapi.json, IntegrationResponse).
// `auth` never holds a secret value: only the *_ssm_param_path the sandbox
// assigned; the values are sealed in the integration_secrets table.
struct IntegrationRecord
{
    QString id; // UUID
    QString workspaceId;
    QString name;
    QString displayName;
    QString protocol = QStringLiteral("rest"); // rest|fhir|mcp
    QString baseUrl;
    std::optional<QJsonObject> auth;
    QJsonArray endpoints;
    bool enabled = true;
    bool builtin = false;
    qint64 createdAt = 0;
    qint64 updatedAt = 0;
    std::optional<QString> mcpTransport;
    std::optional<QString> mcpCommand;
    std::optional<QStringList> mcpArgs;
    std::optional<QString> mcpUrl;
    std::optional<QJsonObject> mcpHeaders;
};

// One ingested event of a data source.
struct DataSourceEvent
{
    QString id; // UUID
    QString dataSourceId;
    qint64 createdAt = 0;
    QString eventType;
    bool failed = false;
    QString fhirResourceType; // empty for null
    QString fhirResourceId; // empty for null
    QString syncError; // empty for null
};

struct User
{
    QString id;
    QString workspaceId;
    QString name;
    QString email;
    QString role;
    bool platformAdmin = false;
    bool member = true; // shown in /members and valid as an owner
};

struct RunRecord
{
    QString id;
    QString connectionId;
    QString workspaceId;
    QString status; // pending|running|completed|failed|skipped_locked
    QString triggeredBy;
    qint64 startedAt = 0;
    std::optional<qint64> finishedAt;
    int streamsTotal = 0;
    int streamsFailed = 0;
    qint64 recordsWritten = 0;
    QString errorReason; // empty for none
    QString errorMessage; // becomes the connection's last_error
    qint64 plannedFinishAt = 0; // when a running run will finish (sandbox-internal)
};

struct ConnectionRecord
{
    QString id;
    QString workspaceId;
    QString connectorType;
    QString name;
    QString status; // pending|connected|syncing|error|paused|disconnected
    QString scope;
    QString ownerUserId;
    QString handle;
    QString displayName;
    QString avatarUrl;
    QString externalAccountId;
    qint64 followers = 0;
    qint64 createdAt = 0;
    std::optional<qint64> lastSyncedAt;
    QString lastError;
    QString authState = QStringLiteral("ok"); // ok|expired|revoked
    QString profile = QStringLiteral("clean"); // simulated behaviour, see syncrunner.h
    bool paused = false;
    QString credentialDigest; // salted digest of the provider key, never the key
    QString lastRunId;
    qint64 changeSeq = 0; // the store's change log (read only; writes take the next)
    std::optional<RunRecord> lastRun;
};

} // namespace sandbox
