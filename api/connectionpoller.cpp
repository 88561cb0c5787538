#include "connectionpoller.h"

#include "platformclient.h"

#include <QRandomGenerator>
#include <algorithm>
#include <cmath>

namespace cc {

ConnectionPoller::ConnectionPoller(PlatformClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionPoller::tick);
}

void ConnectionPoller::watch(bool anyInFlight)
{
    if (anyInFlight)
        m_listDue = true;
    if (anyInFlight && (!isActive() || m_backgroundWait))
        scheduleIn(m_baseMs);
    else if (!anyInFlight && !isActive())
        scheduleBackground();
}

void ConnectionPoller::watchRows(const QVector<Connection> &rows)
{
    track(rows);
    m_listDue = false;
    m_sinceList.start();
    const bool any = !m_inFlight.isEmpty();
    if (any && (!isActive() || m_backgroundWait))
        scheduleIn(m_baseMs);
    else if (!any && !isActive())
        scheduleBackground();
}

void ConnectionPoller::track(const QVector<Connection> &rows)
{
    m_inFlight.clear();
    for (const Connection &c : rows) {
        if (needsPolling(c))
            m_inFlight.insert(c.id, c);
    }
}

void ConnectionPoller::watchId(const QString &id)
{
    if (id.isEmpty())
        return;
    if (!m_inFlight.contains(id)) {
        Connection unseen; // its first state differs: fetched whole
        unseen.id = id;
        unseen.isSyncing = true; // in flight until seen
        m_inFlight.insert(id, unseen);
    }
    if (!isActive() || m_backgroundWait)
        scheduleIn(m_baseMs);
}

bool ConnectionPoller::needsPolling(const Connection &c) const
{
    if (c.status == ConnectionStatus::Pending && !c.isSyncing && c.health != Health::Syncing)
        return m_awaiting.contains(c.id);
    return c.isInFlight();
}

void ConnectionPoller::awaitConsent(const QString &id)
{
    if (id.isEmpty()) {
        watch(true);
        return;
    }
    m_awaiting.insert(id);
    watchId(id);
}

void ConnectionPoller::consentDone(const QString &id)
{
    m_awaiting.remove(id);
}

void ConnectionPoller::setBackgroundIntervalMs(int ms)
{
    m_backgroundMs = std::max(0, ms);
    if (m_backgroundWait) {
        m_timer.stop();
        m_backgroundWait = false;
        scheduleBackground();
    }
}

void ConnectionPoller::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        if (m_backgroundWait && m_timer.isActive()) {
            // A coarse timer may report a little more than its interval.
            m_backgroundDue
                = QDeadlineTimer(std::min(m_timer.remainingTime(), std::max(0, m_lastDelayMs)));
            m_timer.stop();
            m_backgroundMissed = true;
        }
        return;
    }
    // Shown again: the refresh that came due while away, at once; one not
    // yet due, when it is.
    if (m_backgroundMissed && !isActive()) {
        m_backgroundMissed = false;
        if (m_backgroundDue.hasExpired()) {
            m_backgroundWait = false;
            tick();
        } else {
            m_backgroundWait = true;
            m_lastDelayMs = int(m_backgroundDue.remainingTime());
            m_timer.start(m_lastDelayMs);
        }
    }
}

void ConnectionPoller::scheduleBackground()
{
    if (m_backgroundMs <= 0)
        return;
    if (m_paused) {
        m_backgroundMissed = true;
        m_backgroundDue = QDeadlineTimer(m_backgroundMs);
        return;
    }
    m_backgroundWait = true;
    m_lastDelayMs = m_backgroundMs;
    m_timer.start(m_backgroundMs);
}

void ConnectionPoller::stop()
{
    m_timer.stop();
    m_backgroundWait = false;
    m_backgroundMissed = false;
    // A request still on its way is left to finish, but its answer is dropped:
    // it neither emits nor schedules the next poll.
    ++m_generation;
    m_requestOpen = false;
}

void ConnectionPoller::scheduleIn(int ms)
{
    m_backgroundWait = false;
    m_lastDelayMs = ms;
    m_timer.start(ms);
}

struct ConnectionPoller::Round
{
    QStringList toState; // ids whose status is still to ask
    QStringList toFetch; // ids whose state changed: the whole row to fetch
    QVector<Connection> changed;
    QSet<QString> gone;
    int open = 0;
    ApiError error;
    int generation = 0;
};

namespace {

bool sameState(const Connection &c, const ConnectionState &s)
{
    return c.status == s.status && c.statusText() == s.statusText && c.health == s.health
        && c.isSyncing == s.isSyncing && c.lastSyncedAtMs == s.lastSyncedAtMs
        && c.lastError == s.lastError;
}

} // namespace

void ConnectionPoller::tick()
{
    if (m_requestOpen)
        return;
    const bool background = m_backgroundWait;
    m_backgroundWait = false;
    m_backgroundMissed = false; // this refresh is the one it missed
    const bool listOverdue
        = m_backgroundMs > 0 && (!m_sinceList.isValid() || m_sinceList.elapsed() >= m_backgroundMs);
    if (background || m_listDue || listOverdue || m_inFlight.isEmpty()
        || m_inFlight.size() > kStatusPollLimit)
        pollList();
    else
        pollStatuses();
}

void ConnectionPoller::pollList()
{
    m_requestOpen = true;
    m_requestTimer.start();
    const int generation = m_generation;
    m_client->fetchConnections(
        this, [this, generation](const QVector<Connection> &rows, const ApiError &error) {
            if (generation != m_generation)
                return; // stopped meanwhile
            m_requestOpen = false;
            if (error.isError()) {
                failed(error);
                return;
            }
            m_listDue = false;
            m_sinceList.start();
            track(rows);
            Q_EMIT polled(rows);
            succeeded(int(m_requestTimer.elapsed()));
        });
}

void ConnectionPoller::pollStatuses()
{
    m_requestOpen = true;
    m_requestTimer.start();
    auto round = std::make_shared<Round>();
    round->toState = m_inFlight.keys();
    round->generation = m_generation;
    pump(round);
}

void ConnectionPoller::pump(const std::shared_ptr<Round> &round)
{
    while (round->open < kStatusConcurrency
        && (!round->toFetch.isEmpty() || !round->toState.isEmpty())) {
        ++round->open;
        if (!round->toFetch.isEmpty()) {
            const QString id = round->toFetch.takeFirst();
            m_client->fetchConnection(
                this, id, [this, round, id](const Connection &c, const ApiError &error) {
                    if (round->generation != m_generation)
                        return;
                    --round->open;
                    if (error.kind == ApiError::Kind::NotFound)
                        round->gone.insert(id);
                    else if (error.isError())
                        round->error = error;
                    else
                        round->changed.append(c);
                    pump(round);
                });
            continue;
        }
        const QString id = round->toState.takeFirst();
        m_client->fetchState(
            this, id, [this, round, id](const ConnectionState &state, const ApiError &error) {
                if (round->generation != m_generation)
                    return;
                --round->open;
                if (error.kind == ApiError::Kind::NotFound) {
                    round->gone.insert(id);
                } else if (error.isError()) {
                    round->error = error;
                } else {
                    const auto seen = m_inFlight.constFind(id);
                    if (seen == m_inFlight.cend() || !sameState(*seen, state))
                        round->toFetch.append(id);
                }
                pump(round);
            });
    }
    if (round->open == 0)
        finishRound(round);
}

void ConnectionPoller::finishRound(const std::shared_ptr<Round> &round)
{
    m_requestOpen = false;
    for (const Connection &c : std::as_const(round->changed)) {
        if (needsPolling(c))
            m_inFlight.insert(c.id, c);
        else
            m_inFlight.remove(c.id);
    }
    if (!round->gone.isEmpty()) {
        // Removed meanwhile: the list says so, and drops the rows.
        for (const QString &id : std::as_const(round->gone))
            m_inFlight.remove(id);
        m_listDue = true;
    }
    if (!round->changed.isEmpty())
        Q_EMIT rowsUpdated(round->changed);
    if (round->error.isError()) {
        failed(round->error);
        return;
    }
    succeeded(int(m_requestTimer.elapsed()));
}

void ConnectionPoller::failed(const ApiError &error)
{
    ++m_failures;
    const double exp = std::min(double(m_maxBackoffMs), m_baseMs * std::pow(2.0, m_failures));
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    int delay = int(exp * jitter);
    if (error.retryAfterSeconds >= 0)
        delay = std::max(delay, error.retryAfterSeconds * 1000);
    scheduleIn(std::min(delay, std::max(m_maxBackoffMs, error.retryAfterSeconds * 1000)));
    Q_EMIT pollFailed(error);
}

void ConnectionPoller::succeeded(int took)
{
    m_failures = 0;
    // A pending row whose consent is over needs a person now, not a poll.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (needsPolling(*it))
            ++it;
        else
            it = m_inFlight.erase(it);
    }
    if (!m_inFlight.isEmpty() || m_listDue)
        scheduleIn(std::max(m_baseMs, 2 * took));
    else
        scheduleBackground();
}

} // namespace cc
