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
    if (anyInFlight && (!isActive() || m_backgroundWait))
        scheduleIn(m_baseMs);
    else if (!anyInFlight && !isActive())
        scheduleBackground();
}

void ConnectionPoller::watchRows(const QVector<Connection> &rows)
{
    watch(std::any_of(
        rows.cbegin(), rows.cend(), [this](const Connection &c) { return needsPolling(c); }));
}

bool ConnectionPoller::needsPolling(const Connection &c) const
{
    if (c.status == ConnectionStatus::Pending && !c.isSyncing && c.health != Health::Syncing)
        return m_awaiting.contains(c.id);
    return c.isInFlight();
}

void ConnectionPoller::awaitConsent(const QString &id)
{
    if (!id.isEmpty())
        m_awaiting.insert(id);
    watch(true);
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
            m_backgroundDue = QDeadlineTimer(m_timer.remainingTime());
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

void ConnectionPoller::tick()
{
    if (m_requestOpen)
        return;
    m_backgroundWait = false;
    m_backgroundMissed = false; // this refresh is the one it missed
    m_requestOpen = true;
    m_requestTimer.start();
    const int generation = m_generation;
    m_client->fetchConnections(
        this, [this, generation](const QVector<Connection> &rows, const ApiError &error) {
            if (generation != m_generation)
                return; // stopped meanwhile
            m_requestOpen = false;
            if (error.isError()) {
                ++m_failures;
                const double exp
                    = std::min(double(m_maxBackoffMs), m_baseMs * std::pow(2.0, m_failures));
                const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
                int delay = int(exp * jitter);
                if (error.retryAfterSeconds >= 0)
                    delay = std::max(delay, error.retryAfterSeconds * 1000);
                scheduleIn(
                    std::min(delay, std::max(m_maxBackoffMs, error.retryAfterSeconds * 1000)));
                Q_EMIT pollFailed(error);
                return;
            }
            m_failures = 0;
            const int took = int(m_requestTimer.elapsed());
            Q_EMIT polled(rows);
            const bool anyInFlight = std::any_of(rows.cbegin(), rows.cend(),
                [this](const Connection &c) { return needsPolling(c); });
            if (anyInFlight)
                scheduleIn(std::max(m_baseMs, 2 * took));
            else
                scheduleBackground();
        });
}

} // namespace cc
