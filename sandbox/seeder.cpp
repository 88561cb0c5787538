#include "seeder.h"

#include "catalog.h"
#include "providerrules.h"
#include "store.h"
#include "syncrunner.h"

#include <algorithm>

namespace sandbox {

namespace {

constexpr qint64 kHour = 3600LL * 1000;
constexpr qint64 kDay = 24 * kHour;

enum class Scenario {
    Ongoing,
    RevokedYesterday,
    Disconnected,
    Paused,
    LockedSince,
    ConfigErrorSince,
    SyncingNow,
    LastRunRateLimited,
    LastRunPartial,
    LastRunTransient,
    Pending,
    KeyExpired,
};

struct DemoEntry
{
    const char *type;
    const char *name;
    const char *profile;
    int ageDays;
    Scenario scenario;
    int scenarioDays; // how long ago the scenario began
    const char *owner; // member key for personal connectors
    const char *handle; // social connectors
};

// Order matters only for readability; rows are listed newest first by created_at.
const DemoEntry kDemo[] = {
    {"hubspot", "Acme HubSpot", "clean", 90, Scenario::Ongoing, 0, nullptr, nullptr},
    {"salesforce", "Salesforce (prod)", "partial", 90, Scenario::LastRunPartial, 0, nullptr,
        nullptr},
    {"gong", "Gong calls", "afternoon_rate_limit", 80, Scenario::LastRunRateLimited, 0, nullptr,
        nullptr},
    {"gmail", "Alice's Gmail", "clean", 60, Scenario::Ongoing, 0, "alice", nullptr},
    {"gmail", "Bob's Gmail", "clean", 75, Scenario::RevokedYesterday, 1, "bob", nullptr},
    {"outlook", "Carmen's Outlook", "clean", 45, Scenario::Ongoing, 0, "carmen", nullptr},
    {"outlook", "Outlook (unassigned)", "clean", 0, Scenario::Pending, 0, nullptr, nullptr},
    {"slack", "Slack — acme.slack.com", "slow", 88, Scenario::SyncingNow, 0, nullptr, nullptr},
    {"notion", "Notion wiki", "clean", 70, Scenario::LockedSince, 6, nullptr, nullptr},
    {"notion_knowledge_sync", "Knowledge base → Notion", "clean", 30, Scenario::Ongoing, 0, nullptr,
        nullptr},
    {"pipedrive", "Pipedrive (EU sales)", "clean", 65, Scenario::ConfigErrorSince, 3, nullptr,
        nullptr},
    {"fathom", "Fathom recordings", "clean", 50, Scenario::Ongoing, 0, nullptr, nullptr},
    {"granola", "Granola notes", "clean", 85, Scenario::Disconnected, 20, nullptr, nullptr},
    {"fireflies", "Fireflies transcripts", "flaky", 40, Scenario::Ongoing, 0, nullptr, nullptr},
    {"grain", "Grain highlights", "clean", 55, Scenario::Paused, 5, nullptr, nullptr},
    {"aircall", "Aircall (support line)", "clean", 90, Scenario::KeyExpired, 2, nullptr, nullptr},
    {"pylon", "Pylon support", "clean", 35, Scenario::Ongoing, 0, nullptr, nullptr},
    {"twitter", "@acme", "clean", 90, Scenario::Ongoing, 0, nullptr, "acme"},
    {"linkedin", "Acme Inc. on LinkedIn", "clean", 90, Scenario::Ongoing, 0, nullptr, "acme_inc"},
    {"twitter", "@acme_support", "partial", 25, Scenario::Ongoing, 0, nullptr, "acme_support"},
    {"zendesk", "Zendesk tickets", "clean", 20, Scenario::Ongoing, 0, nullptr, nullptr},
    {"hubspot", "HubSpot (old sandbox portal)", "clean", 90, Scenario::Disconnected, 40, nullptr,
        nullptr},
    {"salesforce", "Salesforce EU", "flaky", 60, Scenario::LastRunTransient, 0, nullptr, nullptr},
    {"slack", "Slack — support workspace", "clean", 15, Scenario::Ongoing, 0, nullptr, nullptr},
    {"gong", "Gong (EMEA)", "clean", 10, Scenario::Ongoing, 0, nullptr, nullptr},
    {"notion", "Notion (product specs)", "clean", 3, Scenario::Ongoing, 0, nullptr, nullptr},
};

struct Member
{
    const char *key;
    const char *name;
    const char *email;
};

const Member kMembers[] = {
    {"alice", "Alice Chen", "alice@acme.example"},
    {"bob", "Bob Okafor", "bob@acme.example"},
    {"carmen", "Carmen Díaz", "carmen@acme.example"},
    {"dmitri", "Dmitri Volkov", "dmitri@acme.example"},
};

qint64 historyInterval(const QString &type)
{
    const Connector *c = findConnector(type);
    const qint64 sec = cadenceSeconds(c ? c->defaultCadence : QStringLiteral("1h"));
    return std::clamp<qint64>(sec, 3600, 86400) * 1000;
}

void setHandle(ConnectionRecord &c, const QString &handle)
{
    ResolvedHandle r;
    resolveSandboxHandle(handle, &r);
    c.handle = handle;
    c.displayName = r.displayName;
    c.externalAccountId = r.externalAccountId;
    c.followers = r.followers;
    c.avatarUrl = r.avatarPath;
}

} // namespace

Seeder::Seeder(Store *store, quint32 seed, double timeScale)
    : m_store(store)
    , m_seed(seed)
    , m_timeScale(timeScale > 0 ? timeScale : 1.0)
    , m_rng(seed)
{ }

QString Seeder::id(const char *prefix)
{
    static const char alphabet[] = "0123456789abcdefghijkmnpqrstuvwxyz";
    QString out = QString::fromLatin1(prefix);
    for (int i = 0; i < 16; ++i)
        out += QLatin1Char(alphabet[m_rng.bounded(34)]);
    return out;
}

void Seeder::history(ConnectionRecord &c, qint64 from, qint64 until, qint64 intervalMs)
{
    quint64 index = quint64(m_store->runCount(c.id));
    qint64 t = from + qint64(m_rng.bounded(int(intervalMs / 2)));
    while (t < until && c.authState == u"ok") {
        const RunOutcome o = simulateRun(c, m_seed, index++, t);
        RunRecord r;
        r.id = id("run_");
        r.connectionId = c.id;
        r.workspaceId = c.workspaceId;
        r.status = o.status;
        r.triggeredBy = QStringLiteral("schedule");
        r.startedAt = t;
        r.finishedAt = t + o.durationSimSeconds * 1000;
        r.streamsTotal = findConnector(c.connectorType)
            ? int(findConnector(c.connectorType)->streams.size())
            : 1;
        r.streamsFailed = o.streamsFailed;
        r.recordsWritten = o.recordsWritten;
        r.errorReason = o.errorReason;
        r.errorMessage = o.errorMessage;
        r.plannedFinishAt = *r.finishedAt;
        m_store->insertRun(r);
        c.lastRunId = r.id;
        applyFinishedRun(c, r, o.newAuthState);
        // +-10% jitter so the bars do not line up like a test pattern.
        t += intervalMs + qint64(m_rng.bounded(int(intervalMs / 5))) - intervalMs / 10;
    }
}

void Seeder::forcedRun(ConnectionRecord &c, qint64 startMs, const QString &status,
    const QString &reason, int streamsFailed, const QString &message)
{
    const Connector *connector = findConnector(c.connectorType);
    RunRecord r;
    r.id = id("run_");
    r.connectionId = c.id;
    r.workspaceId = c.workspaceId;
    r.status = status;
    r.triggeredBy = QStringLiteral("schedule");
    r.startedAt = startMs;
    r.streamsTotal = connector ? int(connector->streams.size()) : 1;
    r.streamsFailed = streamsFailed;
    r.recordsWritten = status == u"failed" ? 0 : 1200;
    r.errorReason = reason;
    r.errorMessage = message;
    if (status == u"running") {
        r.plannedFinishAt
            = startMs + qMax<qint64>(1, qint64(2400.0 * 1000 / m_timeScale)) - 120 * 1000;
    } else {
        r.finishedAt = startMs + 40 * 1000;
        r.plannedFinishAt = *r.finishedAt;
    }
    m_store->insertRun(r);
    c.lastRunId = r.id;
    if (status == u"running") {
        c.lastRun = r;
        c.status = QStringLiteral("syncing");
    } else {
        applyFinishedRun(c, r, QString());
    }
}

void Seeder::seedDemo(const Workspace &ws, qint64 now)
{
    QHash<QString, QString> memberIds;
    for (const Member &m : kMembers) {
        User u;
        u.id = QStringLiteral("usr_") + ws.slug + u'_' + QString::fromLatin1(m.key);
        u.workspaceId = ws.id;
        u.name = QString::fromUtf8(m.name);
        u.email = QString::fromLatin1(m.email);
        u.role = QStringLiteral("member");
        m_store->insertUser(u);
        memberIds.insert(QString::fromLatin1(m.key), u.id);
    }

    m_store->beginTransaction();
    for (const DemoEntry &e : kDemo) {
        const Connector *connector = findConnector(QString::fromLatin1(e.type));
        ConnectionRecord c;
        c.id = id("con_");
        c.workspaceId = ws.id;
        c.connectorType = connector->type;
        c.name = QString::fromUtf8(e.name);
        c.scope = connector->scope;
        c.status = QStringLiteral("connected");
        c.profile = QString::fromLatin1(e.profile);
        c.createdAt = now - qint64(e.ageDays) * kDay - qint64(m_rng.bounded(3600)) * 1000;
        if (e.scenario == Scenario::Pending)
            c.createdAt = now - 12 * 60 * 1000;
        c.credentialDigest = QStringLiteral("seeded");
        if (e.owner)
            c.ownerUserId = memberIds.value(QString::fromLatin1(e.owner));
        if (e.handle) {
            setHandle(c, QString::fromLatin1(e.handle));
        }
        m_store->insertConnection(c);

        const qint64 interval = historyInterval(c.connectorType);
        const qint64 since = now - qint64(e.scenarioDays) * kDay;
        switch (e.scenario) {
        case Scenario::Ongoing:
            history(c, c.createdAt, now - interval / 2, interval);
            break;
        case Scenario::RevokedYesterday:
            history(c, c.createdAt, since - interval, interval);
            c.profile = QStringLiteral("token_revoked");
            history(c, since - interval / 2, since + interval, interval);
            c.profile = QStringLiteral("clean");
            break;
        case Scenario::Disconnected:
            history(c, c.createdAt, since, interval);
            c.status = QStringLiteral("disconnected");
            c.credentialDigest.clear();
            break;
        case Scenario::Paused:
            history(c, c.createdAt, since, interval);
            c.paused = true;
            c.status = QStringLiteral("paused");
            break;
        case Scenario::LockedSince:
            history(c, c.createdAt, since, interval);
            c.profile = QStringLiteral("locked");
            history(c, since, now - interval / 2, interval);
            break;
        case Scenario::ConfigErrorSince:
            history(c, c.createdAt, since, interval);
            c.profile = QStringLiteral("config_error");
            history(c, since, now - interval / 2, interval);
            break;
        case Scenario::SyncingNow:
            c.profile = QStringLiteral("clean");
            history(c, c.createdAt, now - interval, interval);
            c.profile = QStringLiteral("slow");
            forcedRun(c, now - 120 * 1000, QStringLiteral("running"), QString(), 0, QString());
            break;
        case Scenario::LastRunRateLimited:
            history(c, c.createdAt, now - interval, interval);
            forcedRun(c, now - 20 * 60 * 1000, QStringLiteral("failed"),
                QStringLiteral("rate_limit"), 1,
                QStringLiteral("Gong API rate limit reached (HTTP 429, daily quota). The next "
                               "scheduled sync will retry."));
            break;
        case Scenario::LastRunPartial:
            history(c, c.createdAt, now - interval, interval);
            forcedRun(c, now - 25 * 60 * 1000, QStringLiteral("completed"), QString(), 2,
                QStringLiteral("2 of 5 streams failed: leads, tasks (permission denied by "
                               "Salesforce)."));
            break;
        case Scenario::LastRunTransient:
            history(c, c.createdAt, now - interval, interval);
            forcedRun(c, now - 35 * 60 * 1000, QStringLiteral("failed"),
                QStringLiteral("transient"), 5,
                QStringLiteral("Timed out waiting for Salesforce (upstream answered 502 Bad "
                               "Gateway)."));
            break;
        case Scenario::Pending:
            c.status = QStringLiteral("pending");
            c.credentialDigest.clear();
            break;
        case Scenario::KeyExpired:
            history(c, c.createdAt, since, interval);
            forcedRun(c, since, QStringLiteral("failed"), QStringLiteral("auth"),
                int(connector->streams.size()),
                QStringLiteral("Aircall rejected the API key (401 Unauthorized): the key has "
                               "expired or was deleted. Reconnect with a new key."));
            c.authState = QStringLiteral("expired");
            break;
        }
        m_store->updateConnection(c);
    }
    m_store->commit();
}

void Seeder::seedScale(const Workspace &ws, int count, qint64 now)
{
    QVector<const Connector *> connectable;
    for (const Connector &c : catalog()) {
        if (c.connectable)
            connectable.push_back(&c);
    }
    // Enough history for a month-long chart on 10,000 rows without making
    // 100,000 rows slow to create: about 300,000 runs at most.
    const int runsEach = qBound(1, 300000 / qMax(1, count), 30);
    static const char *const profiles[] = {"clean", "clean", "clean", "clean", "clean", "clean",
        "clean", "clean", "clean", "clean", "clean", "clean", "flaky", "partial",
        "afternoon_rate_limit", "config_error", "locked", "clean", "flaky", "partial"};

    m_store->beginTransaction();
    for (int i = 0; i < count; ++i) {
        const Connector *connector = connectable[i % connectable.size()];
        ConnectionRecord c;
        c.id = id("con_");
        c.workspaceId = ws.id;
        c.connectorType = connector->type;
        c.name = QStringLiteral("%1 %2").arg(connector->name).arg(i + 1, 6, 10, QLatin1Char('0'));
        c.scope = connector->scope;
        c.status = QStringLiteral("connected");
        c.profile = QString::fromLatin1(profiles[i % 20]);
        c.createdAt = now - qint64(runsEach + 1) * kDay - qint64(i) * 1000;
        c.credentialDigest = QStringLiteral("seeded");
        if (connector->authMethod == u"handle") {
            setHandle(c, QStringLiteral("acct_%1").arg(i));
        }
        if (i % 211 == 5)
            c.authState = QStringLiteral("revoked");
        for (int k = runsEach; k >= 1; --k) {
            const qint64 t = now - qint64(k) * kDay + qint64(m_rng.bounded(20 * 3600)) * 1000;
            const RunOutcome o = simulateRun(c, m_seed, quint64(runsEach - k), t);
            RunRecord r;
            r.id = id("run_");
            r.connectionId = c.id;
            r.workspaceId = ws.id;
            r.status = o.status;
            r.triggeredBy = QStringLiteral("schedule");
            r.startedAt = t;
            r.finishedAt = t + o.durationSimSeconds * 1000;
            r.plannedFinishAt = *r.finishedAt;
            r.streamsTotal = int(connector->streams.size());
            r.streamsFailed = o.streamsFailed;
            r.recordsWritten = o.recordsWritten;
            r.errorReason = o.errorReason;
            r.errorMessage = o.errorMessage;
            m_store->insertRun(r);
            c.lastRunId = r.id;
            applyFinishedRun(c, r, QString());
        }
        if (i % 50 == 7)
            c.status = QStringLiteral("disconnected");
        else if (i % 97 == 3)
            c.status = QStringLiteral("pending");
        else if (i % 89 == 5) {
            c.paused = true;
            c.status = QStringLiteral("paused");
        }
        m_store->insertConnection(c);
    }
    m_store->commit();
}

} // namespace sandbox
