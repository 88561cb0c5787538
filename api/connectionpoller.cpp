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
    if (anyInFlight && !isActive())
        scheduleIn(m_baseMs);
}

void ConnectionPoller::stop()
{
    m_timer.stop();
    // A request still on its way is left to finish, but its answer is dropped:
    // it neither emits nor schedules the next poll.
    ++m_generation;
    m_requestOpen = false;
}

void ConnectionPoller::scheduleIn(int ms)
{
    m_lastDelayMs = ms;
    m_timer.start(ms);
}

void ConnectionPoller::tick()
{
    if (m_requestOpen)
        return;
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
            const bool anyInFlight = std::any_of(
                rows.cbegin(), rows.cend(), [](const Connection &c) { return c.isInFlight(); });
            if (anyInFlight)
                scheduleIn(std::max(m_baseMs, 2 * took));
        });
}

} // namespace cc
