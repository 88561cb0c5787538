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
