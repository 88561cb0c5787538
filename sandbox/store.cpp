#include "store.h"

#include "secrets.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>
#include <algorithm>

Q_LOGGING_CATEGORY(lcStore, "sandbox.store")

namespace sandbox {

namespace {

const char *const kSchema[] = {
    "CREATE TABLE IF NOT EXISTS workspaces(id TEXT PRIMARY KEY, slug TEXT UNIQUE NOT NULL,"
    " name TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS users(id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
    " name TEXT, email TEXT, role TEXT, platform_admin INTEGER, member INTEGER)",
    "CREATE TABLE IF NOT EXISTS api_keys(digest TEXT PRIMARY KEY, workspace_id TEXT,"
    " user_id TEXT, role TEXT)",
    "CREATE TABLE IF NOT EXISTS connections(id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
    " connector_type TEXT, name TEXT, status TEXT, scope TEXT, owner_user_id TEXT, handle TEXT,"
    " display_name TEXT, avatar_url TEXT, external_account_id TEXT, followers INTEGER,"
    " created_at INTEGER, last_synced_at INTEGER, last_error TEXT, auth_state TEXT,"
    " profile TEXT, paused INTEGER, credential_digest TEXT, last_run_id TEXT,"
    " change_seq INTEGER DEFAULT 0)",
    "CREATE INDEX IF NOT EXISTS connections_by_workspace ON connections(workspace_id,"
    " created_at DESC, id DESC)",
    // Rows purged for good (DELETE /api/sandbox/connections/:id), for the
    // changed_since delta's "removed".
    "CREATE TABLE IF NOT EXISTS connection_removals(id TEXT PRIMARY KEY, workspace_id TEXT,"
    " change_seq INTEGER)",
    "CREATE TABLE IF NOT EXISTS runs(id TEXT PRIMARY KEY, connection_id TEXT NOT NULL,"
    " workspace_id TEXT NOT NULL, status TEXT, triggered_by TEXT, started_at INTEGER,"
    " finished_at INTEGER, streams_total INTEGER, streams_failed INTEGER,"
    " records_written INTEGER, error_reason TEXT, error_message TEXT,"
    " planned_finish_at INTEGER)",
    "CREATE INDEX IF NOT EXISTS runs_by_connection ON runs(connection_id, started_at DESC)",
    "CREATE INDEX IF NOT EXISTS runs_by_workspace ON runs(workspace_id, started_at)",
    "CREATE INDEX IF NOT EXISTS runs_in_flight ON runs(status) WHERE status IN"
    " ('pending','running')",
    "CREATE TABLE IF NOT EXISTS launcher_keys(digest TEXT PRIMARY KEY)",
    "CREATE TABLE IF NOT EXISTS cadences(connector_type TEXT PRIMARY KEY, cadence TEXT)",
    "CREATE TABLE IF NOT EXISTS provider_flows(state_digest TEXT PRIMARY KEY,"
    " connection_id TEXT, workspace_id TEXT, return_to TEXT, purpose TEXT, created_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS auth_codes(digest TEXT PRIMARY KEY, client_id TEXT,"
    " redirect_uri TEXT, code_challenge TEXT, workspace_id TEXT, user_id TEXT,"
    " expires_at INTEGER, used INTEGER, family TEXT)",
    "CREATE TABLE IF NOT EXISTS refresh_tokens(digest TEXT PRIMARY KEY, family TEXT,"
    " workspace_id TEXT, user_id TEXT, client_id TEXT, used INTEGER, revoked INTEGER)",
    "CREATE TABLE IF NOT EXISTS access_tokens(digest TEXT PRIMARY KEY, family TEXT,"
    " workspace_id TEXT, user_id TEXT, expires_at INTEGER, revoked INTEGER)",
    "CREATE TABLE IF NOT EXISTS environment_changes(workspace_id TEXT, from_environment TEXT,"
    " to_environment TEXT, user_id TEXT, changed_at INTEGER)",
    "CREATE TABLE IF NOT EXISTS data_sources(id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
    " name TEXT, display_name TEXT, source_type TEXT, connection_config TEXT, entity_types TEXT,"
    " field_mappings TEXT, sync_strategy TEXT, sync_schedule TEXT, is_active INTEGER,"
    " last_health_check INTEGER, discovered_by TEXT, created_at INTEGER, updated_at INTEGER,"
    " events_per_day INTEGER, failure_rate REAL, poll_started_at INTEGER, last_poll_at INTEGER,"
    " last_poll_duration_ms INTEGER, last_manual_sync_at INTEGER, last_sync_event_count INTEGER,"
    " last_sync_failed INTEGER, profile TEXT)",
    "CREATE INDEX IF NOT EXISTS data_sources_by_workspace ON data_sources(workspace_id,"
    " created_at, id)",
    "CREATE TABLE IF NOT EXISTS data_source_events(id TEXT PRIMARY KEY, data_source_id TEXT NOT"
    " NULL, created_at INTEGER, event_type TEXT, failed INTEGER, fhir_resource_type TEXT,"
    " fhir_resource_id TEXT, sync_error TEXT)",
    "CREATE INDEX IF NOT EXISTS events_by_source ON data_source_events(data_source_id,"
    " created_at)",
    "CREATE TABLE IF NOT EXISTS integrations(id TEXT PRIMARY KEY, workspace_id TEXT NOT NULL,"
    " name TEXT NOT NULL, display_name TEXT, protocol TEXT, base_url TEXT, auth TEXT,"
    " endpoints TEXT, enabled INTEGER, builtin INTEGER, created_at INTEGER, updated_at INTEGER,"
    " mcp TEXT, UNIQUE(workspace_id, name))",
    "CREATE TABLE IF NOT EXISTS integration_secrets(path TEXT PRIMARY KEY, integration_id TEXT,"
    " box BLOB)",
    "CREATE TABLE IF NOT EXISTS settings(key TEXT PRIMARY KEY, value TEXT)",
};

const QString kConnectionColumns = QStringLiteral(
    "c.id, c.workspace_id, c.connector_type, c.name, c.status, c.scope, c.owner_user_id,"
    " c.handle, c.display_name, c.avatar_url, c.external_account_id, c.followers, c.created_at,"
    " c.last_synced_at, c.last_error, c.auth_state, c.profile, c.paused, c.credential_digest,"
    " c.last_run_id, c.change_seq, r.id, r.status, r.triggered_by, r.started_at, r.finished_at,"
    " r.streams_total, r.streams_failed, r.records_written, r.error_reason, r.error_message,"
    " r.planned_finish_at");
const QString kConnectionFrom
    = QStringLiteral(" FROM connections c LEFT JOIN runs r ON r.id = c.last_run_id ");

const QString kRunColumns = QStringLiteral(
    "id, connection_id, workspace_id, status, triggered_by, started_at, finished_at,"
    " streams_total, streams_failed, records_written, error_reason, error_message,"
    " planned_finish_at");

QVariant nullable(const QString &s)
{
    return s.isNull() ? QVariant() : QVariant(s);
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

std::optional<qint64> optionalInt(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

RunRecord readRun(const QSqlQuery &q, int base)
{
    RunRecord r;
    r.id = q.value(base + 0).toString();
    r.connectionId = q.value(base + 1).toString();
    r.workspaceId = q.value(base + 2).toString();
    r.status = q.value(base + 3).toString();
    r.triggeredBy = q.value(base + 4).toString();
    r.startedAt = q.value(base + 5).toLongLong();
    r.finishedAt = optionalInt(q.value(base + 6));
    r.streamsTotal = q.value(base + 7).toInt();
    r.streamsFailed = q.value(base + 8).toInt();
    r.recordsWritten = q.value(base + 9).toLongLong();
    r.errorReason = q.value(base + 10).toString();
    r.errorMessage = q.value(base + 11).toString();
    r.plannedFinishAt = q.value(base + 12).toLongLong();
    return r;
}

ConnectionRecord readConnection(const QSqlQuery &q)
{
    ConnectionRecord c;
    c.id = q.value(0).toString();
    c.workspaceId = q.value(1).toString();
    c.connectorType = q.value(2).toString();
    c.name = q.value(3).toString();
    c.status = q.value(4).toString();
    c.scope = q.value(5).toString();
    c.ownerUserId = q.value(6).toString();
    c.handle = q.value(7).toString();
    c.displayName = q.value(8).toString();
    c.avatarUrl = q.value(9).toString();
    c.externalAccountId = q.value(10).toString();
    c.followers = q.value(11).toLongLong();
    c.createdAt = q.value(12).toLongLong();
    c.lastSyncedAt = optionalInt(q.value(13));
    c.lastError = q.value(14).toString();
    c.authState = q.value(15).toString();
    c.profile = q.value(16).toString();
    c.paused = q.value(17).toBool();
    c.credentialDigest = q.value(18).toString();
    c.lastRunId = q.value(19).toString();
    c.changeSeq = q.value(20).toLongLong();
    if (!q.value(21).isNull()) {
        RunRecord r;
        r.id = q.value(21).toString();
        r.connectionId = c.id;
        r.workspaceId = c.workspaceId;
        r.status = q.value(22).toString();
        r.triggeredBy = q.value(23).toString();
        r.startedAt = q.value(24).toLongLong();
        r.finishedAt = optionalInt(q.value(25));
        r.streamsTotal = q.value(26).toInt();
        r.streamsFailed = q.value(27).toInt();
        r.recordsWritten = q.value(28).toLongLong();
        r.errorReason = q.value(29).toString();
        r.errorMessage = q.value(30).toString();
        r.plannedFinishAt = q.value(31).toLongLong();
        c.lastRun = r;
    }
    return c;
}

void bindConnection(QSqlQuery &q, const ConnectionRecord &c, qint64 changeSeq)
{
    q.addBindValue(c.workspaceId);
    q.addBindValue(c.connectorType);
    q.addBindValue(c.name);
    q.addBindValue(c.status);
    q.addBindValue(c.scope);
    q.addBindValue(nullable(c.ownerUserId));
    q.addBindValue(nullable(c.handle));
    q.addBindValue(nullable(c.displayName));
    q.addBindValue(nullable(c.avatarUrl));
    q.addBindValue(nullable(c.externalAccountId));
    q.addBindValue(c.followers);
    q.addBindValue(c.createdAt);
    q.addBindValue(nullable(c.lastSyncedAt));
    q.addBindValue(nullable(c.lastError));
    q.addBindValue(c.authState);
    q.addBindValue(c.profile);
    q.addBindValue(c.paused ? 1 : 0);
    q.addBindValue(nullable(c.credentialDigest));
    q.addBindValue(nullable(c.lastRunId));
    q.addBindValue(changeSeq);
    q.addBindValue(c.id);
}

void bindRun(QSqlQuery &q, const RunRecord &r)
{
    q.addBindValue(r.connectionId);
    q.addBindValue(r.workspaceId);
    q.addBindValue(r.status);
    q.addBindValue(r.triggeredBy);
    q.addBindValue(r.startedAt);
    q.addBindValue(nullable(r.finishedAt));
    q.addBindValue(r.streamsTotal);
    q.addBindValue(r.streamsFailed);
    q.addBindValue(r.recordsWritten);
    q.addBindValue(nullable(r.errorReason));
    q.addBindValue(nullable(r.errorMessage));
    q.addBindValue(r.plannedFinishAt);
    q.addBindValue(r.id);
}

} // namespace

Store::Store()
    : m_connectionName(QStringLiteral("sandbox-") + QUuid::createUuid().toString(QUuid::Id128))
{ }

Store::~Store()
{
    m_insertRun.reset();
    m_updateRun.reset();
    m_insertConnection.reset();
    m_updateConnection.reset();
    m_touchConnection.reset();
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Store::open(const QString &path, QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path);
    if (!m_db.open()) {
        *error = m_db.lastError().text();
        return false;
    }
    QSqlQuery pragma(m_db);
    // WAL keeps readers and the runner's writes from blocking each other and
    // survives a crash without a rollback journal.
    if (!pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
        *error = pragma.lastError().text();
        return false;
    }
    pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    for (const char *sql : kSchema) {
        QSqlQuery q(m_db);
        if (!q.exec(QString::fromLatin1(sql))) {
            *error = q.lastError().text();
            return false;
        }
    }
    if (!migrateWorkspaces(error))
        return false;
    // Databases from before the change log: every row starts at 0.
    QSqlQuery info(m_db);
    info.exec(QStringLiteral("PRAGMA table_info(connections)"));
    bool hasChangeSeq = false;
    while (info.next())
        hasChangeSeq = hasChangeSeq || info.value(1).toString() == u"change_seq";
    for (const QString &sql : {hasChangeSeq ? QString()
                                            : QStringLiteral("ALTER TABLE connections ADD COLUMN"
                                                             " change_seq INTEGER DEFAULT 0"),
             QStringLiteral("CREATE INDEX IF NOT EXISTS connections_by_change ON"
                            " connections(workspace_id, change_seq)")}) {
        QSqlQuery q(m_db);
        if (!sql.isEmpty() && !q.exec(sql)) {
            *error = q.lastError().text();
            return false;
        }
    }
    const QString connCols = QStringLiteral(
        "workspace_id, connector_type, name, status, scope, owner_user_id, handle, display_name,"
        " avatar_url, external_account_id, followers, created_at, last_synced_at, last_error,"
        " auth_state, profile, paused, credential_digest, last_run_id, change_seq");
    const QString runCols = QStringLiteral(
        "connection_id, workspace_id, status, triggered_by, started_at, finished_at,"
        " streams_total, streams_failed, records_written, error_reason, error_message,"
        " planned_finish_at");
    auto prepare = [this](const QString &sql) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            qCCritical(lcStore) << "prepare failed:" << q->lastError().text();
        return q;
    };
    m_insertConnection = prepare(QStringLiteral("INSERT INTO connections(") + connCols
        + QStringLiteral(", id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_updateConnection = prepare(QStringLiteral("UPDATE connections SET ")
        + QString(connCols).replace(QStringLiteral(","), QStringLiteral("=?,"))
        + QStringLiteral("=? WHERE id=?"));
    // A run is part of its connection's JSON (last_run): writing one is a change.
    m_touchConnection = prepare(QStringLiteral("UPDATE connections SET change_seq=? WHERE id=?"));
    m_insertRun = prepare(QStringLiteral("INSERT INTO runs(") + runCols
        + QStringLiteral(", id) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    m_updateRun = prepare(QStringLiteral("UPDATE runs SET ")
        + QString(runCols).replace(QStringLiteral(","), QStringLiteral("=?,"))
        + QStringLiteral("=? WHERE id=?"));
    QSqlQuery last(m_db);
    last.exec(QStringLiteral("SELECT MAX(s) FROM (SELECT MAX(change_seq) AS s FROM connections"
                             " UNION ALL SELECT MAX(change_seq) FROM connection_removals)"));
    m_changeSeq = last.next() ? last.value(0).toLongLong() : 0;
    return true;
}

QSqlQuery Store::query() const
{
    return QSqlQuery(m_db);
}

void Store::exec(QSqlQuery &q) const
{
    if (!q.exec())
        qCCritical(lcStore) << "query failed:" << q.lastError().text() << q.lastQuery();
}

void Store::execSql(const QString &sql) const
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        qCCritical(lcStore) << "query failed:" << q.lastError().text();
}

void Store::beginTransaction()
{
    m_db.transaction();
}

void Store::commit()
{
    m_db.commit();
}

void Store::insertUser(const User &u)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO users(id, workspace_id, name, email, role,"
                             " platform_admin, member) VALUES(?,?,?,?,?,?,?)"));
    q.addBindValue(u.id);
    q.addBindValue(u.workspaceId);
    q.addBindValue(u.name);
    q.addBindValue(u.email);
    q.addBindValue(u.role);
    q.addBindValue(u.platformAdmin ? 1 : 0);
    q.addBindValue(u.member ? 1 : 0);
    exec(q);
}

static User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toString();
    u.workspaceId = q.value(1).toString();
    u.name = q.value(2).toString();
    u.email = q.value(3).toString();
    u.role = q.value(4).toString();
    u.platformAdmin = q.value(5).toBool();
    u.member = q.value(6).toBool();
    return u;
}

std::optional<User> Store::user(const QString &id) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, workspace_id, name, email, role, platform_admin, member"
                             " FROM users WHERE id=?"));
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

QVector<User> Store::members(const QString &workspaceId) const
{
    QVector<User> out;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, workspace_id, name, email, role, platform_admin, member"
                             " FROM users WHERE workspace_id=? AND member=1 ORDER BY name"));
    q.addBindValue(workspaceId);
    exec(q);
    while (q.next())
        out.push_back(readUser(q));
    return out;
}

std::optional<User> Store::workspaceAdmin(const QString &workspaceId) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id, workspace_id, name, email, role, platform_admin, member"
                             " FROM users WHERE workspace_id=? AND role IN ('owner','admin')"
                             " ORDER BY rowid LIMIT 1"));
    q.addBindValue(workspaceId);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

void Store::addApiKey(const QString &workspaceId, const QString &key, const QString &role,
    const QString &userName, bool platformAdmin)
{
    const QString digest = secretDigest(key);
    QSqlQuery existing = query();
    existing.prepare(QStringLiteral("SELECT 1 FROM api_keys WHERE digest=?"));
    existing.addBindValue(digest);
    exec(existing);
    if (existing.next())
        return;
    const std::optional<Workspace> ws = workspace(workspaceId);
    User u;
    u.id = QStringLiteral("usr_") + digest.left(12);
    u.workspaceId = workspaceId;
    u.name = userName;
    u.email = role + QStringLiteral("@") + (ws ? ws->slug : workspaceId)
        + QStringLiteral(".sandbox.invalid");
    u.role = role;
    u.platformAdmin = platformAdmin;
    u.member = role != u"viewer";
    insertUser(u);
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "INSERT INTO api_keys(digest, workspace_id, user_id, role) VALUES(?,?,?,?)"));
    q.addBindValue(digest);
    q.addBindValue(workspaceId);
    q.addBindValue(u.id);
    q.addBindValue(role);
    exec(q);
}

int Store::revokeLauncherKeys()
{
    QSqlQuery old = query();
    old.prepare(QStringLiteral("DELETE FROM api_keys WHERE digest IN (SELECT digest FROM "
                               "launcher_keys)"));
    exec(old);
    const int revoked = old.numRowsAffected();
    QSqlQuery forget = query();
    forget.prepare(QStringLiteral("DELETE FROM launcher_keys"));
    exec(forget);
    return std::max(revoked, 0);
}

void Store::addLauncherKey(const QString &workspaceId, const QString &key, const QString &role,
    const QString &userName, bool platformAdmin)
{
    addApiKey(workspaceId, key, role, userName, platformAdmin);
    QSqlQuery remember = query();
    remember.prepare(QStringLiteral("INSERT INTO launcher_keys(digest) VALUES(?)"));
    remember.addBindValue(secretDigest(key));
    exec(remember);
}

Principal Store::principalForBearer(const QString &token, qint64 nowMs) const
{
    Principal p;
    if (token.isEmpty())
        return p;
    const QString digest = secretDigest(token);
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT k.workspace_id, k.user_id, k.role, u.platform_admin"
                             " FROM api_keys k JOIN users u ON u.id = k.user_id"
                             " JOIN workspaces w ON w.id = k.workspace_id"
                             " WHERE k.digest=? AND w.archived_at IS NULL"));
    q.addBindValue(digest);
    exec(q);
    if (q.next()) {
        p.workspaceId = q.value(0).toString();
        p.userId = q.value(1).toString();
        p.role = q.value(2).toString();
        p.platformAdmin = q.value(3).toBool();
        return p;
    }
    QSqlQuery t = query();
    t.prepare(QStringLiteral("SELECT a.workspace_id, a.user_id, u.role, u.platform_admin,"
                             " a.family FROM access_tokens a JOIN users u ON u.id = a.user_id"
                             " JOIN workspaces w ON w.id = a.workspace_id"
                             " WHERE a.digest=? AND a.revoked=0 AND a.expires_at > ?"
                             " AND w.archived_at IS NULL"));
    t.addBindValue(digest);
    t.addBindValue(nowMs);
    exec(t);
    if (t.next()) {
        p.workspaceId = t.value(0).toString();
        p.userId = t.value(1).toString();
        p.role = t.value(2).toString();
        p.platformAdmin = t.value(3).toBool();
        p.tokenFamily = t.value(4).toString();
    }
    return p;
}

void Store::insertConnection(const ConnectionRecord &c)
{
    bindConnection(*m_insertConnection, c, ++m_changeSeq);
    exec(*m_insertConnection);
}

void Store::updateConnection(const ConnectionRecord &c)
{
    bindConnection(*m_updateConnection, c, ++m_changeSeq);
    exec(*m_updateConnection);
}

void Store::touchConnection(const QString &id)
{
    m_touchConnection->addBindValue(++m_changeSeq);
    m_touchConnection->addBindValue(id);
    exec(*m_touchConnection);
}

bool Store::purgeConnection(const QString &workspaceId, const QString &id)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("DELETE FROM connections WHERE id=? AND workspace_id=?"));
    q.addBindValue(id);
    q.addBindValue(workspaceId);
    exec(q);
    if (q.numRowsAffected() < 1)
        return false;
    QSqlQuery runs = query();
    runs.prepare(QStringLiteral("DELETE FROM runs WHERE connection_id=?"));
    runs.addBindValue(id);
    exec(runs);
    QSqlQuery gone = query();
    gone.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO connection_removals(id, workspace_id, change_seq) VALUES(?,?,?)"));
    gone.addBindValue(id);
    gone.addBindValue(workspaceId);
    gone.addBindValue(++m_changeSeq);
    exec(gone);
    return true;
}

QVector<ConnectionRecord> Store::connectionsChangedSince(
    const QString &workspaceId, qint64 seq, qint64 syncedAfter, qint64 syncedUpTo) const
{
    QVector<ConnectionRecord> out;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kConnectionColumns + kConnectionFrom
        + QStringLiteral("WHERE c.workspace_id=? AND (c.change_seq > ? OR (c.last_synced_at > ?"
                         " AND c.last_synced_at <= ?)) ORDER BY c.created_at DESC, c.id DESC"));
    q.addBindValue(workspaceId);
    q.addBindValue(seq);
    q.addBindValue(syncedAfter);
    q.addBindValue(syncedUpTo);
    exec(q);
    while (q.next())
        out.push_back(readConnection(q));
    return out;
}

QStringList Store::connectionsRemovedSince(const QString &workspaceId, qint64 seq) const
{
    QStringList out;
    QSqlQuery q = query();
    q.prepare(QStringLiteral(
        "SELECT id FROM connection_removals WHERE workspace_id=? AND change_seq > ? ORDER BY id"));
    q.addBindValue(workspaceId);
    q.addBindValue(seq);
    exec(q);
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<ConnectionRecord> Store::connection(
    const QString &workspaceId, const QString &id) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kConnectionColumns + kConnectionFrom
        + QStringLiteral("WHERE c.id=? AND c.workspace_id=?"));
    q.addBindValue(id);
    q.addBindValue(workspaceId);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readConnection(q);
}

std::optional<ConnectionRecord> Store::connectionById(const QString &id) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kConnectionColumns + kConnectionFrom
        + QStringLiteral("WHERE c.id=?"));
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readConnection(q);
}

void Store::execPage(QSqlQuery &q, const QString &selectFrom, const QString &workspaceId, int limit,
    qint64 afterCreatedAt, const QString &afterId) const
{
    q.setForwardOnly(true);
    QString sql = selectFrom + QStringLiteral("WHERE c.workspace_id=?");
    if (!afterId.isEmpty())
        sql += QStringLiteral(" AND (c.created_at < ? OR (c.created_at = ? AND c.id < ?))");
    sql += QStringLiteral(" ORDER BY c.created_at DESC, c.id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT ?");
    q.prepare(sql);
    q.addBindValue(workspaceId);
    if (!afterId.isEmpty()) {
        q.addBindValue(afterCreatedAt);
        q.addBindValue(afterCreatedAt);
        q.addBindValue(afterId);
    }
    if (limit > 0)
        q.addBindValue(limit);
    exec(q);
}

QVector<ConnectionRecord> Store::connections(
    const QString &workspaceId, int limit, qint64 afterCreatedAt, const QString &afterId) const
{
    QVector<ConnectionRecord> out;
    QSqlQuery q = query();
    execPage(q, QStringLiteral("SELECT ") + kConnectionColumns + kConnectionFrom, workspaceId,
        limit, afterCreatedAt, afterId);
    while (q.next())
        out.push_back(readConnection(q));
    return out;
}

QVector<ConnectionRecord> Store::connectionsAfterRowid(
    qint64 afterRowid, int limit, qint64 *lastRowid) const
{
    QVector<ConnectionRecord> out;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kConnectionColumns + QStringLiteral(", c.rowid")
        + kConnectionFrom + QStringLiteral("WHERE c.rowid > ? ORDER BY c.rowid LIMIT ?"));
    q.addBindValue(afterRowid);
    q.addBindValue(limit);
    exec(q);
    while (q.next()) {
        out.push_back(readConnection(q));
        *lastRowid = q.value(32).toLongLong();
    }
    return out;
}

QVector<Store::RowVersion> Store::connectionVersions(
    const QString &workspaceId, int limit, qint64 afterCreatedAt, const QString &afterId) const
{
    QVector<RowVersion> out;
    QSqlQuery q = query();
    execPage(q, QStringLiteral("SELECT c.id, c.change_seq, c.created_at FROM connections c "),
        workspaceId, limit, afterCreatedAt, afterId);
    out.reserve(limit > 0 ? limit : 1024);
    while (q.next())
        out.push_back({q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong()});
    return out;
}

QVector<ConnectionRecord> Store::allSchedulable() const
{
    QVector<ConnectionRecord> out;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT ") + kConnectionColumns + kConnectionFrom
        + QStringLiteral("WHERE c.status NOT IN ('disconnected','pending')"));
    while (q.next())
        out.push_back(readConnection(q));
    return out;
}

std::optional<QString> Store::findByExternalAccount(const QString &workspaceId,
    const QString &connectorType, const QString &externalAccountId) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT id FROM connections WHERE workspace_id=? AND"
                             " connector_type=? AND external_account_id=? LIMIT 1"));
    q.addBindValue(workspaceId);
    q.addBindValue(connectorType);
    q.addBindValue(externalAccountId);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

int Store::connectionCount(const QString &workspaceId) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM connections WHERE workspace_id=?"));
    q.addBindValue(workspaceId);
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

void Store::insertRun(const RunRecord &r)
{
    bindRun(*m_insertRun, r);
    exec(*m_insertRun);
    touchConnection(r.connectionId);
}

void Store::updateRun(const RunRecord &r)
{
    bindRun(*m_updateRun, r);
    exec(*m_updateRun);
    touchConnection(r.connectionId);
}

QVector<RunRecord> Store::runs(const QString &connectionId, int limit, qint64 sinceMs) const
{
    QVector<RunRecord> out;
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kRunColumns
        + QStringLiteral(" FROM runs WHERE connection_id=? AND started_at >= ? ORDER BY started_at "
                         "DESC, id DESC LIMIT ?"));
    q.addBindValue(connectionId);
    q.addBindValue(sinceMs);
    q.addBindValue(limit);
    exec(q);
    while (q.next())
        out.push_back(readRun(q, 0));
    return out;
}

QVector<RunRecord> Store::runningRuns() const
{
    QVector<RunRecord> out;
    QSqlQuery q = query();
    q.exec(QStringLiteral("SELECT ") + kRunColumns
        + QStringLiteral(" FROM runs WHERE status IN ('pending','running')"));
    while (q.next())
        out.push_back(readRun(q, 0));
    return out;
}

QVector<Store::WorkspaceRun> Store::workspaceRuns(const QString &workspaceId, qint64 sinceMs,
    bool failuresOnly, int limit, qint64 beforeStartedAt, const QString &beforeId) const
{
    QVector<WorkspaceRun> out;
    QSqlQuery q = query();
    q.setForwardOnly(true);
    QString sql = QStringLiteral(
        "SELECT r.id, r.connection_id, r.workspace_id, r.status, r.triggered_by, r.started_at,"
        " r.finished_at, r.streams_total, r.streams_failed, r.records_written, r.error_reason,"
        " r.error_message, r.planned_finish_at, c.connector_type FROM runs r"
        " JOIN connections c ON c.id = r.connection_id"
        " WHERE r.workspace_id=? AND r.started_at >= ?");
    if (failuresOnly)
        sql += QStringLiteral(
            " AND (r.status='failed' OR (r.status='completed' AND r.streams_failed > 0))");
    if (!beforeId.isEmpty())
        sql += QStringLiteral(" AND (r.started_at < ? OR (r.started_at = ? AND r.id < ?))");
    sql += QStringLiteral(" ORDER BY r.started_at DESC, r.id DESC LIMIT ?");
    q.prepare(sql);
    q.addBindValue(workspaceId);
    q.addBindValue(sinceMs);
    if (!beforeId.isEmpty()) {
        q.addBindValue(beforeStartedAt);
        q.addBindValue(beforeStartedAt);
        q.addBindValue(beforeId);
    }
    q.addBindValue(limit);
    exec(q);
    while (q.next())
        out.push_back({readRun(q, 0), q.value(13).toString()});
    return out;
}

int Store::runCount(const QString &connectionId) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM runs WHERE connection_id=?"));
    q.addBindValue(connectionId);
    exec(q);
    return q.next() ? q.value(0).toInt() : 0;
}

std::optional<RunRecord> Store::run(const QString &id) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT ") + kRunColumns + QStringLiteral(" FROM runs WHERE id=?"));
    q.addBindValue(id);
    exec(q);
    if (!q.next())
        return std::nullopt;
    return readRun(q, 0);
}

void Store::setCadence(const QString &connectorType, const QString &cadence)
{
    QSqlQuery q = query();
    if (cadence.isEmpty()) {
        q.prepare(QStringLiteral("DELETE FROM cadences WHERE connector_type=?"));
        q.addBindValue(connectorType);
    } else {
        q.prepare(
            QStringLiteral("INSERT OR REPLACE INTO cadences(connector_type, cadence) VALUES(?,?)"));
        q.addBindValue(connectorType);
        q.addBindValue(cadence);
    }
    exec(q);
}

QString Store::cadenceOverride(const QString &connectorType) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT cadence FROM cadences WHERE connector_type=?"));
    q.addBindValue(connectorType);
    exec(q);
    return q.next() ? q.value(0).toString() : QString();
}

void Store::insertProviderFlow(const QString &state, const ProviderFlow &f)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO provider_flows(state_digest, connection_id,"
                             " workspace_id, return_to, purpose, created_at) VALUES(?,?,?,?,?,?)"));
    q.addBindValue(secretDigest(state));
    q.addBindValue(f.connectionId);
    q.addBindValue(f.workspaceId);
    q.addBindValue(nullable(f.returnTo));
    q.addBindValue(f.purpose);
    q.addBindValue(f.createdAt);
    exec(q);
}

std::optional<Store::ProviderFlow> Store::providerFlow(const QString &state) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT connection_id, workspace_id, return_to, purpose, created_at"
                             " FROM provider_flows WHERE state_digest=?"));
    q.addBindValue(secretDigest(state));
    exec(q);
    if (!q.next())
        return std::nullopt;
    return ProviderFlow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
        q.value(3).toString(), q.value(4).toLongLong()};
}

void Store::deleteProviderFlow(const QString &state)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("DELETE FROM provider_flows WHERE state_digest=?"));
    q.addBindValue(secretDigest(state));
    exec(q);
}

void Store::insertAuthCode(const QString &code, const AuthCode &c)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO auth_codes(digest, client_id, redirect_uri,"
                             " code_challenge, workspace_id, user_id, expires_at, used, family)"
                             " VALUES(?,?,?,?,?,?,?,0,NULL)"));
    q.addBindValue(secretDigest(code));
    q.addBindValue(c.clientId);
    q.addBindValue(c.redirectUri);
    q.addBindValue(c.codeChallenge);
    q.addBindValue(c.workspaceId);
    q.addBindValue(c.userId);
    q.addBindValue(c.expiresAt);
    exec(q);
}

std::optional<Store::AuthCode> Store::authCode(const QString &code) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT client_id, redirect_uri, code_challenge, workspace_id,"
                             " user_id, expires_at, used, family FROM auth_codes WHERE digest=?"));
    q.addBindValue(secretDigest(code));
    exec(q);
    if (!q.next())
        return std::nullopt;
    AuthCode c;
    c.clientId = q.value(0).toString();
    c.redirectUri = q.value(1).toString();
    c.codeChallenge = q.value(2).toString();
    c.workspaceId = q.value(3).toString();
    c.userId = q.value(4).toString();
    c.expiresAt = q.value(5).toLongLong();
    c.used = q.value(6).toBool();
    c.family = q.value(7).toString();
    return c;
}

void Store::markAuthCodeUsed(const QString &code, const QString &family)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("UPDATE auth_codes SET used=1, family=? WHERE digest=?"));
    q.addBindValue(nullable(family));
    q.addBindValue(secretDigest(code));
    exec(q);
}

void Store::insertRefreshToken(const QString &token, const RefreshToken &t)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO refresh_tokens(digest, family, workspace_id, user_id,"
                             " client_id, used, revoked) VALUES(?,?,?,?,?,0,0)"));
    q.addBindValue(secretDigest(token));
    q.addBindValue(t.family);
    q.addBindValue(t.workspaceId);
    q.addBindValue(t.userId);
    q.addBindValue(t.clientId);
    exec(q);
}

std::optional<Store::RefreshToken> Store::refreshToken(const QString &token) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT family, workspace_id, user_id, client_id, used, revoked"
                             " FROM refresh_tokens WHERE digest=?"));
    q.addBindValue(secretDigest(token));
    exec(q);
    if (!q.next())
        return std::nullopt;
    RefreshToken t;
    t.family = q.value(0).toString();
    t.workspaceId = q.value(1).toString();
    t.userId = q.value(2).toString();
    t.clientId = q.value(3).toString();
    t.used = q.value(4).toBool();
    t.revoked = q.value(5).toBool();
    return t;
}

void Store::markRefreshTokenUsed(const QString &token)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("UPDATE refresh_tokens SET used=1 WHERE digest=?"));
    q.addBindValue(secretDigest(token));
    exec(q);
}

void Store::insertAccessToken(const QString &token, const QString &family,
    const QString &workspaceId, const QString &userId, qint64 expiresAt)
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("INSERT INTO access_tokens(digest, family, workspace_id, user_id,"
                             " expires_at, revoked) VALUES(?,?,?,?,?,0)"));
    q.addBindValue(secretDigest(token));
    q.addBindValue(family);
    q.addBindValue(workspaceId);
    q.addBindValue(userId);
    q.addBindValue(expiresAt);
    exec(q);
}

void Store::revokeFamily(const QString &family)
{
    if (family.isEmpty())
        return;
    for (const char *table : {"refresh_tokens", "access_tokens"}) {
        QSqlQuery q = query();
        q.prepare(QStringLiteral("UPDATE ") + QString::fromLatin1(table)
            + QStringLiteral(" SET revoked=1 WHERE family=?"));
        q.addBindValue(family);
        exec(q);
    }
}

std::optional<QString> Store::familyOfAccessToken(const QString &token) const
{
    QSqlQuery q = query();
    q.prepare(QStringLiteral("SELECT family FROM access_tokens WHERE digest=?"));
    q.addBindValue(secretDigest(token));
    exec(q);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace sandbox
