#include "datasourcesapi.h"

#include "datasourcesimulator.h"
#include "platformids.h"
#include "store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>
#include <cmath>

namespace sandbox {

namespace {

using Method = QHttpServerRequest::Method;
using Need = PlatformRoutes::Need;
using Scope = PlatformRoutes::Scope;

constexpr int kRecentFailures = 100; // docs/sandbox.md: enough to reach back past an incident

QJsonObject objectOf(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

fastapi::Body::StringRule nameRule(bool required, bool nullable)
{
    fastapi::Body::StringRule rule;
    rule.required = required;
    rule.nullable = nullable;
    rule.minLength = 1;
    rule.maxLength = 256;
    return rule;
}

fastapi::Body::StringRule choiceRule(const QStringList &choices, bool required, bool nullable)
{
    fastapi::Body::StringRule rule;
    rule.required = required;
    rule.nullable = nullable;
    rule.choices = choices;
    return rule;
}

fastapi::Body::StringRule scheduleRule()
{
    fastapi::Body::StringRule rule;
    rule.nullable = true;
    rule.maxLength = 256;
    return rule;
}

} // namespace

const QStringList &DataSourcesApi::sourceTypes()
{
    static const QStringList types{QStringLiteral("rest_api"), QStringLiteral("webhook"),
        QStringLiteral("file_drop"), QStringLiteral("fhir"), QStringLiteral("fhir_store"),
        QStringLiteral("ehr"), QStringLiteral("database"), QStringLiteral("custom"),
        QStringLiteral("smart_fhir"), QStringLiteral("customer_intake")};
    return types;
}

const QStringList &DataSourcesApi::syncStrategies()
{
    static const QStringList strategies{QStringLiteral("manual"), QStringLiteral("scheduled"),
        QStringLiteral("webhook"), QStringLiteral("continuous")};
    return strategies;
}

DataSourcesApi::DataSourcesApi(PlatformRoutes *routes, DataSourceSimulator *simulator,
    HttpServer *server, qint64 manualCooldownMs, QObject *parent)
    : QObject(parent)
    , m_routes(routes)
    , m_simulator(simulator)
    , m_server(server)
    , m_cooldownMs(manualCooldownMs)
{
    auto bind = [this](HttpReply (DataSourcesApi::*fn)(const PlatformCall &)) {
        return [this, fn](const PlatformCall &call) {
            return (this->*fn)(call);
        };
    };
    const QString all = QStringLiteral("/v1/:workspace/data-sources");
    const QString one = all + QStringLiteral("/:id");
    routes->add(Method::Get, all, Scope::Workspace, Need::Read, bind(&DataSourcesApi::list));
    routes->add(Method::Post, all, Scope::Workspace, Need::Write, bind(&DataSourcesApi::create));
    routes->add(Method::Get, one, Scope::Workspace, Need::Read, bind(&DataSourcesApi::get));
    routes->add(Method::Patch, one, Scope::Workspace, Need::Write, bind(&DataSourcesApi::update));
    routes->add(Method::Delete, one, Scope::Workspace, Need::Write, bind(&DataSourcesApi::remove));
    routes->add(Method::Get, one + QStringLiteral("/status"), Scope::Workspace, Need::Read,
        bind(&DataSourcesApi::status));
    routes->add(Method::Get, one + QStringLiteral("/sync-history"), Scope::Workspace, Need::Read,
        bind(&DataSourcesApi::history));
    routes->add(Method::Post, one + QStringLiteral("/sync"), Scope::Workspace, Need::Write,
        bind(&DataSourcesApi::sync));
}

QJsonObject DataSourcesApi::toJson(const DataSourceRecord &d, qint64 nowMs) const
{
    return QJsonObject{
        {QStringLiteral("id"), d.id},
        {QStringLiteral("workspace_id"), d.workspaceId},
        {QStringLiteral("name"), d.name},
        {QStringLiteral("display_name"), fastapi::textOrNull(d.displayName)},
        {QStringLiteral("source_type"), d.sourceType},
        {QStringLiteral("connection_config"), objectOf(d.connectionConfig)},
        {QStringLiteral("entity_types"),
            d.entityTypes ? QJsonValue(QJsonArray::fromStringList(*d.entityTypes))
                          : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("field_mappings"), objectOf(d.fieldMappings)},
        {QStringLiteral("sync_strategy"), d.syncStrategy},
        {QStringLiteral("sync_schedule"),
            d.syncSchedule ? QJsonValue(*d.syncSchedule) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_sync_at"), fastapi::iso(d.lastPollAt)},
        {QStringLiteral("last_sync_status"),
            d.lastPollAt
                ? QJsonValue(d.lastSyncFailed ? QStringLiteral("error") : QStringLiteral("success"))
                : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("last_sync_event_count"), d.lastSyncEventCount},
        {QStringLiteral("is_active"), d.isActive},
        {QStringLiteral("is_stale"), m_simulator->isStale(d, nowMs)},
        {QStringLiteral("health_status"), m_simulator->healthStatus(d, nowMs)},
        {QStringLiteral("last_health_check"), fastapi::iso(d.lastHealthCheck)},
        {QStringLiteral("discovered_by"), fastapi::textOrNull(d.discoveredBy)},
        {QStringLiteral("created_at"), fastapi::iso(d.createdAt)},
        {QStringLiteral("updated_at"), fastapi::iso(d.updatedAt)},
    };
}

std::optional<DataSourceRecord> DataSourcesApi::find(
    const PlatformCall &call, HttpReply *error) const
{
    const std::optional<QString> id = canonicalUuid(call.params.value(0));
    if (!id) {
        fastapi::Errors errors;
        errors.add(QJsonArray{QStringLiteral("path"), QStringLiteral("data_source_id")},
            QStringLiteral("Input should be a valid UUID"), QStringLiteral("uuid_parsing"),
            call.params.value(0));
        *error = errors.reply();
        return std::nullopt;
    }
    std::optional<DataSourceRecord> d = m_routes->store()->dataSource(call.workspace.id, *id);
    if (!d)
        *error = fastapi::detail(404, QStringLiteral("Data source not found"));
    return d;
}

HttpReply DataSourcesApi::list(const PlatformCall &call)
{
    fastapi::Errors errors;
    bool activeValid = true;
    Store::DataSourceFilter filter;
    filter.isActive
        = fastapi::queryBool(call.request, QStringLiteral("is_active"), &errors, &activeValid);
    filter.sourceTypes
        = call.request.query.allQueryItemValues(QStringLiteral("source_type"), QUrl::FullyDecoded);
    filter.search = call.request.query.queryItemValue(QStringLiteral("search"), QUrl::FullyDecoded);
    const auto limit = fastapi::queryInt(
        call.request, QStringLiteral("limit"), 10, 0, std::nullopt, 100, &errors);
    const auto offset = fastapi::queryInt(call.request, QStringLiteral("continuation_token"), 0,
        std::nullopt, std::nullopt, std::nullopt, &errors);
    if (!errors.isEmpty())
        return errors.reply();
    int total = 0;
    const int start = int(std::clamp<qint64>(*offset, 0, std::numeric_limits<int>::max()));
    const QVector<DataSourceRecord> rows
        = m_routes->store()->dataSources(call.workspace.id, filter, start, int(*limit), &total);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QJsonArray items;
    for (const DataSourceRecord &d : rows)
        items.append(toJson(d, now));
    return fastapi::page(items, start, total);
}

HttpReply DataSourcesApi::create(const PlatformCall &call)
{
    fastapi::Errors errors;
    fastapi::Body body(call.request, &errors);
    DataSourceRecord d;
    const auto name = body.string(QStringLiteral("name"), nameRule(true, false));
    const auto displayName = body.string(QStringLiteral("display_name"), nameRule(false, true));
    const auto type
        = body.string(QStringLiteral("source_type"), choiceRule(sourceTypes(), true, false));
    const auto config = body.object(QStringLiteral("connection_config"), false);
    const auto entities = body.stringList(QStringLiteral("entity_types"), 1, 64, 100, false, false);
    const auto mappings = body.object(QStringLiteral("field_mappings"), false);
    const auto strategy
        = body.string(QStringLiteral("sync_strategy"), choiceRule(syncStrategies(), false, false));
    const auto schedule = body.string(QStringLiteral("sync_schedule"), scheduleRule());
    if (!errors.isEmpty())
        return errors.reply();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    d.workspaceId = call.workspace.id;
    d.name = *name;
    d.displayName = displayName.value_or(QString());
    d.sourceType = *type;
    d.connectionConfig = config.value_or(QByteArray("{}"));
    // The create schema's entity_types defaults to an empty list.
    d.entityTypes = entities.value_or(QStringList());
    d.fieldMappings = mappings.value_or(QByteArray("{}"));
    d.syncStrategy = strategy.value_or(QStringLiteral("manual"));
    d.syncSchedule = schedule;
    d.discoveredBy = QStringLiteral("api");
    d.createdAt = d.updatedAt = now;
    // A new source has moderate simulated traffic and few failures.
    d.eventsPerDay = 24;
    d.failureRate = 0.02;
    m_routes->store()->insertDataSource(d);
    return HttpReply::json(201, toJson(d, now));
}

HttpReply DataSourcesApi::get(const PlatformCall &call)
{
    HttpReply error;
    const std::optional<DataSourceRecord> d = find(call, &error);
    if (!d)
        return error;
    return HttpReply::json(200, toJson(*d, QDateTime::currentMSecsSinceEpoch()));
}

HttpReply DataSourcesApi::update(const PlatformCall &call)
{
    HttpReply error;
    std::optional<DataSourceRecord> d = find(call, &error);
    if (!d)
        return error;
    fastapi::Errors errors;
    fastapi::Body body(call.request, &errors);
    const auto displayName = body.string(QStringLiteral("display_name"), nameRule(false, true));
    const auto config = body.object(QStringLiteral("connection_config"), true);
    const auto entities = body.stringList(QStringLiteral("entity_types"), 1, 64, 100, false, true);
    const auto mappings = body.object(QStringLiteral("field_mappings"), true);
    const auto strategy
        = body.string(QStringLiteral("sync_strategy"), choiceRule(syncStrategies(), false, true));
    const auto schedule = body.string(QStringLiteral("sync_schedule"), scheduleRule());
    const auto active = body.boolean(QStringLiteral("is_active"));
    if (!errors.isEmpty())
        return errors.reply();
    // Absent or null fields keep their value (exclude_none).
    if (displayName)
        d->displayName = *displayName;
    if (config)
        d->connectionConfig = *config;
    if (entities)
        d->entityTypes = *entities;
    if (mappings)
        d->fieldMappings = *mappings;
    if (strategy)
        d->syncStrategy = *strategy;
    if (schedule)
        d->syncSchedule = *schedule;
    if (active)
        d->isActive = *active;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    d->updatedAt = now;
    m_routes->store()->updateDataSource(*d);
    return HttpReply::json(200, toJson(*d, now));
}

HttpReply DataSourcesApi::remove(const PlatformCall &call)
{
    HttpReply error;
    const std::optional<DataSourceRecord> d = find(call, &error);
    if (!d)
        return error;
    m_routes->store()->deleteDataSource(d->id);
    HttpReply reply;
    reply.status = 204;
    return reply;
}

HttpReply DataSourcesApi::status(const PlatformCall &call)
{
    HttpReply error;
    const std::optional<DataSourceRecord> d = find(call, &error);
    if (!d)
        return error;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const Store::EventCounts counts = m_routes->store()->eventCounts(d->id);
    const QJsonObject full = toJson(*d, now);
    return HttpReply::json(200,
        QJsonObject{{QStringLiteral("data_source_id"), d->id}, {QStringLiteral("name"), d->name},
            {QStringLiteral("is_active"), d->isActive},
            {QStringLiteral("health_status"), full.value(QStringLiteral("health_status"))},
            {QStringLiteral("last_sync_at"), full.value(QStringLiteral("last_sync_at"))},
            {QStringLiteral("last_sync_status"), full.value(QStringLiteral("last_sync_status"))},
            {QStringLiteral("last_sync_event_count"), d->lastSyncEventCount},
            {QStringLiteral("event_count"), counts.events},
            {QStringLiteral("synced_count"), counts.events - counts.failed},
            {QStringLiteral("failed_count"), counts.failed}});
}

HttpReply DataSourcesApi::history(const PlatformCall &call)
{
    HttpReply error;
    const std::optional<DataSourceRecord> d = find(call, &error);
    if (!d)
        return error;
    fastapi::Errors errors;
    const auto days
        = fastapi::queryInt(call.request, QStringLiteral("days"), 30, std::nullopt, 1, 90, &errors);
    if (!errors.isEmpty())
        return errors.reply();
    // Every UTC day of the range, today included, with zeros where nothing came.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate first = today.addDays(1 - *days);
    const qint64 since = QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QHash<QString, Store::EventDay> byDay;
    for (const Store::EventDay &day : m_routes->store()->eventDays(d->id, since))
        byDay.insert(day.date, day);
    QJsonArray timeline;
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        const QString key = day.toString(Qt::ISODate);
        const Store::EventDay counts = byDay.value(key);
        timeline.append(QJsonObject{{QStringLiteral("date"), key},
            {QStringLiteral("event_count"), counts.events},
            {QStringLiteral("synced_count"), counts.events - counts.failed},
            {QStringLiteral("failed_count"), counts.failed}});
    }
    QJsonArray failures;
    for (const DataSourceEvent &e :
        m_routes->store()->recentFailures(d->id, since, kRecentFailures)) {
        failures.append(QJsonObject{{QStringLiteral("event_id"), e.id},
            {QStringLiteral("event_type"), e.eventType},
            {QStringLiteral("fhir_resource_type"), fastapi::textOrNull(e.fhirResourceType)},
            {QStringLiteral("fhir_resource_id"), fastapi::textOrNull(e.fhirResourceId)},
            {QStringLiteral("sync_error"), fastapi::textOrNull(e.syncError)},
            {QStringLiteral("created_at"), fastapi::iso(e.createdAt)}});
    }
    return HttpReply::json(200,
        QJsonObject{{QStringLiteral("data_source_id"), d->id}, {QStringLiteral("name"), d->name},
            {QStringLiteral("timeline"), timeline}, {QStringLiteral("recent_failures"), failures}});
}

HttpReply DataSourcesApi::sync(const PlatformCall &call)
{
    // The file gives this operation a 400 for a malformed id, not the 422.
    const std::optional<QString> id = canonicalUuid(call.params.value(0));
    if (!id)
        return fastapi::detail(400, QStringLiteral("Invalid data source ID format."));
    std::optional<DataSourceRecord> d = m_routes->store()->dataSource(call.workspace.id, *id);
    if (!d)
        return fastapi::detail(404, QStringLiteral("Data source not found"));
    if (m_server->faults().spec().runnerDown) {
        return fastapi::detail(503,
            QStringLiteral("Connector-runner is unreachable; the sync was not queued. Try again "
                           "later."));
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (d->pollStartedAt) {
        return HttpReply::json(409,
            QJsonObject{
                {QStringLiteral("message"), QStringLiteral("The data source is already syncing.")},
                {QStringLiteral("details"),
                    QJsonObject{{QStringLiteral("last_poll_at"), fastapi::iso(d->pollStartedAt)},
                        {QStringLiteral("last_poll_duration_ms"), now - *d->pollStartedAt}}}});
    }
    if (d->lastManualSyncAt && now - *d->lastManualSyncAt < m_cooldownMs) {
        const qint64 waitMs = m_cooldownMs - (now - *d->lastManualSyncAt);
        const qint64 seconds = std::max<qint64>(1, (waitMs + 999) / 1000);
        return fastapi::detail(429,
            QStringLiteral("A manual sync of this data source ran moments ago. Try again in %1 s.")
                .arg(seconds))
            .withHeader("Retry-After", QByteArray::number(seconds));
    }
    m_simulator->startManualPoll(*d, now);
    return HttpReply::json(202,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("started")},
            {QStringLiteral("data_source_id"), d->id},
            {QStringLiteral("triggered_at"), fastapi::iso(now)}});
}

} // namespace sandbox
