#include "syncrunner.h"

#include "catalog.h"
#include "stablehash.h"
#include "store.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <algorithm>

Q_LOGGING_CATEGORY(lcRunner, "sandbox.runner")

namespace sandbox {

namespace {

quint32 mix(quint32 seed, const QString &id, quint64 index)
{
    return stableHash(seed, id, index);
}

QString providerName(const QString &type)
{
    const Connector *c = findConnector(type);
    return c ? c->name : type;
}

} // namespace

RunOutcome simulateRun(const ConnectionRecord &c, quint32 seed, quint64 runIndex, qint64 startMs)
{
    QRandomGenerator rng(mix(seed, c.id, runIndex));
    const Connector *connector = findConnector(c.connectorType);
    const int streams = connector ? int(connector->streams.size()) : 3;
    const QString provider = providerName(c.connectorType);
    RunOutcome o;
    o.status = QStringLiteral("completed");
    o.durationSimSeconds = 8 + rng.bounded(50) + 4 * streams;
    o.recordsWritten = qint64(streams) * (50 + rng.bounded(2000));

    auto fail = [&](const char *reason, const QString &message) {
        o.status = QStringLiteral("failed");
        o.errorReason = QString::fromLatin1(reason);
        o.errorMessage = message;
        o.recordsWritten = 0;
        o.streamsFailed = streams;
    };
    const QString &p = c.profile;
    if (c.authState != u"ok") {
        fail("auth",
            QStringLiteral("%1 rejected the stored credentials (%2). Reconnect to re-authorize.")
                .arg(provider,
                    c.authState == u"expired" ? QStringLiteral("expired")
                                              : QStringLiteral("revoked")));
        o.durationSimSeconds = 2;
        return o;
    }
    const int hour = QDateTime::fromMSecsSinceEpoch(startMs, Qt::UTC).time().hour();
    if (p == u"locked") {
        o.status = QStringLiteral("skipped_locked");
        o.recordsWritten = 0;
        o.durationSimSeconds = 1;
        o.errorMessage
            = QStringLiteral("Sync skipped: a previous %1 sync still holds the sync lock.")
                  .arg(provider);
    } else if (p == u"token_revoked") {
        fail("auth",
            QStringLiteral("%1 rejected the stored token: it was revoked (invalid_grant). "
                           "Reconnect to re-authorize.")
                .arg(provider));
        o.newAuthState = QStringLiteral("revoked");
        o.durationSimSeconds = 2;
    } else if (p == u"config_error") {
        fail("config",
            QStringLiteral("%1 configuration error: the selected pipeline \"Enterprise\" no "
                           "longer exists. Check the connection's settings in %1.")
                .arg(provider));
        o.durationSimSeconds = 3;
    } else if (p == u"afternoon_rate_limit" && hour >= 12 && hour < 18 && rng.bounded(100) < 80) {
        fail("rate_limit",
            QStringLiteral("%1 API rate limit reached (HTTP 429, daily quota). The next "
                           "scheduled sync will retry.")
                .arg(provider));
        o.streamsFailed = 1 + int(rng.bounded(streams));
    } else if ((p == u"flaky" && rng.bounded(6) == 0) || (p == u"clean" && rng.bounded(100) == 0)) {
        fail("transient",
            QStringLiteral("Timed out waiting for %1 (upstream answered 502 Bad Gateway).")
                .arg(provider));
    } else if (p == u"partial" && streams > 1 && rng.bounded(10) < 7) {
        o.streamsFailed = 1 + int(rng.bounded(qMin(2, streams - 1)));
        QStringList names = connector ? connector->streams : QStringList();
        names = names.mid(names.size() - o.streamsFailed);
        o.errorMessage = QStringLiteral("%1 of %2 streams failed: %3 (permission denied by %4).")
                             .arg(o.streamsFailed)
                             .arg(streams)
                             .arg(names.join(QStringLiteral(", ")), provider);
        o.recordsWritten = o.recordsWritten * (streams - o.streamsFailed) / streams;
    }
    if (p == u"slow")
        o.durationSimSeconds = 2400;
    return o;
}

void applyFinishedRun(ConnectionRecord &c, const RunRecord &r, const QString &newAuthState)
{
    if (c.lastRunId == r.id)
        c.lastRun = r;
    if (c.status == u"disconnected")
        return;
    if (r.status == u"failed") {
        c.status = QStringLiteral("error");
        c.lastError = r.errorMessage;
    } else {
        c.status = c.paused ? QStringLiteral("paused") : QStringLiteral("connected");
        if (r.status == u"completed" && r.finishedAt)
            c.lastSyncedAt = *r.finishedAt;
        c.lastError = r.errorMessage;
    }
    if (!newAuthState.isEmpty())
        c.authState = newAuthState;
}

SyncRunner::SyncRunner(Store *store, double timeScale, quint32 seed, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timeScale(timeScale > 0 ? timeScale : 1.0)
    , m_seed(seed)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SyncRunner::tick);
}

QString SyncRunner::newId(const char *prefix)
{
    static const char alphabet[] = "0123456789abcdefghijkmnpqrstuvwxyz";
    QString id = QString::fromLatin1(prefix);
    for (int i = 0; i < 16; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(34)]);
    return id;
}

qint64 SyncRunner::scaledMs(qint64 simSeconds) const
{
    return qMax<qint64>(1, qint64(double(simSeconds) * 1000.0 / m_timeScale));
}

QString SyncRunner::cadenceFor(const QString &connectorType) const
{
    const QString override = m_store->cadenceOverride(connectorType);
    if (!override.isEmpty())
        return override;
    const Connector *c = findConnector(connectorType);
    return c ? c->defaultCadence : QStringLiteral("1h");
}

void SyncRunner::start()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const RunRecord &r : m_store->runningRuns())
        m_finishQueue.emplace(qMax(r.plannedFinishAt, now), r.id);
    const QVector<ConnectionRecord> all = m_store->allSchedulable();
    for (const ConnectionRecord &c : all) {
        const qint64 last = c.lastRun ? c.lastRun->startedAt : c.createdAt;
        const qint64 interval = scaledMs(cadenceSeconds(cadenceFor(c.connectorType)));
        qint64 due = last + interval;
        if (due < now) {
            // Overdue after a restart or a fresh seed: spread the catch-up over
            // one interval instead of starting everything at once.
            due = now + qint64(mix(m_seed, c.id, 0) % quint64(qMax<qint64>(interval, 1)));
        }
        m_dueQueue.emplace(due, c.id);
    }
    reschedule();
}

void SyncRunner::cadenceChanged(const QString &connectorType)
{
    // Next runs for this type follow the new cadence from their last start.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 interval = scaledMs(cadenceSeconds(cadenceFor(connectorType)));
    for (auto it = m_dueQueue.begin(); it != m_dueQueue.end();) {
        const std::optional<ConnectionRecord> c = m_store->connectionById(it->second);
        if (c && c->connectorType == connectorType) {
            const qint64 last = c->lastRun ? c->lastRun->startedAt : now;
            const QString id = it->second;
            it = m_dueQueue.erase(it);
            m_dueQueue.emplace(qMax(now, last + interval), id);
        } else {
            ++it;
        }
    }
    reschedule();
}

RunRecord SyncRunner::startRun(ConnectionRecord &c, const QString &triggeredBy)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const RunOutcome outcome = simulateRun(c, m_seed, quint64(m_store->runCount(c.id)), now);
    const Connector *connector = findConnector(c.connectorType);
    RunRecord r;
    r.id = newId("run_");
    r.connectionId = c.id;
    r.workspaceId = c.workspaceId;
    r.status = QStringLiteral("running");
    r.triggeredBy = triggeredBy;
    r.startedAt = now;
    r.streamsTotal = connector ? int(connector->streams.size()) : 0;
    r.plannedFinishAt = now + scaledMs(outcome.durationSimSeconds);
    m_store->insertRun(r);
    c.lastRunId = r.id;
    c.lastRun = r;
    if (c.status != u"disconnected")
        c.status = QStringLiteral("syncing");
    m_store->updateConnection(c);
    m_finishQueue.emplace(r.plannedFinishAt, r.id);
    qCDebug(lcRunner) << "run" << r.id << "started on" << c.id << "by" << triggeredBy;
    reschedule();
    return r;
}

void SyncRunner::finishRun(const QString &runId)
{
    std::optional<RunRecord> r = m_store->run(runId);
    if (!r || (r->status != u"running" && r->status != u"pending"))
        return;
    std::optional<ConnectionRecord> c = m_store->connectionById(r->connectionId);
    if (!c)
        return;
    // One run at a time per connection, so this run is the newest: replay the
    // outcome it was planned with (also right after a restart).
    const quint64 index = quint64(qMax(0, m_store->runCount(c->id) - 1));
    const RunOutcome o = simulateRun(*c, m_seed, index, r->startedAt);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    r->status = o.status;
    r->finishedAt = now;
    r->streamsFailed = o.streamsFailed;
    r->recordsWritten = o.recordsWritten;
    r->errorReason = o.errorReason;
    r->errorMessage = o.errorMessage;
    m_store->updateRun(*r);

    applyFinishedRun(*c, *r, o.newAuthState);
    m_store->updateConnection(*c);
    qCDebug(lcRunner) << "run" << r->id << "finished:" << o.status;
    scheduleNext(*c, r->startedAt);
}

SyncRunner::FinishNow SyncRunner::finishNow(const QString &workspaceId, const QString &runId)
{
    const std::optional<RunRecord> r = m_store->run(runId);
    if (!r || r->workspaceId != workspaceId)
        return FinishNow::NotFound;
    if (r->status != u"running" && r->status != u"pending")
        return FinishNow::NotRunning;
    finishRun(runId); // its entry in the finish queue then finds it over
    return FinishNow::Finished;
}

void SyncRunner::scheduleFromNow(const ConnectionRecord &c)
{
    scheduleNext(c, QDateTime::currentMSecsSinceEpoch());
    reschedule();
}

void SyncRunner::scheduleNext(const ConnectionRecord &c, qint64 fromMs)
{
    const qint64 interval = scaledMs(cadenceSeconds(cadenceFor(c.connectorType)));
    m_dueQueue.emplace(qMax(fromMs + interval, QDateTime::currentMSecsSinceEpoch()), c.id);
}

void SyncRunner::tick()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Bounded work per tick keeps the HTTP side responsive on huge workspaces.
    int budget = 200;
    while (!m_finishQueue.empty() && m_finishQueue.begin()->first <= now && budget-- > 0) {
        const QString id = m_finishQueue.begin()->second;
        m_finishQueue.erase(m_finishQueue.begin());
        finishRun(id);
    }
    while (!m_dueQueue.empty() && m_dueQueue.begin()->first <= now && budget-- > 0) {
        const QString id = m_dueQueue.begin()->second;
        m_dueQueue.erase(m_dueQueue.begin());
        std::optional<ConnectionRecord> c = m_store->connectionById(id);
        if (!c || c->status == u"disconnected" || c->status == u"pending" || c->paused
            || c->authState != u"ok") {
            continue; // re-entered into the schedule by reconnect / resume
        }
        if (c->lastRun && (c->lastRun->status == u"running" || c->lastRun->status == u"pending")) {
            scheduleNext(*c, now);
            continue;
        }
        startRun(*c, QStringLiteral("schedule"));
    }
    reschedule();
}

void SyncRunner::reschedule()
{
    qint64 next = std::numeric_limits<qint64>::max();
    if (!m_finishQueue.empty())
        next = m_finishQueue.begin()->first;
    if (!m_dueQueue.empty())
        next = qMin(next, m_dueQueue.begin()->first);
    if (next == std::numeric_limits<qint64>::max()) {
        m_timer.stop();
        return;
    }
    const qint64 wait = next - QDateTime::currentMSecsSinceEpoch();
    m_timer.start(int(std::clamp<qint64>(wait, 0, 1000)));
}

} // namespace sandbox
