#include "platformrecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace cc {

namespace {

// Strict where the files say "required", tolerant elsewhere: a required
// field that is missing or of the wrong type fails and names itself.
class Reader
{
public:
    Reader(const QJsonObject &o, const QString &path, json::Error *error)
        : m_o(o)
        , m_path(path)
        , m_error(error)
    { }
    bool ok() const { return m_ok; }

    QString string(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isString())
            fail(key, v.isUndefined() ? "is missing" : "is not a string");
        return v.toString();
    }
    // A required key whose value may be null (empty string for null).
    QString nullableString(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isNull())
            return {};
        if (!v.isString()) {
            fail(key, v.isUndefined() ? "is missing" : "is not a string or null");
            return {};
        }
        return v.toString();
    }
    std::optional<QString> optionalString(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isString())
            return v.toString();
        if (!v.isNull() && !v.isUndefined())
            fail(key, "is not a string or null");
        return std::nullopt;
    }
    qint64 integer(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)))
            fail(key, v.isUndefined() ? "is missing" : "is not an integer");
        return qint64(d);
    }
    std::optional<qint64> optionalInteger(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return integer(key);
    }
    bool boolean(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isBool())
            fail(key, v.isUndefined() ? "is missing" : "is not a boolean");
        return v.toBool();
    }
    // A date-time, required: 0 for null when `nullable`.
    qint64 time(const char *key, bool nullable)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (nullable && v.isNull())
            return 0;
        const qint64 ms = json::parseTimestamp(v.toString());
        if (!v.isString() || ms == 0)
            fail(key, v.isUndefined() ? "is missing" : "is not a date-time");
        return ms;
    }
    QJsonObject object(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isObject())
            fail(key, v.isUndefined() ? "is missing" : "is not an object");
        return v.toObject();
    }
    QJsonArray array(const char *key)
    {
        const QJsonValue v = m_o.value(QLatin1String(key));
        if (!v.isArray())
            fail(key, v.isUndefined() ? "is missing" : "is not an array");
        return v.toArray();
    }
    QStringList strings(const char *key)
    {
        QStringList out;
        const QJsonArray a = array(key);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a.at(i).isString()) {
                fail(key, "holds a value that is not a string");
                break;
            }
            out << a.at(i).toString();
        }
        return out;
    }
    QString path(const char *key) const { return m_path + u'.' + QLatin1String(key); }

private:
    void fail(const char *key, const char *message)
    {
        if (!m_ok)
            return;
        m_ok = false;
        m_error->field = path(key);
        m_error->message = QString::fromLatin1(message);
    }
    const QJsonObject m_o;
    const QString m_path;
    json::Error *const m_error;
    bool m_ok = true;
};

DataSource::Health healthFrom(const QString &text)
{
    if (text == u"healthy")
        return DataSource::Health::Healthy;
    if (text == u"degraded")
        return DataSource::Health::Degraded;
    if (text == u"unknown")
        return DataSource::Health::Unknown;
    return DataSource::Health::Other;
}

DataSource::SyncStatus syncStatusFrom(const std::optional<QString> &text)
{
    if (!text)
        return DataSource::SyncStatus::None;
    if (*text == u"success")
        return DataSource::SyncStatus::Success;
    if (*text == u"error")
        return DataSource::SyncStatus::Error;
    return DataSource::SyncStatus::Other;
}

bool readWorkspace(const QJsonObject &o, const QString &path, Workspace *w, json::Error *error)
{
    Reader r(o, path, error);
    w->id = r.string("id");
    w->slug = r.string("slug");
    w->name = r.string("name");
    w->rawEnvironment = r.string("environment");
    w->environment = Workspace::environmentFrom(w->rawEnvironment);
    w->backendOrgId = r.nullableString("backend_org_id");
    w->region = r.string("region");
    w->connectorType = r.nullableString("connector_type");
    w->provisionedAtMs = r.time("provisioned_at", true);
    w->createdAtMs = r.time("created_at", false);
    w->updatedAtMs = r.time("updated_at", false);
    return r.ok();
}

bool readDataSource(const QJsonObject &o, const QString &path, DataSource *d, json::Error *error)
{
    Reader r(o, path, error);
    d->id = r.string("id");
    d->workspaceId = r.string("workspace_id");
    d->name = r.string("name");
    d->displayName = r.nullableString("display_name");
    d->sourceType = r.string("source_type");
    d->connectionConfig = r.object("connection_config");
    if (!o.value(QLatin1String("entity_types")).isNull())
        d->entityTypes = r.strings("entity_types");
    d->fieldMappings = r.object("field_mappings");
    d->syncStrategy = r.string("sync_strategy");
    d->syncSchedule = r.optionalString("sync_schedule");
    d->lastSyncAtMs = r.time("last_sync_at", true);
    const std::optional<QString> status = r.optionalString("last_sync_status");
    d->rawLastSyncStatus = status.value_or(QString());
    d->lastSyncStatus = syncStatusFrom(status);
    d->lastSyncEventCount = int(r.integer("last_sync_event_count"));
    d->isActive = r.boolean("is_active");
    d->isStale = r.boolean("is_stale");
    d->rawHealth = r.string("health_status");
    d->health = healthFrom(d->rawHealth);
    d->lastHealthCheckMs = r.time("last_health_check", true);
    d->discoveredBy = r.nullableString("discovered_by");
    d->createdAtMs = r.time("created_at", false);
    d->updatedAtMs = r.time("updated_at", false);
    return r.ok();
}

template<typename T, typename ReadItem>
bool readPage(const QByteArray &body, PlatformPage<T> *out, json::Error *error, ReadItem readItem)
{
    QJsonObject o;
    if (!json::parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("page"), error);
    const QJsonArray items = r.array("items");
    out->hasMore = r.boolean("has_more");
    out->continuationToken = r.optionalInteger("continuation_token");
    out->total = r.optionalInteger("total");
    if (!r.ok())
        return false;
    if (out->hasMore && !out->continuationToken) {
        error->field = QStringLiteral("page.continuation_token");
        error->message = QStringLiteral("is missing although has_more is true");
        return false;
    }
    out->items.clear();
    out->items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        T item;
        const QString path = QStringLiteral("items[%1]").arg(i);
        if (!items.at(i).isObject()) {
            error->field = path;
            error->message = QStringLiteral("is not an object");
            return false;
        }
        if (!readItem(items.at(i).toObject(), path, &item, error))
            return false;
        out->items.push_back(std::move(item));
    }
    return true;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

Workspace::Environment Workspace::environmentFrom(const QString &text)
{
    if (text == u"production")
        return Environment::Production;
    if (text == u"staging")
        return Environment::Staging;
    if (text == u"development")
        return Environment::Development;
    return Environment::Unknown;
}

QString Workspace::environmentName(Environment e)
{
    switch (e) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Staging:
        return QStringLiteral("staging");
    case Environment::Development:
        return QStringLiteral("development");
    case Environment::Unknown:
        break;
    }
    return {};
}

namespace workspaceenums {
const QStringList &environments()
{
    static const QStringList values{
        QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development")};
    return values;
}
const QStringList &conversionTargets()
{
    static const QStringList values{QStringLiteral("production"), QStringLiteral("staging")};
    return values;
}
const QStringList &regions()
{
    static const QStringList values{QStringLiteral("us-east-1"), QStringLiteral("ap-southeast-2"),
        QStringLiteral("eu-central-1"), QStringLiteral("ca-central-1")};
    return values;
}
const QStringList &connectorTypes()
{
    static const QStringList values{QStringLiteral("epic"), QStringLiteral("cerner"),
        QStringLiteral("allscripts"), QStringLiteral("fhir_store"), QStringLiteral("athenahealth"),
        QStringLiteral("charmhealth"), QStringLiteral("eclinicalworks"), QStringLiteral("meditab")};
    return values;
}
} // namespace workspaceenums

namespace datasourceenums {
const QStringList &sourceTypes()
{
    static const QStringList values{QStringLiteral("rest_api"), QStringLiteral("webhook"),
        QStringLiteral("file_drop"), QStringLiteral("fhir"), QStringLiteral("fhir_store"),
        QStringLiteral("ehr"), QStringLiteral("database"), QStringLiteral("custom"),
        QStringLiteral("smart_fhir"), QStringLiteral("customer_intake")};
    return values;
}
const QStringList &syncStrategies()
{
    static const QStringList values{QStringLiteral("manual"), QStringLiteral("scheduled"),
        QStringLiteral("webhook"), QStringLiteral("continuous")};
    return values;
}
} // namespace datasourceenums

bool DataSource::knownSourceType() const
{
    return datasourceenums::sourceTypes().contains(sourceType);
}

bool DataSource::knownSyncStrategy() const
{
    return datasourceenums::syncStrategies().contains(syncStrategy);
}

QByteArray WorkspacePatch::toJson() const
{
    QJsonObject o;
    if (name)
        o.insert(QStringLiteral("name"), *name);
    if (environment)
        o.insert(QStringLiteral("environment"), *environment);
    if (region)
        o.insert(QStringLiteral("region"), *region);
    if (connectorType)
        o.insert(QStringLiteral("connector_type"), *connectorType);
    return compact(o);
}

QString DataSourceFilter::toQuery(int limit, qint64 continuationToken) const
{
    QStringList items;
    auto add = [&items](const char *key, const QString &value) {
        items << QLatin1String(key) + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    if (isActive)
        add("is_active", *isActive ? QStringLiteral("true") : QStringLiteral("false"));
    for (const QString &t : sourceTypes)
        add("source_type", t);
    if (!search.isEmpty())
        add("search", search);
    add("limit", QString::number(limit));
    add("continuation_token", QString::number(continuationToken));
    return items.join(u'&');
}

QByteArray DataSourceCreate::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("source_type"), sourceType},
        {QStringLiteral("connection_config"), connectionConfig},
        {QStringLiteral("entity_types"), QJsonArray::fromStringList(entityTypes)},
        {QStringLiteral("field_mappings"), fieldMappings},
        {QStringLiteral("sync_strategy"), syncStrategy}};
    if (!displayName.isEmpty())
        o.insert(QStringLiteral("display_name"), displayName);
    if (!syncSchedule.isEmpty())
        o.insert(QStringLiteral("sync_schedule"), syncSchedule);
    return compact(o);
}

QByteArray DataSourcePatch::toJson() const
{
    QJsonObject o;
    if (displayName)
        o.insert(QStringLiteral("display_name"), *displayName);
    if (connectionConfig)
        o.insert(QStringLiteral("connection_config"), *connectionConfig);
    if (entityTypes)
        o.insert(QStringLiteral("entity_types"), QJsonArray::fromStringList(*entityTypes));
    if (fieldMappings)
        o.insert(QStringLiteral("field_mappings"), *fieldMappings);
    if (syncStrategy)
        o.insert(QStringLiteral("sync_strategy"), *syncStrategy);
    if (syncSchedule)
        o.insert(QStringLiteral("sync_schedule"), *syncSchedule);
    if (isActive)
        o.insert(QStringLiteral("is_active"), *isActive);
    return compact(o);
}

namespace json {

bool decodeWorkspace(const QByteArray &body, Workspace *out, Error *error)
{
    QJsonObject o;
    return parseObject(body, &o, error)
        && readWorkspace(o, QStringLiteral("workspace"), out, error);
}

bool decodeWorkspacePage(const QByteArray &body, PlatformPage<Workspace> *out, Error *error)
{
    return readPage(body, out, error, readWorkspace);
}

bool decodeProvision(const QByteArray &body, Workspace *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("provision"), error);
    const QJsonObject ws = r.object("workspace");
    return r.ok() && readWorkspace(ws, r.path("workspace"), out, error);
}

bool decodeEnvironmentCheck(const QByteArray &body, EnvironmentCheck *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("check"), error);
    out->current = r.string("current");
    out->target = r.string("target");
    out->warnings = r.strings("warnings");
    return r.ok();
}

bool decodeTestCallers(const QByteArray &body, QStringList *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("test_callers"), error);
    *out = r.strings("numbers");
    return r.ok();
}

bool decodeDataSource(const QByteArray &body, DataSource *out, Error *error)
{
    QJsonObject o;
    return parseObject(body, &o, error)
        && readDataSource(o, QStringLiteral("data_source"), out, error);
}

bool decodeDataSourcePage(const QByteArray &body, PlatformPage<DataSource> *out, Error *error)
{
    return readPage(body, out, error, readDataSource);
}

bool decodeDataSourceStatus(const QByteArray &body, DataSourceStatus *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("status"), error);
    out->dataSourceId = r.string("data_source_id");
    out->name = r.string("name");
    out->isActive = r.boolean("is_active");
    out->rawHealth = r.string("health_status");
    out->health = healthFrom(out->rawHealth);
    out->lastSyncAtMs = r.time("last_sync_at", true);
    out->lastSyncStatus = syncStatusFrom(r.optionalString("last_sync_status"));
    out->lastSyncEventCount = int(r.integer("last_sync_event_count"));
    out->eventCount = r.integer("event_count");
    out->syncedCount = r.integer("synced_count");
    out->failedCount = r.integer("failed_count");
    return r.ok();
}

bool decodeDataSourceHistory(const QByteArray &body, DataSourceHistory *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("history"), error);
    out->dataSourceId = r.string("data_source_id");
    out->name = r.string("name");
    const QJsonArray timeline = r.array("timeline");
    const QJsonArray failures = r.array("recent_failures");
    if (!r.ok())
        return false;
    out->timeline.clear();
    for (qsizetype i = 0; i < timeline.size(); ++i) {
        Reader day(timeline.at(i).toObject(), QStringLiteral("timeline[%1]").arg(i), error);
        SyncHistoryDay d;
        const QString date = day.string("date");
        d.date = QDate::fromString(date, Qt::ISODate);
        d.eventCount = day.integer("event_count");
        d.syncedCount = day.integer("synced_count");
        d.failedCount = day.integer("failed_count");
        if (!day.ok())
            return false;
        if (!d.date.isValid()) {
            error->field = day.path("date");
            error->message = QStringLiteral("is not a date");
            return false;
        }
        out->timeline.push_back(d);
    }
    out->recentFailures.clear();
    for (qsizetype i = 0; i < failures.size(); ++i) {
        Reader f(failures.at(i).toObject(), QStringLiteral("recent_failures[%1]").arg(i), error);
        SyncFailure s;
        s.eventId = f.string("event_id");
        s.eventType = f.string("event_type");
        s.fhirResourceType = f.nullableString("fhir_resource_type");
        s.fhirResourceId = f.nullableString("fhir_resource_id");
        s.syncError = f.nullableString("sync_error");
        // created_at is a plain string or null in the file: tolerate any text.
        s.createdAtMs = parseTimestamp(f.nullableString("created_at"));
        if (!f.ok())
            return false;
        out->recentFailures.push_back(s);
    }
    return true;
}

bool decodeDataSourceSyncAck(const QByteArray &body, DataSourceSyncAck *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("sync"), error);
    out->dataSourceId = r.string("data_source_id");
    out->triggeredAtMs = r.time("triggered_at", false);
    return r.ok();
}

QByteArray encodeTestCallers(const QStringList &numbers)
{
    return compact(QJsonObject{{QStringLiteral("numbers"), QJsonArray::fromStringList(numbers)}});
}

QByteArray encodeArchive(const QString &slug)
{
    return compact(QJsonObject{{QStringLiteral("slug"), slug}});
}

QByteArray encodeConversion(const QString &target, const QString &confirmSlug)
{
    return compact(QJsonObject{
        {QStringLiteral("target"), target}, {QStringLiteral("confirm_slug"), confirmSlug}});
}

} // namespace json

// Integrations ---------------------------------------------------------------

namespace integrationenums {
const QStringList &protocols()
{
    static const QStringList values{
        QStringLiteral("rest"), QStringLiteral("fhir"), QStringLiteral("mcp")};
    return values;
}
const QStringList &authTypes()
{
    static const QStringList values{QStringLiteral("api_key_header"),
        QStringLiteral("bearer_token"), QStringLiteral("oauth2_client_credentials"),
        QStringLiteral("oauth2_jwt_bearer"), QStringLiteral("gcp_wif"),
        QStringLiteral("smart_backend_services")};
    return values;
}
const QStringList &mcpTransports()
{
    static const QStringList values{
        QStringLiteral("stdio"), QStringLiteral("sse"), QStringLiteral("http")};
    return values;
}
const QStringList &methods()
{
    static const QStringList values{QStringLiteral("GET"), QStringLiteral("POST"),
        QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    return values;
}
const QStringList &sortKeys()
{
    static const QStringList values{QStringLiteral("name"), QStringLiteral("-name"),
        QStringLiteral("created_at"), QStringLiteral("-created_at"), QStringLiteral("updated_at"),
        QStringLiteral("-updated_at")};
    return values;
}
} // namespace integrationenums

namespace {

struct AuthField
{
    const char *key;
    QString IntegrationAuth::*member;
};
const AuthField kAuthFields[] = {
    {"header_name", &IntegrationAuth::headerName},
    {"ssm_param_path", &IntegrationAuth::ssmParamPath},
    {"token_ssm_param_path", &IntegrationAuth::tokenSsmParamPath},
    {"token_url", &IntegrationAuth::tokenUrl},
    {"client_id", &IntegrationAuth::clientId},
    {"client_secret_ssm_param_path", &IntegrationAuth::clientSecretSsmParamPath},
    {"private_key_ssm_param_path", &IntegrationAuth::privateKeySsmParamPath},
    {"assertion_issuer", &IntegrationAuth::assertionIssuer},
    {"assertion_subject", &IntegrationAuth::assertionSubject},
    {"assertion_audience", &IntegrationAuth::assertionAudience},
    {"assertion_algorithm", &IntegrationAuth::assertionAlgorithm},
    {"assertion_kid", &IntegrationAuth::assertionKid},
};

QStringList stringsOf(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray items = v.toArray();
    for (const QJsonValue &x : items)
        out << x.toString();
    return out;
}

bool readAuth(const QJsonObject &o, const QString &path, IntegrationAuth *a, json::Error *error)
{
    Reader r(o, path, error);
    a->type = r.string("type");
    for (const AuthField &f : kAuthFields)
        a->*(f.member) = o.value(QLatin1String(f.key)).toString();
    a->scopes = stringsOf(o.value(QLatin1String("scopes")));
    a->gcpScopes = stringsOf(o.value(QLatin1String("gcp_scopes")));
    a->tokenLifetimeSeconds = o.value(QLatin1String("token_lifetime_seconds")).toInt(3600);
    a->assertionScopesInJwt = o.value(QLatin1String("assertion_scopes_in_jwt")).toBool(false);
    return r.ok();
}

bool readEndpoint(
    const QJsonObject &o, const QString &path, IntegrationEndpoint *e, json::Error *error)
{
    Reader r(o, path, error);
    e->name = r.string("name");
    e->description = r.string("description");
    e->path = r.string("path");
    e->method = o.value(QLatin1String("method")).toString(QStringLiteral("POST"));
    e->baseUrl = o.value(QLatin1String("base_url")).toString();
    if (o.value(QLatin1String("auth")).isObject()) {
        IntegrationAuth a;
        if (!readAuth(o.value(QLatin1String("auth")).toObject(), r.path("auth"), &a, error))
            return false;
        e->auth = a;
    }
    e->inputSchema = o.value(QLatin1String("input_schema")).toObject();
    if (o.value(QLatin1String("response_mapping")).isObject())
        e->responseMapping = o.value(QLatin1String("response_mapping")).toObject();
    if (o.value(QLatin1String("response_filter")).isArray())
        e->responseFilter = stringsOf(o.value(QLatin1String("response_filter")));
    e->resultTemplate = r.optionalString("result_template");
    e->resultKey = r.optionalString("result_key");
    e->maxResultLength = o.value(QLatin1String("max_result_length")).toInt(0);
    const QJsonObject retry = o.value(QLatin1String("retry_config")).toObject();
    e->maxRetries = retry.value(QLatin1String("max_retries")).toInt(2);
    if (retry.value(QLatin1String("retry_on_status")).isArray()) {
        e->retryOnStatus.clear();
        const QJsonArray statuses = retry.value(QLatin1String("retry_on_status")).toArray();
        for (const QJsonValue &v : statuses)
            e->retryOnStatus << v.toInt();
    }
    e->resultDelivery
        = o.value(QLatin1String("result_delivery")).toString(QStringLiteral("interrupt"));
    e->headers = o.value(QLatin1String("headers")).toObject();
    e->bodyFormat = o.value(QLatin1String("body_format")).toString(QStringLiteral("json"));
    return r.ok();
}

Integration::Protocol protocolFrom(const QString &text)
{
    if (text == u"rest")
        return Integration::Protocol::Rest;
    if (text == u"fhir")
        return Integration::Protocol::Fhir;
    if (text == u"mcp")
        return Integration::Protocol::Mcp;
    return Integration::Protocol::Unknown;
}

bool readIntegration(const QJsonObject &o, const QString &path, Integration *i, json::Error *error)
{
    Reader r(o, path, error);
    i->id = r.string("id");
    i->workspaceId = r.string("workspace_id");
    i->name = r.string("name");
    i->displayName = r.string("display_name");
    i->rawProtocol = r.string("protocol");
    i->protocol = protocolFrom(i->rawProtocol);
    i->enabled = r.boolean("enabled");
    i->createdAtMs = r.time("created_at", false);
    i->updatedAtMs = r.time("updated_at", false);
    if (!r.ok())
        return false;
    i->baseUrl = o.value(QLatin1String("base_url")).toString();
    i->builtin = o.value(QLatin1String("builtin")).toBool(false);
    if (o.value(QLatin1String("auth")).isObject()) {
        IntegrationAuth a;
        if (!readAuth(o.value(QLatin1String("auth")).toObject(), r.path("auth"), &a, error))
            return false;
        i->auth = a;
    }
    const QJsonArray endpoints = o.value(QLatin1String("endpoints")).toArray();
    for (qsizetype k = 0; k < endpoints.size(); ++k) {
        IntegrationEndpoint e;
        if (!readEndpoint(endpoints.at(k).toObject(),
                r.path("endpoints") + QStringLiteral("[%1]").arg(k), &e, error))
            return false;
        i->endpoints.push_back(e);
    }
    i->mcpTransport = r.optionalString("mcp_transport");
    i->mcpCommand = r.optionalString("mcp_command");
    if (o.value(QLatin1String("mcp_args")).isArray())
        i->mcpArgs = stringsOf(o.value(QLatin1String("mcp_args")));
    i->mcpUrl = r.optionalString("mcp_url");
    if (o.value(QLatin1String("mcp_headers")).isObject())
        i->mcpHeaders = o.value(QLatin1String("mcp_headers")).toObject();
    return r.ok();
}

IntegrationHealth::Status healthStatusFrom(const QString &text)
{
    if (text == u"healthy" || text == u"ok" || text == u"up")
        return IntegrationHealth::Status::Healthy;
    if (text == u"unhealthy" || text == u"error" || text == u"down")
        return IntegrationHealth::Status::Unhealthy;
    if (text == u"unreachable")
        return IntegrationHealth::Status::Unreachable;
    if (text == u"not_checked" || text == u"skipped")
        return IntegrationHealth::Status::NotChecked;
    return IntegrationHealth::Status::Unknown;
}

} // namespace

QJsonObject IntegrationAuth::toJson() const
{
    QJsonObject o{{QStringLiteral("type"), type}};
    for (const AuthField &f : kAuthFields) {
        if (!(this->*(f.member)).isEmpty())
            o.insert(QLatin1String(f.key), this->*(f.member));
    }
    if (!scopes.isEmpty())
        o.insert(QStringLiteral("scopes"), QJsonArray::fromStringList(scopes));
    if (!gcpScopes.isEmpty())
        o.insert(QStringLiteral("gcp_scopes"), QJsonArray::fromStringList(gcpScopes));
    if (tokenLifetimeSeconds != 3600)
        o.insert(QStringLiteral("token_lifetime_seconds"), tokenLifetimeSeconds);
    if (assertionScopesInJwt)
        o.insert(QStringLiteral("assertion_scopes_in_jwt"), true);
    return o;
}

QJsonObject IntegrationEndpoint::toJson() const
{
    QJsonArray retryOn;
    for (int s : retryOnStatus)
        retryOn.append(s);
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("description"), description},
        {QStringLiteral("method"), method}, {QStringLiteral("path"), path},
        {QStringLiteral("input_schema"), inputSchema},
        {QStringLiteral("max_result_length"), maxResultLength},
        {QStringLiteral("retry_config"),
            QJsonObject{{QStringLiteral("max_retries"), maxRetries},
                {QStringLiteral("retry_on_status"), retryOn}}},
        {QStringLiteral("result_delivery"), resultDelivery}, {QStringLiteral("headers"), headers},
        {QStringLiteral("body_format"), bodyFormat}};
    if (!baseUrl.isEmpty())
        o.insert(QStringLiteral("base_url"), baseUrl);
    if (auth)
        o.insert(QStringLiteral("auth"), auth->toJson());
    if (responseMapping)
        o.insert(QStringLiteral("response_mapping"), *responseMapping);
    if (responseFilter)
        o.insert(QStringLiteral("response_filter"), QJsonArray::fromStringList(*responseFilter));
    if (resultTemplate)
        o.insert(QStringLiteral("result_template"), *resultTemplate);
    if (resultKey)
        o.insert(QStringLiteral("result_key"), *resultKey);
    return o;
}

QByteArray IntegrationDraft::toJson(const IntegrationSecrets &secrets) const
{
    QJsonObject o;
    auto put = [&o](const char *key, const std::optional<QString> &v) {
        if (v)
            o.insert(QLatin1String(key), *v);
    };
    put("name", name);
    put("display_name", displayName);
    put("protocol", protocol);
    put("base_url", baseUrl);
    put("mcp_transport", mcpTransport);
    put("mcp_command", mcpCommand);
    put("mcp_url", mcpUrl);
    if (mcpArgs)
        o.insert(QStringLiteral("mcp_args"), QJsonArray::fromStringList(*mcpArgs));
    if (mcpHeaders)
        o.insert(QStringLiteral("mcp_headers"), *mcpHeaders);
    if (enabled)
        o.insert(QStringLiteral("enabled"), *enabled);
    if (endpoints) {
        QJsonArray list;
        for (const IntegrationEndpoint &e : *endpoints)
            list.append(e.toJson());
        o.insert(QStringLiteral("endpoints"), list);
    }
    if (auth) {
        QJsonObject a = auth->toJson();
        auto secret = [&a](const char *key, const QString &value) {
            if (!value.isEmpty())
                a.insert(QLatin1String(key), QJsonObject{{QStringLiteral("value"), value}});
        };
        secret("api_key_value", secrets.apiKey);
        secret("bearer_token_value", secrets.bearerToken);
        secret("client_secret_value", secrets.clientSecret);
        secret("private_key_value", secrets.privateKey);
        o.insert(QStringLiteral("auth"), a);
    }
    return compact(o);
}

QString IntegrationFilter::toQuery(int limit, qint64 continuationToken) const
{
    QStringList items;
    auto add = [&items](const char *key, const QString &value) {
        items << QLatin1String(key) + u'=' + QString::fromLatin1(QUrl::toPercentEncoding(value));
    };
    if (enabled)
        add("enabled", *enabled ? QStringLiteral("true") : QStringLiteral("false"));
    if (!protocol.isEmpty())
        add("protocol", protocol);
    if (!search.isEmpty())
        add("search", search.left(200));
    if (!sortBy.isEmpty())
        add("sort_by", sortBy);
    add("limit", QString::number(limit));
    add("continuation_token", QString::number(continuationToken));
    return items.join(u'&');
}

namespace json {

bool decodeIntegration(const QByteArray &body, Integration *out, Error *error)
{
    QJsonObject o;
    return parseObject(body, &o, error)
        && readIntegration(o, QStringLiteral("integration"), out, error);
}

bool decodeIntegrationPage(const QByteArray &body, PlatformPage<Integration> *out, Error *error)
{
    return readPage(body, out, error, readIntegration);
}

bool decodeIntegrationHealth(const QByteArray &body, IntegrationHealth *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    out->raw = o;
    out->checkedAtMs = parseTimestamp(o.value(QLatin1String("checked_at")).toString());
    // The sandbox nests entries under "integrations"; a platform may put
    // them at the top level. Entries are objects; anything else stays raw.
    const QJsonObject entries = o.value(QLatin1String("integrations")).isObject()
        ? o.value(QLatin1String("integrations")).toObject()
        : o;
    out->entries.clear();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!it.value().isObject())
            continue;
        const QJsonObject e = it.value().toObject();
        IntegrationHealth::Entry entry;
        entry.integrationId = e.value(QLatin1String("id")).toString(it.key());
        entry.name = e.value(QLatin1String("name")).toString();
        entry.rawStatus = e.value(QLatin1String("status")).toString();
        entry.status = healthStatusFrom(entry.rawStatus);
        if (e.value(QLatin1String("status_code")).isDouble())
            entry.statusCode = e.value(QLatin1String("status_code")).toInt();
        for (const char *key : {"latency_ms", "response_time_ms", "duration_ms"}) {
            if (e.value(QLatin1String(key)).isDouble()) {
                entry.latencyMs = e.value(QLatin1String(key)).toDouble();
                break;
            }
        }
        entry.error = e.value(QLatin1String("error")).toString();
        entry.raw = e;
        out->entries.push_back(entry);
    }
    return true;
}

bool decodeEndpointTest(const QByteArray &body, EndpointTestResult *out, Error *error)
{
    QJsonObject o;
    if (!parseObject(body, &o, error))
        return false;
    Reader r(o, QStringLiteral("test"), error);
    if (const std::optional<qint64> code = r.optionalInteger("status_code"))
        out->statusCode = int(*code);
    out->durationMs = o.value(QLatin1String("duration_ms")).toDouble(0);
    out->retries = o.value(QLatin1String("retries")).toInt(0);
    out->rawResponse = o.value(QLatin1String("raw_response"));
    out->afterFilter = o.value(QLatin1String("after_filter"));
    out->afterMapping = o.value(QLatin1String("after_mapping"));
    out->finalResult = r.optionalString("final_result");
    out->error = r.optionalString("error").value_or(QString());
    return r.ok();
}

QByteArray encodeEndpointTest(const QJsonObject &params)
{
    return compact(QJsonObject{{QStringLiteral("params"), params}});
}

} // namespace json

} // namespace cc
