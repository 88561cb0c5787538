// The Store's workspaces, data sources and data-source events: the tables
// behind the platform API (/v1/…). See store.h.
#include "platformids.h"
#include "store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace sandbox {

namespace {

const QString kWorkspaceColumns = QStringLiteral(
    "id, slug, name, environment, region, connector_type, backend_org_id, provisioned_at,"
    " created_at, updated_at, archived_at, test_callers");

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant nullableInt(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QStringList stringList(const QVariant &v)
{
    QStringList out;
    const QJsonArray a = QJsonDocument::fromJson(v.toByteArray()).array();
    for (const QJsonValue &x : a)
        out << x.toString();
    return out;
}

QByteArray jsonList(const QStringList &list)
{
    return QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact);
}

Workspace readWorkspace(const QSqlQuery &q)
{
    Workspace w;
    w.id = q.value(0).toString();
    w.slug = q.value(1).toString();
    w.name = q.value(2).toString();
    w.environment = q.value(3).toString();
    w.region = q.value(4).toString();
    w.connectorType = q.value(5).toString();
    w.backendOrgId = q.value(6).toString();
    w.provisionedAt = optionalInt(q.value(7));
    w.createdAt = q.value(8).toLongLong();
    w.updatedAt = q.value(9).toLongLong();
    w.archivedAt = optionalInt(q.value(10));
    w.testCallerNumbers = stringList(q.value(11));
    return w;
}

const QString kDataSourceColumns = QStringLiteral(
    "id, workspace_id, name, display_name, source_type, connection_config, entity_types,"
    " field_mappings, sync_strategy, sync_schedule, is_active, last_health_check, discovered_by,"
    " created_at, updated_at, events_per_day, failure_rate, poll_started_at, last_poll_at,"
    " last_poll_duration_ms, last_manual_sync_at, last_sync_event_count, last_sync_failed,"
    " profile");

DataSourceRecord readDataSource(const QSqlQuery &q)
{
    DataSourceRecord d;
    d.id = q.value(0).toString();
    d.workspaceId = q.value(1).toString();
    d.name = q.value(2).toString();
    d.displayName = q.value(3).toString();
    d.sourceType = q.value(4).toString();
    d.connectionConfig = q.value(5).toByteArray();
    if (!q.value(6).isNull())
        d.entityTypes = stringList(q.value(6));
    d.fieldMappings = q.value(7).toByteArray();
    d.syncStrategy = q.value(8).toString();
    if (!q.value(9).isNull())
        d.syncSchedule = q.value(9).toString();
    d.isActive = q.value(10).toBool();
    d.lastHealthCheck = optionalInt(q.value(11));
    d.discoveredBy = q.value(12).toString();
    d.createdAt = q.value(13).toLongLong();
    d.updatedAt = q.value(14).toLongLong();
    d.eventsPerDay = q.value(15).toInt();
    d.failureRate = q.value(16).toDouble();
    d.pollStartedAt = optionalInt(q.value(17));
    d.lastPollAt = optionalInt(q.value(18));
    d.lastPollDurationMs = optionalInt(q.value(19));
    d.lastManualSyncAt = optionalInt(q.value(20));
    d.lastSyncEventCount = q.value(21).toInt();
    d.lastSyncFailed = q.value(22).toBool();
    d.profile = q.value(23).toString();
    return d;
}

void bindDataSource(QSqlQuery &q, const DataSourceRecord &d)
{
    q.addBindValue(d.workspaceId);
    q.addBindValue(d.name);
    q.addBindValue(nullableText(d.displayName));
    q.addBindValue(d.sourceType);
    q.addBindValue(d.connectionConfig);
    q.addBindValue(d.entityTypes ? QVariant(jsonList(*d.entityTypes)) : QVariant());
    q.addBindValue(d.fieldMappings);
    q.addBindValue(d.syncStrategy);
    q.addBindValue(d.syncSchedule ? QVariant(*d.syncSchedule) : QVariant());
    q.addBindValue(d.isActive ? 1 : 0);
    q.addBindValue(nullableInt(d.lastHealthCheck));
    q.addBindValue(nullableText(d.discoveredBy));
    q.addBindValue(d.createdAt);
    q.addBindValue(d.updatedAt);
    q.addBindValue(d.eventsPerDay);
    q.addBindValue(d.failureRate);
    q.addBindValue(nullableInt(d.pollStartedAt));
    q.addBindValue(nullableInt(d.lastPollAt));
    q.addBindValue(nullableInt(d.lastPollDurationMs));
    q.addBindValue(nullableInt(d.lastManualSyncAt));
    q.addBindValue(d.lastSyncEventCount);
    q.addBindValue(d.lastSyncFailed ? 1 : 0);
    q.addBindValue(d.profile);
    q.addBindValue(d.id);
}

// The tables that carry a workspace id, for the migration to UUID ids.
const char *const kWorkspaceIdTables[] = {"users", "api_keys", "connections", "runs",
    "provider_flows", "auth_codes", "refresh_tokens", "access_tokens"};

} // namespace

bool Store::migrateWorkspaces(QString *error)
{
    // Databases from before the platform API: add the workspace columns, and
    // move "ws_<slug>" ids to the slug's UUID everywhere they are referenced.
    QSqlQuery info(m_db);
    info.exec(QStringLiteral("PRAGMA table_info(workspaces)"));
    QStringList columns;
    while (info.next())
        columns << info.value(1).toString();
    const QList<QPair<QString, QString>> added = {
        {QStringLiteral("environment"), QStringLiteral("TEXT DEFAULT 'development'")},
        {QStringLiteral("region"), QStringLiteral("TEXT DEFAULT 'us-east-1'")},
        {QStringLiteral("connector_type"), QStringLiteral("TEXT")},
        {QStringLiteral("backend_org_id"), QStringLiteral("TEXT")},
        {QStringLiteral("provisioned_at"), QStringLiteral("INTEGER")},
        {QStringLiteral("created_at"), QStringLiteral("INTEGER")},
        {QStringLiteral("updated_at"), QStringLiteral("INTEGER")},
        {QStringLiteral("archived_at"), QStringLiteral("INTEGER")},
        {QStringLiteral("test_callers"), QStringLiteral("TEXT DEFAULT '[]'")},
    };
    for (const auto &[name, type] : added) {
        if (columns.contains(name))
            continue;
        QSqlQuery alter(m_db);
        if (!alter.exec(
                QStringLiteral("ALTER TABLE workspaces ADD COLUMN %1 %2").arg(name, type))) {
            *error = alter.lastError().text();
            return false;
        }
    }
    QSqlQuery old(m_db);
    old.exec(QStringLiteral("SELECT id, slug FROM workspaces WHERE id LIKE 'ws\\_%' ESCAPE '\\'"));
    QList<QPair<QString, QString>> moves;
    while (old.next())
        moves.append({old.value(0).toString(), workspaceIdForSlug(old.value(1).toString())});
    if (moves.isEmpty())
        return true;
    m_db.transaction();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const auto &[from, to] : moves) {
        QSqlQuery ws(m_db);
        ws.prepare(QStringLiteral("UPDATE workspaces SET id=?, created_at=COALESCE(created_at,?),"
                                  " updated_at=COALESCE(updated_at,?) WHERE id=?"));
        ws.addBindValue(to);
        ws.addBindValue(now);
        ws.addBindValue(now);
        ws.addBindValue(from);
        ws.exec();
        for (const char *table : kWorkspaceIdTables) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("UPDATE %1 SET workspace_id=? WHERE workspace_id=?")
                          .arg(QLatin1String(table)));
            q.addBindValue(to);
            q.addBindValue(from);
            q.exec();
        }
    }
    m_db.commit();
    return true;
}

Workspace Store::ensureWorkspace(const QString &slug)
{
    if (std::optional<Workspace> existing = workspaceBySlug(slug))
        return *existing;
    Workspace ws;
    ws.id = workspaceIdForSlug(slug);
    ws.slug = slug;
    QString name = slug;
    name.replace(u'-', u' ').replace(u'_', u' ');
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    ws.name = name + QStringLiteral(" Workspace");
    ws.createdAt = ws.updatedAt = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery ins = query();
    ins.prepare(QStringLiteral("INSERT INTO workspaces(") + kWorkspaceColumns
        + QStringLiteral(") VALUES(?,?,?,?,?,?,?,?,?,?,?,?)"));
    ins.addBindValue(ws.id);
    ins.addBindValue(ws.slug);
    ins.addBindValue(ws.name);
    ins.addBindValue(ws.environment);
    ins.addBindValue(ws.region);
    ins.addBindValue(QVariant());
    ins.addBindValue(QVariant());
    ins.addBindValue(QVariant());
    ins.addBindValue(ws.createdAt);
    ins.addBindValue(ws.updatedAt);
    ins.addBindValue(QVariant());
    ins.addBindValue(jsonList({}));
    exec(ins);
    return ws;
}

QVector<Workspace> Store::workspaces(Archived archived) const
{
    QVector<Workspace> out;
    QSqlQuery q = query();
    q.exec(QStringLiteral("SELECT ") + kWorkspaceColumns + QStringLiteral(" FROM workspaces")
        + (archived == Archived::Exclude ? QStringLiteral(" WHERE archived_at IS NULL") : QString())
        + QStringLiteral(" ORDER BY created_at, slug"));
    while (q.next())
        out.push_back(readWorkspace(q));
    return out;
}

std::optional<Workspace> Store::workspace(const QString &id, Archived archived) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kWorkspaceColumns
        + QStringLiteral(" FROM workspaces WHERE id=?")
        + (archived == Archived::Exclude ? QStringLiteral(" AND archived_at IS NULL") : QString()));
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readWorkspace(q);
}

std::optional<Workspace> Store::workspaceBySlug(const QString &slug) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kWorkspaceColumns
        + QStringLiteral(" FROM workspaces WHERE slug=?"));
    q.addBindValue(slug);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readWorkspace(q);
}

void Store::updateWorkspace(const Workspace &ws)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "UPDATE workspaces SET name=?, environment=?, region=?, connector_type=?,"
        " backend_org_id=?, provisioned_at=?, created_at=?, updated_at=?, archived_at=?,"
        " test_callers=? WHERE id=?"));
    q.addBindValue(ws.name);
    q.addBindValue(ws.environment);
    q.addBindValue(ws.region);
    q.addBindValue(nullableText(ws.connectorType));
    q.addBindValue(nullableText(ws.backendOrgId));
    q.addBindValue(nullableInt(ws.provisionedAt));
    q.addBindValue(ws.createdAt);
    q.addBindValue(ws.updatedAt);
    q.addBindValue(nullableInt(ws.archivedAt));
    q.addBindValue(jsonList(ws.testCallerNumbers));
    q.addBindValue(ws.id);
    exec(q);
}

void Store::recordEnvironmentChange(const QString &workspaceId, const QString &from,
    const QString &to, const QString &userId, qint64 atMs)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO environment_changes(workspace_id, from_environment,"
                             " to_environment, user_id, changed_at) VALUES(?,?,?,?,?)"));
    q.addBindValue(workspaceId);
    q.addBindValue(from);
    q.addBindValue(to);
    q.addBindValue(userId);
    q.addBindValue(atMs);
    exec(q);
}

int Store::environmentChangeCount(const QString &workspaceId) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM environment_changes WHERE workspace_id=?"));
    q.addBindValue(workspaceId);
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void Store::insertDataSource(const DataSourceRecord &d)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO data_sources(")
        + QString(kDataSourceColumns).section(u',', 1) + QStringLiteral(", id) VALUES(")
        + QStringLiteral("?,").repeated(23) + QStringLiteral("?)"));
    bindDataSource(q, d);
    exec(q);
}

void Store::updateDataSource(const DataSourceRecord &d)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("UPDATE data_sources SET ")
        + QString(kDataSourceColumns).section(u',', 1).replace(u',', QStringLiteral("=?,"))
        + QStringLiteral("=? WHERE id=?"));
    bindDataSource(q, d);
    exec(q);
}

void Store::deleteDataSource(const QString &id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("DELETE FROM data_source_events WHERE data_source_id=?"));
    q.addBindValue(id);
    exec(q);
    QSqlQuery d = query();
    d.prepare(QStringLiteral("DELETE FROM data_sources WHERE id=?"));
    d.addBindValue(id);
    exec(d);
}

std::optional<DataSourceRecord> Store::dataSource(
    const QString &workspaceId, const QString &id) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kDataSourceColumns
        + QStringLiteral(" FROM data_sources WHERE id=? AND workspace_id=?"));
    q.addBindValue(id);
    q.addBindValue(workspaceId);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readDataSource(q);
}

QVector<DataSourceRecord> Store::dataSources(const QString &workspaceId,
    const DataSourceFilter &filter, int offset, int limit, int *total) const
{
    QString where = QStringLiteral(" WHERE workspace_id=?");
    QVariantList binds{workspaceId};
    if (filter.isActive) {
        where += QStringLiteral(" AND is_active=?");
        binds << (*filter.isActive ? 1 : 0);
    }
    if (!filter.sourceTypes.isEmpty()) {
        where += QStringLiteral(" AND source_type IN (")
            + QStringLiteral("?,").repeated(filter.sourceTypes.size()).chopped(1)
            + QStringLiteral(")");
        for (const QString &t : filter.sourceTypes)
            binds << t;
    }
    if (!filter.search.isEmpty()) {
        // "Search by name, ID, type, or sync status", case-insensitively.
        where += QStringLiteral(
            " AND (instr(lower(name), ?) OR instr(lower(COALESCE(display_name,'')), ?)"
            " OR instr(lower(id), ?) OR instr(lower(source_type), ?) OR"
            " instr(CASE WHEN last_poll_at IS NULL THEN '' WHEN last_sync_failed THEN 'error'"
            " ELSE 'success' END, ?))");
        const QString needle = filter.search.toLower();
        for (int i = 0; i < 5; ++i)
            binds << needle;
    }
    QSqlQuery count = query();
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM data_sources") + where);
    for (const QVariant &b : binds)
        count.addBindValue(b);
    exec(count);
    *total = count.next() ? count.value(0).toInt() : 0;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kDataSourceColumns + QStringLiteral(" FROM data_sources")
        + where + QStringLiteral(" ORDER BY created_at, id LIMIT ? OFFSET ?"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    exec(q);
    QVector<DataSourceRecord> out;
    while (q.next())
        out.push_back(readDataSource(q));
    return out;
}

QVector<DataSourceRecord> Store::allDataSources() const
{
    QSqlQuery q = query();
    q.exec(QStringLiteral("SELECT ") + kDataSourceColumns
        + QStringLiteral(" FROM data_sources ORDER BY created_at, id"));
    QVector<DataSourceRecord> out;
    while (q.next())
        out.push_back(readDataSource(q));
    return out;
}

int Store::dataSourceCount(const QString &workspaceId) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM data_sources WHERE workspace_id=?"));
    q.addBindValue(workspaceId);
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void Store::insertEvents(const QVector<DataSourceEvent> &events)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO data_source_events(id, data_source_id, created_at,"
                             " event_type, failed, fhir_resource_type, fhir_resource_id,"
                             " sync_error) VALUES(?,?,?,?,?,?,?,?)"));
    for (const DataSourceEvent &e : events) {
        q.addBindValue(e.id);
        q.addBindValue(e.dataSourceId);
        q.addBindValue(e.createdAt);
        q.addBindValue(e.eventType);
        q.addBindValue(e.failed ? 1 : 0);
        q.addBindValue(nullableText(e.fhirResourceType));
        q.addBindValue(nullableText(e.fhirResourceId));
        q.addBindValue(nullableText(e.syncError));
        exec(q);
    }
}

QVector<Store::EventDay> Store::eventDays(const QString &dataSourceId, qint64 sinceMs) const
{
    QSqlQuery q = query();
    q.prepare(
        QStringLiteral("SELECT date(created_at / 1000, 'unixepoch') AS day, COUNT(*), SUM(failed)"
                       " FROM data_source_events WHERE data_source_id=? AND created_at >= ?"
                       " GROUP BY day ORDER BY day"));
    q.addBindValue(dataSourceId);
    q.addBindValue(sinceMs);
    exec(q);
    QVector<EventDay> out;
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt()});
    return out;
}

static DataSourceEvent readEvent(const QSqlQuery &q)
{
    DataSourceEvent e;
    e.id = q.value(0).toString();
    e.dataSourceId = q.value(1).toString();
    e.createdAt = q.value(2).toLongLong();
    e.eventType = q.value(3).toString();
    e.failed = q.value(4).toBool();
    e.fhirResourceType = q.value(5).toString();
    e.fhirResourceId = q.value(6).toString();
    e.syncError = q.value(7).toString();
    return e;
}

QVector<DataSourceEvent> Store::recentFailures(
    const QString &dataSourceId, qint64 sinceMs, int limit) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "SELECT id, data_source_id, created_at, event_type, failed, fhir_resource_type,"
        " fhir_resource_id, sync_error FROM data_source_events WHERE data_source_id=? AND"
        " failed=1 AND created_at >= ? ORDER BY created_at DESC, id DESC LIMIT ?"));
    q.addBindValue(dataSourceId);
    q.addBindValue(sinceMs);
    q.addBindValue(limit);
    exec(q);
    QVector<DataSourceEvent> out;
    while (q.next())
        out.push_back(readEvent(q));
    return out;
}

Store::EventCounts Store::eventCounts(const QString &dataSourceId, qint64 sinceMs) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(failed),0) FROM data_source_events"
                             " WHERE data_source_id=? AND created_at >= ?"));
    q.addBindValue(dataSourceId);
    q.addBindValue(sinceMs);
    exec(q);
    if (!q.next())
        return {};
    return {q.value(0).toInt(), q.value(1).toInt()};
}

Store::EventCounts Store::latestEventCounts(const QString &dataSourceId, int limit) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(failed),0) FROM (SELECT failed FROM"
                             " data_source_events WHERE data_source_id=? ORDER BY created_at DESC"
                             " LIMIT ?)"));
    q.addBindValue(dataSourceId);
    q.addBindValue(limit);
    exec(q);
    if (!q.next())
        return {};
    return {q.value(0).toInt(), q.value(1).toInt()};
}

std::optional<DataSourceEvent> Store::lastEvent(const QString &dataSourceId) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "SELECT id, data_source_id, created_at, event_type, failed, fhir_resource_type,"
        " fhir_resource_id, sync_error FROM data_source_events WHERE data_source_id=?"
        " ORDER BY created_at DESC LIMIT 1"));
    q.addBindValue(dataSourceId);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readEvent(q);
}

namespace {

const QString kIntegrationColumns = QStringLiteral(
    "id, workspace_id, name, display_name, protocol, base_url, auth, endpoints, enabled, builtin,"
    " created_at, updated_at, mcp");

QByteArray compactJson(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

IntegrationRecord readIntegration(const QSqlQuery &q)
{
    IntegrationRecord i;
    i.id = q.value(0).toString();
    i.workspaceId = q.value(1).toString();
    i.name = q.value(2).toString();
    i.displayName = q.value(3).toString();
    i.protocol = q.value(4).toString();
    i.baseUrl = q.value(5).toString();
    if (!q.value(6).isNull())
        i.auth = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
    i.endpoints = QJsonDocument::fromJson(q.value(7).toByteArray()).array();
    i.enabled = q.value(8).toBool();
    i.builtin = q.value(9).toBool();
    i.createdAt = q.value(10).toLongLong();
    i.updatedAt = q.value(11).toLongLong();
    const QJsonObject mcp = QJsonDocument::fromJson(q.value(12).toByteArray()).object();
    if (mcp.value(QStringLiteral("transport")).isString())
        i.mcpTransport = mcp.value(QStringLiteral("transport")).toString();
    if (mcp.value(QStringLiteral("command")).isString())
        i.mcpCommand = mcp.value(QStringLiteral("command")).toString();
    if (mcp.value(QStringLiteral("args")).isArray()) {
        QStringList args;
        const QJsonArray list = mcp.value(QStringLiteral("args")).toArray();
        for (const QJsonValue &a : list)
            args << a.toString();
        i.mcpArgs = args;
    }
    if (mcp.value(QStringLiteral("url")).isString())
        i.mcpUrl = mcp.value(QStringLiteral("url")).toString();
    if (mcp.value(QStringLiteral("headers")).isObject())
        i.mcpHeaders = mcp.value(QStringLiteral("headers")).toObject();
    return i;
}

void bindIntegration(QSqlQuery &q, const IntegrationRecord &i)
{
    q.addBindValue(i.workspaceId);
    q.addBindValue(i.name);
    q.addBindValue(i.displayName);
    q.addBindValue(i.protocol);
    q.addBindValue(i.baseUrl);
    q.addBindValue(i.auth ? QVariant(compactJson(*i.auth)) : QVariant());
    q.addBindValue(QJsonDocument(i.endpoints).toJson(QJsonDocument::Compact));
    q.addBindValue(i.enabled ? 1 : 0);
    q.addBindValue(i.builtin ? 1 : 0);
    q.addBindValue(i.createdAt);
    q.addBindValue(i.updatedAt);
    QJsonObject mcp;
    if (i.mcpTransport)
        mcp.insert(QStringLiteral("transport"), *i.mcpTransport);
    if (i.mcpCommand)
        mcp.insert(QStringLiteral("command"), *i.mcpCommand);
    if (i.mcpArgs)
        mcp.insert(QStringLiteral("args"), QJsonArray::fromStringList(*i.mcpArgs));
    if (i.mcpUrl)
        mcp.insert(QStringLiteral("url"), *i.mcpUrl);
    if (i.mcpHeaders)
        mcp.insert(QStringLiteral("headers"), *i.mcpHeaders);
    q.addBindValue(compactJson(mcp));
    q.addBindValue(i.id);
}

} // namespace

void Store::insertIntegration(const IntegrationRecord &i)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO integrations(")
        + QString(kIntegrationColumns).section(u',', 1) + QStringLiteral(", id) VALUES(")
        + QStringLiteral("?,").repeated(12) + QStringLiteral("?)"));
    bindIntegration(q, i);
    exec(q);
}

void Store::updateIntegration(const IntegrationRecord &i)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("UPDATE integrations SET ")
        + QString(kIntegrationColumns).section(u',', 1).replace(u',', QStringLiteral("=?,"))
        + QStringLiteral("=? WHERE id=?"));
    bindIntegration(q, i);
    exec(q);
}

void Store::deleteIntegration(const QString &id)
{
    QSqlQuery s = query();
    s.prepare(QStringLiteral("DELETE FROM integration_secrets WHERE integration_id=?"));
    s.addBindValue(id);
    exec(s);
    QSqlQuery q = query();
    q.prepare(QStringLiteral("DELETE FROM integrations WHERE id=?"));
    q.addBindValue(id);
    exec(q);
}

std::optional<IntegrationRecord> Store::integration(
    const QString &workspaceId, const QString &id) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kIntegrationColumns
        + QStringLiteral(" FROM integrations WHERE id=? AND workspace_id=?"));
    q.addBindValue(id);
    q.addBindValue(workspaceId);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readIntegration(q);
}

std::optional<IntegrationRecord> Store::integrationByName(
    const QString &workspaceId, const QString &name) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kIntegrationColumns
        + QStringLiteral(" FROM integrations WHERE workspace_id=? AND name=?"));
    q.addBindValue(workspaceId);
    q.addBindValue(name);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readIntegration(q);
}

QVector<IntegrationRecord> Store::integrations(const QString &workspaceId,
    const IntegrationFilter &filter, int offset, int limit, int *total) const
{
    QString where = QStringLiteral(" WHERE workspace_id=?");
    QVariantList binds{workspaceId};
    if (filter.enabled) {
        where += QStringLiteral(" AND enabled=?");
        binds << (*filter.enabled ? 1 : 0);
    }
    if (!filter.protocol.isEmpty()) {
        where += QStringLiteral(" AND protocol=?");
        binds << filter.protocol;
    }
    if (!filter.search.isEmpty()) {
        where += QStringLiteral(" AND (instr(lower(name), ?) OR instr(lower(display_name), ?))");
        binds << filter.search.toLower() << filter.search.toLower();
    }
    QSqlQuery count = query();
    count.prepare(QStringLiteral("SELECT COUNT(*) FROM integrations") + where);
    for (const QVariant &b : binds)
        count.addBindValue(b);
    exec(count);
    *total = count.next() ? count.value(0).toInt() : 0;
    static const QStringList columns{
        QStringLiteral("name"), QStringLiteral("created_at"), QStringLiteral("updated_at")};
    const QString column
        = columns.contains(filter.sortColumn) ? filter.sortColumn : QStringLiteral("name");
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kIntegrationColumns + QStringLiteral(" FROM integrations")
        + where + QStringLiteral(" ORDER BY ") + column + direction + QStringLiteral(", id")
        + direction + QStringLiteral(" LIMIT ? OFFSET ?"));
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.addBindValue(limit);
    q.addBindValue(offset);
    exec(q);
    QVector<IntegrationRecord> out;
    while (q.next())
        out.push_back(readIntegration(q));
    return out;
}

int Store::integrationCount(const QString &workspaceId) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM integrations WHERE workspace_id=?"));
    q.addBindValue(workspaceId);
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void Store::putSecret(const QString &path, const QString &integrationId, const QByteArray &box)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO integration_secrets(path, integration_id, box) VALUES(?,?,?)"));
    q.addBindValue(path);
    q.addBindValue(integrationId);
    q.addBindValue(box);
    exec(q);
}

void Store::rebaseUpstream(const QString &origin)
{
    QSqlQuery old = query();
    old.exec(QStringLiteral("SELECT value FROM settings WHERE key='upstream_origin'"));
    const QString previous = old.next() ? old.value(0).toString() : QString();
    if (!previous.isEmpty() && previous != origin) {
        QSqlQuery q = query();
        // Named placeholders: Qt SQL miscounts SQLite's numbered ?1 / ?2.
        q.prepare(
            QStringLiteral("UPDATE integrations SET base_url=replace(base_url,:old,:new),"
                           " auth=replace(auth,:old,:new), endpoints=replace(endpoints,:old,:new),"
                           " mcp=replace(mcp,:old,:new)"));
        q.bindValue(QStringLiteral(":old"), previous);
        q.bindValue(QStringLiteral(":new"), origin);
        exec(q);
    }
    QSqlQuery save = query();
    save.prepare(
        QStringLiteral("INSERT OR REPLACE INTO settings(key, value) VALUES('upstream_origin',?)"));
    save.addBindValue(origin);
    exec(save);
}

std::optional<QByteArray> Store::secret(const QString &path) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT box FROM integration_secrets WHERE path=?"));
    q.addBindValue(path);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

} // namespace sandbox
