#pragma once

#include "jsoncodec.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

// The platform API's records (platform-workspaces / platform-data-sources
// .openapi.json in shared/specs), their decoders and the request bodies.
// Enums keep a value they do not know as Unknown, with the text in `raw…`,
// so a newer platform never breaks the console. Pure functions, safe on any
// thread.
namespace cc {

// A page of a list operation: items, has_more, continuation_token, total.
template<typename T> struct PlatformPage
{
    QVector<T> items;
    bool hasMore = false;
    std::optional<qint64> continuationToken; // the next page's, when hasMore
    std::optional<qint64> total;
};

struct Workspace
{
    enum class Environment { Production, Staging, Development, Unknown };
    QString id;
    QString slug;
    QString name;
    Environment environment = Environment::Unknown;
    QString rawEnvironment;
    QString backendOrgId; // empty for null
    QString region;
    QString connectorType; // empty for null
    qint64 provisionedAtMs = 0; // 0 for null
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    static Environment environmentFrom(const QString &text);
    static QString environmentName(Environment e); // the wire value; empty for Unknown
};

// The file's enums for a workspace, in its order (choices for editors).
namespace workspaceenums {
const QStringList &environments();
const QStringList &conversionTargets();
const QStringList &regions();
const QStringList &connectorTypes();
} // namespace workspaceenums

// PATCH /v1/workspaces/{id}: only the fields that are set are sent.
struct WorkspacePatch
{
    std::optional<QString> name;
    std::optional<QString> environment;
    std::optional<QString> region;
    std::optional<QString> connectorType;
    QByteArray toJson() const;
};

struct EnvironmentCheck
{
    QString current;
    QString target;
    QStringList warnings;
};

struct DataSource
{
    enum class Health { Unknown, Healthy, Degraded, Other };
    enum class SyncStatus { None, Success, Error, Other };
    QString id;
    QString workspaceId;
    QString name;
    QString displayName; // empty for null
    QString sourceType; // the wire value; see datasourceenums
    QJsonObject connectionConfig;
    std::optional<QStringList> entityTypes;
    QJsonObject fieldMappings;
    QString syncStrategy;
    std::optional<QString> syncSchedule;
    qint64 lastSyncAtMs = 0; // 0 for null
    SyncStatus lastSyncStatus = SyncStatus::None;
    QString rawLastSyncStatus;
    int lastSyncEventCount = 0;
    bool isActive = false;
    bool isStale = false;
    Health health = Health::Unknown;
    QString rawHealth;
    qint64 lastHealthCheckMs = 0;
    QString discoveredBy;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;

    bool knownSourceType() const;
    bool knownSyncStrategy() const;
};

namespace datasourceenums {
const QStringList &sourceTypes();
const QStringList &syncStrategies();
} // namespace datasourceenums

struct DataSourceFilter
{
    std::optional<bool> isActive;
    QStringList sourceTypes;
    QString search;
    // The query string of a list request (limit and continuation_token added).
    QString toQuery(int limit, qint64 continuationToken) const;
};

// POST …/data-sources.
struct DataSourceCreate
{
    QString name;
    QString displayName; // empty: not sent
    QString sourceType;
    QJsonObject connectionConfig;
    QStringList entityTypes;
    QJsonObject fieldMappings;
    QString syncStrategy = QStringLiteral("manual");
    QString syncSchedule; // empty: not sent
    QByteArray toJson() const;
};

// PATCH …/data-sources/{id}: only the fields that are set are sent.
struct DataSourcePatch
{
    std::optional<QString> displayName;
    std::optional<QJsonObject> connectionConfig;
    std::optional<QStringList> entityTypes;
    std::optional<QJsonObject> fieldMappings;
    std::optional<QString> syncStrategy;
    std::optional<QString> syncSchedule;
    std::optional<bool> isActive;
    QByteArray toJson() const;
};

struct DataSourceStatus
{
    QString dataSourceId;
    QString name;
    bool isActive = false;
    DataSource::Health health = DataSource::Health::Unknown;
    QString rawHealth;
    qint64 lastSyncAtMs = 0;
    DataSource::SyncStatus lastSyncStatus = DataSource::SyncStatus::None;
    int lastSyncEventCount = 0;
    qint64 eventCount = 0;
    qint64 syncedCount = 0;
    qint64 failedCount = 0;
};

struct SyncHistoryDay
{
    QDate date;
    qint64 eventCount = 0;
    qint64 syncedCount = 0;
    qint64 failedCount = 0;
};

struct SyncFailure
{
    QString eventId;
    QString eventType;
    QString fhirResourceType; // empty for null
    QString fhirResourceId;
    QString syncError;
    qint64 createdAtMs = 0;
};

struct DataSourceHistory
{
    QString dataSourceId;
    QString name;
    QVector<SyncHistoryDay> timeline;
    QVector<SyncFailure> recentFailures;
};

struct DataSourceSyncAck
{
    QString dataSourceId;
    qint64 triggeredAtMs = 0;
};

// platform-integrations.openapi.json. An AuthConfig as the platform shows
// it: secret values never appear, only the *_ssm_param_path where they are kept.
struct IntegrationAuth
{
    QString type; // api_key_header | bearer_token | oauth2_client_credentials |
                  // oauth2_jwt_bearer | gcp_wif | smart_backend_services (or another)
    QString headerName;
    QString ssmParamPath;
    QString tokenSsmParamPath;
    QString tokenUrl;
    QString clientId;
    QString clientSecretSsmParamPath;
    QStringList scopes;
    QStringList gcpScopes;
    QString privateKeySsmParamPath;
    QString assertionIssuer;
    QString assertionSubject;
    QString assertionAudience;
    int tokenLifetimeSeconds = 3600;
    QString assertionAlgorithm;
    bool assertionScopesInJwt = false;
    QString assertionKid;
    QJsonObject toJson() const; // the non-empty fields
};

namespace integrationenums {
const QStringList &protocols();
const QStringList &authTypes();
const QStringList &mcpTransports();
const QStringList &methods();
const QStringList &sortKeys(); // the values sort_by accepts
} // namespace integrationenums

struct IntegrationEndpoint
{
    QString name;
    QString description;
    QString method = QStringLiteral("POST");
    QString path;
    QString baseUrl; // empty for null
    std::optional<IntegrationAuth> auth;
    QJsonObject inputSchema;
    std::optional<QJsonObject> responseMapping;
    std::optional<QStringList> responseFilter;
    std::optional<QString> resultTemplate;
    std::optional<QString> resultKey;
    int maxResultLength = 0;
    int maxRetries = 2;
    QList<int> retryOnStatus{429, 502, 503, 504};
    QString resultDelivery = QStringLiteral("interrupt");
    QJsonObject headers;
    QString bodyFormat = QStringLiteral("json");
    QJsonObject toJson() const;
};

struct Integration
{
    enum class Protocol { Rest, Fhir, Mcp, Unknown };
    QString id;
    QString workspaceId;
    QString name;
    QString displayName;
    Protocol protocol = Protocol::Unknown;
    QString rawProtocol;
    QString baseUrl;
    std::optional<IntegrationAuth> auth;
    QVector<IntegrationEndpoint> endpoints;
    bool enabled = false;
    bool builtin = false;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    std::optional<QString> mcpTransport;
    std::optional<QString> mcpCommand;
    std::optional<QStringList> mcpArgs;
    std::optional<QString> mcpUrl;
    std::optional<QJsonObject> mcpHeaders;
};

// The secret values a create or update sends once (AuthConfigWithSecrets'
// *_value fields). Empty: not sent (on update, the stored secret stays).
struct IntegrationSecrets
{
    QString apiKey;
    QString bearerToken;
    QString clientSecret;
    QString privateKey;
};

// A create (all fields) or an update (only the set ones) of an integration.
struct IntegrationDraft
{
    std::optional<QString> name; // create only
    std::optional<QString> displayName;
    std::optional<QString> protocol;
    std::optional<QString> baseUrl;
    std::optional<IntegrationAuth> auth;
    std::optional<QVector<IntegrationEndpoint>> endpoints;
    std::optional<bool> enabled;
    std::optional<QString> mcpTransport;
    std::optional<QString> mcpCommand;
    std::optional<QStringList> mcpArgs;
    std::optional<QString> mcpUrl;
    std::optional<QJsonObject> mcpHeaders;
    // The body, with the secrets folded into auth as {"value": …}. The
    // caller's secrets are not kept here: they exist only in the returned bytes.
    QByteArray toJson(const IntegrationSecrets &secrets = {}) const;
};

struct IntegrationFilter
{
    std::optional<bool> enabled;
    QString protocol;
    QString search;
    QString sortBy; // one of integrationenums::sortKeys(), or empty
    QString toQuery(int limit, qint64 continuationToken) const;
};

// The health check: a free-form object in the file. Known keys become typed
// entries; the whole answer stays in `raw` for whatever else a platform sends.
struct IntegrationHealth
{
    enum class Status { Healthy, Unhealthy, Unreachable, NotChecked, Unknown };
    struct Entry
    {
        QString integrationId;
        QString name;
        Status status = Status::Unknown;
        QString rawStatus;
        std::optional<int> statusCode;
        std::optional<double> latencyMs;
        QString error;
        QJsonObject raw;
    };
    qint64 checkedAtMs = 0;
    QVector<Entry> entries;
    QJsonObject raw;
};

struct EndpointTestResult
{
    std::optional<int> statusCode;
    double durationMs = 0;
    int retries = 0;
    QJsonValue rawResponse;
    QJsonValue afterFilter;
    QJsonValue afterMapping;
    std::optional<QString> finalResult;
    QString error; // empty for none
};

namespace json {
bool decodeIntegration(const QByteArray &body, Integration *out, Error *error);
bool decodeIntegrationPage(const QByteArray &body, PlatformPage<Integration> *out, Error *error);
bool decodeIntegrationHealth(const QByteArray &body, IntegrationHealth *out, Error *error);
bool decodeEndpointTest(const QByteArray &body, EndpointTestResult *out, Error *error);
QByteArray encodeEndpointTest(const QJsonObject &params);
} // namespace json

namespace json {
bool decodeWorkspace(const QByteArray &body, Workspace *out, Error *error);
bool decodeWorkspacePage(const QByteArray &body, PlatformPage<Workspace> *out, Error *error);
// POST …/provision answers {"workspace": {...}}.
bool decodeProvision(const QByteArray &body, Workspace *out, Error *error);
bool decodeEnvironmentCheck(const QByteArray &body, EnvironmentCheck *out, Error *error);
// {"numbers": [...]}
bool decodeTestCallers(const QByteArray &body, QStringList *out, Error *error);
bool decodeDataSource(const QByteArray &body, DataSource *out, Error *error);
bool decodeDataSourcePage(const QByteArray &body, PlatformPage<DataSource> *out, Error *error);
bool decodeDataSourceStatus(const QByteArray &body, DataSourceStatus *out, Error *error);
bool decodeDataSourceHistory(const QByteArray &body, DataSourceHistory *out, Error *error);
bool decodeDataSourceSyncAck(const QByteArray &body, DataSourceSyncAck *out, Error *error);
QByteArray encodeTestCallers(const QStringList &numbers);
QByteArray encodeArchive(const QString &slug);
QByteArray encodeConversion(const QString &target, const QString &confirmSlug);
} // namespace json

} // namespace cc
